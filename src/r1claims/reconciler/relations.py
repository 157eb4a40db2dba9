"""Findings from relations recorded in the data: derivations recomputed, parts, restatements."""

from __future__ import annotations

from r1claims.reconciler.explain import describe
from r1claims.reconciler.group_state import GroupState
from r1claims.reconciler.report import Finding
from r1claims.record.formula import FormulaError, evaluate, references
from r1claims.record.humanize import absolute_precision, format_amount, format_value
from r1claims.record.model import Claim, Quantity, Relation

__all__ = ["RelationFindings", "share_text"]


def share_text(part: Quantity, whole: Quantity) -> str:
    """The part's share of the whole at the precision the two figures allow: 'about 1% of
    it' for an approximate whole, 'at most 78% of it' against a lower bound ('>$100M')."""
    share = part.amount / whole.amount
    rel = max(
        absolute_precision(part) / max(abs(part.amount), 1e-300),
        absolute_precision(whole) / max(abs(whole.amount), 1e-300),
    )
    approximate = whole.qualifier != "exact" or part.qualifier != "exact" or rel > 0.005
    digits = 0 if approximate or 0.1 <= abs(share) <= 0.99 else 1
    text = f"{share:.{digits}%}"
    if text in ("0%", "0.0%"):
        text = "under 1%" if digits == 0 else "under 0.1%"
    if whole.qualifier in ("more_than", "at_least"):
        return f"at most {text} of it"
    if whole.qualifier in ("less_than", "at_most"):
        return f"at least {text} of it"
    if text.startswith("under"):
        return f"{text} of it"
    return f"about {text} of it" if approximate else f"{text} of it"


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
                share = f" ({share_text(tv, wv)})"
            verb = "is part of"
            if whole.status in ("disputed", "unverified", "wrong"):
                verb = f"would be part of the {whole.status} figure"
            elif rel.note and "presum" in rel.note.casefold():
                verb = "is presumed part of"
            text = f"{describe(target, cs)} {verb} {describe(whole, cs)}{share}."
            short_verb = verb.replace(f" the {whole.status} figure", "")
            self.findings.append(
                Finding(
                    kind="part_of",
                    members=[whole.id, target.id],
                    explanation=text,
                    short=f"{format_value(target.value)} {short_verb} "
                    f"{format_value(whole.value)}{share}",
                )
            )
        else:
            why = f": {rel.note.rstrip('.')}" if rel.note else ""
            if not why:
                why = self._closeness(target, whole)
            text = f"{format_value(target.value)} restates {format_value(whole.value)}{why}."
            self.findings.append(
                Finding(
                    kind="restated",
                    members=[whole.id, target.id],
                    explanation=text,
                    short=why.removeprefix(": "),
                )
            )

    @staticmethod
    def _closeness(target: Claim, whole: Claim) -> str:
        tv, wv = target.value, whole.value
        if not (isinstance(tv, Quantity) and isinstance(wv, Quantity)) or not wv.amount:
            return ""
        if tv.amount == wv.amount:
            return ": the same figure"
        return f": {abs(tv.amount - wv.amount) / abs(wv.amount):.1%} apart"

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
        computed_text = format_amount(computed, tv.unit, absolute_precision(tv))
        if holds:
            verdict = f"holds (off by {off:.2%}, within {rel.tolerance:.1%})"
        elif not rel.holds:
            verdict = f"does not hold, per the source (off by {off:.2%})" + (
                f": {rel.note.rstrip('.')}" if rel.note else ""
            )
        else:
            verdict = f"does NOT hold: off by {off:.2%}, tolerance {rel.tolerance:.1%}"
        self.findings.append(
            Finding(
                kind="derived",
                members=[target.id, *refs],
                holds=holds,
                per_source=not holds and not rel.holds,
                short=f"{format_value(tv)} = {shown}",
                explanation=f"{format_value(tv)} ({target.scope.covers}) = {shown} = "
                f"{computed_text}: {verdict}.",
            )
        )
