"""Link one figure to the record and decide its verdict (rules in `r1claims.checker.run`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from r1claims.checker.candidates import (
    RecordIndex,
    find_candidates,
    significant_digits,
    value_fits,
)
from r1claims.checker.document import Document
from r1claims.checker.figure_context import FigureContext, figure_context
from r1claims.checker.linking import (
    acceptable_subjects,
    is_relevant,
    pin_claims,
    score_claim,
    tags_fit,
    variant_named,
)
from r1claims.checker.scopewords import PARTIAL_PHASES
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.record.model import Category, Claim, DateValue, Quantity

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
    r"believed|claims?|said|says|(?-i:\bper\s+[A-Z])",
    re.IGNORECASE,
)


@dataclass
class Judgement:
    """A verdict with its reasons, explanation and the linked claim."""

    verdict: str
    explanation: str
    claim: Claim | None = None
    reasons: list[str] = field(default_factory=list)
    #: how the verdict was reached (set by `judge`; the calibration bucket of `confidence`)
    basis: str = ""


#: How a scope tag reads in "the text frames it as ...".
_TAG_PHRASES = {
    "whole_programme": "the whole project",
    "hardware": "hardware or fleet spending",
    "operating": "operating costs",
    "deployment": "running the model",
    "rl": "the reinforcement-learning stage",
    "pretraining": "pre-training alone",
    "full_run": "the full training run",
    "final_run": "the final training run",
    "training": "training",
    "training_cost": "the whole training",
    "build_cost": "what it cost to build",
    "intraday": "an intraday move",
    "close": "the closing price",
}


def _names_of(estimator: str, cs: ClaimSet) -> list[str]:
    """Ways an estimator may be written: its entity name and aliases, or its id as words."""
    if cs.has_entity(estimator):
        entity = cs.entity(estimator)
        return [entity.name.lower(), *(a.lower() for a in entity.aliases)]
    return [estimator.replace("-", " ").lower(), estimator.lower()]


def _attributed(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Does the sentence say whose estimate it is, or that it is one?"""
    if claim.scope.estimator in ctx.subjects:
        return True
    if any(name in ctx.sentence_lower for name in _names_of(claim.scope.estimator, cs)):
        return True
    return bool(_ATTRIBUTION.search(ctx.sentence))


def _precedent(
    ctx: FigureContext, fig: Figure, claim: Claim, factor: float = 1.0
) -> Judgement | None:
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
            or len(sentence) < 0.8 * len(cit.quote)  # a fragment of a quote is no precedent
            or fuzz.partial_ratio(cit.quote.lower(), sentence) < PRECEDENT_SCORE
        ):
            continue
        framing = cit.framing
        explanation = _explain_claim(claim)
        if framing.correction:
            explanation = f"{framing.correction} ({explanation})"
        return Judgement(
            framing.verdict, explanation, claim, list(framing.reasons), basis="precedent"
        )
    return None


def _explain_claim(claim: Claim) -> str:
    """'record v3-training-cost: $5.576M, DeepSeek-V3's official final training run'."""
    per = f" per {claim.scope.per}" if claim.scope.per else ""
    return f"record {claim.id}: {format_value(claim.value)}{per}, {claim.scope.covers}"


def _verdict_for_link(
    fig: Figure, ctx: FigureContext, claim: Claim, cs: ClaimSet, factor: float = 1.0
) -> Judgement:
    precedent = _precedent(ctx, fig, claim, factor)
    if precedent is not None:
        return precedent
    reasons: list[str] = []
    problems: list[str] = []
    family = cs.family(claim.subject)
    ok_subjects = acceptable_subjects(claim)
    framing = ctx.framing_subject
    if (
        framing is not None
        and framing not in ok_subjects
        and framing != family
        and cs.family(framing) == family
        and not any(variant_named(ok, ctx) for ok in ok_subjects)
        # a base checkpoint's compute is its model's ("V3-Base" for V3's run); a benchmark
        # score is only its own model's
        and not (not claim.metric and framing.startswith(claim.subject + "-"))
    ):
        reasons.append("wrong_subject")
        problems.append(f"the text gives it to {cs.entity_name(framing)}")
    if claim.kind == "date":
        pass  # a date's clause runs on into the next event ("…, after the app topped the
        # charts"): its scope words chose the record already and do not re-scope it
    elif claim.kind == "cost" and ctx.model_after and claim.scope.phase != "company_history_spend":
        reasons.append("wrong_scope")
        problems.append("the text makes it the cost of the model itself")
    elif tags_fit(ctx, claim) is False:
        reasons.append("wrong_scope")
        words = " and ".join(sorted({_TAG_PHRASES.get(t.name, t.name) for t in ctx.tags}))
        problems.append(f"the text frames it as {words}")
    elif claim.kind == "cost" and claim.scope.phase in PARTIAL_PHASES and not tags_fit(ctx, claim):
        reasons.append("wrong_scope")
        problems.append("the text gives the cost of one stage as the cost of the whole")
    if claim.scope.per and ctx.per:
        same = _SAME_PER.get(claim.scope.per, {claim.scope.per})
        if not set(ctx.per) & same:
            reasons.append("wrong_unit")
            problems.append(f"the text says per {ctx.per[0]}, the record per {claim.scope.per}")
    if claim.scope.basis == "analyst_estimate" and not _attributed(ctx, claim, cs):
        reasons.append("unattributed_estimate")
        problems.append(
            f"it is an estimate by {cs.estimator_name(claim.scope.estimator)}, presented as fact"
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


def judge(fig: Figure, doc: Document, record: RecordIndex, clause: tuple[int, int]) -> Judgement:
    """Link ``fig`` and judge it; `Judgement.basis` says how (``supported/subject``, ...)."""
    ctx = figure_context(fig, doc, clause, record.cs)
    result = _judge(fig, doc, record, ctx)
    result.basis = f"{result.verdict}/{_basis(fig, ctx, result, record.cs)}"
    return result


def _basis(fig: Figure, ctx: FigureContext, result: Judgement, cs: ClaimSet) -> str:
    """The way a verdict was reached, coarse enough to measure how often each way is right."""
    kind = "date-" if fig.kind == "date" else "licence-" if fig.kind == "licence" else ""
    if result.basis:
        return kind + result.basis
    claim = result.claim
    if claim is None:
        return kind + ("no-link-named" if ctx.subjects else "no-link")
    if claim.subject in ctx.subjects or acceptable_subjects(claim) & set(ctx.subjects):
        return kind + "subject"
    if any(cs.family(s) == cs.family(claim.subject) for s in ctx.subjects):
        return kind + "family"
    return kind + "context"


def _judge(fig: Figure, doc: Document, record: RecordIndex, ctx: FigureContext) -> Judgement:
    cs = record.cs
    index = doc.index
    if fig.kind == "date":
        before = index.text[max(0, fig.start - 20) : fig.start]
        return _judge_date(fig, ctx, cs, record.dates, before)
    if fig.kind == "licence":
        return _judge_licence(fig, ctx, cs, record.licences)
    candidates = find_candidates(fig, ctx, record.by_unit)
    if not candidates:
        if fig.kind == "money":
            return Judgement(
                "unverifiable",
                f"The record holds no {fig.unit} figures; currency conversions are not judged.",
            )
        return Judgement("unverifiable", f"The record has no figure in {fig.unit}.")
    fitting = [(c, f) for c, f in candidates if value_fits(fig, c, f)]
    # a figure no source states (derived) is what a text means only when no stated one fits
    fitting = [(c, f) for c, f in fitting if c.scope.basis != "derived"] or fitting
    if fitting:
        scored = sorted(
            ((score_claim(ctx, c, cs, fig, f), c.id, c, f) for c, f in fitting), reverse=True
        )
        _, _, best, factor = scored[0]
        specific = significant_digits(fig) >= 3
        fit = tags_fit(ctx, best)
        unnamed = not ctx.subjects and (
            (specific and fit is not False) or (fit is True and significant_digits(fig) >= 2)
        )
        if not ctx.foreign and (is_relevant(ctx, best, cs) or unnamed):
            return _verdict_for_link(fig, ctx, best, cs, factor)
        for _, _, claim, factor in scored:  # a sentence the record judged, whatever its subjects
            precedent = _precedent(ctx, fig, claim, factor)
            if precedent is not None:
                return precedent
    return _refute_or_unverifiable(fig, ctx, cs, candidates)


def _refute_or_unverifiable(
    fig: Figure, ctx: FigureContext, cs: ClaimSet, candidates: list[tuple[Claim, float]]
) -> Judgement:
    for claim, factor in candidates:  # a sentence the record itself judged
        precedent = _precedent(ctx, fig, claim, factor)
        if precedent is not None:
            return precedent
    # a bare number ("759") is too ambiguous to hold against any record, and a figure next to
    # a subject the record does not know is about that subject
    pinned = pin_claims(fig, ctx, candidates) if fig.unit != "number" and not ctx.foreign else []
    if pinned:
        # among variants of one quantity, the one coverage cites most is held against the text
        claim = max(pinned, key=lambda c: (len(c.citations), score_claim(ctx, c, cs), c.id))
        owner = _owner_of_value(fig, claim, candidates)
        if owner is not None:
            return Judgement(
                "misleading",
                f"Right figure, wrong subject: it belongs to {cs.entity_name(owner.subject)} "
                f"({_explain_claim(owner)}); for {cs.entity_name(claim.subject)} the "
                f"{_explain_claim(claim)}.",
                owner,
                ["wrong_subject"],
                basis="owner",
            )
        value = claim.value
        if fig.unit == "percent" and isinstance(value, Quantity) and value.unit == "percentile":
            return Judgement(
                "refuted",
                f"The record has a percentile, not a share: {_explain_claim(claim)}.",
                claim,
                ["wrong_unit", "contradicted"],
                basis="pinned",
            )
        return Judgement(
            "refuted",
            f"The record contradicts it: {_explain_claim(claim)}.",
            claim,
            ["contradicted"],
            basis="pinned",
        )
    if ctx.subjects and not any(is_relevant(ctx, c, cs) for c, _ in candidates):
        name = cs.entity_name(ctx.subjects[0])
        return Judgement("unverifiable", f"The record has no figure like this for {name}.")
    return Judgement(
        "unverifiable", "No record matches this figure and its context closely enough to judge it."
    )


def _owner_of_value(
    fig: Figure, pinned: Claim, candidates: list[tuple[Claim, float]]
) -> Claim | None:
    """Another entity's record of the same measure that this exact value fits: the text gave
    that entity's figure to the wrong subject ("R1 scored 75.7% on GPQA": o1's score)."""
    for claim, factor in candidates:
        if (
            claim.subject != pinned.subject
            and claim.kind == pinned.kind
            and claim.metric == pinned.metric
            and claim.scope.phase == pinned.scope.phase
            and claim.status != "wrong"
            and value_fits(fig, claim, factor)
            and fig.precision * factor <= _precision(claim)
        ):
            return claim
    return None


def _precision(claim: Claim) -> float:
    return claim.value.precision if isinstance(claim.value, Quantity) else 0.0


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
    fig: Figure, ctx: FigureContext, cs: ClaimSet, dates: list[Claim], before: str
) -> Judgement:
    deadline = bool(_BY.search(before))  # "by January 27": any earlier date fits too
    fitting = [
        c for c in dates if _fits_date_context(c, ctx) and _date_fits(fig, c, deadline=deadline)
    ]
    dated = [c for c in fitting if isinstance(c.value, DateValue)]
    fitting = dated or fitting  # an event's own date before a figure's as-of date
    if fitting:
        best = max(fitting, key=lambda c: (score_claim(ctx, c, cs), c.id))
        if is_relevant(ctx, best, cs) or tags_fit(ctx, best):
            return _verdict_for_link(fig, ctx, best, cs)
    named = [c for c in dates if isinstance(c.value, DateValue) and c.subject in ctx.subjects]
    pinned = [c for c in named if tags_fit(ctx, c) is True]
    own = [c for c in pinned if c.subject == ctx.framing_subject]
    pinned = own or pinned  # "DeepSeek released R1 on ...": R1's release, not the company's
    # a date the record knows for another event ("a market event on January 27, 2025") is
    # that event's date, not a wrong date for the one named nearby
    known = any(_date_fits(fig, c) for c in dates if isinstance(c.value, DateValue))
    if len(pinned) == 1 and fig.month is not None and not known:
        return Judgement(
            "refuted",
            f"The record dates it otherwise: {_explain_claim(pinned[0])}.",
            pinned[0],
            ["wrong_date"],
        )
    return Judgement("unverifiable", "No dated record matches this date in this context.")


def _fits_date_context(claim: Claim, ctx: FigureContext) -> bool:
    return isinstance(claim.value, DateValue) or bool(set(ctx.subjects) & {claim.subject})


def _judge_licence(
    fig: Figure, ctx: FigureContext, cs: ClaimSet, licences: list[Claim]
) -> Judgement:
    """A licence name: supported when the named subject's licence claim has that name,
    refuted when it has another, unverifiable when the record holds none for the subject."""
    from r1claims.extract.licences import canonical_licence

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
