"""No text crashes `check`: hypothesis over digits of every script, superscripts, fractions,
currency signs, unit and magnitude words, bidi and zero-width characters. A longer run of the
same alphabet is `benchmarks/bench_fuzz.py` (100,000 inputs)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
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


def _first_characters(items: list[Any]) -> Iterator[Any]:
    """The first character-consuming items of a parsed regex sequence (None: it may match
    nothing)."""
    from re import _constants as k  # type: ignore[attr-defined]

    for i, (op, av) in enumerate(items):
        rest = list(items[i + 1 :])
        if op in (k.AT, k.ASSERT, k.ASSERT_NOT):
            continue
        if op is k.SUBPATTERN:
            yield from _first_characters([*av[-1], *rest])
            return
        if op is k.BRANCH:
            for alt in av[1]:
                yield from _first_characters([*alt, *rest])
            return
        if op in (k.MAX_REPEAT, k.MIN_REPEAT):
            yield from _first_characters([*av[2], *rest])
            if av[0] == 0:
                continue
            return
        yield op, av
        return
    yield None


@pytest.mark.skipif(sys.version_info < (3, 11), reason="re._parser is Python 3.11's")
def test_every_scope_phrase_starts_with_a_word_character() -> None:
    """The scope search and the rejecting-words search try only word starts; that is exact only
    while no phrase can start with a space or a sign. A phrase added later that does fails
    here."""
    from re import _constants as k  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from r1claims.checker.scopewords import SCOPE_TAGS, fold

    def word_only(op: Any, av: Any) -> bool:
        if op is k.LITERAL:
            return re.match(r"\w", chr(av)) is not None
        if op is k.IN:
            return all(
                (o is k.LITERAL and re.match(r"\w", chr(a)))
                or (o is k.RANGE and all(re.match(r"\w", chr(c)) for c in range(a[0], a[1] + 1)))
                or (o is k.CATEGORY and a in (k.CATEGORY_WORD, k.CATEGORY_UNI_WORD))
                for o, a in av
            )
        return False

    from r1claims.checker.assertion import REJECTING

    patterns = {tag.name: fold(tag.pattern) for tag in SCOPE_TAGS}
    patterns["rejecting"] = REJECTING.pattern
    for name, pattern in patterns.items():
        starts = list(_first_characters(list(_parser.parse(pattern))))
        assert all(s is not None and word_only(*s) for s in starts), name
