"""`validate` in other repositories' CI: paths, --ignore, [tool.r1claims], --max-bytes, the
pre-commit hooks run for real by pre-commit (offline), `python -m r1claims`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import MINI, Run

ROOT = Path(__file__).resolve().parents[1]


def _break_citation(record: Path) -> None:
    text = (record / "claims.yaml").read_text(encoding="utf-8")
    (record / "claims.yaml").write_text(
        text.replace("source: analyst\n", "source: analyts\n", 1), encoding="utf-8"
    )


def _add_uncited_source(record: Path) -> None:
    with (record / "sources.yaml").open("a", encoding="utf-8") as f:
        f.write("  - id: unused\n    title: Never cited\n    kind: blog\n")


def test_paths_are_files_or_directories_each_directory_once(
    cli: Callable[..., Run], mini_copy: Path
) -> None:
    _break_citation(mini_copy)
    run = cli("validate", str(mini_copy / "claims.yaml"), str(mini_copy / "sources.yaml"))
    assert run.code == 1
    assert run.out == (
        f"{mini_copy / 'claims.yaml'}:125:17: error[R1C201] claim 'fleet-capex': source 'analyts' is not in "
        "sources.yaml (hint: did you mean 'analyst'?)\n"
    )
    assert run.err.count("r1claims validate:") == 1
    run = cli("validate", str(MINI), str(mini_copy), "--format", "json")
    payload = json.loads(run.out)
    assert [r["data_dir"] for r in payload] == [str(MINI), str(mini_copy)]
    assert [len(r["diagnostics"]) for r in payload] == [0, 1]
    assert run.code == 1


def test_bad_paths_are_usage_errors(cli: Callable[..., Run], tmp_path: Path) -> None:
    other = tmp_path / "notes.yaml"
    other.write_text("a: 1\n", encoding="utf-8")
    run = cli("validate", str(other))
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        f"r1claims validate: {other}: not a record file; give a directory holding "
        "claims.yaml and sources.yaml, or one of those files\n"
    )
    run = cli("validate", str(tmp_path / "missing"))
    assert run.err == f"r1claims validate: {tmp_path / 'missing'}: no such file or directory\n"
    assert run.code == 2


def test_ignore_by_code_or_rule_name(cli: Callable[..., Run], mini_copy: Path) -> None:
    _add_uncited_source(mini_copy)
    assert cli("validate", str(mini_copy), "--strict").code == 1
    assert cli("validate", str(mini_copy), "--strict", "--ignore", "R1C204").code == 0
    assert cli("validate", str(mini_copy), "--strict", "--ignore", "uncited-source").code == 0
    run = cli("validate", str(mini_copy), "--ignore", "R1C2O4")
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "r1claims validate: --ignore: no diagnostic code or rule 'R1C2O4'; did you mean 'R1C204'?\n"
    )


def test_pyproject_table_gives_data_ignore_and_size(
    cli: Callable[..., Run], mini_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    (project / "sub" / "dir").mkdir(parents=True)
    shutil.move(str(mini_copy), project / "record")
    _add_uncited_source(project / "record")
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.r1claims]\ndata = "record"\nignore = ["R1C204"]\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(project / "sub" / "dir")  # found from the current directory upward
    run = cli("validate", "--strict")
    assert run.code == 0
    assert run.err.startswith(f"r1claims validate: {project / 'record'}: 6 claims")
    assert cli("claims").err == "r1claims claims: 6 of 6 claims\n"  # every command reads `data`
    (project / "pyproject.toml").write_text(
        '[tool.r1claims]\ndata = "record"\nmax-bytes = "1K"\n', encoding="utf-8"
    )
    run = cli("validate")
    assert run.code == 2
    assert "error[R1C003] file is " in run.out
    assert cli("validate", "--max-bytes", "0", "--strict", "--ignore", "R1C204").code == 0


def test_pyproject_mistakes_are_usage_errors(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.r1claims]\nignroe = []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cli("validate")
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        f"r1claims validate: {tmp_path / 'pyproject.toml'}: unknown key 'ignroe' in "
        "[tool.r1claims]; did you mean 'ignore'?\n"
    )
    (tmp_path / "pyproject.toml").write_text("[tool.r1claims\n", encoding="utf-8")
    run = cli("claims")
    assert run.code == 2
    assert run.err.startswith(f"r1claims: {tmp_path / 'pyproject.toml'}: cannot read")


def test_size_limit_is_an_option_with_a_hint(cli: Callable[..., Run], mini_copy: Path) -> None:
    run = cli("validate", str(mini_copy), "--max-bytes", "2K")
    size = (mini_copy / "claims.yaml").stat().st_size
    assert run.code == 2
    assert run.out.splitlines()[0] == (
        f"{mini_copy / 'claims.yaml'}:1:1: error[R1C003] file is {size:,} bytes, over the "
        "2,048-byte limit (hint: if the record is meant to be this large, raise the limit: "
        "--max-bytes 1M (max_bytes= in the library, max-bytes in [tool.r1claims]))"
    )
    assert cli("validate", str(mini_copy), "--max-bytes", "1M").code == 0
    with pytest.raises(SystemExit) as exc:  # argparse's usage error
        cli("validate", str(mini_copy), "--max-bytes", "lots")
    assert exc.value.code == 2


def test_python_dash_m() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "r1claims", "validate", "--data", str(MINI), "--strict"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (run.returncode, run.stdout) == (0, "")
    assert (
        run.stderr
        == f"r1claims validate: {MINI}: 6 claims, 3 entities, 2 relations, 4 sources: ok\n"
    )


#: git as on a machine with no configuration at all (no identity, no global hooks).
_BARE_GIT = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        env={**os.environ, **_BARE_GIT},
    )


def _hook_repository(tmp_path: Path) -> Path:
    """This project's source, committed in a scratch git repository: what pre-commit clones."""
    repo = tmp_path / "hooks"
    ignore = shutil.ignore_patterns("*.egg-info", "__pycache__")
    shutil.copytree(ROOT / "src", repo / "src", ignore=ignore)
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(ROOT / name, repo / name)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "hooks")
    return repo


def _pre_commit(tmp_path: Path, hook: str) -> subprocess.CompletedProcess[str]:
    """Run pre-commit on a sample repository whose staged record has one mistake.

    Offline: pip may use no index (``PIP_NO_INDEX``); the hook's environment finds
    r1claims' dependencies and setuptools on ``PYTHONPATH`` (this interpreter's
    site-packages) and builds r1claims without build isolation."""
    sample = tmp_path / "sample"
    shutil.copytree(MINI, sample / "data")
    _git(sample, "init", "-q")
    _git(sample, "add", "-A")
    _git(sample, "commit", "-q", "-m", "record")
    _break_citation(sample / "data")
    _git(sample, "add", "-A")
    env = {
        **os.environ,
        **_BARE_GIT,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "PIP_NO_INDEX": "1",
        "PIP_NO_BUILD_ISOLATION": "0",  # pip's spelling of "do not isolate the build"
        "PYTHONPATH": sysconfig.get_paths()["purelib"],
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    env.pop("R1CLAIMS_DATA", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(_hook_repository(tmp_path)), hook],
        cwd=sample,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.parametrize("hook", ["r1claims-validate", "r1claims-validate-system"])
def test_pre_commit_hook_runs_and_fails_on_a_mistake(tmp_path: Path, hook: str) -> None:
    pytest.importorskip("pre_commit")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    run = _pre_commit(tmp_path, hook)
    assert run.returncode == 1, run.stdout + run.stderr
    assert (
        "data/claims.yaml:125:17: error[R1C201] claim 'fleet-capex': source 'analyts' is not in "
        "sources.yaml "
        "(hint: did you mean 'analyst'?)\n"
        "r1claims validate: data: 6 claims, 3 entities, 2 relations, 4 sources: "
        "1 error(s), 0 warning(s)\n"
    ) in run.stdout


def test_hooks_are_the_same_check() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {h["id"]: h for h in hooks}
    assert set(by_id) == {"r1claims-validate", "r1claims-validate-system"}
    python, system = by_id["r1claims-validate"], by_id["r1claims-validate-system"]
    assert (python["language"], system["language"]) == ("python", "system")
    for key in ("entry", "files", "types", "require_serial"):
        assert python[key] == system[key]
    assert python["entry"] == "r1claims validate"


def test_the_documented_github_workflow_runs(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shlex

    workflow = yaml.safe_load((ROOT / "docs" / "ci" / "r1claims-validate.yml").read_text("utf-8"))
    runs = [step["run"] for step in workflow["jobs"]["validate"]["steps"] if "run" in step]
    command = next(r for r in runs if r.startswith("r1claims validate"))
    assert "--format github" in command
    shutil.copytree(MINI, tmp_path / "records")
    monkeypatch.chdir(tmp_path)
    assert cli(*shlex.split(command)[1:]).code == 0
    _break_citation(tmp_path / "records")
    run = cli(*shlex.split(command)[1:])
    assert run.code == 1
    assert run.out.startswith("::error file=records/claims.yaml,line=125,col=17,title=R1C201")


def test_library_validate_takes_ignore_and_max_bytes(mini_copy: Path) -> None:
    from r1claims.record.validation import validate

    _add_uncited_source(mini_copy)
    assert [d.code for d in validate(mini_copy).diagnostics] == ["R1C204"]
    assert validate(mini_copy, ignore={"R1C204"}).diagnostics == []
    assert {d.code for d in validate(mini_copy, max_bytes=1024).diagnostics} == {"R1C003"}


def test_a_record_over_20_mib_is_refused_by_default_and_read_with_the_option(
    cli: Callable[..., Run], mini_copy: Path
) -> None:
    path = mini_copy / "claims.yaml"
    with path.open("a", encoding="utf-8") as f:  # a comment makes it large, not different
        f.write("#" + "x" * (21 * 2**20) + "\n")
    run = cli("validate", str(mini_copy))
    assert run.code == 2
    assert run.out == (
        f"{path}:1:1: error[R1C003] file is {path.stat().st_size:,} bytes, over the "
        "20,971,520-byte limit (hint: if the record is meant to be this large, raise the "
        "limit: --max-bytes 22M (max_bytes= in the library, max-bytes in [tool.r1claims]))\n"
    )
    assert cli("validate", str(mini_copy), "--max-bytes", "22M", "--strict").code == 0
