"""Pinning: the records a figure's words point at whatever its value, so that a value outside
all of them can be held against the text (`pin_claims`). Refuting needs this certainty: the
subject named, the measure and scope words fitting one quantity, no other record or variant of
that subject fitting."""

from __future__ import annotations

import re
from typing import Any

from r1claims.checker.candidates import bound_allows, rounding_fits, value_fits
from r1claims.checker.document import Document
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import ACTIVE, LEVEL_AFTER
from r1claims.checker.linking import (
    a_fall,
    a_rise,
    acceptable_subjects,
    after_figure,
    measure_named,
    said_to_fall,
    said_to_rise,
    tags_fit,
    tags_fitting,
    variant_named,
)
from r1claims.checker.moves import another_session, undated_move
from r1claims.checker.sessions import (
    SESSION_KINDS,
    another_weekday,
    other_time,
    released_since,
    session_weekday,
    the_rout,
)
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, Quantity

__all__ = ["pin_claims"]


def _scope_key(c: Claim) -> tuple[Any, ...]:
    unit = c.value.unit if isinstance(c.value, Quantity) else ""
    return (c.kind, c.scope.phase, c.scope.per, c.metric, unit, c.scope.as_of, c.scope.component)


#: Scope tags that each name one stage of training.
_STAGES = frozenset({"rl", "pretraining", "final_run", "full_run"})


def _composite(ctx: FigureContext) -> bool:
    return len({t.name for t in ctx.tags} & _STAGES) >= 2


def _other_models(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Does the sentence name a model or app of the claim's family other than its subject?"""
    family = cs.family(claim.subject)
    return any(
        s != claim.subject
        and cs.family(s) == family
        and cs.has_entity(s)
        and cs.entity(s).type in ("model", "app")
        for s in ctx.subjects
    )


def _other_time(ctx: FigureContext, claim: Claim) -> bool:
    """Does the figure's clause name years, none of them the record's? (Not for a benchmark
    score: "AIME 2024" names a year that is not the time of the score.)"""
    as_of = claim.scope.as_of
    return (
        as_of is not None and not claim.metric and bool(ctx.years) and as_of.year not in ctx.years
    )


def _framed_on(claim: Claim, subject: str, cs: ClaimSet) -> bool:
    """Is ``subject`` the claim's, or a model its supported quotes give it to?"""
    return subject == claim.subject or (
        cs.entity_type(subject) == "model" and subject in acceptable_subjects(claim)
    )


def _pinnable(ctx: FigureContext, c: Claim, cs: ClaimSet) -> bool:
    """Do the text's subject, benchmark and words point at this record?"""
    return (
        (c.subject in ctx.subjects or variant_named(c.subject, ctx))
        and c.status != "wrong"
        # an analyst's disputed estimate makes no figure certainly wrong ("DeepSeek operates
        # optimally with around 300 H100 GPUs" is no contradiction of ~50,000 in its fleet)
        and not (c.status == "disputed" and c.scope.basis == "analyst_estimate")
        and (not c.metric or c.metric in ctx.metrics)
        and tags_fit(ctx, c) is not False
        and measure_named(ctx, c)
        # a company's record of what its models have ("DeepSeek's 30B experiment model") is
        # pinned by scope words, not by the company's name: "the DeepSeek LLM made waves with
        # its 67 billion parameters" is about another of its models
        and not (_model_attribute_of_company(c, cs) and tags_fit(ctx, c) is not True)
    )


def _model_attribute_of_company(claim: Claim, cs: ClaimSet) -> bool:
    """A company's record of a model's size or score (not of its own money or fleet)."""
    value = claim.value
    unit = value.unit if isinstance(value, Quantity) else ""
    company = cs.has_entity(claim.subject) and cs.entity(claim.subject).type == "organisation"
    return company and (unit == "parameter" or bool(claim.metric))


#: Comparison words shortly before a figure, in its clause.
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared (?:to|with)|versus|vs\.?|instead of)\b[^,;.()]{0,40}$", re.IGNORECASE
)
#: "from" or "to" right before a figure (not "up to", a bound).
_FROM_OR_TO = re.compile(
    r"(?<!\bup )(?<!close )(?<!equal )(?<!amounted )(?<!amounting )(?<!equivalent )"
    r"\b(?:from|to)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|just\s+)?$",
    re.IGNORECASE,
)
#: Comparison words after a figure (not a bound on a time: "in less than a day").
_COMPARED_AFTER = re.compile(
    r"\b(?:than(?!\s+(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:full\s+)?(?:days?"
    r"|hours?|weeks?|months?|years?|minutes?|sessions?|trading days?)\b)"
    r"|compared (?:to|with)|versus|vs\.?|unlike|double|twice|triple|half|times"
    r"|against|rivall?(?:s|ing)?|beat(?:s|ing)?|outperform\w*|compet\w* with)\b",
    re.IGNORECASE,
)


def _on_weekday(claim: Claim, day: int) -> bool:
    """Is the record a trading session's, known to the day, on that weekday?"""
    as_of = claim.scope.as_of
    return (
        claim.kind in SESSION_KINDS
        and as_of is not None
        and claim.scope.as_of_precision in (None, "day")
        and as_of.weekday() == day
    )


def _of_the_day(
    fig: Figure,
    ctx: FigureContext,
    cs: ClaimSet,
    pinned: list[Claim],
    doc: Document | None,
) -> list[Claim]:
    """The pinned records of the day the sentence names: its year, its weekday, or the day of
    a record another of its figures restates."""
    in_year = [
        c for c in pinned if c.scope.as_of is not None and c.scope.as_of.year in ctx.sentence_years
    ]
    if in_year:  # "lost $750 billion on 27 January 2025": that day's figures, not 2024's
        pinned = in_year
    end = ctx.sentence_start + len(ctx.sentence)
    beside = doc.figures_between(ctx.sentence_start, end) if doc is not None else []
    dates = {(g.month, g.day) for g in beside if g.kind == "date" and g.day is not None}
    on_date = [
        c for c in pinned if c.scope.as_of and (c.scope.as_of.month, c.scope.as_of.day) in dates
    ]
    if on_date:  # "On January 27, Nvidia lost $200 billion": that day's records
        pinned = on_date
    day = session_weekday(ctx)
    on_day = [c for c in pinned if day is not None and _on_weekday(c, day)]
    if on_day:  # "On Monday, Nvidia suffered a $100 billion loss": that Monday's session, not
        # the record loss of a September day
        pinned = on_day
    since = released_since(ctx, doc, cs) if doc is not None else None
    after = [c for c in pinned if since is not None and c.scope.as_of and c.scope.as_of >= since]
    if (
        after
        and len({c.scope.as_of for c in pinned}) > 1
        and all(c.kind in SESSION_KINDS for c in pinned)
    ):
        pinned = after  # "DeepSeek caused a $1T Nvidia stock drop": not September 2024's loss
    sessions = {c.scope.as_of for c in pinned if c.scope.as_of is not None}
    if len(sessions) > 1 and all(c.kind in SESSION_KINDS for c in pinned) and the_rout(fig, ctx):
        # "the world's biggest one-day loser, with $560 billion wiped off its value": the
        # record-setting session, the latest the record holds, not the earlier records it beat
        pinned = [c for c in pinned if c.scope.as_of == max(sessions)]
    if len({c.scope.as_of for c in pinned}) > 1 and not other_time(ctx.sentence):
        # "down 17%, wiping out $560 billion": the sentence's other figure, in another unit,
        # restates one day's record of that subject, which dates this one ("$600 billion of
        # it Nvidia's own" does not date "$1 trillion")
        other = tuple(g for g in beside if g is not fig and g.unit != fig.unit)
        days = _days_restated(other, {c.subject for c in pinned}, cs)
        pinned = [c for c in pinned if c.scope.as_of in days] or pinned
    return pinned


def _days_restated(neighbours: tuple[Figure, ...], subjects: set[str], cs: ClaimSet) -> set[Any]:
    """The days of the dated records of ``subjects`` whose values ``neighbours`` restate, in
    the record's own unit."""
    return {
        c.scope.as_of
        for g in neighbours
        for c in cs.claims
        if c.subject in subjects
        and c.scope.as_of is not None
        and isinstance(c.value, Quantity)
        and c.value.unit == g.unit
        and value_fits(g, c, 1.0)
    }


def _time_series(pinned: list[Claim], candidates: list[tuple[Claim, float]]) -> bool:
    """Is the pinned measure a level that changes over time (a fund's assets, a share price)
    and does the record hold it at several different times?"""
    kinds = {(c.subject, c.kind) for c in pinned if c.kind in _LEVELS}
    times = {c.scope.as_of for c, _ in candidates if (c.subject, c.kind) in kinds}
    return len(times) > 1


#: Claim kinds that are levels a quantity has at a time, not events.
_LEVELS = frozenset({"assets_under_management", "share_price", "count"})


def _own_quantity(
    fig: Figure, ctx: FigureContext, cs: ClaimSet, pinned: list[Claim]
) -> list[Claim]:
    """The pinned records that are the same quantity as the figure: not at another time ("closed
    2024 up 804%"), not in another direction ("up" for a record of a fall), not the other side
    of a comparison ("50 times less than the reported $250 million estimate"), and not of a
    subject named only in a comparison after the figure ("1.2 trillion parameters, double the
    capacity of R1")."""
    after = after_figure(fig, ctx)
    rise = said_to_rise(fig, ctx)
    fall = said_to_fall(ctx)
    pinned = [
        c
        for c in pinned
        if not _other_time(ctx, c)
        and not (rise and a_fall(c))
        and not (fall and c.kind.endswith("_change") and a_rise(c))  # "plummeting 21%"
        # the day's deepest fall is contradicted by a deeper one ("down 21% at one point"),
        # not by a level passed on the way ("was down 12.5% at one point"), unless the text
        # makes it the deepest ("at its intraday low")
        and not (_passed_on_the_way(fig, c) and not _DEEPEST.search(ctx.sentence))
        # a move outside the session is no session's ("dropped 2% after the closing bell")
        and not (c.kind in SESSION_KINDS and _OFF_SESSION.search(ctx.sentence))
        and not _another_scale(fig, c)
        and not undated_move(fig, ctx, c, cs)  # "Nvidia shares slid 4% on Wednesday"
    ]
    if _COMPARED_BEFORE.search(ctx.lead[-50:]):
        return []
    if _FROM_OR_TO.search(ctx.lead[-30:]) or LEVEL_AFTER.match(after):  # "its valuation fell
        # from $3.5 trillion to $2.9 trillion", "with a $3.5 trillion market cap": a level, not
        # the change a record of a fall or a loss holds
        pinned = [c for c in pinned if not c.kind.endswith("_change")]
    if _COMPARED_AFTER.search(after):
        before = {cs.family(r) for r in ctx.named_before}
        pinned = [c for c in pinned if cs.family(c.subject) in before]
    return pinned


def _another_scale(fig: Figure, c: Claim) -> bool:
    """Is the figure a million times smaller or larger than the record's sum? Then it measures
    something else ("Nvidia stock dropped $24": a share's move, not the $589 billion of market
    value), however the clause names the record's measure."""
    value = c.value
    if not isinstance(value, Quantity) or value.unit != fig.unit or not value.amount:
        return False
    ratio = abs(fig.value / value.amount) if fig.value else 0.0
    return not _SCALE <= ratio <= 1 / _SCALE


#: How far apart two sums may lie and still be one measure's values, stated or wrong.
_SCALE = 1e-6


def _passed_on_the_way(fig: Figure, c: Claim) -> bool:
    """Is the figure a move shallower than a record of the day's deepest (intraday) move?"""
    value = c.value
    if c.scope.phase != "intraday" or not isinstance(value, Quantity):
        return False
    ends = [abs(v) for v in (value.lower, value.upper, value.amount) if v is not None]
    return abs(fig.value) < min(ends)


#: Trading outside a session (not the session with it: "including after-hours trading").
_OFF_SESSION = re.compile(
    r"(?<!including )(?<!plus )\b(?:after[- ]hours|after the (?:close|bell|closing bell)"
    r"|pre-?market|extended trading|futures|overnight trading)\b",
    re.IGNORECASE,
)
#: Words that make an intraday move the day's deepest.
_DEEPEST = re.compile(
    r"\b(?:as much as|at (?:its|the) (?:low|lowest|worst|bottom|trough)|intraday low|up to"
    r"|at worst)\b",
    re.IGNORECASE,
)

#: Units whose values lie between 0 and 100: a larger bare number is not one of them.
_HUNDREDTHS = frozenset({"percent", "percentile"})


def _scores_of_named_benchmarks(
    fig: Figure, ctx: FigureContext, pinned: list[Claim]
) -> list[Claim]:
    """A bare number is held only against scores on a benchmark its sentence names ("R1 scored
    1,962 on Codeforces"): of its subject's records, those of that benchmark, and not a share
    or percentile when the number is above 100 (a Codeforces rating)."""
    if fig.unit != "number":
        return pinned
    return [
        c
        for c in pinned
        if c.metric in ctx.metrics
        and not (
            abs(fig.value) > 100 and isinstance(c.value, Quantity) and c.value.unit in _HUNDREDTHS
        )
    ]


def _another_fits(
    fig: Figure,
    ctx: FigureContext,
    candidates: list[tuple[Claim, float]],
    pinned: list[Claim],
    rounded: frozenset[str],
    cs: ClaimSet,
) -> bool:
    """Does another record or variant of the pinned subject (or of the company's models: "a
    Chinese start-up built it for $1-5M") fit the figure? A rounded variant ("close to $600
    billion") only when the figure could be its rounding; not an earlier session's record
    when the sentence ties the figure to the rout, nor a rise for a figure said to fall."""
    fall = said_to_fall(ctx)
    subjects = {p.subject for p in pinned}
    return any(
        (value_fits(fig, c, f) and (c.id not in rounded or rounding_fits(fig, c, f)))
        # "18,000+ GPUs" does not contradict about 50,000, nor "25% intraday" a fall of more
        # than 18% (the record's own bound: only a record the words pin)
        or bound_allows(fig, c, f, record_side=c in pinned)
        for c, f in candidates
        if (c.subject in subjects or cs.family(c.subject) in subjects)
        and not another_session(fig, ctx, c)
        and not (fall and c.kind.endswith("_change") and a_rise(c))  # "plummeted 8.9%"
    )


def pin_claims(
    fig: Figure,
    ctx: FigureContext,
    candidates: list[tuple[Claim, float]],
    cs: ClaimSet,
    rounded: frozenset[str] = frozenset(),
    doc: Document | None = None,
) -> list[Claim]:
    """The records the text's subject, benchmark and scope words point at, whatever the value:
    the nearest named entity's claims (or a variant's the text names: "the distilled R1"),
    narrowed to one scope when the words allow it.

    Nothing is pinned (so nothing refuted) when the clause names a model that has no such
    record ("$6.3 million for R1 model development": the company's spending is not R1's), or
    names scope words of two training stages at once ("covering both pretraining and RL": a
    sum the record does not state)."""
    if _composite(ctx) or ctx.framing_from_predicate:
        return []
    pinnable = [c for c, _ in candidates if _pinnable(ctx, c, cs)]
    pinned = _own_quantity(fig, ctx, cs, pinnable)
    if not pinned:
        return []
    if ctx.framing_named and ctx.framing_subject is not None:
        # the record's subject, or a model its quotes give the figure to as well ("For the
        # training of DeepSeek-R1-Zero, we employed 64*8 H800 GPUs" for R1's RL GPUs)
        pinned = [c for c in pinned if _framed_on(c, ctx.framing_subject, cs)]
        if not pinned:
            return []
    else:  # no subject of its own: certain only when the sentence names no other model of
        # that family ("DeepSeek's spend: the DeepSeek-V3 model ... for a total of $61 million"
        # may be the model's); the company that makes it does not count ("R1 from DeepSeek")
        pinned = [c for c in pinned if not _other_models(ctx, c, cs)]
        if not pinned:
            return []
    if _another_fits(fig, ctx, candidates, pinned, rounded, cs):
        return []  # another record or variant of that subject fits: not a contradiction
    variants = [c for c in pinned if variant_named(c.subject, ctx)]
    if variants:
        pinned = variants
    else:
        order = [ctx.framing_subject, *ctx.subjects] if ctx.framing_subject else ctx.subjects
        nearest = next(s for s in order if any(c.subject == s for c in pinned))
        if order and cs.family(order[0]) not in {cs.family(c.subject) for c in pinned}:
            return []  # the nearest name is another maker's, which the record has no such
            # figure of ("R1 reached 97.3%, beating Claude 3.5 Sonnet (95.1%)")
        pinned = [c for c in pinned if c.subject == nearest]
    if not ctx.sentence_years and session_weekday(ctx) is None and _time_series(pinned, candidates):
        return []  # "at its peak, the firm managed $12 billion": the record holds that measure
        # at several times, and the sentence names none
    pinned = _of_the_day(fig, ctx, cs, pinned, doc)
    if another_weekday(ctx, pinned):
        return []  # "wiped $130 billion off Nvidia on Thursday": a session the record lacks
    pinned = _scores_of_named_benchmarks(fig, ctx, pinned)
    if any(c.scope.per for c in pinned):  # "37B active" vs "671B total"
        active = bool(ACTIVE.search(ctx.clause)) or bool(ctx.per)
        pinned = [c for c in pinned if bool(c.scope.per) == active]
    if len({_scope_key(c) for c in pinned}) > 1:
        fitting = {c.id: tags_fitting(ctx, c) for c in pinned}
        most = max(fitting.values(), default=0)
        if most:
            pinned = [c for c in pinned if fitting[c.id] == most]
    if len({_scope_key(c) for c in pinned}) > 1:
        # several scopes and no words to choose: only the figure people usually mean (the one
        # most cited, by a clear margin) can be held against the text
        pinned = _most_cited(fig, pinned)
    return pinned


def _most_cited(fig: Figure, pinned: list[Claim]) -> list[Claim]:
    """Of the records in the figure's own unit, if any ("298 hours" is R1-Zero's run time, not
    its GPU-hours), the one coverage cites most, by a clear margin (twice the next), or none
    (several in that unit, one scope alone)."""
    own = [c for c in pinned if isinstance(c.value, Quantity) and c.value.unit == fig.unit]
    if own and len({_scope_key(c) for c in own}) == 1:
        return own
    ranked = sorted(own or pinned, key=lambda c: -len(c.citations))
    return ranked[:1] if len(ranked[0].citations) >= 2 * len(ranked[1].citations) else []
