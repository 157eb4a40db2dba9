"""Whom the text gives a linked figure to, when that is not the record's subject: another
model of its family, a model the record does not hold, the company as a whole, or another
maker's model for a benchmark score (`wrong_subject`)."""

from __future__ import annotations

import re

from r1claims.checker.candidates import home_family
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import NEGATED, ONE_OF_ITS
from r1claims.checker.latest import described_by
from r1claims.checker.linking import acceptable_subjects, tags_fit, variant_named
from r1claims.checker.neighbours import BASE_COST, BASE_NAMED
from r1claims.checker.releases import RELEASE_VERB, names_entity
from r1claims.checker.scopewords import MODEL_SPEND, PARTIAL_PHASES
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim

__all__ = ["STAGE_QUALIFIED", "wrong_subject"]

#: Words that say a cost is one stage on top of another.
STAGE_QUALIFIED = re.compile(
    r"on top of|\batop\b|\bmodell\w*\s+felül\b|"
    r"incremental|\bplus\b[^.;]{0,60}\bbase\b|in addition to[^.;]{0,40}\bbase\b"
    r"|\bbeyond\b[^.;]{0,30}\bbase\b|\badditional\b|加上[^。；;]{0,30}(?:基礎|基础|基座)模型"
    r"|" + BASE_COST.pattern +
    # the stage named where the sentence speaks of the figure again ("— but that number only
    # covers a narrow reinforcement-learning phase")
    r"|\b(?:this|that|the) (?:figure|number|sum|amount)\b[^.;]{0,60}"
    r"(?:reinforcement[- ]learning|\bRL\b)"
    # or the sentence says it is not the whole, or only the RL ("does not cover the entire cost
    # of R1, only the RL stages")
    r"|\b(?:does|do|did)(?:n['’]t| not) (?:cover|include|account for)\b[^.;]{0,30}"
    r"\b(?:entire|whole|full|total|end-to-end)\b(?![^.;]{0,25}\b(?:hardware|chips|GPUs|servers))"
    r"|\bonly (?:the |its |a )?(?:reinforcement[- ]learning|\bRL\b)",
    re.IGNORECASE | re.MULTILINE,
)


def wrong_subject(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> str | None:
    """Why the text gives the linked figure to another subject than the record's, if it does:
    another model of its family named in its clause, a model the record does not hold, the
    model the text is about, its own model beside a rival, the company as a whole, or another
    maker's model for a score."""
    ok_subjects = acceptable_subjects(claim)
    framing = ctx.framing_subject
    if framing is not None and _framed_as_another(ctx, claim, cs, framing, ok_subjects):
        return f"the text gives it to {cs.entity_name(framing)}"
    if ctx.sibling is not None and claim.kind in MODEL_SPEND and not _names_model(ctx, cs):
        return f"the text gives it to {ctx.sibling}, which the record does not hold"
    if (about := _about_another_model(ctx, claim, cs, ok_subjects)) is not None:
        return f"the text is about {cs.entity_name(about)}"
    if (other := _own_model_beside_rival(ctx, claim, cs, ok_subjects)) is not None:
        return f"the text gives it to {cs.entity_name(other)}"
    if framing is not None and _score_of_another_model(ctx, claim, cs, framing):
        owner = cs.entity_name(claim.subject)
        return f"the text gives {owner}'s score to {cs.entity_name(framing)}"
    if _company_for_model(ctx, claim, cs):
        family = cs.family(claim.subject)
        return f"the text gives one model's figure to {cs.entity_name(family)} as a whole"
    return None


def _framed_as_another(
    ctx: FigureContext, claim: Claim, cs: ClaimSet, framing: str, ok_subjects: set[str]
) -> bool:
    """Does the figure's own clause give it to another entity of its family, strongly enough
    (named, not a description) to call the text misleading?"""
    family = cs.family(claim.subject)
    return (
        # "the model", "it": too weak to accuse a text of a wrong subject; but "the app" says
        # what kind of thing it gives a model's training cost to
        (ctx.framing_named or _app_for_model(ctx, framing, claim, cs))
        and not (claim.kind == "date" and ctx.framing_after)
        # a date a document's own phrase gives to its publication ("details in a technical
        # report published in December 2024") is the document's, not the sentence's model's
        and not (claim.kind == "date" and _DOCUMENT_DATED.search(ctx.lead[-60:]))
        and framing not in ok_subjects
        and framing != family
        and cs.family(framing) == family
        and not any(variant_named(ok, ctx) for ok in ok_subjects)
        # a company and its parent share a fleet and its spending: only another model (or an
        # organisation given a model's figure) is a wrong subject
        and not _both_organisations(framing, claim.subject, cs)
        # the size of a model the record describes by the framing one's name is that model's
        # series' ("DeepSeek-R1 ... from 1.5B to 70B": R1's distilled models, which tools and
        # coverage name "deepseek-r1:1.5b", "R1 70B"); so, as the labelled corpora have it,
        # is a size alone ("R1 has 1.5B parameters"), though a reader may take it for R1's own
        and not (claim.kind == "parameter_count" and described_by(cs, claim.subject, framing))
        # a company's own figure with the company named nearest ("R1, backed by High-Flyer,
        # a hedge fund with assets above $7 billion"): not given to the model
        and not _owner_nearest(ctx, claim, cs)
        # "R1 ... ($5 million for base model)": the clause names the base, whose run it is,
        # and not the model ("On top of a base model, R1 cost $6 million" is R1's)
        and not (
            BASE_NAMED.search(ctx.clause)
            and _base_run(claim, cs)
            and not names_entity(cs, framing, ctx.clause)
        )
        # a base checkpoint's compute is its model's ("V3-Base" for V3's run); a benchmark
        # score is only its own model's
        and not (
            not claim.metric
            and framing.startswith(claim.subject + "-")
            and cs.entity_type(claim.subject) != "organisation"  # every model's id starts so
            # (but one run's time, compute or cost is not a sibling run's: R1-Zero's RL ran
            # about 198 hours, R1's about 80)
            and not (claim.kind in _RUN_KINDS and framing != claim.subject + "-base")
        )
    )


def _base_run(claim: Claim, cs: ClaimSet) -> bool:
    """Is the record a model's whole spend on a run (not a stage of one), such as a base model
    has?"""
    return (
        claim.kind in MODEL_SPEND
        and claim.scope.phase not in PARTIAL_PHASES
        and cs.entity_type(claim.subject) == "model"
    )


#: A document published on the date right after ("a technical report published in").
_DOCUMENT_DATED = re.compile(
    r"\b(?:report|paper|preprint|article|study|document)\s+(?:\w+\s+){0,2}"
    r"(?:published|released|posted|dated|issued|out)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)


def _app_for_model(ctx: FigureContext, framing: str, claim: Claim, cs: ClaimSet) -> bool:
    """Is an app given a model's training spend ("The app itself cost only six million dollars
    to train") or its release ("DeepSeek's chatbot, which launched globally on Jan. 20")?"""
    return (
        (claim.kind in MODEL_SPEND or claim.scope.phase == "release")
        and cs.entity_type(framing) == "app"
        and cs.entity_type(claim.subject) == "model"
        # not a new version of the app, which a model's release may be ("the latest version of
        # its app came out on January 20"), nor a date a relative clause gives the name before
        # it ("DeepSeek's app, powered by R1 which was released on January 20")
        and not (
            claim.kind == "date"
            and (_APP_VERSION.search(ctx.clause) or _RELATIVE_RELEASE.search(ctx.lead[-50:]))
        )
    )


#: A relative clause's release right before a date: the date is the name's before it.
_RELATIVE_RELEASE = re.compile(
    r"\b(?:which|that|who)\s+(?:was|were|is|has been|had been)\s+(?:\w+\s+)?"
    r"(?:" + RELEASE_VERB + r"|published)\s+(?:on|in)\s*$",
    re.IGNORECASE,
)
#: A new version of an app ("the latest version of its app", "an update to the app").
_APP_VERSION = re.compile(r"\b(?:version|update|upgrade)s?\s+(?:of|to)\b", re.IGNORECASE)


def _score_of_another_model(ctx: FigureContext, claim: Claim, cs: ClaimSet, framing: str) -> bool:
    """Does the figure's own clause name, before it, another maker's model whose score on the
    same benchmark the record holds ("On GPQA Diamond, R1 scored 75.7%, above the 71.5% of
    OpenAI's o1": o1's score given to R1)?"""
    return bool(
        claim.metric
        and claim.metric in ctx.metrics  # named here, not only in the text before
        and ctx.framing_named
        and not ctx.framing_after
        and framing != claim.subject
        # the score's own model is named after the figure, in a comparison, not before it
        and claim.subject in ctx.subjects
        and claim.subject not in ctx.named_before
        and cs.family(framing) != cs.family(claim.subject)
        and cs.entity_type(framing) == "model"
        and cs.entity_type(claim.subject) == "model"
        and any(c.subject == framing and c.metric == claim.metric for c in cs.claims)
    )


#: Kinds of figure that one training run has and a sibling model's run does not share.
_RUN_KINDS = frozenset({"duration", "gpu_hours", "cost"})


def _owner_nearest(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Is the figure an organisation's own (not a model's spending), with that organisation
    the entity named nearest it?"""
    return (
        claim.kind not in MODEL_SPEND
        and cs.entity_type(claim.subject) == "organisation"
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
    if claim.scope.phase in PARTIAL_PHASES and STAGE_QUALIFIED.search(ctx.sentence):
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
    framed = ctx.framing_subject is not None and cs.entity_type(ctx.framing_subject) == "model"
    # (not when its own scope words fit the record)
    framed = framed or tags_fit(ctx, claim) is True
    named = [] if framed else [m for m in ctx.sentence_models if cs.family(m) == family]
    about = next(iter(named), None) if len(set(named)) == 1 else None
    about = about or next((m for m in ctx.about_models if cs.family(m) == family), None)
    if about is None or claim.kind not in MODEL_SPEND or about in ok_subjects:
        return None
    if cs.entity_type(claim.subject) != "model":
        return None  # a company's or a fund's figure is not given to a model by context
    if family == claim.subject:
        return None
    if ctx.framing_named and ctx.framing_subject == claim.subject:
        return None
    related = about.startswith(claim.subject + "-") or claim.subject.startswith(about + "-")
    return None if related else about


def _company_for_model(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """A model's cost given to the company that makes it, with no model of its own in the
    sentence and no word that scopes a cost ("DeepSeek spent just $6 million", "the DeepSeek
    $6M claim", "DeepSeek reports training a reasoning model for roughly $6M"), or with the
    company's name as what was trained ("the cost to train DeepSeek was $6 million"): the
    company's spending, or its AI as a whole, is not one model's final run."""
    framing = ctx.framing_subject
    return (
        claim.kind == "cost"
        and cs.family(claim.subject) == home_family(cs)  # another company's figure is quoted
        and framing is not None
        and framing == cs.family(claim.subject)
        and cs.entity_type(claim.subject) == "model"
        and cs.entity_type(framing) == "organisation"
        # a model of its own named or described anywhere in the sentence, even as a base, owns
        # the cost ("It runs on DeepSeek V3, which the company says was trained for less than $6
        # million"), as do "one of its models", "its foundation model"; a rival's model does
        # not ("the cost to train DeepSeek was $6 million, 1% of what it took to train GPT-4")
        and not any(cs.family(m) == framing and cs.entity_type(m) == "model" for m in ctx.subjects)
        and not _SOME_MODEL.search(ctx.sentence)
        and not _of_company(ctx, cs, framing, _POSSESSED_MODEL)  # "DeepSeek's reasoning model"
        and not NEGATED.search(ctx.lead[-60:])  # "DeepSeek didn't train its model for $294,000"
        and (
            (not _cost_tags(ctx) and not ctx.about_models)
            or _of_company(ctx, cs, framing, _MADE_OBJECT)  # "the cost to train DeepSeek"
        )
    )


#: Words that give a cost to some model of the company ("one of its recent models", "its
#: foundation model", "the model used as the foundation for r1").
_SOME_MODEL = re.compile(
    ONE_OF_ITS.pattern + r"|\b(?:foundation|foundational|base|underlying)[- ]models?\b"
    r"|\b(?:foundation|base) (?:for|of)\b"
    # the model the date makes "its latest" (`latest.py`: V3 in December 2024)
    r"|\bits (?:latest|newest|most recent|new|newer) (?:[\w-]+ )?model\b",
    re.IGNORECASE,
)


def _cost_tags(ctx: FigureContext) -> bool:
    """Does the figure's clause hold scope words that scope a cost ("the final run", "hardware";
    not "training", which every model's cost has, nor a release's or the market's)?"""
    return any("cost" in t.kinds for t in ctx.tags)


#: The company's name as what was trained or built ("the cost to train DeepSeek",
#: "developing DeepSeek only cost about $6 million"): it stands for its AI as a whole. "{}" is
#: where the company's names go.
_MADE_OBJECT = (
    r"\b(?:train(?:s|ed|ing)?|buil(?:d|ds|t|ding)|develop(?:s|ed|ing)?|creat(?:e|es|ed|ing))\s+"
    r"(?:the\s+)?(?:{})\b(?![-\s]*(?:[VR]\d|['’]s\b))"
)
#: A model the company's name owns ("DeepSeek's open-sourced reasoning model").
_POSSESSED_MODEL = r"\b(?:{})['’]s (?:[\w-]+ ){{0,2}}?model\b"


def _of_company(ctx: FigureContext, cs: ClaimSet, company: str, pattern: str) -> bool:
    """Does ``pattern``, with the company's names in it, occur in the figure's sentence?"""
    entity = cs.entity(company)
    names = "|".join(re.escape(n) for n in sorted(set(entity.names), key=len)[::-1])
    return re.search(pattern.format(names), ctx.sentence, re.IGNORECASE) is not None


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
        or cs.entity_type(claim.subject) != "model"
    ):
        return None
    own = [m for m in ctx.sentence_models if cs.family(m) == family and m not in ok_subjects]
    return own[0] if own and claim.subject not in ctx.sentence_models else None


def _names_model(ctx: FigureContext, cs: ClaimSet) -> bool:
    """Does the figure's own clause name a model the record holds?"""
    framing = ctx.framing_subject
    return bool(
        ctx.framing_named and framing is not None and cs.entity_type(framing) in ("model", "app")
    )


def _both_organisations(a: str, b: str, cs: ClaimSet) -> bool:
    types = {cs.entity_type(e) for e in (a, b)}
    return types == {"organisation"}
