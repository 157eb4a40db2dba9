"""The name that owns a figure right before it: "R1's 90.8", "cost OpenAI $5.6 million",
"GPT-4o (96.0%)"."""

from __future__ import annotations

import re
from typing import Any

from r1claims.checker.document import Document, home_family
from r1claims.extract.figures import Figure

__all__ = ["IN_BRACKET", "owner_before"]

_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?")
#: An opening bracket right after the name, and the figures before this one in it; and the
#: same at the end of the text before a figure, after a word (`linking.is_relevant`).
_BRACKET_BODY = r"\s*\((?:[^()]{0,40}[,;/]\s*)?"
_BRACKET = re.compile(_BRACKET_BODY)
IN_BRACKET = re.compile(r"[\w)]" + _BRACKET_BODY + "$")
_COST_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+$", re.IGNORECASE)
_PAID = re.compile(
    r"\s+(?:(?:only|just|about|around|roughly|nearly|over|under|some|a mere|an "
    r"estimated|more than|less than)\s+)*"
)


def owner_before(doc: Document, fig: Figure, lo: int, mentions: list[Any]) -> str | None:
    """A name that owns the figure right before it: with a possessive, even one brought in to
    compare ("Compared with DeepSeek-V3's 88.5 on MMLU, R1's 90.8"), or a rival paying after
    "cost" ("a model that reportedly cost OpenAI more than $5.6 million"; the record's own
    company paying is framed by the rest of the clause)."""
    for m in mentions:
        if m.end > fig.start:
            continue
        if _POSSESSIVE.fullmatch(doc.text, m.end, fig.start):
            return str(m.ref)
        if _BRACKET.fullmatch(doc.text, m.end, fig.start) and not any(
            m.end < x.start < fig.start for x in mentions
        ):
            return str(m.ref)  # "beating Claude 3.5 Sonnet (95.1% ± 1.4, 94.2% ± 1.7)"
        if (
            _COST_BEFORE.search(doc.text, max(lo, m.start - 8), m.start)
            and _PAID.fullmatch(doc.text, m.end, fig.start)
            and doc.family(m.ref) != home_family(doc.claimset)
        ):
            return str(m.ref)
    return None
