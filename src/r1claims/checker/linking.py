"""Linking: which of a figure's candidate records it most likely is, and which records the text
pins whatever the value (for refutation).

The rules and weights are documented in `r1claims.checker.run` and docs/check.md.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz, process

from r1claims.checker.candidates import bound_allows, rounding_fits, value_fits
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.scopewords import (
    ACTIVE,
    CHANGE_WORDS,
    KIND_WORDS,
    LEVEL_BEFORE,
    RISE_AFTER,
    RISE_WORDS,
)
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, Quantity

__all__ = [
    "GENERIC_UNITS",
    "acceptable_subjects",
    "best_fit",
    "is_relevant",
    "measure_named",
    "not_a_fall",
    "pin_claims",
    "said_to_rise",
    "score_claim",
    "tags_fit",
    "variant_named",
]


def acceptable_subjects(claim: Claim) -> set[str]:
    """The claim's subject and those coverage gave it with a supported framing."""
    ok = {claim.subject}
    for cit in claim.citations:
        if cit.framing.verdict == "supported" and cit.framing.subject:
            ok.add(cit.framing.subject)
    return ok


def variant_named(subject: str, ctx: FigureContext) -> bool:
    """Does the sentence name ``subject`` as a variant of an entity it mentions? An id that
    extends another id names a variant (``deepseek-r1-distill`` of ``deepseek-r1``); the text
    names it when it mentions the parent and the variant's own word ("distilled")."""
    for parent in ctx.subjects:
        if parent not in ctx.roots and subject.startswith(parent + "-"):
            suffix = subject[len(parent) + 1 :].split("-", maxsplit=1)[0]
            words = (suffix[:5], *_VARIANT_WORDS.get(suffix[:5], ()))
            if suffix[:5] and any(w in ctx.sentence_lower for w in words):
                return True
    return False


#: A variant's word in the other languages coverage is written in ("versiones destiladas de
#: R1", "дистиллированных из DeepSeek-R1", "蒸馏版").
_VARIANT_WORDS = {"disti": ("destil", "дистил", "蒸馏", "蒸餾", "蒸留", "증류", "chưng cất")}


def attributed_subjects(claim: Claim) -> set[str]:
    return {c.framing.subject for c in claim.citations if c.framing.subject}


def tags_fit(ctx: FigureContext, claim: Claim) -> bool | None:
    """True when a scope word fits the claim's phase, False when none does, None if no words."""
    tags = [t for t in ctx.tags if claim.kind in t.kinds]
    if not tags:
        return None
    return any(claim.scope.phase in t.phases for t in tags)


def best_fit(
    ctx: FigureContext, cs: ClaimSet, fitting: list[tuple[Claim, float]], fig: Figure | None
) -> tuple[Claim, float]:
    """The candidate of highest `score_claim` (ties: the highest id), computing the fuzzy
    quote likeness, the costly term worth at most `_LIKENESS` points, only for candidates it
    could lift to the top."""
    base = [(score_claim(ctx, c, cs, fig, f, likeness=False), c.id, c, f) for c, f in fitting]
    top = max(b[0] for b in base)
    near = [b for b in base if b[0] >= top - _LIKENESS]
    if len(near) > 1:
        near = [(b[0] + quote_likeness(ctx, b[2]) / 50, b[1], b[2], b[3]) for b in near]
    _, _, claim, factor = max(near, key=lambda b: (b[0], b[1]))
    return claim, factor


#: The most `quote_likeness` adds to a score (a ratio of 0-100, divided by 50).
_LIKENESS = 2.0


def score_claim(
    ctx: FigureContext,
    claim: Claim,
    cs: ClaimSet,
    fig: Figure | None = None,
    factor: float = 1.0,
    *,
    likeness: bool = True,
) -> float:
    """How well a record fits the figure's context (weights in docs/check.md); ``likeness``:
    with the fuzzy likeness of the sentence to the record's quotes."""
    score = 0.0
    if ctx.framing_subject is not None and claim.subject == ctx.framing_subject:
        score += 1.5  # the entity the figure's own clause is about
    if fig is not None:
        score += closeness(fig, claim, factor)
    if ctx.subjects and claim.subject == ctx.subjects[0]:
        score += 3.5  # the entity named nearest the figure
    elif claim.subject in ctx.subjects or acceptable_subjects(claim) & set(ctx.subjects):
        score += 3
    elif attributed_subjects(claim) & set(ctx.subjects):
        score += 2
    elif {cs.family(s) for s in ctx.subjects} & {cs.family(claim.subject)}:
        score += 1
    elif not ctx.subjects and claim.subject in ctx.prior:
        score += 1  # a sentence that names nothing speaks of the entity of the one before
    fit = tags_fit(ctx, claim)
    score += {True: 2.0, False: -1.0, None: 0.0}[fit]
    if claim.metric and (claim.metric in ctx.metrics or claim.metric in ctx.prior_metrics):
        score += 2
    if claim.scope.estimator in ctx.subjects:
        score += 1
    if claim.scope.per and not ctx.per and not ACTIVE.search(ctx.clause):
        score -= 2  # a per-token figure ("37B activated") for text that says no "per" or "active"
    as_of = claim.scope.as_of
    if as_of is not None and ctx.years:  # "passed 100 billion yuan in 2021"
        score += 1.5 if as_of.year in ctx.years else -1.5
    if claim.scope.basis == "derived":
        score -= 1.5  # a figure no source states is the last thing a text means
    if claim.status == "established":
        score += 0.5
    elif claim.status == "unverified":
        score -= 1.0  # a figure the record could not source is the last one a text means
    return score + quote_likeness(ctx, claim) / 50 if likeness else score


def quote_likeness(ctx: FigureContext, claim: Claim) -> float:
    """rapidfuzz ``token_set_ratio`` (0-100) of the sentence with the claim's closest quote,
    kept for the document: every figure of a sentence asks it of the same candidates."""
    key = (ctx.sentence_start, claim.id)
    found = ctx.memo.get(key)
    if found is None:
        quotes = _lower_quotes(claim)
        best = process.extractOne(ctx.sentence_lower, quotes, scorer=fuzz.token_set_ratio)
        found = ctx.memo[key] = float(best[1]) if best else 0.0
    return found


def closeness(fig: Figure, claim: Claim, factor: float) -> float:
    """1 when the figure states the record's value at the figure's own precision, falling to 0
    one precision step away: "$589bn" is Bloomberg's $589B more than CNBC's "about $600B"."""
    value = claim.value
    if not isinstance(value, Quantity) or fig.precision <= 0:
        return 0.0
    distance = abs(abs(value.amount) - fig.value * factor) / (fig.precision * factor)
    return max(0.0, 1.0 - distance)


def _quotes_of(claim: Claim) -> list[str]:
    return [c.quote.lower() for c in claim.citations]


#: The claim's quotes, lowercased once (claims are immutable).
_lower_quotes = IdentityMemo(_quotes_of, limit=100_000)


def is_relevant(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Is the claim about the family of an entity named in the sentence (or, when the sentence
    names none of that family, in the sentence before: "It demands 16 GPUs")?"""
    families = {cs.family(claim.subject)}
    if not claim.metric:  # whoever priced or estimated a figure makes it relevant too; a
        families.add(cs.family(claim.scope.estimator))  # benchmark is about its subject only
    if any(cs.family(s) in families for s in ctx.subjects):
        return True
    return any(cs.family(s) in families for s in ctx.prior)


def _scope_key(c: Claim) -> tuple[Any, ...]:
    unit = c.value.unit if isinstance(c.value, Quantity) else ""
    return (c.kind, c.scope.phase, c.scope.per, c.metric, unit, c.scope.as_of, c.scope.component)


#: Units that do not say what is measured: a company has many dollar and percent figures
#: (earnings, market value, a share price's move over years). A figure in one of them is held
#: against a record only when its clause names the record's scope or benchmark.
GENERIC_UNITS = frozenset({"USD", "CNY", "percent", "number", "count", "day", "hour", "month"})


def measure_named(ctx: FigureContext, claim: Claim) -> bool:
    """Does the text pin the record's measure (beyond its unit)? For a generic unit, scope
    words that fit the claim's phase, or its benchmark, must be named."""
    value = claim.value
    unit = value.unit if isinstance(value, Quantity) else ""
    if unit not in GENERIC_UNITS:
        return True
    if claim.metric and claim.metric in ctx.metrics:
        return True
    if claim.kind.endswith("_change") and (
        not CHANGE_WORDS.search(ctx.clause) or LEVEL_BEFORE.search(ctx.lead[-40:])
    ):
        return False  # "a valuation of $2.9 trillion" is a level, not a change
    kind_words = KIND_WORDS.get(claim.kind)
    return tags_fit(ctx, claim) is True or bool(kind_words and kind_words.search(ctx.clause))


def tags_fitting(ctx: FigureContext, claim: Claim) -> int:
    """How many of the text's scope words fit the claim's phase."""
    return sum(1 for t in ctx.tags if claim.kind in t.kinds and claim.scope.phase in t.phases)


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


def _pinnable(ctx: FigureContext, c: Claim, cs: ClaimSet) -> bool:
    """Do the text's subject, benchmark and words point at this record?"""
    return (
        (c.subject in ctx.subjects or variant_named(c.subject, ctx))
        and c.status != "wrong"
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
    r"\b(?:than|compared (?:to|with)|versus|vs\.?)\b[^,;.()]{0,40}$", re.IGNORECASE
)
#: Comparison words after a figure.
_COMPARED_AFTER = re.compile(
    r"\b(?:than|compared (?:to|with)|versus|vs\.?|unlike|double|twice|triple|half|times"
    r"|against|rivall?(?:s|ing)?|beat(?:s|ing)?|outperform\w*|compet\w* with)\b",
    re.IGNORECASE,
)


def _time_series(pinned: list[Claim], candidates: list[tuple[Claim, float]]) -> bool:
    """Is the pinned measure a level that changes over time (a fund's assets, a share price)
    and does the record hold it at several different times?"""
    kinds = {(c.subject, c.kind) for c in pinned if c.kind in _LEVELS}
    times = {c.scope.as_of for c, _ in candidates if (c.subject, c.kind) in kinds}
    return len(times) > 1


#: Claim kinds that are levels a quantity has at a time, not events.
_LEVELS = frozenset({"assets_under_management", "share_price", "count"})


def _a_fall(claim: Claim) -> bool:
    value = claim.value
    return isinstance(value, Quantity) and value.amount < 0


def said_to_rise(fig: Figure, ctx: FigureContext, *, strict: bool = False) -> bool:
    """Does the text make the figure a rise ("rebounded 8.9%", "a $260 billion gain")? Then it
    contradicts no record of a fall (loosely: a rise word a few words before) and, ``strict``,
    restates none (a rise word right before it)."""
    before = _RISE_JUST_BEFORE if strict else RISE_WORDS
    return bool(before.search(ctx.lead[-60:]) or RISE_AFTER.match(_after(fig, ctx)))


def _after(fig: Figure, ctx: FigureContext) -> str:
    """The rest of the figure's sentence after it."""
    return ctx.sentence[fig.end - ctx.sentence_start :]


#: A verb of rising right before the figure ("rebounded 8.9%", "up about 9%"; not "up to").
_RISE_JUST_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|gain(?:ed|s|ing)?|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|"
    r"surg(?:ed|es|ing)|soar(?:ed|s|ing)?|rall(?:ied|ies|ying)|rebound(?:ed|s|ing)?|"
    r"increas(?:ed|es|ing)|added|up)\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?$",
    re.IGNORECASE,
)


def not_a_fall(claims: list[tuple[Claim, float]]) -> list[tuple[Claim, float]]:
    return [(c, f) for c, f in claims if not _a_fall(c)]


def _own_quantity(
    fig: Figure, ctx: FigureContext, cs: ClaimSet, pinned: list[Claim]
) -> list[Claim]:
    """The pinned records that are the same quantity as the figure: not at another time ("closed
    2024 up 804%"), not in another direction ("up" for a record of a fall), not the other side
    of a comparison ("50 times less than the reported $250 million estimate"), and not of a
    subject named only in a comparison after the figure ("1.2 trillion parameters, double the
    capacity of R1")."""
    after = _after(fig, ctx)
    rise = said_to_rise(fig, ctx)
    pinned = [c for c in pinned if not _other_time(ctx, c) and not (rise and _a_fall(c))]
    if _COMPARED_BEFORE.search(ctx.lead[-50:]):
        return []
    if _COMPARED_AFTER.search(after):
        before = {cs.family(r) for r in ctx.named_before}
        pinned = [c for c in pinned if cs.family(c.subject) in before]
    return pinned


def pin_claims(
    fig: Figure,
    ctx: FigureContext,
    candidates: list[tuple[Claim, float]],
    cs: ClaimSet,
    rounded: frozenset[str] = frozenset(),
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
    pinned = _own_quantity(fig, ctx, cs, [c for c, _ in candidates if _pinnable(ctx, c, cs)])
    if not pinned:
        return []
    if ctx.framing_named and ctx.framing_subject is not None:
        pinned = [c for c in pinned if c.subject == ctx.framing_subject]
        if not pinned:
            return []
    else:  # no subject of its own: certain only when the sentence names no other model of
        # that family ("DeepSeek's spend: the DeepSeek-V3 model ... for a total of $61 million"
        # may be the model's); the company that makes it does not count ("R1 from DeepSeek")
        pinned = [c for c in pinned if not _other_models(ctx, c, cs)]
        if not pinned:
            return []
    if any(
        (value_fits(fig, c, f) and (c.id not in rounded or rounding_fits(fig, c, f)))
        # "18,000+ GPUs" does not contradict about 50,000, nor "25% intraday" a fall of more
        # than 18% (the record's own bound: only a record the words pin)
        or bound_allows(fig, c, f, record_side=c in pinned)
        for c, f in candidates
        # of that subject, or of the company's models ("a Chinese start-up built it for $1-5M")
        if c.subject in {p.subject for p in pinned}
        or cs.family(c.subject) in {p.subject for p in pinned}
    ):
        return []  # another record or variant of that subject fits: not a contradiction (a
        # rounded variant, "close to $600 billion", only when the figure could be its rounding)
    variants = [c for c in pinned if variant_named(c.subject, ctx)]
    if variants:
        pinned = variants
    else:
        order = [ctx.framing_subject, *ctx.subjects] if ctx.framing_subject else ctx.subjects
        nearest = next(s for s in order if any(c.subject == s for c in pinned))
        pinned = [c for c in pinned if c.subject == nearest]
    if not ctx.sentence_years and _time_series(pinned, candidates):
        return []  # "at its peak, the firm managed $12 billion": the record holds that measure
        # at several times, and the sentence names none
    in_year = [
        c for c in pinned if c.scope.as_of is not None and c.scope.as_of.year in ctx.sentence_years
    ]
    if in_year:  # "lost $750 billion on 27 January 2025": that day's figures, not 2024's
        pinned = in_year
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
        ranked = sorted(pinned, key=lambda c: -len(c.citations))
        if len(ranked[0].citations) < 2 * len(ranked[1].citations):
            return []
        pinned = ranked[:1]
    return pinned
