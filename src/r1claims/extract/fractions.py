"""Fractions, read as a share: in words ("a sixth of", "one third of", "one-tenth of", "half
of") and in digits ("1/10th the cost", "1/45 of the compute")."""

from __future__ import annotations

from decimal import Decimal

from r1claims.extract.qualifiers import qualifier_before
from r1claims.extract.tokens import Hit, Tokens, fraction_of_scale

__all__ = ["FRACTION_STARTS", "digit_fraction", "match_fraction"]


#: Fractions written in words, as a share in percent ("a sixth of its value" is 16.7%).
_FRACTIONS: dict[str, Decimal] = {
    w: Decimal(100) / n
    for w, n in (
        ("half", 2),
        ("third", 3),
        ("quarter", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("twelfth", 12),
        ("fifteenth", 15),
        ("eighteenth", 18),
        ("twentieth", 20),
        ("thirtieth", 30),
        ("fortieth", 40),
        ("fiftieth", 50),
        ("hundredth", 100),
    )
}
#: Words that open a fraction ("a sixth of", "one third of", "half of").
FRACTION_STARTS = frozenset({"a", "one", "half"})


def match_fraction(tk: Tokens, i: int, floor: int) -> Hit | None:
    """ "a sixth of", "one third of", "one-tenth of", "half of": a share in percent, read to
    the percent (so "more than a sixth" fits a 17% fall), with its qualifier."""
    j = i if tk.low[i] == "half" else i + 1
    if tk.low[i] == "one" and tk.rw(j) == "-" and tk.glued(j) and tk.glued(j + 1):
        j += 1  # "one-tenth of"
    # ("a tenth the cost", but not "half the time")
    after = ("of",) if j == i else ("of", "the")
    if tk.lo(j) not in _FRACTIONS or tk.lo(j + 1) not in after:
        return None
    if fraction_of_scale(tk, i) is not None:
        return None  # "a quarter of a million dollars": a sum, not a share
    hit = Hit(i, j, "percentage", value=_FRACTIONS[tk.low[j]], unit="percent")
    hit.precision = Decimal(1)
    hit.qualifier = qualifier_before(tk, i, floor)
    if hit.qualifier == "exact":
        hit.qualifier = "about"  # a fraction in words is a rounded share
    return hit


#: An ordinal's ending glued to a fraction's denominator ("1/10th", "1/22nd", "1/3rd").
_ORDINAL_ENDS = frozenset({"th", "st", "nd", "rd"})


def digit_fraction(tk: Tokens, i: int) -> Hit | None:
    """ "1/10th", "1/45th the cost", "1/10 of": a share in percent (to the percent, as in
    words). Token ``i`` is the numerator, glued to "/" and the denominator. Without an ordinal's
    ending, "of" must follow: "1/27" alone is a date or a score ("11/27 tasks")."""
    num, den = tk.raw[i], tk.rw(i + 2)
    if not (num.isascii() and num.isdigit() and den.isascii() and den.isdigit()):
        return None
    last = i + 2
    if tk.lo(last + 1) in _ORDINAL_ENDS and tk.glued(last + 1):
        last += 1
    elif tk.lo(last + 1) != "of":
        return None
    if not 0 < int(num) < int(den):
        return None
    hit = Hit(i, last, "percentage", value=Decimal(100) * int(num) / int(den), unit="percent")
    hit.qualifier = "about"  # a fraction is a rounded share
    return hit
