"""Render a `ConflictReport`: plain text, Markdown, a rich view (panel per group), HTML."""

from __future__ import annotations

from html import escape
from typing import Any

from rich.console import Group as RichGroup
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from r1claims.reconciler.report import ConflictReport, Finding, Group
from r1claims.render.safe import clean, safe_text
from r1claims.render.safe import markdown_escape as _md

__all__ = ["render_html", "render_markdown", "render_text", "rich_view", "summary"]

_LABELS = {
    "restated": "restated",
    "different_scope": "different scope",
    "derived": "derived",
    "part_of": "part of",
    "conflict": "CONFLICT",
}
_STYLES = {
    "restated": "green",
    "different_scope": "cyan",
    "derived": "blue",
    "part_of": "blue",
    "conflict": "bold red",
}


def _finding_label(f: Finding) -> str:
    label = _LABELS[f.kind]
    if f.kind == "derived":
        label += ", holds" if f.holds else ", BROKEN"
    return label


def render_text(report: ConflictReport) -> str:
    """Plain text: a block per group with its figures on the scale, relations and misframings."""
    out: list[str] = []
    for g in report.groups:
        out.append(f"== {g.id}: {g.question}")
        out.append(f"   {g.summary}")
        out.append("   Figures, low to high:")
        for m in g.members:
            out.append(f"   - {m.value} [{m.claim_id}] {m.explanation}")
        if g.findings:
            out.append("   Relations:")
            out.extend(f"   * [{_finding_label(f)}] {f.explanation}" for f in g.findings)
        if g.misframed:
            out.append("   Framed wrongly in coverage:")
            for mf in g.misframed:
                said = f" as '{mf.said}'" if mf.said else ""
                out.append(
                    f"   ! {mf.source_title} ({mf.source}): {mf.stated}{said} -> "
                    f"{mf.verdict} ({', '.join(mf.reasons)}). Correction: {mf.correction}"
                )
        out.append("")
    return "".join(clean(line) + "\n" for line in out)


def render_markdown(report: ConflictReport) -> str:
    """Markdown for pasting into a report: a section per group, a table of figures."""
    out: list[str] = []
    for g in report.groups:
        out.append(f"## {_md(g.question)} (`{clean(g.id)}`)")
        out.append("")
        out.append(_md(g.summary))
        out.append("")
        out.append("| Figure | Claim | What it is |")
        out.append("|---|---|---|")
        for m in g.members:
            out.append(f"| {_md(m.value)} | `{clean(m.claim_id)}` | {_md(m.explanation)} |")
        out.append("")
        if g.findings:
            out.append("**Relations**")
            out.append("")
            out.extend(f"- *{_finding_label(f)}*: {_md(f.explanation)}" for f in g.findings)
            out.append("")
        if g.misframed:
            out.append("**Framed wrongly in coverage**")
            out.append("")
            for mf in g.misframed:
                said = f" as '{_md(mf.said)}'" if mf.said else ""
                out.append(
                    f"- {_md(mf.source_title)}: {_md(mf.stated)}{said} ({mf.verdict}). "
                    f"Correction: {_md(mf.correction)}"
                )
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n" if out else ""


def _group_panel(g: Group) -> Panel:
    table = Table(show_header=True, box=None, pad_edge=False)
    table.add_column("figure", no_wrap=True, style="bold")
    table.add_column("claim", no_wrap=True, style="dim")
    table.add_column("what it is", overflow="fold")
    for m in g.members:
        table.add_row(safe_text(m.value), safe_text(m.claim_id), safe_text(m.explanation))
    parts: list[Any] = [safe_text(g.summary, "italic"), table]
    for f in g.findings:
        line = Text()
        line.append(f"[{_finding_label(f)}] ", style=_STYLES[f.kind])
        line.append_text(safe_text(f.explanation))
        parts.append(line)
    for mf in g.misframed:
        line = Text()
        line.append(f"! {mf.verdict} ", style="red" if mf.verdict == "refuted" else "yellow")
        line.append_text(
            safe_text(
                f"{mf.source_title}: {mf.stated}"
                + (f" as '{mf.said}'" if mf.said else "")
                + f". Correction: {mf.correction}"
            )
        )
        parts.append(line)
    title = safe_text(f"{g.question}  [{g.id}]", "bold")
    return Panel(RichGroup(*parts), title=title, title_align="left")


def rich_view(report: ConflictReport) -> RichGroup:
    """A panel per group: figures on the scale, then relations and misframings."""
    return RichGroup(*(_group_panel(g) for g in report.groups))


def render_html(report: ConflictReport) -> str:
    """HTML for notebooks; all data escaped."""
    out = []
    for g in report.groups:
        rows = "".join(
            f"<tr><td>{escape(clean(m.value))}</td><td><code>{escape(clean(m.claim_id))}</code>"
            f"</td><td>{escape(clean(m.explanation))}</td></tr>"
            for m in g.members
        )
        findings = "".join(
            f"<li><b>{escape(_finding_label(f))}</b>: {escape(clean(f.explanation))}</li>"
            for f in g.findings
        )
        out.append(
            f"<h4>{escape(clean(g.question))} <code>{escape(clean(g.id))}</code></h4>"
            f"<p>{escape(clean(g.summary))}</p><table>{rows}</table><ul>{findings}</ul>"
        )
    return "".join(out)


def summary(report: ConflictReport) -> str:
    """Human summary for stderr."""
    return (
        f"r1claims conflicts: {len(report.groups)} groups, {len(report.conflicts)} unexplained "
        f"conflicts, {len(report.broken_derivations)} broken derivations, "
        f"{len(report.misframed)} misframed citations\n"
    )
