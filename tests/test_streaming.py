"""Streaming a record: items are validated as they are read and their positions are found
again on demand, exactly where a full parse puts them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import MINI
from r1claims.record.loader import bundled_data_dir, load_record
from r1claims.record.validation import validate
from r1claims.record.yamlsource import YamlDocument, parse_yaml, stream_yaml

SECTIONS = frozenset({"entities", "claims", "relations"})


def _stream(raw: bytes) -> tuple[YamlDocument | None, list[tuple[str, int, Any]]]:
    items: list[tuple[str, int, Any]] = []

    def handler(section: str, index: int, item: Any, doc: YamlDocument) -> None:
        items.append((section, index, item))

    return stream_yaml(raw, "claims.yaml", SECTIONS, handler), items


@pytest.mark.parametrize("record", [bundled_data_dir(), MINI], ids=["bundled", "mini"])
def test_every_position_is_found_again_exactly(record: Path) -> None:
    raw = (record / "claims.yaml").read_bytes()
    full = parse_yaml(raw.decode("utf-8"), "claims.yaml")
    streamed, items = _stream(raw)
    assert streamed is not None
    assert [(s, i) for s, i, _ in items] == [
        (s, i) for s in full.data for i in range(len(full.data[s] or []))
    ]
    assert all(item == full.data[s][i] for s, i, item in items)
    assert len(streamed.positions) < 10  # only the top level is kept
    for path, pos in full.positions.items():
        assert streamed.locate(path) == pos, path
    for path, pos in full.key_positions.items():
        assert streamed.locate(path, key=True) == pos, path


def test_flow_style_items_on_one_line_are_located(tmp_path: Path) -> None:
    text = (
        "entities: [{id: a, name: A, family: a}]\n"
        "claims: [{id: x, kind: cost}, {id: y, kind: cost, label: Y}]\n"
    )
    full = parse_yaml(text, "claims.yaml")
    streamed, _ = _stream(text.encode())
    assert streamed is not None
    for path, pos in full.positions.items():
        assert streamed.locate(path) == pos, path


@pytest.mark.parametrize(
    "text", ["claims:\n  - id: a\n  - [unclosed\n", "a: 1\n---\nb: 2\n", "claims: !!python/int 3\n"]
)
def test_malformed_yaml_is_not_streamed(text: str) -> None:
    streamed, _ = _stream(text.encode())
    if "!!" in text:  # a tag is an error diagnostic, but the text is well-formed: streamed
        assert streamed is not None and not streamed.ok
    else:
        assert streamed is None


def test_utf16_is_reported_as_not_utf8(mini_copy: Path) -> None:
    path = mini_copy / "claims.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    report = validate(mini_copy)
    assert [(d.code, d.location.line) for d in report.diagnostics] == [("R1C002", 1)]


def test_loaded_documents_hold_no_item_positions() -> None:
    result = load_record(bundled_data_dir())
    for doc in result.documents.values():
        assert doc.items is not None
        assert len(doc.positions) < 10
    assert result.claimset is not None and len(result.claimset) > 200


_SCALARS = st.one_of(
    st.text(alphabet="abc xyz-:#é'\"", max_size=8),
    st.integers(-1000, 10**9),
    st.booleans(),
    st.none(),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["id", "kind", "value", "unit", "x"]), inner, max_size=3),
    ),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["entities", "claims", "relations", "other"]),
        st.lists(_VALUES, max_size=4),
        min_size=1,
    ),
    st.sampled_from([False, True, None]),
)
@example(  # found by hypothesis: an item that starts on the line where the one before ends
    data={
        "entities": [""],
        "claims": [[None, ""]],
        "other": [[":::"]],
        "relations": ["", ["", "", "a"], []],
    },
    flow=True,
)
def test_streamed_positions_equal_a_full_parse(data: dict[str, Any], flow: bool | None) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    full = parse_yaml(text, "claims.yaml")
    streamed, items = _stream(text.encode())
    assert streamed is not None
    assert [(s, i, item) for s, i, item in items] == [
        (s, i, item) for s in full.data if s in SECTIONS for i, item in enumerate(full.data[s])
    ]
    for path, pos in full.positions.items():
        assert streamed.locate(path) == pos, path
    for path, pos in full.key_positions.items():
        assert streamed.locate(path, key=True) == pos, path


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"#\n\t ,?%@`~01.eé")), max_size=200))
def test_streaming_never_raises_and_agrees_when_it_reads(text: str) -> None:
    streamed, items = _stream(text.encode())
    if streamed is None:
        return
    full = parse_yaml(text, "claims.yaml")
    assert full.ok == streamed.ok
    if isinstance(full.data, dict):
        expected = [
            (s, i, item)
            for s, values in full.data.items()
            if s in SECTIONS and isinstance(values, list)
            for i, item in enumerate(values)
        ]
        assert items == expected
