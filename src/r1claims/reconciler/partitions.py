"""Findings from comparing values: restatements of one measure, estimates that disagree,
unexplained conflicts, and the headline pairs that answer different questions."""

from __future__ import annotations

import itertools

from r1claims.reconciler.explain import contrast, describe, short_basis, when
from r1claims.reconciler.group_state import GroupState
from r1claims.reconciler.grouping import (
    measure_differences,
    precision_rank,
    same_value,
    scale_key,
    who_differences,
)
from r1claims.reconciler.report import Finding
from r1claims.record.humanize import absolute_precision, format_value
from r1claims.record.model import Citation, Claim, Quantity
from r1claims.record.tolerance import restates

__all__ = ["MAX_HEADLINE", "ScopeFindings", "spread", "variant"]

#: Most headline figures compared pairwise in one group (the most cited are kept).
MAX_HEADLINE = 6
#: Fields a "different scope" sentence may name: what a reader confuses, never a date stated.
PAIR_FIELDS = ("subject", "phase", "component", "per", "hardware", "basis", "unit")


def spread(low: Quantity, high: Quantity) -> str:
    """How far apart two estimates are: '2.5 times' or '12% apart'."""
    a, b = sorted((abs(low.amount), abs(high.amount)))
    if a == 0 or (low.amount < 0) != (high.amount < 0):
        return "of opposite sign or zero"
    ratio = b / a
    if ratio >= 1.5:
        return f"{ratio:.1f}".rstrip("0").rstrip(".") + " times apart"
    gap = (ratio - 1) * 100
    return f"{gap:.2g}% apart" if gap < 10 else f"{gap:.0f}% apart"


def variant(citation: Citation, value: Quantity) -> str | None:
    """Why a citation's written figure differs from the value: 'rounded', 'cut short, not
    rounded', 'an upper bound', ...; None when it writes the value itself."""
    stated = citation.stated
    if stated is None or stated.amount is None or stated.amount == value.amount:
        return None
    q = stated.qualifier
    if q in ("less_than", "at_most"):
        return "an upper bound"
    if q in ("more_than", "at_least"):
        return "a lower bound"
    if q == "range":
        return "a range"
    p = stated.precision or absolute_precision(value)
    if abs(stated.amount - value.amount) <= p / 2 * (1 + 1e-9):
        return "rounded"
    if restates(stated.amount, p, value.amount, 0.0, "exact"):
        return "cut short"
    if q == "about" and restates(stated.amount, p, value.amount, 0.0, q):
        return "approximate"
    return "does not match"


class ScopeFindings(GroupState):
    """Steps 2 and 3 of the group analysis (see `r1claims.reconciler.run`)."""

    # 2. partitions by what is measured -------------------------------------------------------
    def partitions(self) -> None:
        for members in self.parts:  # each already on the scale
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
        """One figure written at several precisions. The figure the record's `restates`
        relations point to is the original; otherwise the most precise one is."""
        restating = {r.claim for r in self.relations if r.kind == "restates"}
        originals = [c for c in cluster if c.id not in restating]
        restated = {r.of for r in self.relations if r.kind == "restates"}
        precise = min(originals or cluster, key=lambda c: (c.id not in restated, precision_rank(c)))
        recorded = originals and precise is not min(cluster, key=precision_rank)
        others = [c for c in cluster if c is not precise]
        self.covered_by_relation.update(c.id for c in others)
        others = [c for c in others if not self.same_figure(c.id, precise.id)]
        if not others:
            return  # every one restates it through a recorded relation, already explained
        rounded = ", ".join(
            f"{format_value(c.value)} ({self.cs.estimator_name(c.scope.estimator)})" for c in others
        )
        s = "s" if len(others) == 1 else ""
        head = f"{format_value(precise.value)} ({self.cs.estimator_name(precise.scope.estimator)})"
        self.findings.append(
            Finding(
                kind="restated",
                members=[precise.id, *(c.id for c in others)],
                explanation=f"Same figure: {head} is the original; {rounded} restate{s} it."
                if recorded
                else f"Same figure at different precision: {head} is the precise value; "
                f"{rounded} round{s} to it.",
            )
        )

    def stated_restatements(self, claim: Claim) -> None:
        """Citations framed rightly that wrote the figure otherwise, collapsed to one sentence
        with why each variant differs. Misframed citations are not restatements."""
        value = claim.value
        if not isinstance(value, Quantity):
            return
        variants: dict[tuple[str, str], int] = {}
        for cit in claim.citations:
            why = variant(cit, value)
            if why is None or cit.framing.verdict in ("misleading", "refuted"):
                continue
            assert cit.stated is not None
            key = (cit.stated.text, why)
            variants[key] = variants.get(key, 0) + 1
        if not variants:
            return
        parts = [
            f"'{text}' ({why}{f', {n} sources' if n > 1 else ''})"
            for (text, why), n in variants.items()
        ]
        listed = ", ".join(parts[:-1]) + " or " + parts[-1] if len(parts) > 1 else parts[0]
        self.findings.append(
            Finding(
                kind="restated",
                members=[claim.id],
                explanation=f"{format_value(value)} is also written {listed}.",
            )
        )

    def split(self, a: list[Claim], b: list[Claim]) -> None:
        x, y = min(a, key=precision_rank), min(b, key=precision_rank)
        b_ids = {q.id for q in b}
        b_roots = {self._root(q.id) for q in b}
        if any(self.neighbours.get(p.id, set()) & b_ids or self._root(p.id) in b_roots for p in a):
            return  # a part and its whole, or a derivation: explained by the relation
        if x.kind == "statement":
            return  # statements are separate facts, not rival values of one measure
        differs = who_differences(x, y)
        if differs and isinstance(x.value, Quantity) and isinstance(y.value, Quantity):
            self.findings.append(
                Finding(
                    kind="estimates_disagree",
                    members=[x.id, y.id],
                    differs_in=differs,
                    explanation=f"Estimates disagree on {x.scope.covers}: {self._who(x)} puts "
                    f"it at {format_value(x.value)}, {self._who(y)} at "
                    f"{format_value(y.value)}; {spread(x.value, y.value)}, beyond their "
                    f"precision.",
                )
            )
            return
        if differs:
            self.findings.append(
                Finding(
                    kind="estimates_disagree",
                    members=[x.id, y.id],
                    differs_in=differs,
                    explanation=f"Sources disagree on {x.scope.covers}: {self._who(x)} gives "
                    f"{format_value(x.value)}, {self._who(y)} {format_value(y.value)}.",
                )
            )
            return
        self.findings.append(
            Finding(
                kind="conflict",
                members=[x.id, y.id],
                explanation=f"Unexplained conflict: {format_value(x.value)} and "
                f"{format_value(y.value)} have the same scope ({x.scope.covers}; "
                f"{self.cs.estimator_name(x.scope.estimator)}, "
                f"{x.scope.basis.replace('_', ' ')}) but differ beyond rounding. Fix the value "
                f"or record the scope that tells them apart.",
            )
        )

    def _who(self, claim: Claim) -> str:
        stamp = when(claim)
        dated = f", {stamp[0]} {stamp[1]}" if stamp else ""
        name = self.cs.estimator_name(claim.scope.estimator)
        return f"{name} ({short_basis(claim.scope.basis)}{dated})"

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
        # a misframing that gives a figure another subject confuses it with that subject's
        # most cited figure (not with every figure of that subject)
        partner: dict[str, str] = {}
        for c in sorted(headline, key=lambda c: -len(c.citations)):
            partner.setdefault(c.subject, c.id)
        for x, y in itertools.combinations(headline, 2):
            if frozenset((x.id, y.id)) in done or self.part_of[x.id] == self.part_of[y.id]:
                continue
            measured = measure_differences(x, y)
            differs = [
                f
                for f in PAIR_FIELDS
                if f in measured or (f == "basis" and x.scope.basis != y.scope.basis)
            ]
            self.findings.append(
                Finding(
                    kind="different_scope",
                    members=[x.id, y.id],
                    differs_in=differs,
                    confused=(self._confused(x, y) if partner[y.subject] == y.id else 0)
                    + (self._confused(y, x) if partner[x.subject] == x.id else 0),
                    explanation=f"{describe(x, self.cs)} and {describe(y, self.cs)} answer "
                    f"different questions: {contrast(x, y, differs, self.cs)}.",
                )
            )

    @staticmethod
    def _confused(x: Claim, y: Claim) -> int:
        """Citations of ``x`` that gave it ``y``'s subject (a figure for another model)."""
        return sum(
            1
            for cit in x.citations
            if cit.framing.verdict in ("misleading", "refuted")
            and cit.framing.subject is not None
            and cit.framing.subject != x.subject
            and cit.framing.subject == y.subject
        )

    def _primary(self, source_id: str) -> bool:
        return self.cs.has_source(source_id) and self.cs.source(source_id).primary
