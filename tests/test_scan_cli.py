"""`r1claims scan` through the real CLI: outputs, formats, exit codes, --resume, extras."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import r1claims
from conftest import Run
from r1claims.scanner import Row, read_rows, scan, summarise
from scan_corpus import documents, write_jsonl


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "corpus.jsonl")


def test_json_report_and_rows_are_the_library_s(cli: Callable[..., Run], corpus: Path) -> None:
    out = corpus.parent / "findings.jsonl"
    run = cli("scan", str(corpus), "-o", str(out), "--format", "json")
    cs = r1claims.load()
    results = list(scan(documents(), cs))
    paths = {f"doc-{i}": f"{corpus}:{i + 1}" for i in range(len(results))}
    results = [
        r.model_copy(update={"meta": r.meta.model_copy(update={"source": paths[r.meta.source]})})
        for r in results
    ]
    assert run.code == 1  # misleading figures
    assert json.loads(run.out) == json.loads(summarise(results, cs).model_dump_json())
    assert list(read_rows(str(out))) == [row for r in results for row in r.rows()]
    report = summarise(results, cs)
    figures = sum(report.findings.values())
    assert run.err == (
        f"r1claims scan: 30 documents (0 not checked), {figures} figures, {report.flagged} "
        "misleading or refuted, 6 copy clusters\n"
    )


def test_a_clean_corpus_exits_0(cli: Callable[..., Run], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("DeepSeek-R1 was released on 20 January 2025.", "utf-8")
    run = cli("scan", str(tmp_path), "--no-propagation")
    assert run.code == 0
    assert run.out.splitlines()[0] == (
        "1 documents, 1 checked, 0 not checked; findings: 1 supported, 0 misleading, "
        "0 refuted, 0 unverifiable"
    )


def test_resume_checks_only_the_documents_not_in_the_output(
    cli: Callable[..., Run], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full, part = corpus.parent / "full.jsonl", corpus.parent / "part.jsonl"
    assert cli("scan", str(corpus), "-o", str(full)).code == 1
    lines = full.read_text("utf-8").splitlines(keepends=True)
    tenth_doc = [i for i, line in enumerate(lines) if '"row":"document"' in line][9]
    # ten complete documents, then half a line of an interrupted write
    part.write_text("".join(lines[: tenth_doc + 1]) + lines[tenth_doc + 1][:40], "utf-8")
    from r1claims.scanner import worker

    checked = []
    real = worker.check

    def counting(text: str, *args: object, **kwargs: object) -> object:
        checked.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(worker, "check", counting)
    resumed = cli("scan", str(corpus), "-o", str(part), "--resume", "--format", "json")
    assert len(checked) == 20
    assert part.read_text("utf-8") == full.read_text("utf-8")
    assert resumed.out == cli("scan", str(corpus), "--format", "json").out


def test_parquet_output(cli: Callable[..., Run], corpus: Path) -> None:
    out = corpus.parent / "findings.parquet"
    cli("scan", str(corpus), "-o", str(out), "--no-propagation")
    rows = list(read_rows(str(out)))
    assert len(rows) == 157 and all(isinstance(r, Row) for r in rows)  # 20 documents, 137 findings
    assert [r.doc_id for r in rows if r.row == "document"] == [d["id"] for d in documents()]


def test_html_report_is_one_self_contained_page(cli: Callable[..., Run], tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script>"
    record = {
        "id": hostile,
        "outlet": hostile,
        "published": "2025-01-28",
        "text": "DeepSeek says it trained R1 for just $5.6 million.",
    }
    (tmp_path / "c.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    page = cli("scan", str(tmp_path / "c.jsonl"), "--format", "html").out
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert "<svg" in page and "2025-W05: 1 misleading" in page
    assert "<script" not in page and " src=" not in page and "href=" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_markdown_report(cli: Callable[..., Run], corpus: Path) -> None:
    md = cli("scan", str(corpus), "--format", "markdown", "--top", "1").out
    assert md.startswith("# Scan report\n")
    assert "## Most frequent misframings\n\n| record | verdict | reasons |" in md
    top = summarise(scan(documents(), r1claims.load()), top=1).misframings[0]
    reasons = ", ".join(top.reasons).replace("_", "\\_")
    row = f"| {top.claim_id} | {top.verdict} | {reasons} |"
    assert f"{row} {top.documents} | {top.origins} origins, {top.copies} copies |" in md


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["nowhere.jsonl"],
            "r1claims scan: nowhere.jsonl: no such file or directory; give files or directories\n",
        ),
        (["x", "--resume"], "r1claims scan: --resume needs -o FILE (the output to continue)\n"),
        (["x", "--scheduler", "tcp://h:8786"], "r1claims scan: --scheduler needs --engine dask\n"),
    ],
)
def test_usage_errors_exit_2(cli: Callable[..., Run], args: list[str], message: str) -> None:
    run = cli("scan", *args)
    assert (run.code, run.out, run.err) == (2, "", message)


def test_a_missing_extra_is_named_and_exits_2(
    cli: Callable[..., Run], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    run = cli("scan", str(corpus), "-o", str(corpus.parent / "x.parquet"))
    assert (run.code, run.err) == (
        2,
        "r1claims scan: Parquet output needs pyarrow, which is not installed: "
        "pip install 'r1claims[scale]'\n",
    )


def test_progress_only_on_a_terminal(
    cli: Callable[..., Run], corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "/s), " not in cli("scan", str(corpus), "--no-propagation").err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    err = cli("scan", str(corpus), "--no-propagation").err
    assert "30 documents (" in err and "/s), " in err and " findings, 0 errors" in err
