"""Render a `ScanReport`: plain text, Markdown, JSON, and one self-contained HTML page with a
bar chart per timeline (inline SVG, no script, no external file)."""

from __future__ import annotations

from html import escape
from typing import Any

from r1claims.render.html import table_html
from r1claims.render.safe import clean
from r1claims.render.safe import markdown_escape as _md
from r1claims.scanner.report import ScanReport, Timeline

__all__ = [
    "notebook_html",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
    "rich_view",
    "summary",
]

#: Colours of the chart, one per verdict (as in the check view: green, yellow, red).
COLOURS = {"supported": "#2e7d32", "misleading": "#f9a825", "refuted": "#c62828"}
_JUDGED = ("supported", "misleading", "refuted")


def _spread(origins: int | None, copies: int | None) -> str:
    return "-" if origins is None else f"{origins} origins, {copies} copies"


def _tables(report: ScanReport) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, header, rows) of every table, shared by the text, Markdown and HTML forms."""
    tables = [
        (
            "Records cited (documents, by verdict)",
            ["record", "value", "documents", "supported", "misleading", "refuted"],
            [
                [
                    r.claim_id,
                    r.display,
                    str(r.documents),
                    str(r.supported),
                    str(r.misleading),
                    str(r.refuted),
                ]
                for r in report.records
            ],
        ),
        (
            "Most frequent misframings",
            ["record", "verdict", "reasons", "documents", "spread", "example"],
            [
                [
                    m.claim_id,
                    m.verdict,
                    ", ".join(m.reasons),
                    str(m.documents),
                    _spread(m.origins, m.copies),
                    f"{m.example} [{m.example_doc}]",
                ]
                for m in report.misframings
            ],
        ),
        (
            "Outlets (documents; findings by verdict)",
            ["outlet", "documents", "supported", "misleading", "refuted", "unverifiable"],
            [
                [
                    o.outlet,
                    str(o.documents),
                    str(o.supported),
                    str(o.misleading),
                    str(o.refuted),
                    str(o.unverifiable),
                ]
                for o in report.outlets
            ],
        ),
    ]
    for t in report.timelines:
        tables.append(
            (
                f"Timeline of {t.claim_id} ({t.display}): documents per week"
                + (f"; {t.undated} undated" if t.undated else ""),
                ["week", "supported", "misleading", "refuted"],
                [[w.week, str(w.supported), str(w.misleading), str(w.refuted)] for w in t.weeks],
            )
        )
    if report.propagation is not None:
        tables.append(
            (
                f"Copy clusters ({report.propagation.passages} passages compared)",
                ["likely origin", "published", "copies"],
                [
                    [c.origin, str(c.published or "undated"), ", ".join(c.copies)]
                    for c in report.propagation.clusters
                ],
            )
        )
    if report.bad:
        tables.append(
            (
                f"Documents not checked ({report.bad_count})",
                ["document", "reason", "message"],
                [[b.source, b.reason, b.message] for b in report.bad],
            )
        )
    return tables


def _headline(report: ScanReport) -> str:
    counts = ", ".join(f"{n} {v}" for v, n in report.findings.items())
    return (
        f"{report.documents} documents, {report.checked} checked, {report.bad_count} not "
        f"checked; findings: {counts}"
    )


def render_text(report: ScanReport) -> str:
    """Tab-separated tables, each under its title."""
    out = [_headline(report), ""]
    for title, header, rows in _tables(report):
        out += [f"== {clean(title)}", "\t".join(header)]
        out += ["\t".join(clean(c) for c in row) for row in rows]
        out.append("")
    return "\n".join(out)


def render_markdown(report: ScanReport) -> str:
    """Markdown tables, each under a heading."""
    out = ["# Scan report", "", _md(_headline(report)), ""]
    for title, header, rows in _tables(report):
        out += [f"## {_md(title)}", "", "| " + " | ".join(header) + " |"]
        out.append("|" + "---|" * len(header))
        out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
        out.append("")
    return "\n".join(out)


def render_json(report: ScanReport) -> str:
    """The `ScanReport` model as JSON."""
    return report.model_dump_json(indent=2) + "\n"


def chart_svg(timeline: Timeline, *, bar: int = 18, height: int = 120) -> str:
    """A stacked bar per week (supported, misleading, refuted), as inline SVG."""
    weeks = timeline.weeks
    top = max((w.supported + w.misleading + w.refuted for w in weeks), default=0) or 1
    width = max(bar + 4, len(weeks) * (bar + 4))
    parts = []
    for i, w in enumerate(weeks):
        y = height
        for verdict in _JUDGED:
            n = getattr(w, verdict)
            h = round(n / top * (height - 20))
            if n:
                y -= h
                parts.append(
                    f'<rect x="{i * (bar + 4)}" y="{y}" width="{bar}" height="{h}" '
                    f'fill="{COLOURS[verdict]}"><title>{escape(w.week)}: {n} {verdict}'
                    "</title></rect>"
                )
    label = escape(clean(f"{timeline.claim_id}: documents per week, {top} at most"))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{label}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        + "".join(parts)
        + "</svg>"
    )


#: The conflicts page's style (`render.conflicts_html`), so that the two pages look alike.
_STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.4}"
    "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:2px 6px;"
    "text-align:left;vertical-align:top}caption{text-align:left;font-weight:bold}"
    ".key span{display:inline-block;width:1em;height:1em;margin:0 .3em 0 1em}"
)


def notebook_html(report: ScanReport) -> str:
    """The report's body for a notebook cell: headline, tables with headers, timeline charts;
    no page, no global style."""
    return f'<div class="r1claims-scan">{_body(report)}</div>'


def rich_view(report: ScanReport) -> Any:
    """The report for a rich console: the headline and one table per section (cells as plain
    text, never markup)."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    parts: list[Any] = [Text(clean(_headline(report)))]
    for title, header, rows in _tables(report):
        table = Table(title=Text(clean(title)), title_justify="left")
        for column in header:
            table.add_column(Text(clean(column)))
        for row in rows:
            table.add_row(*(Text(clean(cell)) for cell in row))
        parts.append(table)
    return Group(*parts)


def _body(report: ScanReport) -> str:
    key = "".join(f'<span style="background:{c}"></span>{v}' for v, c in COLOURS.items())
    body = [f"<h1>Scan report</h1><p>{escape(clean(_headline(report)))}</p>"]
    charts = {f"Timeline of {t.claim_id}": chart_svg(t) for t in report.timelines}
    for title, header, rows in _tables(report):
        chart = next((svg for k, svg in charts.items() if title.startswith(k + " ")), "")
        if chart:
            body.append(f'<h2>{escape(clean(title))}</h2><p class="key">{key}</p>{chart}')
        body.append(table_html(header, rows, title))
    return "".join(body)


def render_html(report: ScanReport) -> str:
    """One self-contained page: the tables (escaped, as in the notebook views) and a chart per
    timeline."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>r1claims scan report</title><style>{_STYLE}</style></head><body>"
        + _body(report)
        + "</body></html>\n"
    )


def summary(report: ScanReport) -> str:
    """Human summary for stderr."""
    clusters = len(report.propagation.clusters) if report.propagation else 0
    return (
        f"r1claims scan: {report.documents} documents ({report.bad_count} not checked), "
        f"{sum(report.findings.values())} figures, {report.flagged} misleading or refuted, "
        f"{clusters} copy clusters\n"
    )
