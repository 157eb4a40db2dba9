"""Whose figure the text presents it as: an estimate attributed to someone, or the company's
own statement (an analyst's estimate given as "DeepSeek says ..." is misleading)."""

from __future__ import annotations

import re

from r1claims.checker.figure_context import FigureContext
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim

__all__ = ["as_own_figure"]

#: Words that make a figure someone's estimate rather than a fact.
_ESTIMATE_WORDS = re.compile(
    r"estimat|according to|reportedly|report(?:s|ed)? (?:say|suggest|indicate)|analysts?|"
    r"believed|(?:said|reported|thought|rumou?red) to\b|(?-i:\bper\s+[A-Z])|"
    r"\bsuggest(?:s|ed)?\b|speculat|alleg|rumou?r"
    # a report or a person other than the company gives it ("The report said DeepSeek runs
    # 50,000 Hopper GPUs", "he says the lab holds 50,000 H100s")
    r"|\b(?:report|study|analysis|survey|note)\s+(?:also\s+)?(?:says?|said|found|finds|claim)"
    r"|\b(?:he|she)\s+(?:also\s+)?(?:says?|said|claim(?:s|ed)?|told|estimated?)\b"
    # a speaker's own belief, quoted ("I understand that DeepSeek has about 50,000 H100s"), or
    # an interview's with a person ("in the CNBC interview with Alexandr Wang, DeepSeek has
    # 50,000 H100s"; not "In an interview with Reuters, DeepSeek said")
    r"|(?-i:\bI)\s+(?:understand|think|believe|guess|hear|reckon)\b"
    r"|\binterview with (?-i:[A-Z][a-z]+ [A-Z][a-z]+)\b",
    re.IGNORECASE,
)
#: Verbs that make a figure the subject's own statement.
_SAYS = re.compile(
    r"\b(?:says?|said|claim(?:s|ed)?|disclos\w*|reveal\w*|announc\w*|stated?|admit\w*)\b",
    re.IGNORECASE,
)


def _names_of(estimator: str, cs: ClaimSet) -> list[str]:
    """Ways an estimator may be written: its entity name and aliases, or its id as words."""
    if cs.has_entity(estimator):
        entity = cs.entity(estimator)
        return [n.lower() for n in entity.names]
    return [estimator.replace("-", " ").lower(), estimator.lower()]


def _attributed(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Does the sentence say whose estimate it is, or that it is one?"""
    if claim.scope.estimator in ctx.subjects:
        return True
    if any(name in ctx.sentence_lower for name in _names_of(claim.scope.estimator, cs)):
        return True
    # another speaker gives it ("Scale AI CEO Alexandr Wang said DeepSeek has 50,000 H100s")
    own = _names_of(cs.family(claim.subject), cs)
    # the company's own people speak for it: a name its description gives ("founder Liang
    # Wenfeng")
    family = cs.family(claim.subject)
    described = (cs.entity(family).description or "").lower() if cs.has_entity(family) else ""
    for m in _SPEAKER.finditer(ctx.sentence):
        speaker = m.group(1).lower()
        if (
            speaker.split()[0] not in _NOT_SPEAKERS
            and not any(n in speaker for n in own)
            and speaker not in described
        ):
            return True
    return bool(_ESTIMATE_WORDS.search(ctx.sentence))


#: A capitalised name right before a verb of saying: who gives the figure.
_SPEAKER = re.compile(
    r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*,?"
    # and the adverbs that may stand between ("Alexandr Wang, however, recently claimed")
    r"(?:\s+(?:however|also|recently|previously|later|then|once|publicly|even),?)*\s+"
    r"(?:says?|said|claim(?:s|ed)?|told|thinks?|believes?|estimates?|reckons?)\b"
)
#: Capitalised words that open a sentence and name no speaker.
_NOT_SPEAKERS = frozenset({"it", "they", "he", "she", "the", "this", "that", "company", "which"})


def as_own_figure(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Is an analyst's estimate presented as the company's own figure ("DeepSeek says it has
    50,000 GPUs")? Not when the text names the estimator or calls it an estimate; a bare
    statement of the figure is not presented as anyone's (fact sheet, section 10)."""
    if _attributed(ctx, claim, cs):
        return False
    family = cs.family(claim.subject)
    speaks = any(cs.family(s) == family for s in ctx.subjects)
    return speaks and bool(_SAYS.search(ctx.sentence))
