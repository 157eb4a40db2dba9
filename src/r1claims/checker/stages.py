"""A whole run's figure given to one of its stages ("pre-training ... cost 2.788 million GPU-hours":
2.788M is the full run, pre-training alone 2.664M).

The record splits a run into stages that each have their own figure (a `phase` per claim). When
a figure restates the whole run's value precisely, but its clause names one stage, and the
record holds that stage's own, different figure of the same measure, the text gives the run's
figure to the stage: misleading.
"""

from __future__ import annotations

import re
from collections import defaultdict

from r1claims.checker.candidates import significant_digits, value_fits
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import stages_together
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.scopewords import SCOPE_TAGS, find_scope_tags
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, Quantity

__all__ = ["stage_of_another_figure"]

_AFTER_LAST_NUMBER = re.compile(r"\d")
#: Scope tags that name one stage of a run, and the tags that name the run as a whole.
_STAGE = frozenset({"pretraining", "rl"})
_RUN = frozenset({"final_run", "full_run", "pretraining", "rl"})


def _siblings(cs: ClaimSet) -> dict[str, list[Claim]]:
    """Per claim id, the records of one stage of the same subject, kind and unit in another
    phase (for V3's whole run: its pre-training's); built once per record, in one pass over
    it grouped by subject, kind and unit (not a pass per claim)."""
    stage_phases = {p for t in SCOPE_TAGS if t.name in _STAGE for p in t.phases}
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in cs.claims:
        if isinstance(c.value, Quantity):
            groups[(c.subject, c.kind, c.value.unit)].append(c)
    table: dict[str, list[Claim]] = {}
    for group in groups.values():
        stages = [o for o in group if o.scope.phase in stage_phases]
        for c in group if stages else ():
            found = [o for o in stages if o.scope.phase != c.scope.phase]
            if found:
                table[c.id] = found
    return table


_SIBLINGS: IdentityMemo[ClaimSet, dict[str, list[Claim]]] = IdentityMemo(_siblings)


def stage_of_another_figure(
    fig: Figure, ctx: FigureContext, claim: Claim, cs: ClaimSet, factor: float = 1.0
) -> Claim | None:
    """The record of the stage the figure's text names before it, when the figure is precise
    (three significant digits or more), restates another phase's record (``claim``) and not
    the stage's own figure; else None."""
    siblings = _SIBLINGS(cs).get(claim.id)
    if not siblings or significant_digits(fig) < 3:
        return None
    # the stage named before the figure, after any number before it ("DeepSeek-V3 cost
    # $5.576 million, of which pre-training was $5.328 million" names the stage of the second)
    lead = find_scope_tags(_AFTER_LAST_NUMBER.split(ctx.lead)[-1])
    stages = [t for t in lead if t.name in _STAGE and claim.kind in t.kinds]
    if not stages:
        return None
    if any(t.name in _RUN and claim.scope.phase in t.phases for t in [*ctx.tags, *lead]):
        return None  # a word of the claim's own phase stands in the clause too
    if stages_together({t.name for t in stages}, ctx.lead):
        return None  # "pre-training and post-training together took 2.788M GPU hours"
    phases = {p for t in stages for p in t.phases}
    return next(
        (o for o in siblings if o.scope.phase in phases and not value_fits(fig, o, factor)), None
    )
