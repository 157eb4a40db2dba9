"""Contracts on a named index are not the index: "Nasdaq futures fell -4.9%", "Futures on the
Nasdaq 100 lost 3.1%", "S&P 500 contracts fell 1.5%". No record of the index holds their move."""

from __future__ import annotations

import re
from typing import Any

from r1claims.extract.figures import Figure

__all__ = ["on_contracts"]

#: Contracts named after the index: "Nasdaq futures", "Nasdaq 100 futures", "S&P 500 contracts".
_AFTER = re.compile(r"(?:[\s-]+\d+)?\s+(?:stock\s+)?(?:futures|contracts)\b", re.IGNORECASE)
#: ... or before it: "Futures on the Nasdaq 100", "contracts tracking the S&P 500".
_BEFORE = re.compile(r"\b(?:futures|contracts)\s+(?:on|tracking)\s+(?:the\s+)?$", re.IGNORECASE)
#: A participle's clause keeps the subject before it ("... before closing -2.8% lower").
_PARTICIPLE = re.compile(r"\b(?:before|after|then|while|and)\s+[a-z]+ing\b")


def on_contracts(text: str, fig: Figure, starts: tuple[int, int], mentions: list[Any]) -> bool:
    """Is the name nearest before the figure, in its clause (or its sentence, when a participle
    carries the subject on: ``starts`` is the sentence's and the clause's start), an index the
    text speaks of the futures or contracts of?"""
    lo, c_lo = starts
    start = lo if _PARTICIPLE.search(text, c_lo, fig.start) else c_lo
    before = [m for m in mentions if start <= m.start and m.end <= fig.start]
    if not before:
        return False
    last = before[-1]
    return bool(
        _AFTER.match(text, last.end) or _BEFORE.search(text, max(0, last.start - 20), last.start)
    )
