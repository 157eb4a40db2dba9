"""Licence names: linked to the licence record of the subject the text names, refuted only when
the record gives that subject another licence and nothing says the text may mean another."""

from __future__ import annotations

import re

from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import NEGATED
from r1claims.checker.verdict import Judgement, explain_claim, precedent, verdict_for_link
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Category, Claim

__all__ = ["judge_licence"]


def judge_licence(
    fig: Figure, ctx: FigureContext, cs: ClaimSet, licences: list[Claim]
) -> Judgement:
    """A licence name: supported when the named subject's licence claim has that name,
    refuted when it has another, unverifiable when the record holds none for the subject."""
    from r1claims.extract.licences import canonical_licence, find_licences

    named = [c for c in licences if c.subject in ctx.subjects]
    # a name the record does not hold, nearer than any it holds ("R1 is MIT; Mistral Small 3
    # ships under Apache 2.0"), or a model of another maker: the licence may be theirs
    another = ctx.foreign or ctx.other_model
    # the distilled models, built on Qwen and Llama, keep their base's licence, which the
    # record does not hold ("Its distilled Qwen models remain under Apache 2.0")
    another = another or bool(_DISTILLED.search(ctx.lead))
    if not named and not another:  # the sentence before's subject ("It is released under")
        named = [c for c in licences if c.subject in ctx.prior]
    if not named:
        return Judgement("unverifiable", "The record holds no licence for what this text names.")
    nearest = next(s for s in [*ctx.subjects, *ctx.prior] if any(c.subject == s for c in named))
    claims = [c for c in named if c.subject == nearest]
    for claim in claims:
        assert isinstance(claim.value, Category)
        if canonical_licence(claim.value.category) == fig.category:
            return verdict_for_link(fig, ctx, claim, cs)
    claim = claims[0]
    if another:
        return Judgement(
            "unverifiable",
            f"The text may give it to another model (one the record does not hold, or a distilled "
            f"one): {explain_claim(claim)}.",
            claim,
        )
    found = precedent(ctx, fig, claim)
    if found is not None:
        return found
    recorded = claim.value.category if isinstance(claim.value, Category) else ""
    if NEGATED.search(ctx.lead[-60:]):  # "No, R1 was not released under Apache 2.0"
        return Judgement("unverifiable", f"The text denies it: {explain_claim(claim)}.", claim)
    if any(c == canonical_licence(recorded) for _, _, c in find_licences(ctx.sentence)):
        # the sentence also names the recorded licence: it tells of a change of licence
        # ("now MIT; the original release used the DeepSeek License"), which the record,
        # dated at the release, cannot refute
        return Judgement(
            "unverifiable",
            f"The text names the recorded licence as well: {explain_claim(claim)}.",
            claim,
        )
    return Judgement(
        "refuted",
        f"The record gives another licence: {explain_claim(claim)}.",
        claim,
        ["contradicted"],
    )


#: Words that speak of the distilled models (in several languages).
_DISTILLED = re.compile(r"distil|蒸馏|蒸留|증류", re.IGNORECASE)
