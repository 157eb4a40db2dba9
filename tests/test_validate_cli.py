"""`r1claims validate` through the real CLI: formats, exit codes, the four classic mistakes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Run


def _break(mini: Path) -> None:
    """Introduce the four mistakes of the foundation issue into a copy of the mini record."""
    text = (mini / "claims.yaml").read_text(encoding="utf-8")
    text = text.replace("    kind: gpu_hours\n", "    kind: gpu_hours\n    kind: cost\n", 1)
    text = text.replace("      - source: analyst\n", "      - source: analyts\n", 1)
    text = text.replace("{amount: 5328000, unit: USD", "{amount: yes, unit: USD", 1)
    text = text.replace("{amount: 2, unit: USD/GPU-hour", "{amount: 2.5, unit: USD/GPU-hour", 1)
    (mini / "claims.yaml").write_text(text, encoding="utf-8")


def test_clean_record_exits_0(cli: Callable[..., Run], mini_copy: Path) -> None:
    run = cli("validate", "--data", str(mini_copy), "--strict")
    assert (run.code, run.out) == (0, "")
    assert run.err == (
        f"r1claims validate: {mini_copy}: 6 claims, 3 entities, 2 relations, 4 sources: ok\n"
    )


def test_four_mistakes_four_located_messages(cli: Callable[..., Run], mini_copy: Path) -> None:
    _break(mini_copy)
    run = cli("validate", "--data", str(mini_copy))
    path = mini_copy / "claims.yaml"
    assert run.code == 1
    assert run.out.splitlines() == [
        f"{path}:17:5: error[R1C011] duplicate key 'kind' (first defined at line 16) "
        "(hint: YAML keeps only one of them: remove or rename the other)",
        f"{path}:77:21: error[R1C103] claim 'v3-pretraining-cost': value.amount: Input should be a valid number "
        "(got 'yes') (hint: write a plain number, without quotes)",
        f"{path}:126:17: error[R1C201] claim 'fleet-capex': source 'analyts' is not in "
        "sources.yaml "
        "(hint: did you mean 'analyst'?)",
        f"{path}:133:14: error[R1C301] {{v3-gpu-hours}} * {{rental-price}} = $6.970M, but "
        "v3-cost is $5.576M (off by 20.00%, tolerance 0.10%) "
        "(hint: fix the figures, the formula, or the tolerance)",
    ]


def test_github_format(cli: Callable[..., Run], mini_copy: Path) -> None:
    _break(mini_copy)
    run = cli("validate", "--data", str(mini_copy), "--format", "github")
    first = run.out.splitlines()[0]
    path = str(mini_copy / "claims.yaml").replace(":", "%3A").replace(",", "%2C")
    assert first == (
        f"::error file={path},line=17,col=5,title=R1C011 duplicate-key::duplicate key 'kind' "
        "(first defined at line 16) Hint: YAML keeps only one of them: remove or rename the other"
    )
    assert len(run.out.splitlines()) == 4


def test_json_format_equals_library(cli: Callable[..., Run], mini_copy: Path) -> None:
    from r1claims.record.validation import validate

    _break(mini_copy)
    run = cli("validate", "--data", str(mini_copy), "--format", "json")
    payload = json.loads(run.out)
    report = validate(mini_copy)
    assert payload["diagnostics"] == report.model_dump(mode="json")["diagnostics"]
    assert (payload["errors"], payload["warnings"]) == (4, 0)
    assert [d["code"] for d in payload["diagnostics"]] == ["R1C011", "R1C103", "R1C201", "R1C301"]


def test_strict_fails_on_warnings(cli: Callable[..., Run], mini_copy: Path) -> None:
    with (mini_copy / "sources.yaml").open("a", encoding="utf-8") as f:
        f.write("  - id: unused\n    title: Never cited\n    kind: blog\n")
    assert cli("validate", "--data", str(mini_copy)).code == 0
    run = cli("validate", "--data", str(mini_copy), "--strict")
    assert run.code == 1
    assert "warning[R1C204] source 'unused' is not cited by any claim" in run.out


def test_unreadable_directory_exits_2(cli: Callable[..., Run], tmp_path: Path) -> None:
    run = cli("validate", "--data", str(tmp_path / "missing"))
    assert run.code == 2
    assert "error[R1C001] cannot read the file" in run.out


def test_env_var_points_at_a_record(
    cli: Callable[..., Run], mini_copy: Path, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("R1CLAIMS_DATA", str(mini_copy))
    run = cli("claims", "--format", "csv")
    assert run.out.splitlines()[1].startswith("v3-gpu-hours,gpu_hours,model-v3,2788000.0,")


def test_hostile_yaml_never_tracebacks(tmp_path: Path) -> None:
    """Through a real subprocess: garbage in, exit 2 (unparseable) and no traceback."""
    bad = {
        "claims.yaml": "[" * 60_000,
        "sources.yaml": "sources:\n  - id: x\n    title: \x1b[31mred\n",
    }
    for name, text in bad.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "r1claims", "validate", "--data", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "\x1b" not in proc.stdout
    assert "R1C013" in proc.stdout and "R1C010" in proc.stdout


_UNPARSEABLE = {
    "syntax-error": b"claims:\n  - id: [unclosed\n",
    "bad-utf8": b"claims:\n  - id: caf\xe9\n",
    "too-deep": b"claims: " + b"[" * 100 + b"\n",
    "two-documents": b"claims: []\n---\nclaims: []\n",
}


@pytest.mark.parametrize("content", _UNPARSEABLE.values(), ids=_UNPARSEABLE.keys())
@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["validate", "--strict"],
        ["claims"],
        ["sources"],
        ["show", "v3-cost"],
        ["conflicts"],
        ["check", "-"],
    ],
    ids=" ".join,
)
def test_unparseable_record_exits_2_for_every_command(
    cli: Callable[..., Run], mini_copy: Path, command: list[str], content: bytes
) -> None:
    """One rule, the README's: input that cannot be read or parsed is exit 2 everywhere."""
    (mini_copy / "claims.yaml").write_bytes(content)
    run = cli(*command, "--data", str(mini_copy))
    assert run.code == 2
    assert f"{mini_copy / 'claims.yaml'}:" in run.out + run.err


def test_schema_errors_are_findings_for_validate_and_unusable_for_others(
    cli: Callable[..., Run], mini_copy: Path
) -> None:
    path = mini_copy / "claims.yaml"
    path.write_text(path.read_text("utf-8").replace("kind: price", "kind: prize"), "utf-8")
    assert cli("validate", "--data", str(mini_copy)).code == 1
    assert cli("claims", "--data", str(mini_copy)).code == 2
