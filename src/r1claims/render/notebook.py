"""Compact HTML for notebooks (``_repr_html_``): claims, sources, findings, validation reports.

Long tables are cut the way pandas cuts a DataFrame: past `MAX_ROWS` rows only the first and
last ``MIN_ROWS // 2`` are shown, with a "… N more …" row between them and the total below;
a cell longer than `MAX_CELL` characters is cut with "…". Every piece of data is cleaned
(control and bidi characters removed) and HTML-escaped: nothing from the record or the
checked text is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TypeVar

from r1claims.checker.report import CheckReport, Finding
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim, Source
from r1claims.record.validation import ValidationReport
from r1claims.render.safe import clean

__all__ = [
    "MAX_CELL",
    "MAX_QUOTE",
    "MAX_ROWS",
    "MAX_WHY",
    "MIN_ROWS",
    "check_html",
    "claim_html",
    "claim_repr",
    "claims_html",
    "cut",
    "finding_html",
    "shown",
    "source_html",
    "validation_html",
]

#: More rows than this and the table is cut (pandas' ``display.max_rows``, smaller).
MAX_ROWS = 20
#: Rows shown when a table is cut: half from the top, half from the bottom (``min_rows``).
MIN_ROWS = 10
#: Characters of a cell shown before it is cut with "…" (pandas' ``max_colwidth``, larger).
MAX_CELL = 120
#: The same for a citation's quote, and for an explanation or a diagnostic's message, which
#: are the point of their row.
MAX_QUOTE = 200
MAX_WHY = 400

VERDICT_COLOURS = {
    "supported": "#1a7f37",
    "misleading": "#9a6700",
    "refuted": "#cf222e",
    "unverifiable": "#6e7781",
}

T = TypeVar("T")


def cut(value: object, limit: int = MAX_CELL) -> str:
    """Cleaned text, cut to ``limit`` characters with "…"."""
    text = clean(value)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def shown(items: Sequence[T]) -> tuple[list[T], int, list[T]]:
    """``(head, hidden, tail)``: every item when there are at most `MAX_ROWS`, else the first
    and last ``MIN_ROWS // 2`` and how many are left out between them."""
    if len(items) <= MAX_ROWS:
        return list(items), 0, []
    half = MIN_ROWS // 2
    return list(items[:half]), len(items) - 2 * half, list(items[-half:])


def _e(value: object, limit: int = MAX_CELL) -> str:
    return escape(cut(value, limit))


def _code(value: object) -> str:
    """An id in monospace, kept on one line (ids are short; wrapping them hides them)."""
    return f'<code style="white-space:nowrap">{_e(value)}</code>'


def _verdict(verdict: str, reasons: Sequence[str] = ()) -> str:
    colour = VERDICT_COLOURS.get(verdict, "inherit")
    why = f" ({', '.join(reasons)})" if reasons else ""
    return f'<span style="color:{colour};font-weight:600">{_e(verdict)}</span>{_e(why)}'


def _table(
    header: Sequence[str],
    items: Sequence[T],
    row: Callable[[T], list[str]],
    noun: str,
) -> str:
    """An HTML table of ``items`` (cells already escaped), cut past `MAX_ROWS`."""
    head, hidden, tail = shown(items)
    th = "".join(f'<th style="text-align:left">{escape(h)}</th>' for h in header)
    body = ["<tr>" + "".join(f"<td>{c}</td>" for c in row(item)) + "</tr>" for item in head]
    if hidden:
        body.append(
            f'<tr><td colspan="{len(header)}" style="text-align:center">… {hidden} more '
            f"{escape(noun)} …</td></tr>"
        )
        body.extend("<tr>" + "".join(f"<td>{c}</td>" for c in row(item)) + "</tr>" for item in tail)
    total = f"<p><small>{len(items)} {escape(noun)}"
    total += f", {len(head) + len(tail)} shown</small></p>" if hidden else "</small></p>"
    return f"<table><thead><tr>{th}</tr></thead><tbody>{''.join(body)}</tbody></table>{total}"


def _fields(rows: Sequence[tuple[str, str]]) -> str:
    """A two-column table of field names and escaped values, skipping empty values."""
    body = "".join(
        f'<tr><th style="text-align:left">{escape(k)}</th><td style="text-align:left">{v}</td></tr>'
        for k, v in rows
        if v
    )
    return f"<table><tbody>{body}</tbody></table>"


def claims_html(cs: ClaimSet) -> str:
    """A ClaimSet: one row per claim (id, kind, subject, value, scope, status), cut."""

    def row(c: Claim) -> list[str]:
        return [
            _code(c.id),
            _e(c.kind),
            _e(cs.entity_name(c.subject)),
            _e(format_value(c.value)),
            _e(c.scope.covers),
            _e(c.status),
        ]

    header = ("id", "kind", "subject", "value", "scope", "status")
    return '<div class="r1claims">' + _table(header, cs.claims, row, "claims") + "</div>"


def claim_repr(claim: Claim) -> str:
    """``Claim('v3-training-cost', cost, deepseek-v3, '$5.576M', established, 9 citations)``."""
    n = len(claim.citations)
    return (
        f"Claim({claim.id!r}, {claim.kind}, {claim.subject}, {format_value(claim.value)!r}, "
        f"{claim.status}, {n} citation{'' if n == 1 else 's'})"
    )


def claim_html(claim: Claim) -> str:
    """One claim: its value and scope as fields, then its citations (cut)."""
    s = claim.scope
    status = claim.status + (f": {claim.status_reason}" if claim.status_reason else "")
    fields = _fields(
        [
            ("value", _e(format_value(claim.value))),
            ("kind", _e(claim.kind + (f" / {claim.metric}" if claim.metric else ""))),
            ("subject", _code(claim.subject)),
            ("covers", _e(s.covers)),
            ("phase", _e(s.phase)),
            ("basis", _e(s.basis + (f": {s.basis_detail}" if s.basis_detail else ""))),
            ("estimator", _e(s.estimator)),
            ("includes", _e("; ".join(s.includes))),
            ("excludes", _e("; ".join(s.excludes))),
            ("as of", _e(s.as_of.isoformat() if s.as_of else "")),
            ("status", _e(status)),
        ]
    )
    citations = _table(
        ("source", "verdict", "quote"),
        claim.citations,
        lambda c: [
            _code(c.source),
            _verdict(c.framing.verdict, c.framing.reasons),
            _e(c.quote, MAX_QUOTE),
        ],
        "citations",
    )
    title = f"<p><b>{_e(claim.label)}</b> <code>{_e(claim.id)}</code></p>"
    return f'<div class="r1claims">{title}{fields}{citations}</div>'


def source_html(source: Source) -> str:
    """One source as fields; its URL is a link only when it is http(s)."""
    url = source.url or ""
    link = (
        f'<a href="{escape(clean(url), quote=True)}">{_e(url)}</a>'
        if url.startswith(("https://", "http://"))
        else ""
    )
    fields = _fields(
        [
            ("kind", _e(source.kind)),
            ("publisher", _e(source.publisher or "")),
            ("authors", _e(", ".join(source.authors))),
            ("date", _e(source.date.isoformat() if source.date else "")),
            ("url", link),
            ("primary", "yes" if source.primary else "no"),
        ]
    )
    title = f"<p><b>{_e(source.title)}</b> <code>{_e(source.id)}</code></p>"
    return f'<div class="r1claims">{title}{fields}</div>'


def _finding_cells(f: Finding) -> list[str]:
    record = _code(f.claim.id) if f.claim else "-"
    return [
        f"{f.start}-{f.end}",
        _e(f.text),
        _verdict(f.verdict, f.reasons),
        record,
        f"{f.confidence:.2f}",
        _e(f.explanation, MAX_WHY),
    ]


_FINDING_HEADER = ("at", "figure", "verdict", "record", "confidence", "why")


def check_html(report: CheckReport) -> str:
    """A CheckReport: the counts per verdict, then one row per figure (cut)."""
    counts = ", ".join(f"{n} {v}" for v, n in report.counts().items())
    table = _table(_FINDING_HEADER, report.findings, _finding_cells, "figures")
    return f'<div class="r1claims"><p>{escape(counts)}</p>{table}</div>'


def finding_html(finding: Finding) -> str:
    """One finding as a one-row table."""
    table = _table(_FINDING_HEADER, [finding], _finding_cells, "figure")
    return f'<div class="r1claims">{table}</div>'


def validation_html(report: ValidationReport) -> str:
    """A ValidationReport: the verdict line, then one row per diagnostic (cut)."""
    errors, warnings = len(report.errors), len(report.warnings)
    verdict = "ok" if not report.diagnostics else f"{errors} error(s), {warnings} warning(s)"
    counts = ", ".join(f"{n} {key}" for key, n in report.counts.items())
    table = _table(
        ("where", "level", "code", "message"),
        report.diagnostics,
        lambda d: [
            _e(f"{d.location.path}:{d.location.line}:{d.location.column}"),
            _e(d.level),
            _code(d.code),
            _e(d.message + (f" (hint: {d.hint})" if d.hint else ""), MAX_WHY),
        ],
        "diagnostics",
    )
    head = f"<p><b>{_e(verdict)}</b>: {_e(report.data_dir)} ({_e(counts)})</p>"
    return f'<div class="r1claims">{head}{table if report.diagnostics else ""}</div>'
