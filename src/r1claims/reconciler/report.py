"""The typed result of `reconcile`: groups, members, findings, misframed citations."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from r1claims.record.display import display

__all__ = ["ConflictReport", "Coverage", "Finding", "FindingKind", "Group", "Member", "Misframed"]

FindingKind = Literal[
    "restated", "different_scope", "derived", "part_of", "estimates_disagree", "conflict"
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class Coverage(_Frozen):
    """One citation of a figure: who stated it, as what, and the verdict on the framing."""

    source: str = Field(description="Source id.")
    source_title: str = Field(description="Source title.")
    primary: bool = Field(description="Whether the source originated the figure.")
    stated: str | None = Field(description="The figure as the source wrote it, if recorded.")
    verdict: str = Field(description="supported, misleading, refuted or unverifiable.")
    reasons: list[str] = Field(description="Reason codes for the verdict.")


class Member(_Frozen):
    """A figure in a group, with what it covers and why it is what it is."""

    claim_id: str = Field(description="Claim id.")
    label: str = Field(description="Claim label.")
    subject: str = Field(description="Entity id.")
    value: str = Field(description="Value as displayed ('$5.576M').")
    amount: float | None = Field(description="Numeric value, for quantities.")
    unit: str | None = Field(description="Unit, for quantities.")
    status: str = Field(description="established, estimate, disputed, wrong, unverified.")
    basis: str = Field(description="How the figure was arrived at (a `Basis` id).")
    estimator: str = Field(description="Who produced it, by display name.")
    stated: str | None = Field(
        default=None, description="When it was stated ('Sep 2025'), for phases not in time."
    )
    used_right: int = Field(default=0, description="Secondary citations framing it rightly.")
    used_wrong: int = Field(default=0, description="Citations framing it wrongly.")
    scope_summary: str = Field(description="The structured scope in one line.")
    explanation: str = Field(description="What the figure is and is not, in plain sentences.")
    coverage: list[Coverage] = Field(description="Citations, with verdicts.")


class Finding(_Frozen):
    """How two or more figures of a group relate."""

    kind: FindingKind = Field(
        description="restated, different_scope, derived, part_of, estimates_disagree, conflict."
    )
    members: list[str] = Field(description="Claim ids involved, the precise or result one first.")
    holds: bool | None = Field(default=None, description="For derived: does the formula hold?")
    differs_in: list[str] = Field(default_factory=list, description="Scope fields that differ.")
    per_source: bool = Field(
        default=False,
        description="For derived: the record says the formula does not hold per the source "
        "(`holds: false`), so its failure is reported, not an error.",
    )
    confused: int = Field(
        default=0,
        description="For different_scope: citations in coverage that gave one figure the "
        "other's subject or scope (the pairs worth a sentence).",
    )
    explanation: str = Field(description="The relation in one or two plain sentences.")
    short: str = Field(
        default="", description="For derived and part_of: the arithmetic in a few words."
    )


class Misframed(_Frozen):
    """A citation whose framing of a figure was misleading or refuted, with the correction."""

    claim_id: str = Field(description="The figure's claim id.")
    source: str = Field(description="Source id.")
    source_title: str = Field(description="Source title.")
    stated: str = Field(description="What the source wrote (its figure, or the claim's value).")
    said: str | None = Field(description="The subject or scope the source gave it.")
    verdict: str = Field(description="misleading or refuted.")
    reasons: list[str] = Field(description="Reason codes.")
    correction: str = Field(description="What the figure really covers.")


class Group(_Frozen):
    """Figures that answer the same question."""

    id: str = Field(description="Stable id: kind/family or kind/metric/family.")
    question: str = Field(description="The question the figures answer.")
    kind: str = Field(description="Claim kind of every member.")
    family: str = Field(description="Entity family of the members' subjects.")
    metric: str | None = Field(description="Benchmark, for scores and ranks.")
    members: list[Member] = Field(description="Figures ordered on their scale, low to high.")
    findings: list[Finding] = Field(description="Relations between members.")
    misframed: list[Misframed] = Field(description="Citations that framed a member wrongly.")
    summary: str = Field(description="The group's counts in one plain paragraph.")
    bottom_line: list[str] = Field(
        default_factory=list, description="Two to four generated sentences, the answer first."
    )
    headline: str = Field(default="", description="The group in one line, for the summary.")
    circulating: list[str] = Field(
        default_factory=list, description="Claim ids of the figures the bottom line names."
    )
    dispute: list[int] = Field(
        default_factory=list,
        description="How much coverage disputes the group: misframed citations, estimates "
        "that disagree or conflict, distinct figures cited by coverage (the sort order).",
    )

    def __repr__(self) -> str:
        n, f = len(self.members), len(self.findings)
        return (
            f"Group({self.id!r}, {n} member{'' if n == 1 else 's'}, "
            f"{f} finding{'' if f == 1 else 's'}, {len(self.misframed)} misframed)"
        )

    __str__ = __repr__

    def __rich__(self) -> Any:
        """A group displays as a report of that one group: the same page and structure."""
        return display(ConflictReport(groups=[self]), "rich")

    def _repr_html_(self) -> str:
        return str(display(ConflictReport(groups=[self]), "html"))


class ConflictReport(_Frozen):
    """Every group of the record, the most disputed first."""

    groups: list[Group] = Field(
        description="Groups ordered by dispute (misframed citations, then disagreeing "
        "estimates, then figures cited by coverage), then by id."
    )

    @property
    def conflicts(self) -> list[Finding]:
        """Unexplained conflicts: same scope, different values, not rounding."""
        return [f for g in self.groups for f in g.findings if f.kind == "conflict"]

    @property
    def broken_derivations(self) -> list[Finding]:
        """Derivations whose recomputed value does not match."""
        return [
            f
            for g in self.groups
            for f in g.findings
            if f.kind == "derived" and not f.holds and not f.per_source
        ]

    @property
    def disagreements(self) -> list[Finding]:
        """Estimates of the same thing by different estimators that disagree beyond precision."""
        return [f for g in self.groups for f in g.findings if f.kind == "estimates_disagree"]

    @property
    def misframed(self) -> list[Misframed]:
        """Misleading or refuted citations, across groups."""
        return [m for g in self.groups for m in g.misframed]

    def select(
        self, *, group: str | None = None, kind: str | None = None, subject: str | None = None
    ) -> ConflictReport:
        """The report restricted to a group id, a kind, or groups with a member about a subject."""
        groups = [
            g
            for g in self.groups
            if (group is None or g.id == group)
            and (kind is None or g.kind == kind)
            and (subject is None or any(m.subject == subject for m in g.members))
        ]
        return ConflictReport(groups=groups)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per member of every group: the group's id and question, then the
        member's fields (its coverage as a count)."""
        return [
            {"group": g.id, "question": g.question}
            | m.model_dump(exclude={"coverage"})
            | {"coverage": len(m.coverage)}
            for g in self.groups
            for m in g.members
        ]

    def to_dataframe(self) -> Any:
        """`to_records` as a ``pandas.DataFrame``, one row per member (``r1claims[pandas]``)."""
        from r1claims.record.tabular import dataframe

        return dataframe(self.to_records(), ["group", "question", *Member.model_fields])

    def __repr__(self) -> str:
        n, c, m = len(self.groups), len(self.conflicts), len(self.misframed)
        return (
            f"ConflictReport({n} group{'' if n == 1 else 's'}, {c} conflict{'' if c == 1 else 's'}"
            f", {m} misframed citation{'' if m == 1 else 's'})"
        )

    __str__ = __repr__

    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))
