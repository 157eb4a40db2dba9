"""`r1claims conflicts` as a journalist reads it: headline first, a scope ladder, true
sentences; exact output on the bundled record's cost, GPU and Nvidia groups; the budget; and a
record about another model checked finding by finding."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import MINI, Run
from r1claims.reconciler.run import reconcile
from r1claims.record import load
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_amount, format_value
from r1claims.record.model import Quantity
from r1claims.render.conflicts import render_markdown, render_text

OTHER = Path(__file__).parent / "fixtures" / "othermodel"

MINI_COST = """\
== How much did it cost? (The Lab)  [cost/lab]
   2 figures circulate in coverage: $294K and $5.576M; none contradicts another. $294K is The Lab's
     rental-price valuation of the RL stages that turned Model-V3-Base into Model-R1; $5.576M is The
     Lab's rental-price valuation of Model-V3's official final training run. Coverage misframed 2
     citations, each in its own way.
   Figures, low to high (who and how; status; coverage; 2 more with --detail):
     $294K  Model-R1 RL stage cost (The Lab, rental valuation; 1 misframed)
     $5.576M  Model-V3 training run cost (The Lab, rental valuation; 1 misframed)
   Confused in coverage: $294K is confused with $5.576M (1 citation); they differ in subject and
     phase.
   Misframed in coverage:
     ! $294K as 'entire project' (wrong scope). $294K covers only the RL stages on top of Model-V3.
     ! $5.576M as 'R1's training' (wrong subject, rounded). $5.576M is Model-V3's final training
         run, not R1's.
"""

MINI_PRICE_MARKDOWN = """\
## What price was assumed? (The Lab) (`price/lab`)

Coverage cites no figure here. $2/GPU-hour is The Lab's figure for the rental price assumed to value the run.

| Figure | What | Who and how | Status | Coverage |
|---|---|---|---|---|
| $2/GPU-hour | Assumed GPU rental price | The Lab, disclosed | established | not cited by coverage |
"""

BUNDLED_COST = """\
== How much did it cost? (DeepSeek)  [cost/deepseek]
   4 figures circulate in coverage: $294K, $5.576M, ~$944M and ~$1.6B; none contradicts another.
     $294K is DeepSeek's rental-price valuation of the R1-Zero RL run, SFT-data generation and R1
     training stages on top of DeepSeek-V3-Base; $5.576M is DeepSeek's rental-price valuation of
     DeepSeek-V3's official final training run; ~$944M is SemiAnalysis' disputed estimate of the
     cost of operating DeepSeek's GPU clusters; ~$1.6B is SemiAnalysis' disputed estimate of the
     total server capital expenditure for DeepSeek's GPU fleet; $5.576M and $294K add up to ~$5.87M.
     The most common misframing: giving DeepSeek-V3's $5.576M to DeepSeek-R1 (3 of 8 misframed
     citations).
   Figures, low to high (who and how; status; coverage; 8 more with --detail):
     $294K  DeepSeek-R1 RL-stage cost (R1-Zero, SFT data, R1) (DeepSeek, rental valuation; 1 right,
       3 misframed)
     $5.576M  DeepSeek-V3 official training run cost (DeepSeek, rental valuation; 3 right, 3
       misframed)
     ~$5.87M  DeepSeek-V3 plus R1 final-run cost (derived) (computed; estimate; 1 right)
     ~$944M  DeepSeek cluster operating cost (SemiAnalysis estimate) (SemiAnalysis, analyst
       estimate; disputed; 1 right, 1 misframed)
     ~$1.6B  DeepSeek fleet server capex (SemiAnalysis estimate) (SemiAnalysis, analyst estimate;
       disputed; 1 right, 1 misframed)
   How they add up:
     ~$5.87M = $5.576M + $294K (checked)
       $5.576M = $5.328M + $238K + $10K (checked)
       $294K = ~$202K + ~$10K + ~$82K (checked)
   $5.576M is also written '~$6M' (rounded), 'under $6 million' (an upper bound) or '$5.5 million'
     (cut short).
   Confused in coverage: $294K is confused with $5.576M (3 citations), ~$944M (2 citations) and
     ~$1.6B (1 citation); they differ in subject and phase.
   Misframed in coverage:
     ! $294K as 'training R1' or 2 other framings (3 citations, 2 sources; wrong scope). $294K
         covers only the RL stages on top of DeepSeek-V3-Base, not the base model's training (fact
         sheet, section 10, rule 2).
     ! $5.576M as 'the cost of training DeepSeek R1' or 2 other framings (3 citations, 2 sources;
         wrong subject, rounded, wrong scope). $5.576M is DeepSeek-V3's official training run at $2
         per H800 GPU-hour, not R1's cost; it rounds to $5.6M, not $5.5M.
     ! ~$944M as 'cluster operations, included in a $1.6B development cost' (wrong scope, wrong
         subject, unattributed estimate). $944M is SemiAnalysis's separate estimate of cluster
         operating costs, reported alongside the $1.6B server capex, not part of it.
     ! ~$1.6B as 'total development cost of DeepSeek-R1' (wrong scope, wrong subject, unattributed
         estimate). $1.6B is SemiAnalysis's estimate of DeepSeek's server capex for its whole GPU
         fleet, not a development cost of R1 and not a DeepSeek figure.
"""

BUNDLED_GPUS = """\
== How many GPUs? (DeepSeek)  [gpu_count/deepseek]
   4 figures circulate in coverage: 16 GPUs, 512 GPUs, 2,048 GPUs and ~50,000 GPUs; none contradicts
     another. 16 GPUs is SGLang's official figure for one recommended configuration for serving the
     full 671B model with its official FP8 weights on H100/H800-class GPUs; 512 GPUs is DeepSeek's
     figure for the H800s used for the R1-Zero and R1 reinforcement-learning runs; 2,048 GPUs is
     DeepSeek's figure for the H800 cluster DeepSeek-V3 was trained on; ~50,000 GPUs is
     SemiAnalysis' disputed estimate of the Hopper GPUs SemiAnalysis estimates DeepSeek has access
     to, shared with High-Flyer. Coverage misframed 3 citations, each in its own way.
   Figures, low to high (who and how; status; coverage; 13 more with --detail):
     16 GPUs  GPUs to self-host full R1 in FP8 on H100s (SGLang) (SGLang, official statement; 2
       right)
     512 GPUs  DeepSeek-R1 RL training GPUs (DeepSeek, disclosed; 1 right, 1 misframed)
     2,048 GPUs  DeepSeek-V3 training cluster size (DeepSeek, disclosed; 1 misframed)
     ~50,000 GPUs  DeepSeek/High-Flyer GPU fleet (SemiAnalysis estimate) (SemiAnalysis, analyst
       estimate; disputed; 1 right, 1 misframed)
   How they add up:
     512 GPUs would be part of ~50,000 GPUs (about 1% of it) (checked)
     2,048 GPUs would be part of ~50,000 GPUs (about 4% of it) (checked)
   Confused in coverage: 512 GPUs is confused with 2,048 GPUs (1 citation); they differ in subject
     and phase.
   Misframed in coverage:
     ! 512 GPUs as 'DeepSeek's entire project' (wrong scope). The 512 H800s ran only R1's RL stages;
         DeepSeek-V3-Base was pre-trained on a 2,048-GPU cluster, and the company's fleet is far
         larger.
     ! 2,048 GPUs as 'the GPUs DeepSeek R1 was trained on' (wrong subject). 2,048 H800s is
         DeepSeek-V3's pre-training cluster; R1's reinforcement learning ran on 512 H800s.
     ! ~50,000 GPUs as 'computational power at DeepSeek's disposal' (unattributed estimate). About
         50,000 Hopper GPUs is SemiAnalysis's estimate, shared with High-Flyer; DeepSeek has not
         confirmed it.
"""

BUNDLED_NVIDIA_LOSS = """\
== How much market value was lost or gained? (Nvidia)  [market_cap_change/nvidia]
   2 figures circulate in coverage: −$589B and ~−$279B; none contradicts another. −$589B is market
     data from Bloomberg for the market capitalisation Nvidia lost in the trading session of 27 Jan
     2025; ~−$279B is market data from Bloomberg for the one-day market-value loss of Nvidia in
     September 2024, the record before 27 Jan 2025.
   Figures, low to high (who and how; status; coverage; 4 more with --detail):
     −$589B  Nvidia market value lost on 27 Jan 2025 (Bloomberg) (Bloomberg, market data; 6 right)
     ~−$279B  Previous record one-day market-value loss (Nvidia, Sept 2024) (Bloomberg, market data;
       1 right)
   −$589B is also given as ~−$600B (CNBC's 'almost $600 billion' rounds the same one-day loss that
     Bloomberg computes as $589B); given as −$593.7B (The same one-day loss computed with another
     share count ($593.7B against Bloomberg's $589B)); Nvidia market value lost on 27 Jan 2025
     (LongBridge) (LongBridge gives Bloomberg's $589B next to its own close).
   Same figure: −$589B (Bloomberg) is the original; ~−$593B (Reuters) restates it.
   −$589B is also written 'almost $600 billion' (rounded), 'nearly $600 billion' (rounded) or
     'approximately $600 billion' (rounded).
"""


def test_mini_cost_group_exactly(cli: Callable[..., Run]) -> None:
    report = reconcile(load(MINI)).select(group="cost/lab")
    assert render_text(report) == MINI_COST
    run = cli("conflicts", "--data", str(MINI), "--group", "cost/lab")
    assert (run.code, run.out) == (0, MINI_COST)


def test_mini_markdown_exactly() -> None:
    report = reconcile(load(MINI)).select(group="price/lab")
    assert render_markdown(report) == MINI_PRICE_MARKDOWN


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("cost/deepseek", BUNDLED_COST),
        ("gpu_count/deepseek", BUNDLED_GPUS),
        ("market_cap_change/nvidia", BUNDLED_NVIDIA_LOSS),
    ],
)
def test_bundled_groups_exactly(group: str, expected: str) -> None:
    assert render_text(reconcile(load()).select(group=group)) == expected


def test_budget_on_the_bundled_record() -> None:
    """At most 150 lines at 100 columns; the cost group in 40; the most disputed first."""
    report = reconcile(load())
    text = render_text(report)
    assert len(text.splitlines()) <= 150
    assert max(len(line) for line in text.splitlines()) <= 100
    assert len(render_text(report.select(group="cost/deepseek")).splitlines()) <= 40
    assert report.groups[0].id == "cost/deepseek"
    assert "\n  1. How much did it cost? (DeepSeek)" in text.split("\n\n")[0]
    assert re.match(r"\d+ groups of figures; 0 unexplained conflicts; ", text)
    assert "as of 2025" not in text  # publication dates are never scope


def test_detail_keeps_the_exhaustive_view(cli: Callable[..., Run]) -> None:
    run = cli("conflicts", "--group", "cost/deepseek", "--detail")
    assert run.code == 0
    assert "answer different questions" in run.out
    assert len(run.out.splitlines()) > 40


def test_fail_on_disagreement(cli: Callable[..., Run]) -> None:
    assert cli("conflicts", "--data", str(OTHER), "--fail-on", "conflict").code == 0
    assert cli("conflicts", "--data", str(OTHER), "--fail-on", "disagreement").code == 1
    assert cli("conflicts", "--data", str(MINI), "--fail-on", "disagreement").code == 0


def test_another_models_record_findings_exactly() -> None:
    """Estimates of one thing that disagree (one omits the GPU model: not a scope difference),
    a derivation that does not hold per the source, a part of a lower-bound whole."""
    report = reconcile(load(OTHER))
    findings = [(g.id, f.kind, f.members, f.explanation) for g in report.groups for f in g.findings]
    assert findings == [
        (
            "compute/example-labs",
            "estimates_disagree",
            ["orca-compute-lab", "orca-compute-watch"],
            "Estimates disagree on the compute of Orca-2's final training run: Example Labs "
            "(disclosed, stated 1 Mar 2025) puts it at 2×10^25 FLOP, Compute Watch (analyst "
            "estimate, stated Apr 2025) at 5×10^25 FLOP; 2.5 times apart, beyond their precision.",
        ),
        (
            "cost/example-labs",
            "derived",
            ["orca-run-cost", "orca-gpu-hours", "orca-price"],
            "$78.3M (Orca-2's final training run) = 39.15M GPU-hours × $1/GPU-hour = $39.1M: does "
            "not hold, per the source (off by 50.00%): The report's own table gives $78.3M, twice "
            "its GPU-hours at its price.",
        ),
        (
            "cost/example-labs",
            "part_of",
            ["orca-development-cost", "orca-run-cost"],
            "$78.3M (Orca-2's final training run) is part of >$100M (everything Orca-2 cost to "
            "develop) (at most 78% of it).",
        ),
    ]
    assert report.broken_derivations == []
    assert [f.members for f in report.disagreements] == [["orca-compute-lab", "orca-compute-watch"]]


def test_a_value_refuted_citation_is_not_a_restatement() -> None:
    """'about $2' for a $1 price is refuted: never listed as a rounding, and the explanation
    says the value was misstated, not 'It is not ...'."""
    group = reconcile(load(OTHER)).select(group="price/example-labs").groups[0]
    assert [f for f in group.findings if f.kind == "restated"] == []
    [member] = group.members
    assert member.explanation == (
        "$1/GPU-hour covers the rental price the report assumes. Disclosed by Example Labs. "
        "Some coverage misstated the value itself."
    )


def test_values_print_at_their_precision() -> None:
    assert format_amount(2e25, "FLOP", 1e25) == "2×10^25 FLOP"
    assert format_amount(3.8e25, "FLOP", 1e24) == "3.8×10^25 FLOP"
    assert format_amount(1.3e10, "Wh", 1e9) == "13 GWh"
    assert format_amount(2e25, "count", 1e25) == "2×10^25"
    relative = Quantity(amount=4.2e7, unit="USD", precision=0.1, precision_kind="relative")
    assert format_value(relative) == "$42M"


def test_estimator_names_come_from_sources_or_the_slug() -> None:
    cs = load(OTHER)
    assert cs.estimator_name("compute-watch") == "Compute Watch"
    assert cs.estimator_name("example-labs") == "Example Labs"
    assert load().estimator_name("sensor-tower") == "Sensor Tower"
    assert load().estimator_name("crowdstrike") == "CrowdStrike"  # as a source title spells it


def test_bottom_line_is_generated_from_structure() -> None:
    cost = reconcile(load()).select(group="cost/deepseek").groups[0]
    assert cost.bottom_line[0] == (
        "4 figures circulate in coverage: $294K, $5.576M, ~$944M and ~$1.6B; none contradicts "
        "another."
    )
    assert "SemiAnalysis' disputed estimate" in cost.bottom_line[1]
    assert "add up to ~$5.87M" in cost.bottom_line[1]


def test_html_page_is_self_contained(cli: Callable[..., Run]) -> None:
    run = cli("conflicts", "--format", "html")
    assert run.code == 0
    page = run.out
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "src=" not in page and "href=" not in page
    assert page.count('<section class="group"') == len(reconcile(load()).groups)
    assert page.count('<table class="ladder"><thead>') == page.count('<svg class="chart"')


def test_notebook_html_is_the_page_structure_cut_with_a_note() -> None:
    """Corrections included, tables with headers, long reports cut as pandas does."""
    report = reconcile(load())
    html = report._repr_html_()
    assert html.count('<section class="group"') == 10
    assert f"{len(report.groups) - 10} more groups not shown" in html
    assert html.count("<thead>") == html.count('<table class="ladder">') == 10
    assert "Misframed in coverage (corrections)" in html
    group = report.select(group="cost/deepseek").groups[0]
    assert group._repr_html_().count('<table class="ladder"><thead>') == 1
    assert "$294K covers only the RL stages" in group._repr_html_()


def test_html_escapes_the_record(mini_copy: Path) -> None:
    text = (mini_copy / "claims.yaml").read_text(encoding="utf-8")
    text = text.replace("label: Model-V3 training run cost", "label: <script>alert(1)</script>")
    (mini_copy / "claims.yaml").write_text(text, encoding="utf-8")
    html = reconcile(load(mini_copy))._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_check_html_page(cli: Callable[..., Run], tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "DeepSeek said R1 cost just $294,000 to train, on 512 Nvidia H800 chips.", "utf-8"
    )
    run = cli("check", "--format", "html", str(article))
    assert run.code == 1  # a misleading figure
    page = run.out
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert '<mark class="v-misleading" title="misleading: ' in page
    assert '<sup><a href="#fn1" id="ref1">1</a></sup></mark>' in page
    assert '<li id="fn1"><b>$294,000</b>: <span class="v-misleading">misleading</span>' in page
    assert "<th>supported</th><th>misleading</th><th>refuted</th><th>unverifiable</th>" in page
    assert "record <code>r1-training-cost</code>" in page


def test_a_group_is_titled_with_what_its_subjects_share(mini_copy: Path) -> None:
    """A family that is not an entity heading the family is not printed as a name: the
    subjects are."""
    text = (mini_copy / "claims.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    family: lab\n    aliases: [Lab]", "    family: lab-company\n    aliases: [Lab]"
    )
    (mini_copy / "claims.yaml").write_text(text, encoding="utf-8")
    questions = {g.id: g.question for g in reconcile(load(mini_copy)).groups}
    assert questions["cost/lab"] == "How much did it cost? (Model-R1, Model-V3)"


def test_validate_names_the_current_directory(
    cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(MINI)
    run = cli("validate", "--data", ".")
    assert run.err.startswith("r1claims validate: .: ") or run.out.startswith(
        "r1claims validate: .: "
    )


def test_relative_and_order_of_magnitude_precision_decide_agreement(mini_copy: Path) -> None:
    """'order of 10^25' agrees with 3×10^25 (within a factor of √10); $5.8M stated to 10%
    restates $5.576M, stated to 1% it does not."""
    text = (mini_copy / "claims.yaml").read_text(encoding="utf-8")
    extra = """  - id: v3-cost-loose
    kind: cost
    subject: model-v3
    label: Model-V3 run cost, loosely
    value: {amount: 5800000, unit: USD, precision: PRECISION, precision_kind: relative}
    scope:
      covers: Model-V3's official final training run
      phase: full_training_run
      basis: analyst_estimate
      estimator: example-research
    status: estimate
    status_reason: An outside estimate.
    citations:
      - source: analyst
        quote: "about $5.8M"
        framing: {verdict: supported}
"""
    findings = {}
    for precision in ("0.1", "0.01"):
        copy = text.replace("relations:\n", extra.replace("PRECISION", precision) + "relations:\n")
        (mini_copy / "claims.yaml").write_text(copy, encoding="utf-8")
        group = reconcile(load(mini_copy)).select(group="cost/lab").groups[0]
        findings[precision] = sorted(f.kind for f in group.findings if "v3-cost-loose" in f.members)
    assert findings == {"0.1": ["restated"], "0.01": ["estimates_disagree"]}
    from r1claims.reconciler.grouping import same_value
    from r1claims.record.model import Claim

    base = load(OTHER).claim("orca-compute-lab")
    order = base.model_copy(
        update={
            "value": Quantity(
                amount=3e25, unit="FLOP", precision=1e25, precision_kind="order_of_magnitude"
            )
        }
    )
    far = base.model_copy(update={"value": Quantity(amount=5e26, unit="FLOP", precision=1e26)})
    assert isinstance(order, Claim) and same_value(order, base) and not same_value(order, far)
    assert format_value(order.value) == "order of 3×10^25 FLOP"


def test_every_view_fits_100_columns() -> None:
    report = reconcile(load())
    for detail in (False, True):
        for g in report.groups:
            text = render_text(report.select(group=g.id), detail=detail)
            assert max(len(line) for line in text.splitlines()) <= 100, g.id


@settings(max_examples=15, deadline=None)
@given(st.randoms(use_true_random=False))
def test_another_models_report_does_not_depend_on_input_order(rnd: random.Random) -> None:
    cs = load(OTHER)
    claims, relations = list(cs.claims), list(cs.relations)
    rnd.shuffle(claims)
    rnd.shuffle(relations)
    shuffled = ClaimSet(
        entities=cs.entities, sources=cs.sources, claims=claims, relations=relations
    )
    assert reconcile(shuffled) == reconcile(cs)


def test_a_derivation_recorded_as_not_holding_is_not_an_error(mini_copy: Path) -> None:
    """`holds: false` (with its note) validates clean; without a note it is refused."""
    from r1claims.record.validation import validate

    assert validate(OTHER).diagnostics == []
    text = (OTHER / "claims.yaml").read_text(encoding="utf-8")
    broken = text.replace(
        "    note: The report's own table gives $78.3M, twice its GPU-hours at its price.\n", ""
    )
    (mini_copy / "claims.yaml").write_text(broken, encoding="utf-8")
    (mini_copy / "sources.yaml").write_text(
        (OTHER / "sources.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    messages = [d.message for d in validate(mini_copy).diagnostics]
    assert any(
        "`holds: false` is for a `derived` relation and needs a `note`" in m for m in messages
    )


def test_headlines_name_or_count_what_circulates() -> None:
    groups = {g.id: g for g in reconcile(load(OTHER)).groups}
    assert groups["energy/example-labs"].headline == (
        "How much energy? (Example Labs): not cited by coverage"
    )
    assert groups["compute/example-labs"].headline == (
        "How much compute? (Example Labs): 5×10^25 FLOP (1 disagreement, 1 misframed)"
    )
    statements = reconcile(load()).select(group="statement/deepseek").groups[0]
    assert statements.headline.startswith("What is established? (DeepSeek): 4 figures circulate")
