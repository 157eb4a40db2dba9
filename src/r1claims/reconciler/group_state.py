"""The state one group's analysis shares: its claims on the scale, findings, linked pairs."""

from __future__ import annotations

from r1claims.reconciler.grouping import comparable_scope, scale_key
from r1claims.reconciler.report import Finding
from r1claims.record.claimset import ClaimSet
from r1claims.record.formula import references
from r1claims.record.model import Claim, Relation

__all__ = ["GroupState"]


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
        self.scope_of = {c.id: comparable_scope(c) for c in self.claims}
        self.covered_by_relation: set[str] = set()  # restatements: not headline figures
        #: pairs linked by a recorded relation: explained, so never a conflict
        self.linked: set[frozenset[str]] = set()
        for rel in relations:
            others = [rel.of] if rel.of else references(rel.formula or "")
            self.linked.update(frozenset((rel.claim, other)) for other in others)
