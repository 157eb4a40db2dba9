"""The values a figure, as written, is consistent with: its window (the rounding its digits
allow, its qualifier's reach, a range's ends), in a record's unit. `candidates` compares it
with each record's interval."""

from __future__ import annotations

import math

from r1claims.extract.figures import Figure
from r1claims.record.tolerance import ABOUT_SLACK, digits, window

__all__ = ["figure_window", "significant_digits"]


def _exact_count(fig: Figure) -> bool:
    """A count written to the unit, without a magnitude: "257 experts", "61 layers"."""
    return (
        fig.kind in ("count", "gpu_count")
        and fig.precision == 1
        and fig.magnitude is None
        and fig.value % 10 != 0  # "2.050 GPUs" may be 2,048 to the ten
    )


def figure_window(fig: Figure, factor: float) -> tuple[float, float]:
    """Values the figure, as written, is consistent with (in the claim's unit).

    A plain integer's trailing zeros are read as one digit more precise than the extractor's
    reading ("1,000 GPUs" is 950-1,100, not 500-2,000): a writer who rounds a count to one
    significant digit usually says "about". Two kinds of text round as coarsely as they look: a
    sum of money to one digit ("$300,000" is 250-350 thousand) and a count of several digits
    ending in one or two zeros ("2,050 GPUs" is to the ten). With a magnitude word, trailing
    zeros of the mantissa are not significant ("$600 billion" is 550-700 billion)."""
    precision = fig.precision
    magnitude = fig.magnitude is not None
    if (fig.unit == "rank" or _exact_count(fig)) and fig.qualifier == "exact":
        # "No. 2" is second, never first; "257 experts" are not 256 (nobody truncates a count)
        return (fig.value - 0.25) * factor, (fig.value + 0.25) * factor
    if _one_digit_sum(fig):  # "$300,000": rounded to its one digit, like "$300 thousand"
        precision = 10 ** math.floor(math.log10(abs(fig.value)))
    elif (tens := _rounded_to_tens(fig)) is not None:  # "2,050 GPUs": 2,048 to the ten
        precision = tens
    elif precision >= 10 and not magnitude and fig.qualifier == "exact":
        precision /= 10
    elif magnitude and precision > 0 and fig.lower is None:
        # "$600 billion": the mantissa's trailing zeros are not significant digits either; it
        # is $589B or $593B rounded to one digit, as much as "2,000" is 2,048 rounded
        mantissa = round(fig.value / precision)
        while mantissa >= 10 and mantissa % 10 == 0:
            mantissa //= 10
            precision *= 10
    if magnitude and precision > 0 and fig.value > 0 and fig.qualifier in ("exact", "about"):
        # a figure is rounded at its own order of magnitude: "$1 trillion" (one digit) is
        # 0.95-1.5 trillion, not 0.5 trillion, which would be written "$500 billion"
        floor = 10 ** math.floor(math.log10(fig.value))
        if fig.value - precision / 2 < floor:
            return _clamped(fig, factor, precision, floor)
    qualifier = fig.qualifier
    if fig.kind == "duration" and qualifier == "more_than":
        qualifier = "about"  # "trained over 55 days" is a span, not a lower bound
    lower = fig.lower * factor if fig.lower is not None else None
    upper = fig.upper * factor if fig.upper is not None else None
    lo, hi = window(fig.value * factor, precision * factor, qualifier, lower, upper)
    if qualifier in ("more_than", "at_least"):
        # "over $1 trillion", "more than $10 million": the bound itself is not rounded away (and
        # `window` reaches only as far as the bound's last digit: "more than $5 million" for
        # $5.576M, not "over $1.2 billion" for $1.6 billion)
        lo = max(lo, fig.value * factor * (1 - ABOUT_SLACK))
    if qualifier in ("exact", "about") and lower is None and round(fig.value / precision) < 10:
        # one significant digit is rounded, not truncated: 593 is "600", never "500"
        # (a model's size, a specification, is not rounded down: "600B parameters" is no 671B)
        slack = 0 if fig.unit == "parameter" else ABOUT_SLACK
        hi = min(hi, (fig.value + precision / 2) * factor * (1 + slack))
    return lo, hi


def significant_digits(fig: Figure) -> int:
    """Significant digits as written: '2,048' 4, '$294,000' 3, '$500 billion' 1, '71.0%' 3."""
    if fig.precision <= 0 or fig.value == 0:
        return 0
    count, zeros = digits(fig.value / fig.precision)
    # zeros written after a decimal point are significant ("71.0%"), those of a whole number
    # may be rounding ("2,000")
    after_point = fig.precision / (fig.magnitude or 1) < 1  # "71.0%", "$5.50 million"
    return count if after_point else count - zeros


def _one_digit_sum(fig: Figure) -> bool:
    """A sum of money written to one significant digit ("$300,000"): a rounding as coarse as
    it looks (Nature's "$300,000" for the $294K the paper gives), unlike a count."""
    if fig.kind != "money" or fig.magnitude is not None or fig.lower is not None or not fig.value:
        return False
    count, zeros = digits(fig.value)
    return count - zeros == 1 and abs(fig.value) >= 1000


def _clamped(fig: Figure, factor: float, precision: float, floor: float) -> tuple[float, float]:
    lo, hi = window(fig.value * factor, precision * factor, fig.qualifier)
    return max(lo, (floor - floor / 20) * factor * (1 - ABOUT_SLACK)), hi


def _rounded_to_tens(fig: Figure) -> float | None:
    """The place a count of several significant digits is rounded to when it ends in one or
    two zeros short of a whole thousand ("2,050", "2,100": to the ten, the hundred)."""
    if fig.kind not in ("gpu_count", "count") or fig.magnitude is not None or fig.lower is not None:
        return None
    if fig.value < 100 or fig.value != int(fig.value):
        return None
    count, zeros = digits(fig.value)
    return 10.0**zeros if zeros in (1, 2) and count - zeros >= 2 else None
