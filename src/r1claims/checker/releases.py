"""The release a date's own clause gives it to: "unveiled a model called R1 on ...", "R1 was
launched on ...", "On January 27, 2025, DeepSeek ... unveiled a model called R1" (for
`r1claims.checker.dates`, which refutes another event's day given to that release)."""

from __future__ import annotations

import re

from r1claims.checker.figure_context import FigureContext
from r1claims.checker.scopewords import find_scope_tags
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, DateValue

__all__ = [
    "RELEASE_VERB",
    "names_entity",
    "relative_to",
    "release_stated",
]


#: A verb of releasing a model, not an app or chatbot ("unveiled a model called R1"; not
#: "launched a free chat app built on its R1 model", nor "in reaction to the R1 release").
_APP = re.compile(r"\b(?:app|apps|application|chatbot|assistant)\b", re.IGNORECASE)
#: The verbs of a release, past participle.
RELEASE_VERB = r"(?:released|launched|unveiled|introduced|debuted|rolled out|open-sourced)"
_RELEASED_MODEL = re.compile(
    r"\b" + RELEASE_VERB + r"\b"
    r"(?![^,.;]{0,40}" + _APP.pattern + ")",
    re.IGNORECASE,
)
#: Between a date that opens the sentence and a release verb, words that put the release in
#: another clause than the date's ("On January 27, 2025, Nvidia fell 17% after DeepSeek
#: released R1").
_SUBORDINATE = re.compile(
    r"\b(?:after|before|since|when|as|while|following|which|who|that|because|until|once|later"
    r"|earlier|ago|days?|weeks?)\b|;",
    re.IGNORECASE,
)
#: A release verb, the model it released, and the date's preposition, nothing else between:
#: "unveiled its open-source R1 model on".
_MODEL_THEN_DATE = re.compile(
    r"\b" + RELEASE_VERB + r"\s+"
    r"(?:(?:its|the|a|an|their|new|latest|open-source|open|reasoning|AI|[A-Z][\w.-]*)\s+){0,5}"
    r"(?:model|LLM|system|R1|V3|[A-Z][\w-]*\d[\w.-]*)\s+(?:on|in)\s+$",
)
#: A date of its own right after a release verb ("released on January 20").
_OWN_DATE = re.compile(r"\s+(?:on|in)\s+(?:[A-Za-z]+\.?\s+)?\d")
#: Punctuation that ends a clause ("R1をリリースし、わずか6日後の1月26日に": the release is
#: the clause before's).
_CLAUSE_END = re.compile(r"[,;:、，。；]")
#: What may stand before a date that opens its sentence.
_OPENING_DATE = re.compile(r"\s*(?:on|in)?\s*", re.IGNORECASE)


def names_entity(cs: ClaimSet, entity: str, text: str) -> bool:
    """Does ``text`` name ``entity`` (by its name or an alias)?"""
    e = cs.entity(entity) if cs.has_entity(entity) else None
    low = text.lower()
    return e is not None and any(n.lower() in low for n in e.names)


def release_stated(
    ctx: FigureContext, cs: ClaimSet, dates: list[Claim]
) -> tuple[Claim, str] | None:
    """The release record of the model the date's own clause names as released ("unveiled a
    model called R1", "R1 was launched on"), if the record dates exactly one release of it,
    with the text between the verb and the date (the verb before it, in its clause, or after a
    date that opens the sentence)."""
    framing = ctx.framing_subject
    if not ctx.framing_named or framing is None or cs.entity_type(framing) != "model":
        return None
    # the release word right before the date ("was launched on"), or right after it when the
    # date opens the sentence ("On January 27, 2025, DeepSeek ... unveiled a model called R1")
    after = ctx.sentence[len(ctx.lead) :][:90] if _OPENING_DATE.fullmatch(ctx.lead) else ""
    released = _RELEASED_MODEL.search(after)
    opening = (
        released is not None
        and not _SUBORDINATE.search(after, 0, released.start())
        # not a participle with a date of its own ("DeepSeek's R1, released on January 20,")
        and not _OWN_DATE.match(after, released.end())
    )
    window = _CLAUSE_END.split(ctx.lead[-30:])[-1]
    longer = _CLAUSE_END.split(ctx.lead[-50:])[-1]
    if _MODEL_THEN_DATE.search(longer) and not _MODEL_THEN_DATE.search(window):
        # further back only with the released model right before the date ("unveiled its
        # open-source R1 model on"), not another clause's verb ("released its R1 model the
        # market crashed on")
        window = longer
    if any(t.name == "release" for t in find_scope_tags(window)) and not _APP.search(window):
        between = window  # not an app's launch ("launched its free AI assistant- DeepSeek r1")
    elif opening and released is not None:
        between = after[: released.start()]
    else:
        return None
    releases = [
        c
        for c in dates
        if c.subject == framing and isinstance(c.value, DateValue) and c.scope.phase == "release"
    ]
    return (releases[0], between) if len(releases) == 1 else None


#: A day given relative to another event ("a day after R1's release", "a week before",
#: "R1发布次日", "R1公開の翌日", "다음 날", "un día después del lanzamiento").
_RELATIVE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|\d+|several|few)\s+(?:days?|weeks?|months?|hours?)"
    r"\s+(?:after|before|later|earlier|prior)\b|\b(?:next|following|previous)\s+day\b"
    r"|次日|翌日|前日|前一天|后一天|다음\s?날|전날|\b(?:un|el) día (?:después|antes|siguiente)"
    r"|\ble lendemain\b|\bla veille\b|\bil giorno (?:dopo|prima)\b|\bno dia seguinte\b",
    re.IGNORECASE,
)


def relative_to(fig: Figure, ctx: FigureContext, cs: ClaimSet, entity: str) -> bool:
    """Does the sentence date its event relative to ``entity``'s, the date outside the phrase
    that names that event ("One day after R1 launched, on January 21, OpenAI unveiled
    Stargate", "1月21日，即R1发布次日")? Then the date is the other event's. A date inside that
    phrase is the entity's own ("A week after DeepSeek released R1 on January 15, Nvidia
    fell", "DeepSeek于2025年1月15日发布R1，次日..."). The name follows a Latin phrase ("a week
    before R1's release") and comes just before a CJK one ("R1公開の翌日"); "two weeks after
    OpenAI pushed out o3-mini" dates nothing by R1."""
    at, text = fig.start - ctx.sentence_start, ctx.sentence
    e = cs.entity(entity) if cs.has_entity(entity) else None
    names = [n.lower() for n in e.names] if e is not None else []
    for m in _RELATIVE.finditer(text):
        if m.group(0)[:1].isascii():  # the event named after the phrase, up to its clause's end
            low = text[m.end() : m.end() + 45].lower()
            named = any(n in low for n in names)
            brk = _BREAK.search(text, m.end())
            lo, hi = m.start(), brk.start() if brk else len(text)
        else:  # named just before: the phrase is that name's clause, up to the CJK word
            start = max(0, m.start() - 15)
            low = text[start : m.start()].lower()
            name_at = min((start + low.rfind(n) for n in names if n in low), default=-1)
            named = name_at >= 0
            lo = max((b.end() for b in _BREAK.finditer(text, 0, max(name_at, 0))), default=0)
            hi = m.end()
        if named and not lo <= at < hi:
            return True
    return False


#: The end of a clause.
_BREAK = re.compile(r"[,;:，；、。]")
