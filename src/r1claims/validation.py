"""`validate`: schema, references, quotes, derivations, dates and near-duplicates of a record."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from r1claims.diagnostics import UNREADABLE, Diagnostic
from r1claims.formula import FormulaError, evaluate, references
from r1claims.humanize import format_amount, format_value
from r1claims.loader import LoadResult, gc_paused, load_record
from r1claims.model import Claim, DateValue, Quantity
from r1claims.record import ClaimSet
from r1claims.tolerance import restates
from r1claims.yamlsource import Path, YamlDocument

__all__ = [
    "EARLIEST_DATE",
    "NEAR_DUPLICATE_SCORE",
    "ValidationReport",
    "validate",
    "validate_loaded",
]

#: Dates before this are implausible for this domain (no figure predates the deep-learning era).
EARLIEST_DATE = dt.date(1990, 1, 1)
#: rapidfuzz ``token_set_ratio`` (0-100) of label + scope above which two claims of the same
#: kind, subject, unit and value are reported as near-duplicates.
NEAR_DUPLICATE_SCORE = 95.0
#: How many neighbours, in value order, each claim is compared with inside its block.
NEAR_DUPLICATE_WINDOW = 8


class ValidationReport(BaseModel):
    """All diagnostics of one validation run, sorted by file, line, column and code."""

    model_config = ConfigDict(frozen=True)

    data_dir: str = Field(description="The record directory that was checked.")
    diagnostics: list[Diagnostic] = Field(description="Every problem found.")
    counts: dict[str, int] = Field(description="How many sources, entities, claims, relations.")

    @property
    def errors(self) -> list[Diagnostic]:
        """Diagnostics at level error."""
        return [d for d in self.diagnostics if d.level == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        """Diagnostics at level warning."""
        return [d for d in self.diagnostics if d.level == "warning"]

    @property
    def unreadable(self) -> bool:
        """True when a file could not be read or parsed (codes in ``UNREADABLE``)."""
        return any(d.code in UNREADABLE for d in self.diagnostics)

    def failed(self, *, strict: bool = False) -> bool:
        """True when there are errors, or any diagnostic at all when ``strict``."""
        return bool(self.errors or (strict and self.diagnostics))


def validate(data_dir: str | os.PathLike[str] | None = None) -> ValidationReport:
    """Load the record in ``data_dir`` (default: bundled) and run every check."""
    return validate_loaded(load_record(data_dir))


def validate_loaded(result: LoadResult, *, today: dt.date | None = None) -> ValidationReport:
    """Run the checks that need the whole record on an already loaded result."""
    diagnostics = list(result.diagnostics)
    claimset = result.claimset
    if claimset is not None:
        with gc_paused():
            diagnostics.extend(_Checks(result, claimset, today or dt.date.today()).run())
    directory = next(iter(result.documents.values())).path if result.documents else ""
    counts = {key: len(items) for key, items in sorted(result.items.items())}
    return ValidationReport(
        data_dir=os.path.dirname(directory),
        diagnostics=sorted(set(diagnostics), key=Diagnostic.sort_key),
        counts=counts,
    )


class _Checks:
    def __init__(self, result: LoadResult, claimset: ClaimSet, today: dt.date) -> None:
        self.result = result
        self.cs = claimset
        self.latest = today + dt.timedelta(days=366)
        self.out: list[Diagnostic] = []
        #: sources a mistyped citation most likely meant: not also reported as uncited
        self.typo_targets: set[str] = set()

    def add(
        self, code: str, message: str, doc: YamlDocument, path: Path, hint: str | None = None
    ) -> None:
        line, col = doc.locate(path)
        self.out.append(Diagnostic.make(code, message, doc.path, line, col, hint=hint))

    def items(self, key: str) -> list[tuple[Any, YamlDocument, Path]]:
        return self.result.items.get(key, [])

    def run(self) -> list[Diagnostic]:
        self.duplicate_ids()
        self.references_and_quotes()
        self.uncited_sources()
        self.relations()
        self.dates()
        self.near_duplicates()
        return self.out

    def duplicate_ids(self) -> None:
        for key in ("sources", "entities", "claims", "relations"):
            first: dict[str, Path] = {}
            for model, doc, path in self.items(key):
                if model.id in first:
                    line = doc.locate(first[model.id])[0]
                    self.add(
                        "R1C200",
                        f"{key[:-1] if key != 'entities' else 'entity'} id {model.id!r} is "
                        f"already used at line {line}",
                        doc,
                        (*path, "id"),
                        "ids must be unique: rename one of them",
                    )
                else:
                    first[model.id] = path

    def known(self, section: str, item_id: str) -> bool:
        """True when the id exists, failed the schema (already reported), or its section
        could not be read: only a reference to nothing at all is reported."""
        if section in self.result.unreadable:
            return True
        if item_id in self.result.invalid_ids.get(section, set()):
            return True
        lookup = {
            "claims": self.cs.has_claim,
            "sources": self.cs.has_source,
            "entities": self.cs.has_entity,
        }[section]
        return lookup(item_id)

    def references_and_quotes(self) -> None:
        for claim, doc, path in self.items("claims"):
            if not self.known("entities", claim.subject):
                self.add(
                    "R1C202",
                    f"subject {claim.subject!r} is not an entity",
                    doc,
                    (*path, "subject"),
                    "add it under `entities:` or fix the id",
                )
            for i, cit in enumerate(claim.citations):
                cpath = (*path, "citations", i)
                if not self.known("sources", cit.source):
                    close = self.close_source(cit.source)
                    self.add(
                        "R1C201",
                        f"source {cit.source!r} is not in sources.yaml",
                        doc,
                        (*cpath, "source"),
                        f"did you mean {close!r}?"
                        if close
                        else "add the source to sources.yaml or fix the id",
                    )
                if not cit.quote.strip():
                    self.add(
                        "R1C300",
                        "quote is blank",
                        doc,
                        (*cpath, "quote"),
                        "paste the source's words verbatim",
                    )
                framing = cit.framing
                if framing.subject is not None and not self.known("entities", framing.subject):
                    self.add(
                        "R1C202",
                        f"framing subject {framing.subject!r} is not an entity",
                        doc,
                        (*cpath, "framing", "subject"),
                    )
                self.framing_consistency(
                    claim, cit.framing.verdict, cit.framing.reasons, doc, (*cpath, "framing")
                )
                self.stated_figure(claim, cit, doc, cpath)

    def close_source(self, wrong: str) -> str | None:
        """The existing source id a mistyped one most likely meant (edit distance <= 2)."""
        best = min(
            ((Levenshtein.distance(wrong, s.id), s.id) for s in self.cs.sources), default=None
        )
        if best is not None and best[0] <= 2:
            self.typo_targets.add(best[1])
            return best[1]
        return None

    def framing_consistency(
        self, claim: Claim, verdict: str, reasons: list[str], doc: YamlDocument, path: Path
    ) -> None:
        scope_reasons = {"wrong_subject", "wrong_scope", "wrong_unit"}
        if verdict == "supported" and scope_reasons & set(reasons):
            self.add(
                "R1C308",
                f"verdict `supported` with reasons {sorted(scope_reasons & set(reasons))}",
                doc,
                path,
                "a wrong subject, scope or unit makes the framing `misleading`",
            )
        if verdict in ("misleading", "refuted") and not reasons:
            self.add(
                "R1C308",
                f"verdict `{verdict}` without a reason",
                doc,
                path,
                "add `reasons:` (wrong_scope, wrong_subject, contradicted, ...)",
            )

    def stated_figure(self, claim: Claim, cit: Any, doc: YamlDocument, path: Path) -> None:
        stated = cit.stated
        value = claim.value
        if stated is None or stated.amount is None or not isinstance(value, Quantity):
            return
        if cit.framing.verdict not in ("supported", "misleading"):
            return
        precision = stated.precision or value.precision
        if not restates(stated.amount, precision, value.amount, value.precision, stated.qualifier):
            self.add(
                "R1C305",
                f"stated {stated.text!r} does not round to the claim's "
                f"{format_amount(value.amount, value.unit, value.precision)} at the precision it "
                f"is written to, yet the verdict is "
                f"`{cit.framing.verdict}`",
                doc,
                (*path, "stated"),
                "fix the stated amount or precision, or judge it `refuted`",
            )

    def uncited_sources(self) -> None:
        if "claims" in self.result.unreadable:
            return  # the claims could not be read, so every source would look uncited
        cited = {c.source for claim in self.cs.claims for c in claim.citations}
        for source, doc, path in self.items("sources"):
            if source.id not in cited and source.id not in self.typo_targets:
                self.add(
                    "R1C204",
                    f"source {source.id!r} is not cited by any claim",
                    doc,
                    (*path, "id"),
                    "cite it from a claim or remove it",
                )

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
                        f"{field} refers to unknown claim {ref!r}",
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
        if abs(computed - actual) > rel.tolerance * max(abs(actual), abs(computed)):
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
                self.date_in_range(claim.value.date, doc, (*path, "value", "date"))
            if claim.scope.as_of is not None:
                self.date_in_range(claim.scope.as_of, doc, (*path, "scope", "as_of"))
        for source, doc, path in self.items("sources"):
            if source.date is not None:
                self.date_in_range(source.date, doc, (*path, "date"))

    def date_in_range(self, date: dt.date, doc: YamlDocument, path: Path) -> None:
        if not EARLIEST_DATE <= date <= self.latest:
            self.add(
                "R1C306",
                f"date {date.isoformat()} is outside {EARLIEST_DATE.isoformat()} "
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
