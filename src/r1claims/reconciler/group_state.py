"""The state one group's analysis shares: its claims on the scale, findings, linked pairs."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from r1claims.reconciler.grouping import keys_compatible, measure_key, measured_key, scale_key
from r1claims.reconciler.report import Finding
from r1claims.record.claimset import ClaimSet
from r1claims.record.formula import references
from r1claims.record.model import Claim, Relation

__all__ = ["GroupState", "measure_partitions"]


def measure_partitions(claims: list[Claim]) -> list[list[Claim]]:
    """Claims (sorted on their scale) split into sets that measure the same thing.

    One dictionary pass groups claims by every measured field (`measured_key`); inside a
    bucket of equal subject, phase, unit, per and component, each distinct key joins the first
    partition whose keys it is compatible with (a field one key omits does not separate), else
    starts a new one. The work is linear in claims and quadratic only in distinct keys per
    bucket, which are few.
    """
    by_key: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        by_key[measured_key(claim)].append(claim)
    buckets: dict[tuple[Any, ...], list[list[tuple[Any, ...]]]] = defaultdict(list)
    part_of_key: dict[tuple[Any, ...], list[tuple[Any, ...]]] = {}
    order: list[list[tuple[Any, ...]]] = []
    for key in by_key:  # in order of first appearance on the scale
        parts = buckets[measure_key(by_key[key][0])]
        for part in parts:
            if all(keys_compatible(key, other) for other in part):
                part.append(key)
                break
        else:
            parts.append([key])
            order.append(parts[-1])
        part_of_key[key] = next(p for p in parts if key in p)
    index = {id(part): i for i, part in enumerate(order)}
    out: list[list[Claim]] = [[] for _ in order]
    for key, members in by_key.items():
        out[index[id(part_of_key[key])]].extend(members)
    for found in out:  # keep the scale order inside each partition
        found.sort(key=scale_key)
    return out


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
        self.neighbours: dict[str, set[str]] = defaultdict(set)
        #: claims joined by `restates` relations, transitively: one figure, never rivals
        self.figure_of = {c.id: c.id for c in self.claims}
        for rel in relations:
            others = [rel.of] if rel.of else references(rel.formula or "")
            self.linked.update(frozenset((rel.claim, other)) for other in others)
            for other in others:
                self.neighbours[rel.claim].add(other)
                self.neighbours[other].add(rel.claim)
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
