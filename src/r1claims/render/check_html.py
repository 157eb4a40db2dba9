"""`check --format html`: one self-contained page a fact-checker can share.

Per article: a summary table at the top (how many figures per verdict, then one row per
figure), the text with each figure highlighted by its verdict (the explanation as a tooltip
and a numbered footnote), and the footnotes with the explanation, the record the figure was
linked to (value, what it covers, status) and the record's sources. No script, nothing
fetched; all data cleaned and escaped.
"""

from __future__ import annotations

from html import escape

from r1claims.checker.report import CheckReport, Finding
from r1claims.render.page import e, page
from r1claims.render.safe import clean

__all__ = ["article_html", "check_page"]


def _record(f: Finding) -> str:
    c = f.claim
    if c is None:
        return "no record linked"
    sources = "; ".join(
        f"{e(s.title)}" + (f" ({e(s.url)})" if s.url else "") for s in c.sources[:3]
    )
    status = "" if c.status == "established" else f" ({e(c.status)})"
    return f"record <code>{e(c.id)}</code>: {e(c.display)}, {e(c.covers)}{status}" + (
        f". Sources: {sources}" if sources else ""
    )


def _text(text: str, report: CheckReport, prefix: str) -> str:
    out, pos = [], 0
    for i, f in enumerate(report.findings, 1):
        out.append(escape(clean(text[pos : f.start], newlines=True)))
        tip = e(f"{f.verdict}: {f.explanation}")
        out.append(
            f'<mark class="v-{f.verdict}" title="{tip}">{e(text[f.start : f.end])}'
            f'<sup><a href="#{prefix}fn{i}" id="{prefix}ref{i}">{i}</a></sup></mark>'
        )
        pos = f.end
    out.append(escape(clean(text[pos:], newlines=True)))
    return "".join(out)


def article_html(name: str, text: str, report: CheckReport, prefix: str = "") -> str:
    """One article: summary table, highlighted text, footnotes."""
    counts = report.counts()
    head = "".join(f"<th>{v}</th>" for v in counts)
    cells = "".join(f'<td class="v-{v}">{n}</td>' for v, n in counts.items())
    rows = "".join(
        f'<tr><td><a href="#{prefix}fn{i}">{i}</a></td><td>{e(f.text)}</td>'
        f'<td class="v-{f.verdict}">{e(f.verdict)}</td>'
        f"<td>{e(', '.join(f.reasons))}</td><td>{e(f.claim.id if f.claim else '')}</td></tr>"
        for i, f in enumerate(report.findings, 1)
    )
    notes = "".join(
        f'<li id="{prefix}fn{i}"><b>{e(f.text)}</b>: <span class="v-{f.verdict}">'
        f"{e(f.verdict)}</span>{e(' (' + ', '.join(f.reasons) + ')' if f.reasons else '')}. "
        f'{e(f.explanation)} <br><small>{_record(f)}</small> <a href="#{prefix}ref{i}">'
        "back</a></li>"
        for i, f in enumerate(report.findings, 1)
    )
    return (
        f'<section class="article"><h2>{e(name)}</h2>'
        f'<table class="summary"><thead><tr>{head}</tr></thead><tbody><tr>{cells}</tr></tbody>'
        "</table>"
        '<table class="figures"><thead><tr><th>#</th><th>Figure</th><th>Verdict</th>'
        f"<th>Why</th><th>Record</th></tr></thead><tbody>{rows}</tbody></table>"
        f'<div class="text">{_text(text, report, prefix)}</div>'
        f'<ol class="notes">{notes}</ol></section>'
    )


def check_page(articles: list[tuple[str, str, CheckReport]]) -> str:
    """Every checked article on one page (`r1claims check --format html`)."""
    body = "".join(
        article_html(name, text, report, prefix=f"a{n}-" if len(articles) > 1 else "")
        for n, (name, text, report) in enumerate(articles, 1)
    )
    return page("r1claims check", f"<h1>Figures checked against the record</h1>{body}")
