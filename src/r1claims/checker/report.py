"""What the checker gives: a typed report of findings, one per figure (no I/O, no rendering)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from r1claims.record.display import display

__all__ = ["CheckReport", "Finding", "LinkedClaim", "Verdict"]


Verdict = Literal["supported", "misleading", "refuted", "unverifiable"]


class LinkedClaim(BaseModel):
    """The record a figure was linked to."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Claim id.")
    value: float | None = Field(description="The record's amount (null for dates).")
    unit: str | None = Field(description="The record's unit.")
    display: str = Field(description="The record's value as displayed.")
    subject: str = Field(description="Entity id.")
    kind: str = Field(description="Claim kind.")
    covers: str = Field(description="What the record's figure covers.")


class Finding(BaseModel):
    """One figure in the text, and the verdict on it."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Character offset of the figure in the input.")
    end: int = Field(description="Offset just past the figure.")
    text: str = Field(description="The figure as written.")
    value: float | None = Field(description="Its value in base units (null for dates).")
    unit: str = Field(description="Its unit as read.")
    kind: str = Field(description="What it measures, as read.")
    verdict: Verdict = Field(description="supported, misleading, refuted or unverifiable.")
    reasons: list[str] = Field(description="Reason codes (rounded, wrong_subject, ...).")
    explanation: str = Field(description="Why, naming the record and its scope.")
    claim: LinkedClaim | None = Field(description="The linked record, or null.")


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

    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))
