"""Whose figure is it: names the record does not know, and the words around them."""

from __future__ import annotations

import pytest

import r1claims


def _judged(text: str, figure: str) -> tuple[str, str | None]:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    return finding.verdict, finding.claim.id if finding.claim else None


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "American" describes the tech Nvidia leads; it names no other subject
        (
            "Nvidia, long hailed as the crown jewel of American tech, saw its market "
            "capitalization plunge by an astonishing $600 billion in a single day.",
            "$600 billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
        # ... while a name beside it still does
        (
            "Shares of Broadcom, an American chipmaker, fell 17% on Monday.",
            "17%",
            ("supported", "broadcom-share-drop-2025-01-27"),
        ),
    ],
)
def test_a_demonym_is_no_name(text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert _judged(text, figure) == expected


def test_a_name_after_a_comma_is_another_clauses() -> None:
    text = (
        "Nvidia, which had recently become the world's most valuable company, fell 17% that "
        "day, costing CEO Jensen Huang more than $20 billion."
    )
    assert _judged(text, "17%") == ("supported", "nvidia-share-drop-close")


def test_a_date_opening_a_sentence_dates_the_name_after_its_comma() -> None:
    # the date's clause runs on to its subject: Alibaba's launch, not R1's release
    text = (
        "Alibaba's QwQ-32B: How a Small Model Challenges DeepSeek-R1's Compute Dominance\n"
        "On March 5, 2025, Alibaba's Qwen team unveiled QwQ-32B, an open-source model with just "
        "32 billion parameters that claims to rival DeepSeek-R1 (671 billion parameters) in "
        "math reasoning."
    )
    assert _judged(text, "March 5, 2025") == ("unverifiable", None)


@pytest.mark.parametrize(
    "text",
    [
        "The Qwen team unveiled QwQ-32B, a model that claims to rival DeepSeek-R1 in math "
        "reasoning. Released on March 5, 2025, QwQ-32B is available under the Apache 2.0 license.",
        "Qwen's new model claims to rival DeepSeek-R1 in math. QwQ-32B is available under the "
        "Apache 2.0 license.",
        "DeepSeek-R1 was a shock. Mistral Small 3 is available under the Apache 2.0 license.",
        "DeepSeek-R1 is released under the MIT license, while Mistral Small 3 ships under "
        "Apache 2.0.",
    ],
)
def test_a_licence_of_a_model_the_record_lacks_is_not_refuted(text: str) -> None:
    assert _judged(text, "Apache 2.0") == ("unverifiable", None)


def test_a_licence_follows_the_sentence_before_when_nothing_else_is_named() -> None:
    text = "DeepSeek-R1 was a shock. It is available under the Apache 2.0 license."
    assert _judged(text, "Apache 2.0") == ("refuted", "r1-licence")


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        (
            "R1 sends each token to a small handful of its 256 experts, so the compute per token "
            "is modest.",
            "256 experts",
            "v3-routed-experts",
        ),
        ("R1 has 61 layers.", "61 layers", "v3-layers"),
    ],
)
def test_r1s_architecture_is_v3s(text: str, figure: str, claim: str) -> None:
    # the R1 README refers to DeepSeek-V3 for its architecture: V3's figures are R1's too
    assert _judged(text, figure) == ("supported", claim)
