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
        # a variant's date, its name glued to CJK text ("\b" fails between CJK and Latin)
        (
            "其预览版DeepSeek-R1-Lite于2024年11月20日发布，此后于2025年1月20日正式推出DeepSeek R1。",
            "2024年11月20日",
            ("unverifiable", None),
        ),
        # a reproduction's launch is its own
        (
            "Hugging Face launched Open-R1, an effort to reproduce R1, on January 25, 2025.",
            "January 25, 2025",
            ("unverifiable", None),
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


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a dot before three digits and an English magnitude word is a decimal point
        (
            "V3 pre-training alone cost $6.328 million.",
            "$6.328 million",
            ("refuted", "v3-pretraining-cost"),
        ),
        (
            "V3's full training required 3.788 million H800 GPU hours.",
            "3.788 million H800 GPU hours",
            ("refuted", "v3-gpu-hours-total"),
        ),
        ("V3 cost $5.576 million to train.", "$5.576 million", ("supported", "v3-training-cost")),
        # without one it may be a thousands separator: not judged
        (
            "El entrenamiento de V3 costó 147.000 dólares.",
            "147.000 dólares",
            ("unverifiable", None),
        ),
        # hours are a run's time, not its GPU-hours, when both records are pinned
        (
            "R1-Zero's RL run took about 298 hours on 512 H800s.",
            "298 hours",
            ("refuted", "r1-zero-rl-hours"),
        ),
        (
            "R1-Zero's RL run took about 198 hours on 512 H800s.",
            "198 hours",
            ("supported", "r1-zero-rl-hours"),
        ),
    ],
)
def test_what_the_record_contradicts(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the review of those rules: a wrong figure still refuted when the cue is another's (a
        # date inside the phrase that names the subject's event is its own; a later clause of
        # another measure; "We ran a story"; "each H800" at a rate; "Per DeepSeek's report";
        # "Per share"; a first anniversary on another day than the release's)
        (
            "A week after DeepSeek released R1 on January 15, 2025, Nvidia fell 17%.",
            "January 15, 2025",
            ("refuted", "r1-release-date"),
        ),
        (
            "DeepSeek于2025年1月15日发布R1，次日英伟达股价暴跌17%。",
            "2025年1月15日",
            ("refuted", "r1-release-date"),
        ),
        (
            "On January 15, 2026, the release of DeepSeek-R1 had its first anniversary.",
            "January 15, 2026",
            ("refuted", "r1-release-date"),
        ),
        (
            "V3 has 500 billion parameters, but only 37 billion are active per token.",
            "500 billion parameters",
            ("refuted", "v3-total-parameters"),
        ),
        (
            "We ran a story saying V3 has 500 billion parameters.",
            "500 billion parameters",
            ("refuted", "v3-total-parameters"),
        ),
        (
            "DeepSeek rented each H800 for $20 per GPU hour.",
            "$20 per GPU hour",
            ("refuted", "h800-rental-price"),
        ),
        (
            "Per DeepSeek's report, V3 cost $55.76 million to train.",
            "$55.76 million",
            ("refuted", "v3-training-cost"),
        ),
        (
            "Per share, Nvidia fell $24.20, closing at $108.42 on January 27, 2025.",
            "$108.42",
            ("refuted", "nvidia-close-2025-01-27-epoch"),
        ),
        (
            "In our eval write-up, we quote DeepSeek's own figure: R1 scored 89.8% on AIME 2024.",
            "89.8%",
            ("refuted", "r1-aime-2024"),
        ),
    ],
)
def test_the_cue_of_another_figure_leaves_a_wrong_one_refuted(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a second adversarial set (959 sentences; 48 false refutations, each kind below):
        # quoted or rumoured claims the text rejects or sets right; someone's own run, in
        # several languages; the complement of a percentile or score; a gap between two
        # models; the samples of an evaluation; a part of a benchmark; a range of doubt; a
        # fraction of a price; a sum per item
        (
            "A widely shared chart put R1's MMLU at 99%, which doesn't match the paper's 90.8.",
            "99%",
        ),
        ("网传R1参数量达到2万亿，实为6710亿。", "2万亿"),
        ("SNSでは「R1はAIMEで95%」との投稿が拡散したが、論文の値は79.8%だ。", "95%"),
        ("Contrary to reports of a 95% AIME score, R1 scored 79.8%.", "95%"),
        ("A slide deck wrongly listed R1's release as January 25, 2025.", "January 25, 2025"),
        ("Un article affirmait à tort que V3 avait été entraîné sur 20 000 GPU.", "20 000 GPU"),
        (
            "One Reddit thread insisted R1 had 1.8 trillion parameters; it has 671 billion.",
            "1.8 trillion parameters",
        ),
        ("With 32 samples per problem, R1 reached 96.8% on MATH-500 in our replication.", "96.8%"),
        ("我们复现R1，在AIME 2024上得到77.5%。", "77.5%"),
        ("Nos tests donnent à R1 69 % sur GPQA Diamond.", "69 %"),
        ("Quantised to 4 bits, R1 scored 78.1% on AIME 2024 in Unsloth's tests.", "78.1%"),
        ("R1 sits in the top 3.7% of Codeforces competitors.", "3.7%"),
        ("R1 se classe dans les 3,7 % meilleurs sur Codeforces.", "3,7 %"),
        ("R1's error rate on MMLU is 9.2%.", "9.2%"),
        ("o1-1217 beats R1 by 32 Elo points on Codeforces.", "32 Elo"),
        ("R1 is 895 Elo ahead of V3 on Codeforces.", "895 Elo"),
        (
            "DeepSeek averaged 64 samples per question to compute R1's 79.8% AIME pass@1.",
            "64 samples",
        ),
        (
            "Con il voto di maggioranza su 64 campioni, R1-Zero arriva all'86,7% su AIME 2024.",
            "64 campioni",
        ),
        ("On the algebra subset of MATH-500, R1 scored 99%.", "99%"),
        ("R1 scores between 78% and 81% on AIME 2024 depending on the seed.", "81%"),
        ("R1 on MATH-500: 97.3 vs o1's 96.4, at 1/30th the price.", "1/30th"),
        ("V3's final run cost roughly $377,000 per trillion training tokens.", "$377,000"),
    ],
)
def test_what_the_record_cannot_contradict_either(text: str, figure: str) -> None:
    assert judged(text, figure) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # and what those kinds must leave alone: Italian "per" ("for"), a span of sizes, a
        # loss "less than before", a fall after a colon, a move "from ... to", a German
        # sentence citing DeepSeek, a rate before the total it prices
        (
            "DeepSeek ha dichiarato di aver speso solo 5,6 milioni di dollari per sviluppare il suo modello base.",
            "5,6 milioni di dollari",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek hat R1 in sechs kleinere Modelle destilliert – zwischen 1,5 und 70 Mrd. Parametern.",
            "70 Mrd. Parametern",
            ("supported", "r1-distill-llama-70b-parameters"),
        ),
        (
            "Nvidia ended the day down 16.9% and worth US$589bn less than before.",
            "US$589bn",
            ("supported", "nvidia-market-cap-loss"),
        ),
        (
            "Nvidia took the heaviest beating on Monday: its shares slid by 16.86 percent.",
            "16.86 percent",
            ("supported", "nvidia-share-drop-close"),
        ),
        (
            "R1-Zero's AIME 2024 pass@1 climbed from 15.6% to 71.0% during RL.",
            "71.0%",
            ("supported", "r1-zero-aime-2024"),
        ),
        (
            "In unseren Tests bestätigte sich: DeepSeek gibt für R1 89,8 % bei AIME 2024 an.",
            "89,8 %",
            ("refuted", "r1-aime-2024"),
        ),
        (
            "V3's final run cost roughly $6.5 million at $2 per GPU-hour.",
            "$6.5 million",
            ("refuted", "v3-training-cost"),
        ),
    ],
)
def test_what_those_kinds_leave_alone(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the review of those kinds (604 sentences, 72 wrong figures no longer refuted): a cue
        # counts in the figure's own part of the sentence only (not after a comma, a semicolon
        # or "but"), a complement's words stand next to it, a part of a benchmark is named as
        # one ("subset of", "level 1 problems"), a comma sets nothing right without words that
        # correct, nor when the later clause names another model; a complement, a part, a range
        # end or a fraction may still restate a record ("1/6 of its value" is the 17%)
        (
            "Some blogs wrongly said V3 was free to train, but DeepSeek-R1 actually scored 72.5% on AIME 2024.",
            "72.5%",
            ("refuted", "r1-aime-2024"),
        ),
        (
            "Contrary to popular belief, Nvidia lost $465 billion of market value on January 27, 2025.",
            "$465 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        (
            "Fake news about DeepSeek spread on X, and R1 was trained on 1,024 H800 GPUs.",
            "1,024 H800 GPUs",
            ("refuted", "r1-rl-gpus"),
        ),
        (
            "Mi réplica usa la versión destilada; DeepSeek-R1 obtuvo oficialmente un 72,5 % en AIME 2024.",
            "72,5 %",
            ("refuted", "r1-aime-2024"),
        ),
        (
            "Nos tests portent sur la latence ; selon DeepSeek, R1 a obtenu 91,2 % sur MATH-500.",
            "91,2 %",
            ("refuted", "r1-math-500"),
        ),
        (
            "DeepSeek-R1 est parmi les meilleurs et a obtenu 94,1 % sur MATH-500.",
            "94,1 %",
            ("refuted", "r1-math-500"),
        ),
        (
            "The Diamond subset is hard, and R1 scored 68.2% on GPQA Diamond.",
            "68.2%",
            ("refuted", "r1-gpqa-diamond"),
        ),
        (
            "On the level 5 subset R1 scored 85%; on the whole of MATH-500 R1 scored 94.1%.",
            "94.1%",
            ("refuted", "r1-math-500"),
        ),
        (
            "DeepSeek-V3 was trained on 4,096 H800 GPUs, 2,048 of them in Hangzhou.",
            "4,096 H800 GPUs",
            ("refuted", "v3-cluster-gpus"),
        ),
        (
            "DeepSeek-R1 compte 480 milliards de paramètres : DeepSeek-V3 en compte 671 milliards.",
            "480 milliards de paramètres",
            ("refuted", "v3-total-parameters"),
        ),
        (
            "Nvidia lost nearly 1/6 of its value on January 27, 2025.",
            "1/6",
            ("supported", "nvidia-share-drop-close"),
        ),
        (
            "Some said 72.5%; DeepSeek-R1 actually scored 79.8% on AIME 2024.",
            "72.5%",
            ("unverifiable", None),
        ),
    ],
)
def test_a_cue_counts_for_its_own_figure(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected
