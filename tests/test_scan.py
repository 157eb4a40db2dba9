"""`r1claims.scan`: reading corpora, the rows written to -o, aggregation, propagation, engines."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
from pathlib import Path

import pytest

import r1claims
from r1claims.record.claimset import ClaimSet
from r1claims.scanner import (
    DocResult,
    MissingExtraError,
    Row,
    aggregate,
    propagate,
    read_rows,
    scan,
    scan_inputs,
    summarise,
)
from r1claims.scanner.output import open_sink
from scan_corpus import copy_pairs, documents

COST = "DeepSeek says it trained R1 for just $5.6 million. Analysts doubted it."
ROUT = "Nvidia lost nearly $600 billion in market value on January 27, 2025."


@pytest.fixture(scope="module")
def cs() -> ClaimSet:
    return r1claims.load()


@pytest.fixture(scope="module")
def corpus_results(cs: ClaimSet) -> list[DocResult]:
    return list(scan(documents(), cs))


def _rows(results: list[DocResult]) -> list[dict[str, object]]:
    return [row.model_dump(mode="json") for r in results for row in r.rows()]


def test_a_document_gives_finding_rows_then_its_document_row(cs: ClaimSet) -> None:
    doc = {"id": "a1", "text": COST, "outlet": "Wire", "published": "2025-01-28T09:00:00Z"}
    [result] = scan([doc], cs, propagation=False)
    meta = {
        "schema_version": 1,
        "doc_id": "a1",
        "source": "doc-0",
        "url": None,
        "title": None,
        "outlet": "Wire",
        "published": "2025-01-28",
    }
    blank = dict.fromkeys(Row.model_fields, None)
    finding = {
        **blank,
        **meta,
        "row": "finding",
        "start": 37,
        "end": 49,
        "text": "$5.6 million",
        "value": "5600000",
        "unit": "USD",
        "kind": "money",
        "verdict": "misleading",
        "reasons": ["wrong_subject", "rounded"],
        "claim_id": "v3-training-cost",
        "confidence": result.findings[0].confidence,
        "explanation": result.findings[0].explanation,
        "quote": "DeepSeek says it trained R1 for just $5.6 million.",
    }
    document = {**blank, **meta, "row": "document", "chars": len(COST), "findings": 1}
    assert _rows([result]) == [finding, document]


def test_bad_documents_are_listed_with_their_reason_and_the_run_goes_on(
    tmp_path: Path, cs: ClaimSet
) -> None:
    (tmp_path / "a-good.txt").write_text(COST, "utf-8")
    (tmp_path / "b-latin1.txt").write_bytes("Co\xfbt: 5 millions de dollars".encode("latin-1"))
    (tmp_path / "c-empty.md").write_text("  \n", "utf-8")
    (tmp_path / "d-big.txt").write_text("x" * 5000, "utf-8")
    (tmp_path / "e-no-article.html").write_text("<html><body></body></html>", "utf-8")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    lines = [json.dumps({"id": "j1", "text": ROUT}), "{not json", json.dumps({"id": "j3"}), "[1]"]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    results = list(
        scan_inputs([tmp_path, tmp_path / "feed.jsonl"], cs, max_bytes=4000, propagation=False)
    )
    got = [(r.meta.id, r.problem.reason if r.problem else len(r.findings)) for r in results]
    feed = str(tmp_path / "feed.jsonl")
    assert [(Path(i).name if i.startswith(str(tmp_path)) else i, p) for i, p in got] == [
        ("a-good.txt", 1),
        ("b-latin1.txt", "undecodable"),
        ("c-empty.md", "empty"),
        ("d-big.txt", "too_large"),
        ("e-no-article.html", "unparseable_html"),
        ("j1", 2),
        ("feed.jsonl:2", "bad_json"),
        ("j3", "no_text"),
        ("feed.jsonl:4", "bad_json"),
    ]
    assert results[1].problem is not None
    assert results[1].problem.message == "byte 0xfb at 2: not UTF-8"
    assert results[7].meta.source == f"{feed}:3"
    report = summarise(results, cs, propagation=False)
    assert (report.documents, report.checked, report.bad_count) == (9, 2, 7)
    assert [b.reason for b in report.bad] == [
        "undecodable",
        "empty",
        "too_large",
        "unparseable_html",
        "bad_json",
        "no_text",
        "bad_json",
    ]


ARTICLE_HTML = """<!DOCTYPE html><html><head><title>Chip stocks slide</title>
<meta property="article:published_time" content="2025-01-27T18:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/deals">Deals: 70% off, only $9.99</a></nav>
<article><h1>Chip stocks slide</h1>
<p>Nvidia lost nearly $600 billion in market value on January 27, 2025, as traders weighed
what a cheap Chinese model means for demand, and analysts rushed to cut their targets.</p>
<p>The company's shares closed 17% lower, the steepest fall since the pandemic crash, and the
selling spread to other chip designers across the whole of the afternoon session.</p>
</article>
<footer>Related: DeepSeek trained R1 for $5.6 million. Copyright 2025.</footer>
</body></html>"""


def test_html_is_read_through_main_text_extraction_with_its_metadata(
    tmp_path: Path, cs: ClaimSet
) -> None:
    (tmp_path / "page.html").write_text(ARTICLE_HTML, "utf-8")
    [result] = scan_inputs([tmp_path], cs, propagation=False)
    assert (result.meta.title, result.meta.published) == ("Chip stocks slide", dt.date(2025, 1, 27))
    texts = [f.text for f in result.findings]
    assert "$600 billion" in texts and "17%" in texts
    assert "$9.99" not in texts and "$5.6 million" not in texts  # navigation, footer


def test_jsonl_reads_news_please_field_names(tmp_path: Path, cs: ClaimSet) -> None:
    record = {
        "maintext": ROUT,
        "title": "Rout",
        "url": "https://news.example.org/rout",
        "source_domain": "news.example.org",
        "date_publish": "2025-01-27 20:11:00",
    }
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    [result] = scan_inputs([path], cs, propagation=False)
    assert result.meta.model_dump() == {
        "id": f"{path}:1",
        "source": f"{path}:1",
        "url": "https://news.example.org/rout",
        "title": "Rout",
        "outlet": "news.example.org",
        "published": dt.date(2025, 1, 27),
    }


def _warc_record(uri: str, ctype: str, body: str) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n{body}".encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-01T00:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000000>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def test_warc_html_responses_are_documents(tmp_path: Path, cs: ClaimSet) -> None:
    path = tmp_path / "crawl.warc"
    image = _warc_record("https://news.example.org/a.png", "image/png", "PNG")
    page = _warc_record("https://news.example.org/a", "text/html; charset=utf-8", ARTICLE_HTML)
    path.write_bytes(image + page)
    [result] = scan_inputs([path], cs, propagation=False)
    assert result.meta.id == f"{path}@{len(image)}"
    assert (result.meta.url, result.meta.published) == (
        "https://news.example.org/a",
        dt.date(2025, 1, 27),  # the page's date, not the crawl's
    )
    assert "$600 billion" in [f.text for f in result.findings]


def test_aggregate_per_record_misframing_outlet_and_week(cs: ClaimSet) -> None:
    docs = [
        {"id": "d1", "text": COST, "outlet": "A", "published": "2025-01-27"},
        {"id": "d2", "text": COST + " " + COST, "outlet": "B", "published": "2025-02-04"},
        {
            "id": "d3",
            "text": "DeepSeek-V3 cost $5.576 million to train.",
            "url": "https://www.c.example/x",
        },
    ]
    report = aggregate((row for r in scan(docs, cs, propagation=False) for row in r.rows()), cs)
    [record] = report.records
    assert record.model_dump() == {
        "claim_id": "v3-training-cost",
        "display": "$5.576M",
        "documents": 3,
        "supported": 1,
        "misleading": 2,
        "refuted": 0,
    }
    [misframing] = report.misframings
    assert (misframing.documents, misframing.example_doc, misframing.origins) == (2, "d1", None)
    assert misframing.example == "DeepSeek says it trained R1 for just $5.6 million."
    assert [(o.outlet, o.documents, o.misleading) for o in report.outlets] == [
        ("A", 1, 1),
        ("B", 1, 2),
        ("c.example", 1, 0),
    ]
    [timeline] = report.timelines
    weeks = [(w.week, w.supported, w.misleading) for w in timeline.weeks]
    assert (weeks, timeline.undated) == ([("2025-W05", 0, 1), ("2025-W06", 0, 1)], 1)


def _predicted_pairs(results: list[DocResult]) -> set[tuple[str, str]]:
    prop = propagate(results)
    out = set()
    for c in prop.clusters:
        out |= {(min(a, b), max(a, b)) for a, b in itertools.combinations([c.origin, *c.copies], 2)}
    return out


def test_propagation_finds_planted_copies_not_independent_reports(
    corpus_results: list[DocResult],
) -> None:
    predicted, truth = _predicted_pairs(corpus_results), copy_pairs()
    precision = len(predicted & truth) / len(predicted)
    recall = len(predicted & truth) / len(truth)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)


def test_the_earliest_dated_document_is_the_likely_origin(
    corpus_results: list[DocResult],
) -> None:
    clusters = {c.origin: c for c in propagate(corpus_results).clusters}
    # this family is read copies first: the origin is found by its date
    fleet = clusters["fleet-estimate"]
    assert (fleet.published, sorted(fleet.copies)) == (
        dt.date(2025, 1, 31),
        ["fleet-estimate-boilerplate", "fleet-estimate-paraphrased", "fleet-estimate-truncated"],
    )
    assert not any(c.startswith("indie") for c in clusters)


def test_misframings_count_independent_origins_and_copies(
    corpus_results: list[DocResult], cs: ClaimSet
) -> None:
    report = summarise(corpus_results, cs)
    cost = next(
        m
        for m in report.misframings
        if m.claim_id == "v3-training-cost" and m.reasons == ["rounded", "wrong_subject"]
    )
    # the wire story and its three copies; no independent report misframes it this way
    assert (cost.documents, cost.origins, cost.copies, cost.example_doc) == (4, 1, 3, "wire-cost")


def test_jsonl_and_parquet_outputs_hold_the_same_rows(tmp_path: Path, cs: ClaimSet) -> None:
    results = list(scan(documents()[:6], cs, propagation=False))
    for name in ("out.jsonl", "out.parquet"):
        sink = open_sink(str(tmp_path / name), resume=False)
        for r in results:
            sink.write(r.rows())
        sink.close()
    expected = [row for r in results for row in r.rows()]
    assert list(read_rows(str(tmp_path / "out.jsonl"))) == expected
    assert list(read_rows(str(tmp_path / "out.parquet"))) == expected


def test_process_workers_give_the_serial_results(cs: ClaimSet) -> None:
    docs = documents()[:10]
    assert list(scan(docs, cs, jobs=2)) == list(scan(docs, cs))


def test_dask_on_a_two_worker_local_cluster_gives_the_serial_results(
    tmp_path: Path, cs: ClaimSet
) -> None:
    """Thread workers (processes=False): process workers take seconds each to start in CI;
    the per-partition function and the scattered record are the same either way."""
    from distributed import LocalCluster

    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in documents()[:12]), "utf-8")
    serial = list(scan_inputs([path], cs))
    with LocalCluster(n_workers=2, processes=False, dashboard_address=":0") as cluster:
        assert len(cluster.workers) == 2
        found = list(scan_inputs([path], cs, engine="dask", scheduler=cluster.scheduler_address))
    assert found == serial


@pytest.mark.parametrize("module", ["datasketch", "pyarrow", "distributed", "dask.bag", "warcio"])
def test_a_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch, module: str) -> None:
    from r1claims.scanner.extras import require

    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    with pytest.raises(MissingExtraError, match=r"pip install 'r1claims\[scale\]'"):
        require(module)


def test_scan_without_datasketch_says_which_extra(
    monkeypatch: pytest.MonkeyPatch, cs: ClaimSet
) -> None:
    monkeypatch.setitem(sys.modules, "datasketch", None)
    with pytest.raises(MissingExtraError) as exc:
        list(scan([COST], cs))
    assert str(exc.value) == (
        "propagation (near-duplicate passages) needs datasketch, which is not installed: "
        "pip install 'r1claims[scale]'"
    )
    assert len(list(scan([COST], cs, propagation=False))) == 1


def test_report_tables_as_dataframes(corpus_results: list[DocResult], cs: ClaimSet) -> None:
    pytest.importorskip("pandas")
    frames = summarise(corpus_results, cs).dataframes()
    assert list(frames["records"].columns) == [
        "claim_id",
        "display",
        "documents",
        "supported",
        "misleading",
        "refuted",
    ]
    assert len(frames["records"]) == len(summarise(corpus_results, cs).records)


def test_report_displays_in_notebooks_and_consoles(
    corpus_results: list[DocResult], cs: ClaimSet
) -> None:
    """A notebook shows the report's tables (with headers, escaped, no page around them); a
    rich console shows one table per section; the repr is one short line."""
    import io

    from rich.console import Console

    report = summarise(corpus_results, cs)
    assert repr(report) == (
        f"ScanReport({report.documents} documents, {sum(report.findings.values())} figures, "
        f"{report.flagged} misleading or refuted)"
    )
    html = report._repr_html_()
    assert html.startswith('<div class="r1claims-scan"><h1>Scan report</h1>')
    assert "<th" in html and "<!DOCTYPE" not in html and "<style>" not in html
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(report)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert text.startswith(f"{report.documents} documents, {report.checked} checked")
    assert "Records cited (documents, by verdict)" in text


def test_docs_list_every_row_field_and_reason() -> None:
    import typing

    from r1claims.scanner.report import Reason

    text = (Path(__file__).parents[1] / "docs" / "scan.md").read_text("utf-8")
    assert [f for f in Row.model_fields if f"| `{f}` |" not in text] == []
    assert [r for r in typing.get_args(Reason) if f"| `{r}` |" not in text] == []


def test_the_banding_is_the_one_datasketch_chooses() -> None:
    import datasketch

    from r1claims.scanner.passages import NUM_PERM
    from r1claims.scanner.propagation import BANDS, LSH_THRESHOLD, ROWS

    lsh = datasketch.MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
