"""Claims and sources as rich tables (terminal), plain columns (pipes), CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rich.table import Table

from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim, Quantity, Source
from r1claims.render.export import neutralise
from r1claims.render.safe import clean, safe_text

__all__ = [
    "CLAIM_COLUMNS",
    "claim_detail",
    "claim_payload",
    "claims_csv",
    "claims_json",
    "claims_plain",
    "claims_table",
    "sources_json",
    "sources_plain",
    "sources_table",
]

CLAIM_COLUMNS = ("id", "kind", "subject", "value", "scope", "status", "citations")


def _row(claim: Claim) -> tuple[str, ...]:
    return (
        claim.id,
        claim.kind,
        claim.subject,
        format_value(claim.value),
        claim.scope.covers,
        claim.status,
        str(len(claim.citations)),
    )


def claims_table(cs: ClaimSet, claims: list[Claim]) -> Table:
    """A rich table of claims; every cell is a `Text`, so data never becomes markup."""
    table = Table(title=f"{len(claims)} claims", show_lines=False)
    for column in CLAIM_COLUMNS:
        table.add_column(column, overflow="fold", no_wrap=column in ("id", "value"))
    for claim in claims:
        table.add_row(*(safe_text(cell) for cell in _row(claim)))
    return table


def _plain(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    cleaned = [tuple(clean(cell) for cell in row) for row in [header, *rows]]
    return "".join("\t".join(row) + "\n" for row in cleaned)


def claims_plain(claims: list[Claim]) -> str:
    """Tab-separated columns with a header line, for pipes and grep."""
    return _plain(CLAIM_COLUMNS, [_row(c) for c in claims])


def claim_payload(claim: Claim) -> dict[str, Any]:
    """JSON-ready claim: the model dump plus ``unit`` and ``display`` for convenience."""
    payload = claim.model_dump(mode="json", exclude_none=True)
    payload["unit"] = claim.value.unit if isinstance(claim.value, Quantity) else None
    payload["display"] = format_value(claim.value)
    return payload


def claims_json(claims: list[Claim]) -> str:
    """``{"claims": [...]}`` with each claim's id, kind, subject, value, unit, scope, citations."""
    return (
        json.dumps({"claims": [claim_payload(c) for c in claims]}, indent=2, ensure_ascii=False)
        + "\n"
    )


def claims_csv(claims: list[Claim]) -> str:
    """CSV with one row per claim (citations as ``;``-joined source ids); cells a spreadsheet
    would run as formulas are neutralised (`r1claims.render.export.neutralise`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "id",
            "kind",
            "subject",
            "amount",
            "unit",
            "precision",
            "display",
            "phase",
            "basis",
            "estimator",
            "status",
            "covers",
            "sources",
        ]
    )
    for c in claims:
        q = c.value if isinstance(c.value, Quantity) else None
        cells = [
            c.id,
            c.kind,
            c.subject,
            "" if q is None else repr(q.amount),
            "" if q is None else q.unit,
            "" if q is None else repr(q.precision),
            format_value(c.value),
            c.scope.phase,
            c.scope.basis,
            c.scope.estimator,
            c.status,
            c.scope.covers,
            ";".join(cit.source for cit in c.citations),
        ]
        writer.writerow([neutralise(cell) for cell in cells])
    return buffer.getvalue()


_SOURCE_COLUMNS = ("id", "kind", "date", "primary", "title")


def _source_row(s: Source) -> tuple[str, ...]:
    return (
        s.id,
        s.kind,
        s.date.isoformat() if s.date else "",
        "yes" if s.primary else "no",
        s.title,
    )


def sources_table(sources: list[Source]) -> Table:
    """A rich table of sources."""
    table = Table(title=f"{len(sources)} sources")
    for column in _SOURCE_COLUMNS:
        table.add_column(column, overflow="fold")
    for s in sources:
        table.add_row(*(safe_text(cell) for cell in _source_row(s)))
    return table


def sources_plain(sources: list[Source]) -> str:
    """Tab-separated sources."""
    return _plain(_SOURCE_COLUMNS, [_source_row(s) for s in sources])


def sources_json(sources: list[Source]) -> str:
    """``{"sources": [...]}``."""
    data = [s.model_dump(mode="json", exclude_none=True) for s in sources]
    return json.dumps({"sources": data}, indent=2, ensure_ascii=False) + "\n"


def claim_detail(cs: ClaimSet, claim: Claim) -> str:
    """A claim in full, as plain text: value, scope, status and every citation."""
    s = claim.scope
    lines = [
        f"{claim.id}: {claim.label}",
        f"  value:     {format_value(claim.value)}",
        f"  kind:      {claim.kind}{' / ' + claim.metric if claim.metric else ''}",
        f"  subject:   {cs.entity_name(claim.subject)} ({claim.subject})",
        f"  covers:    {s.covers}",
        f"  phase:     {s.phase}; basis: {s.basis}"
        + (f" ({s.basis_detail})" if s.basis_detail else ""),
        f"  estimator: {s.estimator}" + (f"; as of {s.as_of.isoformat()}" if s.as_of else ""),
    ]
    if s.includes:
        lines.append(f"  includes:  {'; '.join(s.includes)}")
    if s.excludes:
        lines.append(f"  excludes:  {'; '.join(s.excludes)}")
    lines.append(
        f"  status:    {claim.status}"
        + (f" ({claim.status_reason})" if claim.status_reason else "")
    )
    lines.append("  citations:")
    for cit in claim.citations:
        f = cit.framing
        reasons = f" [{', '.join(f.reasons)}]" if f.reasons else ""
        lines.append(f"    - {cit.source}: {f.verdict}{reasons}")
        lines.append(f'      "{cit.quote}"')
        if f.correction:
            lines.append(f"      correction: {f.correction}")
    return "".join(clean(line) + "\n" for line in lines)
