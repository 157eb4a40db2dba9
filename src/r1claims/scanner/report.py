"""What a scan gives: per-document results, the flat rows written to ``-o``, and the aggregate
report (typed data, no I/O, no rendering)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from r1claims.checker.report import Finding
from r1claims.record.display import display

__all__ = [
    "SCHEMA_VERSION",
    "BadDocument",
    "Cluster",
    "DocMeta",
    "DocResult",
    "Misframing",
    "OutletUse",
    "Passage",
    "Problem",
    "Propagation",
    "RecordUse",
    "Row",
    "ScanReport",
    "Timeline",
    "Week",
]

#: Version of the row shape written to ``-o`` (JSON Lines or Parquet) and of `ScanReport`'s JSON.
#: Raised when a field is removed or changes meaning; adding a field does not change it.
SCHEMA_VERSION = 1

#: Why a document was not checked (docs/scan.md lists them).
Reason = Literal[
    "unreadable",
    "undecodable",
    "empty",
    "too_large",
    "bad_json",
    "no_text",
    "unparseable_html",
    "check_failed",
]


class DocMeta(BaseModel):
    """Where a document came from and what its metadata says."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(
        description="The document's id: its own `id` field, else `FILE` or `FILE:LINE`."
    )
    source: str = Field(
        description="Where it was read: `FILE`, `FILE:LINE` or `FILE@OFFSET` (WARC)."
    )
    url: str | None = Field(default=None, description="Its URL, when known.")
    title: str | None = Field(default=None, description="Its title, when known.")
    outlet: str | None = Field(default=None, description="Who published it, when known.")
    published: dt.date | None = Field(default=None, description="Publication date, when known.")


class Problem(BaseModel):
    """Why a document could not be checked."""

    model_config = ConfigDict(frozen=True)

    reason: Reason = Field(description="A stable reason code.")
    message: str = Field(description="What is wrong, for a person.")


class Passage(BaseModel):
    """A paragraph (or a piece of a long one) that holds a figure, for propagation."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Offset of the passage in the checked text.")
    text: str = Field(description="The passage, whitespace collapsed.")
    signature: list[int] = Field(description="Its MinHash hash values (word shingles).")


class DocResult(BaseModel):
    """One document's outcome: its findings, or why it was not checked."""

    model_config = ConfigDict(frozen=True)

    meta: DocMeta
    chars: int = Field(default=0, description="Characters of text checked.")
    findings: list[Finding] = Field(default_factory=list, description="One per figure.")
    quotes: list[str] = Field(
        default_factory=list, description="Per finding, the sentence it stands in."
    )
    problem: Problem | None = Field(default=None, description="Set when not checked.")
    passages: list[Passage] = Field(default_factory=list, description="For propagation.")
    resumed: bool = Field(default=False, description="Already in the output (``--resume``).")

    def rows(self) -> list[Row]:
        """The output rows: one per finding, then the document's own row (written last, so
        that a document row in the output means the document is complete)."""
        meta = {
            "doc_id": self.meta.id,
            "source": self.meta.source,
            "url": self.meta.url,
            "title": self.meta.title,
            "outlet": self.meta.outlet,
            "published": self.meta.published,
        }
        out = [
            Row(
                row="finding",
                **meta,
                start=f.start,
                end=f.end,
                text=f.text,
                value=_value(f.value),
                unit=f.unit,
                kind=f.kind,
                verdict=f.verdict,
                reasons=f.reasons,
                claim_id=f.claim.id if f.claim else None,
                confidence=f.confidence,
                explanation=f.explanation,
                quote=quote,
            )
            for f, quote in zip(self.findings, self.quotes, strict=True)
        ]
        problem = self.problem
        out.append(
            Row(
                row="document",
                **meta,
                chars=self.chars,
                findings=len(self.findings),
                error=problem.reason if problem else None,
                message=problem.message if problem else None,
            )
        )
        return out


def _value(value: float | str | None) -> str | None:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    return value


class Row(BaseModel):
    """One line of the ``-o`` output: a ``document`` row per document, then a ``finding`` row per
    figure, each with the document's metadata (docs/scan.md)."""

    model_config = ConfigDict(frozen=True)

    schema_version: int = Field(default=SCHEMA_VERSION, description="Version of this shape.")
    row: Literal["document", "finding"] = Field(description="What the row describes.")
    doc_id: str = Field(description="The document's id.")
    source: str = Field(description="Where the document was read.")
    url: str | None = Field(default=None, description="The document's URL.")
    title: str | None = Field(default=None, description="The document's title.")
    outlet: str | None = Field(default=None, description="Who published it.")
    published: dt.date | None = Field(default=None, description="Publication date.")
    chars: int | None = Field(default=None, description="document: characters checked.")
    findings: int | None = Field(default=None, description="document: number of figures.")
    error: str | None = Field(default=None, description="document: reason code when not checked.")
    message: str | None = Field(default=None, description="document: what is wrong.")
    start: int | None = Field(default=None, description="finding: offset in the checked text.")
    end: int | None = Field(default=None, description="finding: offset just past the figure.")
    text: str | None = Field(default=None, description="finding: the figure as written.")
    value: str | None = Field(default=None, description="finding: its value, as a string.")
    unit: str | None = Field(default=None, description="finding: its unit as read.")
    kind: str | None = Field(default=None, description="finding: what it measures.")
    verdict: str | None = Field(default=None, description="finding: the verdict.")
    reasons: list[str] | None = Field(default=None, description="finding: reason codes.")
    claim_id: str | None = Field(default=None, description="finding: the linked record.")
    confidence: float | None = Field(default=None, description="finding: calibrated confidence.")
    explanation: str | None = Field(default=None, description="finding: why.")
    quote: str | None = Field(default=None, description="finding: the sentence it stands in.")


class BadDocument(BaseModel):
    """A document not checked, and why."""

    model_config = ConfigDict(frozen=True)

    id: str
    source: str
    reason: str
    message: str


class RecordUse(BaseModel):
    """How many documents cite one record, by verdict (a document counts once per verdict)."""

    model_config = ConfigDict(frozen=True)

    claim_id: str
    display: str = Field(description="The record's value as displayed.")
    documents: int = Field(description="Documents citing it at all.")
    supported: int
    misleading: int
    refuted: int


class Misframing(BaseModel):
    """A record cited with the same wrong verdict and reasons, and how it spread."""

    model_config = ConfigDict(frozen=True)

    claim_id: str
    verdict: str
    reasons: list[str]
    documents: int = Field(description="Documents with this misframing.")
    example: str = Field(description="A sentence that has it (from the earliest document).")
    example_doc: str = Field(description="The id of that document.")
    origins: int | None = Field(
        default=None, description="Independent origins: copy clusters plus documents in none."
    )
    copies: int | None = Field(default=None, description="Documents minus origins.")


class OutletUse(BaseModel):
    """Per outlet: documents, and findings by verdict."""

    model_config = ConfigDict(frozen=True)

    outlet: str
    documents: int
    supported: int
    misleading: int
    refuted: int
    unverifiable: int


class Week(BaseModel):
    """Documents of one ISO week citing a record, by verdict."""

    model_config = ConfigDict(frozen=True)

    week: str = Field(description="ISO week, `YYYY-Www`.")
    supported: int
    misleading: int
    refuted: int


class Timeline(BaseModel):
    """Documents per week citing a key figure (dated documents only)."""

    model_config = ConfigDict(frozen=True)

    claim_id: str
    display: str
    weeks: list[Week]
    undated: int = Field(description="Documents citing it with no publication date.")


class Cluster(BaseModel):
    """Documents that share near-duplicate passages: the earliest dated one is the likely origin."""

    model_config = ConfigDict(frozen=True)

    origin: str = Field(description="Id of the likely origin (earliest dated, then first read).")
    published: dt.date | None = Field(description="The origin's date.")
    copies: list[str] = Field(description="Ids of the other documents, by date.")
    passage: str = Field(description="A passage the origin shares with a copy.")


class Propagation(BaseModel):
    """Near-duplicate passages across documents, grouped into clusters of documents."""

    model_config = ConfigDict(frozen=True)

    passages: int = Field(description="Passages compared.")
    pairs: list[tuple[str, str]] = Field(description="Document pairs confirmed as copies, sorted.")
    clusters: list[Cluster] = Field(description="Largest first.")

    def cluster_of(self) -> dict[str, int]:
        """Document id -> index of its cluster."""
        return {d: i for i, c in enumerate(self.clusters) for d in (c.origin, *c.copies)}


class ScanReport(BaseModel):
    """The aggregate of a scan (``r1claims scan --format json``)."""

    model_config = ConfigDict(frozen=True)

    schema_version: int = Field(default=SCHEMA_VERSION, description="Version of this shape.")
    documents: int = Field(description="Documents read, bad ones included.")
    checked: int = Field(description="Documents checked.")
    findings: dict[str, int] = Field(description="Findings per verdict.")
    bad: list[BadDocument] = Field(description="Documents not checked (the first 1,000).")
    bad_count: int = Field(description="Documents not checked, all of them.")
    records: list[RecordUse] = Field(description="Per record, most cited first.")
    misframings: list[Misframing] = Field(description="Most frequent first.")
    outlets: list[OutletUse] = Field(description="Per outlet, most documents first.")
    timelines: list[Timeline] = Field(description="Per key figure (the most cited records).")
    propagation: Propagation | None = Field(default=None, description="Null when not run.")

    @property
    def flagged(self) -> int:
        """Findings that are misleading or refuted."""
        return self.findings.get("misleading", 0) + self.findings.get("refuted", 0)

    def __repr__(self) -> str:
        return (
            f"ScanReport({self.documents} documents, {sum(self.findings.values())} figures, "
            f"{self.flagged} misleading or refuted)"
        )

    __str__ = __repr__

    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))

    def dataframes(self) -> dict[str, Any]:
        """The tables as pandas DataFrames (``records``, ``misframings``, ``outlets``,
        ``timeline``), for a notebook; needs pandas."""
        import importlib

        try:
            pd = importlib.import_module("pandas")  # untyped: no stubs needed
        except ImportError as exc:
            raise ImportError("ScanReport.dataframes needs pandas: pip install pandas") from exc
        timeline = [
            {"claim_id": t.claim_id, **w.model_dump()} for t in self.timelines for w in t.weeks
        ]
        return {
            "records": pd.DataFrame([r.model_dump() for r in self.records]),
            "misframings": pd.DataFrame([m.model_dump() for m in self.misframings]),
            "outlets": pd.DataFrame([o.model_dump() for o in self.outlets]),
            "timeline": pd.DataFrame(timeline),
        }
