"""Score the checker on a labelled corpus, the way a fact-checker would judge it.

A corpus is a list of passages, each with ``text``, ``expect`` (one label per figure string:
``figure``, ``verdict``, optional ``also_ok`` and ``refers_to: {value, unit}``) and ``optional``
(figure strings scored neither way); the schema is that of ``tests/corpus/real-coverage.yaml``.

Rules (from the corpus README):
- every occurrence of a labelled figure string carries its label (an occurrence inside a longer
  labelled figure belongs to that one);
- a label is *found* when a finding overlaps its span; its *verdict* is right when an
  overlapping finding has the label or an ``also_ok`` one;
- its *link* is right when the linked record's value equals ``refers_to`` within 2% (sign
  ignored; dates compared as ISO strings at the label's precision, so "2024-12" matches a
  record dated 2024-12-26); only labels with ``refers_to`` count;
- a misleading or refuted finding on a span neither labelled nor optional is a *false alarm*;
  a refuted finding on a figure labelled otherwise is a *false refutation*.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from r1claims.checker.report import CheckReport, Finding
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import DateValue, Quantity

__all__ = ["LINK_TOLERANCE", "VERDICTS", "Outcome", "Score", "score_corpus"]

VERDICTS = ("supported", "misleading", "refuted", "unverifiable")
#: Relative difference within which a linked record's value counts as the labelled one.
LINK_TOLERANCE = 0.02


@dataclass(frozen=True)
class Outcome:
    """One labelled figure occurrence and what the checker said of it."""

    case: str
    figure: str
    want: str
    got: str | None  # None: not found
    verdict_ok: bool
    link_ok: bool | None  # None: the label names no record
    claim: str | None
    basis: str = ""  # how the finding's verdict was reached
    confidence: float | None = None


@dataclass
class Score:
    """Aggregate figures over a corpus."""

    outcomes: list[Outcome] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def labelled(self) -> int:
        return len(self.outcomes)

    @property
    def recall(self) -> float:
        return _ratio(sum(o.got is not None for o in self.outcomes), self.labelled)

    @property
    def verdict_accuracy(self) -> float:
        return _ratio(sum(o.verdict_ok for o in self.outcomes), self.labelled)

    @property
    def link_accuracy(self) -> float:
        linked = [o for o in self.outcomes if o.link_ok is not None]
        return _ratio(sum(bool(o.link_ok) for o in linked), len(linked))

    @property
    def false_refutations(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.got == "refuted" and not o.verdict_ok]

    def confusion(self) -> dict[str, Counter[str]]:
        """want -> Counter of got ("missed" when not found); an ``also_ok`` hit counts as want."""
        table: dict[str, Counter[str]] = {v: Counter() for v in VERDICTS}
        for o in self.outcomes:
            table[o.want][o.want if o.verdict_ok else (o.got or "missed")] += 1
        return table

    def per_class(self) -> dict[str, tuple[float, float]]:
        """verdict -> (precision, recall) over labelled occurrences."""
        out = {}
        for v in VERDICTS:
            wanted = [o for o in self.outcomes if o.want == v]
            said = [o for o in self.outcomes if (o.want if o.verdict_ok else o.got) == v]
            right = sum(1 for o in wanted if o.verdict_ok)
            out[v] = (_ratio(sum(o.want == v for o in said), len(said)), _ratio(right, len(wanted)))
        return out

    def calibration(
        self, edges: tuple[float, ...] = (0.0, 0.5, 0.7, 0.8, 0.9, 1.0)
    ) -> list[tuple[float, float, int, float]]:
        """(low, high, findings, share right) per confidence bin, over found labels."""
        rows = []
        for lo, hi in itertools.pairwise(edges):
            inside = [
                o
                for o in self.outcomes
                if o.confidence is not None
                and (lo <= o.confidence < hi or (hi == 1.0 and o.confidence == 1.0))
            ]
            right = sum(o.verdict_ok for o in inside)
            rows.append((lo, hi, len(inside), _ratio(right, len(inside))))
        return rows


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score_corpus(
    cases: Iterable[Mapping[str, Any]],
    claimset: ClaimSet,
    check: Callable[[str, ClaimSet], CheckReport],
) -> Score:
    """Run ``check`` on every case and score it (rules in the module docstring)."""
    score = Score()
    for case in cases:
        text = case["text"]
        report = check(text, claimset)
        labelled = _spans(text, case.get("expect") or [])
        optional = [s for o in case.get("optional") or [] for s in _occurrences(text, o)]
        for (start, end), label in labelled:
            hits = [f for f in report.findings if f.start < end and start < f.end]
            score.outcomes.append(_outcome(case["id"], label, hits, claimset))
        for f in report.findings:
            if f.verdict not in ("misleading", "refuted"):
                continue
            spans = [s for s, _ in labelled] + optional
            if not any(f.start < e and s < f.end for s, e in spans):
                score.false_alarms.append(f"{case['id']}: {f.text!r} {f.verdict}")
    return score


def _occurrences(text: str, figure: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while (start := text.find(figure, pos)) >= 0:
        out.append((start, start + len(figure)))
        pos = start + 1
    return out


def _spans(text: str, labels: list[Mapping[str, Any]]) -> list[tuple[tuple[int, int], Any]]:
    """Every occurrence of every label, leaving out those inside a longer labelled figure."""
    spans = [(span, label) for label in labels for span in _occurrences(text, label["figure"])]
    return [
        (span, label)
        for span, label in spans
        if not any(
            o[0] <= span[0] and span[1] <= o[1] and o != span
            for o, other in spans
            if other != label
        )
    ]


def _outcome(case: str, label: Mapping[str, Any], hits: list[Finding], cs: ClaimSet) -> Outcome:
    want = label["verdict"]
    ok = {want, *label.get("also_ok", [])}
    best = next((f for f in hits if f.verdict in ok), hits[0] if hits else None)
    refers = label.get("refers_to")
    link_ok = None
    if refers is not None:
        link_ok = any(_same_value(f, refers, cs) for f in hits) if hits else False
    return Outcome(
        case=case,
        figure=label["figure"],
        want=want,
        got=best.verdict if best else None,
        verdict_ok=best is not None and best.verdict in ok,
        link_ok=link_ok,
        claim=best.claim.id if best and best.claim else None,
        basis=best.basis if best else "",
        confidence=best.confidence if best else None,
    )


def _same_value(finding: Finding, refers: Mapping[str, Any], cs: ClaimSet) -> bool:
    if finding.claim is None or not cs.has_claim(finding.claim.id):
        return False
    value = cs.claim(finding.claim.id).value
    want = refers.get("value")
    if isinstance(value, DateValue):  # at the label's precision: "2024-12" is December 2024
        return value.date.isoformat().startswith(str(want))
    as_of = cs.claim(finding.claim.id).scope.as_of
    if isinstance(want, str) and finding.kind == "date" and as_of is not None:
        return as_of.isoformat().startswith(want)  # the record of the dated event
    if isinstance(value, Quantity) and isinstance(want, (int, float)):
        a, b = abs(value.amount), abs(float(want))
        return abs(a - b) <= LINK_TOLERANCE * max(a, b, 1e-300)
    return False
