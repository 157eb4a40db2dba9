"""Names in a figure's sentence that the record does not hold: an unknown proper noun nearer
than any known entity ("Broadcom fell 17.4%"), a versioned model of another maker ("Llama 3.1
405B"), a model of a known company that the record lacks ("DeepSeek V3.2").

Takes a text, spans and the entity mentions found in them; gives yes/no answers (or the name),
which `figure_context` stores on the `FigureContext`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from r1claims.checker.clauses import apposition_spans, relative_aside
from r1claims.checker.context import GPU_NAME, TextIndex
from r1claims.checker.contracts import on_contracts
from r1claims.checker.document import Document
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.namewords import (
    ADVERB,
    CONNECTIVES,
    DEMONYMS,
    NOT_MODELS,
    NOT_SUBJECTS,
    PLACES,
    glued_to_known,
)
from r1claims.extract.figures import Figure
from r1claims.extract.lexicon import MONTHS
from r1claims.record.claimset import ClaimSet

__all__ = [
    "foreign_nearer",
    "foreign_subject",
    "other_model_at",
    "other_version_at",
    "sibling_topic",
    "unknown_name",
    "unknown_owner",
    "unknown_sibling",
]

#: A capital that only opens a sentence or an item ("Rent ...", "Top-tier").
_STARTS = re.compile(r"(?:^|[.!?:;]\s+|\n)[\s\-*•>#|(\"“]*$")

_VERSIONED = re.compile(r"\b([A-Z][A-Za-z]{2,})[ -]?(\d+(?:\.\d+)*)(?!\d|,\d)")
#: A name followed by a letter and a version: "Kimi K2", "MiniMax M1", "Zhipu Z1".
_LETTER_VERSIONED = re.compile(r"\b([A-Z][A-Za-z]{2,}) ([A-Z]\d{1,2}(?:\.\d+)?)\b(?!-)")
_VENDOR_NAMES = frozenset({"nvidia", "amd", "huawei", "intel", "apple", "google", "ascend"})
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def other_model_at(
    text: str, lo: int, hi: int, mentions: list[Any], metrics: list[Any] | None = None
) -> int:
    """Where the first versioned model name the record does not hold stands in ``[lo, hi)``
    ("Meta's Llama 3", "Qwen2.5", "DeepSeek 2.5"), or -1. A number after a benchmark's name
    (``metrics``: "GPQA Diamond 71.5", "AIME 2024") is a score or the benchmark's year."""
    found = sorted(
        [*_VERSIONED.finditer(text, lo, hi), *_LETTER_VERSIONED.finditer(text, lo, hi)],
        key=lambda m: m.start(),
    )
    for m in found:
        name = m.group(1).lower()
        if name in NOT_MODELS or name in MONTHS or GPU_NAME.match(m.group(0).replace(" ", "")):
            continue
        if GPU_NAME.match(m.group(2)) or name in _VENDOR_NAMES:
            continue  # "Nvidia H800", "AMD MI300X": chips, not models
        if m.group(1) in NOT_SUBJECTS:
            continue  # "Per 36Kr estimates", "Over 50,000": a function word before a number
        if _YEAR_LIKE.fullmatch(m.group(2)):
            continue  # "Sunday 2025", "Olympiad 2024": a year, not a version
        if any(x.start <= m.start(2) < x.end for x in mentions):
            continue  # a name the record holds ("GPT-4", "DeepSeek V3"), not "DeepSeek 2.5"
        if any(x.start < m.end(1) and m.start(1) < x.end for x in metrics or ()):
            continue
        return m.start()
    return -1


def other_version_at(index: TextIndex, lo: int, hi: int) -> int:
    """Where the first name shaped like one of the record's models' short names but with
    another version ("o3-mini" beside "o1", "R2" beside "R1") stands in ``[lo, hi)``, or -1."""
    found = index.other_versions
    k = bisect.bisect_left(found, lo)
    return found[k] if k < len(found) and found[k] < hi else -1


def sibling_topic(doc: Document, mentions: list[Any]) -> str | None:
    """The unknown sibling model the article's headline is about ("How DeepSeek V3.2 Achieves
    95% Cost Reduction"), for a sentence that names no model or app itself."""
    if any(doc.entity_type(m.ref) in ("model", "app") for m in mentions):
        return None
    if not doc.headings or doc.headings[0][0] != 0:
        return None
    if "headline_sibling" not in doc.found:  # once per document
        a, b = doc.headings[0]
        doc.found["headline_sibling"] = unknown_sibling(doc.text, a, b, doc)
    return doc.found["headline_sibling"]


def unknown_sibling(text: str, lo: int, hi: int, doc: Document) -> str | None:
    """A model of a known organisation that the record does not hold, named in the clause:
    the organisation's name followed by a version it has no entity for ("DeepSeek V3.2",
    "DeepSeek-V2"). Names the record holds ("DeepSeek-V3") were matched as entities first."""
    known = doc.index.entities_near(max(0, lo - 80), hi)  # every name, the figure's own too
    matches = [*_WORD_VERSION.finditer(text, lo, hi), *_WORD_PRODUCT.finditer(text, lo, hi)]
    for m in matches:
        held = any(
            x.start < m.end() and m.start() < x.end and doc.entity_type(x.ref) != "organisation"
            for x in known
        )
        if doc.is_organisation_name(m.group(1)) and not held and not GPU_NAME.match(m.group(2)):
            return m.group(0)
    return None


#: A company's name followed by a product word: "DeepSeek LLM", "DeepSeek Coder".
_WORD_PRODUCT = re.compile(r"\b([A-Z][\w&]+)[\s-](LLM|Coder|Chat|Math|Prover|VL|MoE|Janus)\b")

#: A capitalised word followed by a version: "DeepSeek V3.2", "DeepSeek-V2".
_WORD_VERSION = re.compile(r"\b([A-Z][\w&]+)[\s-]((?=\w*\d)[A-Za-z]{1,4}\d+(?:\.\d+)*[A-Za-z]*)\b")


_PROPER = re.compile(r"(?<![\w.$€£¥-])([A-Z][A-Za-z0-9&]+(?:[ -][A-Z][A-Za-z0-9&]+)*)")


def _known(word: str, known: frozenset[str] | set[str]) -> bool:
    """Is the word known, or a known word of five letters or more with a case ending of one or
    two letters, as the Slavic, Baltic and Finnic languages add them ("na Wall Streetu")?"""
    if word in known or word in DEMONYMS:
        return True
    return len(word) >= 6 and (word[:-1] in known or (len(word) >= 7 and word[:-2] in known))


def _unknown_names(
    index: TextIndex, fig: Figure, lo: int, hi: int, mentions: list[Any]
) -> Iterator[tuple[int, int, str]]:
    """Capitalised names in ``[lo, hi)`` the record does not know: not a known word, not a
    code ("Q4", "FP8") or a label ("Caveat:"), not inside a known mention or the figure."""
    text = index.text
    for m in _PROPER.finditer(text, lo, hi):
        a, b = m.span(1)
        name = m.group(1)
        if _DIGIT.search(name):
            name = _VERSION_AFTER.sub("", name)  # "MiniMax M1" is MiniMax's model
        b = a + len(name)
        words = name.replace("-", " ").split()
        # an adverb or connective that opens the sentence is no name, the name after it is one
        # ("Remarkably, the company ...", "Surprisingly Marvell fell 17%", "However Marvell")
        if words and (ADVERB.fullmatch(words[0]) or (len(words) > 1 and words[0] in CONNECTIVES)):
            a, name, words = a + len(words[0]) + 1, name[len(words[0]) + 1 :], words[1:]
        if not words or words[0] in NOT_SUBJECTS:
            continue
        if all(_known(w.lower(), index.known_words) for w in words) or glued_to_known(
            name, index.known_words
        ):
            continue
        if any(c.isdigit() for c in name) or text[b : b + 1] == ":":
            continue
        if words[-1] in PLACES and (
            _WHERE.search(text, max(0, a - 12), a) or not text.startswith(("'s", "’s"), b)
        ):
            continue  # where something happened ("made waves in America"), or a place the
            # text speaks to ("froze Silicon Valley"), not a subject; "China's $6M" is whose
        if text[a - 1 : a] in _QUOTES and text[b : b + 1] in _QUOTES:
            continue  # a coined term in quotes ("the 'Compute Moat'"), not a name
        if _STORE.match(text, a) and _IN_STORE.search(text, max(0, a - 12), a):
            continue  # the store an app ranks in ("on the Apple App Store"), not a subject
        if _TERM_BEFORE_ACRONYM.match(text, b):
            continue  # a term spelt out before its acronym ("Mistura de Especialistas (MoE)")
        if (
            text[b : b + 1] == ")"
            and " " in name
            and _ACRONYM_BEFORE.search(text, max(0, a - 14), a)
        ):
            continue  # ... or after it ("the MMLU (Massive Multitask Language Understanding)")
        if any(x.start < b and a < x.end for x in mentions) or (a < fig.end and fig.start < b):
            continue
        if any(x.end <= a and _TICKER.fullmatch(text, x.end, b + 1) for x in mentions):
            continue  # a known name's ticker ("S&P 500 (^GSPC)", "Nvidia (NASDAQ: NVDA)")
        if any(x.end < a and _DESCRIBED.fullmatch(text, x.end, a) for x in mentions):
            continue  # a name in an apposition describing a known one ("Nvidia, a major TSMC
            # customer, saw ...")
        yield a, b, m.group(1)  # the name as written, with its version ("MiniMax M1")


#: Version words after a name ("MiniMax M1", "Kimi K2", "Llama 3"): the name before them is
#: still a name.
_DIGIT = re.compile(r"\d")
_VERSION_AFTER = re.compile(r"(?:[ -](?=[A-Za-z]{0,3}\d)[A-Za-z]{0,3}\d[\w.]*)+$")

#: From a known name to a name in the apposition after it: ", a major ", ", the biggest ".
_DESCRIBED = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}")
_QUOTES = frozenset("'\"‘’“”«»")
#: A ticker in brackets right after a name: "(^GSPC)", "(NVDA)", "(NASDAQ: NVDA)".
_TICKER = re.compile(r"\s?\((?:[A-Z]{2,8}:\s?)?\^?[A-Z]{1,5}\)")
#: The store an app ranks in: no subject of the app's figures ("the Apple App Store").
_STORE = re.compile(
    r"Apple(?:['’]s)?\s+(?:iOS\s+|iPhone\s+|US\s+|U\.S\.\s+)?(?:[Aa]pp\s?)?[Ss]tore"
    r"|(?:iPhone|iOS)\s+(?:[Aa]pp\s?)?[Ss]tore|Google Play"
)
#: What puts a store as the place an app ranks in ("on the", "across the App Store and").
_IN_STORE = re.compile(r"\b(?:on|in|at|across|from|to|of|and)\s+(?:the\s+)?$", re.IGNORECASE)
#: An acronym and an opening bracket right before a name: the name spells the acronym out
#: ("the MMLU (Massive Multitask Language Understanding)").
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2}[A-Za-z0-9-]{0,8}\s?\($")
#: The rest of a term before its acronym in parentheses: capitalised words and the short
#: words that join them in several languages ("... de Especialistas (MoE)").
_TERM_BEFORE_ACRONYM = re.compile(
    r"(?:[\s-]+(?:[A-ZÀ-Ý][\w-]*|de|da|do|des|del|di|of|for|per|por|and|e|et|y|und|von))*"
    r"\s*\([A-Z][A-Za-z]{1,7}\)"
)


def unknown_name(index: TextIndex, fig: Figure, lo: int, hi: int, mentions: list[Any]) -> bool:
    """Does a name the record does not know stand in ``[lo, hi)``, sentence openers included?"""
    return next(_unknown_names(index, fig, lo, hi, mentions), None) is not None


def foreign_nearer(index: TextIndex, fig: Figure, lo: int, hi: int, mentions: list[Any]) -> bool:
    """Is an unknown proper noun ("Broadcom", "ASML") in the figure's clause closer to the
    figure than every entity the record knows (named or described)? Then the figure is most
    likely about that unknown subject. Only names count as known: a pronoun next to an
    unknown name ("Meta touts its 16K GPU cluster") most likely stands for that name."""

    def distance(a: int, b: int) -> int:
        return fig.start - b if b <= fig.start else max(0, a - fig.end)

    text = index.text
    line_start = text.rfind("\n", 0, fig.start) + 1
    if text[line_start : fig.start].lstrip().startswith("|"):
        # a table row: the other cells are labels, not subjects; only a name in the figure's
        # own cell claims it ("| **NVDA -17%**, SK Hynix -10%, Samsung -8% |")
        lo = max(lo, text.rfind("|", line_start, fig.start) + 1)
        cell_end = text.find("|", fig.end, hi)
        hi = hi if cell_end < 0 else cell_end
    words = text[lo:hi].split()
    if sum(1 for w in words if w[:1].isupper()) * 2 > len(words):
        return False  # a title-case headline capitalises everything
    # a name in an apposition describes the name before it ("Advantest, a maker that supplies
    # Nvidia, lost 10%"), and is not the figure's
    asides = apposition_spans(text, lo, fig.start)
    mentions = [m for m in mentions if not any(a <= m.start < b for a, b in asides)]
    nearest_known = min((distance(m.start, m.end) for m in mentions), default=10**9)
    known_before = any(lo <= m.start and m.end <= fig.start for m in mentions)
    # a comma closes the figure's clause ("fell 17% that day, costing CEO Jensen Huang"), but
    # for a figure in an opening phrase, whose subject is the name after its comma ("Scoring
    # 77.5% on AIME 2024, Kimi k1.5 came close")
    opening = OPENING.match(text, lo) is not None and not any(m.end <= fig.start for m in mentions)
    aside = relative_aside(text, lo, fig.start) or (0, 0)
    appositions = {m.end for m in mentions}
    for a, b, name in _unknown_names(index, fig, lo, hi, mentions):
        if aside[0] <= a < aside[1]:
            continue  # "DeepSeek, whose chatbot topped Apple's chart, said ...": the aside's
        if text[b : b + 2] in ("'s", "’s") and a - 2 in appositions and text[a - 2 : a] == ", ":
            continue  # "Nvidia, America's AI-chip leader, lost": describes the name before
        if (
            _STARTS.search(text, max(0, lo - 3), a)  # the sentence end before it too
            and index.occurrences(name) < 2
            and not _VERSION_AFTER.search(name)  # "Zhipu Z1, launched ...": a model's name
            and not any(a0 == b for a0, _ in asides)  # "Advantest, a chip-testing ...,"
        ):
            continue  # a capital that only opens a sentence or item ("Rent ...", "Top-tier")
        if a >= fig.end and (
            a - fig.end > _AFTER_NEAR
            or known_before
            or (fig.kind != "date" and not opening and _CLAUSE_END.search(text, fig.end, a))
            or ")" in text[fig.end : a]
        ):
            continue  # a name well after the figure, or after the bracket it stands in, is
            # another clause's ("(2.8 million GPU hours), beyond Meta's Llama 3"; "fell 17% that
            # day, costing CEO Jensen Huang more than $20 billion"; "..., what does
            # that say about Silicon Valley"); after "The Nasdaq plunged 3.1%" the index the
            # clause opened with is its subject, not "Broadcom" named next
        if b <= fig.start and _ESTIMATES_IT.fullmatch(text, b, fig.start):
            continue  # who put the figure, not whose it is ("which analyst Dan Ives pegged at")
        said = _REPORTS.match(text, b) if b <= fig.start else None
        if said and any(said.end() <= x.start < hi for x in mentions):
            continue  # who speaks, when what they say names a known subject ("Sacks pointed
            # out that the $6 million may only be the cost of DeepSeek's final training run")
        if distance(a, b) < nearest_known:
            return True
    return False


#: A speaker's name and the verb that reports what they say.
_REPORTS = re.compile(
    r"(?:\s+[A-Z][\w.’'-]*){0,2}\s+(?:has\s+|have\s+)?(?:said|says|pointed out|points out"
    r"|noted|notes|argued|argues|wrote|writes|claimed|claims|explained|added|believes|thinks"
    r"|suggested|suggests|told\s+\w+)\b(?:\s+that)?"
)


#: Between a name and the figure right after it: the name puts a value on something ("Wedbush
#: Securities analyst Dan Ives pegged at only"), a role and another name allowed between.
_ESTIMATES_IT = re.compile(
    r"(?:\s+(?:analysts?|CEO|chief executive|founder|strategists?|economists?|researchers?))?"
    r"(?:\s+[A-Z][\w.’'-]*){0,3}\s+(?:(?:pegged|puts?)(?:\s+(?:it|the\s+\w+))?\s+at\b"
    r"|(?:estimat(?:ed|es|ing)|calculat(?:ed|ing)|reckon(?:s|ed|ing)?|valu(?:ed|ing)|priced)\b)"
    r"[^.;,:!?]{0,25}"
)


def foreign_subject(
    doc: Document, fig: Figure, lo: int, clause: tuple[int, int], mentions: list[Any]
) -> bool:
    """Does a name the record does not hold own the figure: nearer in its clause than every
    name it holds (`foreign_nearer`), a possessive right before it (`unknown_owner`), or the
    subject of the sentence (from ``lo``) before a relative clause that ends where the clause
    starts ("Shares in Arm, which Haas has run since 2022, fell about 10 per cent")?"""
    index, (c_lo, c_hi) = doc.index, clause
    if foreign_nearer(index, fig, c_lo, c_hi, mentions) or unknown_owner(doc, fig, mentions):
        return True
    if on_contracts(index.text, fig, (lo, c_lo), mentions):
        return True  # "Nasdaq futures fell -4.9%": the futures' move, not the index's
    which = _WHICH.search(index.text, lo, fig.start)  # "Siemens Energy, which lost 20 per cent"
    if which is not None and any(
        b == which.start() for _, b, _ in _unknown_names(index, fig, lo, which.start(), mentions)
    ):
        return True
    aside = relative_aside(index.text, lo, fig.start)
    if aside is None or not lo <= aside[0] or aside[1] < c_lo - 2:
        return False
    return not any(lo <= m.start < aside[0] for m in mentions) and any(
        not (_STARTS.search(index.text, max(0, lo - 3), a) and index.occurrences(name) < 2)
        for a, _, name in _unknown_names(index, fig, lo, aside[0], mentions)
    )


#: A relative clause that runs up to the figure, after a name and a comma.
_WHICH = re.compile(r",\s+(?:which|who)\b[^,;.!?]*$", re.IGNORECASE)


def unknown_owner(doc: Document, fig: Figure, mentions: list[Any]) -> bool:
    """Does a name the record does not hold stand with a possessive right before the figure
    ("scoring 49.2% to Claude's 50.8%")? The figure is that name's. Not one of the record's
    estimators or publishers ("SemiAnalysis's $1.6 billion estimate" is the record's own)."""
    m = _OWNER_BEFORE.search(doc.text, max(0, fig.start - 60), fig.start)
    if m is None:
        return False
    words = [w.rstrip(".") for w in m.group(1).split()]
    return (
        not any(w in NOT_SUBJECTS for w in words)  # "No. It's 671B", "Yesterday's 17%"
        and words[-1] not in PLACES  # "China's $6M AI model": where it is from
        and m.group(1).lower() not in _estimators(doc.claimset)
        and not any(x.start < m.end(1) and m.start(1) < x.end for x in mentions)
    )


def _build_estimators(cs: ClaimSet) -> frozenset[str]:
    names = {cs.estimator_name(c.scope.estimator) for c in cs.claims if c.scope.estimator}
    names |= {s.publisher for s in cs.sources if s.publisher}
    return frozenset(n.lower() for n in names)


#: The record's estimators and publishers, lowercased, per record.
_estimators = IdentityMemo(_build_estimators)


#: A preposition of place right before a name ("in America", "across Europe").
_WHERE = re.compile(
    r"\b(?:in|across|throughout|outside|around|within|into|to|from|beyond)\s+(?:the\s+)?$"
)

#: A capitalised word, a possessive and at most one lowercase word, right before a figure.
_OWNER_BEFORE = re.compile(r"(?<![\w.-])([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s\s+(?:[a-z]+\s+)?$")

#: Words that open a phrase before a sentence's subject: a participle or a preposition
#: ("Scoring 77.5% on AIME 2024, Kimi ...", "With 2,048 GPUs, Moonshot ...", "Con un 77,5 %").
OPENING = re.compile(
    r"\s*[\"“'‘(]?(?:[A-Z][a-z]+(?:ing|ed)|With|At|For|Down|Up|By|On|In|From|After|Despite"
    r"|Con|Avec|Mit|Com|Por|Para|Après|Dopo|Bei|Nach)\b"
)

#: A bracket or a comma closes the figure's clause before a name after it (not a date's:
#: "On March 5, 2025, Alibaba's Qwen team unveiled ...").
_CLAUSE_END = re.compile(r"[),]")

#: How far after a figure (characters) an unknown name still claims it ("16K GPUs at Meta").
_AFTER_NEAR = 30


#: Where shares trade, before an index's name ("in the previous session on Nasdaq", "shares
#: plunged 13% on Nasdaq", "during trading on the Nasdaq").
_TRADED_ON = re.compile(
    r"\b(?:trading|traded|trades|listed|session|shares?|stocks?)\b[^.;:!?]{0,60}\bon (?:the )?\Z",
    re.IGNORECASE,
)
#: What makes a name after "on" the index: "the Nasdaq 100", "the Nasdaq Composite Index".
_THE_INDEX = re.compile(r"\s*(?:\d|composite|index)", re.IGNORECASE)


def names_an_exchange(text: str, lo: int, start: int, end: int) -> bool:
    """Does an index's name at ``[start, end)`` stand for the exchange a stock trades on ("The
    stock slid 3.58% in the previous session on Nasdaq"), not for the index?"""
    return (
        _TRADED_ON.search(text, max(lo, start - 80), start) is not None
        and _THE_INDEX.match(text, end) is None
    )
