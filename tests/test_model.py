"""The model: strict types, value shapes, and a load -> dump -> load round trip."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from conftest import MINI
from r1claims.record import load
from r1claims.record.model import Claim, Quantity, Source
from r1claims.record.scalars import resolve_plain
from r1claims.record.validation import validate

CLAIM: dict[str, Any] = {
    "id": "x",
    "kind": "cost",
    "subject": "model-v3",
    "label": "A cost",
    "value": {"amount": 5576000, "unit": "USD", "precision": 1000},
    "scope": {
        "covers": "a run",
        "phase": "full_training_run",
        "basis": "disclosed",
        "estimator": "lab",
    },
    "status": "established",
    "citations": [{"source": "v3-report", "quote": "q", "framing": {"verdict": "supported"}}],
}


def _with(path: str, value: object) -> dict[str, Any]:
    import copy

    data = copy.deepcopy(CLAIM)
    node = data
    *parents, last = path.split(".")
    for part in parents:
        node = node[part]
    node[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "error_type"),
    [
        ("value.amount", True, "float_type"),  # lax mode would make this 1.0
        ("value.amount", "5576000", "float_type"),
        ("value.amount", float("inf"), "finite_number"),
        ("value.precision", 0, "greater_than"),
        ("status", "ok", "literal_error"),
        ("kind", "Cost", "literal_error"),
        ("id", "Has Spaces", "string_pattern_mismatch"),
        ("scope.as_of", "2025-02-30", "value_error"),
        ("scope.as_of", "Jan 2025", "value_error"),
    ],
)
def test_strict_rejections(path: str, value: object, error_type: str) -> None:
    with pytest.raises(ValidationError) as info:
        Claim.model_validate(_with(path, value))
    assert error_type in {e["type"] for e in info.value.errors()}


def test_value_shapes() -> None:
    assert isinstance(Claim.model_validate(CLAIM).value, Quantity)
    dated = Claim.model_validate(_with("value", {"date": "2025-01-20", "precision": "day"}))
    assert dated.value.date.isoformat() == "2025-01-20"  # type: ignore[union-attr]
    licence = Claim.model_validate(_with("value", {"category": "MIT"}))
    assert licence.value.category == "MIT"  # type: ignore[union-attr]


def test_source_date_needs_precision() -> None:
    with pytest.raises(ValidationError, match="must be given together"):
        Source.model_validate({"id": "s", "title": "t", "kind": "blog", "date": "2025-01-01"})


class _Yaml12Dumper(yaml.SafeDumper):
    """PyYAML's dumper writes YAML 1.1: it leaves a string such as "08" plain, which YAML 1.1
    reads as text but the 1.2 core schema (the record's reader) as the integer 8. Strings that
    1.2 would read as anything else are quoted."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if not isinstance(resolve_plain(value), str):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_str(value)


_Yaml12Dumper.add_representer(str, _represent_str)


def _dump_record(cs: Any, target: Path) -> None:
    # allow_unicode=False: PyYAML's emitter folds U+0085 (NEL) inside single-quoted scalars and
    # changes the value; escaped output avoids that emitter bug (our reader is not involved).
    data = cs.model_dump(mode="json", exclude_none=True)
    target.mkdir(parents=True, exist_ok=True)
    claims = {k: data[k] for k in ("entities", "claims", "relations")}
    (target / "claims.yaml").write_text(yaml.dump(claims, Dumper=_Yaml12Dumper), encoding="utf-8")
    (target / "sources.yaml").write_text(
        yaml.dump({"sources": data["sources"]}, Dumper=_Yaml12Dumper), encoding="utf-8"
    )


def test_round_trip_of_a_record(tmp_path: Path) -> None:
    cs = load(MINI)
    _dump_record(cs, tmp_path)
    assert load(tmp_path) == cs


_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() != "")


@settings(max_examples=30, deadline=None)
@given(
    quote=_text,
    label=_text,
    amount=st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
)
@example(quote="0", label="08", amount=0.0)  # text that YAML 1.1 and 1.2 read differently
def test_round_trip_keeps_every_character(
    tmp_path_factory: pytest.TempPathFactory, quote: str, label: str, amount: float
) -> None:
    """Whatever a curator writes (quotes with YAML syntax, unicode), load -> dump -> load keeps it
    exactly; the loader either accepts it or reports a diagnostic, never raising."""
    cs = load(MINI)
    first = cs.claims[0]
    changed = first.model_copy(
        update={
            "label": label,
            "value": first.value.model_copy(update={"amount": amount}),  # type: ignore[union-attr]
            "citations": [first.citations[0].model_copy(update={"quote": quote})],
        }
    )
    edited = cs.model_copy(update={"claims": [changed, *cs.claims[1:]]})
    target = tmp_path_factory.mktemp("rt")
    _dump_record(edited, target)
    report = validate(target)
    if report.errors:  # only integrity findings (the derivation) may fail, never the schema
        assert {d.code for d in report.errors} <= {"R1C301", "R1C303"}
    reloaded = load(target)
    assert reloaded.claims[0].citations[0].quote == quote
    assert reloaded.claims[0].label == label
    assert reloaded.claims[0].value.amount == amount  # type: ignore[union-attr]


def test_a_claimsets_entities_have_a_type_or_none() -> None:
    """`ClaimSet.entity_type`, like `family` and `entity_name`, answers for unknown ids too."""
    cs = load()
    assert (cs.entity_type("nvidia"), cs.entity_type("deepseek-r1")) == ("organisation", "model")
    assert cs.entity_type("no-such-entity") is None
    assert load(MINI).entity_type("model-v3") is None  # an entity the record gives no type


def test_an_entitys_names_are_its_name_then_its_aliases() -> None:
    entity = load().entity("deepseek")
    assert entity.names[0] == "DeepSeek"
    assert entity.names[1:] == tuple(entity.aliases)
    assert "Deep Seek" in entity.names
