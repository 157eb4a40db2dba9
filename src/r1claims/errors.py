"""Exception hierarchy: one base, so callers can catch everything r1claims raises on bad input."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from r1claims.record.diagnostics import Diagnostic

__all__ = ["DataError", "InputError", "MissingExtraError", "R1ClaimsError"]


class R1ClaimsError(Exception):
    """Base of every error r1claims raises on purpose."""


class DataError(R1ClaimsError):
    """A claims record could not be loaded; ``diagnostics`` says where and why."""

    def __init__(self, message: str, diagnostics: list[Diagnostic]) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics


class InputError(R1ClaimsError):
    """Text given to the checker could not be read (missing file, undecodable bytes)."""


class MissingExtraError(R1ClaimsError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""
