"""Short names that are the head of a longer one, or its tail: "S&P" of "S&P 500", "Nasdaq"
of "Nasdaq Composite". Followed by another capitalised name word, such a head names another
entity of the same brand ("S&P Global Market Intelligence", "Nasdaq Stockholm"), not the
record's; after another maker's name, a bare version closes that maker's name ("OpenAI's
Whisper V3"). Also the words the record's names and texts use (`known_words`, `name_words`)."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from r1claims.checker.mention import Mention
from r1claims.checker.namewords import CONNECTIVES, DEMONYMS, NOT_SUBJECTS, PLACES
from r1claims.checker.sentences import title_case
from r1claims.record.claimset import ClaimSet

__all__ = [
    "MakerForms",
    "heads_of_names",
    "inflected",
    "known_words",
    "maker_forms",
    "name_words",
    "without_other_brands",
    "without_other_makers",
]


class _Mention(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


M = TypeVar("M", bound=_Mention)


class _Reference(_Mention, Protocol):
    @property
    def ref(self) -> str: ...


R = TypeVar("R", bound=_Reference)


def heads_of_names(cs: ClaimSet) -> dict[str, str]:
    """Aliases, lowercased, that are the leading words of their entity's name, which goes on
    with a number or a capitalised word ("S&P" of "S&P 500"; not "GPT-4o" of "GPT-4o
    (2024-05-13)", nor "DeepSeek-R1-Distill" of "DeepSeek-R1-Distill models"), each with the
    rest of the name, lowercased (" 500")."""
    return {
        alias.lower(): e.name[len(alias) :].lower()
        for e in cs.entities
        for alias in e.aliases
        if e.name.startswith(alias + " ") and _DISTINGUISHING.match(e.name, len(alias) + 1)
    }


#: The rest of a name that tells it from others of its brand: a number or a capitalised word
#: ("S&P 500", "Nasdaq Composite"); not a common noun ("DeepSeek-R1-Distill models").
_DISTINGUISHING = re.compile(r"[A-Z0-9]")


#: Another name word after a head: a capitalised word ("S&P Global"). Not a number: coverage
#: gives the Nasdaq 100's fall (2.97% that day) as the Nasdaq's, and the labels (made from the
#: fact sheet) accept it, so "Nasdaq 100" stays a name of the Nasdaq.
_NAME_GOES_ON = re.compile(r"[ \u00a0][A-Z][a-z]")


def without_other_brands(mentions: list[M], text: str, heads: dict[str, str]) -> list[M]:
    """``mentions`` but those of a head that the text continues with another name word than
    the rest of its name ("S&P 500-index" is the S&P 500), in a line that is not a headline in
    title case (where every word is capitalised)."""
    out = []
    for m in mentions:
        name = text[m.start : m.end].lower()
        # "the Nasdaq": an alias that ends with a head
        rest = next((r for h, r in heads.items() if name == h or name.endswith(" " + h)), None)
        if (
            rest is not None
            and _NAME_GOES_ON.match(text, m.end)
            and text[m.end : m.end + len(rest)].lower() != rest
        ):
            end = text.find("\n", m.end)
            if not title_case(text[text.rfind("\n", 0, m.start) + 1 : end if end >= 0 else None]):
                continue
        out.append(m)
    return out


def known_words(cs: ClaimSet) -> frozenset[str]:
    """Words the record itself uses (entity names and descriptions, labels, scopes, quotes,
    source titles and publishers), lowercased: a capitalised word the record knows is a name it
    holds or a common word ("Token", "Prediction", "Total"), not a subject foreign to it."""
    parts: list[str] = []
    for e in cs.entities:
        parts += [*e.names, e.description or ""]
    for c in cs.claims:
        parts += [c.label, c.scope.covers, c.metric or ""]
        parts += [cit.quote for cit in c.citations]
    for src in cs.sources:
        parts += [src.title, src.publisher or ""]
    return frozenset(w.lower() for part in parts for w in _WORD.findall(part))


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]+")


def name_words(cs: ClaimSet) -> dict[str, frozenset[str]]:
    """Per entity, the words of its own names and of its family's organisations' names,
    lowercased (for R1: "deepseek", "r", "model", "deepthink", "hangzhou", "ai" ...)."""
    makers: dict[str, set[str]] = {}
    for e in cs.entities:
        if e.type == "organisation":
            makers.setdefault(e.family, set()).update(_words_of(e.names))
    return {e.id: frozenset(_words_of(e.names) | makers.get(e.family, set())) for e in cs.entities}


def _words_of(names: tuple[str, ...]) -> set[str]:
    return {w.lower() for n in names for w in _LETTERS.findall(n)}


_LETTERS = re.compile(r"[^\W\d_]+")


def without_other_makers(mentions: list[R], text: str, known: dict[str, frozenset[str]]) -> list[R]:
    """``mentions`` but the bare versions ("V3", "R1", "o1") that close another maker's name:
    right after a capitalised word that is no word of its family's names (``known``), no
    function word, demonym, place or verb form, in a line not in title case ("OpenAI's Whisper
    V3", "Qwen V3" are no DeepSeek-V3; "Unlike V3", "Chinese V3", "Using V3" are)."""
    out = []
    for m in mentions:
        maker = _MAKER_BEFORE.search(text, max(0, m.start - 40), m.start)
        if (
            maker is not None
            and _VERSION.fullmatch(text, m.start, m.end)
            and _another_maker(maker.group(1))
            and not _known(maker.group(1).lower(), known.get(m.ref, frozenset()))
        ):
            end = text.find("\n", m.end)
            if not title_case(text[text.rfind("\n", 0, m.start) + 1 : end if end >= 0 else None]):
                continue
        out.append(m)
    return out


#: A short name that is only a version: a few letters and a number ("V3", "R1", "V-3", "o1").
_VERSION = re.compile(r"[A-Za-z]{1,2}-?\d+")
#: A capitalised word right before a name, with one space between, inside a sentence (after
#: a word of its own or a possessive: a sentence's first word is as likely "Alongside").
_MAKER_BEFORE = re.compile(r"(?:\w|\w['’]s?|,) ([A-Z][a-z]+[A-Za-z]*) $")


def _known(word: str, known: frozenset[str]) -> bool:
    """Is the word one of ``known``, or one of the longer of them misspelt at its end
    ("DeepSeeker R1")?"""
    return word in known or any(len(k) >= 5 and word.startswith(k) for k in known)


def _another_maker(word: str) -> bool:
    return not (
        word in NOT_SUBJECTS
        or word.lower() in DEMONYMS
        or word in CONNECTIVES
        or word in PLACES
        or word.endswith(("ing", "ed", "ly"))
    )


def inflected(name: str) -> list[str]:
    """A long name ending in "a" as the Slavic languages decline it, its "a" replaced ("akcje
    Nvidii", "o Nvidię", "akcie Nvidie", and after "i" the Croatian "Nvidije", "Nvidiju")."""
    if len(name) < 5 or not name.endswith("a") or not name.isalpha():
        return []
    croatian = ("je", "ji", "ju", "ja") if name.endswith("ia") else ()  # "vrijednost Nvidije"
    return [name[:-1] + ending for ending in ("i", "e", "ę", "ą", *croatian)]


class MakerForms:
    """Models written with their maker's name in another script joined to the model's short
    name by a hyphen ("딥시크-V3", "深度求索-R1", "ディープシーク-R1-Zero"), derived from the
    record: every model whose name or alias is its maker's Latin name so joined ("DeepSeek-V3").
    Matched apart from the other names, and only in texts that hold other scripts, so that
    English text does not pay for them; the entity matcher takes no name before a hyphen."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        body = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        # a particle or a word of the same script may follow ("딥시크-V3는"), not a version
        # ("-V3.2") or a longer Latin name
        self.pattern = re.compile(rf"(?:{body})(?![A-Za-z0-9]|[.-][A-Za-z0-9])")

    def added_to(self, mentions: list[Mention], text: str) -> list[Mention]:
        """``mentions`` with the mentions of these names, sorted by start."""
        found = [
            Mention(m.start(), m.end(), self.names[m.group()]) for m in self.pattern.finditer(text)
        ]
        return sorted([*mentions, *found], key=lambda x: x.start) if found else mentions


def maker_forms(cs: ClaimSet) -> MakerForms | None:
    """The record's `MakerForms`, or None when it has none."""
    makers = {e.family: e for e in cs.entities if e.type == "organisation" and e.id == e.family}
    out: dict[str, str] = {}
    for e in cs.entities:
        maker = makers.get(e.family)
        if e.type != "model" or maker is None:
            continue
        latin = [n for n in maker.names if n.isascii()]
        foreign = [n for n in maker.names if not n.isascii()]
        for name in e.names:
            rest = next((name[len(n) + 1 :] for n in latin if name.startswith(n + "-")), None)
            for other in foreign if rest else ():
                out.setdefault(f"{other}-{rest}", e.id)
    return MakerForms(out) if out else None
