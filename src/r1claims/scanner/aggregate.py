"""Aggregate the output rows of a scan: per record, misframings, per outlet, timelines.

It reads the flat rows (`Row`), the same ones written to ``-o``, so a report can be rebuilt
from an earlier output (``--resume``) or from a notebook. Rows of one document come together,
its findings first and its ``document`` row last. Memory holds counters, the ids of documents
with a misframing, and the first `MAX_BAD` bad documents: not the findings themselves.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.scanner.report import (
    BadDocument,
    Misframing,
    OutletUse,
    Propagation,
    RecordUse,
    Row,
    ScanReport,
    Timeline,
    Week,
)

__all__ = ["MAX_BAD", "Aggregator", "aggregate", "outlet_of", "week_of"]

#: Bad documents listed in the report (all are counted; every one is in the ``-o`` output).
MAX_BAD = 1000
VERDICTS = ("supported", "misleading", "refuted", "unverifiable")
_JUDGED = ("supported", "misleading", "refuted")
_FLAGGED = ("misleading", "refuted")
_FAR = dt.date.max


def week_of(day: dt.date) -> str:
    """The ISO week, ``YYYY-Www``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def outlet_of(row: Row) -> str | None:
    """The row's outlet, else its URL's host without ``www.``."""
    if row.outlet:
        return row.outlet
    host = urlsplit(row.url).hostname if row.url else None
    return host.removeprefix("www.") if host else None


class Aggregator:
    """Counts rows as they come; `report` gives the `ScanReport`."""

    def __init__(self, cs: ClaimSet) -> None:
        self.cs = cs
        self.documents = 0
        self.checked = 0
        self.bad: list[BadDocument] = []
        self.bad_count = 0
        self.verdicts: Counter[str] = Counter()
        self.records: dict[str, Counter[str]] = defaultdict(Counter)
        self.weeks: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        self.undated: Counter[str] = Counter()
        self.outlets: dict[str, Counter[str]] = defaultdict(Counter)
        #: misframing key -> ids of its documents, and (date, order, quote, doc id) of an example
        self.misframed: dict[tuple[str, str, tuple[str, ...]], list[str]] = defaultdict(list)
        self.examples: dict[tuple[str, str, tuple[str, ...]], tuple[dt.date, int, str, str]] = {}
        self._pending: list[Row] = []

    def add(self, row: Row) -> None:
        """Take one row; a document's findings are counted when its document row comes."""
        if row.row == "finding":
            self._pending.append(row)
            return
        findings, self._pending = self._pending, []
        self.documents += 1
        if row.error:
            self.bad_count += 1
            if len(self.bad) < MAX_BAD:
                self.bad.append(
                    BadDocument(
                        id=row.doc_id,
                        source=row.source,
                        reason=row.error,
                        message=row.message or "",
                    )
                )
            return
        self.checked += 1
        self._count(row, findings)

    def _count(self, doc: Row, findings: list[Row]) -> None:
        outlet = outlet_of(doc)
        if outlet:
            self.outlets[outlet]["documents"] += 1
        cited: set[tuple[str, str]] = set()
        for f in findings:
            verdict = f.verdict or "unverifiable"
            self.verdicts[verdict] += 1
            if outlet:
                self.outlets[outlet][verdict] += 1
            if f.claim_id and verdict in _JUDGED:
                cited.add((f.claim_id, verdict))
            if f.claim_id and verdict in _FLAGGED:
                key = (f.claim_id, verdict, tuple(sorted(f.reasons or [])))
                ids = self.misframed[key]
                if not ids or ids[-1] != doc.doc_id:
                    ids.append(doc.doc_id)
                example = (doc.published or _FAR, self.documents, f.quote or "", doc.doc_id)
                if key not in self.examples or example < self.examples[key]:
                    self.examples[key] = example
        for claim_id in {c for c, _ in cited}:
            self.records[claim_id]["documents"] += 1
            if doc.published is None:
                self.undated[claim_id] += 1
        for claim_id, verdict in cited:
            self.records[claim_id][verdict] += 1
            if doc.published is not None:
                self.weeks[claim_id][(week_of(doc.published), verdict)] += 1

    def _display(self, claim_id: str) -> str:
        if self.cs.has_claim(claim_id):
            return format_value(self.cs.claim(claim_id).value)
        return "?"

    def report(
        self, propagation: Propagation | None = None, *, top: int = 20, key_figures: int = 5
    ) -> ScanReport:
        """The report: every record, the ``top`` misframings, every outlet, and timelines of the
        ``key_figures`` most cited records."""
        records = sorted(self.records.items(), key=lambda kv: (-kv[1]["documents"], kv[0]))
        return ScanReport(
            documents=self.documents,
            checked=self.checked,
            findings={v: self.verdicts[v] for v in VERDICTS},
            bad=self.bad,
            bad_count=self.bad_count,
            records=[
                RecordUse(
                    claim_id=claim_id,
                    display=self._display(claim_id),
                    documents=c["documents"],
                    **{v: c[v] for v in _JUDGED},
                )
                for claim_id, c in records
            ],
            misframings=self._misframings(propagation, top),
            outlets=sorted(
                (
                    OutletUse(outlet=name, documents=c["documents"], **{v: c[v] for v in VERDICTS})
                    for name, c in self.outlets.items()
                ),
                key=lambda o: (-o.documents, o.outlet),
            ),
            timelines=[self._timeline(claim_id) for claim_id, _ in records[:key_figures]],
            propagation=propagation,
        )

    def _misframings(self, propagation: Propagation | None, top: int) -> list[Misframing]:
        ranked = sorted(self.misframed.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]
        cluster = propagation.cluster_of() if propagation is not None else None
        out = []
        for (claim_id, verdict, reasons), ids in ranked:
            _, _, quote, example_doc = self.examples[(claim_id, verdict, reasons)]
            origins = None
            if cluster is not None:
                origins = len({cluster.get(d, d) for d in ids})
            out.append(
                Misframing(
                    claim_id=claim_id,
                    verdict=verdict,
                    reasons=list(reasons),
                    documents=len(ids),
                    example=quote,
                    example_doc=example_doc,
                    origins=origins,
                    copies=None if origins is None else len(ids) - origins,
                )
            )
        return out

    def _timeline(self, claim_id: str) -> Timeline:
        counts = self.weeks[claim_id]
        weeks = sorted({w for w, _ in counts})
        return Timeline(
            claim_id=claim_id,
            display=self._display(claim_id),
            weeks=[Week(week=w, **{v: counts[(w, v)] for v in _JUDGED}) for w in weeks],
            undated=self.undated[claim_id],
        )


def aggregate(
    rows: Iterable[Row],
    cs: ClaimSet,
    propagation: Propagation | None = None,
    *,
    top: int = 20,
    key_figures: int = 5,
) -> ScanReport:
    """The `ScanReport` of rows (from `DocResult.rows` or read back from a ``-o`` file)."""
    agg = Aggregator(cs)
    for row in rows:
        agg.add(row)
    return agg.report(propagation, top=top, key_figures=key_figures)
