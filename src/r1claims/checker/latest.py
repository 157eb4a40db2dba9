"""Which model "its latest model" is: the model whose established release date is the latest
in the record, when the text's own words allow it (its maker named before it, no earlier
model or release time named, no name right after it)."""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

from r1claims.checker.context import TextIndex
from r1claims.checker.memo import IdentityMemo
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import DateValue

__all__ = ["LATEST", "described_by", "flagship", "latest_by_maker", "latest_model", "releases"]


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


def _build_releases(cs: ClaimSet) -> list[tuple[date, str]]:
    """(date, model) of every established model release the record holds."""
    return [
        (c.value.date, c.subject)
        for c in cs.claims
        if isinstance(c.value, DateValue)
        and c.scope.phase == "release"
        and c.status == "established"
        and cs.has_entity(c.subject)
        and cs.entity(c.subject).type == "model"
    ]


#: Per record, (date, model) of every established model release it holds.
releases = IdentityMemo(_build_releases)


def _build_latest_by_maker(cs: ClaimSet) -> dict[str, tuple[str, frozenset[str]]]:
    """Per maker (a model's family), its model released last, and the months (English names)
    and years of its earlier releases: a text that names them speaks of an earlier model."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    by_maker: dict[str, list[tuple[date, str]]] = {}
    for when, model in releases(cs):
        by_maker.setdefault(cs.family(model), []).append((when, model))
    for maker, made in by_maker.items():
        last = max(d for d, _ in made)
        model = flagship(cs, sorted({m for d, m in made if d == last}))
        earlier = [d for d, m in made if d < last and m != model]
        words = {d.strftime("%B").lower() for d in earlier}
        words |= {str(d.year) for d in earlier if d.year != last.year}
        out[maker] = (model, frozenset(words))
    return out


def described_by(cs: ClaimSet, model: str, other: str) -> bool:
    """Does the record describe ``model`` by ``other``'s name ("Six dense models ... fine-tuned
    on samples curated with R1": R1's distilled models)?"""
    described = (cs.entity(model).description or "").lower()
    return any(
        re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", described)
        for n in cs.entity(other).names
    )


def flagship(cs: ClaimSet, models: list[str]) -> str:
    """Of models released the same day, the one the others are described by (`described_by`:
    R1's distilled models, released with it): "its latest model" is R1, not its distillations.
    The last by id when none is."""
    return max(models, key=lambda m: (sum(described_by(cs, o, m) for o in models if o != m), m))


latest_by_maker = IdentityMemo(_build_latest_by_maker)
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
    if refs.centre(start, ("model",)) is not None:
        return None  # "DeepSeek released V3 on December 26. Its latest model ..."
    lo, _ = refs.index.sentence(start, start)
    if not refs.text[lo:start].strip():  # "Its latest model ...": the last sentence's maker
        maker = refs.centre(start, ("organisation",))
    else:  # the maker named before it in the sentence, with no other name between ("Meta says
        # its newest model has 405 billion parameters" is Meta's)
        named = [m for m in refs.index.entities_near(lo, start) if cs.family(m.ref) == m.ref]
        between = _CAPITALISED.findall(refs.text, named[-1].end, start) if named else ["?"]
        if any(w.lower() not in refs.name_words() and w not in _OPENERS for w in between):
            return None
        maker = named[-1].ref
    found = latest_by_maker(cs).get(maker) if maker is not None else None
    if found is None:
        return None
    latest, earlier = found
    p_lo, _ = refs.index.previous_sentence(lo)
    if any(w.lower() in earlier for w in _WORD.findall(refs.text, min(p_lo, lo), start)):
        return None  # "In December, DeepSeek said its latest model ...": V3's time
    return latest
