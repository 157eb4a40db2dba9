"""Review rules for the bundled record, each a test that would have caught a correction made in
issue 10's review: a figure read only through secondary notes is not established; a figure given
to another model is a wrong subject; one quote gets one verdict; what the fact sheet calls wrong
is refuted; scope lists hold whole items; money written in a scope is a figure of the record;
a day-01 `as_of` says how much of the date is known."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml

from r1claims.reconciler.run import reconcile
from r1claims.record import load
from r1claims.record.tolerance import restates

FIXTURES = Path(__file__).parent / "fixtures"
_MONEY = re.compile(r"\$(\d+(?:\.\d+)?)([KMB])")
_SCALE = {"K": 1e3, "M": 1e6, "B": 1e9}


def test_figures_read_through_secondary_notes_are_not_established() -> None:
    """r1-gpu-hours-total (147K) came from a cost table read only via secondary notes."""
    cs = load()
    wrong = [
        c.id
        for c in cs.claims
        if c.status == "established"
        and any("secondary notes" in (cit.locator or "") for cit in c.citations)
    ]
    assert wrong == []
    assert cs.claim("r1-gpu-hours-total").status == "unverified"


def test_a_figure_given_to_another_model_is_a_wrong_subject() -> None:
    """SemiAnalysis' fleet capex and opex given to R1 are misattributed, not only mis-scoped."""
    cs = load()
    models = {e.id for e in cs.entities if e.type == "model"}
    value_reasons = {"contradicted", "overstated", "understated", "arithmetic_error", "wrong_unit"}
    missing = [
        (c.id, cit.source)
        for c in cs.claims
        for cit in c.citations
        if cit.framing.verdict in ("misleading", "refuted")
        and cit.framing.subject in models
        and cit.framing.subject != c.subject
        and not value_reasons & set(cit.framing.reasons)
        and not {"wrong_subject", "wrong_entity"} & set(cit.framing.reasons)
    ]
    assert missing == []


def test_one_quote_with_the_same_reasons_gets_one_verdict() -> None:
    """app-launch-date and app-runs-v3 judged Wikipedia's 'based on the DeepSeek-R1 model'
    differently."""
    verdicts: dict[tuple[str, str, frozenset[str]], set[str]] = defaultdict(set)
    for c in load().claims:
        for cit in c.citations:
            if cit.framing.reasons:
                key = (cit.source, cit.quote, frozenset(cit.framing.reasons))
                verdicts[key].add(cit.framing.verdict)
    assert {k[:2]: v for k, v in verdicts.items() if len(v) > 1} == {}


def test_what_the_fact_sheet_calls_wrong_is_refuted() -> None:
    cs = load()
    rows = yaml.safe_load((FIXTURES / "factsheet_verdicts.yaml").read_text("utf-8"))
    found = {}
    for row, items in rows.items():
        for item in items:
            [cit] = [
                cit
                for cit in cs.claim(item["claim"]).citations
                if cit.source == item["source"] and cit.quote.startswith(item["quote"])
            ]
            found[(row, item["claim"])] = cit.framing.verdict
    assert set(found.values()) == {"refuted"}, found


def test_scope_lists_hold_whole_items() -> None:
    """r1-selfhost-gpus' excludes had one item split at a comma inside quotes."""
    broken = [
        (c.id, item)
        for c in load().claims
        for item in [*c.scope.includes, *c.scope.excludes]
        if item.count("(") != item.count(")") or item.count('"') % 2
    ]
    assert broken == []


def test_money_written_in_a_scope_is_a_figure_of_the_record() -> None:
    """r1-training-cost excluded 'pre-training (~$5.58M)': $5.58M is V3's whole run; V3-Base
    (pre-training and context extension) is $5.566M."""
    cs = load()
    amounts = [
        (c.value.amount, c.value.precision)
        for c in cs.claims
        if c.value.__class__.__name__ == "Quantity" and getattr(c.value, "unit", "") == "USD"
    ]
    stray = []
    for c in cs.claims:
        for item in [*c.scope.includes, *c.scope.excludes]:
            for number, suffix in _MONEY.findall(item):
                written = float(number) * _SCALE[suffix]
                precision = (
                    10 ** -len(number.split(".")[1]) * _SCALE[suffix]
                    if "." in number
                    else _SCALE[suffix]
                )
                if not any(abs(written - a) <= precision / 2 for a, _ in amounts):
                    stray.append((c.id, item))
    assert stray == []
    assert "(~$5.57M)" in " ".join(cs.claim("r1-training-cost").scope.excludes)
    assert restates(5.57e6, 1e4, cs.claim("v3-base-training-cost").value.amount)  # type: ignore[union-attr]


def test_a_first_of_the_month_as_of_says_its_precision() -> None:
    """A month- or year-only date is stored as its first day; the record says so, and the
    explanation never prints a day that is not known."""
    cs = load()
    assert [
        c.id
        for c in cs.claims
        if c.scope.as_of is not None and c.scope.as_of.day == 1 and c.scope.as_of_precision is None
    ] == []
    text = " ".join(m.explanation for g in reconcile(cs).groups for m in g.members)
    assert re.findall(r"(?<!\d)1 (?:Sep 2024|Feb 2025|Oct 2024|Jan 2021)", text) == []


def test_labels_fit_a_ladder_row() -> None:
    """The scope ladder names each figure by its label: at most 80 characters."""
    assert [c.id for c in load().claims if len(c.label) > 80] == []
