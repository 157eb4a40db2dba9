"""Reconciler: group figures that answer the same question and classify how they relate.

Grouping rule
    A group is every claim with the same ``kind``, the same ``metric`` (benchmarks only) and a
    subject of the same entity ``family``: "cost / deepseek" holds V3's run, R1's RL stages and
    the fleet estimates alike. The value never decides the group.

Classification inside a group (near-linear: one dict pass, one sort per partition)
    1. Relations recorded in the data: ``derived`` formulas are recomputed and said to hold or
       not within their tolerance; ``part_of`` and ``restates`` are stated.
    2. Members are partitioned by *comparable scope*: subject, phase, unit, ``per``,
       ``as_of``, hardware and component. Inside a partition, values sorted on their scale are
       merged while each restates the next within its stated precision
       (`r1claims.record.tolerance`): a cluster of two or more is *restated* (rounding or
       precision). Two clusters in one partition are a *different_scope* finding when their
       estimator or basis differ, and an *unexplained conflict* when they do not. Two figures
       linked by a recorded relation, or two statements, are never a conflict.
    3. Headline figures (members that are not a part of, or a restatement of, another member)
       are compared pairwise, at most ``MAX_HEADLINE`` of them, the most cited first: each pair
       is *different_scope* with the scope fields that differ named.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from r1claims.reconciler.explain import (
    KIND_QUESTIONS,
    correction_for,
    explain_claim,
    scope_summary,
)
from r1claims.reconciler.grouping import (
    group_key,
)
from r1claims.reconciler.partitions import MAX_HEADLINE, ScopeFindings
from r1claims.reconciler.relations import RelationFindings
from r1claims.reconciler.report import (
    ConflictReport,
    Coverage,
    Finding,
    Group,
    Member,
    Misframed,
)
from r1claims.record.claimset import ClaimSet
from r1claims.record.formula import references
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim, Quantity, Relation

__all__ = [
    "MAX_HEADLINE",
    "ConflictReport",
    "Coverage",
    "Finding",
    "Group",
    "Member",
    "Misframed",
    "group_key",
    "reconcile",
]


class _GroupBuilder(RelationFindings, ScopeFindings):
    """One group: its members, findings and summary."""

    def build(self) -> Group:
        for rel in sorted(self.relations, key=lambda r: r.id):
            self.recorded_relation(rel)
        self.partitions()
        for claim in self.claims:
            self.stated_restatements(claim)
        self.headline_pairs()
        first = self.claims[0]
        members = [self.member(c) for c in self.claims]
        misframed = [
            self.misframed(c, cit)
            for c in self.claims
            for cit in c.citations
            if cit.framing.verdict in ("misleading", "refuted")
        ]
        family = self.cs.family(first.subject)
        question = KIND_QUESTIONS.get(first.kind, "What is the figure?")
        return Group(
            id=self.key,
            question=f"{question} ({self._family_name(family)}"
            + (f", {first.metric})" if first.metric else ")"),
            kind=first.kind,
            family=family,
            metric=first.metric,
            members=members,
            findings=self.findings,
            misframed=misframed,
            summary=self.summary(members, misframed),
        )

    def _family_name(self, family: str) -> str:
        return self.cs.entity_name(family)

    def member(self, claim: Claim) -> Member:
        q = claim.value if isinstance(claim.value, Quantity) else None
        coverage = []
        for cit in claim.citations:
            source = self.cs.source(cit.source) if self.cs.has_source(cit.source) else None
            coverage.append(
                Coverage(
                    source=cit.source,
                    source_title=source.title if source else cit.source,
                    primary=bool(source and source.primary),
                    stated=cit.stated.text if cit.stated else None,
                    verdict=cit.framing.verdict,
                    reasons=list(cit.framing.reasons),
                )
            )
        return Member(
            claim_id=claim.id,
            label=claim.label,
            subject=claim.subject,
            value=format_value(claim.value),
            amount=q.amount if q else None,
            unit=q.unit if q else None,
            status=claim.status,
            scope_summary=scope_summary(claim, self.cs),
            explanation=explain_claim(claim, self.cs),
            coverage=coverage,
        )

    def misframed(self, claim: Claim, cit: Any) -> Misframed:
        source = self.cs.source(cit.source) if self.cs.has_source(cit.source) else None
        said = cit.framing.scope or (
            self.cs.entity_name(cit.framing.subject) if cit.framing.subject else None
        )
        return Misframed(
            claim_id=claim.id,
            source=cit.source,
            source_title=source.title if source else cit.source,
            stated=cit.stated.text if cit.stated else format_value(claim.value),
            said=said,
            verdict=cit.framing.verdict,
            reasons=list(cit.framing.reasons),
            correction=correction_for(claim, cit, self.cs),
        )

    def summary(self, members: list[Member], misframed: list[Misframed]) -> str:
        counts: dict[str, int] = defaultdict(int)
        for f in self.findings:
            counts[f.kind] += 1
        derived = [f for f in self.findings if f.kind == "derived"]
        holding = sum(1 for f in derived if f.holds)
        scopes = len(set(self.scope_of.values()))
        parts = [
            f"{len(members)} figure{'s' if len(members) != 1 else ''} in {scopes} "
            f"scope{'s' if scopes != 1 else ''}"
        ]
        if counts["restated"]:
            parts.append(f"{counts['restated']} restated at another precision")
        if derived:
            parts.append(f"{holding} of {len(derived)} derivations hold")
        if counts["part_of"]:
            parts.append(f"{counts['part_of']} part-of links")
        parts.append(
            f"{counts['conflict']} unexplained conflict{'s' if counts['conflict'] != 1 else ''}"
        )
        if misframed:
            sources = len({m.source for m in misframed})
            parts.append(
                f"{len(misframed)} citation{'s' if len(misframed) != 1 else ''} "
                f"in {sources} source{'s' if sources != 1 else ''} framed a figure wrongly"
            )
        return "; ".join(parts) + "."


def reconcile(claimset: ClaimSet) -> ConflictReport:
    """Group the record's figures and explain how they relate (see the module docstring)."""
    from r1claims.record.loader import gc_paused

    with gc_paused():  # many small objects, no cycles: see `gc_paused`
        return _reconcile(claimset)


def _reconcile(claimset: ClaimSet) -> ConflictReport:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claimset.claims:
        groups[group_key(claim, claimset)].append(claim)
    by_group: dict[str, list[Relation]] = defaultdict(list)
    for rel in claimset.relations:
        if _relation_usable(rel, claimset):
            by_group[group_key(claimset.claim(rel.claim), claimset)].append(rel)
    return ConflictReport(
        groups=[
            _GroupBuilder(claimset, key, groups[key], by_group.get(key, [])).build()
            for key in sorted(groups)
        ]
    )


def _relation_usable(rel: Relation, cs: ClaimSet) -> bool:
    ids: Iterable[str] = [
        rel.claim,
        *([rel.of] if rel.of else []),
        *(references(rel.formula) if rel.formula else []),
    ]
    return all(cs.has_claim(i) for i in ids)
