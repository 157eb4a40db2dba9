"""Format values for people: '$5.576M', '2,048 GPUs', '671B parameters', '−17%', '20 Jan 2025',
'2×10^25 FLOP', '1.3 GWh'. Values print at their precision, never with binary noise."""

from __future__ import annotations

import datetime as dt
import math

from r1claims.record.model import Category, DateValue, Quantity

__all__ = ["BASIS_SHORT", "absolute_precision", "format_amount", "format_date", "format_value"]

#: Each basis in two words, for ladders, legends and short sentences.
BASIS_SHORT: dict[str, str] = {
    "disclosed": "disclosed",
    "rental_price_valuation": "rental valuation",
    "analyst_estimate": "analyst estimate",
    "market_data": "market data",
    "press_report": "press report",
    "official_statement": "official statement",
    "benchmark_run": "benchmark run",
    "leaderboard": "leaderboard",
    "derived": "derived",
    "reference_work": "reference work",
}

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
#: Energy is written with SI prefixes ('1.3 GWh'), not 'B'.
_ENERGY = ((1e12, "TWh"), (1e9, "GWh"), (1e6, "MWh"), (1e3, "kWh"))
#: Above this, a unit without magnitude suffixes is written in scientific notation.
_SCIENTIFIC_FROM = 1e15
_PREFIX = {"about": "~", "more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤"}
_MINUS = "−"


def _decimals(precision: float, scale: float) -> int:
    if precision <= 0:
        return 0
    return max(0, min(6, -math.floor(math.log10(precision / scale) + 1e-9)))


def _scientific(size: float, precision: float) -> str:
    """'2×10^25' for 2e25 stated to 1e25; '3.8×10^25' to 1e24 (digits from the precision)."""
    if size == 0:
        return "0"
    exponent = math.floor(math.log10(size) + 1e-12)
    mantissa = size / 10**exponent
    digits = _decimals(precision, 10.0**exponent)
    text = f"{mantissa:.{digits}f}"
    if text.startswith("10"):  # 9.99 rounded up
        exponent, text = exponent + 1, f"{mantissa / 10:.{digits}f}"
    return f"{text}×10^{exponent}"


def _number(amount: float, precision: float, unit: str) -> str:
    """The magnitude part: '5.576M' for USD, '2,048' for GPUs, '79.8' for percent."""
    size = abs(amount)
    if unit == "FLOP" or (unit not in _SCALED_UNITS and size >= _SCIENTIFIC_FROM):
        return _scientific(size, precision)
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
    if unit == "Wh":
        for scale, name in _ENERGY:
            if abs(amount) >= scale:
                return f"{sign}{abs(amount) / scale:,.{_decimals(precision, scale)}f} {name}"
        return f"{sign}{number} Wh"
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


def absolute_precision(value: Quantity) -> float:
    """The quantity's resolution in its unit, whatever its ``precision_kind``: a relative
    precision is that fraction of the amount; an order of magnitude is the amount's power of
    ten (the reconciler widens its window further, see `r1claims.record.tolerance`)."""
    if value.precision_kind == "relative":
        return value.precision * abs(value.amount) or value.precision
    if value.precision_kind == "order_of_magnitude":
        return float(10 ** math.floor(math.log10(abs(value.amount)))) if value.amount else 1.0
    return value.precision


def _format_value(value: Quantity | DateValue | Category) -> str:
    if isinstance(value, DateValue):
        return format_date(value.date, value.precision)
    if isinstance(value, Category):
        return value.category
    precision = absolute_precision(value)
    if value.qualifier == "range" and value.lower is not None and value.upper is not None:
        low = format_amount(value.lower, value.unit, precision)
        high = format_amount(value.upper, value.unit, precision)
        return f"{low}–{high}"
    text = format_amount(value.amount, value.unit, precision)
    if value.precision_kind == "order_of_magnitude":
        return "order of " + text
    return _PREFIX.get(value.qualifier, "") + text
