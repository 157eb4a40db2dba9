"""What a figure measures when its unit is not written out: the words and subjects around it."""

from __future__ import annotations

import pytest

import r1claims


def _judged(text: str, figure: str) -> tuple[str, str | None]:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    return finding.verdict, finding.claim.id if finding.claim else None


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
    assert _judged(text, figure) == ("supported", claim)
