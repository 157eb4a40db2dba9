"""Models described by when they came out ("the December model", "DeepSeek's January 2025
release"): the model the record holds as released in that month (and year, when written), of
the family of the name that owns the description. Derived from the record's release dates,
never from a list of models; of models released the same day, the flagship
(`latest.flagship`)."""

from __future__ import annotations

import re

from r1claims.checker.context import Mention, TextIndex
from r1claims.checker.latest import flagship, releases
from r1claims.extract.lexicon import MONTHS
from r1claims.record.claimset import ClaimSet

__all__ = ["dated_models"]

#: A determiner or a possessive, a part of the month, the month (`lexicon.MONTHS`), a year, two
#: modifiers at most, and a word for a model ("the late-December open LLM", "its January release").
_DATED = re.compile(
    r"(?:(?P<det>\b(?:the|its|their|this|that))|(?P<owner>['’]s))\s+"
    r"(?:(?:late|early|mid)[\s-])?(?P<month>"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b\.?(?:\s+(?P<year>(?:19|20)\d\d))?\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>model|llm|reasoner|release)\b",
    re.IGNORECASE,
)


def dated_models(text: str, index: TextIndex, cs: ClaimSet) -> list[Mention]:
    """A mention of the model each dated description stands for, when the record holds
    exactly one release (its flagship) in that month, and a possessive before it names that
    model's family ("Meta's January model" is none of DeepSeek's)."""
    found = []
    for m in _DATED.finditer(text):
        month, year = MONTHS[m.group("month").lower()], m.group("year")
        days = {
            when
            for when, _ in releases(cs)
            if when.month == month and (year is None or when.year == int(year))
        }
        if len(days) != 1:
            continue  # none, or releases of several years ("the January model": 2025's or 2026's)
        day = days.pop()
        model = flagship(cs, sorted({model for when, model in releases(cs) if when == day}))
        if m.group("owner") is not None and not _owned_by(index, m, cs.family(model), cs):
            continue
        start = m.start("det") if m.group("det") is not None else m.start("month")
        found.append(Mention(start, m.end(), model))
    return found


def _owned_by(index: TextIndex, m: re.Match[str], family: str, cs: ClaimSet) -> bool:
    """Does a name of ``family`` own the description ("DeepSeek's January model")?"""
    names = index.entities_near(max(0, m.start() - 60), m.end("owner"))
    return (
        bool(names)
        and names[-1].end in (m.start(), m.end("owner"))
        and cs.family(names[-1].ref) == family
    )
