"""The bundled record: valid, complete against the fact sheet, quotes verbatim, seeds judged.

Tests that need ../shared (the seed articles, DeepSeek's papers as text, the fact sheet) skip
when it is absent, as in a user's clone.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
import yaml

import r1claims
from conftest import SHARED, SHARED_MISSING, TESTS
from r1claims.checker.run import check
from r1claims.record.claimset import ClaimSet

SEEDS = SHARED / "seeds"
PRIMARY = SHARED / "research" / "primary"
FACTS = SHARED / "research" / "facts.md"
needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason=SHARED_MISSING)

#: Which local text holds each source whose quotes must be verbatim.
PRIMARY_TEXTS = {
    "deepseek-v3-report": "deepseek-v3-technical-report.txt",
    "deepseek-r1-paper": "deepseek-r1-paper-2025-01-23.txt",
    "deepseek-r1-paper-v1": "deepseek-r1-paper-2025-01-20.txt",
}


@cache
def record() -> ClaimSet:
    return r1claims.load()


def _normalise(text: str) -> str:
    """What 'verbatim' tolerates: whitespace, and hyphens, since a PDF line end may split
    "pre-training" as "pre-\\ntraining" and "DeepSeek-R1" as "DeepSeek-\\nR1"."""
    text = re.sub(r"-[ \t]*\n\s*", "", text).replace("-", "")
    return re.sub(r"\s+", " ", text).strip()


def _seed_text(source_id: str) -> str | None:
    match = re.fullmatch(r"a(\d{3})-.*", source_id)
    if not match:
        return None
    [path] = SEEDS.glob(f"{match.group(1)}_*.txt")
    return path.read_text(encoding="utf-8")


def test_bundled_record_is_clean() -> None:
    report = r1claims.validate()
    assert [f"{d.code} {d.message}" for d in report.diagnostics] == []


def test_every_claim_has_a_quoted_citation_and_primary_first() -> None:
    cs = record()
    for claim in cs.claims:
        assert claim.citations and all(c.quote.strip() for c in claim.citations), claim.id


def test_counts_are_substantial() -> None:
    cs = record()
    assert len(cs.claims) >= 100 and len(cs.sources) >= 25 and len(cs.relations) >= 40


def test_factsheet_map_covers_claims() -> None:
    mapping = yaml.safe_load((TESTS / "fixtures" / "factsheet_map.yaml").read_text("utf-8"))
    ids = {c.id for c in record().claims}
    mapped = {claim for claims in mapping.values() for claim in claims}
    assert mapped <= ids, sorted(mapped - ids)


@needs_shared
def test_factsheet_map_covers_every_row() -> None:
    rows = set(re.findall(r"^\| ([CHPDMBLFO]\d+) \|", FACTS.read_text("utf-8"), re.MULTILINE))
    mapping = yaml.safe_load((TESTS / "fixtures" / "factsheet_map.yaml").read_text("utf-8"))
    assert len(rows) >= 60
    assert rows == set(mapping), sorted(rows ^ set(mapping))
    assert all(mapping[row] for row in rows)


def _local_quotes() -> list[tuple[str, str, str]]:
    out = []
    for claim in record().claims:
        for cit in claim.citations:
            if cit.source in PRIMARY_TEXTS or re.fullmatch(r"a\d{3}-.*", cit.source):
                out.append((claim.id, cit.source, cit.quote))
    return out


@needs_shared
@pytest.mark.parametrize(
    ("claim_id", "source", "quote"),
    _local_quotes(),
    ids=lambda v: v if isinstance(v, str) and len(v) < 40 else "q",
)
def test_quote_is_verbatim(claim_id: str, source: str, quote: str) -> None:
    text = _seed_text(source)
    if text is None:
        text = (PRIMARY / PRIMARY_TEXTS[source]).read_text(encoding="utf-8")
    assert _normalise(quote) in _normalise(text)


_QUALIFIERS = re.compile(
    r"^(?:(?:as much as|about|around|approximately|nearly|over|under|more "
    r"than|roughly|by|up to)\s+)+",
    re.IGNORECASE,
)


def _seed_figures() -> list[tuple[str, tuple[str, ...], str, frozenset[tuple[str, str]]]]:
    """(source, quotes, stated figure, acceptable (claim, verdict) pairs) for every figure a
    seed states. A figure cited on several claims (a range spanning the close and the intraday
    fall) may link to any of them."""
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    quotes: dict[tuple[str, str], list[str]] = {}
    texts: dict[tuple[str, str], str] = {}
    for claim in record().claims:
        for cit in claim.citations:
            if re.fullmatch(r"a\d{3}-.*", cit.source) and cit.stated is not None:
                key = (cit.source, _QUALIFIERS.sub("", cit.stated.text))
                texts.setdefault(key, cit.stated.text)
                quotes.setdefault(key, []).append(cit.quote)
                found.setdefault(key, set()).add((claim.id, cit.framing.verdict))
    return [
        (key[0], tuple(quotes[key]), texts[key], frozenset(pairs))
        for key, pairs in sorted(found.items())
    ]


_NOT_FIGURES = re.compile(
    r"^(?!.*\d)(?!.*\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|January|February|March|April|May|June|July|August|September"
    r"|October|November|December|MIT|Apache)\b).*$",
    re.IGNORECASE,
)


@needs_shared
@pytest.mark.parametrize(
    ("source", "quotes", "stated", "expected"),
    _seed_figures(),
    ids=lambda v: v[:30] if isinstance(v, str) else "",
)
def test_checker_gives_the_recorded_verdict_on_seeds(
    source: str, quotes: tuple[str, ...], stated: str, expected: frozenset[tuple[str, str]]
) -> None:
    """Every figure the fact sheet rates in a seed is found, linked to the right record and
    given the verdict the record holds for that article."""
    if _NOT_FIGURES.match(stated):
        pytest.skip(f"{stated!r} is a framing, not a figure")
    text = _seed_text(source)
    assert text is not None
    stated_rx = r"\s+".join(re.escape(p) for p in stated.split())
    quote = next(q for q in quotes if re.search(stated_rx, q))
    located = re.search(r"\s+".join(re.escape(part) for part in quote.split()), text)
    assert located, "quote not found verbatim in the seed"
    inner = re.search(stated_rx, located.group(0))
    assert inner, "stated figure not inside its quote"
    lo, hi = located.start() + inner.start(), located.start() + inner.end()
    report = check(text, record())
    found = [f for f in report.findings if f.start < hi and f.end > lo]
    assert found, f"{stated!r} not found in {[f.text for f in report.findings]}"
    got = {(f.claim.id if f.claim else "-", f.verdict) for f in found}
    assert got & expected, f"got {sorted(got)}, expected one of {sorted(expected)}"
