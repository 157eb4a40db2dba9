"""Lists paired by "respectively": "Broadcom and Nvidia fell 17.4% and 17%, respectively" gives
the first figure to the first name and the second to the second, whatever stands nearest."""

from __future__ import annotations

import re
from typing import Any

from r1claims.checker.document import Document
from r1claims.extract.figures import Figure

__all__ = ["respective_owner"]

#: The word that pairs two lists, in the languages of the coverage.
_RESPECTIVELY = re.compile(
    r"\b(?:respectively|respectivamente|respectivement|rispettivamente|respektive|jeweils)\b",
    re.IGNORECASE,
)
#: What joins the items of a list ("A, B and C", "A and the B", "17% and 17.4%").
_JOIN = r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&|y|e|et|und)\s+)(?:the\s+)?"
_JOINED = re.compile(_JOIN + r"$", re.IGNORECASE)


def respective_owner(
    doc: Document, fig: Figure, lo: int, hi: int, mentions: list[Any]
) -> str | None:
    """The name a "respectively" pairs the figure with: the figures of its unit joined in a
    list that holds it, before "respectively" in its sentence, and as many names the record
    knows joined in a list before them, in the same order. None when the lists differ in
    length or a name in the list is one the record does not hold."""
    text = doc.text
    end = _RESPECTIVELY.search(text, fig.end, hi)
    if end is None:
        return None
    figures = [f for f in doc.figures_between(lo, end.start()) if f.unit == fig.unit]
    group = _run(text, figures, fig)
    if len(group) < 2:
        return None
    names = _names_before(text, [m for m in mentions if lo <= m.start and m.end <= group[0].start])
    if len(names) != len(group):
        return None
    return str(names[group.index(fig)].ref)


def _run(text: str, figures: list[Figure], fig: Figure) -> list[Figure]:
    """The figures joined in one list with ``fig`` ("17.4% and 17%")."""
    if fig not in figures:
        return []
    k = figures.index(fig)
    a = b = k
    while a > 0 and _JOINED.fullmatch(text, figures[a - 1].end, figures[a].start):
        a -= 1
    while b + 1 < len(figures) and _JOINED.fullmatch(text, figures[b].end, figures[b + 1].start):
        b += 1
    return figures[a : b + 1]


def _names_before(text: str, mentions: list[Any]) -> list[Any]:
    """The last list of names joined right after one another ("Broadcom and Nvidia")."""
    names: list[Any] = []
    for m in reversed(mentions):
        if names and not _JOINED.fullmatch(text, m.end, names[-1].start):
            break
        if not names or m.end <= names[-1].start:
            names.append(m)
    return names[::-1]
