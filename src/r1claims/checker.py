"""Fact-checker: find the figures in a text, link each to the record, and judge its framing.

Pipeline per figure (see docs/check.md for the full rules and thresholds):

1. **Candidates**: record claims whose unit fits the figure's (`UNIT_FITS`, with conversions
   such as weeks to days), and whose benchmark (`metric`) is named in the sentence when they
   have one.
2. **Context**: the figure's sentence gives the entities named (subjects), the benchmarks and
   the words that pin a rate ("per query"); its *clause* (bounded by neighbouring figures) gives
   the scope words (`r1claims.scopewords`).
3. **Linking**: among candidates whose value the figure restates (`r1claims.tolerance`), the
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
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from r1claims.context import TextIndex
from r1claims.extract import Figure, extract_figures
from r1claims.humanize import format_value
from r1claims.inputs import mask_html
from r1claims.judge import PRECEDENT_SCORE, Judgement, RecordIndex, judge
from r1claims.model import Claim, Quantity
from r1claims.record import ClaimSet

__all__ = ["PRECEDENT_SCORE", "CheckReport", "Finding", "LinkedClaim", "check"]


Verdict = Literal["supported", "misleading", "refuted", "unverifiable"]

#: Figure unit -> (claim unit, factor to convert the figure into it).
UNIT_FITS: dict[str, tuple[tuple[str, float], ...]] = {
    "USD": (("USD", 1.0),),
    "CNY": (("CNY", 1.0),),
    "USD/GPU-hour": (("USD/GPU-hour", 1.0),),
    "USD/GPU": (("USD/GPU", 1.0),),
    "USD/share": (("USD/share", 1.0),),
    "GPU": (("GPU", 1.0),),
    "GPU-hour": (("GPU-hour", 1.0),),
    "parameter": (("parameter", 1.0),),
    "token": (("token", 1.0),),
    "sample": (("sample", 1.0),),
    "model": (("model", 1.0), ("count", 1.0)),
    "count": (("count", 1.0), ("model", 1.0), ("sample", 1.0)),
    "percent": (("percent", 1.0), ("percentile", 1.0)),
    "percentile": (("percentile", 1.0), ("percent", 1.0)),
    "day": (("day", 1.0), ("hour", 24.0)),
    "hour": (("hour", 1.0), ("day", 1 / 24)),
    "week": (("day", 7.0),),
    "month": (("month", 1.0), ("day", 30.44), ("year", 1 / 12)),
    "year": (("year", 1.0), ("month", 12.0)),
    "elo": (("elo", 1.0),),
    "rank": (("rank", 1.0),),
    "GB": (("GB", 1.0),),
    # a bare number with a magnitude word ("37 billion"): context decides what it counts
    "number": tuple(
        (u, 1.0)
        for u in ("parameter", "token", "sample", "GPU", "GPU-hour", "count", "model", "elo")
    ),
}


class LinkedClaim(BaseModel):
    """The record a figure was linked to."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Claim id.")
    value: float | None = Field(description="The record's amount (null for dates).")
    unit: str | None = Field(description="The record's unit.")
    display: str = Field(description="The record's value as displayed.")
    subject: str = Field(description="Entity id.")
    kind: str = Field(description="Claim kind.")
    covers: str = Field(description="What the record's figure covers.")


class Finding(BaseModel):
    """One figure in the text, and the verdict on it."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Character offset of the figure in the input.")
    end: int = Field(description="Offset just past the figure.")
    text: str = Field(description="The figure as written.")
    value: float | None = Field(description="Its value in base units (null for dates).")
    unit: str = Field(description="Its unit as read.")
    kind: str = Field(description="What it measures, as read.")
    verdict: Verdict = Field(description="supported, misleading, refuted or unverifiable.")
    reasons: list[str] = Field(description="Reason codes (rounded, wrong_subject, ...).")
    explanation: str = Field(description="Why, naming the record and its scope.")
    claim: LinkedClaim | None = Field(description="The linked record, or null.")


class CheckReport(BaseModel):
    """Every figure found, in order of appearance."""

    model_config = ConfigDict(frozen=True)

    findings: list[Finding] = Field(description="One per figure, sorted by start.")

    @property
    def flagged(self) -> list[Finding]:
        """Findings that are misleading or refuted."""
        return [f for f in self.findings if f.verdict in ("misleading", "refuted")]

    def counts(self) -> dict[str, int]:
        """Number of findings per verdict."""
        out = {v: 0 for v in ("supported", "misleading", "refuted", "unverifiable")}
        for f in self.findings:
            out[f.verdict] += 1
        return out

    def __rich__(self) -> Any:
        from r1claims.render.findings import rich_view

        return rich_view(self)

    def _repr_html_(self) -> str:
        from r1claims.render.findings import render_html

        return render_html(self)


def _linked(claim: Claim) -> LinkedClaim:
    q = claim.value if isinstance(claim.value, Quantity) else None
    return LinkedClaim(
        id=claim.id,
        value=q.amount if q else None,
        unit=q.unit if q else None,
        display=format_value(claim.value),
        subject=claim.subject,
        kind=claim.kind,
        covers=claim.scope.covers,
    )


_CACHE: dict[int, tuple[ClaimSet, RecordIndex]] = {}


def _record(cs: ClaimSet) -> RecordIndex:
    cached = _CACHE.get(id(cs))
    if cached is None or cached[0] is not cs:
        _CACHE.clear()
        cached = (cs, RecordIndex(cs))
        _CACHE[id(cs)] = cached
    return cached[1]


_HTML_HINT = re.compile(r"<(?:html|body|p|div|span|br|a|h[1-6]|article|li)\b", re.IGNORECASE)


def check(text: str, claimset: ClaimSet | None = None, *, html: bool | None = None) -> CheckReport:
    """Judge every figure in ``text`` against ``claimset`` (default: the bundled record).

    ``html``: strip tags first (``None``: when the text looks like HTML). Offsets always refer to
    ``text`` as given: tags are blanked out, not removed.
    """
    if claimset is None:
        from r1claims.loader import load

        claimset = load()
    original = text
    if html or (html is None and _HTML_HINT.search(text[:20000])):
        text = mask_html(text)
    record = _record(claimset)
    index = TextIndex(text, claimset)
    figures = extract_figures(text)
    findings = []
    for i, fig in enumerate(figures):
        prev_end = figures[i - 1].end if i else 0
        next_start = figures[i + 1].start if i + 1 < len(figures) else len(text)
        result = judge(fig, index, record, (prev_end, next_start))
        findings.append(_finding(fig, result, original[fig.start : fig.end]))
    return CheckReport(findings=findings)


def _finding(fig: Figure, j: Judgement, raw: str) -> Finding:
    return Finding(
        start=fig.start,
        end=fig.end,
        text=raw,
        value=None if fig.kind == "date" else fig.value,
        unit=fig.unit,
        kind=fig.kind,
        verdict=j.verdict,
        reasons=j.reasons,
        explanation=j.explanation,
        claim=_linked(j.claim) if j.claim is not None else None,
    )
