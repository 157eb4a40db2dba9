"""Stage 1, the record: read ``claims.yaml`` and ``sources.yaml``, model them, validate them.

Takes a record directory (or the bundled one); gives a typed `ClaimSet` (`load`), the raw
`LoadResult` with file positions (`load_record`), and a `ValidationReport` of located, coded
diagnostics (`validate`). Also home of the shared vocabularies (`vocab`), value formatting
(`humanize`), rounding tolerance (`tolerance`) and formula evaluation (`formula`) that later
stages use, flat rows and DataFrames of the record (`tabular`), and the JSON Schema of its
files (`schema`). Imports no other stage.
"""

from __future__ import annotations

from r1claims.record.claimset import ClaimSet
from r1claims.record.diagnostics import Diagnostic, Location
from r1claims.record.loader import LoadResult, load_record
from r1claims.record.model import (
    Category,
    Citation,
    Claim,
    DateValue,
    Entity,
    Quantity,
    Relation,
    Scope,
    Source,
)
from r1claims.record.validation import ValidationReport, load, validate

__all__ = [
    "Category",
    "Citation",
    "Claim",
    "ClaimSet",
    "DateValue",
    "Diagnostic",
    "Entity",
    "LoadResult",
    "Location",
    "Quantity",
    "Relation",
    "Scope",
    "Source",
    "ValidationReport",
    "load",
    "load_record",
    "validate",
]
