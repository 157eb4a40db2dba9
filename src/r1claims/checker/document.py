"""Document reading: who each sentence is about, across the whole article.

A figure's subject is often not named in its sentence: "The Hangzhou-based lab says it spent
$294,000", "Its shares fell 17%", a list item under a heading that names the model, a table
under a headline. This module follows entity mentions through the text:

- **named mentions** come from `TextIndex` (entity names and aliases);
- **descriptions** ("the company", "the Chinese startup", "the model", "the chatbot", "the
  index") and **pronouns** ("it", "its", "they") are resolved to the most recent named entity
  of a compatible `Entity.type` (`DESCRIPTIONS` holds the words per type, in one table);
- each sentence **inherits** subjects when it names none itself: from the previous sentences
  of its paragraph, then from the heading or headline above it, then from the article's
  **topic** (the entity named most often, headline mentions counting double).

Everything is computed once per text in one pass over the mentions, so the cost stays linear.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from r1claims.checker.context import Mention, TextIndex
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.scopewords import ScopeTag, find_scope_tags
from r1claims.record.claimset import ClaimSet

__all__ = ["DESCRIPTIONS", "LISTED", "PRONOUNS", "Document", "Reference"]

#: Entity type -> the generic descriptions that can stand for an entity of that type. A
#: description may carry up to three modifiers before its head noun ("the Hangzhou-based AI
#: lab", "the Chinese reasoning model").
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "organisation": (
        "company",
        "startup",
        "start-up",
        "firm",
        "lab",
        "laboratory",
        "developer",
        "group",
        "outfit",
        "chipmaker",
        "chip maker",
        "chip designer",
        "fund",
        "hedge fund",
        "parent",
    ),
    "model": (
        "model",
        "models",
        "system",
        "llm",
        "reasoner",
        "network",
        "release",
    ),
    "app": ("app", "application", "chatbot", "assistant"),
    "market_index": ("index", "composite"),
    "listed": ("stock", "shares", "share price"),
    "hardware": ("chip", "chips", "gpu", "gpus", "accelerator", "accelerators"),
}
#: Pronouns and the entity types they may stand for. "Its shares" and "the stock" point at a
#: listed organisation: `LISTED`, an organisation the record holds share-price or market-value
#: figures for (derived from the record, not listed by hand).
LISTED = "listed"  # the key of DESCRIPTIONS and PRONOUNS for it
PRONOUNS: dict[str, tuple[str, ...]] = {
    "it": ("model", "organisation", "app"),
    "its": ("organisation", "model", "app"),
    "it's": ("model", "organisation", "app"),
    "they": ("organisation",),
    "their": ("organisation",),
    "shares": (LISTED,),
    "stock": (LISTED,),
}
#: Claim kinds that make their subject a listed company.
_MARKET_KINDS = frozenset({"share_price", "share_price_change", "market_cap_change"})

#: Frequent function words of German, the one language coverage is written in that capitalises
#: every noun.
_GERMAN_WORDS = (
    "der die das den dem des und ist nicht mit ein eine einen einem sich auch als auf für von "
    "zu hat haben wird wurde sein seine dass aus bei nach wie noch nur"
)
_GERMAN = frozenset(_GERMAN_WORDS.split())


def _capitalises_nouns(text: str) -> bool:
    """Is the text German (one word in ten a German function word)?"""
    words = text.lower().split()
    return len(words) >= 8 and sum(w in _GERMAN for w in words) * 10 >= len(words)


_MODIFIER = r"(?:[\w.’'-]+\s+){0,3}?"
_HEADS = {noun: etype for etype, nouns in DESCRIPTIONS.items() for noun in nouns}
_DESCRIPTION = re.compile(
    r"\b(?:the|this|that|its|their)\s+"
    + _MODIFIER
    + r"(?P<head>"
    + "|".join(re.escape(n) for n in sorted(_HEADS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(
    r"\b(?P<head>"
    + "|".join(re.escape(p) for p in sorted(PRONOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: What may stand before a pronoun that is the subject of its clause ("Its shares fell",
#: "..., and it cost").
_SUBJECT_POSITION = re.compile(
    r"(?:^|[\n.!?;:,(\[|•*-]|\band|\bbut|\bwhile|\bas|\bso|\bthat)[\s\"“'‘]*$",
    re.IGNORECASE,
)
_OPENS_WITH_PRONOUN = re.compile(r"\s*[\"“'‘(\[-]*\s*(?:it|its|it's|they|their)\b", re.IGNORECASE)
#: How many earlier sentences of a paragraph are searched for a subject.
_LOOK_BACK = 3
#: A heading: a short line on its own (Markdown "#", a title, a bold line) above a paragraph.
_HEADING_MAX = 100


@dataclass(frozen=True)
class Reference:
    """An entity a sentence is about, and how the text refers to it."""

    entity: str
    how: str  # "named", "described", "pronoun", "previous", "heading", "topic"
    start: int = -1
    end: int = -1


_Tables = tuple[dict[str, str], list[tuple[frozenset[str], str]], frozenset[str], frozenset[str]]


def _build_entity_tables(cs: ClaimSet) -> _Tables:
    """Entity types, the words of each name, all name words, and the listed companies."""
    types: dict[str, str] = {e.id: e.type for e in cs.entities if e.type is not None}
    listed = frozenset(c.subject for c in cs.claims if c.kind in _MARKET_KINDS)
    alias_words: list[tuple[frozenset[str], str]] = [
        (frozenset(str(w) for w in re.split(r"[\s-]+", name.lower())), e.id)
        for e in cs.entities
        for name in (e.name, *e.aliases)
    ]
    return types, alias_words, frozenset(w for words, _ in alias_words for w in words), listed


_entity_tables = IdentityMemo(_build_entity_tables)


class _PerSpan:
    """What the checker asks of spans of the text, computed once per span or paragraph."""

    text: str
    paragraphs: list[int]
    _scopes: dict[tuple[int, int], list[ScopeTag]]
    _german: dict[int, bool]

    def paragraph_of(self, pos: int) -> int:
        """Start offset of the paragraph holding ``pos``."""
        return self.paragraphs[bisect.bisect_right(self.paragraphs, pos) - 1]

    def scope_tags(self, lo: int, hi: int) -> list[ScopeTag]:
        """`find_scope_tags` of ``text[lo:hi]``, once per span (figures share clauses)."""
        found = self._scopes.get((lo, hi))
        if found is None:
            found = self._scopes[(lo, hi)] = find_scope_tags(self.text[lo:hi])
        return found

    def capitalises_nouns(self, pos: int) -> bool:
        """Is the paragraph holding ``pos`` German, which capitalises every noun (so that a
        capital does not make a name)? Computed once per paragraph."""
        para = self.paragraph_of(pos)
        found = self._german.get(para)
        if found is None:
            k = bisect.bisect_right(self.paragraphs, para)
            end = self.paragraphs[k] if k < len(self.paragraphs) else len(self.text)
            found = self._german[para] = _capitalises_nouns(self.text[para:end][:2000])
        return found


class Document(_PerSpan):
    """A text's sentences, paragraphs, headings and the entities each sentence is about."""

    def __init__(self, index: TextIndex, cs: ClaimSet) -> None:
        self.index = index
        self._cs = cs
        self.text = index.text
        self._types, self._alias_words, self._name_words, self._listed = _entity_tables(cs)
        self._org_names = frozenset(
            name.lower()
            for e in cs.entities
            if e.type == "organisation"
            for name in (e.name, *e.aliases)
        )
        self.paragraphs = self._paragraph_starts()
        self._scopes: dict[tuple[int, int], list[ScopeTag]] = {}
        #: values the checker derives per sentence and record, kept for this text only
        self.memo: dict[tuple[int, str], float] = {}
        self._german: dict[int, bool] = {}
        self.headings = self._headings()
        self._heading_ends = [end for _, end in self.headings]
        self.topic = self._topic()
        #: the model the article is most about (the topic may be the company)
        self.model_topic = self._topic(("model",))
        self.resolved = self._resolve_descriptions()
        self._resolved_starts = [r.start for r in self.resolved]

    def is_organisation_name(self, word: str) -> bool:
        """Is ``word`` the name (or an alias) of an organisation of the record?"""
        return word.lower() in self._org_names

    def family(self, entity_id: str) -> str:
        """The entity's family (the id itself when unknown)."""
        return self._cs.family(entity_id)

    def entity_type(self, entity_id: str) -> str | None:
        """The entity's type, or None when the record gives none."""
        return self._types.get(entity_id)

    # structure ---------------------------------------------------------------------------
    def _paragraph_starts(self) -> list[int]:
        starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", self.text)]
        return sorted(set(starts))

    def _headings(self) -> list[tuple[int, int]]:
        """Spans of heading lines: the first line of the text when short, Markdown headings,
        and short lines without final punctuation followed by a longer line."""
        out = []
        pos = 0
        lines = self.text.split("\n")
        for i, line in enumerate(lines):
            stripped = line.strip()
            if stripped and len(stripped) <= _HEADING_MAX:
                nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
                heading = (
                    stripped.startswith("#")
                    or (i == 0 and stripped[-1:] not in ".:;")
                    or (stripped[-1:] not in ".!?:;," and len(nxt.strip()) > len(stripped))
                )
                if heading:
                    out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out

    def _topic(self, types: tuple[str, ...] = ("organisation", "model", "app")) -> str | None:
        """The entity of those types the article is about: named most often, headings
        counting double (an article is rarely about a GPU)."""
        counts: Counter[str] = Counter()
        starts = [a for a, _ in self.headings]
        for m in self.index.entities:
            if self._types.get(m.ref) not in types:
                continue
            k = bisect.bisect_right(starts, m.start) - 1
            in_heading = k >= 0 and m.start < self.headings[k][1]
            counts[m.ref] += 2 if in_heading else 1
        if not counts:
            return None
        best = max(counts.values())
        # a tie is broken by the first mention, the way a reader takes it
        tied = {e for e, c in counts.items() if c == best}
        return next(m.ref for m in self.index.entities if m.ref in tied)

    # descriptions and pronouns -------------------------------------------------------------
    def _resolve_descriptions(self) -> list[Mention]:
        """Each description or pronoun, resolved to the most recent named entity of a
        compatible type before it (or the topic, when compatible and nothing precedes)."""
        named = self.index.entities
        starts = [m.start for m in named]
        found: list[Mention] = []
        for rx, table in ((_DESCRIPTION, None), (_PRONOUN, PRONOUNS)):
            for m in rx.finditer(self.text):
                head = m.group("head").lower()
                types = table[head] if table is not None else (_HEADS[head],)
                k = bisect.bisect_right(starts, m.start()) - 1
                if k >= 0 and m.start() < named[k].end:
                    continue  # inside a name ("the V3 model" is an alias)
                if table is not None and not _SUBJECT_POSITION.search(
                    self.text, max(0, m.start() - 12), m.start()
                ):
                    continue  # "what set it off": a pronoun as object is rarely an entity
                if table is None:
                    target = self._by_alias(m.group(0)) or self._centre(m.start(), types)
                else:
                    target = self._centre(m.start(), types)
                target = target or self._recent(named, starts, m.start(), types)
                if target is not None:
                    found.append(Mention(m.start(), m.end(), target))
        found.sort(key=lambda x: x.start)
        return found

    def _centre(self, pos: int, types: tuple[str, ...]) -> str | None:
        """A pronoun's referent: an entity named earlier in its own sentence, else the subject
        (first compatible entity) of the sentence before; when that sentence's subject is itself
        a pronoun ("It is a Mixture-of-Experts model..."), the chain goes one sentence further.
        Readers take "it" for what the text is about, not for the last name mentioned."""
        lo, _ = self.index.sentence(pos, pos)
        same = [m for m in self.index.entities_near(lo, pos) if self._fits(m.ref, types)]
        if same:
            return same[-1].ref
        for _ in range(_LOOK_BACK):
            p_lo, p_hi = self.index.previous_sentence(lo)
            if p_hi <= p_lo:
                return None
            if not _OPENS_WITH_PRONOUN.match(self.text, p_lo):
                found = [
                    m for m in self.index.entities_near(p_lo, p_hi) if self._fits(m.ref, types)
                ]
                if found:
                    return found[0].ref
            lo = p_lo
        return None

    def _by_alias(self, description: str) -> str | None:
        """The one entity whose names hold every modifier of the description ("the base LLM"
        -> "V3 base model", "the distilled model" -> "distilled versions of R1"); None when the
        modifiers are generic ("the Chinese startup") or fit several entities."""
        # modifiers no entity name uses ("the foundational base model") say nothing of which
        modifiers = set(re.split(r"[\s-]+", description.lower())[1:-1]) & self._name_words
        if not modifiers:
            return None
        found = {entity for words, entity in self._alias_words if modifiers <= words}
        return found.pop() if len(found) == 1 else None

    def _recent(
        self, named: list[Mention], starts: list[int], pos: int, types: tuple[str, ...]
    ) -> str | None:
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0:
            if self._fits(named[i].ref, types):
                return named[i].ref
            i -= 1
        if self.topic is not None and self._fits(self.topic, types):
            return self.topic
        return None

    def _fits(self, entity: str, types: tuple[str, ...]) -> bool:
        """Is the entity of one of these types (`LISTED` included)?"""
        return self._types.get(entity) in types or (LISTED in types and entity in self._listed)

    def described_near(self, lo: int, hi: int) -> list[Mention]:
        """Resolved descriptions and pronouns in ``[lo, hi)``."""
        a = bisect.bisect_left(self._resolved_starts, lo)
        b = bisect.bisect_left(self._resolved_starts, hi)
        return self.resolved[a:b]

    # inherited subjects --------------------------------------------------------------------
    def inherited(self, start: int) -> list[Reference]:
        """Subjects a sentence starting at ``start`` inherits: the nearest earlier sentence of
        its paragraph that names one, the heading above, then the topic."""
        out: list[Reference] = []
        para = self.paragraph_of(start)
        lo, _ = self.index.sentence(start, start)
        pos = lo
        for _ in range(_LOOK_BACK):
            if pos <= para:
                break
            p_lo, p_hi = self.index.previous_sentence(pos)
            if p_hi <= para or p_hi == 0:
                break
            named = self.index.entities_near(max(p_lo, para), p_hi)
            if named:
                out += [Reference(m.ref, "previous", m.start, m.end) for m in reversed(named)]
                break
            pos = p_lo if p_lo < pos else para
        k = bisect.bisect_right(self._heading_ends, lo) - 1
        heading = self.headings[k] if k >= 0 else None
        if heading is not None:
            named = self.index.entities_near(*heading)
            out += [Reference(m.ref, "heading", m.start, m.end) for m in named]
        if self.topic is not None:
            out.append(Reference(self.topic, "topic"))
        unique: dict[str, Reference] = {}
        for ref in out:
            unique.setdefault(ref.entity, ref)
        return list(unique.values())
