"""Link one extracted figure to the record and decide its verdict (rules in `r1claims.checker`)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from r1claims.context import TextIndex
from r1claims.extract import Figure
from r1claims.humanize import format_value
from r1claims.model import Category, Claim, DateValue, Quantity
from r1claims.record import ClaimSet
from r1claims.scopewords import ScopeTag, find_scope_tags, unit_denominators
from r1claims.tolerance import restates

__all__ = ["PRECEDENT_SCORE", "Judgement", "RecordIndex", "judge"]

#: How closely (rapidfuzz ``partial_ratio``, 0-100) a quote the record judged must appear in
#: the figure's sentence for the record's own verdict on it to be reused.
PRECEDENT_SCORE = 90.0
#: Shortest quote that can serve as precedent, in characters.
PRECEDENT_MIN_QUOTE = 30
#: Denominators that mean the same as the record's ``per``.
_SAME_PER = {"token": {"token", "forward pass"}}
_ATTRIBUTION = re.compile(
    r"estimat|according to|reportedly|report(?:s|ed)? (?:say|suggest|indicate)|analysts?|"
    r"believed|claims?|said|says|per\s+[A-Z]",
    re.IGNORECASE,
)
_EACH = re.compile(r"\beach\b|apiece|a piece|per (?:gpu|chip|card|unit)", re.IGNORECASE)
_SCOPE_DEFINING = {
    "whole_programme",
    "hardware",
    "operating",
    "deployment",
    "rl",
    "pretraining",
    "training",
    "intraday",
    "close",
    "release",
    "app_ranking",
    "publication",
    "founding",
    "funds",
}


class RecordIndex:
    """The record's claims indexed for linking: by unit, dated ones, licences. Built once."""

    def __init__(self, cs: ClaimSet) -> None:
        self.cs = cs
        self.by_unit: dict[str, list[Claim]] = defaultdict(list)
        self.dates: list[Claim] = []
        self.licences: list[Claim] = []
        for claim in cs.claims:
            if isinstance(claim.value, Quantity):
                self.by_unit[claim.value.unit].append(claim)
            elif isinstance(claim.value, DateValue) or claim.scope.as_of is not None:
                self.dates.append(claim)
            if claim.kind == "licence" and isinstance(claim.value, Category):
                self.licences.append(claim)


@dataclass
class Judgement:
    """A verdict with its reasons, explanation and the linked claim."""

    verdict: str
    explanation: str
    claim: Claim | None = None
    reasons: list[str] = field(default_factory=list)


@dataclass
class _Context:
    sentence: str
    sentence_lower: str
    clause: str
    subjects: list[str]  # entity ids named in the sentence, nearest first
    prior: list[str]  # entity ids named in the sentence before ("It ...")
    metrics: set[str]
    tags: list[ScopeTag]
    per: list[str]


def _context(fig: Figure, index: TextIndex, clause: tuple[int, int]) -> _Context:
    lo, hi = index.sentence(fig.start, fig.end)
    c_lo, c_hi = max(lo, clause[0]), min(hi, clause[1])
    mentions = index.entities_near(lo, hi)
    centre = (fig.start + fig.end) / 2
    subjects: list[str] = []
    for m in sorted(mentions, key=lambda m: abs((m.start + m.end) / 2 - centre)):
        if m.ref not in subjects:
            subjects.append(m.ref)
    clause_text = index.text[c_lo:c_hi]
    p_lo, p_hi = index.previous_sentence(fig.start)
    prior = list(dict.fromkeys(m.ref for m in reversed(index.entities_near(p_lo, p_hi))))
    return _Context(
        sentence=index.text[lo:hi],
        sentence_lower=index.text[lo:hi].lower(),
        clause=clause_text,
        subjects=subjects,
        prior=prior,
        metrics={m.ref for m in index.metrics_near(lo, hi)},
        tags=find_scope_tags(clause_text),
        per=unit_denominators(index.text[fig.end : min(hi, fig.end + 60)]),
    )


def _fits(fig: Figure, claim: Claim, factor: float) -> bool:
    value = claim.value
    if not isinstance(value, Quantity):
        return False
    amount = abs(value.amount)
    qualifier = fig.qualifier
    if fig.kind == "duration" and qualifier == "more_than":
        qualifier = "about"  # "trained over 55 days" is a span, not a lower bound
    lower = fig.lower * factor if fig.lower is not None else None
    upper = fig.upper * factor if fig.upper is not None else None
    return restates(
        fig.value * factor, fig.precision * factor, amount, value.precision, qualifier, lower, upper
    )


def _acceptable_subjects(claim: Claim) -> set[str]:
    """The claim's subject and those coverage gave it with a supported framing."""
    ok = {claim.subject}
    for cit in claim.citations:
        if cit.framing.verdict == "supported" and cit.framing.subject:
            ok.add(cit.framing.subject)
    return ok


def _variant(a: str, b: str) -> bool:
    """Is one entity a variant of the other? Ids that extend another id name a variant:
    ``deepseek-r1-distill`` and ``deepseek-r1-zero`` of ``deepseek-r1``."""
    return a.startswith(b + "-") or b.startswith(a + "-")


def _attributed_subjects(claim: Claim) -> set[str]:
    return {c.framing.subject for c in claim.citations if c.framing.subject}


def _tags_fit(ctx: _Context, claim: Claim) -> bool | None:
    """True when a scope word fits the claim's phase, False when none does, None if no words."""
    tags = [t for t in ctx.tags if t.name in _SCOPE_DEFINING]
    if not tags:
        return None
    return any(claim.scope.phase in t.phases for t in tags)


def _score(ctx: _Context, claim: Claim, cs: ClaimSet) -> float:
    score = 0.0
    if ctx.subjects and claim.subject == ctx.subjects[0]:
        score += 3.5  # the entity named nearest the figure
    elif claim.subject in ctx.subjects or _acceptable_subjects(claim) & set(ctx.subjects):
        score += 3
    elif _attributed_subjects(claim) & set(ctx.subjects):
        score += 2
    elif {cs.family(s) for s in ctx.subjects} & {cs.family(claim.subject)}:
        score += 1
    fit = _tags_fit(ctx, claim)
    score += {True: 2.0, False: -1.0, None: 0.0}[fit]
    if claim.metric and claim.metric in ctx.metrics:
        score += 2
    if claim.scope.estimator in ctx.subjects:
        score += 1
    best = process.extractOne(ctx.sentence_lower, _lower_quotes(claim), scorer=fuzz.token_set_ratio)
    score += (best[1] if best else 0.0) / 50
    return score


_QUOTES: dict[int, tuple[Claim, list[str]]] = {}


def _lower_quotes(claim: Claim) -> list[str]:
    """The claim's quotes, lowercased once (claims are immutable)."""
    cached = _QUOTES.get(id(claim))
    if cached is None or cached[0] is not claim:
        if len(_QUOTES) > 100_000:
            _QUOTES.clear()
        cached = (claim, [c.quote.lower() for c in claim.citations])
        _QUOTES[id(claim)] = cached
    return cached[1]


def _significant_digits(fig: Figure) -> int:
    if fig.precision <= 0 or fig.value == 0:
        return 0
    return max(0, math.floor(math.log10(abs(fig.value) / fig.precision) + 1e-9) + 1)


def _precedent(ctx: _Context, fig: Figure, claim: Claim, factor: float = 1.0) -> Judgement | None:
    """The record's own verdict when the sentence is (nearly) a quote it judged."""
    sentence = ctx.sentence_lower
    for cit in claim.citations:
        stated = cit.stated
        # only judged restatements count, and only when the sentence writes the same figure:
        # the cheap tests come first, the fuzzy match last
        if stated is None or stated.text.lower() not in sentence:
            continue
        if (
            stated.amount is not None
            and fig.kind != "date"
            and abs(abs(stated.amount) - fig.value * factor) > fig.precision * factor / 2
        ):
            continue  # the quote states another figure of the same sentence
        # the judged quote must stand (almost) verbatim in the sentence; short quotes are too
        # easy to find anywhere to count as precedent
        if (
            len(cit.quote) < PRECEDENT_MIN_QUOTE
            or fuzz.partial_ratio(cit.quote.lower(), sentence) < PRECEDENT_SCORE
        ):
            continue
        framing = cit.framing
        explanation = _explain_claim(claim)
        if framing.correction:
            explanation = f"{framing.correction} ({explanation})"
        return Judgement(framing.verdict, explanation, claim, list(framing.reasons))
    return None


def _explain_claim(claim: Claim) -> str:
    """'record v3-training-cost: $5.576M, DeepSeek-V3's official final training run'."""
    per = f" per {claim.scope.per}" if claim.scope.per else ""
    return f"record {claim.id}: {format_value(claim.value)}{per}, {claim.scope.covers}"


def _verdict_for_link(
    fig: Figure, ctx: _Context, claim: Claim, cs: ClaimSet, factor: float = 1.0
) -> Judgement:
    precedent = _precedent(ctx, fig, claim, factor)
    if precedent is not None:
        return precedent
    reasons: list[str] = []
    problems: list[str] = []
    subjects = set(ctx.subjects)
    family = cs.family(claim.subject)
    ok_subjects = _acceptable_subjects(claim)
    if not subjects & ok_subjects:
        others = [
            s
            for s in ctx.subjects
            if cs.family(s) == family
            and s != family
            and not any(_variant(s, ok) for ok in ok_subjects)
        ]
        if others:
            reasons.append("wrong_subject")
            problems.append(f"the text gives it to {cs.entity_name(others[0])}")
    if _tags_fit(ctx, claim) is False:
        reasons.append("wrong_scope")
        words = ", ".join(sorted({t.name.replace("_", " ") for t in ctx.tags}))
        problems.append(f"the text frames it as {words}")
    if claim.scope.per and ctx.per:
        same = _SAME_PER.get(claim.scope.per, {claim.scope.per})
        if not set(ctx.per) & same:
            reasons.append("wrong_unit")
            problems.append(f"the text says per {ctx.per[0]}, the record per {claim.scope.per}")
    if claim.scope.basis == "analyst_estimate" and not (
        claim.scope.estimator in subjects or _ATTRIBUTION.search(ctx.sentence)
    ):
        reasons.append("unattributed_estimate")
        problems.append(
            f"it is an estimate by {cs.entity_name(claim.scope.estimator)}, presented as fact"
        )
    value = claim.value
    if isinstance(value, Quantity) and fig.precision > value.precision and fig.unit != "date":
        reasons.append("rounded")
    base = _explain_claim(claim)
    if claim.status in ("wrong",):
        return Judgement(
            "refuted", f"The record marks this figure as wrong: {base}.", claim, ["contradicted"]
        )
    if problems:
        return Judgement(
            "misleading",
            f"Right figure, wrong framing: {'; '.join(problems)}. The {base}.",
            claim,
            reasons,
        )
    if claim.status == "unverified":
        return Judgement("unverifiable", f"Matches an unverified record: {base}.", claim, reasons)
    return Judgement("supported", f"Matches the {base}.", claim, reasons)


def _candidates(
    fig: Figure, ctx: _Context, by_unit: dict[str, list[Claim]]
) -> list[tuple[Claim, float]]:
    from r1claims.checker import UNIT_FITS

    out = []
    fits = list(UNIT_FITS.get(fig.unit, ()))
    if fig.kind == "money" and _EACH.search(ctx.clause):
        fits.append((f"{fig.unit}/GPU", 1.0))  # "each costing around $30,000"
    for unit, factor in fits:
        for claim in by_unit.get(unit, ()):
            if claim.metric and claim.metric not in ctx.metrics:
                continue
            out.append((claim, factor))
    return out


def _relevant(ctx: _Context, claim: Claim, cs: ClaimSet) -> bool:
    """Is the claim about the family of an entity named in the sentence (or, when the sentence
    names none of that family, in the sentence before: "It demands 16 GPUs")?"""
    family = cs.family(claim.subject)
    if any(cs.family(s) == family for s in ctx.subjects):
        return True
    return any(cs.family(s) == family for s in ctx.prior)


def judge(fig: Figure, index: TextIndex, record: RecordIndex, clause: tuple[int, int]) -> Judgement:
    """Link ``fig`` and judge it."""
    cs = record.cs
    ctx = _context(fig, index, clause)
    if fig.kind == "date":
        before = index.text[max(0, fig.start - 20) : fig.start]
        return _judge_date(fig, ctx, cs, record.dates, before)
    if fig.kind == "licence":
        return _judge_licence(fig, ctx, cs, record.licences)
    candidates = _candidates(fig, ctx, record.by_unit)
    if not candidates:
        if fig.kind == "money":
            return Judgement(
                "unverifiable",
                f"The record holds no {fig.unit} figures; currency conversions are not judged.",
            )
        return Judgement("unverifiable", f"The record has no figure in {fig.unit}.")
    fitting = [(c, f) for c, f in candidates if _fits(fig, c, f)]
    if fitting:
        scored = sorted(((_score(ctx, c, cs), c.id, c, f) for c, f in fitting), reverse=True)
        score, _, best, factor = scored[0]
        specific = _significant_digits(fig) >= 3
        if _relevant(ctx, best, cs) or (not ctx.subjects and (specific or score >= 2)):
            return _verdict_for_link(fig, ctx, best, cs, factor)
        for _, _, claim, factor in scored:  # a sentence the record judged, whatever its subjects
            precedent = _precedent(ctx, fig, claim, factor)
            if precedent is not None:
                return precedent
    return _refute_or_unverifiable(fig, ctx, cs, candidates)


def _refute_or_unverifiable(
    fig: Figure, ctx: _Context, cs: ClaimSet, candidates: list[tuple[Claim, float]]
) -> Judgement:
    for claim, factor in candidates:  # a sentence the record itself judged
        precedent = _precedent(ctx, fig, claim, factor)
        if precedent is not None:
            return precedent
    pinned = []
    for claim, _ in candidates:
        if claim.subject not in ctx.subjects or claim.status == "wrong":
            continue
        if claim.metric and claim.metric not in ctx.metrics:
            continue
        if _tags_fit(ctx, claim) is False:
            continue
        pinned.append(claim)
    if pinned and _tags_fit(ctx, pinned[0]) is None:
        # no scope words: only a single scope for this subject pins the record down
        scopes = {(c.kind, c.scope.phase, c.scope.per, c.metric) for c in pinned}
        if len(scopes) > 1:
            pinned = []
    if pinned:
        # the figure belongs to the nearest named entity that has a record here
        nearest = next(s for s in ctx.subjects if any(c.subject == s for c in pinned))
        pinned = [c for c in pinned if c.subject == nearest]
        if fig.unit == "percent" and all(
            isinstance(c.value, Quantity) and c.value.unit == "percentile" for c in pinned
        ):
            claim = pinned[0]
            return Judgement(
                "refuted",
                f"The record has a percentile, not a share: {_explain_claim(claim)}.",
                claim,
                ["wrong_unit", "contradicted"],
            )
        claim = max(pinned, key=lambda c: _score(ctx, c, cs))
        return Judgement(
            "refuted",
            f"The record contradicts it: {_explain_claim(claim)}.",
            claim,
            ["contradicted"],
        )
    if ctx.subjects and not any(_relevant(ctx, c, cs) for c, _ in candidates):
        name = cs.entity_name(ctx.subjects[0])
        return Judgement("unverifiable", f"The record has no figure like this for {name}.")
    return Judgement(
        "unverifiable", "No record matches this figure and its context closely enough to judge it."
    )


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
    precise = not isinstance(value, DateValue) or value.precision == "day"
    return not (fig.day is not None and precise and fig.day != target.day)


_BY = re.compile(r"\b(?:by|before|until|no later than|as early as)\s*$", re.IGNORECASE)


def _judge_date(
    fig: Figure, ctx: _Context, cs: ClaimSet, dates: list[Claim], before: str
) -> Judgement:
    deadline = bool(_BY.search(before))  # "by January 27": any earlier date fits too
    fitting = [
        c for c in dates if _fits_date_context(c, ctx) and _date_fits(fig, c, deadline=deadline)
    ]
    if fitting:
        best = max(fitting, key=lambda c: (_score(ctx, c, cs), c.id))
        if _relevant(ctx, best, cs) or _tags_fit(ctx, best):
            return _verdict_for_link(fig, ctx, best, cs)
    pinned = [
        c
        for c in dates
        if isinstance(c.value, DateValue)
        and c.subject in ctx.subjects
        and _tags_fit(ctx, c) is True
    ]
    if len(pinned) == 1 and fig.month is not None:
        return Judgement(
            "refuted",
            f"The record dates it otherwise: {_explain_claim(pinned[0])}.",
            pinned[0],
            ["wrong_date"],
        )
    return Judgement("unverifiable", "No dated record matches this date in this context.")


def _fits_date_context(claim: Claim, ctx: _Context) -> bool:
    return isinstance(claim.value, DateValue) or bool(set(ctx.subjects) & {claim.subject})


def _judge_licence(fig: Figure, ctx: _Context, cs: ClaimSet, licences: list[Claim]) -> Judgement:
    """A licence name: supported when the named subject's licence claim has that name,
    refuted when it has another, unverifiable when the record holds none for the subject."""
    from r1claims.extract_licences import canonical_licence

    named = [c for c in licences if c.subject in ctx.subjects] or [
        c for c in licences if c.subject in ctx.prior
    ]
    if not named:
        return Judgement("unverifiable", "The record holds no licence for what this text names.")
    nearest = next(s for s in [*ctx.subjects, *ctx.prior] if any(c.subject == s for c in named))
    claims = [c for c in named if c.subject == nearest]
    for claim in claims:
        assert isinstance(claim.value, Category)
        if canonical_licence(claim.value.category) == fig.category:
            return _verdict_for_link(fig, ctx, claim, cs)
    claim = claims[0]
    precedent = _precedent(ctx, fig, claim)
    if precedent is not None:
        return precedent
    return Judgement(
        "refuted",
        f"The record gives another licence: {_explain_claim(claim)}.",
        claim,
        ["contradicted"],
    )
