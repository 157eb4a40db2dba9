"""What a figure measures when its unit is not written out: the words and subjects around it."""

from __future__ import annotations

import pytest

from conftest import judged

_GERMAN = (
    "Der Kurssturz des Chip-Herstellers Nvidia um 17 Prozent am Montag ist der größte "
    "Tagesverlust der Wall Street. Vom Tagestief erholten sich die Papiere bis zum Schluss leicht "
    "auf 118,42 Dollar. Am Freitag hatten sie bei 142,62 Dollar geschlossen."
)


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # dollars and cents of a listed company, named in the sentence before: its share price
        (_GERMAN, "118,42 Dollar", "nvidia-close-2025-01-27"),
        (_GERMAN, "142,62 Dollar", "nvidia-close-2025-01-24"),
        (
            "Nvidia fell 17% on Monday. It ended the day at $118.42.",
            "$118.42",
            "nvidia-close-2025-01-27",
        ),
    ],
)
def test_a_listed_companys_dollars_and_cents_are_its_share_price(
    text: str, figure: str, claim: str
) -> None:
    assert judged(text, figure) == ("supported", claim)


def test_a_score_takes_the_benchmark_of_its_paragraph_a_few_sentences_back() -> None:
    text = (
        "The first model, DeepSeek-R1-Zero, was trained only with reinforcement learning. It "
        "started at 15.6% accuracy on the demanding AIME 2024 benchmark. After thousands of RL "
        "iterations it reached 71%. With majority voting it climbed to 86.7%."
    )
    assert judged(text, "86.7%") == ("supported", "r1-zero-aime-2024-cons64")


def test_a_named_models_score_takes_only_the_sentence_befores_benchmark() -> None:
    # two sentences back names a benchmark, but this one names its model: its own scores are
    # the candidates, not that benchmark's
    text = (
        "In math, R1 took the lead with 97.3%. In coding, OpenAI o1 leads with 96.6%, while "
        "DeepSeek-R1 reaches 96.3%. In general knowledge, DeepSeek-R1 scores 71.5%."
    )
    assert judged(text, "71.5%") == ("supported", "r1-gpqa-diamond")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a total beside training words is the training's total, as the V3 report says it
        ("DeepSeek trained V3 at a total cost of $5.58 million.", "supported"),
        # ... also when another figure stands between the training and the total
        (
            "They trained their V3 model on around 2,000 Nvidia H800 GPUs over 55 days, at a total "
            "cost of $5.58 million.",
            "supported",
        ),
        # a bare total is the whole programme's, which the final run is not
        ("The total cost of DeepSeek-V3 was $5.58 million.", "misleading"),
    ],
)
def test_a_total_beside_training_is_the_trainings(text: str, verdict: str) -> None:
    assert judged(text, "$5.58 million") == (verdict, "v3-training-cost")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "hours" in Dutch, Swedish and Turkish after the chip's name: GPU-hours, not GPUs
        (
            "De pre-training van V3 kostte 2,664 miljoen H800-uren.",
            "2,664 miljoen H800-uren",
            ("supported", "v3-pretraining-gpu-hours"),
        ),
        (
            "Den slutliga träningen av V3 tog 2,788 miljoner H800-timmar.",
            "2,788 miljoner H800-timmar",
            ("supported", "v3-gpu-hours-total"),
        ),
        (
            "DeepSeek-V3 eğitimi toplam 2,788 milyon H800 GPU saati sürdü.",
            "2,788 milyon H800 GPU saati",
            ("supported", "v3-gpu-hours-total"),
        ),
        # a decimal comma before "mln" and a Polish word for hours: 2.664 million, not 2,664
        (
            "Pre-trening V3 zajął 2,664 mln godzin GPU H800.",
            "2,664 mln godzin",
            ("supported", "v3-pretraining-gpu-hours"),
        ),
        # a small sum before a rental word is a price per GPU-hour, not a training cost
        (
            "Pre-training alone accounted for 2,664K H800 GPU hours, worth $5.328 million at "
            "the paper's $2 rental assumption, the V3 report says.",
            "$2",
            ("supported", "h800-rental-price"),
        ),
    ],
)
def test_hours_and_rates_in_more_words(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a market move dated to another day restates no session the record holds
        (
            "On March 3, 2025, Nvidia fell 8.7% amid tariff worries, a different selloff from the "
            "DeepSeek rout.",
            "8.7%",
            ("unverifiable", None),
        ),
        # ... and a rise is no fall, however it is hedged
        (
            "Tuesday, Jan. 28: Nvidia rebounded roughly 9%, recovering part of Monday's $589 "
            "billion loss.",
            "9%",
            ("supported", "nvidia-share-rebound-2025-01-28"),
        ),
        # a date of reference ("since March 2020"), or of another event ("February 26 earnings
        # call"), or of an earlier figure ("$589 billion on Jan. 27") dates nothing
        (
            "Nvidia had its sharpest decline since the pandemic hit in March 2020, erasing $600 "
            "billion in market value.",
            "$600 billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
        (
            "Nvidia's February 26 earnings call closed with a question about DeepSeek, the model "
            "that set off a $593 billion single-day loss for Nvidia.",
            "$593 billion",
            ("supported", "nvidia-market-cap-loss-lseg"),
        ),
        (
            "Nvidia's market cap fell by $589 billion on Jan. 27, 2025, more than double the "
            "previous record of about $279 billion (Sept. 2024).",
            "$279 billion",
            ("supported", "nvidia-previous-record-loss"),
        ),
    ],
)
def test_the_day_a_market_figure_is_dated_to(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_decimal_is_no_exact_small_count() -> None:
    # sampling settings are not the record's one shared expert
    text = "# DeepSeek-R1 eval config (paper): temperature=0.6, top_p=0.95, n_samples=64"
    assert judged(text, "0.6") == ("unverifiable", None)


def test_a_share_of_one_named_measure_needs_that_measure_named() -> None:
    # CrowdStrike's "up to 50% more likely to produce severe vulnerabilities" is R1's, but an
    # API discount of 50% is not it
    text = (
        "From February 26, 2025, DeepSeek offered off-peak discounts of 50% on V3 and 75% on R1 "
        "between 16:30 and 00:30 UTC."
    )
    assert judged(text, "50%") == ("unverifiable", None)


def test_the_maker_of_the_chips_counted_is_not_the_counts_subject() -> None:
    text = (
        "In questi giorni, però, una stima di SemiAnalysis ha smentito quanto si era visto in "
        "rete: la startup cinese avrebbe investito circa 1,6 miliardi di dollari per l’acquisto "
        "delle componenti hardware (tra cui anche 50’000 GPU NVIDIA Hopper)."
    )
    assert judged(text, "50’000 GPU") == ("supported", "deepseek-gpu-fleet")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "more than 10%" holds nothing below 10%, and January 27 is the figure's own day, not a
        # date of reference because "than" stands before the figure
        ("Nvidia shares fell more than 10% on January 27.", "10%", ("unverifiable", None)),
        # ... while "more than $500 billion" holds Nvidia's loss of about $600 billion
        (
            "Nvidia lost more than $500 billion on Monday.",
            "$500 billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
    ],
)
def test_an_open_bound_holds_only_its_own_side(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "times" after a bare number counts events: the app's downloads are no GPU-hours
        (
            "Since its launch, the DeepSeek app has been downloaded over 2 million times.",
            "2 million",
            ("unverifiable", None),
        ),
        # ... and R1's downloads are the record's count of them
        (
            "DeepSeek-R1 has been downloaded 10.9 million times on Hugging Face.",
            "10.9 million",
            ("supported", "r1-hf-downloads"),
        ),
    ],
)
def test_a_bare_number_of_times_counts_events(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "DeepSeek-V3's total training cost of approximately $5.576 million is a figure "
            "derived from a GPU-hour cost of $2.",
            "$2",
        ),
        # the same in Portuguese, with the currency split from its sign ("US $ 2")
        (
            "O custo total de treinamento do DeepSeek-V3 é de US $ 5,576 milhões. Esse número é "
            "derivado de um custo por hora de GPU de US $ 2.",
            "$ 2",
        ),
    ],
)
def test_a_gpu_hours_price_named_before_a_small_sum(text: str, figure: str) -> None:
    assert judged(text, figure) == ("supported", "h800-rental-price")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # hours by the million span no clock's time: GPU-hours, with no GPU word in the sentence
        (
            "DeepSeek V3 solo necesitó 2,788 millones horas de entrenamiento.",
            "2,788 millones horas",
            ("supported", "v3-gpu-hours-total"),
        ),
        (
            "DeepSeek-V3 needed 2.788 million hours of training.",
            "2.788 million hours",
            ("supported", "v3-gpu-hours-total"),
        ),
        # ... but a few hours are a clock's
        (
            "DeepSeek's chatbot was down for 30 hours after the launch.",
            "30 hours",
            ("unverifiable", None),
        ),
        # ... and so are many hours where the text speaks of no training or computing
        (
            "The DeepSeek app logged 2.8 million hours of use.",
            "2.8 million hours",
            ("unverifiable", None),
        ),
    ],
)
def test_hours_by_the_hundred_thousand_are_gpu_hours(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a comparative after a percentage: a difference, no score or share of its own
        (
            "DeepSeek-R1 achieved 79.8% on AIME and is up to 95% cheaper to develop and operate "
            "than OpenAI-o1.",
            "95%",
            ("unverifiable", None),
        ),
        # the same in Spanish, Portuguese, Italian, French and German
        ("DeepSeek R1 costó un 95% menos que el de OpenAI.", "95%", ("unverifiable", None)),
        ("O DeepSeek R1 é 95% mais barato que o o1.", "95%", ("unverifiable", None)),
        ("DeepSeek R1 costa il 95% in meno di o1.", "95%", ("unverifiable", None)),
        ("DeepSeek R1 est 95% moins cher que o1.", "95%", ("unverifiable", None)),
        ("DeepSeek R1 ist 95% günstiger als o1.", "95%", ("unverifiable", None)),
        # ... but a share price "lower" is still a fall
        (
            "Nvidia shares closed 17% lower on Monday, January 27, 2025.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
    ],
)
def test_a_percentage_cheaper_than_something_else(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_bare_number_of_downloads_is_a_count() -> None:
    text = (
        "The DeepSeek app has shot to the top of app stores. Downloads doubled from 1 million on "
        "Friday to 2.6 million across the App Store and Google Play by Monday morning."
    )
    assert judged(text, "2.6 million") == ("unverifiable", None)


def test_a_bare_amount_with_a_money_noun_a_few_words_on_is_money() -> None:
    # "market cap" five words after "6.75bn": a sum of dollars, never a distilled model's size
    text = (
        "DeepSeek launched R1. Short sellers profited as 6.75bn was wiped from Nvidia's market "
        "cap in a single day."
    )
    verdict, claim = judged(text, "6.75bn")
    assert verdict == "unverifiable"
    assert claim != "r1-distill-qwen-7b-parameters"


def test_a_bare_number_with_one_or_two_decimals_counts_nothing() -> None:
    # a score of another model, written "16.0", is never the record's 16 GPUs
    text = (
        "DeepSeek-R1 runs on 16 H100 GPUs. On AIME, GPT-4o sits at 9.3 and Claude 3.5 Sonnet, "
        "widely seen as the strongest model of 2024, at 16.0."
    )
    assert judged(text, "16 H100 GPUs") == ("supported", "r1-selfhost-gpus")
    assert judged(text, "16.0") == ("unverifiable", None)


def test_a_models_size_is_not_rounded_down() -> None:
    """A size is a specification: "600 billion parameters" is not V3's 671B, while a sum of
    money written to one digit ("$5 million" for $5.576M) stays a rounding."""
    text = "DeepSeek-V3 has 600 billion parameters. It cost about $5 million to train."
    assert judged(text, "600 billion parameters") == ("refuted", "v3-total-parameters")
    assert judged(text, "$5 million") == ("supported", "v3-training-cost")
    assert judged("DeepSeek-V3 has 700 billion parameters.", "700 billion parameters") == (
        "supported",
        "v3-total-parameters",
    )


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a noun after "per" (por, pro, par) divides a rate: the number does not count it
        (
            "DeepSeek-V3 solo activa 37 mil millones por token procesado.",
            "37 mil millones",
            ("supported", "v3-activated-parameters"),
        ),
        # a unit noun in a compound modifier qualifies the noun after it
        (
            "With 671 billion total parameters and 37 billion token-enabled parameters, "
            "DeepSeek-V3 stands out.",
            "37 billion token-enabled parameters",
            ("supported", "v3-activated-parameters"),
        ),
        (
            "DeepSeek-V3 was pre-trained on 14.8 trillion tokens.",
            "14.8 trillion tokens",
            (
                "supported",
                "v3-pretraining-tokens",
            ),
        ),
    ],
)
def test_a_noun_after_per_or_in_a_compound_is_not_counted(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_pair_of_sizes_shares_its_subject() -> None:
    # "total/active": the second size of a pair is the same model's, after another model's pair
    text = "Sparse MoE models: Gemma 4 25.2B/3.8B; DeepSeek R1 671B/37B."
    assert judged(text, "671B") == ("supported", "r1-total-parameters")
    assert judged(text, "37B") == ("supported", "r1-activated-parameters")
    assert judged(text, "3.8B") == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a total given as the active size, by the word after it or by its label
        ("DeepSeek-R1 has 671B active parameters.", "671B", ("misleading", "r1-total-parameters")),
        ("DeepSeek-R1\nActive Parameters: 671B\n", "671B", ("misleading", "r1-total-parameters")),
        ("DeepSeek-R1\nActive Parameters\n671B\n", "671B", ("misleading", "r1-total-parameters")),
        # not the total beside the active size, nor the whole of which a part is active
        (
            "DeepSeek-R1 has 671B total parameters, 37B active.",
            "671B",
            ("supported", "r1-total-parameters"),
        ),
        (
            "DeepSeek-R1 uses 37B of 671B parameters active per token.",
            "671B parameters",
            ("supported", "r1-total-parameters"),
        ),
        (
            "DeepSeek-R1\nTotal parameters 671B\nActive parameters per token 37B\n",
            "671B",
            ("supported", "r1-total-parameters"),
        ),
    ],
)
def test_a_total_given_as_the_active_size_is_misframed(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a figure given as a fall restates no record of a rise (Nvidia's 8.9% rebound) ...
        (
            "Nvidia's stock sank 17% on Monday. Its shares were falling nearly 9% again on "
            "Tuesday.",
            "9%",
            ("unverifiable", None),
        ),
        (
            "Nvidia stock sank 17% on Monday. Dell was down about 8.9%.",
            "8.9%",
            ("unverifiable", None),
        ),
        # ... which a rise still restates
        (
            "Nvidia sank 17% on Monday. On Tuesday its shares rebounded 8.9%.",
            "8.9%",
            ("supported", "nvidia-share-rebound-2025-01-28-close-12899"),
        ),
    ],
)
def test_a_fall_restates_no_rise(text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a bound restates a value it rounds down (or up) at its own last digit ...
        (
            "DeepSeek-V3's final training run cost more than $5 million.",
            "$5 million",
            (
                "supported",
                "v3-training-cost",
            ),
        ),
        ("The R1 runs used just over 500 H800 GPUs.", "500 H800 GPUs", ("supported", "r1-rl-gpus")),
        (
            "DeepSeek-R1 cost less than $300,000 to train on top of V3-Base.",
            "$300,000",
            (
                "supported",
                "r1-training-cost",
            ),
        ),
        # ... not a value well past it: true, but another figure than the record's
        (
            "DeepSeek's parent set up two AI clusters with a combined investment of over "
            "$1.2 billion.",
            "$1.2 billion",
            ("unverifiable", None),
        ),
        (
            "DeepSeek-R1 cost less than $400,000 to train on top of V3-Base.",
            "$400,000",
            (
                "unverifiable",
                None,
            ),
        ),
    ],
)
def test_a_bound_restates_the_value_it_rounds(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_score_written_after_its_benchmarks_name() -> None:
    # a spec card's "MMLU 90.8": a score, not part of the benchmark's name
    text = "DeepSeek-R1 benchmark scores: MMLU 90.8 · GPQA 71.5 · Codeforces 2,029."
    assert judged(text, "90.8") == ("supported", "r1-mmlu")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a benchmark named without its last qualifier ("SWE-bench" for SWE-bench Verified)
        # links a score that fits ...
        (
            "DeepSeek-R1 benchmark scores: GPQA 71.5 · SWE-bench 49.2 · AIME-2024 79.8.",
            "49.2",
            ("supported", "r1-swe-bench-verified"),
        ),
        # ... and refutes none: the full SWE-bench is another benchmark
        ("DeepSeek-R1 scored 54.8% on SWE-bench.", "54.8%", ("unverifiable", None)),
    ],
)
def test_a_benchmark_named_loosely(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_sum_of_a_companys_market_value_restates_no_spending() -> None:
    # "$600 million of its market capitalization" is a market value (Nvidia's loss, a thousand
    # times too small), not DeepSeek's "more than $500 million" spent on GPUs
    text = (
        "Following DeepSeek's release of its open-source R1 model, Nvidia was hit hardest by the "
        "market tumble, losing 17% of its stock value, equivalent to $600 million of its overall "
        "market capitalization."
    )
    assert judged(text, "$600 million") == ("unverifiable", None)
