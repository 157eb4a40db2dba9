"""Figures the record cannot contradict although their words resemble its own: another
event's date beside the subject's, an anniversary, a figure the sentence itself sets right, a
reader's own run, an amount per item, another company's loss, a benchmark's version number.
The worst error a fact-checker can make is to refute them; each kind was refuted before."""

from __future__ import annotations

import pytest

import r1claims
from conftest import judged


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a day dated relative to the subject's event is another event's
        (
            "One day after R1 launched, on January 21, OpenAI, SoftBank and Oracle unveiled"
            " Stargate.",
            "January 21",
            ("unverifiable", None),
        ),
        (
            "Stargate se anunció el 21 de enero de 2025, un día después del lanzamiento de R1.",
            "21 de enero de 2025",
            ("unverifiable", None),
        ),
        ("1月21日，即R1发布次日，OpenAI等宣布了星际之门计划。", "1月21日", ("unverifiable", None)),
        (
            "R1 공개 다음 날인 1월 21일, 스타게이트 프로젝트가 발표됐다.",
            "1월 21일",
            ("unverifiable", None),
        ),
        (
            "Nvidia lost about $227 billion on January 7, 2025, a week before R1's release.",
            "January 7, 2025",
            ("unverifiable", None),
        ),
        # relative to another's event, the date is still the subject's own
        (
            "DeepSeek released R1 on February 12, 2025, nearly two weeks after OpenAI pushed out"
            " o3-mini.",
            "February 12, 2025",
            ("refuted", "r1-release-date"),
        ),
        # an anniversary, counted as one; a later year alone is a wrong year
        ("2026年1月20日，DeepSeek-R1 发布满一周年。", "2026年1月20日", ("unverifiable", None)),
        (
            "Am 20. Januar 2026 jährte sich die Veröffentlichung von R1 zum ersten Mal.",
            "20. Januar 2026",
            ("unverifiable", None),
        ),
        (
            "On January 20, 2026, a Chinese AI company called DeepSeek released a reasoning model"
            " called R1.",
            "January 20, 2026",
            ("refuted", "r1-release-date"),
        ),
        # the sentence sets the figure right itself, in a later clause
        (
            "One outlet wrote that R1 came out on January 25, but it was released on January 20.",
            "January 25",
            ("unverifiable", None),
        ),
        (
            "Some posts claimed R1 beat 99.9% of Codeforces users; the paper says 96.3%.",
            "99.9%",
            ("unverifiable", None),
        ),
        (
            "R1 was released on January 25, but V3 came out on December 26.",
            "January 25",
            ("refuted", "r1-release-date"),
        ),
        # a reader's own run
        (
            "In our eval, R1 scored 95.1% on MATH-500 with temperature 0.",
            "95.1%",
            ("unverifiable", None),
        ),
        ("We ran R1 on AIME 2024 and it scored 71.3%.", "71.3%", ("unverifiable", None)),
        ("R1 scored 71.3% on AIME 2024.", "71.3%", ("refuted", "r1-aime-2024")),
        # an amount per item, a whole machine's rate
        (
            "At $2 an hour, each trillion tokens of V3 pre-training cost about $360,000.",
            "$360,000",
            ("unverifiable", None),
        ),
        (
            "Per trillion tokens, V3's pre-training cost roughly $360K in rented GPU time.",
            "$360K",
            ("unverifiable", None),
        ),
        (
            "An 8-GPU H800 node costs $16 an hour at $2 per GPU.",
            "$16 an hour",
            ("unverifiable", None),
        ),
        (
            "V3's pre-training cost $4.2 million, per the paper.",
            "$4.2 million",
            ("refuted", "v3-pretraining-cost"),
        ),
        # another company's loss, its name one the record lacks
        (
            "AMD lost about $13 billion in market value on January 27, a fraction of Nvidia's"
            " $589 billion.",
            "$13 billion",
            ("unverifiable", None),
        ),
        (
            "Marvell's market value fell by about $20 billion on January 27, alongside Nvidia's"
            " $589 billion drop.",
            "$20 billion",
            ("unverifiable", None),
        ),
        # a benchmark's version is part of its name; its score is still judged
        ("R1's AlpacaEval 2.0 LC score was 77.6.", "77.6", ("refuted", "r1-alpacaeval-2.0")),
    ],
)
def test_what_the_record_cannot_contradict(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_benchmarks_version_is_no_figure() -> None:
    report = r1claims.check("R1 beat GPT-4o on AlpacaEval 2.0 by a wide margin.")
    assert [f.text for f in report.findings] == []
