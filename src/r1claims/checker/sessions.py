"""Which trading session a market figure's sentence names by its weekday ("On Monday, Nvidia
suffered a historic $100 billion loss"), and the words that make that reading unsafe: another
day named or implied ("two days after Monday's sell-off", "on Monday, March 10"), a moment of
the day rather than its close ("by midday on Monday"), or nothing that ties the sentence to the
rout itself. The vocabulary is here, in one table per idea."""

from __future__ import annotations

import datetime
import re
from collections import Counter

from r1claims.checker.candidates import significant_digits
from r1claims.checker.document import Document
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.latest import releases
from r1claims.checker.memo import IdentityMemo
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, DateValue

__all__ = [
    "ANY_WEEKDAY",
    "CAUSE",
    "EARLIER",
    "OTHER_TIME",
    "SESSION_KINDS",
    "SPAN_OF_SESSIONS",
    "another_weekday",
    "dated_elsewhere",
    "days_of_reference",
    "focal_day",
    "later_session",
    "over_sessions",
    "released_since",
    "session_weekday",
    "undated_history",
]

#: Kinds of record that describe one trading session.
SESSION_KINDS = frozenset(
    {"market_cap_change", "share_price_change", "index_change", "share_price"}
)

#: A weekday as the time of the clause ("on Monday", "el lunes", "am Montag"; Monday is 0), not
#: a possessive ("Monday's sell-off") that names another event.
_WEEKDAYS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (i, re.compile(words, re.IGNORECASE))
    for i, words in enumerate(
        (
            r"(?:\b(?:on|this|last)\s+monday|\blundi|\blunes|\bmontag|\bluned[iì]"
            r"|segunda-feira|\bmaandag|poniedzia[lł]\w*|понедельник|\bmandag|maanantaina"
            r"|月曜|월요일|周一|星期一|週一|الاثنين)\b(?!['’]s)",
            r"(?:\b(?:on|this|last)\s+tuesday|\bmardi|\bmartes|\bdienstag|\bmarted[iì]"
            r"|ter[cç]a-feira|\bdinsdag|\bwtor\w*|вторник|\btirsdag|tiistaina"
            r"|火曜|화요일|周二|星期二|週二|الثلاثاء)\b(?!['’]s)",
        )
    )
)
#: Another day named or implied in the sentence, or a moment of the day.
OTHER_TIME = re.compile(
    r"\b(?:after|before|since|later|earlier|ago|next|following|previous|week|weeks|days"
    r"|midday|noon|morning|afternoon|intraday|premarket|pre-market|open(?:ing)?|at one point"
    r"|by the time|january \d|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b",
    re.IGNORECASE,
)
#: Words that tie a sentence to the rout itself: its cause, its size in history, its fall.
_ROUT = re.compile(
    r"deepseek|histor\w*|\blargest\b|\bbiggest\b|\bworst\b|\bsingle[- ]day"
    # (not a record high: "hit a record on Jan. 7", "its record close")
    r"|(?<!hit a )(?<!new )(?<!at a )\brecord\b(?![\s-]+(?:highs?|close|closing|peak)\b)"
    r"|\bone[- ]day\b|\b1[67](?:[.,]\d+)?\s?%|17 per ?cent",
    re.IGNORECASE,
)


#: Words of an earlier event than the one the sentence is about ("its previous record").
EARLIER = re.compile(
    r"\b(?:previous|prior|earlier|last|before|since|ago|former|beating|surpass\w*|topp\w*)\b",
    re.IGNORECASE,
)

#: The rout's cause after a preposition, up to its name ("after DeepSeek's launch", "following
#: the release of R1", "on fears over DeepSeek"); the words after the name are still read.
CAUSE = re.compile(
    r"\b(?:after|following|amid|over|on)\s+(?:(?:news|fears?|reports?|concerns?|worries)\s+"
    r"(?:of|over|about|that)\s+)?(?:the\s+)?(?:(?:release|launch|rise|debut|arrival|emergence)"
    r"\s+of\s+)?(?:china's\s+|chinese\s+)?(?:deepseek|r1)\b"
    # not the time after the rout itself ("After the DeepSeek crash, Nvidia's stock recovered")
    r"(?!['’]?s?[\s-]+(?:crash|rout|sell-?off|shock|plunge|slump|turmoil|meltdown|scare|panic"
    r"|moment|debacle|wipe-?out)\b)",
    re.IGNORECASE,
)


def the_rout(fig: Figure, ctx: FigureContext) -> bool:
    """Is the figure's sentence about the rout itself (its size in history, its cause, its
    fall), with no other time than the figure and no earlier event it is compared with?"""
    at = fig.start - ctx.sentence_start
    rest = ctx.sentence[:at] + ctx.sentence[fig.end - ctx.sentence_start :]
    return (
        _ROUT.search(rest) is not None
        and EARLIER.search(rest) is None
        and OTHER_TIME.search(rest) is None
    )


def other_time(sentence: str) -> bool:
    """Does the sentence name another day than a session's, or a moment of the day?"""
    return OTHER_TIME.search(sentence) is not None


def session_weekday(ctx: FigureContext) -> int | None:
    """The weekday the figure's own clause dates it by, when the sentence names no other
    time and ties it to the rout; otherwise None."""
    days = [i for i, rx in _WEEKDAYS if rx.search(ctx.clause)]
    sentence = CAUSE.sub(" DeepSeek", ctx.sentence)  # "on Monday after DeepSeek's launch"
    if len(days) != 1 or OTHER_TIME.search(sentence) or not _ROUT.search(sentence):
        return None
    return days[0]


#: Words that make a market move one over several sessions ("taking losses for the week so far
#: to nearly 19%", "down 30% year to date", "has fallen $800 billion since its peak"), not one
#: session's: no session's record restates it, nor contradicts it (`certainty`).
SPAN_OF_SESSIONS = (
    r"\bfor the (?:week|month|year|quarter)\b|\bweek so far\b|\bso far this (?:week|month|year)"
    r"|\byear[- ]to[- ]date\b|\bytd\b|\bover the (?:past|last|following)\b|\bcumulative"
    r"|\bsince (?:its|the) (?:peak|high|record)"
)
_SPAN_OF_SESSIONS = re.compile(SPAN_OF_SESSIONS, re.IGNORECASE)


def over_sessions(claim: Claim, ctx: FigureContext) -> bool:
    """Is the figure's clause about a move over several sessions, and the record one session's?
    Not a day compared with the period ("its biggest loss for the year so far", "its worst day
    over the past months")."""
    return (
        claim.kind in SESSION_KINDS
        and _SPAN_OF_SESSIONS.search(ctx.clause) is not None
        and _ONE_DAY.search(ctx.clause) is None
    )


#: Words of one session compared with a period.
_ONE_DAY = re.compile(
    r"\b(?:day|session|biggest|worst|largest|steepest|sharpest|record)\b", re.IGNORECASE
)


def dated_elsewhere(fig: Figure, claim: Claim, ctx: FigureContext, doc: Document) -> bool:
    """Do the dates next to a market figure (in its sentence, with no other figure between)
    name a day more than a week from the record's session ("On March 3, 2025, Nvidia fell
    8.7%" is not the record's fall of September 2024)? Then the figure does not restate that
    record. A date of reference ("since March 2020") does not count, nor one a few days off,
    which is more likely a wrong date than another session ("plummeted 3.1% on January 28")."""
    as_of = claim.scope.as_of
    if claim.kind not in SESSION_KINDS or as_of is None:
        return False
    near = _own_dates(fig, ctx, doc)
    return bool(near) and all(_days_apart(d, as_of) > _WEEK for d in near)


def _own_dates(fig: Figure, ctx: FigureContext, doc: Document) -> list[Figure]:
    """The dates next to a figure in its sentence, with no other figure between: after it,
    only its own ("fell 8.7% on March 3"); not a date of reference ("since March 2020") nor
    one that names another event ("Nvidia's February 26 earnings call")."""
    figures = doc.figures_between(ctx.sentence_start, ctx.sentence_start + len(ctx.sentence))
    k = next((i for i, f in enumerate(figures) if f.start == fig.start), None)
    if k is None:
        return []
    near: list[Figure] = []
    for side in (range(k - 1, -1, -1), range(k + 1, len(figures))):
        for j in side:
            other = figures[j]
            if other.kind != "date" or (other.start > fig.end and other.start - fig.end > 12):
                break  # after the figure, only its own "on March 3"
            if other.end <= fig.start and j > 0 and other.start - figures[j - 1].end <= 12:
                break  # before it, a date that is an earlier figure's ("$589 billion on Jan. 27")
            # the words before the date, not reaching back into the figure's own ("fell more
            # than 10% on January 27") or an earlier figure's
            lo = (
                fig.end if other.start > fig.end else max(other.start - 40, _end_before(figures, j))
            )
            if (
                other.month is not None
                and not _REFERENCE.search(doc.text, lo, other.start)
                # "Nvidia's February 26 earnings call": a date that names another event
                and not _NOUN_AFTER.match(doc.text, other.end)
            ):
                near.append(other)
    return near


#: The days of the week (Monday first), in the languages of the coverage the record keeps.
ANY_WEEKDAY = tuple(
    re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
    for words in (
        r"monday|lundi|lunes|montag|luned[iì]|segunda-feira|maandag",
        r"tuesday|mardi|martes|dienstag|marted[iì]|ter[cç]a-feira|dinsdag",
        r"wednesday|mercredi|mi[eé]rcoles|mittwoch|mercoled[iì]|quarta-feira|woensdag",
        r"thursday|jeudi|jueves|donnerstag|gioved[iì]|quinta-feira|donderdag",
        r"friday|vendredi|viernes|freitag|venerd[iì]|sexta-feira|vrijdag",
        r"saturday|samedi|s[aá]bado|samstag|sabato|zaterdag",
        r"sunday|dimanche|domingo|sonntag|domenica|zondag",
    )
)


def another_weekday(ctx: FigureContext, pinned: list[Claim]) -> bool:
    """Does the sentence name weekdays, none of them a pinned session's?"""
    days = {i for i, rx in enumerate(ANY_WEEKDAY) if rx.search(ctx.sentence)}
    sessions = [c.scope.as_of for c in pinned if c.kind in SESSION_KINDS and c.scope.as_of]
    return bool(days and sessions) and not any(d.weekday() in days for d in sessions)


def _end_before(figures: list[Figure], j: int) -> int:
    """Where the figure before the ``j``-th ends (0 for the first)."""
    return figures[j - 1].end if j > 0 else 0


#: A preposition that makes a date a point of reference, not the figure's own day.
_REFERENCE = re.compile(
    r"(?:\b(?:since|than|before|after|from|until|till|through|desde|depuis|seit|dal|sinds|od"
    r"|sejak|từ|منذ)\b|自|以来)[^,;.!?，。]*$",
    re.IGNORECASE,
)
#: A noun right after a date: the date names that event ("February 26 earnings call"; not a
#: word that goes on with the sentence: "fell 35% on January 27 after DeepSeek's launch").
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:after|before|following|amid|as|when|while|and|but|or|because|despite|with"
    r"|on|in|at|to|for|from|by|which|that|the|a|an)\b)[a-z]"
)
_WEEK = 7


def _days_apart(d: Figure, as_of: datetime.date) -> int:
    """Days between a date figure (its year taken as the record's when unwritten; a month
    alone as its first day, then at least a month away unless it is the record's month)."""
    year = d.year or as_of.year
    month = d.month or 1
    if d.day is None:
        return 0 if (year, month) == (as_of.year, as_of.month) else 31
    try:
        return abs((datetime.date(year, month, d.day) - as_of).days)
    except ValueError:
        return 0


def released_since(ctx: FigureContext, doc: Document, cs: ClaimSet) -> datetime.date | None:
    """When the figure's sentence ties it to a maker whose releases the record holds ("The
    DeepSeek shock wiped $465 billion off Nvidia", "R1's release cost Nvidia $1 trillion"): the
    first release of the models it names, else of the maker's. A session before that day cannot
    be the one the sentence speaks of (Nvidia's record loss of September 2024 came before any
    DeepSeek model the record holds). None when it names no such maker, or another time. Only
    the figure's own sentence counts: with the sentence before as well, a held-out corpus
    gained a false refutation."""
    if other_time(CAUSE.sub(" DeepSeek", ctx.sentence)):  # (the release as the cause is no
        return None  # other time: "Following the release of R1, Nvidia lost ...")
    made = releases(cs)
    named = {
        m.ref
        for m in doc.index.entities_near(ctx.sentence_start, ctx.sentence_start + len(ctx.sentence))
    }
    models = [when for when, model in made if model in named]
    if models:
        return min(models)
    makers = [when for when, model in made if cs.family(model) in named]
    return min(makers) if makers else None


#: "since" right before a date, and a superlative of a change before it in its sentence.
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_SUPERLATIVE = re.compile(
    r"\b(?:biggest|largest|worst|steepest|sharpest|deepest)\b",
    re.IGNORECASE,
)


def days_of_reference(dates: list[Claim], before: str, lead: str) -> list[Claim]:
    """The dated records a date after ``before`` (and its sentence's ``lead``) can be: only
    market days when it is the last day as bad, a date of reference ("the S&P's biggest
    one-day fall since Jan. 10" is no launch of that day), else all of them."""
    if _SINCE.search(before) and _SUPERLATIVE.search(lead):
        return [c for c in dates if c.scope.basis == "market_data"]
    return dates


def _build_focal_day(cs: ClaimSet) -> datetime.date | None:
    """The session most of the record's market figures are of (the rout)."""
    days = Counter(c.scope.as_of for c in cs.claims if c.kind in SESSION_KINDS and c.scope.as_of)
    return days.most_common(1)[0][0] if days else None


focal_day = IdentityMemo(_build_focal_day)
#: Words that compare a figure with another ("more than double the $279 billion record").
_COMPARED = re.compile(
    r"\b(?:record|than|doubl\w*|tripl\w*|exceed\w*|eclips\w*|surpass\w*|topp\w*|beat\w*"
    r"|compar\w*|versus|vs)\b",
    re.IGNORECASE,
)
#: Words that bring in an earlier record ("its previous record", "the old record", "il record
#: precedente", "le précédent record", "el récord anterior", "der bisherige Rekord").
_EARLIER_RECORD = re.compile(
    r"\b(?:previous|prior|old|earlier|former|last|precedente|précédent|anterior|bisherige\w*|"
    r"vorherige\w*)\s+(?:\w+\s+){0,3}?(?:record|rekord|récord)|\b(?:record|récord|rekord)\s+"
    r"(?:precedente|précédent|anterior|antérieur)",
    re.IGNORECASE,
)


def undated_history(fig: Figure, claim: Claim, ctx: FigureContext, doc: Document) -> bool:
    """Is the record a session weeks before the one the record is about (Nvidia's 9% fall of
    September 2024, held for comparison with the rout), the figure written to fewer than three
    digits, and its sentence neither dates it (its year or month) nor speaks of an earlier
    record? Then a bare percentage or sum is some other move ("Dell Technologies also fell, by
    between 2.1% and 8.7%"), not that one."""
    as_of, focal = claim.scope.as_of, focal_day(doc.claimset)
    if claim.kind not in SESSION_KINDS or as_of is None or focal is None:
        return False
    if abs((as_of - focal).days) <= _MONTH:
        return False
    # a sentence that names DeepSeek as the cause speaks of a later session ("The DeepSeek
    # scare wiped $279 billion from Nvidia" is no restatement of September 2024's loss) unless
    # it compares the figure with another ("more than double the $279 billion record")
    since = released_since(ctx, doc, doc.claimset)
    caused_later = since is not None and as_of < since and not _COMPARED.search(ctx.sentence)
    if significant_digits(fig) >= 3 and not caused_later:
        return False  # (three digits restate it: "279 miliardi di dollari")
    lo, hi = ctx.sentence_start, ctx.sentence_start + len(ctx.sentence)
    dated = any(
        f.kind == "date" and (f.year == as_of.year or f.month == as_of.month)
        for f in doc.figures_between(lo, hi)
    )
    return (
        not dated
        and as_of.year not in ctx.sentence_years
        and not _EARLIER_RECORD.search(ctx.sentence)
    )


_MONTH = 31


#: Words of a session after the one the record dates, carrying on its move.
_ANOTHER_SESSION = re.compile(
    r"\b(?:another|again|further|extend\w*|continu\w*|deepen\w*|resum\w*|added to|follow-?up"
    r"|second (?:day|session|straight|wave)|aftermath|next day|days? after|rebound\w*"
    r"|recover\w*|bounced? back)\b",
    re.IGNORECASE,
)
#: What makes a sentence about the rout itself: its size in history or its own figures.
_THE_ROUT_ITSELF = re.compile(
    r"\b(?:record|historic\w*|biggest|largest|worst|steepest)\b|\b1[67](?:[.,]\d+)?\s?%"
    r"|\b(?:58\d|59\d|600)\s?(?:billion|bn\b|B\b)",
    re.IGNORECASE,
)


def later_session(fig: Figure, ctx: FigureContext, claim: Claim) -> bool:
    """Is the date a session after the one the record dates, in a sentence that carries its
    move on ("fell another 4.1% on January 29, extending the DeepSeek rout") and gives it none
    of the rout's own marks ("its record one-day loss", "17%", "$589 billion")?"""
    value = claim.value
    if not claim.scope.phase.startswith("trading_day") or not isinstance(value, DateValue):
        return False
    day = value.date
    later = (fig.year or day.year, fig.month or 0, fig.day or 0) > (day.year, day.month, day.day)
    return (
        later
        and _ANOTHER_SESSION.search(ctx.sentence) is not None
        and _THE_ROUT_ITSELF.search(ctx.sentence) is None
    )
