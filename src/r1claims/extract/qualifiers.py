"""Qualifier words and symbols before a figure: "about", "more than", "up to", "~", "約"."""

from __future__ import annotations

from r1claims.extract.lexicon import CJK_ABOUT, QUALIFIER_SYMBOLS, QUALIFIERS
from r1claims.extract.tokens import Tokens

__all__ = ["qualifier_before"]


def qualifier_before(tk: Tokens, start: int, floor: int) -> str:
    """The qualifier written just before the token ``start`` ("about", "more than", "~", "約"),
    never reading before ``floor``; "exact" when there is none."""
    p = start - 1
    if p < floor:
        return "exact"
    if tk.raw[p] in QUALIFIER_SYMBOLS:
        return QUALIFIER_SYMBOLS[tk.raw[p]]
    if p in tk.cjk and tk.raw[p].endswith(CJK_ABOUT):
        return "about"
    if tk.raw[p] == "." and tk.lo(p - 1) in ("approx", "ca", "c") and p - 1 >= floor:
        return "about"
    words: list[str] = []
    k = p
    while k >= floor and k > p - 4 and tk.kinds[k] == "word":
        words.append(tk.low[k])
        k -= 1
    words.reverse()
    for n in range(len(words), 0, -1):
        q = QUALIFIERS.get(tuple(words[-n:]))
        if q is not None:
            if n < len(words) and words[-n] in _CROSSED and words[-n - 1] in _MOVES:
                return "exact"  # "Bitcoin dipped below $98,000": a level crossed, no bound
            return q
    return "exact"


#: A price that moves across a level ("dipped below $98,000", "climbed above $150"): the figure
#: is the level, not a bound on a quantity.
_CROSSED = frozenset({"below", "above"})
_MOVE_WORDS = (
    "dipped dips dip fell falls fall slipped slips slid slides dropped drops sank sinks plunged "
    "plunges tumbled tumbles rose rises climbed climbs jumped jumps surged surges crossed "
    "crosses broke breaks moved moves pushed pushes"
)
_MOVES = frozenset(_MOVE_WORDS.split())
