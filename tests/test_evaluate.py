"""The corpus scorer (`r1claims.checker.evaluate`) on hand-made cases with exact figures."""

from __future__ import annotations

from typing import Any

import r1claims
from r1claims.checker.evaluate import score_corpus
from r1claims.checker.report import CheckReport, Finding, LinkedClaim
from r1claims.record import ClaimSet

CS = r1claims.load()


def _finding(start: int, end: int, verdict: str, claim: str | None) -> Finding:
    linked = None
    if claim is not None:
        c = CS.claim(claim)
        linked = LinkedClaim(
            id=c.id, value=None, unit=None, display="", subject=c.subject, kind=c.kind, covers=""
        )
    return Finding(
        start=start, end=end, text="", value=None, unit="", kind="money",
        verdict=verdict, reasons=[], explanation="", claim=linked,
    )  # fmt: skip


def test_found_verdict_link_alarms_and_false_refutations() -> None:
    text = "R1 cost $294,000; V3 cost $5.6 million; Nvidia lost $589 billion; 7 days."
    cases: list[dict[str, Any]] = [
        {
            "id": "c1",
            "text": text,
            "expect": [
                {"figure": "$294,000", "verdict": "misleading",
                 "refers_to": {"value": 294000, "unit": "USD"}},
                {"figure": "$5.6 million", "verdict": "supported",
                 "refers_to": {"value": 5576000, "unit": "USD"}},
                {"figure": "$589 billion", "verdict": "supported", "also_ok": ["unverifiable"],
                 "refers_to": {"value": 589e9, "unit": "USD"}},
            ],
            "optional": ["7 days"],
        }
    ]  # fmt: skip
    findings = {
        "$294,000": _finding(8, 16, "misleading", "r1-training-cost"),  # right, linked right
        "$5.6 million": _finding(26, 38, "refuted", "r1-training-cost"),  # false refutation
        # "$589 billion" not found
        "7 days": _finding(67, 73, "refuted", None),  # optional: no alarm
    }

    def fake_check(text: str, cs: ClaimSet) -> CheckReport:
        extra = _finding(0, 2, "misleading", None)  # "R1": a false alarm
        return CheckReport(findings=[extra, *findings.values()])

    score = score_corpus(cases, CS, fake_check)
    assert [(o.figure, o.got, o.verdict_ok, o.link_ok) for o in score.outcomes] == [
        ("$294,000", "misleading", True, True),
        ("$5.6 million", "refuted", False, False),
        ("$589 billion", None, False, False),
    ]
    assert (score.recall, score.verdict_accuracy, score.link_accuracy) == (2 / 3, 1 / 3, 1 / 3)
    assert [o.figure for o in score.false_refutations] == ["$5.6 million"]
    assert score.false_alarms == ["c1: '' misleading"]
    assert score.confusion()["supported"] == {"refuted": 1, "missed": 1}
    assert score.per_class()["misleading"] == (1.0, 1.0)


def test_every_occurrence_carries_the_label_and_longer_figures_win() -> None:
    text = "$2 per GPU-hour, and $2 again; $2,000 is other."
    cases = [
        {
            "id": "c",
            "text": text,
            "expect": [
                {"figure": "$2", "verdict": "supported"},
                {"figure": "$2,000", "verdict": "unverifiable"},
            ],
        }
    ]
    score = score_corpus(cases, CS, lambda t, cs: CheckReport(findings=[]))
    assert [o.figure for o in score.outcomes] == ["$2", "$2", "$2,000"]


def test_a_date_label_is_compared_at_its_own_precision() -> None:
    text = "V3 came out in December 2024."
    start = text.index("December 2024")
    cases = [
        {
            "id": "d",
            "text": text,
            "expect": [
                {
                    "figure": "December 2024",
                    "verdict": "supported",
                    "refers_to": {"value": "2024-12", "unit": "date"},
                }
            ],
        }
    ]
    finding = _finding(start, start + 13, "supported", "v3-release-date")
    score = score_corpus(cases, CS, lambda t, cs: CheckReport(findings=[finding]))
    assert [o.link_ok for o in score.outcomes] == [True]


def test_two_runs_compared_figure_by_figure() -> None:
    """`bench_accuracy.py --save` / `--compare`: a rule change is measured by the labelled
    figures it fixes and breaks, not only by the totals."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_accuracy import changes, outcomes

    text = "R1 cost $294,000 and V3 cost $5.6 million."
    case = {
        "id": "c1",
        "text": text,
        "expect": [
            {"figure": "$294,000", "verdict": "supported"},
            {"figure": "$5.6 million", "verdict": "supported"},
        ],
    }

    def run(first: str, second: str) -> dict[str, list[Any]]:
        def check(_text: str, _cs: ClaimSet) -> CheckReport:
            return CheckReport(
                findings=[
                    _finding(8, 16, first, "r1-training-cost"),
                    _finding(29, 41, second, "v3-training-cost"),
                ]
            )

        return outcomes("toy", score_corpus([case], CS, check))

    before, after = run("supported", "misleading"), run("unverifiable", "supported")
    assert before == {
        "toy|c1|$294,000|0": [True, "supported", "supported", "r1-training-cost"],
        "toy|c1|$5.6 million|1": [False, "supported", "misleading", "v3-training-cost"],
    }
    assert changes(before, after) == [
        "fixed toy|c1|$5.6 million|1: want supported, got supported -> v3-training-cost "
        "(was misleading -> v3-training-cost)",
        "broke toy|c1|$294,000|0: want supported, got unverifiable -> r1-training-cost "
        "(was supported -> r1-training-cost)",
    ]
