"""Which model "its latest model" is: the model whose established release date is the latest
in the record, when the text's own words allow it (its maker named before it, no earlier
model or release time named, no name right after it)."""

from __future__ import annotations

import re
from typing import Protocol

from r1claims.checker.context import TextIndex
from r1claims.checker.memo import IdentityMemo
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import DateValue

__all__ = ["LATEST", "latest_model", "latest_released"]


class _Refs(Protocol):
    """What `latest_model` reads of a document's references (`references.References`)."""

    text: str
    index: TextIndex

    def name_words(self) -> frozenset[str]: ...

    def centre(self, pos: int, types: tuple[str, ...]) -> str | None: ...


#: A model described as the latest ("its latest model", "this most recent model").
LATEST = re.compile(r"\b(?:latest|newest|most recent)\s+(?:\w+\s+)?models?\b", re.IGNORECASE)
#: Before it, words that make it one of several, or the subject of a report that came earlier.
_NOT_THE_LATEST = re.compile(
    r"(?:\bone of|\b(?:paper|article|report|study|research)\s+(?:on|about|of))\s*$",
    re.IGNORECASE,
)


def _build_latest_released(cs: ClaimSet) -> str | None:
    """The model whose established release date is the latest in the record."""
    released = [
        (c.value.date, c.subject)
        for c in cs.claims
        if isinstance(c.value, DateValue)
        and c.scope.phase == "release"
        and c.status == "established"
        and cs.has_entity(c.subject)
        and cs.entity(c.subject).type == "model"
    ]
    return max(released)[1] if released else None


latest_released = IdentityMemo(_build_latest_released)


def _build_earlier_releases(cs: ClaimSet) -> frozenset[str]:
    """The months (English names) and years of the record's other established model releases
    that fall before the latest one: a text that names them speaks of an earlier model."""
    latest = latest_released(cs)
    dates = [
        c.value.date
        for c in cs.claims
        if isinstance(c.value, DateValue)
        and c.scope.phase == "release"
        and c.status == "established"
        and c.subject != latest
    ]
    own = max(
        (
            c.value.date
            for c in cs.claims
            if c.subject == latest and isinstance(c.value, DateValue) and c.scope.phase == "release"
        ),
        default=None,
    )
    found = {d.strftime("%B").lower() for d in dates if own is None or d < own}
    found |= {str(d.year) for d in dates if own is not None and d < own and d.year != own.year}
    return frozenset(found)


_earlier_releases = IdentityMemo(_build_earlier_releases)
_WORD = re.compile(r"\w+")
#: A capitalised word: a name, unless the record knows it or it opens a clause.
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_OPENER_WORDS = (
    "The This That These It Its In On For According As At After Before But And However So Yet "
    "A An Last Earlier Now Their They Million Billion US U.S. I We"
)
_OPENERS = frozenset(_OPENER_WORDS.split())


def latest_model(refs: _Refs, cs: ClaimSet, start: int, end: int) -> str | None:
    """The model the description "its latest model" at ``[start, end)`` stands for: the one the
    record holds as released last, unless the text names one right after ("its latest model,
    V3") or means an earlier one ("one of its latest models", "a paper on its newest model")."""
    if _NOT_THE_LATEST.search(refs.text, max(0, start - 30), start):
        return None
    if any(m.start - end <= 3 for m in refs.index.entities_near(end, end + 40)):
        return None
    latest = latest_released(cs)
    if latest is None or refs.centre(start, ("model",)) is not None:
        return None  # "DeepSeek released V3 on December 26. Its latest model ..."
    lo, _ = refs.index.sentence(start, start)
    p_lo, _ = refs.index.previous_sentence(lo)
    earlier = _earlier_releases(cs)
    if any(w.lower() in earlier for w in _WORD.findall(refs.text, min(p_lo, lo), start)):
        return None  # "In December, DeepSeek said its latest model ...": V3's time
    owner = cs.family(latest)
    if not refs.text[lo:start].strip():  # "Its latest model ...": the last sentence's
        return latest if refs.centre(start, ("organisation",)) == owner else None
    # the maker named before it in the sentence, with no other name between ("Meta says
    # its newest model has 405 billion parameters" is Meta's)
    named = [m for m in refs.index.entities_near(lo, start) if m.ref == owner]
    if not named:
        return None
    between = _CAPITALISED.findall(refs.text, named[-1].end, start)
    if any(w.lower() not in refs.name_words() and w not in _OPENERS for w in between):
        return None
    return latest
