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
from typing import Any

from r1claims.checker.bases import named_as_base
from r1claims.checker.context import Mention, TextIndex
from r1claims.checker.dated import dated_models
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.references import (
    DESCRIPTIONS,
    LISTED,
    LOOK_BACK,
    PRONOUNS,
    References,
    compared_before,
    description_words,
    entity_tables,
)
from r1claims.checker.scopewords import ScopeIndex, ScopeTag
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim

__all__ = ["DESCRIPTIONS", "LISTED", "PRONOUNS", "Document", "Reference", "about_models"]

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


#: A heading: a short line on its own (Markdown "#", a title, a bold line) above a paragraph.
#: A list item or table row at the start of a line: never a heading.
_LIST_ITEM = re.compile(r"[-*•|]|\d{1,2}[.)]\s")
#: After a name, words that make it the owner of a base model ("R1's foundational model, V3").
_BASE_OWNER = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:foundation(?:al)?|base|underlying|parent)\s+(?:model|LLM)\b",
    re.IGNORECASE,
)
_HEADING_MAX = 100


def _home_family(cs: ClaimSet) -> str | None:
    """The family most of the record's claims are about (DeepSeek in the bundled record)."""
    families = Counter(cs.family(c.subject) for c in cs.claims)
    return families.most_common(1)[0][0] if families else None


#: `_home_family`, once per record.
home_family = IdentityMemo(_home_family)


def self_reported(claim: Claim, cs: ClaimSet) -> bool:
    """Whether ``claim`` is another company's unconfirmed figure about itself: its subject and
    its estimator are of one family that is not the record's own, and its status is not
    ``established`` (GPT-4's "over $100 million", an informal remark by OpenAI's CEO). The record
    holds it to explain comparisons, but cannot check it: no verdict but ``unverifiable``."""
    estimator = claim.scope.estimator
    family = cs.family(claim.subject)
    return (
        claim.status != "established"
        and estimator is not None
        and cs.has_entity(estimator)
        and cs.family(estimator) == family
        and family != home_family(cs)
    )


@dataclass(frozen=True)
class Reference:
    """An entity a sentence is about, and how the text refers to it."""

    entity: str
    how: str  # "named", "described", "pronoun", "previous", "heading", "topic"
    start: int = -1
    end: int = -1


class _PerSpan:
    """What the checker asks of spans of the text, computed once per span or paragraph."""

    text: str
    paragraphs: list[int]
    _scopes: dict[tuple[int, int], list[ScopeTag]]
    _scope_index: ScopeIndex
    _german: dict[int, bool]
    figures: list[Figure]
    _figure_starts: list[int]

    def paragraph_of(self, pos: int) -> int:
        """Start offset of the paragraph holding ``pos``."""
        return self.paragraphs[bisect.bisect_right(self.paragraphs, pos) - 1]

    def figures_between(self, lo: int, hi: int) -> list[Figure]:
        """The figures lying wholly in ``[lo, hi)``."""
        if len(self._figure_starts) != len(self.figures):
            self._figure_starts = [f.start for f in self.figures]
        starts = self._figure_starts
        a = bisect.bisect_left(starts, lo)
        return [f for f in self.figures[a : bisect.bisect_left(starts, hi)] if f.end <= hi]

    def scope_tags(self, lo: int, hi: int) -> list[ScopeTag]:
        """`find_scope_tags` of ``text[lo:hi]``, once per span (figures share clauses)."""
        found = self._scopes.get((lo, hi))
        if found is None:
            found = self._scopes[(lo, hi)] = self._scope_index.tags(lo, hi)
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


def _overlaps(mention: Mention, others: list[Mention]) -> bool:
    return any(o.start < mention.end and mention.start < o.end for o in others)


#: An apposition that brings in a name to describe the one before it ("V3, a cousin of R1",
#: "V3, the base for R1").
_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:of|to|for)\s+\Z", re.IGNORECASE)


class Document(_PerSpan, References):
    """A text's sentences, paragraphs, headings and the entities each sentence is about."""

    def __init__(self, index: TextIndex, cs: ClaimSet) -> None:
        self.index = index
        self._cs = cs
        self.text = index.text
        self._types, self._alias_words, self._name_words, self._listed = entity_tables(cs)
        self._makers = frozenset(cs.family(e) for e, t in self._types.items() if t == "hardware")
        self._words = description_words(cs)
        self._org_names = frozenset(
            name.lower() for e in cs.entities if e.type == "organisation" for name in e.names
        )
        self.paragraphs = self._paragraph_starts()
        self._scopes: dict[tuple[int, int], list[ScopeTag]] = {}
        self._scope_index = ScopeIndex(self.text, index.lowered, index.bounds)
        #: values the checker derives per sentence and record, kept for this text only
        self.memo: dict[tuple[int, str], float] = {}
        #: values the checker derives once per document ("headline_sibling")
        self.found: dict[str, str | None] = {}
        #: walks up a table or a list, remembered by the line they start from, so that a
        #: table or list of many rows is walked once, not once per row (see `neighbours`)
        self.table_tops: dict[int, int] = {}
        self.list_headers: dict[int, tuple[int, int] | None] = {}
        #: the text's figures, in order (set by the checker once extracted)
        self.figures: list[Figure] = []
        self._figure_starts: list[int] = []
        self._german: dict[int, bool] = {}
        self._inherited: dict[int, list[Reference]] = {}
        self.headings = self._headings()
        self._heading_ends = [end for _, end in self.headings]
        self.topic = self._topic()
        #: the model the article is most about (the topic may be the company)
        self.model_topic = self._topic(("model",))
        # a model described by when it came out ("the December model") is the record's
        dated = dated_models(self.text, index, cs)
        self.resolved = sorted(
            [r for r in self._resolve_descriptions() if not _overlaps(r, dated)] + dated,
            key=lambda r: r.start,
        )
        self._resolved_starts = [r.start for r in self.resolved]

    @property
    def claimset(self) -> ClaimSet:
        """The record the text is read against."""
        return self._cs

    def is_organisation_name(self, word: str) -> bool:
        """Is ``word`` the name (or an alias) of an organisation of the record?"""
        return word.lower() in self._org_names

    def family(self, entity_id: str) -> str:
        """The entity's family (the id itself when unknown)."""
        return self._cs.family(entity_id)

    def entity_type(self, entity_id: str) -> str | None:
        """The entity's type, or None when the record gives none."""
        return self._types.get(entity_id)

    def makes_hardware(self, entity_id: str) -> bool:
        """Is the entity the family of hardware the record holds (Nvidia, of the H800)?"""
        return entity_id in self._makers

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
        # the next non-blank line after each line, found in one backward pass (a scan ahead
        # from every short line would be quadratic in a text of many short lines)
        following = [""] * len(lines)
        nxt = ""
        for i in range(len(lines) - 1, -1, -1):
            following[i] = nxt
            if lines[i].strip():
                nxt = lines[i]
        for i, line in enumerate(lines):
            stripped = line.strip()
            if stripped and len(stripped) <= _HEADING_MAX:
                nxt = following[i]
                heading = (
                    not _LIST_ITEM.match(stripped)
                    and (  # list items and table rows
                        stripped.startswith("#")
                        or (i == 0 and stripped[-1:] not in ".:;")
                        or (stripped[-1:] not in ".!?:;," and len(nxt.strip()) > len(stripped))
                    )
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
            if self._types.get(m.ref) not in types or self.is_base(m):
                continue
            if compared_before(self.text, self.index.sentence(m.start, m.end)[0], m.start):
                continue  # "a model that matched OpenAI's best": not what the text is about
            k = bisect.bisect_right(starts, m.start) - 1
            in_heading = k >= 0 and m.start < self.headings[k][1]
            counts[m.ref] += 2 if in_heading else 1
        if not counts:
            return None
        best = max(counts.values())
        # a tie is broken by the first mention, the way a reader takes it
        tied = {e for e, c in counts.items() if c == best}
        return next(m.ref for m in self.index.entities if m.ref in tied)

    def is_base(self, m: Mention) -> bool:
        """Is the mention named as what something else is built on ("based on DeepSeek-V3",
        "on top of V3-Base", "distilled from R1")? Such a name is not what the text is about."""
        return named_as_base(self.text, m.start, m.end)

    def owns_base(self, m: Mention) -> bool:
        """Is the mention the owner of a base model the text speaks of ("R1's foundational
        model, V3")? The text is about that base, not about the named model."""
        return bool(_BASE_OWNER.match(self.text, m.end))

    def described_near(self, lo: int, hi: int) -> list[Mention]:
        """Resolved descriptions and pronouns in ``[lo, hi)``."""
        a = bisect.bisect_left(self._resolved_starts, lo)
        b = bisect.bisect_left(self._resolved_starts, hi)
        return self.resolved[a:b]

    # inherited subjects --------------------------------------------------------------------
    def _aside_name(self, lo: int, start: int) -> bool:
        """Does the name at ``start`` stand in an apposition ("V3, a cousin of R1") or after a
        comparison word ("cheaper than o1")?"""
        return bool(_APPOSED.search(self.text, max(lo, start - 40), start)) or compared_before(
            self.text, lo, start
        )

    def inherited(self, start: int) -> list[Reference]:
        """Subjects a sentence starting at ``start`` inherits: the nearest earlier sentence of
        its paragraph that names one, the heading above, then the topic."""
        lo, _ = self.index.sentence(start, start)
        found = self._inherited.get(lo)
        if found is None:
            found = self._inherited[lo] = self._inherit(lo)
        return found

    def _inherit(self, lo: int) -> list[Reference]:
        out: list[Reference] = []
        para = self.paragraph_of(lo)
        pos = lo
        for _ in range(LOOK_BACK):
            if pos <= para:
                break
            p_lo, p_hi = self.index.previous_sentence(pos)
            if p_hi <= para or p_hi == 0:
                break
            named = [
                m for m in self.index.entities_near(max(p_lo, para), p_hi) if not self.is_base(m)
            ]
            if named:
                # nearest the end first, but a name that only describes or is compared with
                # another comes after the others ("to train V3, a cousin of R1": V3)
                named.sort(key=lambda m: (self._aside_name(p_lo, m.start), -m.start))
                out += [Reference(m.ref, "previous", m.start, m.end) for m in named]
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


def about_models(
    doc: Document, mentions: list[Any], described: list[Any], inherited: list[Any]
) -> list[str]:
    """The models a sentence is about beside those it names: a description or pronoun resolved
    to a model, a model inherited from the sentences before, the text's model topic."""
    # a model the sentence names speaks for its family ("as opposed to OpenAI's GPT-4" leaves
    # the DeepSeek model the text is about standing)
    named = {doc.family(m.ref) for m in mentions if doc.entity_type(m.ref) in ("model", "app")}
    # "the model", "it": a description resolved to a model is what the text is about
    found = [m.ref for m in described if doc.entity_type(m.ref) == "model"]
    found += [r.entity for r in inherited if doc.entity_type(r.entity) == "model"]
    if doc.model_topic:
        found.append(doc.model_topic)
    return [m for m in found if doc.family(m) not in named]
