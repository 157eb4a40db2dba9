"""Docs cannot drift: the CLI reference is generated, every code and field is documented."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from r1claims.record.diagnostics import CODES
from r1claims.record.model import Claim, Entity, Relation, Source

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def test_cli_reference_is_current(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    sys.path.insert(0, str(ROOT / "scripts"))
    from gen_cli_docs import render

    # argparse's column layout changes between Python versions (3.13 aligns subcommands
    # differently, and writes "-o, --output FILE" where 3.10-3.12 write "-o FILE, --output
    # FILE"), so the words are compared, without the metavar repeated after a short option.
    short_metavar = re.compile(r"(?<![\w-])(-\w) [A-Z][A-Z_]*(?=,)")

    def words(text: str) -> list[str]:
        return short_metavar.sub(r"\1", text).split()

    assert words((DOCS / "cli.md").read_text("utf-8")) == words(render()), (
        "docs/cli.md is stale: run `python scripts/gen_cli_docs.py`"
    )


def test_every_code_is_documented() -> None:
    text = (DOCS / "validation.md").read_text("utf-8")
    for code, (slug, _, _) in CODES.items():
        assert f"`{code}`" in text and f"`{slug}`" in text, code


@pytest.mark.parametrize("model", [Claim, Source, Entity, Relation])
def test_every_field_is_documented(model: type) -> None:
    text = (DOCS / "data-format.md").read_text("utf-8")
    for name in model.model_fields:  # type: ignore[attr-defined]
        assert re.search(rf"`{name}`", text), f"{model.__name__}.{name} is not in data-format.md"


def test_readme_quick_start_is_two_commands_and_ci_runs_the_second() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", section)
    assert commands == [
        "pip install . && r1claims conflicts",
        "pip install -e '.[test]' && python -m pytest",
    ]
    assert commands[1] in (ROOT / ".ci" / "run").read_text("utf-8")


def test_readme_python_example_runs() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    [code] = re.findall(r"```python\n(.+?)```", readme, re.S)
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert namespace["claim"].id == "v3-training-cost"  # type: ignore[attr-defined]


def test_check_accuracy_tables_are_current() -> None:
    """docs/check.md shows the checker's current figures on every corpus, generated."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from gen_check_docs import END, START, render

    text = (DOCS / "check.md").read_text("utf-8")
    assert START in text and END in text
    section = START + text.split(START, 1)[1].split(END, 1)[0] + END
    assert section == render(), "docs/check.md is stale: run `python scripts/gen_check_docs.py`"
