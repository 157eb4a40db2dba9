"""A share's or an index's move on the rout's day. Shares and indexes move every trading day,
so a percentage that no scope word dates ("closed down", "intraday") is held against the
record of 27 January 2025 only when its sentence ties it to the rout: it names DeepSeek (or
R1), and no other day, span of sessions, earlier event or later DeepSeek model, once the
cause ("after DeepSeek's launch") and the rout's own date ("on January 27") are set aside;
and when the text gives the move to no other mover (a name the record lacks, a part of the
index, another name after the subject's). Nor is a move tied to DeepSeek the rout's when the
sentence speaks of its aftermath or of another event ("as DeepSeek doubts lingered", "as tariffs
added to DeepSeek worries"), nor, with no day named and no launch as its cause, when it is under
half the rout's size (more likely a later session's than the rout misstated); the same holds
for a loss of market value. The words are English: in other languages the words
of another time cannot be read, so no such move is pinned (`framewords.KIND_WORDS` names the
measure in English only)."""

from __future__ import annotations

import datetime
import re

from r1claims.checker.figure_context import FigureContext
from r1claims.checker.linking import tags_fit
from r1claims.checker.sentences import title_case
from r1claims.checker.sessions import (
    ANY_WEEKDAY,
    CAUSE,
    EARLIER,
    OTHER_TIME,
    SESSION_KINDS,
    SPAN_OF_SESSIONS,
)
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, Quantity

__all__ = ["DAILY_MOVES", "another_session", "rout_move", "undated_move"]

#: Kinds of record of a move that a share or an index makes every trading day.
DAILY_MOVES = frozenset({"share_price_change", "index_change"})


def undated_move(fig: Figure, ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Is the record a daily move that no scope word of the text dates, in a sentence that
    does not tie the figure to the rout, or a move the text may give to another (a part of the
    index, another company)? Then the figure may be another day's or another's move."""
    if claim.kind not in DAILY_MOVES:  # a loss of market value tied to DeepSeek, in the
        # aftermath or undated and under half the rout's ("Nvidia's market value fell $122
        # billion as DeepSeek doubts lingered", "lost $100 billion on fresh DeepSeek concerns")
        rest = _without_the_figure(fig, ctx)
        if claim.kind != "market_cap_change" or not _TIED.search(rest):
            return False
        return _AFTERMATH.search(rest) is not None or _small(fig, ctx, _routs(claim, cs))
    if _another_mover(fig, ctx, claim, cs):
        return True
    if tags_fit(ctx, claim) is True:  # "closed down 27%": the close, unless it ran over a
        # span ("climbed 11% from its intraday low on Monday by Tuesday's close")
        return _RUN.search(_without_the_figure(fig, ctx)) is not None
    # a move no word dates, tied to DeepSeek, is the rout's own (not the next day's rebound),
    # and not one under half its size, more likely another day's than the rout misstated
    # ("Nvidia Falls 4.1% As Investors Reassess DeepSeek Threat")
    return claim.scope.as_of != _ROUT or _small(fig, ctx, [claim]) or not rout_move(fig, ctx)


def _small(fig: Figure, ctx: FigureContext, routs: list[Claim]) -> bool:
    """Is the figure under half the rout's record (but not a slip of magnitude, a hundredth of
    it or less), with no day named ("on January 27", "Monday") and no launch as its cause
    ("DeepSeek's release wiped $200 billion off Nvidia's market value": the rout's, misstated)?"""
    values = [abs(c.value.amount) for c in routs if isinstance(c.value, Quantity)]
    size = abs(fig.value)
    return (
        bool(values)
        and min(values) / 100 < size < min(values) / 2
        and not _ROUT_DAY.search(ctx.sentence)
        and not any(day.search(ctx.sentence) for day in ANY_WEEKDAY)  # ("on Monday")
        and not _LAUNCH.search(ctx.sentence)
    )


_LAUNCH = re.compile(
    r"\b(?:releas\w*|launch\w*|debut\w*|unveil\w*|arrival|emergence|breakthrough)\b",
    re.IGNORECASE,
)


def _routs(claim: Claim, cs: ClaimSet) -> list[Claim]:
    """The records of the rout's session of the claim's subject and kind."""
    return [
        c
        for c in cs.claims
        if c.kind == claim.kind and c.subject == claim.subject and c.scope.as_of == _ROUT
    ]


def _another_mover(fig: Figure, ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Might the move be another's than the record's subject: a name the record does not know
    in the clause ("Vistra, an S&P 500 member, dropped 28%"), a part of the index ("The S&P
    500 tech sector sank 5.6%", "Nasdaq-100 futures"), or another name after the subject's
    last in the figure's part of the sentence ("Nvidia's biggest customer Microsoft saw its
    shares lose 2.1%")?"""
    if ctx.unknown_name:
        return True
    around = ctx.lead + " " + ctx.sentence[fig.end - ctx.sentence_start :][:40]
    if claim.kind == "index_change" and _INDEX_PART.search(around):
        return True
    start = max((m.end() for m in _BREAK.finditer(ctx.lead)), default=0)
    part = ctx.lead[start:]
    own = {w.lower() for name in cs.entity(claim.subject).names for w in _NAME.findall(name)}
    # (not the sentence's first word, capitalised as such: "Shares of Nvidia fell")
    names = [m for m in _NAME.finditer(part) if m.start() > 0 or start > 0]
    last_own = max((m.end() for m in names if m.group().lower() in own), default=-1)
    if title_case(ctx.sentence):  # every word capitalised: only a verb may follow the name
        ends = [m.end() for m in _NAME.finditer(part) if m.group().lower() in own]
        return not ends or not _VERB_TO_FIGURE.fullmatch(part, ends[-1])
    return any(
        m.start() > last_own and not _TIED.fullmatch(m.group()) and m.group().lower() not in own
        for m in names
        if m.group()[:1].isupper()
    )


#: A part of an index, next to its name ("S&P 500 information technology sector", "stocks in
#: the Nasdaq", "Nasdaq-100 futures", "S&P 500 member").
_INDEX_PART = re.compile(
    r"(?:nasdaq|s&p(?:\s*500)?|sox|index)(?:['’]s)?(?:[\s-]+[\w&-]+){0,3}?[\s-]+"
    r"(?:sectors?|members?|stocks?|constituents?|components?|companies|futures|weights?|names"
    r"|holdings|100)\b"
    # a sub-index named after it ("S&P 500 information technology index"; not "Nasdaq
    # Composite index")
    r"|(?:nasdaq|s&p\s*500|s&p(?!\s*500))(?![\s-]+composite)(?:[\s-]+[\w&-]+){1,3}?[\s-]+ind(?:ex|ices)\b"
    r"|\b(?:sectors?|members?|stocks|constituents|components|companies|names)\s+(?:of|in|on)\s+"
    r"the\s+(?:nasdaq|s&p|sox|philadelphia)",
    re.IGNORECASE,
)
#: What stands between a headline's company and its move ("Nvidia Plunges 17%", "Nvidia
#: Shares Sink Nearly 17%", "Nvidia Stock Down").
_VERB_TO_FIGURE = re.compile(
    r"(?:['’]s)?(?:\s+(?:shares?|stock))?\s+[a-z]+"
    r"(?:\s+(?:by|nearly|about|almost|over|more than))?\s*",
    re.IGNORECASE,
)
#: A word that may be a name, and the breaks that end a part of a sentence.
_NAME = re.compile(r"\b[A-Za-z][\w&.-]*")
_BREAK = re.compile(r"[,;:]|\s[-–—]\s")


def another_session(fig: Figure, ctx: FigureContext, claim: Claim) -> bool:
    """Is the record an earlier session's than the rout's, and the figure's sentence tied to
    the rout? Then the figure cannot restate it ("DeepSeek's launch wiped $300 billion off
    Nvidia's market value" is no rounding of September 2024's $279 billion)."""
    as_of, value = claim.scope.as_of, claim.value
    return (
        claim.kind in SESSION_KINDS
        and as_of is not None
        and as_of < _ROUT
        # the earlier record's own value, to its precision, is that figure given to the rout
        # ("The DeepSeek scare wiped $279 billion"): a mix-up of records, not a contradiction
        and not (
            isinstance(value, Quantity)
            and abs(abs(fig.value) - abs(value.amount)) <= value.precision
        )
        and rout_move(fig, ctx)
    )


_ROUT = datetime.date(2025, 1, 27)


def rout_move(fig: Figure, ctx: FigureContext) -> bool:
    """Does the figure's sentence tie it to the rout (see the module's note)? "Nvidia shares
    plunged 21% as concerns arose that DeepSeek's advances could cut demand" does; "down 11%
    by the end of January", "slid 4% on Wednesday" or "up 40% from its DeepSeek-day low"
    does not."""
    if _SHARE_OF.match(ctx.sentence, fig.end - ctx.sentence_start):
        return False  # "accounts for 8% of the Nasdaq 100", "half of the index's loss"
    rest = _ROUT_DAY.sub(_tie, CAUSE.sub(" DeepSeek", _without_the_figure(fig, ctx)))
    return (
        _TIED.search(rest) is not None
        and _MAY_COME.search(ctx.lead) is None
        and not any(words.search(rest) for words in _NOT_THE_ROUT)
        and not any(day.search(rest) for day in ANY_WEEKDAY)
    )


def _tie(day: re.Match[str]) -> str:
    """The rout's day set aside, but for the tie to DeepSeek its name makes ("DeepSeek day")."""
    return " DeepSeek " if "deepseek" in day.group().lower() else " "


def _without_the_figure(fig: Figure, ctx: FigureContext) -> str:
    at = fig.start - ctx.sentence_start
    return ctx.sentence[:at] + " " + ctx.sentence[fig.end - ctx.sentence_start :]


#: A share of something right after the figure: a part, not a move.
_SHARE_OF = re.compile(r"\s*(?:\w+\s+)?of\b", re.IGNORECASE)
#: What ties a move to the rout: DeepSeek or its model.
_TIED = re.compile(r"deepseek|\bR1\b", re.IGNORECASE)
#: The rout's day by its date or its name ("on January 27", "Monday, 27 January 2025", "Jan.
#: 27", "on DeepSeek Monday").
_ROUT_DAY = re.compile(
    r"\b(?:on\s+)?(?:(?:monday,?\s+)?(?:jan(?:uary|\.)?\s+27|27\s+jan(?:uary|\.)?)(?:,?\s+2025)?"
    r"|deepseek (?:mon)?day)\b",
    re.IGNORECASE,
)
#: A run over sessions, by its start or its end: what a scope word of the close does not date
#: ("from its intraday low on Monday ... by Tuesday's close", "by the end of January", "in two
#: days", "as of mid-2025", "over the two sessions").
_RUN_WORDS = (
    r"from (?:its|the|a)|by the end of|by \w+day's close|as of|sessions"
    r"|in (?:two|three|four|five|\d+) (?:days|sessions)|this (?:week|month|year)"
)
_RUN = re.compile(rf"\b(?:{_RUN_WORDS})\b", re.IGNORECASE)
#: ... and, for a move no scope word dates, any span: a run, a month, a year or an anniversary
#: ("on January 27, the first anniversary of the DeepSeek rout"), a peak or a low ("from its
#: DeepSeek-day low"), or a later DeepSeek model ("as DeepSeek V3.1 sparked a sell-off").
_SPAN = re.compile(
    rf"\b(?:{_RUN_WORDS}|(?:in|for|during|over) (?:january|february|march|april|may|june|july"
    r"|august|september|october|november|december)|(?:19|20)\d\d|years?|months?|quarters?|anniversar\w*|peak"
    r"|high(?!-)|low|mid|V3\.\d|V4|R2|0528|0324)\b",
    re.IGNORECASE,
)
#: The rout's aftermath or another event beside DeepSeek ("as DeepSeek doubts lingered",
#: "renewed DeepSeek fears", "as tariffs added to DeepSeek worries").
_AFTERMATH = re.compile(
    r"\b(?:linger\w*|renew\w*|again|another|continu\w*|extend\w*|still|compound\w*"
    r"|eas(?:ed|es|ing)|persist\w*|ongoing|added to|resurg\w*|resurfac\w*|aftermath"
    r"|tariffs?|accus\w*|distill\w*|bans?|export controls?)\b",
    re.IGNORECASE,
)
#: Words of another time than the rout's session: another day or a moment of one, a span of
#: sessions, an earlier event, a move that may come, or a span by its end or start.
_NOT_THE_ROUT = (
    OTHER_TIME,
    EARLIER,
    re.compile(SPAN_OF_SESSIONS, re.IGNORECASE),
    re.compile(r"\b(?:if|unless)\b", re.IGNORECASE),  # "... could drop 20% if the bubble bursts"
    _SPAN,
    _AFTERMATH,
)
#: A move that may come, not one that came, in the figure's own part of the sentence before it
#: ("the Nasdaq could fall 10%", "analysts warned that Nvidia's stock might fall 25%"; not "as
#: concerns arose that DeepSeek's advances could cut demand", after the figure).
_MAY_COME = re.compile(
    r"\b(?:could|might|may|would|will|fear|feared|warn\w*|worr\w*|expect\w*|forecast\w*"
    r"|predict\w*|risk\w*)\b[^,;:]*\Z",
    re.IGNORECASE,
)
