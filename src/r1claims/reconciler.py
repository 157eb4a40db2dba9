"""Reconciler: group figures that answer the same question and classify how they relate.

Grouping rule
    A group is every claim with the same ``kind``, the same ``metric`` (benchmarks only) and a
    subject of the same entity ``family``: "cost / deepseek" holds V3's run, R1's RL stages and
    the fleet estimates alike. The value never decides the group.

Classification inside a group (near-linear: one dict pass, one sort per partition)
    1. Relations recorded in the data: ``derived`` formulas are recomputed and said to hold or
       not within their tolerance; ``part_of`` and ``restates`` are stated.
    2. Members are partitioned by *comparable scope*: subject, phase, unit, ``per``,
       ``as_of``, hardware and component. Inside a partition, values sorted on their scale are
       merged while each restates the next within its stated precision
       (`r1claims.tolerance`): a cluster of two or more is *restated* (rounding or
       precision). Two clusters in one partition are a *different_scope* finding when their
       estimator or basis differ, and an *unexplained conflict* when they do not. Two figures
       linked by a recorded relation, or two statements, are never a conflict.
    3. Headline figures (members that are not a part of, or a restatement of, another member)
       are compared pairwise, at most ``MAX_HEADLINE`` of them, the most cited first: each pair
       is *different_scope* with the scope fields that differ named.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from r1claims.conflict_report import (
    ConflictReport,
    Coverage,
    Finding,
    Group,
    Member,
    Misframed,
)
from r1claims.explain import (
    KIND_QUESTIONS,
    contrast,
    correction_for,
    describe,
    estimator_name,
    explain_claim,
    scope_differences,
    scope_summary,
)
from r1claims.formula import FormulaError, evaluate, references
from r1claims.grouping import comparable_scope, group_key, precision_rank, same_value, scale_key
from r1claims.humanize import format_amount, format_value
from r1claims.model import Claim, Quantity, Relation
from r1claims.record import ClaimSet
from r1claims.tolerance import restates

__all__ = [
    "MAX_HEADLINE",
    "ConflictReport",
    "Coverage",
    "Finding",
    "Group",
    "Member",
    "Misframed",
    "group_key",
    "reconcile",
]

#: Most headline figures compared pairwise in one group (the most cited are kept).
MAX_HEADLINE = 6


class _GroupBuilder:
    def __init__(
        self, cs: ClaimSet, key: str, claims: list[Claim], relations: list[Relation]
    ) -> None:
        self.cs = cs
        self.key = key
        self.claims = sorted(claims, key=scale_key)
        self.relations = relations
        self.findings: list[Finding] = []
        self.scope_of = {c.id: comparable_scope(c) for c in self.claims}
        self.covered_by_relation: set[str] = set()  # restatements: not headline figures
        #: pairs linked by a recorded relation: explained, so never a conflict
        self.linked: set[frozenset[str]] = set()
        for rel in relations:
            others = [rel.of] if rel.of else references(rel.formula or "")
            self.linked.update(frozenset((rel.claim, other)) for other in others)

    def build(self) -> Group:
        for rel in sorted(self.relations, key=lambda r: r.id):
            self.recorded_relation(rel)
        self.partitions()
        for claim in self.claims:
            self.stated_restatements(claim)
        self.headline_pairs()
        first = self.claims[0]
        members = [self.member(c) for c in self.claims]
        misframed = [
            self.misframed(c, cit)
            for c in self.claims
            for cit in c.citations
            if cit.framing.verdict in ("misleading", "refuted")
        ]
        family = self.cs.family(first.subject)
        question = KIND_QUESTIONS.get(first.kind, "What is the figure?")
        return Group(
            id=self.key,
            question=f"{question} ({self._family_name(family)}"
            + (f", {first.metric})" if first.metric else ")"),
            kind=first.kind,
            family=family,
            metric=first.metric,
            members=members,
            findings=self.findings,
            misframed=misframed,
            summary=self.summary(members, misframed),
        )

    def _family_name(self, family: str) -> str:
        return self.cs.entity_name(family)

    def member(self, claim: Claim) -> Member:
        q = claim.value if isinstance(claim.value, Quantity) else None
        coverage = []
        for cit in claim.citations:
            source = self.cs.source(cit.source) if self.cs.has_source(cit.source) else None
            coverage.append(
                Coverage(
                    source=cit.source,
                    source_title=source.title if source else cit.source,
                    primary=bool(source and source.primary),
                    stated=cit.stated.text if cit.stated else None,
                    verdict=cit.framing.verdict,
                    reasons=list(cit.framing.reasons),
                )
            )
        return Member(
            claim_id=claim.id,
            label=claim.label,
            subject=claim.subject,
            value=format_value(claim.value),
            amount=q.amount if q else None,
            unit=q.unit if q else None,
            status=claim.status,
            scope_summary=scope_summary(claim, self.cs),
            explanation=explain_claim(claim, self.cs),
            coverage=coverage,
        )

    def misframed(self, claim: Claim, cit: Any) -> Misframed:
        source = self.cs.source(cit.source) if self.cs.has_source(cit.source) else None
        said = cit.framing.scope or (
            self.cs.entity_name(cit.framing.subject) if cit.framing.subject else None
        )
        return Misframed(
            claim_id=claim.id,
            source=cit.source,
            source_title=source.title if source else cit.source,
            stated=cit.stated.text if cit.stated else format_value(claim.value),
            said=said,
            verdict=cit.framing.verdict,
            reasons=list(cit.framing.reasons),
            correction=correction_for(claim, cit, self.cs),
        )

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

    # 2. partitions by comparable scope -------------------------------------------------------
    def partitions(self) -> None:
        parts: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
        for claim in self.claims:  # already on the scale
            parts[self.scope_of[claim.id]].append(claim)
        for members in parts.values():
            clusters: list[list[Claim]] = [[members[0]]]
            for claim in members[1:]:
                if same_value(clusters[-1][-1], claim):
                    clusters[-1].append(claim)
                else:
                    clusters.append([claim])
            for cluster in clusters:
                if len(cluster) > 1:
                    self.restated(cluster)
            for a, b in itertools.pairwise(clusters):
                self.split(a, b)

    def restated(self, cluster: list[Claim]) -> None:
        precise = min(cluster, key=precision_rank)
        others = [c for c in cluster if c is not precise]
        self.covered_by_relation.update(c.id for c in others)
        rounded = ", ".join(
            f"{format_value(c.value)} ({estimator_name(self.cs, c.scope.estimator)})"
            for c in others
        )
        self.findings.append(
            Finding(
                kind="restated",
                members=[precise.id, *(c.id for c in others)],
                explanation=f"Same figure at different precision: {format_value(precise.value)} "
                f"({estimator_name(self.cs, precise.scope.estimator)}) is the precise value; "
                f"{rounded} round{'s' if len(others) == 1 else ''} to it.",
            )
        )

    def stated_restatements(self, claim: Claim) -> None:
        """Citations that wrote the figure at another precision: say what they round to."""
        value = claim.value
        if not isinstance(value, Quantity):
            return
        shown: dict[str, list[str]] = {}
        for cit in claim.citations:
            stated = cit.stated
            if stated is None or stated.amount is None or stated.amount == value.amount:
                continue
            fits = restates(
                stated.amount,
                stated.precision or value.precision,
                value.amount,
                value.precision,
                stated.qualifier,
            )
            verb = "rounds to it" if fits else "does not round to it"
            title = (
                self.cs.source(cit.source).title if self.cs.has_source(cit.source) else cit.source
            )
            shown.setdefault(verb, []).append(f"{stated.text} ({title})")
        if not shown:
            return
        parts = [
            f"{', '.join(texts)} {verb}" for verb, texts in sorted(shown.items(), reverse=True)
        ]
        self.findings.append(
            Finding(
                kind="restated",
                members=[claim.id],
                explanation=f"{format_value(value)} is the precise value ({claim.scope.covers}); "
                f"coverage wrote {'; '.join(parts)}.",
            )
        )

    def split(self, a: list[Claim], b: list[Claim]) -> None:
        x, y = a[0], b[0]
        if frozenset((x.id, y.id)) in self.linked:
            return  # a part and its whole, or a derivation: explained by the relation
        if x.kind == "statement":
            return  # statements are separate facts, not rival values of one measure
        differs = [f for f in ("estimator", "basis") if getattr(x.scope, f) != getattr(y.scope, f)]
        if differs:
            self.findings.append(
                Finding(
                    kind="different_scope",
                    members=[x.id, y.id],
                    differs_in=differs,
                    explanation=f"{format_value(x.value)} and {format_value(y.value)} measure the "
                    f"same thing but come from different {' and '.join(differs)}: "
                    f"{self._who(x)} versus {self._who(y)}.",
                )
            )
            return
        self.findings.append(
            Finding(
                kind="conflict",
                members=[x.id, y.id],
                explanation=f"Unexplained conflict: {format_value(x.value)} and "
                f"{format_value(y.value)} have the same scope ({x.scope.covers}; "
                f"{self._who(x)}) but differ beyond rounding. Fix the value or record the "
                f"scope that tells them apart.",
            )
        )

    def _who(self, claim: Claim) -> str:
        basis = claim.scope.basis.replace("_", " ")
        return f"{estimator_name(self.cs, claim.scope.estimator)}, {basis}"

    # 3. headline pairs ------------------------------------------------------------------------
    def headline_pairs(self) -> None:
        headline = [c for c in self.claims if c.id not in self.covered_by_relation]
        # the figures coverage repeats are the ones readers confuse: compare those first
        covered = [c for c in headline if any(not self._primary(cit.source) for cit in c.citations)]
        if len(covered) >= 2:
            headline = covered
        headline.sort(key=lambda c: (-len(c.citations), scale_key(c)))
        headline = sorted(headline[:MAX_HEADLINE], key=scale_key)
        done = {frozenset(f.members[:2]) for f in self.findings} | self.linked
        for x, y in itertools.combinations(headline, 2):
            if frozenset((x.id, y.id)) in done or self.scope_of[x.id] == self.scope_of[y.id]:
                continue
            differs = scope_differences(x, y)
            self.findings.append(
                Finding(
                    kind="different_scope",
                    members=[x.id, y.id],
                    differs_in=differs,
                    explanation=f"{describe(x, self.cs)} and {describe(y, self.cs)} answer "
                    f"different questions: {contrast(x, y, differs, self.cs)}.",
                )
            )

    def _primary(self, source_id: str) -> bool:
        return self.cs.has_source(source_id) and self.cs.source(source_id).primary

    def summary(self, members: list[Member], misframed: list[Misframed]) -> str:
        counts: dict[str, int] = defaultdict(int)
        for f in self.findings:
            counts[f.kind] += 1
        derived = [f for f in self.findings if f.kind == "derived"]
        holding = sum(1 for f in derived if f.holds)
        scopes = len(set(self.scope_of.values()))
        parts = [
            f"{len(members)} figure{'s' if len(members) != 1 else ''} in {scopes} "
            f"scope{'s' if scopes != 1 else ''}"
        ]
        if counts["restated"]:
            parts.append(f"{counts['restated']} restated at another precision")
        if derived:
            parts.append(f"{holding} of {len(derived)} derivations hold")
        if counts["part_of"]:
            parts.append(f"{counts['part_of']} part-of links")
        parts.append(
            f"{counts['conflict']} unexplained conflict{'s' if counts['conflict'] != 1 else ''}"
        )
        if misframed:
            sources = len({m.source for m in misframed})
            parts.append(
                f"{len(misframed)} citation{'s' if len(misframed) != 1 else ''} "
                f"in {sources} source{'s' if sources != 1 else ''} framed a figure wrongly"
            )
        return "; ".join(parts) + "."


def reconcile(claimset: ClaimSet) -> ConflictReport:
    """Group the record's figures and explain how they relate (see the module docstring)."""
    from r1claims.loader import gc_paused

    with gc_paused():  # many small objects, no cycles: see `gc_paused`
        return _reconcile(claimset)


def _reconcile(claimset: ClaimSet) -> ConflictReport:
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claimset.claims:
        groups[group_key(claim, claimset)].append(claim)
    by_group: dict[str, list[Relation]] = defaultdict(list)
    for rel in claimset.relations:
        if _relation_usable(rel, claimset):
            by_group[group_key(claimset.claim(rel.claim), claimset)].append(rel)
    return ConflictReport(
        groups=[
            _GroupBuilder(claimset, key, groups[key], by_group.get(key, [])).build()
            for key in sorted(groups)
        ]
    )


def _relation_usable(rel: Relation, cs: ClaimSet) -> bool:
    ids: Iterable[str] = [
        rel.claim,
        *([rel.of] if rel.of else []),
        *(references(rel.formula) if rel.formula else []),
    ]
    return all(cs.has_claim(i) for i in ids)
