"""The strict YAML reader: core-schema scalars, duplicate keys, limits, positions, never a crash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from r1claims.record import yamlsource
from r1claims.record.loader import load_record, read_document
from r1claims.record.yamlsource import parse_yaml


def codes(text: str) -> list[str]:
    return [
        f"{d.code}@{d.location.line}:{d.location.column}" for d in parse_yaml(text, "t").diagnostics
    ]


@pytest.mark.parametrize(
    ("plain", "value"),
    [
        ("5.576e6", 5576000.0),  # PyYAML's YAML 1.1 resolver leaves this a string
        ("5576000", 5576000),
        ("-17", -17),
        ("0.5", 0.5),
        ("true", True),
        ("False", False),
        ("null", None),
        ("~", None),
        ("NO", "NO"),  # YAML 1.1 would make these booleans
        ("off", "off"),
        ("yes", "yes"),
        ("2025-01-20", "2025-01-20"),  # never a date object; the model parses ISO strings
        ("2025-02-30", "2025-02-30"),  # PyYAML raises a bare ValueError here
        ("1_000", "1_000"),
        ("0x1F", 31),
        ("12:30", "12:30"),  # sexagesimal in YAML 1.1
    ],
)
def test_core_schema_scalars(plain: str, value: object) -> None:
    doc = parse_yaml(f"k: {plain}\n", "t")
    assert doc.data == {"k": value}
    assert type(doc.data["k"]) is type(value)


def test_quoted_scalars_stay_strings() -> None:
    assert parse_yaml("a: \"true\"\nb: '5'\nc: |\n  12\n", "t").data == {
        "a": "true",
        "b": "5",
        "c": "12\n",
    }


def test_yaml11_booleans_warn() -> None:
    assert codes("a: NO\nb: 'no'\n") == ["R1C017@1:4"]


def test_duplicate_key_is_an_error_and_keeps_the_first() -> None:
    doc = parse_yaml("a: 1\nb: 2\na: 3\n", "t")
    assert [d.message for d in doc.diagnostics] == ["duplicate key 'a' (first defined at line 1)"]
    assert doc.data == {"a": 1, "b": 2}
    assert doc.positions[("a",)] == (1, 4)


def test_positions_of_nested_values() -> None:
    doc = parse_yaml("claims:\n  - id: x\n    value: {amount: 5}\n", "t")
    assert doc.positions[("claims", 0, "id")] == (2, 9)
    assert doc.positions[("claims", 0, "value", "amount")] == (3, 21)
    assert doc.locate(("claims", 0, "value", "nope")) == (3, 12)
    assert doc.key_positions[("claims", 0, "value")] == (3, 5)


class _LookaheadLimitLoader(yaml.SafeLoader):
    """A stand-in for a libyaml with its own nesting limit: like libyaml 0.2.6, it scans flow
    collections ahead and fails before delivering the first event past ``limit`` levels."""

    limit = 1_000

    def check_event(self, *choices: Any) -> bool:
        if not getattr(self, "_scanned", False):
            self._scanned = True
            depth = 0
            for index, char in enumerate(self.buffer):
                depth += char in "[{"
                depth -= char in "]}"
                if depth > self.limit:
                    mark = yaml.Mark("t", index, 0, index, None, None)
                    raise yaml.scanner.ScannerError(None, None, "too deep for this parser", mark)
        return bool(super().check_event(*choices))


class _LowLimitLoader(_LookaheadLimitLoader):
    limit = 10


_LOADERS = {
    "c": getattr(yaml, "CSafeLoader", yaml.SafeLoader),
    "python": yaml.SafeLoader,
    "limit-above-ours": _LookaheadLimitLoader,
    "limit-below-ours": _LowLimitLoader,
}
_DEEP = {
    "flow-seq": ("[" * 50_000, (1, 65)),
    "block-seq": ("- " * 50_000 + "x", (1, 129)),
    "flow-map": ("{a: " * 30_000, (1, 257)),
    "block-map": ("".join(" " * i + f"k{i}:\n" for i in range(200)), (65, 65)),
}


@pytest.mark.parametrize("loader", _LOADERS.values(), ids=_LOADERS.keys())
@pytest.mark.parametrize(("text", "where"), _DEEP.values(), ids=_DEEP.keys())
def test_deep_nesting_is_refused_at_the_first_level_past_the_cap(
    monkeypatch: pytest.MonkeyPatch, loader: type, text: str, where: tuple[int, int]
) -> None:
    """R1C013 at the level past ``MAX_DEPTH``, whichever loader is installed and whatever its
    own limit: no upstream message or limit is relied on."""
    monkeypatch.setattr(yamlsource, "_Loader", loader)
    doc = parse_yaml(text, "t")
    assert [(d.code, d.location.line, d.location.column) for d in doc.diagnostics] == [
        ("R1C013", *where)
    ]
    assert doc.data is None


@pytest.mark.parametrize("loader", _LOADERS.values(), ids=_LOADERS.keys())
def test_nesting_within_the_cap_loads_whatever_the_loader(
    monkeypatch: pytest.MonkeyPatch, loader: type
) -> None:
    """A loader whose own limit is below ours does not refuse a document we accept."""
    monkeypatch.setattr(yamlsource, "_Loader", loader)
    doc = parse_yaml("a: " + "[" * 40 + "]" * 40 + "\n", "t")
    assert doc.diagnostics == []
    value = doc.data["a"]
    for _ in range(39):
        (value,) = value
    assert value == []


@pytest.mark.parametrize("loader", _LOADERS.values(), ids=_LOADERS.keys())
def test_syntax_error_is_reported_whatever_the_loader(
    monkeypatch: pytest.MonkeyPatch, loader: type
) -> None:
    monkeypatch.setattr(yamlsource, "_Loader", loader)
    assert [d.code for d in parse_yaml("a: [1, 2\nb: 3\n", "t").diagnostics] == ["R1C010"]


def test_alias_bomb_is_refused() -> None:
    lines = ["a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    for i, name in enumerate("bcdefgh"):
        prev = "abcdefgh"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    doc = parse_yaml("\n".join(lines), "t")
    assert [d.code for d in doc.diagnostics] == ["R1C014"]


def test_small_aliases_are_fine() -> None:
    doc = parse_yaml("a: &x [1, 2]\nb: *x\n", "t")
    assert doc.data == {"a": [1, 2], "b": [1, 2]}
    assert doc.diagnostics == []


def test_tags_are_reported_not_executed() -> None:
    doc = parse_yaml("a: !!python/object/apply:os.system ['false']\nb: !custom x\n", "t")
    assert [d.code for d in doc.diagnostics] == ["R1C012", "R1C012"]
    assert doc.data == {"a": ["false"], "b": "x"}


def test_control_character_is_located() -> None:
    assert codes("a: 1\nb: x\x07y\n") == ["R1C010@2:5"]


def test_syntax_error_is_located() -> None:
    assert codes("a: [1, 2\nb: 3\n") == ["R1C010@2:2"]


def test_multiple_documents() -> None:
    assert codes("a: 1\n---\nb: 2\n") == ["R1C016@2:1"]


def test_non_string_key() -> None:
    assert codes("2025: x\n") == ["R1C015@1:1"]


def test_invalid_utf8_is_located(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"a: 1\nb: caf\xe9\n")
    doc = read_document(path, "claims.yaml")
    assert [f"{d.code}@{d.location.line}:{d.location.column}" for d in doc.diagnostics] == [
        "R1C002@2:7"
    ]


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text("a: " + "x" * 100 + "\n", encoding="utf-8")
    assert [d.code for d in read_document(path, "c", max_bytes=50).diagnostics] == ["R1C003"]


def test_missing_directory_reports_both_files(tmp_path: Path) -> None:
    result = load_record(tmp_path / "nope")
    assert [d.code for d in result.diagnostics] == ["R1C001", "R1C001"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#\n\t ,?%@`~01.e")), max_size=200))
def test_parse_never_raises(text: str) -> None:
    doc = parse_yaml(text, "t")
    for d in doc.diagnostics:
        assert d.location.line >= 1 and d.location.column >= 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_never_raises_on_any_unicode(text: str) -> None:
    parse_yaml(text, "t")
