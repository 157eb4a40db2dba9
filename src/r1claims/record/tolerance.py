"""When does a stated figure restate a precise one? One rule, shared by validate, reconcile, check.

A figure written to resolution ``p`` (``$5.5 million``: p = 100,000) restates a value ``v`` when
``v`` lies in ``[stated - p/2, stated + p)``: ordinary rounding, plus truncation (writers often
cut "$5.576M" to "$5.5M"). Qualifiers widen or open the window: ``about`` adds a relative slack of
``ABOUT_SLACK``; ``more_than``/``at_least`` and ``less_than``/``at_most`` accept values on their
side only (from the stated figure itself, not its rounding), and only those the bound rounds at
its own last significant digit (`last_place`): "more than $5 million" restates $5.576M, "just
over 500 GPUs" 512, "less than $300,000" $294K, but "over $1.2 billion" restates no $1.6
billion, though it is consistent with it. Nor beyond ``OPEN_BOUND_FACTOR`` times (or that
fraction of) the stated figure. A ``range`` accepts ``[lower, upper]`` widened by half the
resolution.

The checker compares a stated figure's window with a record's interval (`record_interval`: its
rounding interval, its qualifier's reach limited to ``RECORD_OPEN_FACTOR``) and asks whether
they overlap (`consistent`).
"""

from __future__ import annotations

__all__ = [
    "ABOUT_SLACK",
    "OPEN_BOUND_FACTOR",
    "RECORD_OPEN_FACTOR",
    "consistent",
    "digits",
    "last_place",
    "record_interval",
    "restates",
    "window",
]

#: Relative slack for "about", "nearly", "roughly", "approximately".
ABOUT_SLACK = 0.05
#: ... but no more than this many of the record's own precision steps.
ABOUT_PRECISIONS = 3.0
#: How far a stated open bound reaches: "more than $100 million" fits values up to 1.5x that,
#: "under $6 million" down to two thirds. Unbounded, a one-sided figure would fit any larger
#: value ("18,000+ GPUs" is not the estimate of 50,000); at 2x, "as many as 16,000 GPUs" (the
#: clusters of other labs) restated an estimate of 10,000, and "more than $300 billion" one of
#: $589 billion (development corpora: +7 verdicts, -1, at 1.5 rather than 2).
OPEN_BOUND_FACTOR = 1.5
#: How far a *record's* open bound reaches ("more than 18%" in the record) when linking: 1.1x
#: ("21%" is another figure); it is never contradicted by a larger figure of its own scope.
RECORD_OPEN_FACTOR = 1.1


def digits(number: float) -> tuple[int, int]:
    """How many digits a whole number has and how many zeros end them: 2048 is (4, 0), 300000
    (6, 5), 0 (1, 0). The one place r1claims counts a figure's digits and trailing zeros, on its
    value or on its digits as written (value over precision)."""
    text = f"{abs(number):.0f}"
    return len(text), len(text) - len(text.rstrip("0") or text)


def last_place(amount: float, precision: float) -> float:
    """The place of a figure's last significant digit: "500" the hundreds, "$1.2 billion" the
    hundred millions, "2,048" the units (the amount itself with no precision)."""
    if precision <= 0 or not amount:
        return abs(amount)
    return float(precision * 10 ** digits(amount / precision)[1])


def window(
    amount: float,
    precision: float,
    qualifier: str = "exact",
    lower: float | None = None,
    upper: float | None = None,
) -> tuple[float, float]:
    """The interval of true values that a stated figure is consistent with."""
    half = precision / 2
    if qualifier == "range" and lower is not None and upper is not None:
        return (lower - half, upper + half)
    lo, hi = (
        (amount - half, amount + precision) if amount >= 0 else (amount - precision, amount + half)
    )
    if qualifier == "about":
        slack = abs(amount) * ABOUT_SLACK
        lo, hi = min(lo, amount - slack), max(hi, amount + slack)
    if qualifier in ("more_than", "at_least"):
        # "more than 10%" holds no value below 10, however 10 is rounded
        # and up to the value it rounds down at its last digit: "more than $5 million" is at
        # most $6 million, as much as "$5 million" would be
        reach = min(abs(amount) * (OPEN_BOUND_FACTOR - 1), last_place(amount, precision))
        if amount >= 0:
            lo, hi = max(lo, amount), amount + reach
        else:
            lo, hi = amount - reach, min(hi, amount)
    if qualifier in ("less_than", "at_most"):
        reach = min(abs(amount) * (1 - 1 / OPEN_BOUND_FACTOR), last_place(amount, precision))
        if amount >= 0:
            lo, hi = amount - reach, min(hi, amount)
        else:
            lo, hi = max(lo, amount), amount + reach
    return (lo, hi)


def restates(
    stated: float,
    stated_precision: float,
    actual: float,
    actual_precision: float = 0.0,
    qualifier: str = "exact",
    lower: float | None = None,
    upper: float | None = None,
) -> bool:
    """True when a figure stated as ``stated`` (resolution, qualifier, bounds) fits ``actual``.

    The actual value's own resolution widens the window by half of it, so that two rounded
    figures that overlap are not reported as a conflict.
    """
    lo, hi = window(stated, stated_precision, qualifier, lower, upper)
    slack = actual_precision / 2
    return lo - slack <= actual <= hi + slack


def record_interval(
    amount: float,
    precision: float,
    qualifier: str = "exact",
    lower: float | None = None,
    upper: float | None = None,
) -> tuple[float, float]:
    """The values a record's figure stands for: its rounding interval (no truncation: a record
    is written to its precision), widened or opened by its qualifier like `window`."""
    if qualifier == "range" and lower is not None and upper is not None:
        return (min(lower, upper), max(lower, upper))
    lo, hi = amount - precision / 2, amount + precision / 2
    if qualifier == "about":
        # "about $593 billion" is a few billion either way, "about $600 billion" tens of
        # billions: the slack grows with the record's own rounding, up to ABOUT_SLACK
        slack = abs(amount) * ABOUT_SLACK
        if precision > 0:
            slack = min(slack, precision * ABOUT_PRECISIONS)
        lo, hi = min(lo, amount - slack), max(hi, amount + slack)
    # a bound is not rounded: "more than $500M" in the record starts at $500M, so "$400M" (up
    # to $450M) is not it
    if qualifier in ("more_than", "at_least") and amount >= 0:
        lo, hi = amount, max(hi, amount * RECORD_OPEN_FACTOR)
    if qualifier in ("less_than", "at_most") and amount >= 0:
        lo, hi = min(lo, amount / RECORD_OPEN_FACTOR), amount
    return (lo, hi)


def consistent(stated: tuple[float, float], record: tuple[float, float]) -> bool:
    """Do a stated figure's window and a record's interval share a value?"""
    return stated[0] <= record[1] and record[0] <= stated[1]
