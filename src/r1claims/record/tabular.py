"""Records as flat rows (one dict of scalars per claim or source) and as pandas DataFrames.

Every row is flat so that ``pd.DataFrame(rows)`` needs no ``json_normalize``: the value's
parts (``amount``, ``unit``, ``precision``, ``qualifier``, ``lower``, ``upper``, ``date``,
``date_precision``, ``category``) and the scope's fields (``covers``, ``phase``, ``basis``, ...)
are columns of their own; lists (``includes``, ``excludes``, the cited ``sources``, each once)
are joined with ``"; "``. A field a row does not have is ``None``. pandas is an optional extra
(``r1claims[pandas]``); `dataframe` names it when it is missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from r1claims.errors import MissingExtraError
from r1claims.record.humanize import format_value
from r1claims.record.model import Category, Claim, DateValue, Quantity, Source

__all__ = [
    "CLAIM_COLUMNS",
    "SOURCE_COLUMNS",
    "RecordTables",
    "claim_row",
    "dataframe",
    "source_row",
]

#: Scalar cell types of a row.
Cell = str | int | float | bool | dt.date | None

#: Columns of `claim_row`, in order.
CLAIM_COLUMNS = (
    "id",
    "kind",
    "subject",
    "metric",
    "label",
    "display",
    "amount",
    "unit",
    "precision",
    "qualifier",
    "lower",
    "upper",
    "date",
    "date_precision",
    "category",
    "covers",
    "phase",
    "basis",
    "basis_detail",
    "estimator",
    "includes",
    "excludes",
    "per",
    "hardware",
    "component",
    "as_of",
    "status",
    "status_reason",
    "sources",
    "citations",
)

#: Columns of `source_row`, in order.
SOURCE_COLUMNS = (
    "id",
    "title",
    "kind",
    "publisher",
    "authors",
    "date",
    "date_precision",
    "url",
    "primary",
    "access",
    "notes",
)


def _joined(items: Sequence[str]) -> str | None:
    return "; ".join(items) if items else None


def claim_row(claim: Claim) -> dict[str, Cell]:
    """One claim as a flat row with the columns of `CLAIM_COLUMNS`."""
    v, s = claim.value, claim.scope
    q = v if isinstance(v, Quantity) else None
    d = v if isinstance(v, DateValue) else None
    return {
        "id": claim.id,
        "kind": claim.kind,
        "subject": claim.subject,
        "metric": claim.metric,
        "label": claim.label,
        "display": format_value(v),
        "amount": q.amount if q else None,
        "unit": q.unit if q else ("date" if d else None),
        "precision": q.precision if q else None,
        "qualifier": q.qualifier if q else None,
        "lower": q.lower if q else None,
        "upper": q.upper if q else None,
        "date": d.date if d else None,
        "date_precision": d.precision if d else None,
        "category": v.category if isinstance(v, Category) else None,
        "covers": s.covers,
        "phase": s.phase,
        "basis": s.basis,
        "basis_detail": s.basis_detail,
        "estimator": s.estimator,
        "includes": _joined(s.includes),
        "excludes": _joined(s.excludes),
        "per": s.per,
        "hardware": s.hardware,
        "component": s.component,
        "as_of": s.as_of,
        "status": claim.status,
        "status_reason": claim.status_reason,
        "sources": _joined(list(dict.fromkeys(c.source for c in claim.citations))),
        "citations": len(claim.citations),
    }


def source_row(source: Source) -> dict[str, Cell]:
    """One source as a flat row with the columns of `SOURCE_COLUMNS`."""
    return {
        "id": source.id,
        "title": source.title,
        "kind": source.kind,
        "publisher": source.publisher,
        "authors": _joined(source.authors),
        "date": source.date,
        "date_precision": source.date_precision,
        "url": source.url,
        "primary": source.primary,
        "access": source.access,
        "notes": source.notes,
    }


def dataframe(rows: list[dict[str, Any]], columns: Sequence[str]) -> Any:
    """A ``pandas.DataFrame`` of flat rows, with these columns even when there are no rows.

    Typed ``Any``: pandas is optional, so the signature cannot name its types.

    Raises `MissingExtraError` (an ``ImportError``) naming ``r1claims[pandas]`` when pandas is
    not installed.
    """
    try:
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:
        raise MissingExtraError(
            "to_dataframe() needs pandas, which is not installed: "
            "pip install 'r1claims[pandas]' (or pip install pandas)"
        ) from exc
    return pd.DataFrame(rows, columns=list(columns))


class RecordTables:
    """`to_records` and `to_dataframe` of a record (mixed into `ClaimSet`)."""

    if TYPE_CHECKING:
        claims: list[Claim]
        sources: list[Source]

    def to_records(self, of: Literal["claims", "sources"] = "claims") -> list[dict[str, Cell]]:
        """One flat row per claim (`claim_row`) or per source (`source_row`), in record order."""
        if of == "sources":
            return [source_row(s) for s in self.sources]
        return [claim_row(c) for c in self.claims]

    def to_dataframe(self, of: Literal["claims", "sources"] = "claims") -> Any:
        """`to_records` as a ``pandas.DataFrame``: one row per claim (or source), flat columns
        for the value's parts and the scope's fields. Needs ``r1claims[pandas]``."""
        columns = SOURCE_COLUMNS if of == "sources" else CLAIM_COLUMNS
        return dataframe(self.to_records(of), columns)
