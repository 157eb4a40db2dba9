"""A `ConflictReport` as one self-contained HTML page: no network, no JavaScript.

The page opens with the summary of the most disputed groups; then, per group, its bottom line,
its scope ladder (a table with headers), an SVG chart of its figures on a log scale coloured by
basis (misframed uses marked with a red ring), the sums that are checked and the misframings.
The same HTML, cut after ``max_groups`` groups with a note (as pandas does), is what notebooks
show. All data is cleaned and escaped.
"""

from __future__ import annotations

import math
from html import escape

from r1claims.reconciler.report import ConflictReport, Group
from r1claims.record.humanize import format_amount
from r1claims.render.ladder import GroupView, group_view, member_name, overview
from r1claims.render.page import page
from r1claims.render.safe import clean

__all__ = ["BASIS_COLOURS", "NOTEBOOK_GROUPS", "chart_svg", "render_html", "render_page"]

#: Chart colour per kind of basis: company statements, derived figures, outside estimates.
BASIS_COLOURS = {
    "disclosed": "#1f77b4",
    "official_statement": "#1f77b4",
    "rental_price_valuation": "#1f77b4",
    "derived": "#7f7f7f",
    "analyst_estimate": "#ff7f0e",
    "press_report": "#2ca02c",
    "market_data": "#9467bd",
}
_LEGEND = (
    ("#1f77b4", "company statement"),
    ("#7f7f7f", "derived"),
    ("#ff7f0e", "analyst estimate"),
    ("#2ca02c", "press report"),
    ("#9467bd", "market data"),
)
#: Table rules for the fragment a notebook shows (the page has the full `page.STYLE`).
_SCOPED = (
    ".r1claims-conflicts table{border-collapse:collapse}"
    ".r1claims-conflicts th,.r1claims-conflicts td{border:1px solid #ccc;padding:2px 6px;"
    "text-align:left;vertical-align:top}.r1claims-conflicts .wrong{color:#b00}"
)
#: Groups a notebook shows before cutting with a note.
NOTEBOOK_GROUPS = 10


def _e(text: str) -> str:
    return escape(clean(text))


def chart_svg(g: Group, width: int = 600) -> str:
    """The group's positive quantities of one unit on a log scale, one dot per figure."""
    points = [
        m
        for m in g.members
        if m.amount is not None and m.amount > 0 and m.unit == g.members[0].unit
    ]
    points = [m for m in points if m.unit is not None and m.amount]
    height = 30 + 18 * len(points)
    if not points:
        return f'<svg class="chart" role="img" width="{width}" height="20"></svg>'
    logs = [math.log10(m.amount or 1) for m in points]
    lo, hi = math.floor(min(logs)), math.ceil(max(logs))
    span = max(hi - lo, 1)
    parts = [
        f'<svg class="chart" role="img" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}"><title>{_e(g.question)} on a log scale</title>'
    ]
    for i, m in enumerate(points):
        x = 10 + (width - 130) * (logs[i] - lo) / span
        y = 20 + 18 * i
        colour = BASIS_COLOURS.get(m.basis, "#333333")
        ring = ' stroke="#d00" stroke-width="3"' if m.used_wrong else ""
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="{colour}"{ring}>'
            f"<title>{_e(member_name(m))}: {_e(m.label)}</title></circle>"
            f'<text x="{x + 9:.1f}" y="{y + 4}" font-size="11">{_e(member_name(m))}'
            f"{' (misframed)' if m.used_wrong else ''}</text>"
        )
    for power in range(lo, hi + 1):
        x = 10 + (width - 130) * (power - lo) / span
        tick = format_amount(10.0**power, points[0].unit or "count", 10.0**power)
        parts.append(f'<text x="{x:.1f}" y="{height - 2}" font-size="9">{_e(tick)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _ladder(v: GroupView) -> str:
    head = (
        "<tr><th>Figure</th><th>What</th><th>Who and how</th><th>Status</th><th>Coverage</th></tr>"
    )
    rows = "".join(
        f"<tr><td>{_e(member_name(r.member))}</td><td>{_e(r.member.label)}</td>"
        f"<td>{_e(r.who)}</td><td>{_e(r.status or 'established')}</td>"
        f"<td{' class=wrong' if r.member.used_wrong else ''}>{_e(r.use)}</td></tr>"
        for r in v.rows
    )
    return f'<table class="ladder"><thead>{head}</thead><tbody>{rows}</tbody></table>'


def _group_html(g: Group) -> str:
    v = group_view(g)
    blocks = [
        ("How they add up", v.sums),
        ("Also written", v.variants),
        ("Estimates that disagree or conflict", [f.explanation for f in v.clashes]),
        ("Confused in coverage", v.confused),
        ("Misframed in coverage (corrections)", v.misframed_all),
    ]
    lists = "".join(
        f"<h4>{title}</h4><ul>"
        + "".join(
            f'<li style="margin-left:{len(s) - len(s.lstrip())}em">{_e(s.lstrip())}</li>'
            for s in items
        )
        + "</ul>"
        for title, items in blocks
        if items
    )
    more = f"<p>{v.hidden} more figures in the record.</p>" if v.hidden else ""
    return (
        f'<section class="group" id="{_e(g.id)}"><h3>{_e(g.question)} <code>{_e(g.id)}</code>'
        f'</h3><p class="bottom">{_e(" ".join(g.bottom_line))}</p>{_ladder(v)}{more}'
        f"{chart_svg(g)}{lists}</section>"
    )


def render_html(report: ConflictReport, max_groups: int | None = NOTEBOOK_GROUPS) -> str:
    """The report as an HTML fragment: summary, legend, then each group (cut with a note)."""
    head = overview(report)
    summary = f"<p>{_e(head[0])}</p>" + (
        "<ol>" + "".join(f"<li>{_e(line.split('. ', 1)[1])}</li>" for line in head[2:]) + "</ol>"
        if len(head) > 2
        else ""
    )
    legend = " ".join(
        f'<span style="color:{colour}">&#9679;</span> {name}' for colour, name in _LEGEND
    )
    groups = report.groups if max_groups is None else report.groups[:max_groups]
    cut = len(report.groups) - len(groups)
    note = (
        f"<p><i>{cut} more groups not shown: select one with .select(group=...), or write the "
        "whole page with r1claims conflicts --format html.</i></p>"
        if cut
        else ""
    )
    body = "".join(_group_html(g) for g in groups)
    return (
        f'<div class="r1claims-conflicts"><style>{_SCOPED}</style>{summary}'
        f'<p class="legend">{legend}; '
        f'<span class="wrong">red ring: misframed in coverage</span></p>{body}{note}</div>'
    )


def render_page(report: ConflictReport) -> str:
    """One self-contained page with every group (`r1claims conflicts --format html`)."""
    return page("r1claims conflicts", f"<h1>How the figures relate</h1>{render_html(report, None)}")
