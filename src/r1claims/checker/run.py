"""Fact-checker: find the figures in a text, link each to the record, and judge its framing.

Pipeline per figure (see docs/check.md for the full rules and thresholds):

1. **Candidates**: record claims whose unit fits the figure's (`unitfits.UNIT_FITS`, with
   conversions such as weeks to days), and whose benchmark (`metric`) is named in the sentence
   when they have one.
2. **Context**: the figure's sentence gives the entities named (subjects), the benchmarks and
   the words that pin a rate ("per query"); its *clause* (bounded by neighbouring figures) gives
   the scope words (`r1claims.checker.scopewords`).
3. **Linking**: among candidates whose value the figure restates (`r1claims.record.tolerance`), the
   best by `score`: subject named (+3; +2 when coverage attributed the figure to it), scope
   words that fit the claim's phase (+2, or -1 when none fit), benchmark named (+2), estimator
   named (+1), and the rapidfuzz ``token_set_ratio`` of the sentence with the claim's quotes
   (0 to +2). A figure with no subject in its sentence links only when its value is specific
   (three or more significant digits) or its scope words fit.
4. **Verdict**: a linked figure is *supported* unless the text gives it another subject of the
   same family, scope words none of which fit, another denominator ("per query" for per-token)
   or presents an analyst's estimate without naming anyone: then *misleading*. A figure whose
   subject (and benchmark) is named and whose scope is pinned to one record, but whose value
   does not fit, is *refuted*. Anything else is *unverifiable*. When the sentence is almost a
   quote the record judged (``token_set_ratio`` >= `PRECEDENT_SCORE`, same figure), the
   record's verdict is used.
"""

from __future__ import annotations

import re
from typing import Any

from r1claims.checker.calibration import confidence
from r1claims.checker.candidates import forget_figures
from r1claims.checker.context import TextIndex
from r1claims.checker.corrections import corrected_after
from r1claims.checker.dates import event_date
from r1claims.checker.document import Document
from r1claims.checker.inputs import mask_html, mask_space_entities
from r1claims.checker.judge import PRECEDENT_SCORE, Judgement, RecordIndex, judge
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.report import CheckReport, Finding, LinkedClaim, SourceRef
from r1claims.extract.figures import Figure, extract_figures
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim, DateValue, Quantity

__all__ = ["PRECEDENT_SCORE", "CheckReport", "Finding", "LinkedClaim", "check"]


#: Per record, the linked claims already built, by claim id.
_LINKS: IdentityMemo[ClaimSet, dict[str, LinkedClaim]] = IdentityMemo(lambda cs: {})


def _linked(claim: Claim, cs: ClaimSet) -> LinkedClaim:
    """The linked record as reported, built once per claim (claims are immutable)."""
    built = _LINKS(cs)
    if claim.id not in built:
        built[claim.id] = _build_linked(claim, cs)
    return built[claim.id]


def _build_linked(claim: Claim, cs: ClaimSet) -> LinkedClaim:
    value = claim.value
    amount: float | str | None = None
    unit: str | None = None
    if isinstance(value, Quantity):
        amount, unit = value.amount, value.unit
    elif isinstance(value, DateValue):
        amount, unit = iso_date(value), "date"
    sources = [
        SourceRef(id=s.id, title=s.title, url=s.url)
        for s in (cs.source(c.source) for c in claim.citations if cs.has_source(c.source))
    ]
    sources.sort(key=lambda s: not cs.source(s.id).primary)  # primary first, order kept
    return LinkedClaim(
        id=claim.id,
        value=amount,
        unit=unit,
        display=format_value(value),
        subject=claim.subject,
        kind=claim.kind,
        covers=claim.scope.covers,
        status=claim.status,
        quote=claim.citations[0].quote if claim.citations else None,
        sources=list({s.id: s for s in sources}.values()),
    )


def iso_date(value: DateValue) -> str:
    """'2025-01-20', '2025-01' or '2025', at the date's precision."""
    text = value.date.isoformat()
    return {"day": text, "month": text[:7], "year": text[:4]}[value.precision]


def _figure_date(fig: Figure) -> str | None:
    if fig.year is None:
        return None
    out = f"{fig.year:04d}"
    if fig.month is not None:
        out += f"-{fig.month:02d}"
        if fig.day is not None:
            out += f"-{fig.day:02d}"
    return out


#: The record `check` read last when given none: (its files' names, times and sizes, record).
_DEFAULT: list[Any] = [None, None]


def _default_record() -> ClaimSet:
    """`load()`'s record, kept while its files stay the same: a loop that checks one article
    after another loads it once (0.2 s a load), and an edit of the record is still seen."""
    from r1claims.record.loader import resolve_data_dir
    from r1claims.record.validation import load

    folder = resolve_data_dir()
    try:
        key = sorted(
            (str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*.y*ml")
        )
    except OSError:
        return load()
    if _DEFAULT[0] != key or _DEFAULT[1] is None:
        _DEFAULT[:] = [key, load()]
    record: ClaimSet = _DEFAULT[1]
    return record


#: The record's claims indexed for linking, built once per record.
_record = IdentityMemo(RecordIndex)


_HTML_HINT = re.compile(r"<(?:html|body|p|div|span|br|a|h[1-6]|article|li)\b", re.IGNORECASE)


def check(
    text: str,
    claimset: ClaimSet | None = None,
    *,
    html: bool | None = None,
    min_confidence: float = 0.0,
) -> CheckReport:
    """Judge every figure in ``text`` against ``claimset`` (default: the bundled record).

    ``html``: strip tags first (``None``: when the text looks like HTML). Offsets always refer to
    ``text`` as given: tags are blanked out, not removed. ``min_confidence``: a verdict whose
    confidence is lower is reported as ``unverifiable`` with the reason ``low_confidence``.
    """
    if claimset is None:
        claimset = _default_record()
    original = text
    if html or (html is None and _HTML_HINT.search(text[:20000])):
        text = mask_html(text)
    elif "&" in text:
        text = mask_space_entities(text)  # "20&nbspJanuary&nbsp2025" copied from a page
    record = _record(claimset)
    forget_figures()
    doc = Document(TextIndex(text, claimset), claimset)
    figures = [f for f in extract_figures(text) if not _in_a_benchmarks_name(f, doc.index)]
    doc.figures = figures
    results: list[Judgement] = []
    previous: Judgement | None = None
    for i, fig in enumerate(figures):
        prev_end = figures[i - 1].end if i else 0
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(text)
        result = judge(fig, doc, record, (prev_end, next_start))
        if (
            fig.kind == "date"
            # (or one only a record of its subject's family dates that day)
            and (result.verdict == "unverifiable" or result.basis == "supported/date-family")
            and previous is not None
            and previous.claim is not None
            and previous.verdict != "refuted"
        ):  # the date of the market figure just before it
            dated = event_date(fig, previous.claim, text[prev_end : fig.start], record.dates)
            if dated is not None:
                dated.basis = f"{dated.verdict}/date-{dated.basis}"
                result = dated
        previous = result
        results.append(result)
    results = corrected_after(figures, results, doc.index, claimset)
    findings = [
        _below(_finding(fig, result, original[fig.start : fig.end], claimset), min_confidence)
        for fig, result in zip(figures, results, strict=True)
    ]
    return CheckReport(findings=findings)


def _in_a_benchmarks_name(fig: Figure, index: TextIndex) -> bool:
    """Is the figure part of the name of a benchmark the record holds ("AlpacaEval 2.0")?"""
    named = index.metric_mentions(max(0, fig.start - 60), fig.start + 1)
    return any(m.start <= fig.start and fig.end <= m.end for m in named)


def _finding(fig: Figure, j: Judgement, raw: str, cs: ClaimSet) -> Finding:
    value: float | str | None = fig.value
    if fig.kind == "date":
        value = _figure_date(fig)
    elif fig.kind == "licence":
        value = None
    return Finding(
        start=fig.start,
        end=fig.end,
        text=raw,
        value=value,
        unit=fig.unit,
        kind=fig.kind,
        verdict=j.verdict,
        reasons=j.reasons,
        explanation=j.explanation,
        claim=_linked(j.claim, cs) if j.claim is not None else None,
        confidence=confidence(j.basis),
        basis=j.basis,
    )


def _below(finding: Finding, threshold: float) -> Finding:
    """The finding, made unverifiable when its confidence is under ``threshold``."""
    if finding.confidence >= threshold or finding.verdict == "unverifiable":
        return finding
    return finding.model_copy(
        update={
            "verdict": "unverifiable",
            "reasons": ["low_confidence"],
            "explanation": f"Not judged: confidence {finding.confidence:.2f} is below "
            f"{threshold:.2f}. It would be {finding.verdict}: {finding.explanation}",
        }
    )
