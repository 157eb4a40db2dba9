"""`validate`: schema, references, quotes, derivations, dates and near-duplicates of a record."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Collection
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from r1claims.errors import DataError
from r1claims.record.check_integrity import EARLIEST_DATE, NEAR_DUPLICATE_SCORE
from r1claims.record.check_references import ReferenceChecks
from r1claims.record.check_renames import RenameChecks
from r1claims.record.check_units import UnitChecks
from r1claims.record.claimset import ClaimSet
from r1claims.record.diagnostics import UNREADABLE, Diagnostic
from r1claims.record.display import display
from r1claims.record.loader import (
    FINDINGS_FROM,
    MAX_FILE_BYTES,
    LoadResult,
    gc_paused,
    load_record,
)

__all__ = [
    "EARLIEST_DATE",
    "NEAR_DUPLICATE_SCORE",
    "ValidationReport",
    "load",
    "validate",
    "validate_loaded",
]


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

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per diagnostic: path, line, column, level, code, rule, message, hint."""
        return [
            {
                "path": d.location.path,
                "line": d.location.line,
                "column": d.location.column,
                "level": d.level,
                "code": d.code,
                "rule": d.rule,
                "message": d.message,
                "hint": d.hint,
            }
            for d in self.diagnostics
        ]

    def to_dataframe(self) -> Any:
        """`to_records` as a ``pandas.DataFrame`` (``r1claims[pandas]``)."""
        from r1claims.record.tabular import dataframe

        columns = ("path", "line", "column", "level", "code", "rule", "message", "hint")
        return dataframe(self.to_records(), columns)

    def __repr__(self) -> str:
        e, w = len(self.errors), len(self.warnings)
        return (
            f"ValidationReport({self.data_dir!r}, {e} error{'' if e == 1 else 's'}, "
            f"{w} warning{'' if w == 1 else 's'})"
        )

    __str__ = __repr__

    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))


def validate(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    ignore: Collection[str] = (),
    max_bytes: int = MAX_FILE_BYTES,
) -> ValidationReport:
    """Load the record in ``data_dir`` (default: bundled) and run every check.

    ``ignore``: codes left out of the report (``{"R1C204"}``). ``max_bytes``: the largest file
    read (0: no limit); a larger one is reported as ``R1C003``, not read.
    """
    report = validate_loaded(load_record(data_dir, max_bytes=max_bytes))
    if not ignore:
        return report
    kept = [d for d in report.diagnostics if d.code not in ignore]
    return report.model_copy(update={"diagnostics": kept})


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
        data_dir=os.path.dirname(directory) or ".",  # `--data .` reads 'claims.yaml'
        diagnostics=sorted(set(diagnostics), key=Diagnostic.sort_key),
        counts=counts,
    )


class _Checks(RenameChecks, ReferenceChecks, UnitChecks):
    """Every check of a loaded record, in a fixed order."""

    def run(self) -> list[Diagnostic]:
        self.duplicate_ids()
        self.renamed_ids()
        self.references_and_quotes()
        self.uncited_sources()
        self.unit_outliers()
        self.relations()
        self.dates()
        self.near_duplicates()
        return self.out


def load(
    data_dir: str | os.PathLike[str] | None = None, *, max_bytes: int = MAX_FILE_BYTES
) -> ClaimSet:
    """Load and validate a record; raise `DataError` (with diagnostics) if it is unusable.

    Unusable means a file, YAML, schema or reference error (codes below R1C300). Integrity
    findings (a derivation that does not hold, an implausible date) do not stop loading: they are
    what `validate` and `reconcile` report.

    With no argument this is the bundled record (or ``$R1CLAIMS_DATA``). ``max_bytes`` is the
    largest file read (0: no limit).
    """
    result = load_record(data_dir, max_bytes=max_bytes)
    report = validate_loaded(result)
    errors = [d for d in report.diagnostics if d.level == "error" and d.code < FINDINGS_FROM]
    if errors or result.claimset is None:
        first = errors[0] if errors else None
        where = (
            f"{first.location.path}:{first.location.line}:{first.location.column}: {first.message}"
            if first
            else "no record"
        )
        raise DataError(f"the record has {len(errors)} error(s); first: {where}", errors)
    return result.claimset
