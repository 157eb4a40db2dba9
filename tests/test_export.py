"""``r1claims export``: JSON, JSON Lines, CSV (formula cells neutralised), Markdown, ClaimReview."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import MINI, Run
from r1claims.record import ClaimSet, load
from r1claims.record.tabular import CLAIM_COLUMNS, SOURCE_COLUMNS
from r1claims.render.claimreview import VERDICT_NAMES, Maintainer, claim_reviews
from r1claims.render.export import FORMULA_STARTS, neutralise, record_json

CLI = Callable[..., Run]
DATA = ("--data", str(MINI))


def test_json_is_the_claimset_model_and_reads_back(cli: CLI) -> None:
    run = cli("export", *DATA)
    assert run.code == 0 and run.err == "r1claims export: 6 of 6 claims as json\n"
    assert run.out == record_json(load(MINI))
    assert ClaimSet.model_validate_json(run.out) == load(MINI)


def test_filters_select_and_a_typo_is_an_error(cli: CLI) -> None:
    run = cli("export", *DATA, "--kind", "cost", "--subject", "model-r1")
    assert [c.id for c in ClaimSet.model_validate_json(run.out)] == ["r1-rl-cost"]
    assert run.err == "r1claims export: 1 of 6 claims as json\n"
    run = cli("export", *DATA, "--kind", "costs")
    assert (run.code, run.out) == (2, "")
    assert run.err == "r1claims export: no kind 'costs'; did you mean 'cost'?\n"


def test_jsonl_is_one_claim_per_line(cli: CLI) -> None:
    run = cli("export", *DATA, "--format", "jsonl")
    lines = [json.loads(line) for line in run.out.splitlines()]
    assert [c["id"] for c in lines] == [c.id for c in load(MINI)]
    assert lines[2]["display"] == "$5.576M" and lines[2]["value"]["amount"] == 5576000


def test_csv_has_flat_columns(cli: CLI) -> None:
    rows = list(csv.reader(io.StringIO(cli("export", *DATA, "--format", "csv").out)))
    assert rows[0] == list(CLAIM_COLUMNS)
    row = dict(zip(rows[0], rows[3], strict=True))
    assert row["id"] == "v3-cost" and row["amount"] == "5576000.0" and row["unit"] == "USD"
    assert row["excludes"] == "prior research; ablations; hardware" and row["metric"] == ""


def test_markdown_is_a_table(cli: CLI) -> None:
    lines = cli("export", *DATA, "--format", "markdown").out.splitlines()
    assert lines[:4] == [
        "| Claim | Subject | Value | Covers | Status | Sources |",
        "|---|---|---|---|---|---|",
        "| `v3-gpu-hours` | Model-V3 | 2.788M GPU-hours | Model-V3's official final training run | established | v3-report |",
        "| `rental-price` | Model-V3 | $2/GPU-hour | the rental price assumed to value the run | established | v3-report |",
    ]


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "' =1"),  # the tab is cleaned to a space; the cell is still neutralised
        ("-17", "-17"),  # a plain number is left alone
        (-17.5, "-17.5"),
        ("a = b", "a = b"),
        (None, ""),
        (True, "true"),
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(cell: object, written: str) -> None:
    assert neutralise(cell) == written


def test_every_csv_output_neutralises_formulas(mini_copy: Path, cli: CLI) -> None:
    claims = mini_copy / "claims.yaml"
    claims.write_text(
        claims.read_text("utf-8").replace(
            "covers: the rental price assumed to value the run",
            'covers: \'=HYPERLINK("http://evil.example","click")\'',
        ),
        "utf-8",
    )
    sources = mini_copy / "sources.yaml"
    sources.write_text(
        sources.read_text("utf-8").replace("title: A blog post", "title: '@SUM(1+1)'"), "utf-8"
    )
    data = ("--data", str(mini_copy))
    for args, column in (
        (("export", "--format", "csv"), "covers"),
        (("claims", "--format", "csv"), "covers"),
    ):
        run = cli(*args, *data)
        rows = list(csv.DictReader(io.StringIO(run.out)))
        assert rows[1][column] == '\'=HYPERLINK("http://evil.example","click")', args
    run = cli("sources", "--format", "csv", *data)
    assert run.code == 0
    rows = list(csv.DictReader(io.StringIO(run.out)))
    assert list(rows[0]) == list(SOURCE_COLUMNS)
    assert rows[3]["title"] == "'@SUM(1+1)" and rows[0]["url"] == "https://arxiv.org/abs/2412.19437"


def test_output_file(tmp_path: Path, cli: CLI) -> None:
    target = tmp_path / "claims.jsonl"
    run = cli("export", *DATA, "--format", "jsonl", "-o", str(target))
    assert (run.code, run.out) == (0, "")
    assert len(target.read_text("utf-8").splitlines()) == 6
    run = cli("export", *DATA, "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert run.code == 2 and run.out == ""
    assert (
        run.err
        == f"r1claims export: cannot write {tmp_path}/no/such/dir.json: No such file or directory\n"
    )


# ClaimReview --------------------------------------------------------------------------------
def _with_blog_details(mini: Path) -> None:
    sources = mini / "sources.yaml"
    sources.write_text(
        sources.read_text("utf-8").replace(
            "title: A blog post\n    kind: blog",
            'title: A blog post\n    kind: blog\n    publisher: Example Blog\n    date: "2025-01-28"\n'
            "    date_precision: day\n    url: https://blog.example/r1-cost",
        ),
        "utf-8",
    )


def test_claimreview_needs_the_maintainer_and_the_review_page(
    cli: CLI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("R1CLAIMS_AUTHOR", "R1CLAIMS_REVIEW_URL", "R1CLAIMS_AUTHOR_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no pyproject.toml with a [tool.r1claims] table above
    run = cli("export", *DATA, "--format", "claimreview")
    assert (run.code, run.out) == (2, "")
    assert run.err == (
        "r1claims export: ClaimReview needs the record's maintainer (--author NAME, "
        "$R1CLAIMS_AUTHOR or [tool.r1claims] maintainer) and the URL of the page publishing "
        "the reviews (--review-url, $R1CLAIMS_REVIEW_URL or [tool.r1claims] review-url) "
        "(see docs/export.md)\n"
    )


def test_claimreview_settings_from_pyproject_options_win(
    cli: CLI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("R1CLAIMS_AUTHOR", "R1CLAIMS_REVIEW_URL", "R1CLAIMS_AUTHOR_URL"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "pyproject.toml").write_text(
        "[tool.r1claims]\n"
        'maintainer = "The Record Keepers"\n'
        'maintainer-url = "https://keepers.example"\n'
        'review-url = "https://keepers.example/r1#{claim}"\n',
        "utf-8",
    )
    monkeypatch.chdir(tmp_path)
    reviews = json.loads(cli("export", *DATA, "--format", "claimreview").out)
    assert reviews[0]["author"] == {
        "@type": "Person",
        "name": "The Record Keepers",
        "url": "https://keepers.example",
    }
    assert reviews[0]["url"] == "https://keepers.example/r1#v3-cost"
    monkeypatch.setenv("R1CLAIMS_AUTHOR", "From The Environment")
    args = ("--format", "claimreview", "--author-type", "Organization")
    reviews = json.loads(cli("export", *DATA, *args).out)
    assert reviews[0]["author"]["name"] == "From The Environment"
    reviews = json.loads(cli("export", *DATA, *args, "--author", "From The Option").out)
    assert reviews[0]["author"]["@type"] == "Organization"
    assert reviews[0]["author"]["name"] == "From The Option"
    (tmp_path / "pyproject.toml").write_text("[tool.r1claims]\nmaintainer = 3\n", "utf-8")
    run = cli("export", *DATA, *args)
    assert run.code == 2
    assert run.err.endswith("[tool.r1claims] maintainer must be a non-empty string\n")


def test_claimreview_one_review_per_coverage_citation(
    mini_copy: Path, cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_blog_details(mini_copy)
    monkeypatch.setenv("R1CLAIMS_AUTHOR", "A. Maintainer")
    monkeypatch.setenv("R1CLAIMS_REVIEW_URL", "https://factcheck.example/r1#{claim}-{source}")
    run = cli("export", "--data", str(mini_copy), "--format", "claimreview")
    assert run.code == 0
    reviews = json.loads(run.out)
    # the blog is the only source that is not primary; it is cited twice
    assert [r["url"] for r in reviews] == [
        "https://factcheck.example/r1#v3-cost-blog",
        "https://factcheck.example/r1#r1-rl-cost-blog",
    ]
    assert reviews[0] == {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://factcheck.example/r1#v3-cost-blog",
        "claimReviewed": "R1 was trained for $5.5 million",
        "itemReviewed": {
            "@type": "Claim",
            "appearance": {
                "@type": "CreativeWork",
                "headline": "A blog post",
                "url": "https://blog.example/r1-cost",
                "datePublished": "2025-01-28",
                "publisher": {"@type": "Organization", "name": "Example Blog"},
            },
            "datePublished": "2025-01-28",
            "author": {"@type": "Organization", "name": "Example Blog"},
        },
        "author": {"@type": "Person", "name": "A. Maintainer"},
        "reviewRating": {
            "@type": "Rating",
            "alternateName": "Misleading",
            "ratingExplanation": "Misleading (wrong subject, rounded). $5.576M is Model-V3's final "
            "training run, not R1's. The record v3-cost: $5.576M, Model-V3's official final "
            "training run (Model-V3).",
        },
    }


def test_claimreview_has_what_google_fact_check_markup_requires() -> None:
    """Google's ClaimReview documentation: required ``claimReviewed``, ``reviewRating`` (a
    Rating with ``alternateName``) and ``url``; recommended ``author`` (with a name) and
    ``itemReviewed`` (a Claim; its ``appearance`` and ``datePublished``)."""
    cs = load()
    reviews = claim_reviews(
        cs, Maintainer("A. Maintainer", "Organization"), "https://factcheck.example/r1"
    )
    coverage = [
        (c.id, cit.source) for c in cs for cit in c.citations if not cs.source(cit.source).primary
    ]
    assert len(reviews) == len(coverage) > 100
    for review, (_, source_id) in zip(reviews, coverage, strict=True):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert isinstance(review["claimReviewed"], str) and review["claimReviewed"].strip()
        assert review["url"] == "https://factcheck.example/r1"
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] in VERDICT_NAMES.values()
        assert rating["ratingExplanation"].startswith(rating["alternateName"])
        assert review["author"] == {"@type": "Organization", "name": "A. Maintainer"}
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["appearance"]["@type"] == "CreativeWork"
        # the appearance is the source article; nothing is invented when the record lacks it
        source = cs.source(source_id)
        assert item["appearance"].get("url") == source.url
        assert ("datePublished" in item["appearance"]) == (source.date is not None)
        assert item["appearance"]["headline"] == source.title


def test_maintainer_needs_a_name() -> None:
    with pytest.raises(ValueError, match="the maintainer's name is empty"):
        Maintainer("  ")


@given(st.one_of(st.text(), st.floats(allow_nan=False), st.integers(), st.none(), st.booleans()))
def test_no_csv_cell_starts_a_formula(value: object) -> None:
    cell = neutralise(value)
    stripped = cell.lstrip()
    if stripped.startswith(FORMULA_STARTS):
        float(cell)  # only a plain number may start with + or -
    assert "\x00" not in cell and "\x1b" not in cell
