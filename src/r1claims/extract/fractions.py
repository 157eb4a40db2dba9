"""Fractions written in words ("a sixth of", "one third of", "half of"), read as a share."""

from __future__ import annotations

from decimal import Decimal

from r1claims.extract.qualifiers import qualifier_before
from r1claims.extract.tokens import Hit, Tokens, fraction_of_scale

__all__ = ["FRACTION_STARTS", "match_fraction"]


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
        ("tenth", 10),
    )
}
#: Words that open a fraction ("a sixth of", "one third of", "half of").
FRACTION_STARTS = frozenset({"a", "one", "half"})


def match_fraction(tk: Tokens, i: int, floor: int) -> Hit | None:
    """ "a sixth of", "one third of", "half of": a share in percent, read to the percent (so
    "more than a sixth" fits a 17% fall), with its qualifier."""
    j = i if tk.low[i] == "half" else i + 1
    if tk.lo(j) not in _FRACTIONS or tk.lo(j + 1) != "of":
        return None
    if fraction_of_scale(tk, i) is not None:
        return None  # "a quarter of a million dollars": a sum, not a share
    hit = Hit(i, j, "percentage", value=_FRACTIONS[tk.low[j]], unit="percent")
    hit.precision = Decimal(1)
    hit.qualifier = qualifier_before(tk, i, floor)
    if hit.qualifier == "exact":
        hit.qualifier = "about"  # a fraction in words is a rounded share
    return hit
