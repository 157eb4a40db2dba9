"""Grouping keys and value comparisons used by the reconciler (see `r1claims.reconciler.run`)."""

from __future__ import annotations

from typing import Any

from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Category, Claim, DateValue, Quantity
from r1claims.record.tolerance import restates

__all__ = ["comparable_scope", "group_key", "precision_rank", "same_value", "scale_key"]


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


def same_value(a: Claim, b: Claim) -> bool:
    """Do two values of one comparable scope restate each other (either way round)?"""
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        return restates(
            va.amount, va.precision, vb.amount, vb.precision, va.qualifier, va.lower, va.upper
        ) or restates(
            vb.amount, vb.precision, va.amount, va.precision, vb.qualifier, vb.lower, vb.upper
        )
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
    return value.precision if isinstance(value, Quantity) else 0.0


def comparable_scope(claim: Claim) -> tuple[Any, ...]:
    s = claim.scope
    unit = claim.value.unit if isinstance(claim.value, Quantity) else type(claim.value).__name__
    return (claim.subject, s.phase, unit, s.per, s.as_of, s.hardware, s.component)
