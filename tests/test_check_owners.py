"""Whose figure a sum is, when a name owns it by a possessive right before it."""

from __future__ import annotations

import pytest

from conftest import judged


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a sum its clause gives to another company by a possessive is that company's, though
        # its value is one the record holds for DeepSeek
        (
            "It's reported that R1 cost only $5.5 million to train, a far cry from OpenAI's"
            " rumored budget of $500 million.",
            "$500 million",
            ("unverifiable", None),
        ),
        (
            "DeepSeek-R1 cost only around $5.6 million to develop, while OpenAI's o1 model cost"
            " $600 million.",
            "$600 million",
            ("unverifiable", None),
        ),
        # ... or right before it, or after a word that qualifies it, whoever the name is
        # (the second review's, all supported as DeepSeek's in both trees)
        (
            "OpenAI's $1.6 billion in servers is an estimate.",
            "$1.6 billion",
            ("unverifiable", None),
        ),
        (
            "Anthropic's server capex of $1.6 billion is an estimate.",
            "$1.6 billion",
            ("unverifiable", None),
        ),
        ("OpenAI's $294,000 RL run was an experiment.", "$294,000", ("unverifiable", None)),
        # not a source's reckoning, a time's, or a contraction
        (
            "SemiAnalysis's estimate of well over $500 million in GPU spending is widely cited.",
            "$500 million",
            ("supported", "deepseek-gpu-spend-history"),
        ),
        (
            "CNBC's tally of $589 billion made it the biggest one-day loss in U.S. history.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
        (
            "Nvidia's stock dropped 17 percent in a single day. That's nearly $600 billion in"
            " market value erased.",
            "$600 billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
        (
            "Nvidia is still well below Friday's close of $142.62.",
            "$142.62",
            ("supported", "nvidia-close-2025-01-24"),
        ),
        # only a name the record holds owns a sum: not a person, a headline's capitalised
        # noun or a time (the third review's, unlinked on d74f251)
        (
            "Liang Wenfeng's model cost $5.6 million to train.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        (
            "The Startup's $5.6 Million Training Run, Explained",
            "$5.6 Million",
            ("supported", "v3-training-cost"),
        ),
        ("Last Friday's close was $142.62.", "$142.62", ("supported", "nvidia-close-2025-01-24")),
        (
            "Huang's stock price of $118.42 marked a 17% drop.",
            "$118.42",
            ("supported", "nvidia-close-2025-01-27"),
        ),
        # DeepSeek's own, or one whose clause names DeepSeek too, stays linked
        (
            "SemiAnalysis says DeepSeek's GPU spending of over $500 million dwarfs its"
            " training bill.",
            "$500 million",
            ("supported", "deepseek-gpu-spend-history"),
        ),
        # a possessive before a preposition owns nothing ("matched OpenAI's o1 at just $5
        # million": the price is the subject's)
        (
            "With DeepSeek R1 they matched the performance of OpenAI's o1 at just $5 million.",
            "$5 million",
            ("misleading", "v3-training-cost"),
        ),
    ],
)
def test_a_possessive_gives_a_sum_to_its_owner(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "respectively" pairs a list of figures with the list of names before them, in order
        # (both lists' figures went to the nearer name before)
        (
            "Broadcom and Nvidia fell 17.4% and 17%, respectively.",
            "17.4%",
            ("supported", "broadcom-share-drop-2025-01-27"),
        ),
        (
            "Broadcom and Nvidia fell 17.4% and 17%, respectively.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        (
            "Nvidia and Broadcom fell 17% and 17.4%, respectively.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        (
            "The Nasdaq Composite and the S&P 500 fell 3.1% and 1.5%, respectively.",
            "1.5%",
            ("supported", "sp-500-change-2025-01-27-rounded"),
        ),
        # lists of different lengths pair nothing
        (
            "Nvidia, Broadcom and Oracle fell 17% and 17.4% respectively.",
            "17.4%",
            ("supported", "broadcom-share-drop-2025-01-27"),
        ),
    ],
)
def test_respectively_pairs_figures_with_names(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected
