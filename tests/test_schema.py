"""JSON Schema of the record files: generated from the models, in sync with schema/, and it
accepts our data and rejects what the loader rejects."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import pytest

from conftest import MINI, Run
from r1claims.record.loader import bundled_data_dir
from r1claims.record.schema import json_schema, schema_json
from r1claims.record.yamlsource import parse_yaml

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
FILES: tuple[Literal["claims", "sources"], ...] = ("claims", "sources")


def _data(path: Path) -> Any:
    doc = parse_yaml(path.read_text("utf-8"), str(path))
    assert doc.ok
    return doc.data


def _errors(file: Literal["claims", "sources"], data: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(
        json_schema(file), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return sorted(
        "/".join(str(p) for p in e.absolute_path) + ": " + e.validator
        for e in validator.iter_errors(data)
    )


def _normal(schema: Any) -> Any:
    """The schema with ``{"allOf": [{"$ref": X}], ...}`` written ``{"$ref": X, ...}``: older
    pydantic releases (before 2.9) wrap a reference that has a description in ``allOf``; in
    draft 2020-12 both mean the same, so the copies under schema/ hold for every supported
    pydantic."""
    if isinstance(schema, list):
        return [_normal(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _normal(v) for k, v in schema.items()}
    wrapped = out.get("allOf")
    if isinstance(wrapped, list) and len(wrapped) == 1 and list(wrapped[0]) == ["$ref"]:
        del out["allOf"]
        out["$ref"] = wrapped[0]["$ref"]
    return out


@pytest.mark.parametrize("file", FILES)
def test_schema_copies_are_current(file: Literal["claims", "sources"]) -> None:
    copy = ROOT / "schema" / f"{file}.schema.json"
    assert _normal(json.loads(copy.read_text("utf-8"))) == _normal(json_schema(file)), (
        f"schema/{file}.schema.json is stale: run `r1claims schema {file} -o {copy.relative_to(ROOT)}`"
    )


@pytest.mark.parametrize("file", FILES)
def test_schema_command_prints_it(
    file: Literal["claims", "sources"], cli: Callable[..., Run]
) -> None:
    run = cli("schema", file)
    assert (run.code, run.out, run.err) == (0, schema_json(file), "")
    assert json.loads(run.out)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("file", FILES)
@pytest.mark.parametrize("record", [bundled_data_dir(), MINI], ids=["bundled", "mini"])
def test_schema_accepts_valid_records(file: Literal["claims", "sources"], record: Path) -> None:
    assert _errors(file, _data(Path(record) / f"{file}.yaml")) == []


@pytest.mark.parametrize("file", FILES)
def test_data_files_name_their_schema(file: str) -> None:
    """The first line tells a YAML language server (VS Code, Neovim) where the schema is."""
    path = Path(bundled_data_dir()) / f"{file}.yaml"
    first = path.read_text("utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../../../schema/{file}.schema.json"
    assert (
        path.parent / first.split("=", 1)[1]
    ).resolve() == ROOT / "schema" / f"{file}.schema.json"


def test_schema_rejects_what_the_loader_rejects() -> None:
    data = _data(MINI / "claims.yaml")
    claim = data["claims"][2]
    claim["value"]["unit"] = "usd"  # units are case-sensitive
    claim["scope"]["phsae"] = "pretraining"  # a misspelt field
    del claim["citations"][0]["quote"]
    data["relations"][0]["kind"] = "derives"
    data["extra"] = []
    assert _errors("claims", data) == [
        ": additionalProperties",
        "claims/2/citations/0: required",
        "claims/2/scope: additionalProperties",
        "claims/2/value: oneOf",
        "relations/0/kind: enum",
    ]
    sources = _data(MINI / "sources.yaml")
    sources["sources"][0]["date"] = "26 Dec 2024"
    sources["sources"][1]["url"] = "ftp://example.org/x"
    # optional fields are "the value or null": the failure is the anyOf
    assert _errors("sources", sources) == ["sources/0/date: anyOf", "sources/1/url: anyOf"]
