"""r1claims: a scoped, sourced record of the figures reported about DeepSeek-R1, and the tools
to check text against it.

>>> import r1claims
>>> cs = r1claims.load()              # the bundled record
>>> cs.claim("v3-training-cost")      # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from r1claims.checker import CheckReport, check
    from r1claims.errors import DataError, InputError, MissingExtraError, R1ClaimsError
    from r1claims.reconciler import ConflictReport, reconcile
    from r1claims.record import (
        Category,
        Citation,
        Claim,
        ClaimSet,
        DateValue,
        Entity,
        Quantity,
        Relation,
        Scope,
        Source,
        ValidationReport,
        load,
        load_record,
        validate,
    )
    from r1claims.scanner import ScanReport, scan

__all__ = [
    "Category",
    "CheckReport",
    "Citation",
    "Claim",
    "ClaimSet",
    "ConflictReport",
    "DataError",
    "DateValue",
    "Entity",
    "InputError",
    "MissingExtraError",
    "Quantity",
    "R1ClaimsError",
    "Relation",
    "ScanReport",
    "Scope",
    "Source",
    "ValidationReport",
    "check",
    "load",
    "load_record",
    "reconcile",
    "scan",
    "validate",
]

# Everything is imported on first use, so that `r1claims --help` does not pay for pydantic.
_LAZY = {
    "check": "r1claims.checker",
    "CheckReport": "r1claims.checker",
    "reconcile": "r1claims.reconciler",
    "ConflictReport": "r1claims.reconciler",
    "scan": "r1claims.scanner",
    "ScanReport": "r1claims.scanner",
    "DataError": "r1claims.errors",
    "InputError": "r1claims.errors",
    "MissingExtraError": "r1claims.errors",
    "R1ClaimsError": "r1claims.errors",
    "load": "r1claims.record",
    "load_record": "r1claims.record",
    "ClaimSet": "r1claims.record",
    "ValidationReport": "r1claims.record",
    "validate": "r1claims.record",
    **{
        name: "r1claims.record"
        for name in (
            "Category",
            "Citation",
            "Claim",
            "DateValue",
            "Entity",
            "Quantity",
            "Relation",
            "Scope",
            "Source",
        )
    },
}


def __getattr__(name: str) -> Any:
    """Import public names on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'r1claims' has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public API, for tab completion in notebooks (names load lazily on first use)."""
    return sorted(set(globals()) | set(__all__))
