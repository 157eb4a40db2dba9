"""The verdict on a linked figure: precedent, framing problems, explanation (`Judgement`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from r1claims.checker.attribution import as_own_figure
from r1claims.checker.built import model_built_with, model_developed
from r1claims.checker.candidates import home_family
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import ACTIVE_AFTER, ACTIVE_LABEL, FALL_VERBS, NEGATED, PRICED
from r1claims.checker.linking import tags_fit
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.neighbours import BASE_NAMED
from r1claims.checker.scopewords import (
    PARTIAL_PHASES,
    find_scope_tags,
)
from r1claims.checker.stages import stage_of_another_figure
from r1claims.checker.subjects import STAGE_QUALIFIED, wrong_subject
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import absolute_precision, format_value
from r1claims.record.model import Citation, Claim, Quantity

__all__ = ["PRECEDENT_SCORE", "Judgement", "explain_claim", "precedent", "verdict_for_link"]

#: How closely (rapidfuzz ``partial_ratio``, 0-100) a quote the record judged must appear in
#: the figure's sentence for the record's own verdict on it to be reused.
PRECEDENT_SCORE = 90.0
#: Shortest sentence that can carry a precedent, in characters.
PRECEDENT_MIN_SENTENCE = 60
#: Shortest quote that can serve as precedent, in characters.
PRECEDENT_MIN_QUOTE = 30
#: Denominators that mean the same as the record's ``per``.
_SAME_PER = {"token": {"token", "forward pass"}}
#: A fall's verb and "to" right before a figure: the level something fell to, not the fall
#: ("Nvidia's market cap shrinking to $600bn" gives the $600 billion it lost as what was left).
_FELL_TO = re.compile(
    rf"\b(?:{FALL_VERBS}|shr[iau]nk\w*|cut|reduc\w*|lower\w*)\s+to\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|just\s+|under\s+|below\s+)?$",
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
    "build_cost": "what it cost to build",
    "intraday": "an intraday move",
    "close": "the closing price",
}


#: Words that present figures as the parts of a total ("broken down as R1-Zero $202,000, SFT
#: data $10,000 and R1 $82,000"): each is then a stage, not a whole.
_BREAKDOWN = re.compile(
    r"broken down|break-?down|of which|split (?:into|between)|comprising|consist(?:s|ed|ing) of|"
    r"made up of",
    re.IGNORECASE,
)


def _stated_citations(claim: Claim) -> list[tuple[Citation, str]]:
    return [(c, c.stated.text.lower()) for c in claim.citations if c.stated is not None]


#: Each claim's citations that state a figure, with the figure lowercased (claims are immutable).
_stated_of = IdentityMemo(_stated_citations, limit=100_000)


def precedent(
    ctx: FigureContext, fig: Figure, claim: Claim, factor: float = 1.0
) -> Judgement | None:
    """The record's own verdict when the sentence is (nearly) a quote it judged."""
    sentence = ctx.sentence_lower
    for cit, stated_lower in _stated_of(claim):
        stated = cit.stated
        # only judged restatements count, and only when the sentence writes the same figure:
        # the cheap tests come first, the fuzzy match last
        if stated is None or stated_lower not in sentence:
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
            # a fragment of a quote is no precedent ("2,048 NVIDIA H800 GPUs" in a list)
            or len(sentence) < min(0.8 * len(cit.quote), PRECEDENT_MIN_SENTENCE)
            or fuzz.partial_ratio(cit.quote.lower(), sentence) < PRECEDENT_SCORE
        ):
            continue
        framing = cit.framing
        explanation = explain_claim(claim)
        if framing.correction:
            explanation = f"{framing.correction} ({explanation})"
        return Judgement(
            framing.verdict, explanation, claim, list(framing.reasons), basis="precedent"
        )
    return None


def explain_claim(claim: Claim) -> str:
    """'record v3-training-cost: $5.576M, DeepSeek-V3's official final training run'."""
    per = f" per {claim.scope.per}" if claim.scope.per else ""
    return f"record {claim.id}: {format_value(claim.value)}{per}, {claim.scope.covers}"


_TRAINED_AFTER = re.compile(r"\s+(?:on|for|in)\s+(?:the\s+)?training\b|\s+to\s+train\b")


def _scope_problems(
    fig: Figure, ctx: FigureContext, claim: Claim, reasons: list[str], problems: list[str]
) -> None:
    """The scope words that misframe a linked figure (reason ``wrong_scope``), added to
    ``reasons`` and ``problems``."""
    if NEGATED.search(ctx.lead[-60:]):
        pass  # "DeepSeek didn't train its flagship model for $294,000": a denied framing
    elif (
        claim.kind == "cost"
        and claim.scope.phase not in PARTIAL_PHASES
        and BASE_NAMED.search(ctx.clause)
        and any(m != claim.subject for m in [*ctx.sentence_models, *ctx.about_models])
    ):
        pass  # "the $6 million or so spent to build the base LLM behind R1": the cost of the
        # base of another model, as Nature's news story put it, whatever the verb
    elif claim.kind == "date":
        pass  # its scope words chose the record already ("…, after the app topped the charts")
    elif claim.kind == "cost" and ctx.model_after and claim.scope.phase != "company_history_spend":
        reasons.append("wrong_scope")
        problems.append("the text makes it the cost of the model itself")
    elif (
        claim.kind == "cost"
        and claim.scope.phase == "full_training_run"
        and _TRAINED_AFTER.match(ctx.sentence, fig.end - ctx.sentence_start)
    ):
        pass  # "spending only $6 million on training DeepSeek V3": the figure's own words say
        # what it paid for, whatever the verb of the sentence ("built a competitive model")
    elif claim.scope.phase == "company_history_spend" and model_developed(ctx.clause, ctx.tags):
        reasons.append("wrong_scope")  # "spent over $500 million developing its AI model"
        problems.append("the text makes it what a model cost to develop")
    elif (
        claim.scope.phase == "hardware_fleet"
        and claim.scope.basis == "analyst_estimate"
        and model_built_with(ctx.lead, ctx.sentence[fig.end - ctx.sentence_start :])
    ):
        reasons.append("wrong_scope")  # "built a GPT-4-comparable model using 50,000 GPUs"
        problems.append(
            "the text makes an analyst's estimate of a whole fleet what one model was built with"
        )
    elif tags_fit(ctx, claim) is False:
        reasons.append("wrong_scope")
        words = " and ".join(  # (the words of its kind: "Wall Street" says nothing of a cost)
            sorted({_TAG_PHRASES.get(t.name, t.name) for t in ctx.tags if claim.kind in t.kinds})
        )
        problems.append(f"the text frames it as {words}")
    elif (
        claim.kind == "cost"
        and claim.scope.phase in PARTIAL_PHASES
        and not tags_fit(ctx, claim)
        and not _BREAKDOWN.search(ctx.lead)  # a part listed after "broken down as"
        # the sentence, or the next one about "this figure", says it is one stage: "on top of
        # the base model", "the incremental cost", "plus $6 million for the base model"
        and not STAGE_QUALIFIED.search(ctx.sentence)
        and not STAGE_QUALIFIED.search(ctx.follow_on)
        # nor one whose sentence names the record's own stage before it, outside its clause
        # ("Pre-training alone accounted for 2,664K GPU hours, worth $5.328 million"); not a
        # word that fits any stage ("at rental prices")
        and not any(
            claim.kind in t.kinds and claim.scope.phase in t.phases and len(t.phases) <= 3
            for t in find_scope_tags(ctx.lead)
        )
        # only a sentence that makes it a price says what it is the price of: "one number
        # grabbed the world: 294,000 dollars" frames nothing
        and (PRICED.search(ctx.sentence) or PRICED.search(ctx.lead_in))
    ):
        reasons.append("wrong_scope")
        problems.append("the text gives the cost of one stage as the cost of the whole")


def _given_as_active(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Is a total the record also holds per token ("671B" beside "37B activated per token")
    given as the active size ("671B active parameters", "Active Parameters: 671B")?"""
    return (
        not claim.scope.per
        and (claim.subject, claim.kind) in _held_per_token(cs)
        and (
            (ACTIVE_AFTER.match(ctx.text_after) and not _OF_BEFORE.search(ctx.lead))
            or ACTIVE_LABEL.search((ctx.preceding + ctx.lead)[-60:]) is not None
        )
    )


#: "37B of 671B parameters active": the active size is the one before "of".
_OF_BEFORE = re.compile(r"\bof\s+(?:its\s+|the\s+)?$")


def _build_per_token(cs: ClaimSet) -> frozenset[tuple[str, str]]:
    return frozenset((c.subject, c.kind) for c in cs.claims if c.scope.per)


#: Per record, the (subject, kind) pairs it holds a per-token figure of.
_held_per_token = IdentityMemo(_build_per_token)


def verdict_for_link(
    fig: Figure, ctx: FigureContext, claim: Claim, cs: ClaimSet, factor: float = 1.0
) -> Judgement:
    found = precedent(ctx, fig, claim, factor)
    if found is not None:
        return found
    reasons: list[str] = []
    problems: list[str] = []
    family = cs.family(claim.subject)
    problem = wrong_subject(ctx, claim, cs)
    if problem is not None:
        reasons.append("wrong_subject")
        problems.append(problem)
    edition = next((n for n, refs in ctx.other_editions if claim.metric in refs.split("|")), None)
    if edition is not None and claim.metric not in ctx.metrics:
        reasons.append("wrong_scope")  # "AIME 2025 (96.0% vs 79.8%)": the AIME 2024 score
        problems.append(f"the text gives it to {edition}, another edition of the benchmark")
    if cs.family(claim.subject) == home_family(cs):
        # scope words are the record's own family's framings; another company's figure
        # quoted for comparison ("GPT-4 cost over $100 million to build") is not re-scoped
        _scope_problems(fig, ctx, claim, reasons, problems)
        if not problems and (stage := stage_of_another_figure(fig, ctx, claim, cs, factor)):
            reasons.append("wrong_scope")
            problems.append(
                f"the text gives it to one stage; for that stage the {explain_claim(stage)}"
            )
    if (
        claim.kind.endswith("_change")
        and fig.unit != "percent"  # "shares fell to 17%" is a translation's "fell by 17%"
        and _FELL_TO.search(ctx.lead[-40:])
    ):
        reasons.append("wrong_scope")  # the record's fall, given as the level reached
        problems.append("the text gives the fall as the level it fell to")
    if _given_as_active(ctx, claim, cs):
        reasons.append("wrong_scope")
        problems.append("the text gives the total as the parameters active per token")
    if claim.scope.per and ctx.per:
        same = _SAME_PER.get(claim.scope.per, {claim.scope.per})
        if not set(ctx.per) & same:
            reasons.append("wrong_unit")
            problems.append(f"the text says per {ctx.per[0]}, the record per {claim.scope.per}")
    if claim.scope.basis == "analyst_estimate" and as_own_figure(ctx, claim, cs):
        reasons.append("unattributed_estimate")
        problems.append(
            f"it is an estimate by {cs.estimator_name(claim.scope.estimator)}, presented as "
            f"{cs.entity_name(family)}'s own figure"
        )
    value = claim.value
    if (
        isinstance(value, Quantity)
        and fig.precision > absolute_precision(value)
        and fig.unit != "date"
    ):
        reasons.append("rounded")
    base = explain_claim(claim)
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
