"""The state one group's analysis shares: its claims on the scale, findings, linked pairs."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from r1claims.reconciler.grouping import measure_key, measures_same, scale_key
from r1claims.reconciler.report import Finding
from r1claims.record.claimset import ClaimSet
from r1claims.record.formula import references
from r1claims.record.model import Claim, Relation

__all__ = ["GroupState", "measure_partitions"]


def measure_partitions(claims: list[Claim]) -> list[list[Claim]]:
    """Claims (sorted on their scale) split into sets that measure the same thing.

    Claims sharing subject, phase and unit are bucketed in one dictionary pass; inside a bucket
    a claim joins the first partition whose members it is compatible with (`measures_same`:
    optional fields one claim omits do not separate), else starts a new one.
    """
    buckets: dict[tuple[Any, ...], list[list[Claim]]] = defaultdict(list)
    order: list[list[Claim]] = []
    for claim in claims:
        parts = buckets[measure_key(claim)]
        for part in parts:
            if all(measures_same(claim, other) for other in part):
                part.append(claim)
                break
        else:
            parts.append([claim])
            order.append(parts[-1])
    return order


class GroupState:
    """Claims of one group sorted on their scale, and the findings gathered so far."""

    def __init__(
        self, cs: ClaimSet, key: str, claims: list[Claim], relations: list[Relation]
    ) -> None:
        self.cs = cs
        self.key = key
        self.claims = sorted(claims, key=scale_key)
        self.relations = relations
        self.findings: list[Finding] = []
        self.parts = measure_partitions(self.claims)
        self.part_of = {c.id: i for i, part in enumerate(self.parts) for c in part}
        self.covered_by_relation: set[str] = set()  # restatements: not headline figures
        #: pairs linked by a recorded relation: explained, so never a conflict
        self.linked: set[frozenset[str]] = set()
        #: claims joined by `restates` relations, transitively: one figure, never rivals
        self.figure_of = {c.id: c.id for c in self.claims}
        for rel in relations:
            others = [rel.of] if rel.of else references(rel.formula or "")
            self.linked.update(frozenset((rel.claim, other)) for other in others)
            if rel.kind == "restates" and rel.of:
                self._join(rel.claim, rel.of)

    def _root(self, claim_id: str) -> str:
        while self.figure_of.get(claim_id, claim_id) != claim_id:
            claim_id = self.figure_of[claim_id]
        return claim_id

    def _join(self, a: str, b: str) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra != rb:
            self.figure_of[max(ra, rb)] = min(ra, rb)

    def same_figure(self, a: str, b: str) -> bool:
        """Are two claims restatements of one figure (through recorded `restates` links)?"""
        return self._root(a) == self._root(b)
