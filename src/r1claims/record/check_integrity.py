"""Record checks on figures: derivations, parts and wholes, dates, near-duplicates (R1C30x)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz

from r1claims.record.check_context import CheckContext
from r1claims.record.formula import FormulaError, evaluate, references
from r1claims.record.humanize import format_amount, format_value
from r1claims.record.model import Claim, DateValue, Quantity
from r1claims.record.suggest import did_you_mean
from r1claims.record.tolerance import restates
from r1claims.record.yamlsource import Path, YamlDocument

__all__ = ["EARLIEST_DATE", "NEAR_DUPLICATE_SCORE", "NEAR_DUPLICATE_WINDOW", "IntegrityChecks"]

#: Dates before this are implausible for this domain (no figure predates the deep-learning era).
EARLIEST_DATE = dt.date(1990, 1, 1)
#: rapidfuzz ``token_set_ratio`` (0-100) of label + scope above which two claims of the same
#: kind, subject, unit and value are reported as near-duplicates.
NEAR_DUPLICATE_SCORE = 95.0
#: How many neighbours, in value order, each claim is compared with inside its block.
NEAR_DUPLICATE_WINDOW = 8


class IntegrityChecks(CheckContext):
    """Figures that the record relates must add up; dates must be plausible; no duplicates."""

    def relations(self) -> None:
        cs = self.cs
        for rel, doc, path in self.items("relations"):
            refs = [("claim", rel.claim)] + ([("of", rel.of)] if rel.of else [])
            refs += [("formula", r) for r in (references(rel.formula) if rel.formula else [])]
            missing = [(field, ref) for field, ref in refs if not cs.has_claim(ref)]
            for field, ref in missing:
                if not self.known("claims", ref):
                    self.add(
                        "R1C203",
                        f"{field} refers to unknown claim {ref!r}"
                        + did_you_mean(ref, self.claim_ids()),
                        doc,
                        (*path, field),
                        "fix the id or add the claim",
                    )
            if missing:
                continue
            target = cs.claim(rel.claim)
            if rel.kind == "derived" and rel.formula is not None:
                self.derivation(rel, target, doc, path)
            elif rel.of is not None:
                self.part_or_restatement(rel.kind, target, cs.claim(rel.of), doc, path)

    def derivation(self, rel: Any, target: Claim, doc: YamlDocument, path: Path) -> None:
        values: dict[str, float] = {}
        for ref in references(rel.formula):
            value = self.cs.claim(ref).value
            if isinstance(value, Quantity):
                values[ref] = value.amount
        if not isinstance(target.value, Quantity):
            self.add(
                "R1C302", f"derived claim {target.id!r} has no numeric value", doc, (*path, "claim")
            )
            return
        try:
            computed = evaluate(rel.formula, values)
        except FormulaError as exc:
            self.add("R1C302", str(exc), doc, (*path, "formula"))
            return
        actual = target.value.amount
        # `holds: false` records that the source's own figures do not add up: not an error
        if rel.holds and abs(computed - actual) > rel.tolerance * max(abs(actual), abs(computed)):
            unit, precision = target.value.unit, target.value.precision
            self.add(
                "R1C301",
                f"{rel.formula} = {format_amount(computed, unit, precision)}, but {target.id} "
                f"is {format_amount(actual, unit, precision)} "
                f"(off by {_relative(computed, actual):.2%}, tolerance {rel.tolerance:.2%})",
                doc,
                (*path, "formula"),
                "fix the figures, the formula, or the tolerance",
            )

    def part_or_restatement(
        self, kind: str, part: Claim, whole: Claim, doc: YamlDocument, path: Path
    ) -> None:
        if not (isinstance(part.value, Quantity) and isinstance(whole.value, Quantity)):
            return
        if part.value.unit != whole.value.unit:
            self.add(
                "R1C304",
                f"{part.id} is in {part.value.unit} but {whole.id} is in {whole.value.unit}",
                doc,
                (*path, "of"),
            )
            return
        if (
            kind == "part_of"
            and abs(part.value.amount) > abs(whole.value.amount) + whole.value.precision / 2
        ):
            self.add(
                "R1C303",
                f"part {part.id} ({format_value(part.value)}) exceeds whole "
                f"{whole.id} ({format_value(whole.value)})",
                doc,
                (*path, "claim"),
            )

    def dates(self) -> None:
        for claim, doc, path in self.items("claims"):
            if isinstance(claim.value, DateValue):
                self.date_in_range(
                    f"claim {claim.id!r}", claim.value.date, doc, (*path, "value", "date")
                )
            if claim.scope.as_of is not None:
                self.date_in_range(
                    f"claim {claim.id!r}", claim.scope.as_of, doc, (*path, "scope", "as_of")
                )
        for source, doc, path in self.items("sources"):
            if source.date is not None:
                self.date_in_range(f"source {source.id!r}", source.date, doc, (*path, "date"))

    def date_in_range(self, item: str, date: dt.date, doc: YamlDocument, path: Path) -> None:
        if not EARLIEST_DATE <= date <= self.latest:
            self.add(
                "R1C306",
                f"{item}: date {date.isoformat()} is outside {EARLIEST_DATE.isoformat()} "
                f"to {self.latest.isoformat()}",
                doc,
                path,
                "check the year",
            )

    def near_duplicates(self) -> None:
        """Blocked by (kind, subject, metric, unit, phase); inside a block, claims are sorted
        by amount and each is compared with its next few neighbours only, so the check stays
        near-linear on large files."""
        blocks: dict[tuple[str, ...], list[tuple[Claim, YamlDocument, Path]]] = defaultdict(list)
        for claim, doc, path in self.items("claims"):
            if isinstance(claim.value, Quantity):
                key = (
                    claim.kind,
                    claim.subject,
                    claim.metric or "",
                    claim.value.unit,
                    claim.scope.phase,
                    claim.scope.estimator,
                )
                blocks[key].append((claim, doc, path))
        for members in blocks.values():
            if len(members) < 2:
                continue
            members.sort(key=lambda m: m[0].value.amount)  # type: ignore[union-attr]
            texts = [_fingerprint(m[0]) for m in members]
            for i, (claim, _doc, _path) in enumerate(members):
                for j in range(i + 1, min(i + 1 + NEAR_DUPLICATE_WINDOW, len(members))):
                    other, doc, path = members[j]
                    assert isinstance(claim.value, Quantity) and isinstance(other.value, Quantity)
                    if not restates(
                        other.value.amount,
                        other.value.precision,
                        claim.value.amount,
                        claim.value.precision,
                    ):
                        break
                    if (
                        claim.id != other.id
                        and fuzz.token_set_ratio(texts[i], texts[j]) >= NEAR_DUPLICATE_SCORE
                    ):
                        self.add(
                            "R1C307",
                            f"{other.id!r} looks like a duplicate of {claim.id!r}",
                            doc,
                            (*path, "id"),
                            "merge them, or make their scopes differ where they differ",
                        )


def _fingerprint(claim: Claim) -> str:
    return f"{claim.label} {claim.scope.covers}".lower()


def _relative(a: float, b: float) -> float:
    scale = max(abs(a), abs(b))
    return abs(a - b) / scale if scale else 0.0
