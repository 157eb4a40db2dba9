"""Memoisation by object identity, for the checker's per-record and per-claim tables.

Records and claims are immutable pydantic models but not cheaply hashable (hashing a model
hashes every field), and the checker derives tables from them on every call: the record's
compiled names, a claim's interval, its lowercased quotes. `IdentityMemo` keys on ``id(obj)``
and keeps the object itself, so a recycled id can never return another object's value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["IdentityMemo"]

K = TypeVar("K")
V = TypeVar("V")


class IdentityMemo(Generic[K, V]):
    """``memo(obj)`` is ``build(obj)``, computed once per object while the memo holds it.

    ``limit``: how many objects are kept; past it the memo starts afresh (1 for per-record
    tables: one record is in use at a time).
    """

    def __init__(self, build: Callable[[K], V], limit: int = 1) -> None:
        self._build = build
        self._limit = limit
        self._table: dict[int, tuple[K, V]] = {}

    def __call__(self, obj: K) -> V:
        cached = self._table.get(id(obj))
        if cached is not None and cached[0] is obj:
            return cached[1]
        if len(self._table) >= self._limit:
            self._table.clear()
        value = self._build(obj)
        self._table[id(obj)] = (obj, value)
        return value
