"""Findings from relations recorded in the data: derivations recomputed, parts, restatements."""

from __future__ import annotations

from r1claims.reconciler.explain import describe
from r1claims.reconciler.group_state import GroupState
from r1claims.reconciler.report import Finding
from r1claims.record.formula import FormulaError, evaluate, references
from r1claims.record.humanize import format_amount, format_value
from r1claims.record.model import Claim, Quantity, Relation

__all__ = ["RelationFindings"]


class RelationFindings(GroupState):
    """Step 1 of the group analysis (see `r1claims.reconciler.run`)."""

    # 1. relations recorded in the data ------------------------------------------------------
    def recorded_relation(self, rel: Relation) -> None:
        cs = self.cs
        target = cs.claim(rel.claim)
        if rel.kind == "derived" and rel.formula is not None:
            self.derived(rel, target)
            return
        assert rel.of is not None
        whole = cs.claim(rel.of)
        if rel.kind == "restates":
            self.covered_by_relation.add(target.id)
        if rel.kind == "part_of":
            share = ""
            tv, wv = target.value, whole.value
            if isinstance(tv, Quantity) and isinstance(wv, Quantity) and wv.amount:
                share = f" ({tv.amount / wv.amount:.1%} of it)"
            text = f"{describe(target, cs)} is part of {describe(whole, cs)}{share}."
            self.findings.append(
                Finding(kind="part_of", members=[whole.id, target.id], explanation=text)
            )
        else:
            text = f"{format_value(target.value)} restates {describe(whole, cs)}."
            self.findings.append(
                Finding(kind="restated", members=[whole.id, target.id], explanation=text)
            )

    def derived(self, rel: Relation, target: Claim) -> None:
        assert rel.formula is not None
        cs = self.cs
        refs = references(rel.formula)
        values: dict[str, float] = {}
        # claim ids never contain * or /, so the operators can be made readable first
        shown = rel.formula.replace("*", "×").replace("/", "÷")
        for ref in refs:
            value = cs.claim(ref).value
            if isinstance(value, Quantity):
                values[ref] = value.amount
            shown = shown.replace("{" + ref + "}", format_value(value))
        tv = target.value
        try:
            computed = evaluate(rel.formula, values)
        except FormulaError as exc:
            self.findings.append(
                Finding(
                    kind="derived",
                    members=[target.id, *refs],
                    holds=False,
                    explanation=f"{target.id} cannot be recomputed: {exc}.",
                )
            )
            return
        if not isinstance(tv, Quantity):
            return
        off = abs(computed - tv.amount) / max(abs(tv.amount), abs(computed), 1e-300)
        holds = off <= rel.tolerance
        computed_text = format_amount(computed, tv.unit, tv.precision)
        verdict = (
            f"holds (off by {off:.2%}, within {rel.tolerance:.1%})"
            if holds
            else f"does NOT hold: off by {off:.2%}, tolerance {rel.tolerance:.1%}"
        )
        self.findings.append(
            Finding(
                kind="derived",
                members=[target.id, *refs],
                holds=holds,
                explanation=f"{format_value(tv)} ({target.scope.covers}) = {shown} = "
                f"{computed_text}: {verdict}.",
            )
        )
