"""A name the text gives: an entity or a benchmark, with its span (`context.TextIndex`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Mention"]


@dataclass(frozen=True)
class Mention:
    """An entity (or benchmark) named in the text, with its span."""

    start: int
    end: int
    ref: str
