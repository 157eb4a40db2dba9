"""Finding one's way: `entities`, `groups`, `show SOURCE_ID`, "did you mean" on filters and
ids, and shell completion (`completion`, optional extra `r1claims[completion]`)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI, Run
from r1claims.reconciler import reconcile
from r1claims.record import load


def test_entities(cli: Callable[..., Run]) -> None:
    run = cli("entities", "--data", str(MINI))
    assert (run.code, run.out) == (
        0,
        "id\tname\tfamily\ttype\tclaims\n"
        "lab\tThe Lab\tlab\t\t1\n"
        "model-r1\tModel-R1\tlab\t\t1\n"
        "model-v3\tModel-V3\tlab\t\t4\n",
    )
    payload = json.loads(cli("entities", "--data", str(MINI), "--format", "json").out)
    assert payload["entities"][2] == {
        "id": "model-v3",
        "name": "Model-V3",
        "family": "lab",
        "aliases": ["V3", "Model V3"],
        "description": None,
        "type": None,
        "claims": 4,
    }


def test_entities_family_filter_and_typo(cli: Callable[..., Run]) -> None:
    assert cli("entities", "--family", "deepseek").out.startswith(
        "id\tname\tfamily\ttype\tclaims\n"
    )
    run = cli("entities", "--family", "deepsek")
    assert (run.code, run.out) == (2, "")
    assert run.err == "r1claims entities: no family 'deepsek'; did you mean 'deepseek'?\n"


def test_groups_list_ids_with_their_question(cli: Callable[..., Run]) -> None:
    run = cli("groups", "--data", str(MINI))
    assert (run.code, run.out) == (
        0,
        "id\tclaims\tquestion\n"
        "cost/lab\t4\tHow much did it cost? (The Lab)\n"
        "gpu_hours/lab\t1\tHow many GPU-hours? (The Lab)\n"
        "price/lab\t1\tWhat price was assumed? (The Lab)\n",
    )
    assert run.err == "r1claims groups: 3 groups\n"
    payload = json.loads(cli("groups", "--data", str(MINI), "--format", "json").out)
    expected = {g.id: g.question for g in reconcile(load(MINI)).groups}
    assert {g["id"]: g["question"] for g in payload["groups"]} == expected
    members = {g.id: [m.claim_id for m in g.members] for g in reconcile(load(MINI)).groups}
    assert {g["id"]: g["claims"] for g in payload["groups"]} == members


def test_groups_kind_typo(cli: Callable[..., Run]) -> None:
    run = cli("groups", "--kind", "costs")
    assert (run.code, run.err) == (2, "r1claims groups: no kind 'costs'; did you mean 'cost'?\n")
    kinds = {line.split("/")[0] for line in cli("groups", "--kind", "cost").out.splitlines()[1:]}
    assert kinds == {"cost"}


def test_show_a_source(cli: Callable[..., Run]) -> None:
    run = cli("show", "--data", str(MINI), "blog")
    assert (run.code, run.out) == (
        0,
        "blog: A blog post\n"
        "  kind:      blog\n"
        "  primary:   no\n"
        "  cited by:  2 claim(s)\n"
        "    - v3-cost\n"
        "    - r1-rl-cost\n",
    )
    payload = json.loads(cli("show", "--data", str(MINI), "blog", "--format", "json").out)
    assert payload == load(MINI).source("blog").model_dump(mode="json") | {
        "cited_by": ["v3-cost", "r1-rl-cost"]
    }
    assert cli("show", "--data", str(MINI), "v3-cost").out.startswith("v3-cost: ")


def test_show_unknown_id_suggests_sources_by_similarity(cli: Callable[..., Run]) -> None:
    run = cli("show", "deepseek-v3-reprot")
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "r1claims show: no claim, source or entity 'deepseek-v3-reprot'; did you mean "
        "'deepseek-v3-report' or 'deepseek-v3-repo' or 'deepseek-r1-repo'?\n"
    )


def test_bash_completion_completes_commands_and_options(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    pytest.importorskip("shtab")
    if shutil.which("bash") is None:
        pytest.skip("bash is not installed")
    run = cli("completion", "bash")
    assert run.code == 0
    script = tmp_path / "r1claims.bash"
    script.write_text(run.out, encoding="utf-8")
    probe = (
        f"source {script}\n"
        'COMP_WORDS=(r1claims val); COMP_CWORD=1; _shtab_r1claims; echo "${COMPREPLY[@]}"\n'
        "COMP_WORDS=(r1claims validate --ig); COMP_CWORD=2; _shtab_r1claims; "
        'echo "${COMPREPLY[@]}"\n'
        'COMP_WORDS=(r1claims ent); COMP_CWORD=1; _shtab_r1claims; echo "${COMPREPLY[@]}"\n'
    )
    done = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout == "validate\n--ignore\nentities\n"


def test_zsh_and_tcsh_scripts(cli: Callable[..., Run]) -> None:
    pytest.importorskip("shtab")
    assert cli("completion", "zsh").out.startswith("#compdef r1claims")
    assert "complete r1claims" in cli("completion", "tcsh").out


def test_completion_without_the_extra_names_it(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "shtab", None)  # as if not installed
    run = cli("completion", "bash")
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "r1claims completion: needs the optional extra `completion`: "
        "pip install 'r1claims[completion]'\n"
    )


def test_show_an_entity(cli: Callable[..., Run]) -> None:
    run = cli("show", "--data", str(MINI), "model-v3")
    assert (run.code, run.out) == (
        0,
        "model-v3: Model-V3\n"
        "  family:    lab\n"
        "  aliases:   V3, Model V3\n"
        "  claims:    4\n"
        "    - v3-gpu-hours: Model-V3 training run GPU-hours\n"
        "    - rental-price: Assumed GPU rental price\n"
        "    - v3-cost: Model-V3 training run cost\n"
        "    - v3-pretraining-cost: Model-V3 pre-training cost\n",
    )
    payload = json.loads(cli("show", "--data", str(MINI), "model-v3", "--format", "json").out)
    assert payload == load(MINI).entity("model-v3").model_dump(mode="json") | {
        "claims": ["v3-gpu-hours", "rental-price", "v3-cost", "v3-pretraining-cost"]
    }
