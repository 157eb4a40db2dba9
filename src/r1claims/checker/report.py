"""What the checker gives: a typed report of findings, one per figure (no I/O, no rendering)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from r1claims.record.display import display

__all__ = [
    "SCHEMA_VERSION",
    "CheckReport",
    "CheckRun",
    "FileReport",
    "Finding",
    "LinkedClaim",
    "SourceRef",
    "Verdict",
]


Verdict = Literal["supported", "misleading", "refuted", "unverifiable"]


#: Version of the JSON shape of `CheckRun` (``r1claims check --format json``). Raised when a
#: field is removed or changes meaning; adding a field does not change it.
SCHEMA_VERSION = 2


class SourceRef(BaseModel):
    """A source that backs the linked record."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Source id in the record.")
    title: str = Field(description="Title as published.")
    url: str | None = Field(description="Where it can be read, when the record knows.")


class LinkedClaim(BaseModel):
    """The record a figure was linked to, with what backs it."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Claim id.")
    value: float | str | None = Field(
        description="The record's amount in its unit; for a date, the ISO date (YYYY-MM-DD, "
        "YYYY-MM or YYYY at the record's precision); null for a category."
    )
    unit: str | None = Field(description="The record's unit (`date` for dates).")
    display: str = Field(description="The record's value as displayed.")
    subject: str = Field(description="Entity id.")
    kind: str = Field(description="Claim kind.")
    covers: str = Field(description="What the record's figure covers.")
    status: str = Field(default="established", description="The record's status.")
    quote: str | None = Field(
        default=None, description="The verbatim quote that backs the record (its first citation)."
    )
    sources: list[SourceRef] = Field(
        default_factory=list, description="The sources the record cites, primary first."
    )


class Finding(BaseModel):
    """One figure in the text, and the verdict on it."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Character offset of the figure in the input.")
    end: int = Field(description="Offset just past the figure.")
    text: str = Field(description="The figure as written.")
    value: float | str | None = Field(
        description="Its value in base units; for a date, the ISO date at the precision written "
        "(YYYY-MM-DD, YYYY-MM or YYYY); null for a licence."
    )
    unit: str = Field(description="Its unit as read.")
    kind: str = Field(description="What it measures, as read.")
    verdict: Verdict = Field(description="supported, misleading, refuted or unverifiable.")
    reasons: list[str] = Field(description="Reason codes (rounded, wrong_subject, ...).")
    explanation: str = Field(description="Why, naming the record and its scope.")
    claim: LinkedClaim | None = Field(description="The linked record, or null.")
    confidence: float = Field(
        default=1.0,
        ge=0.0,
        le=1.0,
        description="How often a verdict reached this way is right, measured on the labelled "
        "development corpora (docs/check.md has the calibration table).",
    )
    basis: str = Field(
        default="",
        description="How the verdict was reached (the calibration bucket), e.g. "
        "`supported/subject` or `unverifiable/no-candidate`.",
    )

    def to_record(self) -> dict[str, Any]:
        """The finding as one flat row (the linked record's id, value and scope as columns)."""
        row = self.model_dump(exclude={"claim"})
        row["reasons"] = "; ".join(self.reasons) or None
        c = self.claim
        row |= {
            "claim": c.id if c else None,
            "claim_display": c.display if c else None,
            "claim_covers": c.covers if c else None,
            "claim_status": c.status if c else None,
        }
        return row

    def __repr__(self) -> str:
        linked = f" -> {self.claim.id}" if self.claim else ""
        return f"Finding({self.start}-{self.end} {self.text!r} {self.verdict}{linked})"

    __str__ = __repr__

    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))


class CheckReport(BaseModel):
    """Every figure found, in order of appearance."""

    model_config = ConfigDict(frozen=True)

    findings: list[Finding] = Field(description="One per figure, sorted by start.")

    @property
    def flagged(self) -> list[Finding]:
        """Findings that are misleading or refuted."""
        return [f for f in self.findings if f.verdict in ("misleading", "refuted")]

    def counts(self) -> dict[str, int]:
        """Number of findings per verdict."""
        out = {v: 0 for v in ("supported", "misleading", "refuted", "unverifiable")}
        for f in self.findings:
            out[f.verdict] += 1
        return out

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per finding, in order (`Finding.to_record`)."""
        return [f.to_record() for f in self.findings]

    def to_dataframe(self) -> Any:
        """`to_records` as a ``pandas.DataFrame``, one row per finding (``r1claims[pandas]``)."""
        from r1claims.record.tabular import dataframe

        columns = [*Finding.model_fields, "claim_display", "claim_covers", "claim_status"]
        return dataframe(self.to_records(), columns)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n} {v}" for v, n in self.counts().items())
        n = len(self.findings)
        return f"CheckReport({n} figure{'' if n == 1 else 's'}: {counts})"

    __str__ = __repr__

    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))


class FileReport(BaseModel):
    """The findings of one input, with where it came from."""

    model_config = ConfigDict(frozen=True)

    path: str = Field(description="The input as named on the command line (`-` for stdin).")
    findings: list[Finding] = Field(description="One per figure, sorted by start.")


class CheckRun(BaseModel):
    """What ``r1claims check --format json`` prints: one entry per input, whatever their
    number, and the version of this shape."""

    model_config = ConfigDict(frozen=True)

    schema_version: int = Field(default=SCHEMA_VERSION, description="Version of this shape.")
    files: list[FileReport] = Field(description="One report per input, in the order given.")
