"""Refute only with certainty: of the records a figure's words pin, those it can contradict
beyond doubt (issue 9, point 3). Each guard is a kind of text, not one sentence."""

from __future__ import annotations

import re

from r1claims.checker.candidates import counts_what_it_names, same_hardware
from r1claims.checker.figure_context import FigureContext
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim

__all__ = ["certain_claims"]

#: A company's product named by a generic noun ("OpenAI's system", "Meta's model").
_OWN_PRODUCT = re.compile(r"['’]s (?:[\w-]+ )?(?:model|system|chatbot|LLM|AI)\b")


#: Number formats a size depends on.
_FORMAT = re.compile(r"\b(?:FP8|BF16|FP16|FP32|INT8|INT4|AWQ|GGUF)\b", re.IGNORECASE)


def _format_named(claim: Claim, sentence: str) -> bool:
    """Does the sentence name the number format the record's figure depends on, if any?"""
    formats = {f.upper() for f in _FORMAT.findall(claim.scope.covers)}
    return not formats or bool(formats & {f.upper() for f in _FORMAT.findall(sentence)})


#: Chips a clause may name beside a bare GPU count ("a 256-GPU NVIDIA HGX B200 cluster").
_CHIP = re.compile(r"\b(?:G?B[12]00|[AH]\d{2,3}|H20|MI\d{3}X?|Ascend|Blackwell|Ampere)\b")


def _chips_fit(clause: str, claim: Claim) -> bool:
    """Does every chip the clause names fit the record's hardware (when it gives any)?"""
    chips = _CHIP.findall(clause)
    return not chips or any(same_hardware(chip, claim.scope.hardware) for chip in chips)


def certain_claims(
    pinned: list[Claim], fig: Figure, ctx: FigureContext, cs: ClaimSet
) -> list[Claim]:
    """The pinned records the figure can contradict beyond doubt."""
    if fig.noun:  # "500 models", "1k data": only a count of what the record counts contradicts it
        pinned = [c for c in pinned if counts_what_it_names(fig.noun, c)]
    # a cluster of other chips ("a 256-GPU HGX B200 cluster") is another cluster, and a size the
    # record gives in one number format ("~700 GB" in FP8) is not contradicted by a text that
    # names none ("the weights need over 1,300 GB")
    pinned = [
        c
        for c in pinned
        if same_hardware(fig.hardware, c.scope.hardware)
        and _format_named(c, ctx.sentence)
        and _chips_fit(ctx.clause, c)
    ]
    if _OWN_PRODUCT.search(ctx.lead):  # "whereas OpenAI's system is based on 1.8 trillion
        # parameters, DeepSeek-R1 ...": the figure is another company's product's
        others = {cs.family(r) for r in ctx.named_before if cs.has_entity(r)}
        pinned = [c for c in pinned if others <= {cs.family(c.subject)}]
    return pinned
