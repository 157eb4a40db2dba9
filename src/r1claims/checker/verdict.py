"""The verdict on a linked figure: precedent, framing problems, explanation (`Judgement`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from r1claims.checker.attribution import as_own_figure
from r1claims.checker.candidates import home_family
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import NEGATED, PRICED
from r1claims.checker.linking import acceptable_subjects, tags_fit, variant_named
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.neighbours import BASE_COST, BASE_NAMED
from r1claims.checker.scopewords import (
    MODEL_SPEND,
    PARTIAL_PHASES,
    find_scope_tags,
    model_developed,
)
from r1claims.checker.stages import stage_of_another_figure
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


#: Words that say a cost is one stage on top of another.
_STAGE_QUALIFIED = re.compile(
    r"on top of|\batop\b|incremental|\bplus\b[^.;]{0,60}\bbase\b|in addition to[^.;]{0,40}\bbase\b"
    r"|\bbeyond\b[^.;]{0,30}\bbase\b|\badditional\b|加上[^。；;]{0,30}(?:基礎|基础|基座)模型"
    r"|" + BASE_COST.pattern +
    # the stage named where the sentence speaks of the figure again ("— but that number only
    # covers a narrow reinforcement-learning phase")
    r"|\b(?:this|that|the) (?:figure|number|sum|amount)\b[^.;]{0,60}"
    r"(?:reinforcement[- ]learning|\bRL\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _framed_as_another(
    ctx: FigureContext, claim: Claim, cs: ClaimSet, framing: str, ok_subjects: set[str]
) -> bool:
    """Does the figure's own clause give it to another entity of its family, strongly enough
    (named, not a description) to call the text misleading?"""
    family = cs.family(claim.subject)
    return (
        ctx.framing_named  # "the model", "it": too weak to accuse a text of a wrong subject
        and not (claim.kind == "date" and ctx.framing_after)
        and framing not in ok_subjects
        and framing != family
        and cs.family(framing) == family
        and not any(variant_named(ok, ctx) for ok in ok_subjects)
        # a company and its parent share a fleet and its spending: only another model (or an
        # organisation given a model's figure) is a wrong subject
        and not _both_organisations(framing, claim.subject, cs)
        # a company's own figure with the company named nearest ("R1, backed by High-Flyer,
        # a hedge fund with assets above $7 billion"): not given to the model
        and not _owner_nearest(ctx, claim, cs)
        # a base checkpoint's compute is its model's ("V3-Base" for V3's run); a benchmark
        # score is only its own model's
        and not (
            not claim.metric
            and framing.startswith(claim.subject + "-")
            and _type_of(claim.subject, cs) != "organisation"  # every model's id starts so
            # (but one run's time, compute or cost is not a sibling run's: R1-Zero's RL ran
            # about 198 hours, R1's about 80)
            and not (claim.kind in _RUN_KINDS and framing != claim.subject + "-base")
        )
    )


#: Kinds of figure that one training run has and a sibling model's run does not share.
_RUN_KINDS = frozenset({"duration", "gpu_hours", "cost"})


def _owner_nearest(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Is the figure an organisation's own (not a model's spending), with that organisation
    the entity named nearest it?"""
    return (
        claim.kind not in MODEL_SPEND
        and _type_of(claim.subject, cs) == "organisation"
        and ctx.subjects[:1] == [claim.subject]
    )


#: Scope tags that name a stage of training or how it was valued (not "trained" alone).
_STAGE_TAGS = frozenset({"final_run", "rental", "rl", "pretraining"})


def _about_another_model(
    ctx: FigureContext, claim: Claim, cs: ClaimSet, ok_subjects: set[str]
) -> str | None:
    """A model's spending figure in a sentence that names no model, in text about another
    model of the same family ("its R1 model ... The company spent only $6 million")."""
    family = cs.family(claim.subject)
    if family != home_family(cs):
        return None  # what the text is about is the record's family's model, not another's
    if BASE_NAMED.search(ctx.clause) and claim.scope.phase not in PARTIAL_PHASES:
        return None  # "R1 sits on a base model that cost $6 million": the base's own figure
    if claim.scope.phase in PARTIAL_PHASES and _STAGE_QUALIFIED.search(ctx.sentence):
        return None  # "$294K beyond the base model", "plus $6 million for the base model":
        # the base it names is what the stage sits on, not what the figure is about
    # with no model framing the figure's own clause, a model the sentence names elsewhere is
    # what it is about ("its AI model R1 ... even though the company claims $6 million")
    if (
        ctx.framing_subject is None
        and not ctx.sentence_models
        and _STAGE_TAGS
        & {t.name for t in ctx.tags if claim.kind in t.kinds and claim.scope.phase in t.phases}
    ):
        return None  # its own words name the record's stage, and no model or pronoun does:
        # "The $5.5M is the final training run, not the total bill" (not "Its final run")
    framed = ctx.framing_subject is not None and _type_of(ctx.framing_subject, cs) == "model"
    # (not when its own scope words fit the record)
    framed = framed or tags_fit(ctx, claim) is True
    named = [] if framed else [m for m in ctx.sentence_models if cs.family(m) == family]
    about = next(iter(named), None) if len(set(named)) == 1 else None
    about = about or next((m for m in ctx.about_models if cs.family(m) == family), None)
    if about is None or claim.kind not in MODEL_SPEND or about in ok_subjects:
        return None
    if not cs.has_entity(claim.subject) or cs.entity(claim.subject).type != "model":
        return None  # a company's or a fund's figure is not given to a model by context
    if family == claim.subject:
        return None
    if ctx.framing_named and ctx.framing_subject == claim.subject:
        return None
    related = about.startswith(claim.subject + "-") or claim.subject.startswith(about + "-")
    return None if related else about


def _company_for_model(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """A model's cost given to the company that makes it, with no model and no scope word in
    sight ("DeepSeek spent just $6 million", "the DeepSeek $6M claim"): the company's spending
    is not one model's final run."""
    framing = ctx.framing_subject
    return (
        claim.kind == "cost"
        and cs.family(claim.subject) == home_family(cs)  # another company's figure is quoted
        and framing is not None
        and framing == cs.family(claim.subject)
        and _type_of(claim.subject, cs) == "model"
        and _type_of(framing, cs) == "organisation"
        and not ctx.tags
        and not ctx.about_models
        and not ctx.sentence_models
    )


def _own_model_beside_rival(
    ctx: FigureContext, claim: Claim, cs: ClaimSet, ok_subjects: set[str]
) -> str | None:
    """A model of the record's own family that the sentence names, when the figure's clause
    is about a rival it is compared with ("With DeepSeek R1, they matched OpenAI's o1-1217 at
    just $5 million"): the figure is that model's, not the rival's."""
    framing = ctx.framing_subject
    family = cs.family(claim.subject)
    if (
        framing is None
        or cs.family(framing) == family
        or family != home_family(cs)
        or claim.kind not in MODEL_SPEND  # one model's run, not a date, size or fleet
        or _type_of(claim.subject, cs) != "model"
    ):
        return None
    own = [m for m in ctx.sentence_models if cs.family(m) == family and m not in ok_subjects]
    return own[0] if own and claim.subject not in ctx.sentence_models else None


def _names_model(ctx: FigureContext, cs: ClaimSet) -> bool:
    """Does the figure's own clause name a model the record holds?"""
    framing = ctx.framing_subject
    return bool(
        ctx.framing_named
        and framing is not None
        and cs.has_entity(framing)
        and cs.entity(framing).type in ("model", "app")
    )


def _type_of(entity_id: str, cs: ClaimSet) -> str | None:
    return cs.entity(entity_id).type if cs.has_entity(entity_id) else None


def _both_organisations(a: str, b: str, cs: ClaimSet) -> bool:
    types = {cs.entity(e).type if cs.has_entity(e) else None for e in (a, b)}
    return types == {"organisation"}


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
    elif tags_fit(ctx, claim) is False:
        reasons.append("wrong_scope")
        words = " and ".join(sorted({_TAG_PHRASES.get(t.name, t.name) for t in ctx.tags}))
        problems.append(f"the text frames it as {words}")
    elif (
        claim.kind == "cost"
        and claim.scope.phase in PARTIAL_PHASES
        and not tags_fit(ctx, claim)
        and not _BREAKDOWN.search(ctx.lead)  # a part listed after "broken down as"
        # the sentence, or the next one about "this figure", says it is one stage: "on top of
        # the base model", "the incremental cost", "plus $6 million for the base model"
        and not _STAGE_QUALIFIED.search(ctx.sentence)
        and not _STAGE_QUALIFIED.search(ctx.follow_on)
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


def verdict_for_link(
    fig: Figure, ctx: FigureContext, claim: Claim, cs: ClaimSet, factor: float = 1.0
) -> Judgement:
    found = precedent(ctx, fig, claim, factor)
    if found is not None:
        return found
    reasons: list[str] = []
    problems: list[str] = []
    family = cs.family(claim.subject)
    ok_subjects = acceptable_subjects(claim)
    framing = ctx.framing_subject
    if framing is not None and _framed_as_another(ctx, claim, cs, framing, ok_subjects):
        reasons.append("wrong_subject")
        problems.append(f"the text gives it to {cs.entity_name(framing)}")
    elif ctx.sibling is not None and claim.kind in MODEL_SPEND and not _names_model(ctx, cs):
        reasons.append("wrong_subject")
        problems.append(f"the text gives it to {ctx.sibling}, which the record does not hold")
    elif (about := _about_another_model(ctx, claim, cs, ok_subjects)) is not None:
        reasons.append("wrong_subject")
        problems.append(f"the text is about {cs.entity_name(about)}")
    elif (other := _own_model_beside_rival(ctx, claim, cs, ok_subjects)) is not None:
        reasons.append("wrong_subject")
        problems.append(f"the text gives it to {cs.entity_name(other)}")
    elif _company_for_model(ctx, claim, cs):
        reasons.append("wrong_subject")
        problems.append(f"the text gives one model's figure to {cs.entity_name(family)} as a whole")
    if cs.family(claim.subject) == home_family(cs):
        # scope words are the record's own family's framings; another company's figure
        # quoted for comparison ("GPT-4 cost over $100 million to build") is not re-scoped
        _scope_problems(fig, ctx, claim, reasons, problems)
        if not problems and (stage := stage_of_another_figure(fig, ctx, claim, cs, factor)):
            reasons.append("wrong_scope")
            problems.append(
                f"the text gives it to one stage; for that stage the {explain_claim(stage)}"
            )
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
