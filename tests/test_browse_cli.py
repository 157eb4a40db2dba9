"""`r1claims claims`, `sources`, `show`, `--help`: formats, filters, safety, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console

from conftest import MINI, Run
from r1claims.record import load
from r1claims.render.tables import claim_payload, claims_table


def test_claims_json_equals_library(cli: Callable[..., Run]) -> None:
    run = cli("claims", "--data", str(MINI), "--format", "json")
    assert run.code == 0
    payload = json.loads(run.out)
    assert payload == {"claims": [claim_payload(c) for c in load(MINI).claims]}
    first = payload["claims"][0]
    assert {"id", "kind", "subject", "value", "unit", "scope", "citations"} <= set(first)
    assert first["unit"] == "GPU-hour"


def test_claims_filters(cli: Callable[..., Run]) -> None:
    run = cli("claims", "--data", str(MINI), "--kind", "cost", "--subject", "model-v3")
    assert run.out.splitlines() == [
        "id\tkind\tsubject\tvalue\tscope\tstatus\tcitations",
        "v3-cost\tcost\tmodel-v3\t$5.576M\tModel-V3's official final training run\testablished\t2",
        "v3-pretraining-cost\tcost\tmodel-v3\t$5.328M\tModel-V3's pre-training stage\t"
        "established\t1",
    ]
    assert run.err == "r1claims claims: 2 of 6 claims\n"
    ids = [
        line.split("\t")[0]
        for line in cli("claims", "--data", str(MINI), "--source", "blog").out.splitlines()[1:]
    ]
    assert ids == ["v3-cost", "r1-rl-cost"]


def test_claims_csv(cli: Callable[..., Run]) -> None:
    rows = list(
        csv.DictReader(io.StringIO(cli("claims", "--data", str(MINI), "--format", "csv").out))
    )
    assert len(rows) == 6
    assert rows[2]["id"] == "v3-cost" and rows[2]["sources"] == "v3-report;blog"
    assert rows[2]["amount"] == "5576000.0" and rows[2]["display"] == "$5.576M"


def test_every_fact_sheet_figure_is_listed(cli: Callable[..., Run]) -> None:
    payload = json.loads(cli("claims", "--format", "json").out)
    assert len(payload["claims"]) >= 100
    for claim in payload["claims"]:
        assert claim["scope"]["covers"] and claim["citations"]


def test_sources_and_show(cli: Callable[..., Run]) -> None:
    run = cli("sources", "--data", str(MINI))
    assert (
        run.out.splitlines()[1] == "v3-report\ttechnical_report\t2024-12-26\tyes\t"
        "DeepSeek-V3 Technical Report"
    )
    run = cli("show", "--data", str(MINI), "r1-rl-cost")
    assert run.out.splitlines()[:3] == [
        "r1-rl-cost: Model-R1 RL stage cost",
        "  value:     $294K",
        "  kind:      cost",
    ]
    assert (
        json.loads(cli("show", "--data", str(MINI), "r1-rl-cost", "--format", "json").out)["id"]
        == "r1-rl-cost"
    )


def test_show_unknown_id_suggests(cli: Callable[..., Run]) -> None:
    run = cli("show", "--data", str(MINI), "v3-cots")
    assert (run.code, run.err) == (
        2,
        "r1claims show: no claim, source or entity 'v3-cots'; did you mean 'v3-cost'?\n",
    )


def test_unusable_record_exits_2_with_located_errors(
    cli: Callable[..., Run], mini_copy: Path
) -> None:
    path = mini_copy / "claims.yaml"
    path.write_text(path.read_text("utf-8").replace("kind: price", "kind: prize"), "utf-8")
    run = cli("claims", "--data", str(mini_copy))
    assert run.code == 2
    assert run.err.splitlines()[0].startswith(
        f"{path}:32:11: error[R1C104] claim 'rental-price': kind:"
    )
    assert "run `r1claims validate` for every problem" in run.err


def test_hostile_data_is_shown_safely(mini_copy: Path) -> None:
    path = mini_copy / "claims.yaml"
    text = path.read_text("utf-8").replace(
        "label: Model-V3 training run cost",
        'label: "[bold red]x[/] [/x] \\e[31mred\\e[0m \\u202eevil"',
    )
    path.write_text(text, "utf-8")
    cs = load(mini_copy)
    console = Console(file=io.StringIO(), width=200, force_terminal=True, color_system=None)
    console.print(claims_table(cs, cs.claims))  # MarkupError would be raised here
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[31m" not in out and "\u202e" not in out
    proc = subprocess.run(
        [sys.executable, "-m", "r1claims", "show", "v3-cost", "--data", str(mini_copy)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0
    assert "\x1b" not in proc.stdout and "\u202e" not in proc.stdout


def test_help_is_fast_and_complete() -> None:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "r1claims", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    for command in ("validate", "claims", "sources", "show", "conflicts", "check"):
        assert command in proc.stdout
    assert "exit codes:" in proc.stdout
    imported = proc.stderr
    assert "pydantic" not in imported and "rich" not in imported and "rapidfuzz" not in imported


def test_no_command_is_a_usage_error(cli: Callable[..., Run]) -> None:
    run = cli()
    assert run.code == 2
    assert run.err.startswith("usage: r1claims")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["claims", "--kind", "costs"], "r1claims claims: no kind 'costs'; did you mean 'cost'?\n"),
        (
            ["claims", "--subject", "model-r2"],
            "r1claims claims: no subject 'model-r2'; did you mean 'model-r1' or 'model-v3'?\n",
        ),
        (["conflicts", "--group", "cst/lab"], None),
    ],
)
def test_a_filter_that_matches_nothing_is_an_error(
    cli: Callable[..., Run], args: list[str], message: str | None
) -> None:
    """A typo in a filter would print nothing and exit 0, like a clean result: exit 2 instead."""
    run = cli(*args, "--data", str(MINI))
    assert run.code == 2 and run.out == ""
    if message is not None:
        assert run.err == message
    else:
        assert run.err.startswith("r1claims conflicts: no group 'cst/lab'; did you mean ")
