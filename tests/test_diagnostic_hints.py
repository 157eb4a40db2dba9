"""Diagnostics point at the cause: the item named by id, one message per mistake, and the
name that was probably meant ("did you mean"), ranked by similarity."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from r1claims.record.suggest import closest, did_you_mean
from r1claims.record.validation import validate
from r1claims.record.vocab import CLAIM_KINDS, UNITS
from r1claims.render.diagnostics import render_text

INVALID = Path(__file__).parent / "invalid"

CASES = {
    "misspelt-field": "33:7: error[R1C101] claim 'v3-hours': scope.phsae: unknown field; did you "
    "mean 'phase'? (hint: rename it to `phase`)",
    "unit-wrong-case": "15:36: error[R1C104] claim 'v3-cost': value.unit: 'usd' is not an allowed "
    "unit; did you mean 'USD'? (hint: write USD (values are case-sensitive))",
    "kind-typo": "27:11: error[R1C104] claim 'v3-hours': kind: 'gpu-hours' is not an allowed "
    "kind; did you mean 'gpu_hours'? (hint: write gpu_hours)",
    "source-id-typo": "38:17: error[R1C201] claim 'v3-hours': source 'v3-reprot' is not in "
    "sources.yaml "
    "(hint: did you mean 'v3-report'?)",
    "unknown-claim-in-formula": "59:14: error[R1C203] formula refers to unknown claim 'v3-hour'; "
    "did you mean 'v3-hours'? (hint: fix the id or add the claim)",
    "misspelt-id": "26:9: error[R1C203] claim id 'v3-hour' looks misspelt: 2 references name "
    "'v3-hours' (lines 60, 65) (hint: rename it to `v3-hours` (or fix every reference))",
    "unit-outlier": "15:36: error[R1C304] claim 'v3-cost' is in CNY, but the 2 claims related to "
    "it as parts or restatements are in USD (v3-post-training-cost, v3-pretraining-cost) "
    "(hint: fix this claim's unit (or its relations, if they are the mistake))",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_one_message_at_the_cause(case: str, tmp_path: Path) -> None:
    shutil.copy(INVALID / f"{case}.yaml", tmp_path / "claims.yaml")
    shutil.copy(INVALID / "_sources.yaml", tmp_path / "sources.yaml")
    assert render_text(validate(tmp_path)) == f"{tmp_path / 'claims.yaml'}:{CASES[case]}\n"


def test_a_wrong_unit_in_a_real_record_is_one_error_at_the_unit(tmp_path: Path) -> None:
    from r1claims.record.loader import bundled_data_dir

    shutil.copytree(bundled_data_dir(), tmp_path / "data")
    path = tmp_path / "data" / "claims.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index("- id: v3-training-cost")
    path.write_text(text[:at] + text[at:].replace("unit: USD,", "unit: GPU-hour,", 1), "utf-8")
    line = text[:at].count("\n") + 5
    report = validate(tmp_path / "data")
    assert [(d.code, d.location.line) for d in report.diagnostics] == [("R1C304", line)]
    assert report.diagnostics[0].message.startswith(
        "claim 'v3-training-cost' is in GPU-hour, but the 5 claims related to it"
    )


def test_suggestions_are_ranked_by_similarity() -> None:
    sources = ["deepseek-v3-report", "deepseek-v3-repo", "deepseek-r1-repo", "semianalysis"]
    assert closest("deepseek-v3-reprot", sources) == [
        "deepseek-v3-report",
        "deepseek-v3-repo",
        "deepseek-r1-repo",
    ]
    assert closest("usd", UNITS, limit=1) == ["USD"]
    assert closest("costs", CLAIM_KINDS, limit=1) == ["cost"]
    assert did_you_mean("phsae", ["phase", "basis", "covers"]) == "; did you mean 'phase'?"
    assert did_you_mean("zzzz", ["phase", "basis"]) == ""


def test_unlisted_value_lists_a_few_allowed_values(tmp_path: Path) -> None:
    shutil.copy(INVALID / "unit-wrong-case.yaml", tmp_path / "claims.yaml")
    shutil.copy(INVALID / "_sources.yaml", tmp_path / "sources.yaml")
    text = (tmp_path / "claims.yaml").read_text(encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(text.replace("unit: usd,", "unit: florins,"), "utf-8")
    (diagnostic,) = validate(tmp_path).diagnostics
    assert diagnostic.message == "claim 'v3-cost': value.unit: 'florins' is not an allowed unit"
    assert diagnostic.hint is not None
    assert diagnostic.hint.startswith(
        f"one of {len(UNITS)} values (docs/data-format.md lists them): USD, CNY,"
    )


def test_a_misspelt_source_id_is_one_error_at_its_definition(tmp_path: Path) -> None:
    from r1claims.record.loader import bundled_data_dir

    shutil.copytree(bundled_data_dir(), tmp_path / "data")
    path = tmp_path / "data" / "sources.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("- id: deepseek-v3-report\n", "- id: deepseek-v3-reprot\n"), "utf-8"
    )
    line = text[: text.index("- id: deepseek-v3-report\n")].count("\n") + 1
    (diagnostic,) = validate(tmp_path / "data").diagnostics
    assert (diagnostic.code, diagnostic.location.line) == ("R1C201", line)
    from r1claims.record import load

    cited = sum(
        c.source == "deepseek-v3-report" for claim in load().claims for c in claim.citations
    )
    assert cited > 8
    assert diagnostic.message.startswith(
        f"source id 'deepseek-v3-reprot' looks misspelt: {cited} references name "
        "'deepseek-v3-report' (lines "
    )
    assert diagnostic.message.endswith(f" and {cited - 8} more)")
