"""Notebook objects: filtered sets, short reprs, compact and cut displays, rows and DataFrames."""

from __future__ import annotations

import functools
import io
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rich.console import Console

import r1claims
from conftest import MINI
from r1claims.errors import R1ClaimsError
from r1claims.record import ClaimSet, load
from r1claims.record.tabular import CLAIM_COLUMNS, claim_row
from r1claims.render import notebook

CODE = '<code style="white-space:nowrap">'
ROW_ID = f"<tr><td>{CODE}copy-"


def _plain(renderable: object, width: int = 200) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=False, no_color=True)
    console.print(renderable)
    return console.file.getvalue()  # type: ignore[attr-defined]


def _many(n: int) -> ClaimSet:
    """The mini record with its v3-cost claim copied ``n`` times under new ids."""
    cs = load(MINI)
    base = cs.claim("v3-cost")
    copies = [base.model_copy(update={"id": f"copy-{i:03d}"}) for i in range(n)]
    return ClaimSet(entities=cs.entities, sources=cs.sources, claims=copies)


# filter -------------------------------------------------------------------------------------
def test_filter_gives_a_claimset_that_reconcile_and_check_accept() -> None:
    cs = load(MINI)
    costs = cs.filter(kind="cost", family="lab")
    assert isinstance(costs, ClaimSet)
    assert [c.id for c in costs] == ["v3-cost", "v3-pretraining-cost", "r1-rl-cost", "fleet-capex"]
    # entities and sources are kept; a relation is kept only when all its claims are
    assert costs.entity_name("model-v3") == "Model-V3" and costs.has_source("blog")
    assert [r.id for r in costs.relations] == ["pretraining-in-v3"]
    assert [g.id for g in r1claims.reconcile(costs).groups] == ["cost/lab"]
    assert [
        f.claim.id for f in r1claims.check("Model-V3 cost $5.576M.", costs).findings if f.claim
    ] == ["v3-cost"]
    # file positions survive filtering
    assert costs.locate("claim", "v3-cost")[1:] == cs.locate("claim", "v3-cost")[1:]


def test_filter_chains_and_can_be_empty() -> None:
    cs = load(MINI)
    assert len(cs.filter(kind="cost").filter(subject="model-r1")) == 1
    assert (
        repr(cs.filter(kind="no-such-kind"))
        == "ClaimSet(0 claims, 4 sources, 3 entities, 0 relations)"
    )


# short reprs --------------------------------------------------------------------------------
def test_reprs_are_one_short_line() -> None:
    cs = load(MINI)
    checked = r1claims.check("Model-R1 was trained for $5.5 million.", cs)
    report = r1claims.reconcile(cs)
    assert (
        repr(cs.claim("v3-cost"))
        == "Claim('v3-cost', cost, model-v3, '$5.576M', established, 2 citations)"
    )
    assert (
        repr(cs.claim("fleet-capex"))
        == "Claim('fleet-capex', cost, lab, '~$1.6B', estimate, 1 citation)"
    )
    assert (
        repr(cs.source("v3-report"))
        == "Source('v3-report', technical_report, 'DeepSeek-AI', 2024-12-26)"
    )
    assert repr(cs.source("blog")) == "Source('blog', blog)"
    assert (
        repr(checked)
        == "CheckReport(1 figure: 0 supported, 1 misleading, 0 refuted, 0 unverifiable)"
    )
    assert repr(checked.findings[0]) == "Finding(25-37 '$5.5 million' misleading -> v3-cost)"
    assert repr(r1claims.validate(MINI)).endswith("mini', 0 errors, 0 warnings)")
    assert repr(report).startswith(f"ConflictReport({len(report.groups)} groups, ")
    assert repr(report.groups[0]).startswith(f"Group({report.groups[0].id!r}, ")
    for obj in (cs, cs.claim("v3-cost"), checked, checked.findings[0], report, report.groups[0]):
        assert str(obj) == repr(obj) and len(repr(obj)) < 120


# display ------------------------------------------------------------------------------------
def test_every_notebook_object_displays_as_html_and_rich() -> None:
    cs = load(MINI)
    checked = r1claims.check("Model-R1 was trained for $5.5 million.", cs)
    objects = [cs, cs.claim("v3-cost"), cs.source("v3-report"), checked, checked.findings[0]]
    objects += [r1claims.validate(MINI), r1claims.reconcile(cs)]
    for obj in objects:
        html = obj._repr_html_()  # type: ignore[attr-defined]
        assert html.startswith("<") and len(html) < 20_000, type(obj)
        assert _plain(obj).strip(), type(obj)


def test_claim_display_shows_value_scope_and_citations() -> None:
    claim = load(MINI).claim("v3-cost")
    text = _plain(claim, width=120)
    assert "│ value     │ $5.576M" in text
    assert "│ excludes  │ prior research; ablations; hardware" in text
    assert (
        "│ blog      │ misleading (wrong_subject, rounded) │ R1 was trained for $5.5 million"
        in text
    )
    html = claim._repr_html_()
    assert (
        '<th style="text-align:left">covers</th><td style="text-align:left">Model-V3&#x27;s official final training run</td>'
        in html
    )
    assert ">misleading</span> (wrong_subject, rounded)</td>" in html


def test_long_tables_are_cut_with_how_many_more() -> None:
    cs = _many(131)
    html = cs._repr_html_()
    assert html.count(ROW_ID) == notebook.MIN_ROWS
    assert f"{CODE}copy-004</code>" in html and f"{CODE}copy-005</code>" not in html
    assert f"{CODE}copy-126</code>" in html and f"{CODE}copy-125</code>" not in html
    assert '<td colspan="6" style="text-align:center">… 121 more claims …</td>' in html
    assert "<p><small>131 claims, 10 shown</small></p>" in html
    text = _plain(cs)
    assert text.count("copy-") == notebook.MIN_ROWS
    assert "131 claims (121 more not shown)" in text
    # at the limit nothing is cut
    assert _many(notebook.MAX_ROWS)._repr_html_().count(ROW_ID) == notebook.MAX_ROWS


def test_long_cells_are_cut() -> None:
    assert notebook.cut("x" * 500) == "x" * (notebook.MAX_CELL - 1) + "…"
    assert notebook.cut("short") == "short"


def _hostile(mini: Path) -> None:
    path = mini / "claims.yaml"
    text = path.read_text("utf-8").replace(
        'quote: "R1 was trained for $5.5 million"',
        'quote: "<script>alert(1)</script> [bold red]R1[/] \\e[2J \\u202e $5.5 million"',
    )
    path.write_text(text, "utf-8")
    sources = mini / "sources.yaml"
    text = sources.read_text("utf-8")
    sources.write_text(
        text.replace("title: A blog post", 'title: "<img src=x> [link=x]b[/link]"'), "utf-8"
    )


def test_displays_escape_and_neutralise_data(mini_copy: Path) -> None:
    _hostile(mini_copy)
    cs = load(mini_copy)
    for obj in (cs.claim("v3-cost"), cs.source("blog")):
        html = obj._repr_html_()
        assert (
            "<script>" not in html
            and "<img" not in html
            and "\x1b" not in html
            and "\u202e" not in html
        )
        coloured = Console(file=io.StringIO(), width=200, force_terminal=True)
        coloured.print(obj)
        out = coloured.file.getvalue()  # type: ignore[attr-defined]
        assert "\x1b[2J" not in out and "\u202e" not in out
    assert "[bold red]R1[/]" in _plain(cs.claim("v3-cost"))
    assert "[link=x]b[/link]" in _plain(cs.source("blog"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in cs.claim("v3-cost")._repr_html_()


def test_validation_report_displays_its_diagnostics(mini_copy: Path) -> None:
    path = mini_copy / "claims.yaml"
    path.write_text(
        path.read_text("utf-8").replace("source: nature-paper", "source: nature-papr"), "utf-8"
    )
    report = r1claims.validate(mini_copy)
    assert repr(report).endswith("mini', 1 error, 0 warnings)")
    text = _plain(report)
    assert (
        "1 error(s), 0 warning(s)" in text
        and "│ R1C201 │ claim 'r1-rl-cost': source 'nature-papr' is not in sources.yaml" in text
    )
    assert f"{CODE}R1C201</code>" in report._repr_html_()
    assert [(r["code"], r["level"], r["line"], r["rule"]) for r in report.to_records()] == [
        ("R1C201", "error", 100, "unknown-source"),
    ]


# rows and DataFrames ------------------------------------------------------------------------
def test_claim_rows_are_flat() -> None:
    rows = load(MINI).to_records()
    assert list(rows[0]) == list(CLAIM_COLUMNS)
    row = next(r for r in rows if r["id"] == "v3-cost")
    assert {k: row[k] for k in ("amount", "unit", "precision", "qualifier", "covers", "phase")} == {
        "amount": 5576000.0,
        "unit": "USD",
        "precision": 1000.0,
        "qualifier": "exact",
        "covers": "Model-V3's official final training run",
        "phase": "full_training_run",
    }
    assert row["excludes"] == "prior research; ablations; hardware"
    assert row["sources"] == "v3-report; blog" and row["citations"] == 2
    assert all(not isinstance(v, (list, dict)) for r in rows for v in r.values())
    # a source cited twice is listed once; `citations` counts both
    claim = load(MINI).claim("v3-cost")
    twice = claim.model_copy(update={"citations": [*claim.citations, claim.citations[0]]})
    assert (claim_row(twice)["sources"], claim_row(twice)["citations"]) == ("v3-report; blog", 3)


def test_to_dataframe_one_row_per_claim_and_per_finding() -> None:
    pytest.importorskip("pandas")
    cs = load(MINI)
    df = cs.to_dataframe()
    assert df.shape == (6, len(CLAIM_COLUMNS))
    assert df.set_index("id").loc["r1-rl-cost", "phase"] == "rl_training"
    assert list(cs.to_dataframe("sources")["id"]) == [
        "v3-report",
        "nature-paper",
        "analyst",
        "blog",
    ]
    checked = r1claims.check("Model-R1 was trained for $5.5 million. It ran 2,788K GPU-hours.", cs)
    findings = checked.to_dataframe()
    assert list(findings["verdict"]) == [f.verdict for f in checked.findings]
    assert list(findings["claim"]) == ["v3-cost", "v3-gpu-hours"]
    assert findings.loc[0, "reasons"] == "wrong_subject; rounded"
    members = r1claims.reconcile(cs).to_dataframe()
    assert set(members["claim_id"]) == {c.id for c in cs}
    empty = cs.filter(kind="nothing").to_dataframe()
    assert empty.shape == (0, len(CLAIM_COLUMNS))


def test_to_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    cs = load(MINI)
    for call in (cs.to_dataframe, r1claims.check("$5.5 million", cs).to_dataframe):
        with pytest.raises(
            r1claims.MissingExtraError, match=r"pip install 'r1claims\[pandas\]'"
        ) as info:
            call()
        assert isinstance(info.value, ImportError) and isinstance(info.value, R1ClaimsError)
        assert isinstance(info.value.__cause__, ImportError)


@functools.cache
def _mini() -> ClaimSet:
    return load(MINI)


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_any_text_displays_escaped(text: str) -> None:
    assume(notebook.cut(text))  # text that cleans to nothing leaves its row out
    claim = _mini().claim("v3-cost")
    hostile = claim.model_copy(
        update={"label": text, "scope": claim.scope.model_copy(update={"covers": text})}
    )
    html = hostile._repr_html_()
    data_tags = html.count("<") - claim._repr_html_().count("<")
    assert data_tags == 0  # the data added no '<' of its own: every one is escaped
    assert "\x1b" not in _plain(hostile) and "\x00" not in html
