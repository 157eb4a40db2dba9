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
