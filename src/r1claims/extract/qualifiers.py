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
            return q
    return "exact"
