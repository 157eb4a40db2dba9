"""Models described by their kind ("the reasoning model", "the company ... its advanced
reasoning model") when the text names none: the model the record describes as of that kind, of
the family of the description's owner (the text's topic, else the name before it). A maker's
possessive ("DeepSeek's reasoning model") is not read as such a description: on the development
corpora it fixed no figure and broke one. Derived from the record's entity descriptions ("Reasoning
model released 20 Jan 2025 ..."), never from a list of words per model; `dated` does the same
for models described by when they came out."""

from __future__ import annotations

import re

from r1claims.checker.memo import IdentityMemo
from r1claims.record.claimset import ClaimSet

__all__ = ["description_modifiers", "lower_words", "of_kind"]

#: Modifiers that tell no entity from another ("the new AI model", "the Hangzhou-based lab").
_GENERIC_WORDS = (
    "ai new based big small latest own same little known tech artificial intelligence large "
    "language open source"
)
#: ... and determiners: "that the model" is matched from "that", and "the" is no modifier.
_NOT_MODIFIERS = frozenset(_GENERIC_WORDS.split()) | {"the", "this", "that", "its", "their"}
_WORD = re.compile(r"[^\w]+")


def lower_words(text: str) -> list[str]:
    """The words of ``text``, lowercased, split at anything but a word character."""
    return [w for w in _WORD.split(text.lower()) if w]


#: A word of a model's kind: not part of a compound ("671B-parameter" is a size).
_KIND_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")


def description_modifiers(description: str) -> set[str]:
    """The words between a description's determiner and its head that may tell one entity
    from another ("the Chinese reasoning model": chinese, reasoning)."""
    words = lower_words(description)
    return set(words[1:-1]) - _NOT_MODIFIERS


def _kind_words(description: str) -> frozenset[str]:
    """The words a description gives a model's kind by, up to its first "model" ("Reasoning
    model released ...": reasoning; "671B-parameter Mixture-of-Experts chat model": chat)."""
    head, found, _ = description.lower().partition("model")
    return frozenset(_KIND_WORD.findall(head)) - {"the"} if found else frozenset()


def _build_kinds(cs: ClaimSet) -> dict[str, dict[str, frozenset[str]]]:
    """Per family, each model's kind words (its maker's name aside: "OpenAI's o1 reasoning
    model" is of kind reasoning)."""
    out: dict[str, dict[str, frozenset[str]]] = {}
    for e in cs.entities:
        if e.type != "model":
            continue
        family = cs.family(e.id)
        maker = cs.entity(family).names if cs.has_entity(family) else ()
        own = {w for name in maker for w in lower_words(name)}
        out.setdefault(family, {})[e.id] = _kind_words(e.description or "") - own
    return out


def _build_prominence(cs: ClaimSet) -> dict[str, int]:
    """How many of the record's figures each entity is the subject of."""
    counts: dict[str, int] = {}
    for c in cs.claims:
        counts[c.subject] = counts.get(c.subject, 0) + 1
    return counts


_kinds = IdentityMemo(_build_kinds)
_prominence = IdentityMemo(_build_prominence)


def of_kind(cs: ClaimSet, description: str, owner: str | None) -> str | None:
    """The model ``description`` stands for, of ``owner``'s family: the models whose kind is
    the description's (its modifiers that are a kind word of one of them: reasoning, not
    advanced), when one of them holds more of the record's figures than the others together
    (R1, not R1-Zero, both "reasoning models"; none of five "distilled" models). None with no
    owner, when no modifier gives a kind, or when one holds a digit ("its 540-billion-parameter
    V4 model" is none the record holds)."""
    modifiers = description_modifiers(description)
    if owner is None or any(c.isdigit() for w in modifiers for c in w):
        return None
    kinds = _kinds(cs).get(cs.family(owner), {})
    wanted = modifiers & frozenset().union(*kinds.values())
    counts = _prominence(cs)
    found = sorted(
        ((counts.get(m, 0), m) for m, words in kinds.items() if wanted and words == wanted),
        reverse=True,
    )
    if not found or found[0][0] <= sum(n for n, _ in found[1:]):
        return None
    return found[0][1]
