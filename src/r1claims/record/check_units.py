"""Record check on units across relations: one wrong unit is one error at that unit (R1C304).

A part and its whole, or a restatement and its original, must share a unit. When one claim's
unit differs from those of two or more claims it is related to, and they agree among
themselves, the claim is the odd one out: its unit is reported once, at the unit, and the
relations it breaks are not reported again (one mistake, one message, where it was made). A
mismatch that names no odd one out (a single relation) is reported at the relation.
"""

from __future__ import annotations

from collections import defaultdict

from r1claims.record.check_integrity import IntegrityChecks
from r1claims.record.model import Claim, Quantity
from r1claims.record.yamlsource import Path, YamlDocument

__all__ = ["UnitChecks"]


class UnitChecks(IntegrityChecks):
    """Finds claims whose unit disagrees with every claim related to them, and keeps their
    relations out of the part/whole checks (their amounts are in different units)."""

    def part_or_restatement(
        self, kind: str, part: Claim, whole: Claim, doc: YamlDocument, path: Path
    ) -> None:
        if {part.id, whole.id} & self.unit_suspects:
            return  # reported once, at the odd claim's unit
        super().part_or_restatement(kind, part, whole, doc, path)

    def unit_outliers(self) -> None:
        cs = self.cs
        differing: dict[str, list[str]] = defaultdict(
            list
        )  # claim -> related claims it differs from
        for rel, _doc, _path in self.items("relations"):
            if rel.of is None or not (cs.has_claim(rel.claim) and cs.has_claim(rel.of)):
                continue
            a, b = cs.claim(rel.claim), cs.claim(rel.of)
            if not (isinstance(a.value, Quantity) and isinstance(b.value, Quantity)):
                continue
            if a.value.unit != b.value.unit:
                differing[a.id].append(b.id)
                differing[b.id].append(a.id)
        located = {claim.id: (doc, path) for claim, doc, path in self.items("claims")}
        for claim_id, others in sorted(differing.items()):
            units = {cs.claim(o).value.unit for o in others}  # type: ignore[union-attr]
            if len(others) < 2 or len(units) != 1:
                continue
            if any(len(differing[o]) >= len(others) for o in others):
                continue  # not clearly this one: an other claim is at odds as often
            claim = cs.claim(claim_id)
            assert isinstance(claim.value, Quantity)
            self.unit_suspects.add(claim_id)
            names = ", ".join(sorted(set(others)))
            doc, path = located[claim_id]
            self.add(
                "R1C304",
                f"claim {claim_id!r} is in {claim.value.unit}, but the {len(set(others))} claims "
                f"related to it as parts or restatements are in {units.pop()} ({names})",
                doc,
                (*path, "value", "unit"),
                "fix this claim's unit (or its relations, if they are the mistake)",
            )
