"""The name that owns a figure by the words around it: right before it ("R1's 90.8", "cost
OpenAI $5.6 million", "GPT-4o (96.0%)"), a company a sum of market value was taken from ("$700
billion in market value from Nvidia"), or a company whose shares a cause moved ("DeepSeek sent
Nvidia shares down 17%")."""

from __future__ import annotations

import re
from typing import Any

from r1claims.checker.document import Document, home_family
from r1claims.checker.respectively import respective_owner
from r1claims.extract.figures import Figure

__all__ = ["IN_BRACKET", "mover", "owner_after", "owner_before", "owner_of"]

_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?")
#: An opening bracket right after the name, and the figures before this one in it; and the
#: same at the end of the text before a figure, after a word (`linking.is_relevant`).
_BRACKET_BODY = r"\s*\((?:[^()]{0,40}[,;/]\s*)?"
_BRACKET = re.compile(_BRACKET_BODY)
IN_BRACKET = re.compile(r"[\w)]" + _BRACKET_BODY + "$")
_COST_BEFORE = re.compile(r"\bcost(?:s|ing)?\s+$", re.IGNORECASE)
_PAID = re.compile(
    r"\s+(?:(?:only|just|about|around|roughly|nearly|over|under|some|a mere|an "
    r"estimated|more than|less than)\s+)*"
)


def owner_of(
    doc: Document, fig: Figure, sentence: tuple[int, int], mentions: list[Any]
) -> str | None:
    """The name that owns the figure by the words around it: `owner_before`, `owner_after`,
    or the name a "respectively" pairs it with (`respective_owner`)."""
    lo, hi = sentence
    return (
        owner_before(doc, fig, lo, mentions)
        or owner_after(doc, fig, mentions)
        or mover(doc, fig, mentions)
        or respective_owner(doc, fig, lo, hi, mentions)
    )


def owner_before(doc: Document, fig: Figure, lo: int, mentions: list[Any]) -> str | None:
    """A name that owns the figure right before it: with a possessive, even one brought in to
    compare ("Compared with DeepSeek-V3's 88.5 on MMLU, R1's 90.8"), or a rival paying after
    "cost" ("a model that reportedly cost OpenAI more than $5.6 million"; the record's own
    company paying is framed by the rest of the clause)."""
    for m in mentions:
        if m.end > fig.start:
            continue
        if _POSSESSIVE.fullmatch(doc.text, m.end, fig.start):
            return str(m.ref)
        if _BRACKET.fullmatch(doc.text, m.end, fig.start) and not any(
            m.end < x.start < fig.start for x in mentions
        ):
            return str(m.ref)  # "beating Claude 3.5 Sonnet (95.1% ± 1.4, 94.2% ± 1.7)"
        if (
            _COST_BEFORE.search(doc.text, max(lo, m.start - 8), m.start)
            and _PAID.fullmatch(doc.text, m.end, fig.start)
            and doc.family(m.ref) != home_family(doc.claimset)
        ):
            return str(m.ref)
    return None


#: After a sum, the market value it came off and the company it was taken from ("$700 billion
#: in market value from tech giant Nvidia", "$500 billion off the market cap of Nvidia", "$200
#: billion from Nvidia's market value"), up to where the company's name begins.
_TAKEN_FROM = re.compile(
    r"\s+(?:(?:in|of)\s+(?:stock\s+)?market\s+(?:value|valuation|cap\w*|worth)\s+)?"
    r"(?:off|from)\s+(?:the\s+)?(?:(?:stock\s+)?market\s+(?:value|valuation|cap\w*|worth)\s+of"
    r"\s+)?(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?)?$"
)
#: What may follow the company's name for the sum to be its own: its market value or shares,
#: the end of the clause, or words that go on with the sentence; not another noun it modifies
#: ("Nvidia's biggest customers", "Nvidia supplier ASML") nor a list ("Nvidia, Microsoft").
_OWNER_END = re.compile(
    r"(?:['’]s\s+(?:stock\s+)?(?:market\s+(?:value|valuation|cap\w*|worth)|valuation|shares"
    r"|stock)\b|\s*(?:[.;:!?)]|$)|,(?!\s*[A-Z])|\s+(?:on|in|as|after|alone|amid|when|while"
    r"|during|over|within|that|which|by|at|and\s+(?:rattled|sent|triggered|left))\b)"
)


def owner_after(doc: Document, fig: Figure, mentions: list[Any]) -> str | None:
    """A listed company a sum of market value was taken from, named right after it ("wiping out
    $700 billion in market value from tech giants NVIDIA"): the sum is that company's loss,
    whoever took it. Not one of several companies listed ("from Nvidia and Microsoft"), nor a
    company that names others ("off the market cap of Nvidia's biggest customers")."""
    if fig.unit != "USD":
        return None
    for m in mentions:
        if m.start < fig.end or m.start - fig.end > 60:
            continue
        if doc.entity_type(m.ref) != "organisation":
            continue
        if (
            _TAKEN_FROM.match(doc.text[fig.end : m.start])
            and _OWNER_END.match(doc.text, m.end)
            and (
                _MARKET_VALUE.search(doc.text, fig.end, m.end + 20)
                or _WIPED.search(doc.text, max(0, fig.start - 30), fig.start)
            )
        ):
            return str(m.ref)
    return None


#: What a sum taken from a company is taken from, and the verbs that take it.
_MARKET_VALUE = re.compile(
    r"\bmarket\s+(?:value|valuation|cap\w*|worth)|\bvaluation", re.IGNORECASE
)
_WIPED = re.compile(
    r"\b(?:wip|eras|shed|knock|slash|strip|vaporiz|evaporat)\w*(?:\s+out)?(?:\s+\w+)?\s+$",
    re.IGNORECASE,
)


def mover(doc: Document, fig: Figure, mentions: list[Any]) -> str | None:
    """The company whose shares a cause moved by the percentage, named as the object of a verb
    of causing ("DeepSeek sent Nvidia shares down 26%", "R1 knocked 17% off Nvidia's share
    price", "triggered a 22% drop in Nvidia's shares"): the move is that company's, whoever
    caused it."""
    if fig.unit != "percent":
        return None
    text = doc.text
    for m in mentions:
        if doc.entity_type(m.ref) != "organisation":
            continue
        if m.end <= fig.start and fig.start - m.end < 50:
            if _CAUSING.search(text, max(0, m.start - 20), m.start) and _SHARES_MOVED.fullmatch(
                text, m.end, fig.start
            ):
                return str(m.ref)
        elif 0 <= m.start - fig.end < 50 and (
            _MOVE_OF.fullmatch(text, fig.end, m.start)
            and (_SHARES_OF.search(text, fig.end, m.start) or _SHARES_AFTER.match(text, m.end))
        ):
            return str(m.ref)
    return None


#: A verb of causing right before the company's name ("sent", "knocked 17% off", "dragged").
_CAUSING = re.compile(
    r"\b(?:sen[dt]|sending|dr[oi]ve|driving|drove|push(?:ed|ing)?|dragg?(?:ed|ing)?|knock(?:ed|ing)?"
    r"|tipp(?:ed|ing)|pull(?:ed|ing)?)\s+(?:the\s+)?(?:shares\s+of\s+)?$",
    re.IGNORECASE,
)
#: After the name, its shares and the way they went, up to the figure ("'s shares down",
#: "stock tumbling", "shares down by about").
_SHARES_MOVED = re.compile(
    r"(?:['’]s)?\s+(?:shares?|stock|share\s+price|stock\s+price)\s+"
    r"(?:down|lower|tumbling|plunging|falling|sliding|sinking|plummeting|crashing|reeling)"
    r"\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?",
    re.IGNORECASE,
)
#: After the figure, the move and what it is of, up to the name ("drop in", "off", "fall in
#: shares of").
_MOVE_OF = re.compile(
    r"\s+(?:(?:drop|fall|decline|plunge|slide|slump|loss|tumble|selloff|sell-off|crash)\s+in"
    r"|off)\s+(?:the\s+)?(?:(?:shares|stock|share\s+price|stock\s+price)\s+of\s+)?",
    re.IGNORECASE,
)
_SHARES_OF = re.compile(r"\b(?:shares|stock|price)\s+of\s+$", re.IGNORECASE)
_SHARES_AFTER = re.compile(
    r"['’]s\s+(?:shares|stock|share\s+price|stock\s+price|market\s+value)\b", re.IGNORECASE
)
