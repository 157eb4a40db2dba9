"""Compact rich views for consoles and notebooks (``__rich__``): claims, sources, findings,
validation reports, cut past `r1claims.render.notebook.MAX_ROWS` rows like their HTML.

Every cell is a `Text` of cleaned data (`safe_text`), so brackets in the data are never read
as rich markup and control characters never reach the terminal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from rich.console import Group as RichGroup
from rich.table import Table
from rich.text import Text

from r1claims.checker.report import CheckReport, Finding
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim, Source
from r1claims.record.validation import ValidationReport
from r1claims.render.findings import VERDICT_STYLES
from r1claims.render.notebook import MAX_CELL, MAX_QUOTE, MAX_WHY, cut, shown
from r1claims.render.safe import safe_text

__all__ = [
    "check_view",
    "claim_view",
    "claims_view",
    "finding_view",
    "source_view",
    "validation_view",
]

T = TypeVar("T")


def _cell(value: object, style: str = "", limit: int = MAX_CELL) -> Text:
    return safe_text(cut(value, limit), style)


def _table(
    title: str,
    header: Sequence[str],
    items: Sequence[T],
    row: Callable[[T], list[Text]],
    noun: str,
    no_wrap: Sequence[str] = (),
) -> Table:
    """A rich table of ``items``, cut past `MAX_ROWS`: a row of "…" in every column where
    rows are left out (as pandas prints), and how many in the caption."""
    head, hidden, tail = shown(items)
    caption = f"{len(items)} {noun}" + (f" ({hidden} more not shown)" if hidden else "")
    table = Table(
        title=safe_text(title) if title else None, caption=caption, caption_justify="left"
    )
    for column in header:
        table.add_column(column, overflow="fold", no_wrap=column in no_wrap)
    for item in head:
        table.add_row(*row(item))
    if hidden:
        table.add_row(*[Text("…", style="dim")] * len(header))
        for item in tail:
            table.add_row(*row(item))
    return table


def _fields(title: str, rows: Sequence[tuple[str, object]]) -> Table:
    grid = Table(title=safe_text(title, "bold"), show_header=False, title_justify="left")
    grid.add_column("field", style="bold", no_wrap=True)
    grid.add_column("value", overflow="fold")
    for key, value in rows:
        if value:
            grid.add_row(key, value if isinstance(value, Text) else _cell(value))
    return grid


def _verdict(verdict: str, reasons: Sequence[str] = ()) -> Text:
    text = safe_text(verdict, VERDICT_STYLES.get(verdict, ""))
    if reasons:
        text.append_text(safe_text(f" ({', '.join(reasons)})"))
    return text


def claims_view(cs: ClaimSet) -> Table:
    """A ClaimSet: one row per claim, cut."""
    return _table(
        "",
        ("id", "kind", "subject", "value", "scope", "status"),
        cs.claims,
        lambda c: [
            _cell(c.id),
            _cell(c.kind),
            _cell(cs.entity_name(c.subject)),
            _cell(format_value(c.value)),
            _cell(c.scope.covers),
            _cell(c.status),
        ],
        "claims",
        no_wrap=("id", "value"),
    )


def claim_view(claim: Claim) -> RichGroup:
    """One claim: fields, then its citations (cut)."""
    s = claim.scope
    fields = _fields(
        f"{claim.label} ({claim.id})",
        [
            ("value", format_value(claim.value)),
            ("kind", claim.kind + (f" / {claim.metric}" if claim.metric else "")),
            ("subject", claim.subject),
            ("covers", s.covers),
            ("phase", s.phase),
            ("basis", s.basis + (f": {s.basis_detail}" if s.basis_detail else "")),
            ("estimator", s.estimator),
            ("includes", "; ".join(s.includes)),
            ("excludes", "; ".join(s.excludes)),
            ("as of", s.as_of.isoformat() if s.as_of else ""),
            ("status", claim.status + (f": {claim.status_reason}" if claim.status_reason else "")),
        ],
    )
    citations = _table(
        "",
        ("source", "verdict", "quote"),
        claim.citations,
        lambda c: [
            _cell(c.source),
            _verdict(c.framing.verdict, c.framing.reasons),
            _cell(c.quote, limit=MAX_QUOTE),
        ],
        "citations",
        no_wrap=("source",),
    )
    return RichGroup(fields, citations)


def source_view(source: Source) -> Table:
    """One source as fields."""
    return _fields(
        f"{source.title} ({source.id})",
        [
            ("kind", source.kind),
            ("publisher", source.publisher or ""),
            ("authors", ", ".join(source.authors)),
            ("date", source.date.isoformat() if source.date else ""),
            ("url", source.url or ""),
            ("primary", "yes" if source.primary else "no"),
        ],
    )


def _finding_row(f: Finding) -> list[Text]:
    return [
        _cell(f"{f.start}-{f.end}"),
        _cell(f.text),
        _verdict(f.verdict, f.reasons),
        _cell(f.claim.id if f.claim else "-"),
        _cell(f"{f.confidence:.2f}"),
        _cell(f.explanation, limit=MAX_WHY),
    ]


_FINDING_HEADER = ("at", "figure", "verdict", "record", "confidence", "why")


def check_view(report: CheckReport) -> Table:
    """A CheckReport: one row per figure (cut), the counts per verdict as the title."""
    counts = ", ".join(f"{n} {v}" for v, n in report.counts().items())
    return _table(
        counts, _FINDING_HEADER, report.findings, _finding_row, "figures", no_wrap=("at",)
    )


def finding_view(finding: Finding) -> Table:
    """One finding as a one-row table."""
    return _table("", _FINDING_HEADER, [finding], _finding_row, "figure", no_wrap=("at",))


def validation_view(report: ValidationReport) -> Table | Text:
    """A ValidationReport: one row per diagnostic (cut), the verdict as the title; one line
    when there is nothing to report."""
    errors, warnings = len(report.errors), len(report.warnings)
    counts = ", ".join(f"{n} {key}" for key, n in report.counts.items())
    if not report.diagnostics:
        return safe_text(f"{report.data_dir}: ok ({counts})", "green")
    return _table(
        f"{report.data_dir}: {errors} error(s), {warnings} warning(s)",
        ("where", "level", "code", "message"),
        report.diagnostics,
        lambda d: [
            _cell(f"{d.location.path}:{d.location.line}:{d.location.column}"),
            _cell(d.level, "red" if d.level == "error" else "yellow"),
            _cell(d.code),
            _cell(d.message + (f" (hint: {d.hint})" if d.hint else ""), limit=MAX_WHY),
        ],
        "diagnostics",
        no_wrap=("code",),
    )
