"""Grouping keys, what a figure measures, and value comparisons (see `r1claims.reconciler.run`).

What is measured and who measured it
    Two figures *measure the same thing* when their subject, phase, unit, ``per`` and
    ``component`` are equal (no ``per`` means not a rate, no ``component`` the whole subject)
    and their optional fields are compatible: hardware (the chip names in it), ``includes`` and
    ``excludes``, and ``as_of`` for a point-in-time phase
    (`r1claims.record.vocab.POINT_IN_TIME_PHASES`). An optional field one claim states and the
    other omits is compatible: leaving out the GPU model does not make a figure measure
    something else.
    *Who measured it and how* (``estimator``, ``basis``, and ``as_of`` for any other phase: when
    it was stated) never separates two figures: when they disagree, that is a finding.
"""

from __future__ import annotations

import math
import re
from typing import Any

from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import absolute_precision
from r1claims.record.model import Category, Claim, DateValue, Quantity
from r1claims.record.tolerance import restates
from r1claims.record.vocab import POINT_IN_TIME_PHASES

__all__ = [
    "MEASURE_FIELDS",
    "WHO_FIELDS",
    "group_key",
    "keys_compatible",
    "measure_differences",
    "measure_key",
    "measured_key",
    "measures_same",
    "precision_rank",
    "same_value",
    "scale_key",
    "who_differences",
]

#: Fields that say what a figure measures, in the order they are named.
MEASURE_FIELDS = (
    "subject",
    "phase",
    "component",
    "per",
    "hardware",
    "includes",
    "excludes",
    "as_of",
    "unit",
)
#: Fields that say who measured it and how.
WHO_FIELDS = ("estimator", "basis", "as_of")

_CHIP = re.compile(r"[A-Za-z]+\d+[A-Za-z]*")
#: An order-of-magnitude figure stands for values within this factor either way (√10).
_ORDER_FACTOR = math.sqrt(10)


def group_key(claim: Claim, cs: ClaimSet) -> str:
    """The group id of a claim: ``kind/family`` or ``kind/metric/family``."""
    family = cs.family(claim.subject)
    return f"{claim.kind}/{claim.metric}/{family}" if claim.metric else f"{claim.kind}/{family}"


def scale_key(claim: Claim) -> tuple[str, float, str]:
    value = claim.value
    if isinstance(value, Quantity):
        return (value.unit, value.amount, claim.id)
    if isinstance(value, DateValue):
        return ("date", float(value.date.toordinal()), claim.id)
    return ("category", 0.0, f"{value.category}\0{claim.id}")


def _interval(q: Quantity) -> tuple[float, float] | None:
    """The values an order-of-magnitude figure stands for (None for other precisions)."""
    if q.precision_kind != "order_of_magnitude":
        return None
    a, b = q.amount / _ORDER_FACTOR, q.amount * _ORDER_FACTOR
    return (min(a, b), max(a, b))


def _quantities_agree(va: Quantity, vb: Quantity) -> bool:
    ia, ib = _interval(va), _interval(vb)
    if ia or ib:
        lo_a, hi_a = ia or (va.amount, va.amount)
        lo_b, hi_b = ib or (vb.amount, vb.amount)
        return lo_a <= hi_b and lo_b <= hi_a
    pa, pb = absolute_precision(va), absolute_precision(vb)
    return restates(va.amount, pa, vb.amount, pb, va.qualifier, va.lower, va.upper) or restates(
        vb.amount, pb, va.amount, pa, vb.qualifier, vb.lower, vb.upper
    )


def same_value(a: Claim, b: Claim) -> bool:
    """Do two values of one measure restate each other (either way round)?"""
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return _quantities_agree(va, vb)
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        coarse = (
            "year"
            if "year" in (va.precision, vb.precision)
            else ("month" if "month" in (va.precision, vb.precision) else "day")
        )
        fields = {"year": 1, "month": 2, "day": 3}[coarse]
        return va.date.timetuple()[:fields] == vb.date.timetuple()[:fields]
    if isinstance(va, Category) and isinstance(vb, Category):
        return va.category.casefold() == vb.category.casefold()
    return False


def precision_rank(claim: Claim) -> float:
    value = claim.value
    if not isinstance(value, Quantity):
        return 0.0
    if value.precision_kind == "order_of_magnitude":
        return math.inf
    return absolute_precision(value)


def _unit(claim: Claim) -> str:
    return claim.value.unit if isinstance(claim.value, Quantity) else type(claim.value).__name__


def measure_key(claim: Claim) -> tuple[Any, ...]:
    """The fields two figures must share to measure the same thing (optional ones aside)."""
    s = claim.scope
    return (claim.subject, s.phase, _unit(claim), s.per, s.component)


def _set(items: list[str]) -> frozenset[str] | None:
    return frozenset(x.casefold() for x in items) or None


def measured_key(claim: Claim) -> tuple[Any, ...]:
    """Every measured field in `MEASURE_FIELDS` order, in comparable form: hardware as its chip
    names, includes and excludes as sets, ``as_of`` only for a point-in-time phase; None when
    the claim does not state it. Memoised by claim identity (claims are frozen)."""
    cached = _KEYS.get(id(claim))
    if cached is not None and cached[0] is claim:
        return cached[1]
    if len(_KEYS) > 400_000:
        _KEYS.clear()
    s = claim.scope
    chips = frozenset(m.upper() for m in _CHIP.findall(s.hardware)) if s.hardware else None
    key = (
        claim.subject,
        s.phase,
        s.component,
        s.per,
        chips or None,
        _set(s.includes),
        _set(s.excludes),
        s.as_of if s.phase in POINT_IN_TIME_PHASES else None,
        _unit(claim),
    )
    _KEYS[id(claim)] = (claim, key)
    return key


_KEYS: dict[int, tuple[Claim, tuple[Any, ...]]] = {}


def measure_differences(a: Claim, b: Claim) -> list[str]:
    """Measured fields both claims state and on which they differ, in `MEASURE_FIELDS` order
    (``per`` and ``component`` differ also when only one claim states them)."""
    ka, kb = measured_key(a), measured_key(b)
    return [
        name
        for i, name in enumerate(MEASURE_FIELDS)
        if ka[i] != kb[i] and (i in _STRICT or (ka[i] is not None and kb[i] is not None))
    ]


_STRICT = frozenset(i for i, name in enumerate(MEASURE_FIELDS) if name in ("per", "component"))


def keys_compatible(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Do two `measured_key`s measure the same thing (optional fields may be missing)?"""
    return all(
        x == y or (i not in _STRICT and (x is None or y is None))
        for i, (x, y) in enumerate(zip(a, b, strict=True))
    )


def measures_same(a: Claim, b: Claim) -> bool:
    """Do two figures measure the same thing (see the module docstring)?"""
    return not measure_differences(a, b)


def who_differences(a: Claim, b: Claim) -> list[str]:
    """Who-and-how fields on which two figures of one measure differ."""
    out = [n for n in ("estimator", "basis") if getattr(a.scope, n) != getattr(b.scope, n)]
    if a.scope.phase not in POINT_IN_TIME_PHASES:
        x, y = a.scope.as_of, b.scope.as_of
        if x is not None and y is not None and x != y:
            out.append("as_of")
    return out
