"""Suggestions for a mistyped name ("did you mean"), ranked by rapidfuzz similarity.

One ranking for every suggestion the record's diagnostics and the CLI make (field names, units,
kinds, claim, source and entity ids, config keys, diagnostic codes), so that they agree.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

__all__ = ["SIMILARITY_CUTOFF", "closest", "did_you_mean"]

#: Lowest similarity (0-100) for a suggestion. The score is rapidfuzz's ``fuzz.ratio`` on
#: lower-cased names, floored by the optimal-string-alignment distance so that a swapped pair
#: of letters counts as one typo (``reprot`` is one edit from ``report`` but two from ``repo``).
SIMILARITY_CUTOFF = 70.0


def _score(wrong: str, known: str) -> float:
    a, b = wrong.lower(), known.lower()
    if a == b:  # the same name in another case (`usd` for `USD`): the best there is
        return 100.0
    edits = OSA.distance(a, b)
    by_edits = 100.0 * (1 - edits / max(len(a), len(b), 1))
    return max(fuzz.ratio(a, b), by_edits) - 0.01 * edits


def closest(wrong: str, known: Iterable[str], limit: int = 3) -> list[str]:
    """Up to ``limit`` names of ``known`` most like ``wrong``, best first (ties in name order);
    empty when none scores ``SIMILARITY_CUTOFF`` or more."""
    scored = sorted(
        ((-_score(wrong, name), name) for name in set(known) if name != wrong),
        key=lambda pair: pair,
    )
    return [name for score, name in scored[:limit] if -score >= SIMILARITY_CUTOFF]


def did_you_mean(wrong: str, known: Iterable[str], limit: int = 1) -> str:
    """``"; did you mean 'phase'?"`` (the best ``limit`` names), or ``""`` when none is close."""
    names = closest(wrong, known, limit)
    if not names:
        return ""
    return f"; did you mean {' or '.join(repr(n) for n in names)}?"
