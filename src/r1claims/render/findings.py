"""Render a `CheckReport`: plain text, Markdown, a rich view (highlighted text + table), HTML."""

from __future__ import annotations

from html import escape

from rich.console import Group as RichGroup
from rich.table import Table
from rich.text import Text

from r1claims.checker.report import CheckReport, Finding
from r1claims.render.safe import clean, safe_text
from r1claims.render.safe import markdown_escape as _md

__all__ = [
    "VERDICT_STYLES",
    "render_html",
    "render_markdown",
    "render_text",
    "rich_view",
    "summary",
]

VERDICT_STYLES = {
    "supported": "green",
    "misleading": "yellow",
    "refuted": "bold red",
    "unverifiable": "dim",
}


def _claim_ref(f: Finding) -> str:
    return f.claim.id if f.claim else "-"


def _reasons(f: Finding) -> str:
    return f" ({', '.join(f.reasons)})" if f.reasons else ""


def render_text(report: CheckReport) -> str:
    """One line per figure: offsets, the figure, the verdict, the record and the explanation."""
    lines = [
        f"{f.start}-{f.end}\t{clean(f.text)}\t{f.verdict}{_reasons(f)}\t{_claim_ref(f)}\t"
        f"{clean(f.explanation)}"
        for f in report.findings
    ]
    return "".join(line + "\n" for line in lines)


def render_markdown(report: CheckReport) -> str:
    """A Markdown table of findings, for pasting into a report."""
    out = ["| Figure | Verdict | Record | Why |", "|---|---|---|---|"]
    out.extend(
        f"| {_md(f.text)} | {f.verdict}{_md(_reasons(f))} | `{clean(_claim_ref(f))}` | "
        f"{_md(f.explanation)} |"
        for f in report.findings
    )
    return "\n".join(out) + "\n"


def highlighted(text: str, report: CheckReport) -> Text:
    """The checked text with each figure styled by its verdict."""
    out = Text()
    pos = 0
    for f in report.findings:
        out.append_text(safe_text(text[pos : f.start], newlines=True))
        out.append_text(safe_text(text[f.start : f.end], VERDICT_STYLES[f.verdict] + " underline"))
        pos = f.end
    out.append_text(safe_text(text[pos:], newlines=True))
    return out


def findings_table(report: CheckReport) -> Table:
    """The findings as a rich table."""
    table = Table(title=f"{len(report.findings)} figures")
    for column in ("figure", "verdict", "record", "why"):
        table.add_column(column, overflow="fold", no_wrap=column != "why")
    for f in report.findings:
        table.add_row(
            safe_text(f.text),
            safe_text(f.verdict + _reasons(f), VERDICT_STYLES[f.verdict]),
            safe_text(_claim_ref(f)),
            safe_text(f.explanation),
        )
    return table


def rich_view(report: CheckReport, text: str | None = None) -> RichGroup:
    """The findings table, preceded by the highlighted text when it is given."""
    parts = [highlighted(text, report)] if text is not None else []
    return RichGroup(*parts, findings_table(report))


def render_html(report: CheckReport) -> str:
    """HTML table for notebooks; all data escaped."""
    rows = "".join(
        f"<tr><td>{escape(clean(f.text))}</td><td>{escape(f.verdict + _reasons(f))}</td>"
        f"<td><code>{escape(clean(_claim_ref(f)))}</code></td>"
        f"<td>{escape(clean(f.explanation))}</td></tr>"
        for f in report.findings
    )
    return (
        "<table><thead><tr><th>figure</th><th>verdict</th><th>record</th><th>why</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def summary(report: CheckReport, name: str) -> str:
    """Human summary for stderr."""
    counts = report.counts()
    parts = ", ".join(f"{n} {verdict}" for verdict, n in counts.items())
    n = len(report.findings)
    return f"r1claims check: {clean(name)}: {n} figure{'' if n == 1 else 's'}: {parts}\n"
