"""Dates: linked by their value to dated records, refuted only when the text names the
subject's event and no recorded event has that date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from r1claims.checker.context import VARIANT_WORDS
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.linking import best_fit, is_relevant, tags_fit
from r1claims.checker.neighbours import list_header
from r1claims.checker.predicate import event_after
from r1claims.checker.releases import names_entity, relative_to, release_stated
from r1claims.checker.scopewords import find_scope_tags
from r1claims.checker.sessions import later_session, the_rout
from r1claims.checker.verdict import Judgement, explain_claim, verdict_for_link
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, DateValue

__all__ = ["event_date", "judge_date"]


def _part(fig: Figure) -> bool:
    """Is the date a part of a year or month ("early 2025", "late January")?"""
    return fig.qualifier == "range" and fig.lower is not None and fig.upper is not None


def _in_part(fig: Figure, target: dt.date, precision: str) -> bool:
    """Does a part of a year hold the record's date (known to ``precision``)? A part of a
    month ("early January") is read as the month: too vague to tell one day from another."""
    if not _part(fig) or fig.month is not None or fig.lower is None or fig.upper is None:
        return True  # (the last two for the type checker: `_part` asks them)
    return precision == "year" or fig.lower <= target.month <= fig.upper


def _date_fits(fig: Figure, claim: Claim, *, deadline: bool = False) -> bool:
    value = claim.value
    target: dt.date | None = value.date if isinstance(value, DateValue) else claim.scope.as_of
    if target is None:
        return False
    if deadline and fig.year and fig.month and fig.day:
        stated = dt.date(fig.year, fig.month, fig.day)
        return stated - dt.timedelta(days=31) <= target <= stated
    if fig.year is not None and fig.year != target.year:
        return False
    if fig.month is not None and fig.month != target.month:
        return False
    known_to = value.precision if isinstance(value, DateValue) else "day"
    precise = known_to == "day"
    if not _in_part(fig, target, known_to):
        return False  # "early 2025" (January to April), "late January" (the 20th on)
    return not (fig.day is not None and precise and fig.day != target.day)


_BY = re.compile(r"\b(?:by|before|until|no later than|as early as)\s*$", re.IGNORECASE)
#: A date the event came after ("launched soon after December 26, 2024", "weeks after"): a
#: point of reference, the day of no event of the clause's subject.
_AFTER = re.compile(
    r"(?:\bafter|\bfollowing|\bin the wake of|\bapr[eè]s|\bdespu[eé]s del?|\bdopo|\bap[oó]s"
    r"|\bdepois d[eo])\s*(?:the\s+|le\s+|el\s+|il\s+|o\s+)?$",
    re.IGNORECASE,
)


def judge_date(
    fig: Figure,
    ctx: FigureContext,
    cs: ClaimSet,
    dates: list[Claim],
    before: str,
    *,
    certain: bool = True,
    release_certain: Callable[[], bool] = lambda: False,
) -> Judgement:
    """A date: linked to a dated record by value and context; refuted only when the text names
    the subject's event, no recorded event has that date, and ``certain`` (no kind of sentence
    that may give it to another; ``release_certain``: see `_another_events_day`)."""
    by = _BY.search(before) is not None  # "by January 27": any earlier date fits too, unless
    other = ctx.foreign or ctx.unknown_name  # another's event ("by January 30, Huawei Cloud")
    # "Jan. 24's closing price": the date of what its possessive names, not certainly an event's
    mine = not ctx.text_after.startswith(("'s ", "’s "))
    deadline, certain = by and not other, certain and mine and not (by and other)
    if _AFTER.search(before):  # no event of the subject is of that day: judged by value only
        judged = judge_date(fig, ctx, cs, dates, "", certain=False)
        return judged if judged.verdict == "supported" else _undated()
    # a model the record lacks: no other event than its clause names ("release R2 in May")
    unheld = ctx.other_model or ctx.sibling is not None
    fitting = [
        c
        for c in dates
        if _fits_date_context(c, ctx)
        and _date_fits(fig, c, deadline=deadline)
        and not (unheld and tags_fit(ctx, c) is False)
    ]
    dated = [c for c in fitting if isinstance(c.value, DateValue)]
    fitting = dated or fitting  # an event's own date before a figure's as-of date
    if fig.year is None and fig.day is not None:
        # a day with no year ("released on July 3") is not a month's record's ("founded in
        # July 2023") unless the text names the record's event
        fitting = [c for c in fitting if not _month_record(c) or tags_fit(ctx, c)]
    wrong_release = _another_events_day(fig, ctx, cs, dates, fitting, release_certain)
    if wrong_release is not None:
        return wrong_release
    if fitting:
        best, _ = best_fit(ctx, cs, [(c, 1.0) for c in fitting], None)
        if is_relevant(ctx, best, cs) or tags_fit(ctx, best):
            return verdict_for_link(fig, ctx, best, cs)
    subjects = ctx.subjects or (ctx.prior[:1] if _CARD_LABEL.fullmatch(ctx.lead) else [])
    # a spec card's "Release Date: 27 Dec 2024" under its model's name is that model's
    named = [c for c in dates if isinstance(c.value, DateValue) and c.subject in subjects]
    if event_after(fig, ctx.sentence, ctx.sentence_start):  # not one only in the event after
        named = [c for c in named if c.subject in ctx.named_before]  # ("X on May 2 after R1")
    pinned = _nearest_event(ctx, cs, [c for c in named if tags_fit(ctx, c) is True])
    # sources' dates of one event (founded July 2023 per one, May 2023 per another) pin it: a
    # date outside their span widened by their gap is refuted, naming every source's date
    pinned = _latest_session(fig, ctx, pinned)
    sources = pinned
    if _one_event(pinned):
        pinned = [c for c in pinned if c.status != "unverified"][:1] if _beyond(fig, pinned) else []
    elif any(c.status == "unverified" for c in pinned):
        pinned = []  # a record the checker would not support a date from refutes none
    # a date the record knows for another event is that one's ("a market event on Jan 27")
    known = any(_date_fits(fig, c) for c in dates if isinstance(c.value, DateValue))
    # (a model of the company the record lacks has its own dates: "DeepSeek LLM (Released ...")
    if (
        certain
        and len(pinned) == 1
        and (fig.month is not None or _part(fig))
        and not known
        and ctx.sibling is None
        and _certain_event(ctx, pinned[0])
        and not _another_day(fig, ctx, cs, pinned[0])
    ):
        others = "; ".join(explain_claim(c) for c in sources if c is not pinned[0])
        return Judgement(
            "refuted",
            f"The record dates it otherwise: {explain_claim(pinned[0])}"
            + (f"; {others}." if others else "."),
            pinned[0],
            ["wrong_date"],
        )
    return _undated()


def _undated() -> Judgement:
    """A new judgement (its caller adds its basis) of a date no record dates here."""
    return Judgement("unverifiable", "No dated record matches this date in this context.")


def _latest_session(fig: Figure, ctx: FigureContext, pinned: list[Claim]) -> list[Claim]:
    """Of trading days pinned, the latest when the text speaks of the rout ("Nvidia's record
    one-day rout came on ..."), not the earlier drops the record holds for comparison; unless
    the date is of another year or season than the latest ("Nvidia's historic plunge on
    September 3, 2024" is the earlier record's day)."""
    phases = {c.scope.phase for c in pinned}
    if len(phases) != 1 or not str(phases.pop()).startswith("trading_day"):
        return pinned
    if not the_rout(fig, ctx):
        return pinned
    last = max((c.value.date for c in pinned if isinstance(c.value, DateValue)), default=None)
    near = last is not None and (fig.year is None or fig.year == last.year)
    if near and last is not None and fig.month is not None:
        near = abs(fig.month - last.month) <= 1
    if not near:
        return pinned
    return [c for c in pinned if isinstance(c.value, DateValue) and c.value.date == last]


def _another_events_day(
    fig: Figure,
    ctx: FigureContext,
    cs: ClaimSet,
    dates: list[Claim],
    fitting: list[Claim],
    certain: Callable[[], bool],
) -> Judgement | None:
    """ "On January 27, 2025, DeepSeek unveiled a model called R1": the day of another event the
    record holds (the rout), given to a release the record dates otherwise, is refuted."""
    found = release_stated(ctx, cs, dates) if fitting else None
    if found is None:
        return None
    released, between = found
    if (
        fig.month is None
        or _part(fig)  # "early January": too vague to be another event's day
        or any(c.subject == released.subject for c in fitting)
        # the date's clause names what the day is of ("On January 27, 2025, Nvidia lost $589
        # billion, a week after DeepSeek released R1")
        or any(names_entity(cs, c.subject, between) for c in fitting)
        or _date_fits(fig, released)
        or not _certain_event(ctx, released)
        or relative_to(fig, ctx, cs, released.subject)
        or not certain()
    ):
        return None
    return Judgement(
        "refuted",
        f"The record dates it otherwise: {explain_claim(released)}.",
        released,
        ["wrong_date"],
    )


def _framing_events(ctx: FigureContext, cs: ClaimSet, pinned: list[Claim]) -> list[Claim]:
    """Of the events the words pin, the framing subject's: "DeepSeek released R1 on ..." is
    R1's release, not the company's; "OpenAI's o1 model was released on Sept. 12, 2024, four
    months ahead of DeepSeek's R1 release" is the release of the model named in the date's
    clause, which the record does not date, not R1's."""
    own = [c for c in pinned if c.subject == ctx.framing_subject]
    framing = ctx.framing_subject
    if (
        not own
        and ctx.framing_named
        and framing is not None
        and cs.entity_type(framing) in ("model", "app")
    ):
        return []
    return own or pinned


def _nearest_event(ctx: FigureContext, cs: ClaimSet, pinned: list[Claim]) -> list[Claim]:
    """Of the events the clause's words pin, the ones its words right before the date name
    ("The company, founded in December 2023, has released a model" dates the founding, not a
    release), else the framing subject's (`_framing_events`). The event named right before
    the date is its own whatever the clause names after it ("The company, founded in December
    2023 ..., has released a model, DeepSeek-R1")."""
    near = find_scope_tags(ctx.lead[-_NEAR_EVENT:])
    own = [c for c in pinned if any(c.kind in t.kinds and c.scope.phase in t.phases for t in near)]
    return own if own and ctx.framing_after else _framing_events(ctx, cs, own or pinned)


#: How far before a date its own event word stands ("founded in ", "was released on ").
_NEAR_EVENT = 25


def _month_record(claim: Claim) -> bool:
    return isinstance(claim.value, DateValue) and claim.value.precision != "day"


def _one_event(claims: list[Claim]) -> bool:
    """Are these dated records one event as several sources date it: the same subject and
    phase, within a season of each other (not Nvidia's rout and its last larger drop)?"""
    days = [c.value.date for c in claims if isinstance(c.value, DateValue)]
    return (
        len(claims) > 1
        and len(days) == len(claims)
        and len({(c.subject, c.scope.phase) for c in claims}) == 1
        and (max(days) - min(days)).days <= _SEASON
    )


_SEASON = 92


def _beyond(fig: Figure, claims: list[Claim]) -> bool:
    """Is the date's month outside the sources' months, widened on each side by as many
    months as they disagree (May and July 2023: March to September)?"""
    months = [
        c.value.date.year * 12 + c.value.date.month
        for c in claims
        if isinstance(c.value, DateValue)
    ]
    if not months or (fig.month is None and not (_part(fig) and fig.year)):
        return False
    year = fig.year or (min(months) - 1) // 12
    spread = max(months) - min(months)
    if fig.month is None:  # a part of a year: all of its months outside
        first, last = year * 12 + int(fig.lower or 1), year * 12 + int(fig.upper or 12)
        return last < min(months) - spread or first > max(months) + spread
    month = year * 12 + fig.month
    return month < min(months) - spread or month > max(months) + spread


#: The label of a spec card's line or item ("Release Date: ", "... · Release Date "), the whole
#: of what precedes a date.
_CARD_LABEL = re.compile(r"\s*[A-Z][A-Za-z ]{2,30}:\s*|.*[·•|]\s*[A-Z][A-Za-z ]{2,30}:?\s*")
#: A record of a first event ("DeepSeek's first open model repository") is named by these.
_FIRST = re.compile(r"\bfirst\b|\bearliest\b|\binitial\b|\bdebut", re.IGNORECASE)
#: An update of a model is another release, with a date of its own ("an updated R1
#: checkpoint", "the upgraded model", "a new version of R1").
_UPDATE = re.compile(
    r"\bupdat(?:e|ed|es)\b|\bupgrad|\bnew version|\bcheckpoint|\brefresh", re.IGNORECASE
)


def _certain_event(ctx: FigureContext, claim: Claim) -> bool:
    """Is the event the text dates the record's, beyond doubt? Not when the record's is a
    first event the text does not call first, not for an update of the model, and not when a
    name the record does not know stands nearer the date than every name it knows ("MiniMax
    M1, launched in June 2025, ... second only to DeepSeek R1") or a versioned model it does
    not hold stands before it ("Qwen2.5-Max, launched on January 29, 2025")."""
    if _FIRST.search(claim.scope.covers) and not _FIRST.search(ctx.sentence):
        return False
    header = list_header(ctx.preceding, len(ctx.preceding))
    if _UPDATE.search(ctx.sentence) or (header and _UPDATE.search(ctx.preceding[slice(*header)])):
        return False  # an update, or an item of a list of updates ("Latest model updates:")
    if _VARIANT.search(ctx.lead):
        return False  # a variant of a model before the date ("the R1 Lite Preview on ...")
    if claim.scope.phase != "publication" and _ARXIV.search(ctx.sentence):
        return False  # "posted to arXiv on December 27, 2024": the preprint's day, not the release
    after = ctx.framing_after and claim.subject == ctx.framing_subject
    # (or, with no subject, the record's named only after the date, in its clause)
    named = claim.subject in ctx.clause_names and claim.subject not in ctx.named_before
    unframed = ctx.framing_subject is None and named
    if (after or unframed) and any("date" in t.kinds for t in find_scope_tags(ctx.lead)):
        return False  # "the report SemiAnalysis released on July 3, user traffic surged after
        # the R1 model was released": the event word before the date is not the later name's
    return not ctx.foreign and not ctx.other_model


def _another_day(fig: Figure, ctx: FigureContext, cs: ClaimSet, claim: Claim) -> bool:
    """Is the date, by its sentence, another day than the record's event's: a later session,
    an anniversary, a day dated by the event ("a day after R1's release"), or any trading day
    when the sentence is not about the rout ("Nvidia's stock hit a record high on Jan. 7")?"""
    return (
        (str(claim.scope.phase).startswith("trading_day") and not the_rout(fig, ctx))
        or later_session(fig, ctx, claim)
        or _anniversary(fig, ctx, claim)
        or relative_to(fig, ctx, cs, claim.subject)
    )


def _anniversary(fig: Figure, ctx: FigureContext, claim: Claim) -> bool:
    """Is the date the record's day in a later year, in a sentence that counts the years since
    ("2026年1月20日，R1 发布满一周年", "jährte sich zum ersten Mal")? (A first anniversary on
    another day gives the event a wrong day.)"""
    value = claim.value
    return (
        isinstance(value, DateValue)
        and (fig.year or 0) > value.date.year
        and (fig.month, fig.day) == (value.date.month, value.date.day)
        and _YEARS_SINCE.search(ctx.sentence) is not None
    )


#: Words that count the years since an event: an anniversary.
_YEARS_SINCE = re.compile(
    r"anniversar|周年|jährt|jahrestag|aniversári|aniversario|cumpl\w* (?:un|el primer) año|주년"
    r"|\b(?:a|one|two) years? (?:after|since|on|later)\b|un an après|ein jahr nach",
    re.IGNORECASE,
)


#: A preprint server named in the sentence: its date is the preprint's, not a release's.
_ARXIV = re.compile(r"arxiv", re.IGNORECASE)
#: A versioned name followed by a variant word ("R1 Lite Preview", "Gemini 2.0 Flash").
_VARIANT = re.compile(r"(?<![A-Za-z0-9])[A-Z][\w.-]*\d[\w.]*[\s-]" + VARIANT_WORDS)


def _fits_date_context(claim: Claim, ctx: FigureContext) -> bool:
    return isinstance(claim.value, DateValue) or bool(set(ctx.subjects) & {claim.subject})


#: What may stand between a market figure and the date of its session: "on", a weekday ("$595
#: billion on Monday, January 29, 2025", "18% يوم الإثنين 29 يناير 2025"), Monday and Tuesday
#: in more languages. Anything else ("a low not seen since October 1") dates something else.
_EVENT_GAP = re.compile(
    # the measure the figure is of may come first ("$589 billion in market value on Jan. 28")
    r"(?:\s+(?:in|of|off)\s+(?:its\s+)?(?:stock\s+)?market\s+(?:value|cap\w*|worth))?"
    r"\s*(?:(?:on|el|le|am|il|no dia|op|pada|يوم)\s+)?"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|lunes|martes|montag|dienstag"
    r"|luned[iì]|marted[iì]|segunda-feira|ter[cç]a-feira|maandag|dinsdag|senin|selasa"
    r"|pazartesi|salı|ال[إا]ثنين|الثلاثاء),?\s+)?",
    re.IGNORECASE,
)


def event_date(fig: Figure, event: Claim, between: str, dates: list[Claim]) -> Judgement | None:
    """A date written right after a market figure the record holds ("a loss of $595 billion on
    Monday, January 29, 2025") is the date of that figure's session: refuted when the record
    dates the session otherwise, to the day; supported when it is the session's day and the
    record dates that day for the same subject (among ``dates``: "shares sank 17% on January
    27" is the day of Nvidia's rout). Only market data is dated by its session (other
    records' ``as_of`` is when they were stated)."""
    as_of = event.scope.as_of
    if (
        as_of is None
        or event.scope.basis != "market_data"
        or event.scope.as_of_precision not in (None, "day")
        or fig.day is None
        or fig.month is None
        or not _EVENT_GAP.fullmatch(between)
    ):
        return None
    year = fig.year if fig.year is not None else as_of.year
    if (year, fig.month, fig.day) == (as_of.year, as_of.month, as_of.day):
        return _the_session(event, dates)
    return Judgement(
        "refuted",
        f"The record dates this session {as_of.day} {as_of:%b %Y}: {explain_claim(event)}.",
        event,
        ["wrong_date"],
        basis="event",
    )


def _the_session(event: Claim, dates: list[Claim]) -> Judgement | None:
    """The record's date of ``event``'s session, as a judgement supporting the date."""
    day = next((c for c in dates if _the_sessions_day(c, event)), None)
    if day is None:
        return None
    return Judgement(
        "supported", f"The day of that session: {explain_claim(day)}.", day, basis="event"
    )


def _the_sessions_day(claim: Claim, event: Claim) -> bool:
    """Is ``claim`` the record's date, to the day, of the session ``event`` is of, for the
    same subject?"""
    value = claim.value
    return (
        isinstance(value, DateValue)
        and value.precision == "day"
        and value.date == event.scope.as_of
        and claim.subject == event.subject
        and claim.status != "unverified"
    )
