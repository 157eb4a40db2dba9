"""`check` and `r1claims check`: verdicts, offsets, formats, inputs, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import r1claims
from conftest import MINI, Run, judged
from r1claims.checker.calibration import CALIBRATION
from r1claims.checker.inputs import mask_html, read_input
from r1claims.checker.run import check
from r1claims.errors import InputError
from r1claims.record import load
from r1claims.render.findings import render_markdown, render_text

TEXT = (
    "Everyone says Model-R1 cost $5.5 million to train. The entire project cost $294,000. "
    "Model-R1's RL stage cost $9 million. OpenAI raised $40 billion."
)

EXPECTED_TEXT = """\
28-40\t$5.5 million\tmisleading (wrong_subject, rounded)\tv3-cost\tRight figure, wrong framing: \
the text gives it to Model-R1. The record v3-cost: $5.576M, Model-V3's official final training \
run.
75-83\t$294,000\tmisleading (wrong_scope)\tr1-rl-cost\t$294K covers only the RL stages on top of \
Model-V3. (record r1-rl-cost: $294K, the RL stages that turned Model-V3-Base into Model-R1)
110-120\t$9 million\trefuted (contradicted)\tr1-rl-cost\tThe record contradicts it: record \
r1-rl-cost: $294K, the RL stages that turned Model-V3-Base into Model-R1.
136-147\t$40 billion\tunverifiable\t-\tNo record matches this figure and its context closely \
enough to judge it.
"""


def test_verdicts_on_the_mini_record() -> None:
    report = check(TEXT, load(MINI))
    assert [(f.text, f.verdict, f.claim.id if f.claim else None) for f in report.findings] == [
        ("$5.5 million", "misleading", "v3-cost"),
        ("$294,000", "misleading", "r1-rl-cost"),
        ("$9 million", "refuted", "r1-rl-cost"),
        ("$40 billion", "unverifiable", None),
    ]
    for f in report.findings:
        assert TEXT[f.start : f.end] == f.text
    assert [f.verdict for f in report.flagged] == ["misleading", "misleading", "refuted"]
    assert report.counts() == {"supported": 0, "misleading": 2, "refuted": 1, "unverifiable": 1}


def test_text_rendering_exactly() -> None:
    assert render_text(check(TEXT, load(MINI))) == EXPECTED_TEXT


def test_markdown_escapes_and_lists_every_figure() -> None:
    out = render_markdown(check(TEXT, load(MINI)))
    lines = out.splitlines()
    assert lines[0] == "| Figure | Verdict | Record | Why |"
    assert lines[2].startswith(
        "| $5.5 million | misleading (wrong\\_subject, rounded) | `v3-cost` |"
    )
    assert len(lines) == 6


def test_cli_text_json_and_exit_codes(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    run = cli("check", "--data", str(MINI), str(article))
    assert (run.code, run.out) == (1, EXPECTED_TEXT)
    assert run.err == (
        f"r1claims check: {article}: 4 figures: 0 supported, 2 misleading, 1 refuted, "
        "1 unverifiable\n"
    )
    run = cli("check", "--data", str(MINI), "--format", "json", str(article))
    assert json.loads(run.out) == {
        "schema_version": 2,
        "files": [{"path": str(article), **check(TEXT, load(MINI)).model_dump(mode="json")}],
    }
    assert list(json.loads(run.out)["files"][0]) == ["path", "findings"]
    clean = tmp_path / "b.txt"
    clean.write_text("Model-V3's final training run cost $5.576 million.", encoding="utf-8")
    run = cli("check", "--data", str(MINI), str(clean))
    assert run.code == 0
    assert (
        run.err
        == f"r1claims check: {clean}: 1 figure: 1 supported, 0 misleading, 0 refuted, 0 unverifiable\n"
    )
    assert run.out.split("\t")[2] == "supported"


def test_json_schema_of_a_finding() -> None:
    finding = check(TEXT, load(MINI)).model_dump(mode="json")["findings"][0]
    assert finding == {
        "start": 28,
        "end": 40,
        "text": "$5.5 million",
        "value": 5500000.0,
        "unit": "USD",
        "kind": "money",
        "verdict": "misleading",
        "reasons": ["wrong_subject", "rounded"],
        "explanation": "Right figure, wrong framing: the text gives it to Model-R1. The record "
        "v3-cost: $5.576M, Model-V3's official final training run.",
        "claim": {
            "id": "v3-cost",
            "value": 5576000.0,
            "unit": "USD",
            "display": "$5.576M",
            "subject": "model-v3",
            "kind": "cost",
            "covers": "Model-V3's official final training run",
            "status": "established",
            "quote": "$5.576M",
            "sources": [
                {
                    "id": "v3-report",
                    "title": "DeepSeek-V3 Technical Report",
                    "url": "https://arxiv.org/abs/2412.19437",
                },
                {"id": "blog", "title": "A blog post", "url": None},
            ],
        },
        "confidence": CALIBRATION["misleading/family"],
        "basis": "misleading/family",
    }


def test_dates_carry_iso_values_in_the_finding_and_the_claim() -> None:
    report = r1claims.check("DeepSeek released R1 on January 20, 2025, and V3 in December 2024.")
    dates = [(f.text, f.value, f.claim.value if f.claim else None) for f in report.findings]
    assert dates == [
        ("January 20, 2025", "2025-01-20", "2025-01-20"),
        ("December 2024", "2024-12", "2024-12-26"),
    ]


def test_min_confidence_reports_weak_verdicts_as_unverifiable(cli: Callable[..., Run]) -> None:
    report = check(TEXT, load(MINI))
    weakest = min(f.confidence for f in report.flagged)
    strict = check(TEXT, load(MINI), min_confidence=weakest + 0.001)
    lowered = [f for f in strict.findings if f.reasons == ["low_confidence"]]
    assert lowered and all(f.verdict == "unverifiable" for f in lowered)
    assert all(f.explanation.startswith("Not judged: confidence ") for f in lowered)
    with pytest.raises(SystemExit) as exit_info:  # argparse's usage error
        cli("check", "--data", str(MINI), "--min-confidence", "1.5", "-")
    assert exit_info.value.code == 2


def test_stdin(cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8"))))
    run = cli("check", "--data", str(MINI), "-")
    assert run.out == EXPECTED_TEXT


def test_html_is_blanked_without_moving_offsets() -> None:
    html = (
        "<p>Model R1 was trained for <b>$5.5&nbsp;million</b>.</p><script>x='$9 million'</script>"
    )
    masked = mask_html(html)
    assert len(masked) == len(html)
    assert "<" not in masked and "$9 million" not in masked
    report = check(html, load(MINI))
    assert [(f.text, f.verdict) for f in report.findings] == [("$5.5&nbsp;million", "misleading")]
    finding = report.findings[0]
    assert html[finding.start : finding.end] == finding.text


def test_unreadable_inputs(cli: Callable[..., Run], tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"R1 cost \xa35 million\n")
    run = cli("check", "--data", str(MINI), str(bad))
    assert run.code == 2
    assert run.err == (
        f"r1claims check: {bad}:1: byte 0xa3 at offset 8 is not UTF-8; convert the file to UTF-8 "
        "(for example: iconv -f windows-1252 -t utf-8)\n"
    )
    run = cli("check", "--data", str(MINI), str(tmp_path / "missing.txt"))
    assert run.code == 2
    assert "cannot read: No such file or directory" in run.err
    run = cli("check", "--data", str(MINI), str(tmp_path))
    assert (run.code, run.err) == (2, f"r1claims check: {tmp_path}: is a directory; give a file\n")
    with pytest.raises(InputError):
        read_input(str(bad), io.BytesIO())


@pytest.mark.parametrize(
    "hostile",
    [
        "7" * 100_000,
        "$" * 50_000,
        "ab1$" * 50_000,
        "\x1b[31m$5.5 million\x1b[0m [red]x[/red]",
        "\u202e$294,000\u202c",
        "1," * 30_000,
    ],
)
def test_hostile_input_never_raises(hostile: str) -> None:
    report = check(hostile, load(MINI))
    for f in report.findings:
        assert hostile[f.start : f.end] == f.text
    assert "\x1b" not in render_text(report)
    assert "\u202e" not in render_text(report)


def test_bundled_record_by_default() -> None:
    report = r1claims.check("DeepSeek-R1 was released on January 20, 2025.")
    assert [(f.text, f.verdict, f.claim.id if f.claim else None) for f in report.findings] == [
        ("January 20, 2025", "supported", "r1-release-date")
    ]


def test_real_subprocess_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    proc = subprocess.run(
        [sys.executable, "-m", "r1claims", "check", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_several_files(cli: Callable[..., Run], tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Model-R1 cost $5.5 million.", encoding="utf-8")
    second.write_text("OpenAI raised $40 billion.", encoding="utf-8")
    run = cli("check", "--data", str(MINI), str(first), str(second))
    assert [line.split("\t")[0] for line in run.out.splitlines()] == [
        f"{first}:14-26",
        f"{second}:14-25",
    ]
    payload = json.loads(
        cli("check", "--data", str(MINI), "--format", "json", str(first), str(second)).out
    )
    assert [(f["path"], len(f["findings"])) for f in payload["files"]] == [
        (str(first), 1),
        (str(second), 1),
    ]
    run = cli("check", "--data", str(MINI), str(first), str(tmp_path / "missing.txt"))
    assert (run.code, run.out) == (2, "")


def test_internal_error_is_one_line_and_exit_3(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The CLI's last resort: a bug gives one line naming it and exit 3, never a traceback."""
    from r1claims.checker import run

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(run, "check", broken)
    article = tmp_path / "a.txt"
    article.write_text("R1 cost $294,000.", "utf-8")
    result = cli("check", str(article))
    assert (result.code, result.out) == (3, "")
    assert result.err == (
        "r1claims: internal error (ZeroDivisionError: division by zero). This is a bug in "
        "r1claims, not in your input: please report it with the command and the input; "
        "R1CLAIMS_DEBUG=1 shows the traceback.\n"
    )


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The Nature paper puts R1's training cost at about $29.4 million.", "r1-training-cost"),
        ("DeepSeek-V3 cost $55.76 million to train.", "v3-training-cost"),
    ],
)
def test_a_slipped_decimal_point_is_refuted(text: str, claim: str) -> None:
    """The record's digits at another power of ten, for a subject the sentence names."""
    [finding] = r1claims.check(text).findings
    assert (finding.verdict, finding.claim.id if finding.claim else None) == ("refuted", claim)
    assert finding.explanation.startswith("Wrong order of magnitude: the same digits as the ")


def test_refutations_need_certainty() -> None:
    """Counts written with a dot for thousands, composite scopes and unread magnitudes are
    never refuted (each once gave a false refutation on real coverage)."""
    texts = [
        # a benchmark inherited from the sentence before links a score, never refutes it
        "The study compares ChatGPT and DeepSeek-R1 on 29 Codeforces problems. ChatGPT reaches "
        "a 54.5% pass rate on medium problems, well above DeepSeek-R1's 18.1%.",
        # another model named before the figure, the record's one in an aside
        "For comparison, Meta AI's Llama 3.1 405B (smaller than DeepSeek v3's 685B parameters) "
        "trained on 11x that - 30,840,000 GPU hours, also on 15 trillion tokens.",
        # a magnitude glued to the next sentence
        "This design let DeepSeek-V3 be trained using just 2048 NVIDIA H800 GPUs, at a cost of "
        "approximately $5.576 millionBy contrast, GPT-4 needed more.",
        # the company and its model both named: whose total is it?
        "This understates DeepSeek's total spend: the DeepSeek-V3 model was built on a cluster "
        "of 2,048 Nvidia H800 GPUs, each costing about $30,000, for a total of just over $61 "
        "million.",
        # a licence change: the text names the recorded licence too
        "DeepSeek V3's weights are on Hugging Face under the MIT license (the original December "
        "2024 release used a custom DeepSeek License).",
        "SemiAnalysis says DeepSeek bought 50.000 GPU Nvidia Hopper, including 10.000 H800.",
        "The complete cost of R1, covering both pretraining and reinforcement learning, came to "
        "$6.3 million.",
        "DeepSeek V3 的预训练用了 2048 块 H800 GPU, 合计 278.8 万个 GPU 小时。",
        # another year in the figure's clause, or a rise where the record holds a fall
        "Nvidia's stock closed 2023 up 239%.",
        # a level is not a change: a valuation after the fall is not the fall
        "Records set by Nvidia in September 2024 and by Meta in 2022 are dwarfed, and the fall "
        "left Nvidia at a valuation of $2.9 trillion.",
        # a phrase opened by ", with" has its own subject
        "High-Flyer manages some $7 billion in assets, with its founder's stake worth about "
        "$90 million.",
        # a duration with no scope word of the record's ("20 years' imprisonment")
        "DeepSeek shook US stocks, and a senator filed a bill making use of the app punishable "
        "with up to 20 years' imprisonment.",
        # a model the record does not hold opens the sentence ("Llama 3," with its comma)
        "Meta's Llama 3, for its part, with 405 billion parameters, took 30.8 million GPU "
        "hours on 16,384 H100 GPUs, which is 11 times more than DeepSeek-V3 needed.",
        # V3's code is MIT-licensed (its weights had their own licence at release)
        "DeepSeek-V3's code is available under the MIT license.",
        # a decimal split by a space in a transcript ("2. 8 million"): the digits after it
        "In the video he says the DeepSeek startup spent about 2. 8 million GPU hours on V3.",
        # a model of a known maker that the record does not hold ("DeepSeek 2.5")
        "R1-Lite-Preview is built on a smaller base model than DeepSeek 2.5, which comprises 236 "
        "billion parameters.",
        # a model described by its maker's name ("the DeepSeek LLM") is one the record may not
        # hold: neither the article's model nor the company's experiment model is pinned
        "Last year, the DeepSeek LLM made waves with its 67 billion parameters. Now DeepSeek-V3 "
        "has 671B.",
        # a level the record holds at several times (a fund's assets), in a sentence that names
        # no year
        "At its peak, High-Flyer managed $12 billion of assets, using AI to trade Chinese stocks.",
        # a model of the company the record does not hold has its own dates
        "DeepSeek was founded in July 2023.\n(1) DeepSeek LLM (Released on January 5, 2024)\n"
        "DeepSeek's first large model had 67 billion parameters.",
        # a word of another script right after the number may be a magnitude the lexicon
        # lacks ("$593 ஜில்லியன்"): never a slipped magnitude
        "Nvidia lost $593 ஜில்லியன் in market value on Monday.",
        # a total across companies
        "The sell-off erased nearly $1 trillion in market value from companies like Nvidia, "
        "Oracle and Meta.",
        # a table row's cells belong to its columns, which the row does not name
        "| Benchmark | GPT-4o | DeepSeek V3 | Winner |\n|---|---|---|---|\n| MATH-500 | 76.6% "
        "| 90.2% | DeepSeek V3 |",
        # each table row is a sentence of its own: the next row's model is not this row's
        "Older AI Models | Use 1.8 trillion parameters all at once. |\nDeepSeek R1 | Has 671B "
        "total parameters, but only 37B are active per task. |",
        # an aside between unspaced dashes that opens with a comparison has its own subject
        "With an app that cost just $6 million to develop—compared to the $1 trillion US tech "
        "giants plan to spend—DeepSeek has stirred debate.",
    ]
    for text in texts:
        assert [f.verdict for f in r1claims.check(text).findings if f.verdict == "refuted"] == []


def test_multiples_and_points_in_time_are_not_quantities() -> None:
    """'11 times more' is a multiple and 'two years ago' a point in time: neither links to a
    count or a duration of the record; 'downloaded 10.9 million times' is a count and does."""
    report = r1claims.check(
        "DeepSeek-V3 used 11 times less compute than Llama. It was released two months ago. "
        "R1 has been downloaded 10.9 million times on Hugging Face."
    )
    found = {f.text: (f.verdict, f.claim.id if f.claim else None) for f in report.findings}
    assert found == {
        "11 times": ("unverifiable", None),
        "two months": ("unverifiable", None),
        "10.9 million": ("supported", "r1-hf-downloads"),
    }


def test_a_companys_own_figure_named_nearest_is_not_given_to_the_model() -> None:
    """High-Flyer's assets, with High-Flyer named nearest, are not DeepSeek-R1's (the record
    is unverified, so the figure is judged no further); R1's cost stays R1's."""
    text = (
        "DeepSeek R1, backed by High-Flyer, a Chinese hedge fund with assets above $7 billion, "
        "has become a benchmark. R1, built by DeepSeek, cost $6 million to train."
    )
    found = {f.text: (f.verdict, f.basis) for f in r1claims.check(text).findings}
    assert found == {
        "$7 billion": ("unverifiable", "unverifiable/subject"),
        "$6 million": ("misleading", "misleading/subject"),
    }


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "claim"),
    [
        # a line that names nothing speaks of the model of the line before it, and other
        # languages' words for post-training and pre-training name the stage
        (
            "DeepSeek V3（671B参数）：\n后期训练阶段：约 5000 GPU小时。",
            "5000 GPU小时",
            "supported",
            "v3-post-training-gpu-hours",
        ),
        (
            "DeepSeek V3（671B参数）：\n预训练成本：约 530 万美元。",
            "530 万美元",
            "supported",
            "v3-pretraining-cost",
        ),
        # another language's word for a share makes dollars and cents a share price, and the
        # index is named in Arabic script
        (
            "خسرت إنفيديا نحو 600 مليار دولار من قيمتها السوقية يوم الاثنين. وهبط سهم صانعة "
            "الرقائق بنسبة 17٪ ليغلق عند 118.58 دولارا.",
            "118.58 دولارا",
            "supported",
            "nvidia-close-2025-01-27-cnbc",
        ),
        # a stock's fall to a whole sum of dollars is to a share price
        (
            "Nvidia shares plunged 17% on Monday to $118.",
            "$118",
            "supported",
            "nvidia-close-2025-01-27-cnbc",
        ),
        (
            "Los títulos de Nvidia se han hundido este lunes más de un 17% en Wall Street, hasta "
            "118 dólares.",
            "118 dólares",
            "supported",
            "nvidia-close-2025-01-27",
        ),
        # hours beside a GPU written next to CJK letters are GPU hours ("H800を")
        (
            "V3はこのH800を2048個使い、H800を延べ278万8000時間動かした。",
            "278万8000時間",
            "supported",
            "v3-gpu-hours-total",
        ),
        (
            "وجرّ معه مؤشر ناسداك إلى الانخفاض بنسبة 3.1٪.",
            "3.1٪",
            "supported",
            "nasdaq-composite-change-2025-01-27",
        ),
    ],
)
def test_stage_and_share_words_of_other_languages(
    text: str, figure: str, verdict: str, claim: str
) -> None:
    assert judged(text, figure) == (verdict, claim)


def test_a_weekday_pins_the_session_a_market_loss_belongs_to() -> None:
    """ "On Monday" in a sentence tied to the rout ("historic", "the largest one-day") names the
    session of 27 January 2025 (a Monday), not the record loss of a September day, so a loss
    far from every estimate of that session is refuted."""
    for text in (
        "On Monday, Nvidia suffered a historic $100 billion loss in market value.",
        "Nvidia lost $9589 billion in market value on Monday, the largest one-day loss ever.",
    ):
        [finding] = r1claims.check(text).findings
        assert (finding.verdict, finding.claim.id if finding.claim else None) == (
            "refuted",
            "nvidia-market-cap-loss",
        ), text


def test_another_figure_of_the_sentence_dates_a_market_loss() -> None:
    """A fall the record holds for one session, in another unit, dates the loss beside it to
    that session (not the record loss of a September day), so a loss far from every estimate of
    it is refuted; not when the sentence names a moment of the day."""
    text = (
        "Nvidia eventually finished the day down nearly 17%, wiping out some $560 billion in "
        "market capitalization."
    )
    assert judged(text, "$560 billion") == ("refuted", "nvidia-market-cap-loss")
    text = "Nvidia was down 17% by midday, erasing $465 billion in market value."
    assert judged(text, "$465 billion") == ("unverifiable", None)


@pytest.mark.parametrize(
    "text",
    [
        # a weekday that names another event, another day, or a moment of the day
        "Two days after Monday's sell-off, Nvidia lost $130 billion in market value.",
        "Nvidia lost another $200 billion in market value a week after Monday's record crash.",
        "On Monday, March 10, Nvidia shed a record $260 billion in market value as tariffs hit.",
        "Nvidia lost a record $465 billion in market value by midday on Monday.",
        "Nvidia lost a record $400 billion on Monday morning before the open.",
        # nothing ties the sentence to the rout: another week's Monday
        "On Monday, Nvidia lost $260 billion in market value.",
    ],
)
def test_a_weekday_of_another_moment_pins_nothing(text: str) -> None:
    assert [f.text for f in r1claims.check(text).findings if f.verdict == "refuted"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a sum over several companies
        "On Monday, Nvidia and Broadcom each fell 17%, erasing a combined $800 billion.",
        "Shares of Nvidia and Broadcom fell 17% on Monday, wiping out a joined $800 billion.",
        "On Monday, Nvidia and other chip stocks lost $1 trillion in market value.",
        # the market as a whole ("stock markets" is no one company's stock)
        "Nvidia led the rout. On Monday, U.S. stock markets saw a $1 trillion loss in market "
        "capitalization.",
        # a span of sessions
        "Nvidia's market value has fallen by $800 billion since its peak, including Monday's rout.",
        # a sum of parts named after it; a part in the same unit dates no total
        "About $1 trillion in market value vanished, including 17% single-day drops in Nvidia "
        "and Broadcom.",
        "Its release wiped $1 trillion in valuations across the market, $600 billion of it "
        "Nvidia's own.",
        # levels, not the loss
        "On Monday, Nvidia's valuation fell from $3.5 trillion to $2.9 trillion.",
        # another session
        "On Tuesday, Nvidia lost $100 billion in market value.",
    ],
)
def test_market_totals_spans_and_levels_are_not_refuted(text: str) -> None:
    assert [f.text for f in r1claims.check(text).findings if f.verdict == "refuted"] == []


def test_companies_named_in_the_next_clause_sum_nothing() -> None:
    """Several companies named in a clause of their own after the figure (", and even tech
    giants like Meta felt the tremors") are that clause's subject: the loss dated by the 17%
    fall beside it is still Nvidia's, and refuted."""
    text = (
        "NVIDIA's stock plunged by 17%, wiping out $465 billion in market value, and even tech "
        "giants like Meta, Google and Oracle felt the tremors."
    )
    found = {f.text: f.verdict for f in r1claims.check(text).findings}
    assert found["$465 billion"] == "refuted"


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # tied to DeepSeek in its sentence: not a session before DeepSeek's
        # first release the record holds (Nvidia's record loss of September 2024)
        ("DeepSeek's release wiped $200 billion off Nvidia's market value.", "$200", "refuted"),
        (
            "The DeepSeek shock erased $465 billion from Nvidia's market capitalization.",
            "$465",
            "refuted",
        ),
        # ... only in its own sentence: the sentence before may speak of another time
        (
            "DeepSeek unveiled R1. The launch erased $465 billion from Nvidia's market "
            "capitalization.",
            "$465",
            "unverifiable",
        ),
        # another time named: that session's record
        (
            "DeepSeek's R1 rattled markets. Nvidia lost $279 billion in a single day last "
            "September, its previous record.",
            "$279",
            "supported",
        ),
        # a total of the next clause is that clause's: the first is the session's
        (
            "When DeepSeek unveiled its technology, Nvidia alone lost half a trillion dollars in "
            "market value in a single day, and collectively, AI-related companies in the US lost "
            "over a trillion dollars.",
            "half a trillion",
            "refuted",
        ),
        # a total across the market or across stocks: not the session's
        (
            "Just this week, DeepSeek R1 threw the U.S. stock market into chaos. Its release wiped "
            "$1 trillion in valuations across the market, $600 billion of it Nvidia's own.",
            "$1",
            "unverifiable",
        ),
        (
            "When DeepSeek said it spent only $6 million, U.S. artificial intelligence stocks lost "
            "$1 trillion in market value, with Nvidia leading the decline.",
            "$1",
            "unverifiable",
        ),
    ],
)
def test_a_market_loss_tied_to_deepseek_is_of_a_session_after_its_release(
    text: str, figure: str, verdict: str
) -> None:
    found = {f.text: f.verdict for f in r1claims.check(text).findings}
    assert [v for t, v in found.items() if t.startswith(figure)] == [verdict]


def test_a_precise_score_of_a_named_model_links_with_no_benchmark_named() -> None:
    """ "DeepSeek-R1 scored 79.8%" restates one score of R1's; a score no record of R1 holds,
    or a round one, is left unverifiable (never refuted: no benchmark pins it)."""
    text = "DeepSeek-R1 scored 79.8%, slightly ahead of OpenAI o1 at 79.2%. R1 scored 75.0%. R1 hit 90%."
    found = {
        f.text: (f.verdict, f.claim.id if f.claim else None) for f in r1claims.check(text).findings
    }
    assert found == {
        "79.8%": ("supported", "r1-aime-2024"),
        "79.2%": ("supported", "o1-1217-aime-2024"),
        "75.0%": ("unverifiable", None),
        "90%": ("unverifiable", None),
    }
    # a list item's label is enough; a growth or a share of something is no score
    listed = r1claims.check("MMLU results:\n- DeepSeek R1: 90.8%").findings
    assert [(f.verdict, f.claim.id if f.claim else None) for f in listed] == [
        ("supported", "r1-mmlu")
    ]
    for text in (
        "DeepSeek-R1's web traffic grew 97.3% in February.",
        "DeepSeek-R1 answered 79.8% of our customer-support tickets correctly.",
    ):
        assert [f.verdict for f in r1claims.check(text).findings if "%" in f.text] == [
            "unverifiable"
        ], text


def test_a_spec_cards_labels_are_no_names_and_its_context_is_in_tokens() -> None:
    """ "Active" and "Max Context" are a spec card's labels, not unknown names; "64K Max Context"
    is a context length (in tokens), never a count of GPUs."""
    text = "DeepSeek R1 / 671.0B Parameters · 37.0B Active · 64K Max Context · MoE Architecture"
    found = {
        f.text: (f.verdict, f.claim.id if f.claim else None) for f in r1claims.check(text).findings
    }
    assert found == {
        "671.0B Parameters": ("supported", "r1-total-parameters"),
        "37.0B": ("supported", "r1-activated-parameters"),
        "64K": ("unverifiable", None),
    }


def test_another_evaluators_run_is_not_refuted_and_a_possessive_owns_its_figure() -> None:
    """An independent re-run measures its own figure (not refuted); "DeepSeek-V3's 88.5",
    though brought in to compare, is V3's own score, not R1's."""
    text = (
        "When an independent lab re-ran the evaluation with its own harness, it measured "
        "DeepSeek-R1 at 76.5% on AIME 2024, under the 79.8% in DeepSeek's paper. Compared with "
        "DeepSeek-V3's 88.5 on MMLU, R1's 90.8 is a modest gain."
    )
    found = {
        f.text: (f.verdict, f.claim.id if f.claim else None) for f in r1claims.check(text).findings
    }
    assert found == {
        "76.5%": ("unverifiable", None),
        "79.8%": ("supported", "r1-aime-2024"),
        "88.5": ("supported", "v3-mmlu"),
        "90.8": ("supported", "r1-mmlu"),
    }


def test_a_percentage_of_something_is_a_share_not_a_fall() -> None:
    """ "17.1% of global downloads" is a share, never Nvidia's fall of about 17%; "17% of its
    market value" is that fall. "R-1" names R1, so its wrong release year is refuted."""
    text = (
        "A year after DeepSeek R-1's launch, Chinese open models take 17.1% of global "
        "downloads. Nvidia lost 17% of its market value on 27 January 2025. DeepSeek launched "
        "its R-1 model on January 20, 2024."
    )
    found = {
        f.text: (f.verdict, f.claim.id if f.claim else None) for f in r1claims.check(text).findings
    }
    assert found["17.1%"] == ("unverifiable", None)
    assert found["17%"] == ("supported", "nvidia-share-drop-close")
    assert found["January 20, 2024"] == ("refuted", "r1-release-date")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("DeepSeek-R1 is MIT-licensed.", [("MIT-licensed", "supported")]),
        ("DeepSeek R1 is released under MIT.", [("MIT", "supported")]),
        ("R1 | License: MIT | open weights", [("MIT", "supported")]),
        # the university, not the licence
        ("Hugging Face and MIT recently published an analysis of DeepSeek R1.", []),
    ],
)
def test_a_bare_mit_is_the_licence_only_near_licence_words(
    text: str, found: list[tuple[str, str]]
) -> None:
    got = [(f.text, f.verdict) for f in r1claims.check(text).findings if f.kind == "licence"]
    assert got == found


def test_a_figure_given_to_a_model_the_record_lacks_is_unverifiable() -> None:
    """ "DeepSeek-V3.1 holds 671 billion parameters": V3.1 is not in the record, so its size is
    not V3's or R1's to support; a spending figure given to it stays misleading."""
    [size] = r1claims.check(
        "The full DeepSeek-V3.1 model holds 671 billion total parameters."
    ).findings
    assert (size.verdict, size.claim, size.explanation) == (
        "unverifiable",
        None,
        "The text gives it to DeepSeek-V3.1, a model the record does not hold.",
    )


def test_a_share_of_a_models_figure_is_not_a_score() -> None:
    """'85% of R1' is a share of R1's score, never held against R1's own scores; '97.3% on
    MATH-500' and '79.8% of AIME 2024 problems' are scores."""
    report = r1claims.check(
        "The distilled model reaches 85% of R1 on MATH-500 and uses 25% of DeepSeek-R1's FLOPs. "
        "R1 scored 97.3% on MATH-500 and solved 79.8% of AIME 2024 problems."
    )
    found = {f.text: (f.verdict, f.claim.id if f.claim else None) for f in report.findings}
    assert found == {
        "85%": ("unverifiable", None),
        "25%": ("unverifiable", None),
        "97.3%": ("supported", "r1-math-500"),
        "79.8%": ("supported", "r1-aime-2024"),
    }
    assert report.findings[0].explanation == (
        "A share of a model's figure ('85% of R1'), not a figure of its own."
    )


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # a number after a list's counted noun counts the same things ("8 activated" experts)
        (
            "DeepSeek-V3 uses 256 routed experts, with 8 activated for each token.",
            "8",
            "v3-routed-experts-per-token",
        ),
        # "supervised fine-tuning" names a stage: a sample count with no subject links to it
        (
            "For supervised fine-tuning it used about 800k curated samples.",
            "800k curated samples",
            "r1-sft-samples",
        ),
        # "hours" of work on GPUs are GPU hours when a record holds that value
        (
            "DeepSeek V3 needed only 2.788 million hours of training on 2,048 H800 GPUs.",
            "2.788 million hours",
            "v3-gpu-hours-total",
        ),
    ],
)
def test_units_implied_by_the_phrase(text: str, figure: str, claim: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == ("supported", claim)


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "claim"),
    [
        # a bare amount next to a noun of money is a sum of dollars ("market cap", "cost")
        (
            "By the 27th it had wiped nearly six hundred billion off Nvidia's market cap.",
            "six hundred billion",
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
        (
            "US firms spent tens of billions, while DeepSeek supposedly cost only about five million.",
            "five million",
            "misleading",
            "v3-training-cost",
        ),
        # a listed company's bare billions are dollars of its market value
        (
            "Nvidia perde 600 miliardi: il più grande crollo di sempre",
            "600 miliardi",
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
        # a noun of money farther on, or in another part of the sentence, does not: these
        # are downloads
        (
            "DeepSeek's R1 was downloaded 10.9 million times on Hugging Face while rivals cost more.",
            "10.9 million",
            "supported",
            "r1-hf-downloads",
        ),
        (
            "Despite the cost, R1 was downloaded 10.9 million times on Hugging Face.",
            "10.9 million",
            "supported",
            "r1-hf-downloads",
        ),
    ],
)
def test_a_bare_amount_takes_its_unit_from_the_noun_next_to_it(
    text: str, figure: str, verdict: str, claim: str
) -> None:
    assert judged(text, figure) == (verdict, claim)


@pytest.mark.parametrize(
    "text",
    [
        # "U.S." and "No." end no sentence: the figure keeps its clause's "app store"
        "Over the past week the DeepSeek app has surged past ChatGPT, reaching No. 1 on the "
        "U.S. Apple app store.",
        # words of the App Store ranking name the record's only chart of that kind
        "DeepSeek saw its chatbot app overtake OpenAI's ChatGPT for the #1 spot on Apple's Top "
        "Free Apps chart in the U.S.",
    ],
)
def test_an_app_store_rank_links_to_the_ranking(text: str) -> None:
    """(Another store's chart is not the App Store: see the test below.)"""
    [finding] = [f for f in r1claims.check(text).findings if f.text in ("No. 1", "#1")]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "app-store-rank",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The training cost of DeepSeek V3 (the base of DeepSeek R1) was $5.58 million.",
        "Chi phí huấn luyện DeepSeek V3 (mô hình cơ sở để tạo nên DeepSeek R1) là 5.58 triệu đô la.",
    ],
)
def test_a_name_in_an_aside_describes_the_name_before_it(text: str) -> None:
    """R1, named in parentheses after V3, is not what the cost is given to."""
    [finding] = r1claims.check(text).findings
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "v3-training-cost",
    )


@pytest.mark.parametrize(
    "text",
    ["Nvidia fell 16.97% to $118.42 on Monday.", "엔비디아는 16.97% 폭락한 118.42달러를 기록했다."],
)
def test_dollars_and_cents_of_a_listed_company_are_its_share_price(text: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if "118.42" in f.text]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "nvidia-close-2025-01-27",
    )


def test_a_relative_pronoun_stands_for_the_name_before_it() -> None:
    """The clause "..., which was pre-trained using about $5.5 million" is about DeepSeek-V3, just before
    "which", not R1, the sentence's first name (it had been misleading)."""
    text = (
        "DeepSeek-R1 is a fine-tuned version of DeepSeek-V3, which was pre-trained using about "
        "$5.5 million of compute."
    )
    [finding] = r1claims.check(text).findings
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "v3-pretraining-cost",
    )


@pytest.mark.parametrize(
    "card",
    [
        "DeepSeek-R1\nLicense: MIT License\nRelease Date: {date}\n",
        "DeepSeek-R1\nLicense: MIT License | Release Date: {date} | Knowledge Cutoff: Jul 2024",
    ],
)
@pytest.mark.parametrize(
    ("date", "verdict"), [("27 Dec 2024", "refuted"), ("20 Jan 2025", "supported")]
)
def test_a_spec_cards_release_date_is_its_models(card: str, date: str, verdict: str) -> None:
    """A card's "Release Date:" line speaks of the model its first line names."""
    [finding] = [f for f in r1claims.check(card.format(date=date)).findings if f.text == date]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        verdict,
        "r1-release-date",
    )


def test_the_nature_issue_date_is_recorded() -> None:
    """Nature printed the R1 paper in its issue of 18 Sep 2025, the day after it went online:
    "September 18" had been refuted as R1's release date ("made its debut")."""
    text = "On September 18, DeepSeek R1 made its debut on the cover of Nature."
    [finding] = r1claims.check(text).findings
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "nature-issue-date",
    )


def test_zeros_after_a_decimal_point_are_significant() -> None:
    """The "71.0%" has three significant digits, enough to restate the one record it fits
    (R1-Zero's AIME 2024 pass@1) with no model named; "71%" would not be."""
    text = (
        "A model trained with no human demonstrations taught itself competition mathematics, "
        "jumping from a 15.6% score on AIME 2024 to 71.0% purely through reinforcement learning."
    )
    [finding] = [f for f in r1claims.check(text).findings if f.text == "71.0%"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "r1-zero-aime-2024",
    )


def test_ai_in_other_languages_is_no_name() -> None:
    """The "IA" of French, Spanish and Italian and "KI" (German) are "AI", no unknown subject."""
    text = "Les actions de Nvidia, baromètre de l'IA, ont chuté de près de 17 %."
    [finding] = r1claims.check(text).findings
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "nvidia-share-drop-close",
    )


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek-R1 tiene 671B parámetros, pero solo 37B activos por token.",
        "O DeepSeek-R1 tem 671 bilhões de parâmetros, dos quais 37 bilhões são ativados.",
    ],
)
def test_active_parameters_in_other_languages(text: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text.startswith("37")]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "r1-activated-parameters",
    )


def test_a_name_after_the_bracket_of_a_figure_is_not_its_subject() -> None:
    """In "(2.8 million GPU hours), an efficiency beyond Meta's Llama 3": Llama is compared with,
    after the bracket; the hours are V3's, named before."""
    text = (
        "DeepSeek said its earlier V3 model was trained on 2,048 H800 GPUs (2.8 million GPU "
        "hours), an efficiency beyond Meta's Llama 3."
    )
    [finding] = [f for f in r1claims.check(text).findings if f.text == "2.8 million GPU hours"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "v3-gpu-hours-total",
    )


def test_a_count_is_exact() -> None:
    """A count written to the unit is not a truncation: 257 experts are not DeepSeek-V3's 256
    (it had been supported), while a count ending in zero may be rounded ("2.050 GPU")."""
    [finding] = r1claims.check("DeepSeek-V3 has 257 routed experts.").findings
    assert (finding.verdict, finding.claim) == ("unverifiable", None)
    [finding] = r1claims.check("DeepSeek-V3 was trained on 2.050 H800 GPUs.").findings
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "v3-cluster-gpus",
    )


def test_another_stores_chart_is_not_the_app_store() -> None:
    text = "DeepSeek reached the #1 spot on Google Play's top free apps chart in the U.S."
    [finding] = r1claims.check(text).findings
    assert (finding.verdict, finding.claim) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # a four-digit number after a name is a version only when it is no year and not the
        # figure itself
        (
            "In Q1 2025, DeepSeek released R1 on January 12, 2025.",
            "January 12, 2025",
            "r1-release-date",
        ),
        ("DeepSeek-R1 1900 Elo on Codeforces.", "1900 Elo", "r1-codeforces-rating"),
        # a finer figure outside the record's rounding is still another value
        ("DeepSeek R1 has 36.2B active parameters.", "36.2B", "r1-activated-parameters"),
    ],
)
def test_guards_that_do_not_reach_too_far(text: str, figure: str, claim: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == ("refuted", claim)


@pytest.mark.parametrize(
    "text",
    [
        # a relative pronoun whose names before it are all compared with (it had raised)
        "Costs fell, which compared to GPT-4 is a drop to $6 million.",
        "Costs fell, which unlike GPT-4 is a drop to $6 million.",
    ],
)
def test_a_relative_clause_after_a_comparison_does_not_crash(text: str) -> None:
    assert len(r1claims.check(text).findings) == 1


def test_a_dot_before_three_digits_may_separate_thousands() -> None:
    """The "Elo 2.029" of Vietnamese or German text is R1's 2,029 rating, not a slipped decimal point:
    it had been refuted as a wrong order of magnitude."""
    text = "DeepSeek-R1 đứng ở bách phân vị 96,3 trên Codeforces, với điểm Elo 2.029."
    [finding] = [f for f in r1claims.check(text).findings if f.text == "2.029"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "r1-codeforces-rating",
    )


def test_a_rounded_variant_is_restated_only_by_its_own_rounding() -> None:
    """CNBC's "close to $600 billion" stands beside Bloomberg's $589B and LSEG's "about $593
    billion": "$500 billion" or "$570 billion" is none of them (once both were 'supported' by
    CNBC's rounding), while "close to $600 billion" and "about $595 billion" still are. A
    weekday alone does not tie a sentence to the rout (see the weekday tests), so none is
    contradicted."""
    texts = {
        "Nvidia's market value fell by $500 billion on Monday.": ("unverifiable", None),
        "Nvidia lost $570 billion in market value on Monday.": ("unverifiable", None),
        "Nvidia lost close to $600 billion in market value on Monday.": (
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
        "Nvidia lost about $595 billion in market value on Monday.": (
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
    }
    for text, want in texts.items():
        [finding] = r1claims.check(text).findings
        assert (finding.verdict, finding.claim.id if finding.claim else None) == want, text


def test_identity_memo_builds_once_per_object_and_never_confuses_objects() -> None:
    from r1claims.checker.memo import IdentityMemo

    calls: list[int] = []

    def build(obj: list[int]) -> int:
        calls.append(1)
        return sum(obj)

    memo: IdentityMemo[list[int], int] = IdentityMemo(build, limit=2)
    a, b = [1, 2], [3, 4]
    assert (memo(a), memo(a), memo(b)) == (3, 3, 7)
    assert len(calls) == 2
    assert memo([1, 2]) == 3 and len(calls) == 3  # equal but another object: built again


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "claim"),
    [
        # a German genitive names the company ("Nvidias"), and German capitalised nouns are
        # not unknown names
        (
            "Der Rummel um DeepSeek hat Nvidias Börsenwert einbrechen lassen: Die Aktie verlor "
            "knapp 17 Prozent, das löschte 589 Milliarden Dollar Börsenwert aus.",
            "589 Milliarden Dollar",
            "supported",
            "nvidia-market-cap-loss",
        ),
        # Finnish and Slavic case endings of a long name ("Nvidian", "Nvidii"); Finnish,
        # Danish and Bulgarian words for per cent, billions, millions and dollars
        (
            "Nvidian osake romahti maanantaina lähes 17 prosenttia, ja yhtiö menetti "
            "markkina-arvostaan 589 miljardia dollaria.",
            "589 miljardia dollaria",
            "supported",
            "nvidia-market-cap-loss",
        ),
        (
            "Nvidian osake romahti maanantaina lähes 17 prosenttia.",
            "17 prosenttia",
            "supported",
            "nvidia-share-drop-close",
        ),
        (
            "W poniedziałek akcje Nvidii straciły 17 proc.",
            "17 proc",
            "supported",
            "nvidia-share-drop-close-cnbc",
        ),
        (
            "Nvidia tabte 17 pct. af sin markedsværdi, svarende til 589 mia. dollar.",
            "589 mia. dollar",
            "supported",
            "nvidia-market-cap-loss",
        ),
        (
            "DeepSeek твърди, че е вложил под 6 милиона долара в своя AI чатбот.",
            "6 милиона долара",
            "misleading",
            "v3-training-cost",
        ),
        # the maker of the chips named after them is not the cost's subject ("na słabszych
        # chipach Nvidii": on Nvidia's weaker chips) ...
        (
            "DeepSeek miał powstać w ledwie dwa miesiące i za niecałe 6 milionów dolarów, na "
            "słabszych chipach Nvidii zwanych H800s.",
            "6 milionów dolarów",
            "misleading",
            "v3-training-cost",
        ),
        # ... nor the maker of the chips named right before them, after the figure: GPT-3's
        # hours are not V3's, whatever Nvidia's share of the sentence
        (
            "By comparison, GPT-3 (175B parameters) is said to have used about 3 million GPU "
            "hours on Nvidia V100s.",
            "3 million GPU hours",
            "unverifiable",
            None,
        ),
        # ... but a chipmaker named after a figure is its subject
        (
            "The buzz wiped almost $600bn from chipmaker Nvidia's market value.",
            "$600bn",
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
        # a lowercase compound of the Nordic languages names the index ("Nasdaq-indeks")
        (
            "Mens det teknologitunge Nasdaq-indeks faldt 3,1 pct., tabte Nvidia 17 pct.",
            "3,1 pct",
            "supported",
            "nasdaq-composite-change-2025-01-27",
        ),
        # "the whole training" in Chinese and Japanese is the full run, whatever stage the
        # sentence named before it
        (
            "在14.8万亿token上预训练后进行SFT和RL，整个训练仅用了278.8万H800 GPU小时。",
            "278.8万H800 GPU小时",
            "supported",
            "v3-gpu-hours-total",
        ),
        (
            "14.8兆トークンで事前学習したあとSFTとRLを行い、全学習にわずか278万H800 GPU時間しか使っていない。",
            "278万H800 GPU時間",
            "supported",
            "v3-gpu-hours-total",
        ),
        # a Latin name with a case ending of a script of South Asia after a hyphen, and the
        # Urdu name
        (
            "சீனாவின் டீப்சீக்கால் Nvidia-வுக்கு $600 பில்லியன் சரிவு.",
            "$600 பில்லியன்",
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
        (
            "پیر کو نویڈیا کو 600 بلین ڈالر کے تاریخی مالی نقصان کا سامنا ہوا۔",
            "600 بلین ڈالر",
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
        # ... and the Dutch one ("Nasdaq-index")
        (
            "De S&P 500-index sloot 1,5 procent lager, de Nasdaq-index zelfs 3 procent.",
            "3 procent",
            "supported",
            "nasdaq-composite-change-2025-01-27",
        ),
        # a long name opens a German compound ("Nvidia-Aktie"); a share price in another
        # language's words for shares
        (
            "Mit einem Minus von 17 Prozent rutschte die Nvidia-Aktie am Montag auf 118,42 Dollar.",
            "118,42 Dollar",
            "supported",
            "nvidia-close-2025-01-27",
        ),
        # building and training words of other languages frame a cost as the whole, CJK ones
        # with no word boundary before them
        (
            "Die Entwicklung kostete DeepSeek nur 5,6 Millionen Dollar.",
            "5,6 Millionen Dollar",
            "misleading",
            "v3-training-cost",
        ),
        ("DeepSeek 开发这款模型只花了560万美元。", "560万美元", "misleading", "v3-training-cost"),
        # a variant named in another language ("versiones destiladas de R1")
        (
            "DeepSeek también ha publicado versiones destiladas de R1, de entre 1.5 mil millones "
            "y 70 mil millones de parámetros.",
            "1.5 mil millones",
            "supported",
            "r1-distill-smallest-parameters",
        ),
        # a stage's cost made the price of the model, in words for cost and training of more
        # languages (Vietnamese, Greek)
        (
            "DeepSeek cho biết họ chỉ tốn 294.000 USD để đào tạo mô hình R1.",
            "294.000 USD",
            "misleading",
            "r1-training-cost",
        ),
        (
            "Η DeepSeek εκπαιδεύει το μοντέλο R1 με 294.000 δολάρια.",
            "294.000 δολάρια",
            "misleading",
            "r1-training-cost",
        ),
        ("DeepSeek 只用560万美元就打造出这款模型。", "560万美元", "misleading", "v3-training-cost"),
        (
            "딥시크는 AI 모델을 만드는 데 558만 달러를 썼다.",
            "558만 달러",
            "misleading",
            "v3-training-cost",
        ),
        # "made for" a sum is what making it cost, the whole
        (
            "The lab says its chatbot was made for $6 million.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        (
            "DeepSeek gastó 6 millones de dólares en desarrollar su modelo.",
            "6 millones de dólares",
            "misleading",
            "v3-training-cost",
        ),
        # Greek: "to be created" is building it; "was trained" is the training run
        (
            "Στα τέλη Δεκεμβρίου η DeepSeek παρουσίασε ένα δωρεάν γλωσσικό μοντέλο ανοιχτού κώδικα "
            "που, όπως ισχυρίστηκε, χρειάστηκε μόνο δύο μήνες και λιγότερο από 6 εκατ. δολάρια "
            "για να δημιουργηθεί, με τσιπ H800 της Nvidia.",
            "6 εκατ. δολάρια",
            "misleading",
            "v3-training-cost",
        ),
        (
            "Το DeepSeek-V3 εκπαιδεύτηκε με κόστος 5,6 εκατ. δολάρια.",
            "5,6 εκατ. δολάρια",
            "supported",
            "v3-training-cost",
        ),
        # Japanese: a name glued to a particle, a hedge glued to the number, no spaces at all
        (
            "NVIDIAの株が暴落。時価総額は約5,900億ドル減り、米国株式史上最大の下げとなりました。",
            "5,900億ドル",
            "supported",
            "nvidia-market-cap-loss",
        ),
        # a value only one entity's records hold restates that entity's figure although the
        # sentence names another entity (of another type) ...
        (
            "After R1, $589 billion in market value vanished on Monday.",
            "$589 billion",
            "supported",
            "nvidia-market-cap-loss-longbridge",
        ),
        # ... or although a description stands for an entity that holds no figure of that kind
        (
            "The AI tech firm haemorrhaged $589billion - 17 per cent of its value - yesterday "
            "after the market was rocked by its cheap Chinese rival DeepSeek.",
            "$589billion",
            "supported",
            "nvidia-market-cap-loss",
        ),
        # "the stock" is the listed company (one the record holds market figures for), not the
        # startup named last
        (
            "Nvidia fell 17% after DeepSeek released a cheap model. Following the $600 billion "
            "loss, the stock is climbing back.",
            "$600 billion",
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
        # two digits are enough when no entity is named, the unit says what is measured and
        # one family's records fit
        (
            "# Q4 footprint, only the 37B active params (MoE)",
            "37B",
            "supported",
            "r1-activated-parameters",
        ),
        # a price "a share" anywhere in the sentence makes its dollar figures per share
        (
            "On Monday Nvidia lost about $24 a share, to near $119.",
            "$119",
            "supported",
            "nvidia-close-2025-01-27-cnbc",
        ),
        # "the final run" of R1 is its RL stage: a duration is not re-scoped by it
        (
            "R1's final run took 80 hours on 512 Nvidia H800 GPUs.",
            "80 hours",
            "supported",
            "r1-rl-hours",
        ),
        # a currency code of a conversion is not an unknown name ("RM")
        (
            "This morning the actual cost of training DeepSeek R1 was revealed to be only $294,000 "
            "(~RM 1.24 million), using 512 Nvidia H800 chips.",
            "$294,000",
            "misleading",
            "r1-training-cost",
        ),
        # a model of another family named in the sentence leaves the DeepSeek model the text
        # is about standing, and "the model" is the model the sentences before are about
        (
            "DeepSeek launched an LLM, R1, which it claimed is on par with o1. The app climbed "
            "the charts. One claim stood out: that the model had been trained for under $6m (as "
            "opposed to the $100m for OpenAI's GPT-4).",
            "$6m",
            "misleading",
            "v3-training-cost",
        ),
        # "the Chinese company" is the company whose description says Chinese, not the one
        # named last
        (
            "Nvidia lost $589 billion on Monday after DeepSeek's app rose. However, the Chinese "
            "company stated that they spent only $5.6 million in developing large language models "
            "in Nvidia technology.",
            "$5.6 million",
            "misleading",
            "v3-training-cost",
        ),
        # a stage's cost is the whole's only when the sentence makes it a price
        (
            "When DeepSeek put its R1 paper into Nature, one number grabbed the world: 294,000 "
            "dollars.",
            "294,000 dollars",
            "supported",
            "r1-training-cost",
        ),
        (
            "DeepSeek made public what it cost to train R1 — just US$294,000.",
            "US$294,000",
            "misleading",
            "r1-training-cost",
        ),
        # an article whose headline is about a model the record does not hold gives it the
        # figures its sentences leave without a model
        (
            "How DeepSeek V3.2 Achieves 95% Cost Reduction\n\nDeepSeek reports 2.788 million H800 "
            "GPU hours for training.",
            "2.788 million H800 GPU hours",
            "misleading",
            "v3-gpu-hours-total",
        ),
        # a date right after a market figure is its session's date: refuted when the record's
        # market data dates the session otherwise; a date that follows other words is not
        (
            "Nvidia suffered a historic market-cap loss of $589 billion on Monday, January 29, "
            "2025.",
            "Monday, January 29, 2025",
            "refuted",
            "nvidia-market-cap-loss",
        ),
        (
            "On Monday Nvidia lost about $24 a share, to near $119, a low not seen since October 1.",
            "October 1",
            "unverifiable",
            None,
        ),
        # figures that share a predicate share its model ...
        (
            "The eye-catcher was DeepSeek's claim that just 2,048 H800 GPUs over two months were "
            "enough to train R1.",
            "2,048 H800 GPUs",
            "misleading",
            "v3-cluster-gpus",
        ),
        # ... unless a colon or an "and" stands between
        (
            "The cost was about $294,000, broken down as R1-Zero training $202,000, SFT dataset "
            "creation $10,000 and R1 training $82,000.",
            "$10,000",
            "unverifiable",
            "r1-sft-data-cost",
        ),
        # a score takes the benchmark of the sentence before when its own names none
        (
            "DeepSeek-R1-Zero started at 15.6% accuracy on the AIME 2024 benchmark. After thousands "
            "of RL iterations it reached 71%.",
            "71%",
            "supported",
            "r1-zero-aime-2024",
        ),
        # names in Chinese, and an unknown name after a clause that opened with a known one
        (
            "受DeepSeek冲击，英伟达股价暴跌17%，市值蒸发约6000亿美元。",
            "6000亿美元",
            "supported",
            "nvidia-market-cap-loss-cnbc",
        ),
        (
            "The Nasdaq plunged 3.1%, with Marvell (-17.4%) dragged down too.",
            "3.1%",
            "supported",
            "nasdaq-composite-change-2025-01-27",
        ),
        # a wide range restates a record at one of its ends, not one inside it
        (
            "DeepSeek distilled R1's abilities into smaller models (1.5B to 70B parameters).",
            "1.5B to 70B parameters",
            "supported",
            "r1-distill-smallest-parameters",
        ),
        # "to build its AI model" is not "to build it" (the whole programme)
        (
            "It cost DeepSeek $294,000 and 512 Nvidia H800 chips to build its AI model.",
            "512 Nvidia H800 chips",
            "supported",
            "r1-rl-gpus",
        ),
        # a model named after a date in a trailing phrase is not the date's subject
        (
            "DeepSeek's AI Assistant became the top-rated free app on the U.S. App Store on "
            "January 27, 2025, a rise credited to its cost-effective model, DeepSeek-V3.",
            "January 27, 2025",
            "supported",
            "app-store-no1-date-reuters",
        ),
        # ... but not when an unknown name stands in its clause
        (
            "Marvell fell 17.4% and the Nasdaq Composite slid 3.1% on the same day.",
            "17.4%",
            "unverifiable",
            None,
        ),
        # a company the record holds takes its own figure on that day
        (
            "Broadcom fell 17.4% and the Nasdaq Composite slid 3.1% on the same day.",
            "17.4%",
            "supported",
            "broadcom-share-drop-2025-01-27",
        ),
        # "it" as the object of a verb of making is the model made; its antecedent in the
        # sentence skips a name brought in for comparison ("a rival to o1"); a list of figures
        # shares the predicate after its last item; "even though" opens a clause of its own
        (
            "Investors fixed on R1, a model seen as a rival to OpenAI's o1, even though the "
            "startup says DeepSeek needed just $6 million and 2,048 GPUs to train it.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        (
            "Investors fixed on R1, a model seen as a rival to OpenAI's o1, even though the "
            "startup says DeepSeek needed just $6 million and 2,048 GPUs to train it.",
            "2,048 GPUs",
            "misleading",
            "v3-cluster-gpus",
        ),
        # what it took to produce a product, or the company's expenses, is not one training run
        (
            "Investors learned that DeepSeek had produced a rival to ChatGPT for $6 million.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        (
            "DeepSeek said its expenses were under $6 million.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        # a list of attributes is about the article's model, not the base model an item names
        # ("Based on DeepSeek-V3"); a list item is no heading
        (
            "DeepSeek released R1, a reasoning model that rivals o1.\nDetails\n- Architecture: "
            "Based on DeepSeek-V3 (Mixture-of-Experts, 671B total parameters)\n- Training cost: "
            "~$5.6M, far below Western models",
            "$5.6M",
            "misleading",
            "v3-training-cost",
        ),
        # the comparison may name its company in two words ("a rival to Open AI's o1")
        (
            "Investors fixed on R1, a model seen as a rival to Open AI's o1, even though the "
            "startup says DeepSeek needed just $6 million to train it.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        # a participle ("while using") keeps the subject of its clause; a model brought in
        # for comparison ("beating GPT-4") is not that subject
        (
            "DeepSeek-R1 keeps pace with leading chatbots while using about 2,000 GPUs.",
            "2,000 GPUs",
            "misleading",
            "v3-cluster-gpus",
        ),
        (
            "Tests show DeepSeek-R1 matching or beating GPT-4 on math while using only 2,000 "
            "Nvidia H800 GPUs.",
            "2,000 Nvidia H800 GPUs",
            "misleading",
            "v3-cluster-gpus",
        ),
        # a spending figure that qualifies an AI in a headline is that AI's cost
        ("DeepSeek's $6 Million AI Revolution", "$6 Million", "misleading", "v3-training-cost"),
        # a model named in the shared predicate outranks a description ("the model")
        (
            "The startup behind the model says it used 2,048 Nvidia H800s and $5.6 million to "
            "prepare R1.",
            "2,048 Nvidia H800s",
            "misleading",
            "v3-cluster-gpus",
        ),
        # a stage's cost is rightly scoped when the sentence, or the next one about "this
        # figure", says it comes on top of the base model
        (
            "Nature's cover story puts the incremental training cost of R1 at $294,000.",
            "$294,000",
            "supported",
            "r1-training-cost",
        ),
        (
            "Training R1 cost about $294,000. This figure comes on top of the V3 base model, "
            "reported at about $5.6 million.",
            "$294,000",
            "supported",
            "r1-training-cost",
        ),
        # ... and not when nothing says so
        ("Training R1 cost about $294,000.", "$294,000", "misleading", "r1-training-cost"),
        # a sentence that answers the one before, or opens by naming its amount, takes its
        # framing words
        (
            "What did it cost to train R1? A mere $294,000.",
            "$294,000",
            "misleading",
            "r1-training-cost",
        ),
        (
            "DeepSeek's paper finally disclosed R1's training cost! The amount: $294,000.",
            "$294,000",
            "misleading",
            "r1-training-cost",
        ),
        (
            "推論モデルDeepSeek-R1のトレーニング費用がついに公表されました！その額、29万4000ドル。",
            "29万4000ドル",
            "misleading",
            "r1-training-cost",
        ),
        # a headline in title case is a sentence of its own, and a stage named about another
        # model in the next sentence ("its RL-enhanced version, R1-Zero") scopes nothing
        (
            "DeepSeek-R1 Costs $294K to Train, Hits Nature Cover as First Peer-Reviewed Large Model"
            "\nDeepSeek-R1 was trained for $294,000, and its RL-enhanced version, R1-Zero, did well.",
            "$294,000",
            "misleading",
            "r1-training-cost",
        ),
        # a text that denies the framing, or names the stage in the same sentence
        (
            "Sorry, but DeepSeek didn't train its flagship model for $294,000.",
            "$294,000",
            "supported",
            "r1-training-cost",
        ),
        (
            "Headlines said R1 cost just $294,000 to train, but that number only covers a narrow "
            "reinforcement-learning phase.",
            "$294,000",
            "supported",
            "r1-training-cost",
        ),
        # a clause that only describes its subject ("the company"), says what the figure
        # measures ("developing"), and holds a value only the record's own family has: that
        # family's figure, although the description's antecedent is another company
        (
            "Nvidia plunged 17%. One analyst estimated that the company had spent just $6 "
            "million developing its AI app.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        # ... never another family's ("$61 million" near a GPT-4 estimate)
        (
            "Each H800 cost about $30,000, for a total training bill of just over $61 million.",
            "$61 million",
            "unverifiable",
            None,
        ),
        # a capitalised term in quotes is not an unknown name
        (
            "DeepSeek has shattered the 'Compute Moat' with DeepSeek-V3, trained for just $5.6M.",
            "$5.6M",
            "supported",
            "v3-training-cost",
        ),
        # a company's figure given to one of its models is given to the wrong subject (every
        # model's id starts with the company's: no base-checkpoint exception)
        (
            "The report says DeepSeek's R1 model set the company back $1.6 billion in hardware.",
            "$1.6 billion",
            "misleading",
            "deepseek-server-capex",
        ),
        # a model named after a nearer figure of the same kind is that figure's
        (
            "SemiAnalysis believes DeepSeek has closer to 50,000 GPUs in total, far more than the "
            "2,000 H800s cited for the V3 pre-training run.",
            "50,000 GPUs",
            "supported",
            "deepseek-gpu-fleet",
        ),
        # others' guesses are not presented as the company's own figure
        (
            "Elon Musk and Alexandr Wang suggest DeepSeek has about 50,000 Nvidia Hopper GPUs, "
            "not the 10,000 A100s it claims.",
            "50,000 Nvidia Hopper GPUs",
            "supported",
            "deepseek-gpu-fleet",
        ),
        # with no model in the figure's own clause, the model the sentence names elsewhere is
        # what a model's spending figure is given to; a model it "matched" is a comparison
        (
            "On January 20, 2025, DeepSeek released R1, a reasoning model they said had been "
            "trained for roughly $6 million and that matched OpenAI's o1 on several benchmarks.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        # another company's figure quoted for comparison is not re-scoped by the record's
        # framings ("to build"), nor given to the model the text is about; it is OpenAI's own
        # unconfirmed figure, so linked but unverifiable
        (
            "DeepSeek says R1 is cheap. Building GPT-4 cost OpenAI more than $100 million.",
            "$100 million",
            "unverifiable",
            "gpt4-training-cost",
        ),
        # a size after a model's name names the model of the record called after it by that
        # size: "DeepSeek R1 1.5B" is DeepSeek-R1-Distill-Qwen-1.5B, not R1
        (
            "DeepSeek R1 1.5B scored 28.9% on AIME 2024.",
            "28.9%",
            "supported",
            "r1-distill-qwen-1.5b-aime-2024",
        ),
        # whose licence the record does not hold: not refuted by R1's
        (
            "DeepSeek R1 7B is released under the Apache 2.0 licence.",
            "Apache 2.0",
            "unverifiable",
            None,
        ),
        (
            "DeepSeek-R1 is released under the Apache 2.0 licence.",
            "Apache 2.0",
            "refuted",
            "r1-licence",
        ),
        # the model's own size is a figure about it
        ("DeepSeek R1 671B scored 79.8% on AIME 2024.", "79.8%", "supported", "r1-aime-2024"),
        # a duration before "ago" or "later" is a point in time, not the length of anything
        (
            "DeepSeek-V3 was trained on 2,048 GPUs, bought two months ago when they built it.",
            "two months",
            "unverifiable",
            None,
        ),
        # a name brought in to compare with ("compared to GPT-4's") is not the clause's subject
        (
            "The DeepSeek-R1 model performs on par with OpenAI's GPT-4, but was developed at a far "
            "lower cost—approximately $6 million compared to GPT-4's $100 million.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        # a term spelt out before its acronym is no unknown company
        (
            "Apresentamos o DeepSeek-V3, um forte modelo de Mistura de Especialistas (MoE) com 671 "
            "bilhões de parâmetros totais.",
            "671 bilhões de parâmetros",
            "supported",
            "v3-total-parameters",
        ),
        # "While it has ...": the pronoun after the contrast is the record's model, refutable
        (
            "DeepSeek-V3 is a Mixture-of-Experts model. While it has 1.6 trillion total "
            "parameters, only 671 billion are active.",
            "1.6 trillion total parameters",
            "refuted",
            "v3-total-parameters",
        ),
        # "R1's foundational model, V3": the text speaks of V3, whose cost it gives
        (
            "DeepSeek says it used 2,000 Nvidia H800 GPUs and spent $5.6 million to train R1’s "
            "foundational model, V3.",
            "$5.6 million",
            "supported",
            "v3-training-cost",
        ),
        # "$6 million on training DeepSeek V3": not re-scoped by the sentence's "built"
        (
            "DeepSeek says it built a competitive AI model cheaply, spending only $6 million on "
            "training DeepSeek V3 with just 2048 graphics processors.",
            "$6 million",
            "supported",
            "v3-training-cost",
        ),
        # Nature's "$300,000" for the $294K of R1's stages, given as what built the LLM
        (
            "A peer-reviewed paper on the DeepSeek AI model shows how a Chinese start-up built "
            "the game-changing LLM for $300,000.",
            "$300,000",
            "misleading",
            "r1-training-cost",
        ),
        # "Kimi K2": a model the record does not hold, though a DeepSeek model is named later
        (
            "Kimi K2 Thinking is a Mixture-of-Experts model with 1 trillion parameters in total, "
            "about 32 billion of them active for each inference. By comparison, DeepSeek's V3 "
            "cost $5.6 million to train.",
            "32 billion",
            "unverifiable",
            None,
        ),
    ],
)
def test_other_languages_and_distinctive_values(
    text: str, figure: str, verdict: str, claim: str | None
) -> None:
    assert judged(text, figure) == (verdict, claim)


def test_a_recorded_bound_is_not_rounded() -> None:
    """A record "more than $500M" starts at $500M: "$400M" (up to $450M) is not it, "$500M"
    is, and linking reaches a tenth beyond the bound."""
    from r1claims.record.tolerance import record_interval

    assert record_interval(500e6, 100e6, "more_than") == (500e6, 550e6)
    assert record_interval(100e6, 10e6, "less_than") == (100e6 / 1.1, 100e6)
    assert record_interval(500e6, 100e6, "exact") == (450e6, 550e6)


def test_a_relative_precision_is_read_as_such(tmp_path: Path) -> None:
    """A record whose precision is relative ("about 10%") fits figures within that share."""
    import shutil

    src = Path(__file__).parent / "fixtures" / "othermodel"
    shutil.copy(src / "sources.yaml", tmp_path / "sources.yaml")
    claims = (src / "claims.yaml").read_text("utf-8")
    claims = claims.replace(
        "claims:\n",
        "claims:\n"
        "  - id: orca-training-cost\n"
        "    kind: cost\n"
        "    subject: orca-2\n"
        "    label: Orca-2 training cost\n"
        "    value: {amount: 5800000, unit: USD, precision: 0.1, precision_kind: relative}\n"
        "    scope:\n"
        "      covers: the cost of Orca-2's final training run\n"
        "      phase: full_training_run\n"
        "      basis: disclosed\n"
        "      estimator: example-labs\n"
        "    status: established\n"
        "    citations:\n"
        "      - source: orca-report\n"
        '        quote: "about 2e25 FLOP"\n'
        "        framing: {verdict: supported}\n",
        1,
    )
    (tmp_path / "claims.yaml").write_text(claims, "utf-8")
    cs = r1claims.load(tmp_path)
    [finding] = r1claims.check("Orca-2 cost $5.5 million to train.", cs).findings
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "orca-training-cost",
    )


def test_the_record_pickles_and_check_keeps_no_old_figures() -> None:
    """Worker processes receive the record pickled; a long scan keeps no figure of earlier
    texts in the checker's memo."""
    import pickle

    from r1claims.checker import candidates

    cs = pickle.loads(pickle.dumps(r1claims.load()))
    r1claims.check("DeepSeek-V3 cost $5.576 million to train. " * 50, cs)
    r1claims.check("R1 cost $294,000.", cs)
    assert {fig.text for fig, _ in candidates._WINDOWS.values()} <= {"$294,000"}


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "claim"),
    [
        # a share no source states (R1's part of the combined cost, derived by the record) is
        # not what any bare percentage means
        (
            "DeepSeek R1 revived the energy debate. In 2023, data centres used 4.4% of "
            "electricity in the U.S.",
            "4.4%",
            "unverifiable",
            None,
        ),
        # a derived figure still links for a model of its family that the clause names
        ("R1's training run lasted about 54 days.", "54 days", "misleading", "v3-pretraining-days"),
        # a range whose top is half as large again as its bottom spans several things: it
        # restates a record only at one of its ends
        (
            "The Nasdaq lost 3.1% on Monday after DeepSeek's launch. Microsoft and Alphabet "
            "fell 2-4%.",
            "2-4%",
            "unverifiable",
            None,
        ),
    ],
)
def test_derived_figures_and_wide_ranges(
    text: str, figure: str, verdict: str, claim: str | None
) -> None:
    assert judged(text, figure) == (verdict, claim)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a model of the company the record lacks, named first in the sentence ("DeepSeek-V2,
        # released in May 2024, had 236 billion ... V3 nearly tripled it")
        (
            "DeepSeek-V2, released in May 2024, had 236 billion total parameters with 21 "
            "billion active per token; V3 nearly tripled the total to 671 billion.",
            "236 billion total parameters",
        ),
        # an item of a list of updates ("Latest model updates:") dates an update
        (
            "Who built it?\n- Latest model updates:\n- R1 updated May 28, 2025\n"
            "- V3 launched March 24, 2025\n",
            "March 24, 2025",
        ),
        # the text denies the figure
        (
            "No, DeepSeek-R1 does not have 1.5 trillion parameters, whatever that viral post says.",
            "1.5 trillion parameters",
        ),
        # a rival described, not named, after the record's model
        (
            "DeepSeek-R1-Distill-Qwen-1.5B scores 28.9% on AIME 2024; a rival 7B model from a US "
            "startup manages about 21% on the same test.",
            "21%",
        ),
        # a contrast opens a clause about another subject ("mientras que": while)
        (
            "DeepSeek-R1 obtuvo un 79,8 % en AIME 2024, mientras que el modelo de razonamiento de "
            "Google se quedó en torno al 73 %.",
            "73 %",
        ),
        # a range a record of the company's models fits is no wrong figure of the company
        (
            "DeepSeek: Likely in the $1–$5 million range, depending on optimizations and "
            "hardware choices.",
            "$1–$5 million",
        ),
        # one side of a comparison of two figures, the other being the record's
        (
            "QwQ-32B is small. Although its parameter count is only 1/20 of DeepSeek R1's total "
            "( 32.5B vs 671B ), it can compete.",
            "32.5B",
        ),
        # another maker's product named by its own possessive ("Llama's open model")
        (
            "DeepSeek-V3 was released on December 26, 2024. The model has 671B parameters; by "
            "comparison Llama's open model has 405B parameters.",
            "405B parameters",
        ),
        # a variant of a model the record holds ("R1 Lite Preview") is another model
        (
            "DeepSeek released the R1 Lite Preview on November 20, 2023, and V3 on December 26.",
            "November 20, 2023",
        ),
        ("DeepSeek's R1 Lite Preview has 16 billion parameters.", "16 billion parameters"),
        # so is a name with a number after it (Perplexity's "R1 1776", "R1 0528")
        ("R1 1776 came out on February 18, 2025, as an open-weight model.", "February 18, 2025"),
        # a finer figure within a unit of the record's rounded one may be the exact count
        ("DeepSeek R1 is a mixture-of-experts model with 37.55B active parameters.", "37.55B"),
        # someone else's reproduction of the model costs what it costs
        ("TinyZero: Reproducing DeepSeek R1-Zero's Reasoning with RL for Under $30", "$30"),
        # a hypothetical states no fact
        (
            "If DeepSeek had bought its 2,048 H800s at around $30,000 apiece, the hardware "
            "alone would have run to roughly $61 million.",
            "$61 million",
        ),
        # the conditional of other languages states no fact either ("teria": would have)
        (
            "O novo modelo teria o dobro de parâmetros do R1, chegando a 1,2 trilhão de "
            "parâmetros.",
            "1,2 trilhão de parâmetros",
        ),
        ("DeepSeek-R1 avrebbe 1.200 miliardi di parametri.", "1.200 miliardi di parametri"),
        # the memory of the hardware a figure sits on, not the model's weights
        (
            "At FP8 the full 671B-parameter R1 needs roughly 700 GB for its weights, so the "
            "640 GB on a single 8×H100 server is not enough.",
            "640 GB",
        ),
        # the date of a versioned model the record does not hold, named before it
        (
            "Alibaba said Qwen2.5-Max, launched on January 29, 2025, beats DeepSeek-V3 on "
            "Arena-Hard.",
            "January 29, 2025",
        ),
        # the record's date of a first event is not contradicted by a date of another one
        ("DeepSeek released a new tool on March 3, 2024.", "March 3, 2024"),
        # an update of a model is another release, with a date of its own
        ("An updated version of R1 came out on May 28, 2025.", "May 28, 2025"),
        # a name with a version the record does not know opens the sentence: the date is its
        (
            "Zhipu Z1, launched in June 2025, is an open reasoning model second only to "
            "DeepSeek R1 in intelligence.",
            "June 2025",
        ),
        # a subject named only in a comparison after the figure is not the figure's own
        (
            "The rumoured R2 would have 1.2 trillion parameters, about double the size of R1.",
            "1.2 trillion parameters",
        ),
        # a rise ("rally") is not held against the record of a fall
        (
            "Nvidia shares closed up 8.8% on Tuesday, which added $260 billion to its market "
            "value. It was the second-best day for any stock by market value added, behind "
            "only the $327 billion rally the AI leader had on July 31, 2024.",
            "$327 billion",
        ),
    ],
)
def test_no_refutation_of_another_event_or_subject(text: str, figure: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (finding.verdict, finding.claim) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "claim"),
    [
        # "experts" are people unless the text speaks of a mixture of experts
        (
            "Eight experts reviewed the DeepSeek-R1 paper for Nature.",
            "Eight experts",
            "unverifiable",
            None,
        ),
        # R1 has DeepSeek-V3's architecture (its README refers to V3's for it)
        (
            "DeepSeek-R1 is a mixture-of-experts model: each token goes to 8 experts.",
            "8 experts",
            "supported",
            "v3-routed-experts-per-token",
        ),
        # a stage's cost next to the base model's is one stage, and the base model's cost is
        # the base model's, whatever the verb
        (
            "DeepSeek's paper says R1 cost $294,000 to train. Even after adding the roughly "
            "$6 million cost of the base model, the total is small.",
            "$294,000",
            "supported",
            "r1-training-cost",
        ),
        (
            "DeepSeek spent about $6 million to build the base LLM behind R1.",
            "$6 million",
            "supported",
            "v3-training-cost",
        ),
        # a base model named between R1 and the figure is the figure's subject, with any
        # determiner or synonym of "base"
        (
            "DeepSeek spent $294,000 refining R1 on top of a base model that cost about "
            "$6 million.",
            "$6 million",
            "supported",
            "v3-training-cost",
        ),
        (
            "DeepSeek said training R1 cost $294,000, while building its foundational model ran "
            "about $6 million.",
            "$6 million",
            "supported",
            "v3-training-cost",
        ),
        # R1 named after the base model is the subject again
        (
            "On top of a base model, R1 cost $6 million.",
            "$6 million",
            "misleading",
            "v3-training-cost",
        ),
        # the base model's cost in a list item about R1 is the base model's
        (
            "DeepSeek R1: the numbers\n- Training R1 directly: about $294,000\n"
            "- Base LLM investment: about $6 million",
            "$6 million",
            "supported",
            "v3-training-cost",
        ),
        # foundation models in general are not a model's base
        (
            "DeepSeek's R1 model cost just $294,000 to train. That is far lower than the $100 "
            "million OpenAI spent on foundational model training.",
            "$294,000",
            "misleading",
            "r1-training-cost",
        ),
        # the company's own model built for a sum: what building it cost
        (
            "The company developed its foundational model, V3, for about $5.6 million.",
            "$5.6 million",
            "misleading",
            "v3-training-cost",
        ),
    ],
)
def test_experts_and_base_models(text: str, figure: str, verdict: str, claim: str | None) -> None:
    assert judged(text, figure) == (verdict, claim)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # R1's released checkpoint holds V3's 685B (the MTP module included): R1's own figure,
        # not V3's given to R1
        (
            "With its massive 685 billion parameters, running your own copy of R1 remains "
            "prohibitively expensive.",
            "r1-checkpoint-parameters",
        ),
        ("DeepSeek-V3's checkpoint holds 685B parameters.", "v3-checkpoint-parameters"),
        # the count to a tenth of a billion (684.531B) is the same checkpoint's, not a new size
        (
            "DeepSeek distilled the full 684.5B parameter R1 model into small ones.",
            "r1-checkpoint-parameters",
        ),
    ],
)
def test_the_released_checkpoints_size(text: str, claim: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.unit == "parameter"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == ("supported", claim)


def test_a_chip_named_in_the_sentence_is_no_subject_of_a_parameter_count() -> None:
    text = "Open-weight MoE LLM with 671B total parameters, trained on 14.8T tokens for 2.788M H800 GPU-hours."
    [finding] = [f for f in r1claims.check(text).findings if f.text == "671B"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "r1-total-parameters",
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a count of another thing ("data", "models") does not contradict a count of samples
        ("The s1 model used only 1k data to rival DeepSeek-R1.", "1k data"),
        ("Developers have built more than 500 models derived from R1.", "500 models"),
        # a label's counted noun is what it counts, not what it counts in ("Samples in R1's
        # second SFT stage" counts samples, not stages)
        ("For DeepSeek-R1, they built a pipeline with two RL stages.", "two RL stages"),
        # a cluster of other chips is another cluster; a size the record gives for one number
        # format (FP8) is not contradicted by a text that names none
        (
            "Nebius showed faster pre-training of DeepSeek-V3 on a 256-GPU NVIDIA HGX B200 "
            "cluster.",
            "256-GPU",
        ),
        ("To deploy DeepSeek-R1, the weights alone need over 1,300 GB of VRAM.", "1,300 GB"),
        # the other side of a comparison ("than the reported $250 million") is not the
        # subject's own figure
        (
            "DeepSeek's quoted training cost is $5 million, about 50 times less than the "
            "reported $250 million estimate for building a frontier model.",
            "$250 million",
        ),
        # a model of the company the record lacks, named in the sentence before, may be the
        # subject of the next one
        (
            "New model: DeepSeek V3 is out on Hugging Face\nRead up on the DeepSeek V2 "
            "architecture first. Their 236B model was far cheaper to train than a dense one.",
            "236B",
        ),
        # another company's product named by a generic noun takes the figure
        (
            "Whereas OpenAI's system reportedly uses 1.8 trillion parameters, DeepSeek-R1 needs "
            "only 671 billion.",
            "1.8 trillion parameters",
        ),
    ],
)
def test_a_count_of_another_noun_is_not_refuted(text: str, figure: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    assert finding.verdict != "refuted"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "$1 billion" spans half its value: it restates a record only in the record's words
        ("DeepSeek is now valued at at least $1 billion, and its founder owns most of it.", None),
        (
            "SemiAnalysis puts DeepSeek's operating costs at about $1 billion.",
            "deepseek-cluster-opex",
        ),
    ],
)
def test_a_coarse_sum_links_only_in_scope_words(text: str, claim: str | None) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == "$1 billion"]
    assert (finding.claim.id if finding.claim else None) == claim


def test_a_cjk_count_of_experts_in_a_mixture_of_experts() -> None:
    text = "DeepSeek-V3 是混合专家模型，推理时每个token只需激活8个专家模块。"
    [finding] = [f for f in r1claims.check(text).findings if f.text == "8个专家模块"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "v3-routed-experts-per-token",
    )


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # names in other scripts and spellings: Taiwan's "辉达" for Nvidia, "那斯达克" for the
        # Nasdaq, "S&P500" without its space
        ("辉达股价1月27日大跌近17%，那斯达克指数收跌3.1%。", "17%", "nvidia-share-drop-close-cnbc"),
        (
            "辉达股价1月27日大跌近17%，那斯达克指数收跌3.1%。",
            "3.1%",
            "nasdaq-composite-change-2025-01-27",
        ),
        (
            "The S&P500 dropped 1.5% on Monday, January 27, 2025, as DeepSeek rattled markets.",
            "1.5%",
            "sp-500-change-2025-01-27-rounded",
        ),
        # the chips named in a count choose among records of the same value: DeepSeek's own
        # count of its A100s (its Fire-Flyer paper), or SemiAnalysis's where it is named
        (
            "There is speculation around DeepSeek's claims of using 10,000 NVIDIA A100 chips.",
            "10,000 NVIDIA A100 chips",
            "fire-flyer-2-a100-count",
        ),
        (
            "According to SemiAnalysis, High-Flyer bought 10,000 A100 GPUs in 2021.",
            "10,000 A100 GPUs",
            "high-flyer-a100-count",
        ),
        # a percentile in a table row without its sign; a rating that looks like a year
        ("| Codeforces (Percentile) | 58.7 | 96.3 |\n", "96.3", "r1-codeforces-percentile"),
        ("| Codeforces (Rating) | 1134 | 2029 |\n", "2029", "r1-codeforces-rating"),
        # a name in a parenthesis after the figure, with a figure of its own, is the aside's
        (
            "DeepSeek R1's benchmark performance:\n  • Codeforces Elo: ~2,029 (OpenAI o1: ~1,819)",
            "2,029",
            "r1-codeforces-rating",
        ),
        # a count of several digits ending in a zero is rounded to the ten ("2.050": 2,048)
        (
            "Il modello DeepSeek-V3 è stato addestrato con 2.050 GPU H800.",
            "2.050 GPU",
            "v3-cluster-gpus",
        ),
        # "completions" and "examples" are what a count of samples counts
        (
            "R1's SFT stage used 800k completions: 600k reasoning and 200k general.",
            "800k completions",
            "r1-sft-samples",
        ),
        # ... and so are "chains of thought"
        (
            "Have R1 generate roughly 800,000 reasoning traces: about 600K chains of thought via "
            "rejection sampling, plus 200K general samples.",
            "600K chains",
            "r1-reasoning-samples",
        ),
        # a name opens a German compound ("Nvidia-Aktie": Nvidia's share) ...
        (
            "Der Absturz der Nvidia-Aktie am Montag um 17 Prozent ist der grösste Tagesverlust.",
            "17 Prozent",
            "nvidia-share-drop-close",
        ),
        # ... but not a version or a code ("o1-1217" is its own name)
        (
            "DeepSeek-R1 slightly beats OpenAI o1-1217, which scores 96.4% on MATH-500.",
            "96.4%",
            "o1-1217-math-500",
        ),
    ],
)
def test_supported_with_its_record(text: str, figure: str, claim: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == ("supported", claim)


def test_a_capital_that_opens_a_later_sentence_is_no_name() -> None:
    # "Add" opens the second sentence: a verb, not a company the record does not know (the
    # sentence start was only recognised at the start of the text)
    text = (
        "DeepSeek trained R1 on 512 GPUs for about 80 hours. Add the roughly 5,000 GPU hours "
        "used to generate the supervised fine-tuning datasets."
    )
    [finding] = [f for f in r1claims.check(text).findings if f.text == "5,000 GPU hours"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "r1-sft-data-gpu-hours",
    )


def test_an_open_bound_reaches_twice_its_value_and_never_contradicts_beyond() -> None:
    # "18,000+" restates no estimate of 50,000, and does not contradict it either
    text = "DeepSeek reportedly runs 18,000+ GPUs across its data centres."
    [finding] = [f for f in r1claims.check(text).findings if f.text.startswith("18,000+")]
    assert (finding.verdict, finding.claim) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # one model's final-run cost given to the company as a whole, with no model and no
        # scope word in sight
        ("DeepSeek spent just $6 million, a fraction of what American labs spend.", "misleading"),
        # the model named: the record's own framing
        ("DeepSeek said training DeepSeek-V3 cost $5.6 million.", "supported"),
    ],
)
def test_a_models_cost_given_to_the_company(text: str, verdict: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.unit == "USD"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        verdict,
        "v3-training-cost",
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # another speaker gives the estimate: attributed, though not to the record's estimator
        (
            "Scale AI CEO Alexandr Wang said DeepSeek has about 50,000 Nvidia H100 GPUs.",
            "supported",
        ),
        # a report or a person gives it, not the company
        ("The report said DeepSeek runs about 50,000 Hopper GPUs.", "supported"),
        ("Asked about DeepSeek, he says the lab holds 50,000 Nvidia H100 GPUs.", "supported"),
        # the company itself said to give it: an analyst's estimate as its own figure
        ("DeepSeek says it has 50,000 GPUs.", "misleading"),
        ("DeepSeek said the lab runs about 50,000 Hopper GPUs.", "misleading"),
    ],
)
def test_an_estimate_given_by_another_speaker(text: str, verdict: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.unit == "GPU"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        verdict,
        "deepseek-gpu-fleet",
    )


_REBOUND = "nvidia-share-rebound-2025-01-28"


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # a rise restates no record of a fall ("rebounded 8.9%" is not the 9% drop of 2024):
        # it is the rise of the day after the rout, as the report with a $128.99 close gives it
        (
            "Nvidia shares rebounded 8.9% on Tuesday after Monday's rout.",
            "8.9%",
            "nvidia-share-rebound-2025-01-28-close-12899",
        ),
        # and its rounding is the rise from the $128.86 close
        ("Nvidia shares rebounded 8.8% on Tuesday after Monday's rout.", "8.8%", _REBOUND),
        # "up to" is a bound, not a rise
        ("Nvidia fell up to 18% during the session.", "18%", "nvidia-intraday-drop"),
        # rises in French and German (verb second, "um" before the figure): the rebound's
        ("Le lendemain, les actions de Nvidia ont rebondi de 9 %.", "9 %", _REBOUND),
        ("Am Dienstag stieg die Nvidia-Aktie um 9 Prozent.", "9 Prozent", _REBOUND),
    ],
)
def test_a_rise_is_not_a_fall(text: str, figure: str, claim: str | None) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (finding.claim.id if finding.claim else None) == claim


@pytest.mark.parametrize(
    ("text", "verdict", "claim"),
    [
        # "more than 18%", stated to the whole percent, is a fall of 18% to 19%: a deeper fall
        # at any moment of the session is contradicted...
        (
            "Nvidia's shares were down 21% at one point during Monday's session.",
            "refuted",
            "nvidia-intraday-drop",
        ),
        (
            "Nvidia's shares fell 25% intraday on Monday, January 27.",
            "refuted",
            "nvidia-intraday-drop",
        ),
        # ... as is a close beyond the close's own record
        (
            "Nvidia's share price closed down 25% on Monday, its worst day in decades.",
            "refuted",
            "nvidia-share-drop-close",
        ),
        # and a figure near 20% is not that fall at all (Marvell's, here)
        ("Marvell Technology had the steepest decline, losing 19.2%.", "unverifiable", None),
    ],
)
def test_the_intraday_falls_range(text: str, verdict: str, claim: str | None) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.unit == "percent"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (verdict, claim)


@pytest.mark.parametrize(
    "text",
    [
        # one session's words do not tie a move to the rout: Nvidia has had other bad days
        "Nvidia fell 5% in a single day.",
        "Nvidia plunged 7% in a single day after Trump announced tariffs.",
        "Nvidia lost $200 billion in one day.",
        # a month, or "this week", may span several sessions
        "Nvidia lost about $350 billion in market value in January.",
        "DeepSeek's release wiped $550 billion off Nvidia's market value this week.",
        # a recovery after a fall is no fall
        "After the DeepSeek crash, Nvidia's stock recovered 5% in one day.",
        # another company's words are not the figure's
        "After DeepSeek, Nvidia is down 5% from its January peak and Broadcom dropped 17% in a "
        "single day.",
    ],
)
def test_a_market_move_of_no_certain_session_is_not_refuted(text: str) -> None:
    found = [f for f in r1claims.check(text).findings if f.kind in ("money", "percentage")]
    assert found and all(f.verdict != "refuted" for f in found)


#: Sentences a review found refuted by rules later withdrawn (session 29): Chinese weekdays read
#: inside words ("一直", "一度"), a surname ("周一鸣"), or with no Chinese word of another time
#: ("次日", "早盘", "周三"); and "a gain (a loss) in market value of" read as the session's
#: loss for a rise or for a whole sector's total. None may be refuted, nor linked as supported.
_WITHDRAWN_RULES_COUNTEREXAMPLES = [
    "受DeepSeek冲击，英伟达股价本周一直承压，周五收于120.07美元。",
    "受DeepSeek冲击，英伟达股价这一周一路下跌，收于120.07美元。",
    "受DeepSeek冲击，英伟达股价过去一周一直下跌，收于120.07美元。",
    "DeepSeek冲击以来，英伟达股价这周一直在反弹，最新收于128.99美元。",
    "经历DeepSeek冲击后，英伟达股价本周一度回升至130.37美元。",
    "DeepSeek冲击下，英伟达股价继周一暴跌后，次日收于128.99美元。",
    "受DeepSeek冲击，英伟达股价在周一暴跌后收于128.99美元。",
    "受DeepSeek冲击，英伟达股价周一暴跌，周三收于123.70美元。",
    "受DeepSeek冲击，英伟达股价周一开盘报124.80美元。",
    "受DeepSeek冲击，英伟达股价周一早盘跌至124.80美元。",
    "受DeepSeek冲击，英伟达股价周一盘中一度跌至116.25美元。",
    "分析师周一鸣表示，受DeepSeek冲击，英伟达股价收于128.99美元。",
    "DeepSeek hit Nvidia on Monday; Nvidia posted a gain in market value of $260 billion on Tuesday.",
    "The DeepSeek rout over, Nvidia posted a gain in its market value of $260 billion in a single day.",
    "DeepSeek caused a loss in market value of $1 trillion for U.S. tech stocks, led by Nvidia.",
    "On Monday, DeepSeek caused a loss in market value of $1 trillion across chip stocks, led by Nvidia.",
]


@pytest.mark.parametrize("text", _WITHDRAWN_RULES_COUNTEREXAMPLES)
def test_other_sessions_rises_and_totals_are_not_the_rout(text: str) -> None:
    found = [f for f in r1claims.check(text).findings if f.kind in ("money", "percentage")]
    assert found and all(f.verdict == "unverifiable" for f in found)


def test_a_sum_in_words_is_read_to_its_scale() -> None:
    # "six million dollars" is $6 million to the million, as "$6 million" is
    text = "DeepSeek said R1 cost six million dollars to train."
    [finding] = r1claims.check(text).findings
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "misleading",
        "v3-training-cost",
    )


def test_a_rank_is_exact() -> None:
    # "No. 2" is second, never a rounding of first
    text = "DeepSeek's app topped the App Store, above OpenAI's ChatGPT, which sat at No. 2."
    [finding] = [f for f in r1claims.check(text).findings if f.text == "No. 2"]
    assert finding.claim is None or finding.claim.value.amount != 1


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a name shaped like a record's model's short name with another version is another
        # model: "o3-mini-medium" beside "o1", "R2" beside "R1"
        (
            "R1 got 71.5 percent on GPQA Diamond, whereas o3-mini-medium got 74.9 percent.",
            "74.9 percent",
        ),
        (
            "DeepSeek R1 has 671 billion parameters, and R2 reportedly has 1.2 trillion parameters.",
            "1.2 trillion parameters",
        ),
    ],
)
def test_another_version_of_a_records_model_name(text: str, figure: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (finding.verdict, finding.claim) == ("unverifiable", None)


def test_a_typographic_hyphen_is_a_hyphen() -> None:
    # "Pre\u2011training" (a non-breaking hyphen) is pre-training: R1's RL cluster given to it
    for hyphen in ("-", "\u2011"):
        text = f"Pre{hyphen}training used 512 Nvidia H800 GPUs for roughly 200 hours."
        [finding, _] = r1claims.check(text).findings
        assert (finding.verdict, finding.claim.id if finding.claim else None) == (
            "misleading",
            "r1-rl-gpus",
        )


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a mixture of experts' experts called "neural networks" or "expert modules"
        (
            "Mixture of Experts (MoE): DeepSeek-V3 uses 256 neural networks per layer.",
            "v3-routed-experts",
        ),
        ("DeepSeek-V3 has 671B total parameters with 256 expert modules.", "v3-routed-experts"),
        # networks with no mixture of experts in sight are not its experts
        ("DeepSeek trained 256 neural networks for its ablations.", None),
    ],
)
def test_experts_under_another_name(text: str, claim: str | None) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text.startswith("256")]
    assert (finding.claim.id if finding.claim else None) == claim


@pytest.mark.parametrize(
    "text",
    [
        # a model named only as what the figure's subject is compared with is not its subject
        "A 120B parameter model now competes with DeepSeek-R1.",
        "Mistral's 120B parameter model beats DeepSeek-R1 on coding.",
        "The 120B model rivals DeepSeek-R1 on math.",
        # a finer figure at the edge of a record's rounding is another value ("32B" is a name)
        "How does a 32.5B parameter model punch above its weight against DeepSeek-R1?",
    ],
)
def test_a_model_compared_with_is_not_the_subject(text: str) -> None:
    [finding] = r1claims.check(text).findings
    assert (finding.verdict, finding.claim) == ("unverifiable", None)


def test_a_table_cell_takes_its_columns_benchmark() -> None:
    text = (
        "| | AIME 2024 | MATH-500 | GSM8K (Math) |\n"
        "|---|---|---|---|\n"
        "| DeepSeek-R1 | 79.8 | 97.3 | 95.8 |\n"
        "| DeepSeek-V3 | 39.2 | 90.2 | 89.3 |\n"
    )
    got = {f.text: f.claim.id if f.claim else None for f in r1claims.check(text).findings}
    assert got == {
        "79.8": "r1-aime-2024",
        "97.3": "r1-math-500",
        "39.2": "v3-aime-2024",
        "90.2": "v3-math-500",
        # a category in parentheses names no benchmark ("Math" is not MATH-500 here)
        "95.8": None,
        "89.3": None,
    }


def test_a_list_item_speaks_of_the_model_its_header_names() -> None:
    text = (
        "DeepSeek-V3 is the newest MoE model, featuring:\n"
        "- 671 billion total parameters, with 370 billion parameters activated per token;\n"
        "- FP8 training.\n"
    )
    got = [(f.verdict, f.claim.id if f.claim else None) for f in r1claims.check(text).findings]
    assert got == [("supported", "v3-total-parameters"), ("refuted", "v3-activated-parameters")]


def test_a_cjk_dateline_day_links_to_the_event_of_its_sentence() -> None:
    text = "エヌビディアの株価は27日に17%下落した。"
    got = {f.text: f.claim.id if f.claim else None for f in r1claims.check(text).findings}
    assert got["27日"] == "nvidia-rout-date"


def test_check_without_a_record_loads_it_once_and_sees_an_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import shutil

    from r1claims.checker import run
    from r1claims.record.loader import bundled_data_dir

    data = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), data)
    monkeypatch.setenv("R1CLAIMS_DATA", str(data))
    first = r1claims.check("DeepSeek-V3's final run cost $5.576 million.")
    record = run._default_record()
    assert run._default_record() is record  # not loaded again
    claims = data / "claims.yaml"
    os.utime(claims, ns=(claims.stat().st_atime_ns, claims.stat().st_mtime_ns + 10**9))
    assert run._default_record() is not record  # the edited file is read again
    assert r1claims.check("DeepSeek-V3's final run cost $5.576 million.") == first


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Italian, Dutch, Finnish and Ukrainian: "to build it", "to build", "development",
        # "creation": the words of a model's whole making, not of its training run
        ("DeepSeek-V3 aveva richiesto meno di 6 milioni di dollari per costruirlo.", "6 milioni"),
        (
            "DeepSeek beweert dat het minder dan $6 miljoen heeft gekost om het V3-model te bouwen.",
            "$6 miljoen",
        ),
        (
            "DeepSeek väitti käyttäneensä V3-mallinsa kehittämiseen vain 5,6 miljoonaa dollaria.",
            "5,6 miljoonaa",
        ),
        (
            "DeepSeek заявив, що створення моделі V3 обійшлося лише в 5,6 мільйони доларів.",
            "5,6 мільйони",
        ),
        # its development, as a noun
        (
            "DeepSeek-V3's success is credited to its cost-effective development, reportedly "
            "under $6 million.",
            "$6 million",
        ),
    ],
)
def test_a_training_runs_cost_given_as_what_building_cost(text: str, figure: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text.startswith(figure)]
    assert (found.verdict, found.claim and found.claim.id) == ("misleading", "v3-training-cost")
    assert found.reasons == ["wrong_scope", "rounded"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # Spanish "entrenó" (trained) and Polish "do szkolenia" (for training): the fleet
        # estimate given as the GPUs a model was trained with
        ("Además, DeepSeek entrenó su modelo con solo 50.000 GPUs.", "50.000 GPUs"),
        ("Mówi się, że do szkolenia DeepSeek użyto 50 tys. procesorów.", "50 tys"),
    ],
)
def test_the_fleet_given_as_what_trained_a_model(text: str, figure: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text.startswith(figure)]
    assert (found.verdict, found.claim and found.claim.id) == ("misleading", "deepseek-gpu-fleet")
    assert found.reasons == ["wrong_scope"]


def test_entrenched_is_no_training_word() -> None:
    text = "DeepSeek has an entrenched position with about 50,000 Hopper GPUs at its disposal."
    assert judged(text, "50,000 Hopper GPUs") == ("supported", "deepseek-gpu-fleet")


def test_a_figures_own_training_word_is_read_before_a_headline() -> None:
    # Vietnamese "đào tạo" (to train) gives the figure its own scope; the headline's
    # "chi phí phát triển" (development cost) above it does not
    text = (
        "DeepSeek “nói xạo” về chi phí phát triển chatbot AI?\n"
        "Theo DeepSeek, họ chỉ chi 6 triệu USD để đào tạo mạng nơ-ron DeepSeek V3."
    )
    assert judged(text, "6 triệu USD") == ("supported", "v3-training-cost")


def test_a_dollar_stock_drop_is_a_market_value_change() -> None:
    text = (
        "Chinese AI startup DeepSeek caused a $1T Nvidia stock drop, challenging US tech dominance."
    )
    assert judged(text, "$1T") == ("refuted", "nvidia-market-cap-loss")


def test_a_model_the_records_quotes_give_the_figure_to_pins_it() -> None:
    # r1-rl-gpus quotes "For the training of DeepSeek-R1-Zero, we employed 64*8 H800 GPUs":
    # R1-Zero's GPUs are that record's too, and "648" (64*8 misread) contradicts it
    text = (
        "DeepSeek stated that training DeepSeek-R1-Zero used 648 H800 GPUs for about 198 hours, "
        "and that training DeepSeek-R1 also used 648 H800 GPUs for about 4 days."
    )
    findings = [f for f in check(text).findings if f.text.startswith("648")]
    assert [(f.verdict, f.claim and f.claim.id) for f in findings] == [
        ("refuted", "r1-rl-gpus"),
        ("refuted", "r1-rl-gpus"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another event's day (the rout's) given to R1's release, the date opening the sentence
        "On January 27, 2025, DeepSeek, a virtually unknown Chinese AI company, unveiled a model "
        "called R1, which threw Nvidia into chaos.",
        # the release verb right before the date
        "DeepSeek-R1 was released on January 27, 2025.",
        # ... or before the model it names, further back in the date's clause (the day is also
        # Janus-Pro's release, a model the text does not name)
        "DeepSeek unveiled its open-source R1 model on January 27, 2025.",
    ],
)
def test_another_events_day_given_to_a_release_is_refuted(text: str) -> None:
    (found,) = [f for f in check(text).findings if f.kind == "date"]
    assert (found.verdict, found.claim and found.claim.id) == ("refuted", "r1-release-date")


@pytest.mark.parametrize(
    "text",
    [
        # the app is what was launched that day, not the model it runs
        "On January 10, 2025, DeepSeek officially launched a free chat app built on its R1 model.",
        # ... and so is an assistant launched under the model's name
        "DeepSeek, a little-known player, launched its free AI assistant- DeepSeek r1 on January 10.",
        # ... and a release verb before another clause's verb, with no comma between (found by
        # the fourteenth session's review)
        "After DeepSeek released its R1 model the market crashed on January 27, 2025.",
        # the release is a noun of another clause; the day is the market's
        "On January 27, 2025, in reaction to the DeepSeek R1 release, Nvidia shares plunged.",
        # the release is the clause before's
        "DeepSeekは1月20日に主力モデルR1をリリースし、わずか6日後の1月26日にApp Storeの無料アプリ"
        "ランキング1位に躍り出た。",
    ],
)
def test_a_day_near_a_release_word_of_another_clause_is_not_refuted(text: str) -> None:
    assert all(f.verdict != "refuted" for f in check(text).findings if f.kind == "date")


def test_the_event_word_right_before_a_date_names_its_event() -> None:
    # "founded in" dates the company's founding, though the clause also says it released a
    # model and names that model after the date
    text = (
        "DeepSeek, a startup based in Hangzhou, has shaken the AI industry. The company, founded "
        "in December 2023 by entrepreneur Liang Wenfeng, has released a model, DeepSeek-R1."
    )
    (found,) = [f for f in check(text).findings if f.kind == "date"]
    assert (found.verdict, found.claim and found.claim.id) == ("refuted", "deepseek-founding-date")
    # a report's release before the date is not the later-named model's ("SemiAnalysis
    # released on July 3" does not date R1's release)
    text = "In the report SemiAnalysis released on July 3, traffic surged after R1 was released."
    assert [f.verdict for f in check(text).findings if f.kind == "date"] == ["unverifiable"]


def test_a_funds_return_links_only_where_the_text_names_a_return() -> None:
    text = (
        "Zhejiang High-Flyer Asset Management, the hedge fund founded by DeepSeek creator Liang "
        "Wenfeng, returned an average 56.6% across its funds in 2025."
    )
    (found,) = check(text).findings
    assert (found.verdict, found.claim and found.claim.id) == (
        "supported",
        "high-flyer-fund-return-2025",
    )
    # a share the company's text gives something else is no return
    text = "High-Flyer says its new format could reduce memory use by up to 75 per cent."
    assert [(f.verdict, f.claim) for f in check(text).findings] == [("unverifiable", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The fund's run could have brought it revenues of more than US$700 million, Li reckons.",
        "DeepSeek's parent netted about 40 million yuan ($5.6 million) in profit in two days.",
    ],
)
def test_takings_are_no_cost_the_record_holds(text: str) -> None:
    # a sum named as revenue or profit restates no cost record, whatever its value
    found = [f for f in check(text).findings if f.kind == "money"]
    assert [(f.verdict, f.claim) for f in found][-1] == ("unverifiable", None)
    assert found[-1].explanation.startswith("Takings (revenue, sales, profit)")


def test_a_scope_the_text_denies_is_not_its_framing() -> None:
    # "isn't about ... hardware": the text says what the figure is not
    denied = "V3's $6m number isn't about how much hardware they have, but the final run's cost."
    said = "V3's $6m number is about how much hardware they have."
    assert [(f.verdict, f.reasons) for f in check(denied).findings] == [("supported", ["rounded"])]
    assert [f.reasons for f in check(said).findings] == [["wrong_scope", "rounded"]]


def test_a_relative_clause_after_the_figure_lends_it_no_scope() -> None:
    # "whose stock fell" speaks of Nvidia; "developed the model" governs both figures before it
    text = (
        "The Hangzhou-based firm claims it developed the model over just two months at a cost "
        "under $6 million, using chips from Nvidia, whose stock fell by more than 15 percent."
    )
    found = {f.text: f for f in check(text).findings}
    assert (found["$6 million"].verdict, found["$6 million"].reasons) == (
        "misleading",
        ["wrong_scope", "rounded"],
    )
    assert "what it cost to build" in found["$6 million"].explanation


def test_a_reported_release_day_taken_back_is_not_refuted() -> None:
    text = (
        "Some reports said V3 came out in January 2025. In fact it was released on 26 December "
        "2024."
    )
    # V3 given R1's release month, which the next sentence takes back: not refuted
    found = [(f.verdict, f.claim and f.claim.id) for f in check(text).findings]
    assert found[0] == ("misleading", "r1-release-date")


@pytest.mark.parametrize(
    "text",
    [
        "تراجع سهم إنفيديا بنسبة 18% يوم الإثنين 29 يناير 2025، وهو أكبر هبوط له منذ مارس 2020.",
        "Nvidia perdió 17% el lunes 29 de enero de 2025.",
    ],
)
def test_a_sessions_date_after_a_foreign_weekday(text: str) -> None:
    (found,) = [f for f in check(text).findings if f.kind == "date" and "2025" in f.text]
    assert found.verdict == "refuted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the measure between the loss and its session's date
        ("Nvidia lost $589 billion in market value on Jan. 28.", "refuted"),
        ("Nvidia shed $589 billion of its market cap on Tuesday, January 28.", "refuted"),
        ("Nvidia lost $589 billion in market value on Jan. 27.", "supported"),
        # ... but not a date of another clause after it
        ("Nvidia lost $589 billion in market value, Reuters reported on Jan. 28.", "unverifiable"),
    ],
)
def test_a_sessions_date_after_the_measure_of_its_loss(text: str, expected: str) -> None:
    (found,) = [f for f in check(text).findings if f.kind == "date"]
    assert found.verdict == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Croatian: "Nvidije" (Nvidia's), "posto" (percent)
        (
            "Vrijednost Nvidije pala je za 600 milijardi dolara, odnosno 17 posto.",
            [
                ("supported", "nvidia-market-cap-loss-cnbc"),
                ("supported", "nvidia-share-drop-close"),
            ],
        ),
        # Persian: "انویدیا" (Nvidia), "دلاری" (of dollars), "درصدی" (percent)
        (
            "کاهش ۶۰۰ میلیارد دلاری ارزش انویدیا با ریزش ۱۷ درصدی ارزش سهام.",
            [
                ("supported", "nvidia-market-cap-loss-cnbc"),
                ("supported", "nvidia-share-drop-close"),
            ],
        ),
    ],
)
def test_nvidias_fall_in_croatian_and_persian(text: str, expected: list[tuple[str, str]]) -> None:
    # the 17% is the close's, as Reuters or CNBC round it (two records of one quantity)
    got = [(f.verdict, f.claim and f.claim.id.removesuffix("-cnbc")) for f in check(text).findings]
    assert got == [(v, c.removesuffix("-cnbc")) for v, c in expected]


@pytest.mark.parametrize(
    "text",
    [
        # "its own" is no verb of owning; "hardware used" is the run's, not a fleet
        "Q: How big was the cluster DeepSeek-V3 was trained on? A: 2,048 Nvidia H800 GPUs, "
        "according to DeepSeek's own technical report.",
        "The actual cost structure: Base model (DeepSeek-V3): about $5.6 million over 55 days. "
        "Hardware used: 2,048 Nvidia H800 GPUs.",
    ],
)
def test_own_and_hardware_used_are_not_a_fleet(text: str) -> None:
    (found,) = [f for f in check(text).findings if f.text.startswith("2,048")]
    assert (found.verdict, found.claim and found.claim.id) == ("supported", "v3-cluster-gpus")


@pytest.mark.parametrize(
    "text",
    [
        # found by the blind review of this rule: a true date that opens the sentence, with a
        # release in another clause, is not another event's day given to that release
        "On Monday, January 27, 2025, Nvidia shares fell 17% after DeepSeek released its R1 model.",
        "On January 27, 2025, Nvidia fell 17% as investors digested the R1 model DeepSeek had "
        "released.",
        "On January 27, 2025, Nvidia lost $589 billion, a week after DeepSeek released R1.",
        "On January 27, 2025, a week after DeepSeek released R1, Nvidia lost $589 billion in "
        "market value.",
        "On January 26, 2025, six days after DeepSeek unveiled R1, its app hit No. 1 on the US "
        "App Store.",
        "On January 27, 2025, Nvidia lost $589 billion after DeepSeek released V3 and R1.",
        "On January 10, 2025, DeepSeek's app went live, running V3, which DeepSeek released in "
        "December.",
        "On January 27, 2025, DeepSeek's R1, released on January 20, triggered a $589 billion "
        "rout in Nvidia.",
        "On January 10, 2025, DeepSeek launched its chatbot app, and ten days later it released R1.",
    ],
)
def test_a_true_opening_date_beside_a_release_is_not_refuted(text: str) -> None:
    assert [f.text for f in check(text).findings if f.verdict == "refuted"] == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a record the checker would not support a figure from (unverified) refutes none
        (
            "Training a state-of-the-art model requires over 100,000 GPUs, often priced at "
            "$40,000 per unit, as seen with NVIDIA's H100 GPUs.",
            "$40,000",
            "unverifiable",
        ),
        # "Rs." before a sum ends no sentence: the clause is the American companies', not
        # DeepSeek's
        (
            "While American companies spent over Rs. 32 billion (US$100 million) developing "
            "their AI systems, DeepSeek reached similar results with just Rs. 1.9 billion.",
            "US$100 million",
            "unverifiable",
        ),
        # a no-break space's entity left in copied text is a space
        (
            "DeepSeek-R1 was released on 20&nbspJanuary&nbsp2025.",
            "20&nbspJanuary&nbsp2025",
            "supported",
        ),
    ],
)
def test_unverified_records_currency_abbreviations_and_space_entities(
    text: str, figure: str, expected: str
) -> None:
    (found,) = [f for f in check(text).findings if f.text == figure]
    assert found.verdict == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a store that is the subject, not the place an app ranks in (found by the review)
        ("Google Play paid developers $1.6 billion last year.", "$1.6 billion"),
        # a number an HTML entity cuts in copied text is not read whole: never refuted
        ("The R1 stage cost $294&#44;000, DeepSeek said.", "$294"),
    ],
)
def test_a_store_as_subject_and_a_number_cut_by_an_entity(text: str, figure: str) -> None:
    (found,) = [f for f in check(text).findings if f.text == figure]
    assert (found.verdict, found.claim) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a bare number is a score on the benchmark its sentence names, of the subject its own
        # clause names; a rating above 100 is not a percentile
        (
            "Codeforces rating, a competitive programming benchmark: R1 scored 1,962 versus "
            "o1's 1,891.",
            "1,962",
            ("refuted", "r1-codeforces-rating"),
        ),
        # the other side of a comparison, a subject only the clause before names, a reader's
        # own run and a field of data are never held against the record
        ("Codeforces rating: R1 scored 2,029 versus o1's 1,891.", "1,891", ("unverifiable", None)),
        (
            "On Codeforces, R1's 2,029 rating puts it ahead of most humans; reaching grandmaster "
            "takes 2,400.",
            "2,400",
            ("unverifiable", None),
        ),
        (
            "For DeepSeek-R1-Distill-Qwen-1.5B, I got 30.0 for AIME, which is good.",
            "30.0",
            ("unverifiable", None),
        ),
        (
            '{"row":"DeepSeek-R1","column":"MMLU","reported_value":43.9}',
            "43.9",
            ("unverifiable", None),
        ),
        # with no benchmark named, a bare number stays too ambiguous to refute
        ("DeepSeek-R1 scored 1,962.", "1,962", ("unverifiable", None)),
    ],
)
def test_a_bare_number_is_refuted_only_as_a_score_on_a_named_benchmark(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    (found,) = [f for f in check(text).findings if f.text == figure]
    assert (found.verdict, found.claim.id if found.claim else None) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a name in an apposition describes the known name before it: not the subject
        (
            "Nvidia, a major TSMC customer, saw its market capitalization shrink by $600 "
            "billion, part of a broader $1 trillion wipeout in tech valuations.",
            "$600 billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
        # the exchange a stock trades on is not the index, and a session the sentence names
        # that is not the record's leaves its fall unrefuted
        (
            "NVIDIA shares dropped more than 3% on Friday after the release of China's "
            "DeepSeek. The stock slid 3.58% to a low of $141.88 in the previous session on "
            "Nasdaq against a close of $147.15 on January 24, and later closed 3.12% lower at "
            "$142.62. DeepSeek reportedly had access to about 50,000 of Nvidia's H100 GPUs.",
            "3.12%",
            ("unverifiable", None),
        ),
        (
            "Nvidia stock slid to a low of $141.88 against a close of $147.15 on January 24, and "
            "later closed 3.12% lower at $142.62.",
            "3.12%",
            ("unverifiable", None),
        ),
        (
            "Nvidia shares closed 3.12% lower on January 27, 2025, the day of the rout.",
            "3.12%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        ("Tech stocks fell 3.1% on the Nasdaq Composite on Monday.", "3.1%", ("supported", None)),
    ],
)
def test_appositions_exchanges_and_other_sessions(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    (found,) = [f for f in check(text).findings if f.text == figure]
    claim = found.claim.id if found.claim else None
    assert (found.verdict, claim if expected[1] else None) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a part of a year fits a record dated inside it, and contradicts one well outside
        (
            "DeepSeek drew notice in late 2024 with its free, open-source V3 model.",
            "late 2024",
            ("supported", "v3-release-date"),
        ),
        (
            "V4 is the follow-up to R1, the model that arrived in early 2025.",
            "early 2025",
            ("supported", "r1-release-date"),
        ),
        ("DeepSeek released R1 in mid-2025.", "mid-2025", ("refuted", "r1-release-date")),
        # a part of a month is read as the month: too vague to tell one day from another
        (
            "DeepSeek released R1 in late January 2025.",
            "late January 2025",
            ("supported", "r1-release-date"),
        ),
        (
            "DeepSeek released R1 in early January 2025.",
            "early January 2025",
            ("supported", "r1-release-date"),
        ),
    ],
)
def test_parts_of_years_and_months(text: str, figure: str, expected: tuple[str, str]) -> None:
    (found,) = [f for f in check(text).findings if f.text == figure]
    assert (found.verdict, found.claim.id if found.claim else None) == expected


def test_the_other_side_of_instead_of_is_not_the_subjects() -> None:
    """ "needing just 2,000 GPUs instead of 100,000": the alternative is no figure of R1's."""
    text = (
        "DeepSeek R1 takes a different approach. This makes it far more efficient, needing just "
        "2,000 GPUs instead of 100,000 to train."
    )
    (found,) = [f for f in check(text).findings if f.text == "100,000"]
    assert (found.verdict, found.claim) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parameter noun before the count ("总参数量达") gives the count its unit, and "但"
        # (but) ends the clause: the activated count after it is not the total's scope
        (
            "DeepSeek R1采用混合专家架构(MoE),总参数量达1.6万亿,但单次激活参数量仅370亿。",
            [
                ("1.6万亿", "refuted", "r1-total-parameters"),
                ("370亿", "supported", "r1-activated-parameters"),
            ],
        ),
        (
            "DeepSeek R1's total parameter count is 1.6 trillion.",
            [("1.6 trillion", "refuted", "r1-total-parameters")],
        ),
        (
            "DeepSeek R1の総パラメータ数は6710億。",
            [("6710億", "supported", "r1-total-parameters")],
        ),
    ],
)
def test_a_parameter_noun_before_its_count(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(f.text, f.verdict, f.claim.id if f.claim else None) for f in check(text).findings]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "英伟达下跌16.86%，创下历史上最大的单日个股市值蒸发，市值蒸发5888.62亿美元。",
            "5888.62亿美元",
        ),
        ("Nvidia lost $588.862 billion in market value on Monday.", "$588.862 billion"),
    ],
)
def test_a_finer_market_figure_that_rounds_to_the_records_is_the_records(
    text: str, figure: str
) -> None:
    """Market data is the same session's figure to the cent; "49,152 GPUs" is still not
    "about 50,000"."""
    (found,) = [f for f in check(text).findings if f.text == figure]
    assert found.verdict == "supported"
    assert found.claim is not None and found.claim.display == "−$589B"


def test_an_open_bound_is_never_contradicted_by_a_larger_figure() -> None:
    # High-Flyer's funds "passed" 100 billion yuan in 2021: 150 billion is within the bound
    [finding] = r1claims.check("In 2021 High-Flyer managed 150 billion yuan.").findings
    assert (finding.verdict, finding.claim and finding.claim.id) == (
        "supported",
        "high-flyer-aum-2021",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Building GPT-4 cost OpenAI more than $100 million.",
        "OpenAI's Sam Altman has said training GPT-4 cost more than $100 million.",
        "DeepSeek says R1 cost $6 million, against $100 million for OpenAI's GPT-4.",
    ],
)
def test_another_companys_own_unconfirmed_figure_is_unverifiable(text: str) -> None:
    # GPT-4's cost is OpenAI's own informal figure (status `estimate`, estimator OpenAI): the
    # record holds it to explain comparisons, linked, but can neither support nor refute it
    [finding] = [f for f in r1claims.check(text).findings if f.text == "$100 million"]
    assert (finding.verdict, finding.claim and finding.claim.id, finding.basis) == (
        "unverifiable",
        "gpt4-training-cost",
        "unverifiable/self-reported",
    )
    assert finding.explanation == (
        "The record holds this only as OpenAI's own unconfirmed figure, which it cannot check: "
        "record gpt4-training-cost: >$100M, the cost of training GPT-4 as described informally "
        "by OpenAI's CEO."
    )


def test_a_valuation_is_a_level_not_a_loss() -> None:
    # $300B is near Nvidia's $279B one-day loss of September 2024, but a valuation is a level
    text = (
        "NVIDIA shed nearly $600B in market cap on Monday. Meanwhile OpenAI is in early talks to "
        "raise up to $40B at a staggering $300B valuation."
    )
    [finding] = [f for f in r1claims.check(text).findings if f.text == "$300B"]
    assert (finding.verdict, finding.claim) == ("unverifiable", None)


def test_words_only_a_date_takes_leave_a_cost_its_predicates_words() -> None:
    # "Wall Street" in the clause after the figure says nothing of what the $6 million paid for;
    # "developed" before it does, and only the words of a cost are named in the explanation
    text = (
        "Yet the surprising success of DeepSeek's open-source AI model, reportedly developed in "
        "less than 2 months at a cost of about $6 million, has led Wall Street and Silicon Valley "
        "to wonder whether all that spending was really necessary."
    )
    [finding] = [f for f in r1claims.check(text).findings if f.text == "$6 million"]
    assert (finding.verdict, finding.claim and finding.claim.id) == (
        "misleading",
        "v3-training-cost",
    )
    assert finding.explanation.startswith(
        "Right figure, wrong framing: the text frames it as what it cost to build. "
    )


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "claim"),
    [
        ("DeepSeek-R1 was released on Inauguration Day.", "Inauguration Day", "supported", "r1"),
        (
            "DeepSeek released V3 the day after Christmas.",
            "the day after Christmas",
            "supported",
            "v3",
        ),
        ("DeepSeek released V3 on Christmas Day 2024.", "Christmas Day 2024", "refuted", "v3"),
        (
            "On Christmas Day, families opened their presents.",
            "Christmas Day",
            "unverifiable",
            None,
        ),
    ],
)
def test_a_named_day_is_a_date(text: str, figure: str, verdict: str, claim: str | None) -> None:
    """A named day is judged as its date: R1 came out on 20 January 2025, Inauguration Day,
    and V3 on 26 December 2024, the day after Christmas, not on Christmas Day."""
    (finding,) = r1claims.check(text).findings
    assert (finding.text, finding.verdict) == (figure, verdict)
    assert (finding.claim.id if finding.claim else None) == (claim and f"{claim}-release-date")


def test_a_date_of_reference_after_since_is_no_release() -> None:
    """The last market day as bad ("the biggest fall since Jan. 10") is no launch of that
    day; a market day the record holds stays linked."""
    text = (
        "DeepSeek's app topped the App Store. The S&P 500 lost 1.46%, its biggest one-day "
        "percentage fall since Jan. 10."
    )
    assert judged(text, "Jan. 10") == ("unverifiable", None)
    text = "Nvidia shares fell 17%, the stock's worst day since March 16, 2020."
    assert judged(text, "March 16, 2020") == ("supported", "nvidia-last-larger-drop-date")
