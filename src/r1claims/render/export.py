"""Exports of a record's claims: JSON (the `ClaimSet` model), JSON Lines, CSV, Markdown.

CSV is written for spreadsheets, which run a cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula (CSV injection; OWASP's advice, also for tab and carriage return): such a cell
gets a leading ``'`` unless it is a plain number (``-17``), so ``=HYPERLINK(...)`` in the data
shows as text. schema.org ClaimReview is in `r1claims.render.claimreview`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim, Source
from r1claims.record.tabular import CLAIM_COLUMNS, SOURCE_COLUMNS, claim_row, source_row
from r1claims.render.safe import clean, markdown_escape

__all__ = [
    "FORMULA_STARTS",
    "claims_csv",
    "claims_jsonl",
    "claims_markdown",
    "neutralise",
    "record_json",
    "sources_csv",
    "write_csv",
]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def neutralise(value: object) -> str:
    """A CSV cell: ``None`` is empty, dates are ISO, booleans ``true``/``false``; text that a
    spreadsheet would run as a formula (after any leading blanks) is prefixed with ``'``;
    control characters removed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    text = clean(value)
    if text.lstrip().startswith(FORMULA_STARTS) and not _is_number(text):
        return "'" + text
    return text


def write_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> str:
    """CSV with a header line; every cell goes through `neutralise`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralise(row[c]) for c in columns])
    return buffer.getvalue()


def claims_csv(claims: Iterable[Claim]) -> str:
    """One row per claim with the flat columns of `r1claims.record.tabular.CLAIM_COLUMNS`."""
    return write_csv(CLAIM_COLUMNS, (claim_row(c) for c in claims))


def sources_csv(sources: Iterable[Source]) -> str:
    """One row per source with the columns of `r1claims.record.tabular.SOURCE_COLUMNS`."""
    return write_csv(SOURCE_COLUMNS, (source_row(s) for s in sources))


def record_json(cs: ClaimSet) -> str:
    """The `ClaimSet` model dumped as JSON (entities, sources, claims, relations): what
    ``ClaimSet.model_validate_json`` reads back."""
    return cs.model_dump_json(indent=2, exclude_none=True) + "\n"


def claims_jsonl(claims: Iterable[Claim]) -> str:
    """JSON Lines: one claim per line, the model dumped plus ``display`` (its value as shown)."""
    lines = []
    for claim in claims:
        payload = claim.model_dump(mode="json", exclude_none=True)
        payload["display"] = format_value(claim.value)
        lines.append(json.dumps(payload, ensure_ascii=False) + "\n")
    return "".join(lines)


def claims_markdown(cs: ClaimSet) -> str:
    """A Markdown table of the claims: id, subject, value, what it covers, status, sources."""
    out = ["| Claim | Subject | Value | Covers | Status | Sources |", "|---|---|---|---|---|---|"]
    out.extend(
        f"| `{clean(c.id)}` | {markdown_escape(cs.entity_name(c.subject))} | "
        f"{markdown_escape(format_value(c.value))} | {markdown_escape(c.scope.covers)} | "
        f"{c.status} | {markdown_escape(', '.join(dict.fromkeys(x.source for x in c.citations)))} |"
        for c in cs.claims
    )
    return "\n".join(out) + "\n"
