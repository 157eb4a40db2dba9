"""Type-checked use of the public API (mypy --strict runs on this file in CI)."""

from __future__ import annotations

import r1claims
from r1claims.checker.run import CheckReport, Finding
from r1claims.reconciler.report import ConflictReport, Group


def notebook_session() -> list[str]:
    cs: r1claims.ClaimSet = r1claims.load()
    claim: r1claims.Claim = cs.claim(cs.claims[0].id)
    costs: r1claims.ClaimSet = cs.filter(kind="cost", family="deepseek")
    report: ConflictReport = r1claims.reconcile(cs)
    groups: list[Group] = report.select(kind="cost").groups
    checked: CheckReport = r1claims.check("R1 cost $294,000 to train.", cs)
    flagged: list[Finding] = checked.flagged
    validation: r1claims.ValidationReport = r1claims.validate()
    rows = costs.to_records() + costs.to_records("sources")
    finding_rows = checked.to_records() + report.to_records() + validation.to_records()
    html: str = costs._repr_html_() + checked._repr_html_() + claim._repr_html_()
    return [
        *validate_in_ci(),
        claim.id,
        *(c.id for c in costs),
        *(g.id for g in groups),
        *(f.verdict for f in flagged),
        str(validation.failed()),
        str(len(rows) + len(finding_rows) + len(html)),
    ]


def validate_in_ci() -> list[str]:
    big: r1claims.ValidationReport = r1claims.validate(
        "records", ignore={"R1C204"}, max_bytes=200 * 2**20
    )
    large: r1claims.ClaimSet = r1claims.load("records", max_bytes=0)
    return [d.code for d in big.diagnostics] + [c.id for c in large]
