"""Magnitude and currency words written before the number, as Swahili and Hausa write them:
"dola milioni 6" (six million dollars), "dola za Kimarekani bilioni 600", "vigezo bilioni 671"
(671 billion parameters), "dala miliyan 5.6"."""

from __future__ import annotations

from decimal import Decimal

from r1claims.extract.amounts import Amount
from r1claims.extract.lexicon_world import BILLION, MILLION, TRILLION
from r1claims.extract.tokens import Tokens

__all__ = ["PERCENT_BEFORE", "magnitude_before"]

#: Magnitude words that stand before their number.
PREFIX_MAG: dict[str, Decimal] = {
    "milioni": MILLION,
    "bilioni": BILLION,
    "trilioni": TRILLION,
    "miliyan": MILLION,
    "biliyan": BILLION,
    "tiriliyan": TRILLION,
}
#: Currency words before such a magnitude ("dola", Swahili; "dala", Hausa).
PREFIX_CURRENCY = {"dola": "USD", "dala": "USD"}
#: Words for per cent written before the number ("yüzde 15", Turkish; "asilimia 17", Swahili).
PERCENT_BEFORE = frozenset({"yüzde", "asilimia"})
#: "... za Kimarekani": of America, after the currency word.
_OF_AMERICA = frozenset({"kimarekani", "marekani"})


def magnitude_before(tk: Tokens, i: int, floor: int, amt: Amount) -> tuple[str | None, int] | None:
    """When a magnitude word stands right before the number at ``i`` (which has none of its
    own): scale ``amt`` by it and give the currency written before it (or None) and the first
    token of the figure; else None, and ``amt`` is left as it was."""
    p = i - 1
    if p < floor or amt.mag is not None or amt.words or amt.suffix is not None:
        return None
    if tk.kind(p) != "word" or tk.low[p] not in PREFIX_MAG or tk.starts[i] == tk.ends[p]:
        return None
    mag = PREFIX_MAG[tk.low[p]]
    amt.mag, amt.yearlike = mag, False
    amt.value, amt.precision = amt.value * mag, amt.precision * mag
    q = p - 1
    if tk.lo(q) in _OF_AMERICA and tk.lo(q - 1) == "za":
        q -= 2
    if q >= floor and tk.lo(q) in PREFIX_CURRENCY:
        return PREFIX_CURRENCY[tk.low[q]], q
    return None, p
