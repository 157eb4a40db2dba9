"""Shared fixtures: the small `mini` record, a scratch copy of it, and a CLI runner."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import r1claims
from r1claims.cli import main

TESTS = Path(__file__).parent
MINI = TESTS / "fixtures" / "mini"
SHARED = TESTS.parent.parent / "shared"
#: Skip reason of every test that reads ../shared (seed articles, DeepSeek's papers, fact sheet).
SHARED_MISSING = "../shared is not present"


def judged(text: str, figure: str) -> tuple[str, str | None]:
    """The verdict and linked claim id of the one finding of ``check(text)`` whose text is
    ``figure`` (fails when there is not exactly one)."""
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    return finding.verdict, finding.claim.id if finding.claim else None


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini record."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run the CLI in-process and capture its streams and exit code."""

    def run(*args: str) -> Run:
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """One line at the end of the run: how many tests skipped for want of ../shared, and why."""
    skipped = terminalreporter.stats.get("skipped", [])
    count = sum(1 for report in skipped if SHARED_MISSING in str(report.longrepr))
    if count:
        terminalreporter.write_line(
            f"r1claims: {count} tests skipped because {SHARED_MISSING} next to the repository: "
            "they check quotes verbatim against the seed articles, DeepSeek's papers and the "
            "fact sheet, which are not redistributed here"
        )
