"""Render a `ConflictReport`: plain text, Markdown, a rich view; HTML is in `conflicts_html`.

The default view answers first: a summary of the most disputed groups, then for each disputed
group its bottom line, its scope ladder (the figures coverage uses), the sums that are checked,
the variants coverage wrote, the pairs coverage confuses and its misframings collapsed per
figure; the undisputed groups are listed in one paragraph. ``detail=True`` keeps every figure,
every relation and every misframed citation (the exhaustive view). Text wraps at ``width``.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from typing import Any

from rich.console import Group as RichGroup
from rich.padding import Padding
from rich.panel import Panel

from r1claims.reconciler.report import ConflictReport, Finding, Group
from r1claims.render.conflicts_html import render_html, render_page
from r1claims.render.ladder import GroupView, group_view, member_name, overview
from r1claims.render.safe import clean, safe_text
from r1claims.render.safe import markdown_escape as _md

__all__ = [
    "WIDTH",
    "overview",
    "render_html",
    "render_markdown",
    "render_page",
    "render_text",
    "rich_view",
    "summary",
]

#: A numbered line of the summary ("1. How much did it cost? ...").
_NUMBERED = re.compile(r"\d+\. ")
#: Default width of the plain-text report.
WIDTH = 100
#: Disputed groups shown in full by default; the others get their headline line.
FULL_GROUPS = 2

_LABELS = {
    "restated": "restated",
    "different_scope": "different scope",
    "derived": "derived",
    "part_of": "part of",
    "estimates_disagree": "ESTIMATES DISAGREE",
    "conflict": "CONFLICT",
}


def _finding_label(f: Finding) -> str:
    label = _LABELS[f.kind]
    if f.kind == "derived":
        if f.holds:
            label += ", holds"
        else:
            label += ", does not hold per the source" if f.per_source else ", BROKEN"
    return label


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _quiet(groups: list[Group]) -> str:
    kinds = Counter(g.kind.replace("_", " ") for g in groups)
    listed = ", ".join(f"{k} ({n})" for k, n in sorted(kinds.items()))
    return (
        f"Undisputed in coverage: {_plural(len(groups), 'group')}: {listed}. "
        "See one with --group ID, or all with --detail."
    )


def _disputed(g: Group) -> bool:
    return bool(g.dispute) and bool(g.dispute[0] or g.dispute[1])


def _view_lines(v: GroupView) -> list[tuple[int, str]]:
    """(indent, text) lines of one group's view, shared by text and Markdown."""
    g = v.group
    out: list[tuple[int, str]] = [(3, " ".join(g.bottom_line))]
    more = f"; {v.hidden} more with --detail" if v.hidden else ""
    out.append((3, f"Figures, low to high (who and how; status; coverage{more}):"))
    for r in v.rows:
        status = f"; {r.status}" if r.status else ""
        name = member_name(r.member)
        label = f"  {r.member.label}" if name != r.member.label else ""
        out.append((5, f"{name}{label} ({r.who}{status}; {r.use})"))
    if v.sums:
        out.append((3, "How they add up:"))
        out.extend((5 + len(s) - len(s.lstrip()), s.lstrip()) for s in v.sums)
    out.extend((3, s) for s in v.variants)
    out.extend((3, f"! {f.explanation}") for f in v.clashes)
    out.extend((3, f"Confused in coverage: {s}") for s in v.confused)
    if v.misframed:
        out.append((3, "Misframed in coverage:"))
        out.extend((5, f"! {s}") for s in v.misframed)
    return out


def _detail_lines(g: Group) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = [(3, " ".join(g.bottom_line)), (3, g.summary)]
    out.append((3, "Figures, low to high:"))
    out.extend((3, f"- {m.value} [{m.claim_id}] {m.explanation}") for m in g.members)
    if g.findings:
        out.append((3, "Relations:"))
        out.extend((3, f"* [{_finding_label(f)}] {f.explanation}") for f in g.findings)
    if g.misframed:
        out.append((3, "Framed wrongly in coverage:"))
        for mf in g.misframed:
            said = f" as '{mf.said}'" if mf.said else ""
            out.append(
                (
                    3,
                    f"! {mf.source_title} ({mf.source}): {mf.stated}{said} -> "
                    f"{mf.verdict} ({', '.join(mf.reasons)}). Correction: {mf.correction}",
                )
            )
    return out


def _wrap(indent: int, text: str, width: int) -> list[str]:
    hanging = indent + (2 if text[:2] in ("! ", "- ", "* ") else 0)
    return textwrap.wrap(
        clean(text),
        width=width,
        initial_indent=" " * indent,
        subsequent_indent=" " * (hanging + 2),
        break_on_hyphens=False,
    ) or [""]


def _split(report: ConflictReport, detail: bool) -> tuple[list[Group], list[Group], list[Group]]:
    """Groups shown in full, in one line, and summed up as undisputed. With one group, or
    with ``detail``, every group is shown in full."""
    if detail or len(report.groups) <= 1:
        return list(report.groups), [], []
    disputed = [g for g in report.groups if _disputed(g)]
    quiet = [g for g in report.groups if not _disputed(g)]
    return disputed[:FULL_GROUPS], disputed[FULL_GROUPS:], quiet


def render_text(report: ConflictReport, *, detail: bool = False, width: int = WIDTH) -> str:
    """Plain text, the answer first (see the module docstring)."""
    out: list[str] = []
    if len(report.groups) > 1:
        for line in overview(report):
            out.extend(_wrap(2 if _NUMBERED.match(line) else 0, line, width))
        out.append("")
    full, brief, quiet = _split(report, detail)
    for g in full:
        out.extend(_wrap(0, f"== {g.question}  [{g.id}]", width))
        lines = _detail_lines(g) if detail else _view_lines(group_view(g))
        for indent, text in lines:
            out.extend(_wrap(indent, text, width))
        out.append("")
    if brief:
        out.append("Also disputed (see one with --group ID):")
        for g in brief:
            out.extend(_wrap(2, f"- {g.headline}  [{g.id}]", width))
        out.append("")
    if quiet:
        out.extend(_wrap(0, _quiet(quiet), width))
    while out and not out[-1]:
        out.pop()
    return "".join(line.rstrip() + "\n" for line in out)


def render_markdown(report: ConflictReport, *, detail: bool = False) -> str:
    """Markdown for a report: the same structure as the text, a table per ladder."""
    out: list[str] = []
    if len(report.groups) > 1:
        head = overview(report)
        out += [_md(head[0]), ""]
        out += [f"{_md(line)}" if line[:1].isdigit() else f"**{_md(line)}**" for line in head[1:]]
        out.append("")
    full, brief, quiet = _split(report, detail)
    for g in full:
        out += [f"## {_md(g.question)} (`{clean(g.id)}`)", "", _md(" ".join(g.bottom_line)), ""]
        v = group_view(g, detail=detail)
        out += ["| Figure | What | Who and how | Status | Coverage |", "|---|---|---|---|---|"]
        out += [
            f"| {_md(r.member.value)} | {_md(r.member.label)} | {_md(r.who)} | "
            f"{_md(r.status or 'established')} | {_md(r.use)} |"
            for r in v.rows
        ]
        out.append("")
        if v.hidden:
            out += [f"+ {_plural(v.hidden, 'more figure')} in the record (`--detail`)", ""]
        blocks = [
            ("How they add up", v.sums),
            ("Also written", v.variants),
            ("Estimates that disagree or conflict", [f.explanation for f in v.clashes]),
            ("Confused in coverage", v.confused),
            ("Misframed in coverage", v.misframed_all),
        ]
        if detail:
            blocks.append(
                ("Relations", [f"*{_finding_label(f)}*: {f.explanation}" for f in v.pairs])
            )
        for title, items in blocks:
            if items:
                out += [f"**{title}**", ""]
                out += [f"{s[: len(s) - len(s.lstrip())]}- {_md(s.lstrip())}" for s in items]
                out.append("")
    if brief:
        out += ["**Also disputed**", ""]
        out += [f"- {_md(g.headline)} (`{clean(g.id)}`)" for g in brief] + [""]
    if quiet:
        out += [_md(_quiet(quiet)), ""]
    return "\n".join(out).rstrip("\n") + "\n" if out else ""


def _group_panel(g: Group) -> Panel:
    v = group_view(g)
    parts: list[Any] = [safe_text(" ".join(g.bottom_line), "italic")]
    for indent, text in _view_lines(v)[1:]:
        style = "red" if text.startswith("!") else ("bold" if text.endswith(":") else "")
        parts.append(Padding(safe_text(text, style), (0, 0, 0, indent - 3)))
    title = safe_text(f"{g.question}  [{g.id}]", "bold")
    return Panel(RichGroup(*parts), title=title, title_align="left")


def rich_view(report: ConflictReport) -> RichGroup:
    """The summary, then a panel per disputed group (all groups when there are few)."""
    parts: list[Any] = [safe_text(line) for line in overview(report)]
    full, brief, quiet = _split(report, False)
    parts += [_group_panel(g) for g in full]
    parts += [safe_text(f"- {g.headline}  [{g.id}]") for g in brief]
    if quiet:
        parts.append(safe_text(_quiet(quiet), "dim"))
    return RichGroup(*parts)


def summary(report: ConflictReport) -> str:
    """Human summary for stderr."""
    return (
        f"r1claims conflicts: {_plural(len(report.groups), 'group')}, "
        f"{_plural(len(report.conflicts), 'unexplained conflict')}, "
        f"{_plural(len(report.disagreements), 'disagreement')}, "
        f"{_plural(len(report.broken_derivations), 'broken derivation')}, "
        f"{_plural(len(report.misframed), 'misframed citation')}\n"
    )
