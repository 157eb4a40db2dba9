"""Findings from comparing values: restatements inside a comparable scope, different estimators,
unexplained conflicts, and the headline pairs that answer different questions."""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

from r1claims.reconciler.explain import contrast, describe, scope_differences
from r1claims.reconciler.group_state import GroupState
from r1claims.reconciler.grouping import precision_rank, same_value, scale_key
from r1claims.reconciler.report import Finding
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim, Quantity
from r1claims.record.tolerance import restates

__all__ = ["MAX_HEADLINE", "ScopeFindings"]

#: Most headline figures compared pairwise in one group (the most cited are kept).
MAX_HEADLINE = 6


class ScopeFindings(GroupState):
    """Steps 2 and 3 of the group analysis (see `r1claims.reconciler.run`)."""

    # 2. partitions by comparable scope -------------------------------------------------------
    def partitions(self) -> None:
        parts: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
        for claim in self.claims:  # already on the scale
            parts[self.scope_of[claim.id]].append(claim)
        for members in parts.values():
            clusters: list[list[Claim]] = [[members[0]]]
            for claim in members[1:]:
                if same_value(clusters[-1][-1], claim):
                    clusters[-1].append(claim)
                else:
                    clusters.append([claim])
            for cluster in clusters:
                if len(cluster) > 1:
                    self.restated(cluster)
            for a, b in itertools.pairwise(clusters):
                self.split(a, b)

    def restated(self, cluster: list[Claim]) -> None:
        precise = min(cluster, key=precision_rank)
        others = [c for c in cluster if c is not precise]
        self.covered_by_relation.update(c.id for c in others)
        rounded = ", ".join(
            f"{format_value(c.value)} ({self.cs.estimator_name(c.scope.estimator)})" for c in others
        )
        self.findings.append(
            Finding(
                kind="restated",
                members=[precise.id, *(c.id for c in others)],
                explanation=f"Same figure at different precision: {format_value(precise.value)} "
                f"({self.cs.estimator_name(precise.scope.estimator)}) is the precise value; "
                f"{rounded} round{'s' if len(others) == 1 else ''} to it.",
            )
        )

    def stated_restatements(self, claim: Claim) -> None:
        """Citations that wrote the figure at another precision: say what they round to."""
        value = claim.value
        if not isinstance(value, Quantity):
            return
        shown: dict[str, list[str]] = {}
        for cit in claim.citations:
            stated = cit.stated
            if stated is None or stated.amount is None or stated.amount == value.amount:
                continue
            fits = restates(
                stated.amount,
                stated.precision or value.precision,
                value.amount,
                value.precision,
                stated.qualifier,
            )
            verb = "rounds to it" if fits else "does not round to it"
            title = (
                self.cs.source(cit.source).title if self.cs.has_source(cit.source) else cit.source
            )
            shown.setdefault(verb, []).append(f"{stated.text} ({title})")
        if not shown:
            return
        parts = [
            f"{', '.join(texts)} {verb}" for verb, texts in sorted(shown.items(), reverse=True)
        ]
        self.findings.append(
            Finding(
                kind="restated",
                members=[claim.id],
                explanation=f"{format_value(value)} is the precise value ({claim.scope.covers}); "
                f"coverage wrote {'; '.join(parts)}.",
            )
        )

    def split(self, a: list[Claim], b: list[Claim]) -> None:
        x, y = a[0], b[0]
        if frozenset((x.id, y.id)) in self.linked:
            return  # a part and its whole, or a derivation: explained by the relation
        if x.kind == "statement":
            return  # statements are separate facts, not rival values of one measure
        differs = [f for f in ("estimator", "basis") if getattr(x.scope, f) != getattr(y.scope, f)]
        if differs:
            self.findings.append(
                Finding(
                    kind="different_scope",
                    members=[x.id, y.id],
                    differs_in=differs,
                    explanation=f"{format_value(x.value)} and {format_value(y.value)} measure the "
                    f"same thing but come from different {' and '.join(differs)}: "
                    f"{self._who(x)} versus {self._who(y)}.",
                )
            )
            return
        self.findings.append(
            Finding(
                kind="conflict",
                members=[x.id, y.id],
                explanation=f"Unexplained conflict: {format_value(x.value)} and "
                f"{format_value(y.value)} have the same scope ({x.scope.covers}; "
                f"{self._who(x)}) but differ beyond rounding. Fix the value or record the "
                f"scope that tells them apart.",
            )
        )

    def _who(self, claim: Claim) -> str:
        basis = claim.scope.basis.replace("_", " ")
        return f"{self.cs.estimator_name(claim.scope.estimator)}, {basis}"

    # 3. headline pairs ------------------------------------------------------------------------
    def headline_pairs(self) -> None:
        headline = [c for c in self.claims if c.id not in self.covered_by_relation]
        # the figures coverage repeats are the ones readers confuse: compare those first
        covered = [c for c in headline if any(not self._primary(cit.source) for cit in c.citations)]
        if len(covered) >= 2:
            headline = covered
        headline.sort(key=lambda c: (-len(c.citations), scale_key(c)))
        headline = sorted(headline[:MAX_HEADLINE], key=scale_key)
        done = {frozenset(f.members[:2]) for f in self.findings} | self.linked
        for x, y in itertools.combinations(headline, 2):
            if frozenset((x.id, y.id)) in done or self.scope_of[x.id] == self.scope_of[y.id]:
                continue
            differs = scope_differences(x, y)
            self.findings.append(
                Finding(
                    kind="different_scope",
                    members=[x.id, y.id],
                    differs_in=differs,
                    explanation=f"{describe(x, self.cs)} and {describe(y, self.cs)} answer "
                    f"different questions: {contrast(x, y, differs, self.cs)}.",
                )
            )

    def _primary(self, source_id: str) -> bool:
        return self.cs.has_source(source_id) and self.cs.source(source_id).primary
