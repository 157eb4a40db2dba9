"""Short names that are the head of a longer one: "S&P" of "S&P 500", "Nasdaq" of "Nasdaq
Composite". Followed by another capitalised name word, such a head names another entity of the
same brand ("S&P Global Market Intelligence", "Nasdaq Stockholm"), not the record's."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from r1claims.checker.mention import Mention
from r1claims.checker.sentences import title_case
from r1claims.record.claimset import ClaimSet

__all__ = ["MakerForms", "heads_of_names", "inflected", "maker_forms", "without_other_brands"]


class _Mention(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


M = TypeVar("M", bound=_Mention)


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
