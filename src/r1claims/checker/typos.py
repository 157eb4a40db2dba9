"""The record's organisations named with one slip of the keyboard ("Nvdidia", "Depseek",
"OpenAl"): coverage copied in a hurry misspells the names it repeats most, and a name the
record does not know makes a figure another subject's (`names.unknown_name`).

A capitalised word of six letters or more, with no hyphen, is read as an organisation's name
when it is one edit (an insertion, deletion, substitution or swap of two neighbours:
Damerau-Levenshtein distance 1, by rapidfuzz) from one of that organisation's one-word names
(six letters or more, written without hyphen or space) with the same first letter, and from no
other entity's name; when it is not that name cut short ("DeepSee", a product's name); and when
the record does not use it as a word of its own. Only organisations and market indexes: a
person's or product's name is often one letter from a model's ("Claudia", "Gemina"). Shorter
words and tickers are left alone: one edit from "Nasdaq" or "AVGO" is "Nasda" or "Avgol", real
names; so are hyphenated ones ("high-flier", a common noun).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import DamerauLevenshtein

from r1claims.checker.memo import IdentityMemo
from r1claims.checker.mention import Mention
from r1claims.record.claimset import ClaimSet

__all__ = ["with_typos"]

#: The types of entity whose names are matched with a typo.
_TYPES = ("organisation", "market_index")
#: A capitalised word, not part of a hyphenated one.
_WORD = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{2,}\b(?!-)")
#: The shortest name matched (shorter ones are one letter from too many words).
_SHORTEST = 6


def _build_names(cs: ClaimSet) -> dict[str, frozenset[str]]:
    """Every one-word name (lowercased) of the record's entities, with the entities it names;
    only organisations' names are matched, but every entity's name is one a typo may stand
    nearer to."""
    names: dict[str, set[str]] = {}
    for entity in cs.entities:
        for name in entity.names:
            key = name.lower()
            if key.isascii() and key.isalpha() and len(key) >= _SHORTEST - 1:
                names.setdefault(key, set()).add(entity.id)
    return {k: frozenset(v) for k, v in names.items()}


_names = IdentityMemo(_build_names)


def _organisations(cs: ClaimSet) -> frozenset[str]:
    return frozenset(e.id for e in cs.entities if e.type in _TYPES)


_orgs = IdentityMemo(_organisations)


def with_typos(
    mentions: list[Mention], text: str, cs: ClaimSet, known_words: frozenset[str]
) -> tuple[list[Mention], list[Mention]]:
    """``mentions`` with the organisations named by a one-typo spelling added, in order, and
    those added (a guess, which never makes a figure certain enough to refute)."""
    names, orgs = _names(cs), _orgs(cs)
    starts = {m.start for m in mentions}
    spans = [(m.start, m.end) for m in mentions]
    cache: dict[str, str | None] = {}
    added = []
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if len(word) < _SHORTEST or word in names or word in known_words or m.start() in starts:
            continue
        if word not in cache:
            cache[word] = _one_entity(word, names, orgs)
        ref = cache[word]
        if ref is not None and not any(a < m.end() and m.start() < b for a, b in spans):
            added.append(Mention(m.start(), m.end(), ref))
    if not added:
        return mentions, added
    return sorted([*mentions, *added], key=lambda x: (x.start, -x.end)), added


def _one_entity(word: str, names: dict[str, frozenset[str]], orgs: frozenset[str]) -> str | None:
    """The one organisation a one-edit misspelling names, or None (none, several, or a name of
    another kind of entity as near). Not a name cut short ("DeepSee", a product of its own)."""
    found: set[str] = set()
    for name, refs in names.items():
        if abs(len(name) - len(word)) <= 1 and DamerauLevenshtein.distance(word, name) == 1:
            kept = len(name) >= _SHORTEST and name[0] == word[0] and word != name[:-1]
            found |= refs if kept else {""}
    return next(iter(found)) if len(found) == 1 and found <= orgs else None
