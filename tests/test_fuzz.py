"""No text crashes `check`: hypothesis over digits of every script, superscripts, fractions,
currency signs, unit and magnitude words, bidi and zero-width characters. A longer run of the
same alphabet is `benchmarks/bench_fuzz.py` (100,000 inputs)."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import r1claims
from r1claims.record import ClaimSet

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from fuzz_alphabet import DIGITS, PIECES

_CS: list[ClaimSet] = []


def _record() -> ClaimSet:
    if not _CS:
        _CS.append(r1claims.load())
    return _CS[0]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES + DIGITS), min_size=1, max_size=30).map("".join))
def test_check_never_raises(text: str) -> None:
    report = r1claims.check(text, _record())
    for finding in report.findings:
        assert 0 <= finding.start < finding.end <= len(text)


def test_superscript_multiplier_is_not_a_crash() -> None:
    """Found by fuzzing: `str.isdigit()` accepts '²', which `Decimal` refuses."""
    report = r1claims.check("The cluster was 3x² GPUs.", _record())
    assert all(f.verdict == "unverifiable" for f in report.findings)


_SCOPE_WORDS = [
    "training", "train", "cost", "final", "run", "including", "plus", "RL", "reinforcement",
    "learning", "pre-training", "post-training", "hardware", "to", "build", "develop", "total",
    "entire", "project", "fleet", "per", "token", "GPU", "hours", "spent", "$6", "million", "R1",
    "V3", "capex", "research", "the", "and", "İstanbul", ".", ",", ";", "—", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_SCOPE_WORDS), min_size=1, max_size=40),
    cuts=st.lists(st.integers(min_value=0, max_value=40), min_size=2, max_size=2),
)
def test_scope_words_of_a_span_are_those_of_its_text(words: list[str], cuts: list[int]) -> None:
    """The checker finds scope phrases once per sentence (`ScopeIndex`); for any span cut at
    word boundaries that gives what scanning the span's own text gives."""
    from r1claims.checker.context import TextIndex
    from r1claims.checker.scopewords import ScopeIndex, find_scope_tags

    text = " ".join(words)
    spaces = [0, *(i + 1 for i, c in enumerate(text) if c == " "), len(text)]
    lo, hi = sorted(spaces[min(c, len(spaces) - 1)] for c in cuts)
    index = TextIndex(text, _record())
    scopes = ScopeIndex(text, index.lowered, index.bounds)
    assert scopes.tags(lo, hi) == find_scope_tags(text[lo:hi])


def test_a_dotted_capital_i_keeps_the_one_pass_lowercase() -> None:
    """The dotted capital I lowercases to two characters; read as "i", the text's lowercase keeps every offset, so
    a Turkish article is not scanned phrase by phrase (the slow path, about 5% of `check`)."""
    from r1claims.checker.context import TextIndex

    index = TextIndex("İstanbul'da DeepSeek spent $6 million.", _record())
    assert index.lowered == "istanbul'da deepseek spent $6 million."
