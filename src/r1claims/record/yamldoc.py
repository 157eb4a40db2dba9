"""A parsed YAML document: plain data plus the 1-based position of every node (`locate`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from r1claims.record.diagnostics import Diagnostic
from r1claims.record.item_positions import ItemIndex

__all__ = ["Path", "SpotIndex", "YamlDocument"]

Path = tuple[str | int, ...]


@dataclass
class SpotIndex:
    """A document's diagnostics by ``(line, column)``, kept up to date as the list grows, so
    that "one message per spot" stays linear on records with many errors."""

    diagnostics: list[Diagnostic]
    seen: int = 0
    at: dict[tuple[int, int], list[Diagnostic]] = field(default_factory=dict)

    def same_spot(self, line: int, column: int) -> list[Diagnostic]:
        """The diagnostics already at this spot (catching up with those added since)."""
        for d in self.diagnostics[self.seen :]:
            self.at.setdefault((d.location.line, d.location.column), []).append(d)
        self.seen = len(self.diagnostics)
        return self.at.get((line, column), [])

    def replace(self, line: int, column: int, diagnostic: Diagnostic) -> None:
        """Put ``diagnostic`` at this spot in place of what was there."""
        for d in self.at.get((line, column), []):
            self.diagnostics.remove(d)
        self.diagnostics.append(diagnostic)
        self.at[(line, column)] = [diagnostic]
        self.seen = len(self.diagnostics)


@dataclass
class YamlDocument:
    """A parsed YAML document: plain Python data plus the 1-based position of every node."""

    path: str
    data: Any = None
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: set when the document was streamed: its items' positions are found again on demand
    items: ItemIndex | None = None
    #: made on first use (`spot_index`); shared with the views of streamed items
    spots: SpotIndex | None = None

    def spot_index(self) -> SpotIndex:
        """The index of this document's diagnostics by spot."""
        if self.spots is None:
            self.spots = SpotIndex(self.diagnostics)
        return self.spots

    @property
    def ok(self) -> bool:
        """True when no error was found while reading."""
        return not any(d.level == "error" for d in self.diagnostics)

    def locate(self, loc: Path, *, key: bool = False) -> tuple[int, int]:
        """Position of the deepest existing node on ``loc`` (its key when ``key`` is true).

        Segments that do not exist in the data (pydantic's union tags, for instance) are skipped.
        """
        best = self.positions.get((), (1, 1))
        node: Path = ()
        for part in loc:
            candidate = (*node, part)
            found = self._table(candidate)[0].get(candidate)
            if found is not None:
                node, best = candidate, found
        if key and node == tuple(loc):
            return self._table(node)[1].get(node, best)
        return best

    def _table(self, path: Path) -> tuple[dict[Path, tuple[int, int]], dict[Path, tuple[int, int]]]:
        """The value and key positions that hold ``path`` (a streamed item's, found again)."""
        items = self.items
        if (
            items is not None
            and len(path) >= 2
            and isinstance(path[1], int)
            and path[0] in items.sections
        ):
            return items.positions(str(path[0]), path[1])
        return self.positions, self.key_positions
