"""Read the documents of input units, whatever their kind (`documents`, `warc`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from r1claims.scanner.documents import (
    MAX_DOCUMENT_BYTES,
    Document,
    Unit,
    read_file,
    read_lines,
)
from r1claims.scanner.warc import read_warc

__all__ = ["read_unit", "read_units"]


def read_units(items: Iterable[Unit], max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Document]:
    """Every document of the units, in order."""
    for unit in items:
        yield from read_unit(unit, max_bytes)


def read_unit(unit: Unit, max_bytes: int = MAX_DOCUMENT_BYTES) -> Iterator[Document]:
    """The documents of one unit, in order; unreadable ones carry their `Problem`."""
    if unit.kind == "file":
        yield read_file(unit.path, max_bytes)
    elif unit.kind == "lines":
        yield from read_lines(unit, max_bytes)
    else:
        yield from read_warc(unit.path, max_bytes)
