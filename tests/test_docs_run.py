"""Docs that run: the tutorial's and the quick start's examples are executed as doctests, the
quick start's commands through the CLI, and the README's JSON claim is checked."""

from __future__ import annotations

import doctest
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import r1claims
from conftest import Run
from r1claims.checker.report import CheckRun, FileReport
from r1claims.render.export import record_json

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


@pytest.mark.parametrize("page", ["tutorial.md", "quickstart.md", "export.md"])
def test_examples_in_docs_run(page: str) -> None:
    pytest.importorskip("pandas")
    path = DOCS / page
    test = doctest.DocTestParser().get_doctest(path.read_text("utf-8"), {}, page, str(path), 0)
    assert test.examples, f"{page} has no examples"
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)


def test_quickstart_commands_run(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # commands that write files write them here
    text = (DOCS / "quickstart.md").read_text("utf-8")
    blocks = re.findall(r"```sh\n(.+?)```", text, re.S)
    commands = [line.split(" #")[0].split() for block in blocks for line in block.splitlines()]
    commands = [c[1:] for c in commands if c and c[0] == "r1claims" and "|" not in c]
    assert len(commands) >= 5
    for args in commands:
        run = cli(*args)
        assert run.code in (0, 1), (args, run.err)
        if "-o" in args:
            assert Path(args[args.index("-o") + 1]).stat().st_size > 0, args


def test_readme_json_claims_hold(cli: Callable[..., Run], tmp_path: Path) -> None:
    """README: ``--format json`` prints the result model dumped with ``indent=2``: the
    ConflictReport for ``conflicts``, a CheckRun for ``check``, the ClaimSet for ``export``."""
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "`report.model_dump_json(indent=2)`" in readme
    cs = r1claims.load()
    assert cli("conflicts", "--format", "json").out == (
        r1claims.reconcile(cs).model_dump_json(indent=2) + "\n"
    )
    article = tmp_path / "article.txt"
    article.write_text("DeepSeek says it trained R1 for just $5.6 million.", "utf-8")
    findings = r1claims.check(article.read_text("utf-8"), cs).findings
    expected = CheckRun(files=[FileReport(path=str(article), findings=findings)])
    run = cli("check", "--format", "json", str(article))
    assert (run.code, run.out) == (1, expected.model_dump_json(indent=2) + "\n")
    assert cli("export", "--format", "json").out == record_json(cs)
    assert record_json(cs) == cs.model_dump_json(indent=2, exclude_none=True) + "\n"


def test_index_links_every_page() -> None:
    index = (DOCS / "index.md").read_text("utf-8")
    pages = sorted(p.name for p in DOCS.glob("*.md") if p.name != "index.md")
    missing = [p for p in pages if f"({p})" not in index]
    assert missing == [], f"link these pages from docs/index.md, with a line on each: {missing}"


def test_display_limits_in_docs_are_the_code_s() -> None:
    from r1claims.render import notebook

    text = (DOCS / "export.md").read_text("utf-8")
    for name in ("MAX_ROWS", "MIN_ROWS", "MAX_CELL"):
        assert f"`{name} = {getattr(notebook, name)}`" in text, name
    assert f"(quotes {notebook.MAX_QUOTE}, explanations {notebook.MAX_WHY})" in text
    tutorial = (DOCS / "tutorial.md").read_text("utf-8")
    assert (
        f"past\n{notebook.MAX_ROWS} rows, the first and last {notebook.MIN_ROWS // 2}" in tutorial
    )
