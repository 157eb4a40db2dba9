"""Format values for people: '$5.576M', '2,048 GPUs', '671B parameters', '−17%', '20 Jan 2025'."""

from __future__ import annotations

import datetime as dt
import math

from r1claims.record.model import Category, DateValue, Quantity

__all__ = ["format_amount", "format_date", "format_value"]

_MAGNITUDES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
_SCALED_UNITS = {"USD", "CNY", "GPU-hour", "parameter", "token", "sample"}
_NOUNS = {
    "GPU": ("GPU", "GPUs"),
    "GPU-hour": ("GPU-hour", "GPU-hours"),
    "parameter": ("parameter", "parameters"),
    "token": ("token", "tokens"),
    "sample": ("sample", "samples"),
    "model": ("model", "models"),
    "day": ("day", "days"),
    "hour": ("hour", "hours"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    "count": ("", ""),
    "GB": ("GB", "GB"),
}
_PREFIX = {"about": "~", "more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤"}
_MINUS = "−"


def _decimals(precision: float, scale: float) -> int:
    if precision <= 0:
        return 0
    return max(0, min(6, -math.floor(math.log10(precision / scale) + 1e-9)))


def _number(amount: float, precision: float, unit: str) -> str:
    """The magnitude part: '5.576M' for USD, '2,048' for GPUs, '79.8' for percent."""
    size = abs(amount)
    if unit in _SCALED_UNITS:
        for scale, suffix in _MAGNITUDES:
            if size >= scale:
                return f"{size / scale:,.{_decimals(precision, scale)}f}{suffix}"
    return f"{size:,.{_decimals(precision, 1.0)}f}"


def format_amount(amount: float, unit: str, precision: float = 1.0) -> str:
    """One amount with its unit, e.g. ``format_amount(-589e9, "USD", 1e9) == "−$589B"``."""
    sign = _MINUS if amount < 0 else ""
    number = _number(amount, precision, unit)
    if unit == "USD":
        return f"{sign}${number}"
    if unit == "CNY":
        return f"{sign}¥{number}"
    if unit.startswith("USD/"):
        return f"{sign}${number}/{unit[4:]}"
    if unit == "percent":
        return f"{sign}{number}%"
    if unit == "percentile":
        return f"{sign}{number} percentile"
    if unit == "elo":
        return f"{sign}{number} Elo"
    if unit == "rank":
        return f"#{number}"
    singular, plural = _NOUNS.get(unit, (unit, unit))
    noun = singular if abs(amount) == 1 else plural
    return f"{sign}{number} {noun}".rstrip()


def format_date(date: dt.date, precision: str) -> str:
    """'20 Jan 2025' (day), 'Jan 2025' (month) or '2025' (year)."""
    if precision == "year":
        return f"{date.year}"
    if precision == "month":
        return date.strftime("%b %Y")
    return f"{date.day} {date.strftime('%b %Y')}"


_FORMATTED: dict[int, tuple[object, str]] = {}


def format_value(value: Quantity | DateValue | Category) -> str:
    """A claim's value as a reader would write it, with its qualifier and bounds.

    Memoised by object identity (values are frozen, and a report formats the same value several
    times); hashing a pydantic model for an ``lru_cache`` cost more than formatting it.
    """
    cached = _FORMATTED.get(id(value))
    if cached is not None and cached[0] is value:
        return cached[1]
    if len(_FORMATTED) > 200_000:
        _FORMATTED.clear()
    text = _format_value(value)
    _FORMATTED[id(value)] = (value, text)
    return text


def _format_value(value: Quantity | DateValue | Category) -> str:
    if isinstance(value, DateValue):
        return format_date(value.date, value.precision)
    if isinstance(value, Category):
        return value.category
    if value.qualifier == "range" and value.lower is not None and value.upper is not None:
        low = format_amount(value.lower, value.unit, value.precision)
        high = format_amount(value.upper, value.unit, value.precision)
        return f"{low}–{high}"
    text = format_amount(value.amount, value.unit, value.precision)
    return _PREFIX.get(value.qualifier, "") + text
