"""Every file in tests/invalid/ is rejected with exactly the diagnostics its first line names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from r1claims.record.validation import validate

INVALID = Path(__file__).parent / "invalid"
CASES = sorted(p for p in INVALID.glob("*.yaml") if not p.name.startswith("_"))


def _expected(path: Path) -> set[str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name}: first line must be '# expect: ...'"
    return set(first.removeprefix("# expect: ").split())


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_invalid_case(case: Path, tmp_path: Path) -> None:
    shutil.copy(case, tmp_path / "claims.yaml")
    shutil.copy(INVALID / "_sources.yaml", tmp_path / "sources.yaml")
    report = validate(tmp_path)
    got = {f"{d.code}@{d.location.line}" for d in report.diagnostics}
    assert got == _expected(case)
    assert report.failed(strict=True)
    for d in report.diagnostics:
        assert d.location.path == str(tmp_path / "claims.yaml")


def test_there_are_cases() -> None:
    assert len(CASES) >= 20


def test_base_of_the_cases_is_valid(tmp_path: Path) -> None:
    """Undo each case's one change and the record is clean: the cases test one thing each."""
    text = (INVALID / "broken-derivation.yaml").read_text(encoding="utf-8")
    fixed = text.replace("{amount: 3, unit: USD/GPU-hour", "{amount: 2, unit: USD/GPU-hour")
    (tmp_path / "claims.yaml").write_text(fixed, encoding="utf-8")
    shutil.copy(INVALID / "_sources.yaml", tmp_path / "sources.yaml")
    assert validate(tmp_path).diagnostics == []


def test_a_repeated_quote_with_another_framing_is_no_repeat(tmp_path: Path) -> None:
    """Two citations of one quote that frame it differently are two judgements: R1C309 is
    only for a repeat that adds nothing."""
    text = (INVALID / "repeated-citation.yaml").read_text(encoding="utf-8")
    lines = text.splitlines()
    line = int(lines[0].split("@")[1])  # the repeat's "- source:" line
    framing = line + 2  # its framing line
    lines[framing - 1] = lines[framing - 1].replace("supported}", "misleading, reasons: [rounded]}")
    (tmp_path / "claims.yaml").write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")
    shutil.copy(INVALID / "_sources.yaml", tmp_path / "sources.yaml")
    assert "R1C309" not in {d.code for d in validate(tmp_path).diagnostics}
