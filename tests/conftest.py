"""Shared fixtures: the small `mini` record, a scratch copy of it, and a CLI runner."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from r1claims.cli import main

TESTS = Path(__file__).parent
MINI = TESTS / "fixtures" / "mini"
SHARED = TESTS.parent.parent / "shared"


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
