"""Positions of a streamed record item, found again when a diagnostic needs them.

Reading a large record keeps no position of an item that validated: a position per node costs
more memory than the models (issue 12: 33x the file size in all). What is kept per item is the
line it starts on. When a later check reports a problem in an item, that item's lines are
parsed again, alone, with the strict reader, and the positions found there are shifted back to
the file's lines: the same ``line:col`` as a full parse, paid only for items with a problem.
An item is read alone only when its first line starts as a block sequence entry (``  - ``),
so that the slice holds that item and nothing of another; a record written otherwise (flow
style), or an item that cannot be read alone (an alias to another item), is parsed again
whole, once.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ItemIndex", "Positions"]

Positions = dict[tuple[str | int, ...], tuple[int, int]]
#: How many re-parsed items are kept (checks report an item's problems together).
_CACHE = 64
#: What may stand before an item on its first line for the item to be read alone: the
#: indentation and dash of a block sequence entry (``  - id: x``), nothing else.
_BLOCK_ENTRY = re.compile(rb"[ \t]*-[ \t]+")


@dataclass
class ItemIndex:
    """Where each item of the streamed top-level lists starts, and the file's bytes."""

    raw: bytes = field(repr=False)
    parse: Callable[[str], Any] = field(repr=False)  # text -> YamlDocument, not streamed
    sections: frozenset[str] = frozenset()
    starts: dict[str, array[int]] = field(default_factory=dict, repr=False)
    columns: dict[str, array[int]] = field(default_factory=dict, repr=False)
    key_lines: dict[str, int] = field(default_factory=dict)
    _line_offsets: array[int] | None = field(default=None, init=False, repr=False)
    _cache: dict[tuple[str, int], tuple[Positions, Positions]] = field(
        default_factory=dict, init=False, repr=False
    )
    _whole: tuple[Positions, Positions] | None = field(default=None, init=False, repr=False)

    def start(self, section: str, line: int, column: int) -> None:
        """An item of ``section`` starts at ``line:column``."""
        self.starts.setdefault(section, array("i")).append(line)
        self.columns.setdefault(section, array("i")).append(column)

    def positions(self, section: str, index: int) -> tuple[Positions, Positions]:
        """The value and key positions of one item, under their paths in the file."""
        cached = self._cache.get((section, index))
        if cached is not None:
            return cached
        found = self._item(section, index)
        if len(self._cache) >= _CACHE:
            self._cache.pop(next(iter(self._cache)))
        self._cache[(section, index)] = found
        return found

    def _item(self, section: str, index: int) -> tuple[Positions, Positions]:
        lines = self.starts[section]
        first = lines[index]
        last = lines[index + 1] if index + 1 < len(lines) else self._section_end(section)
        if (last is not None and last <= first) or first <= self.key_lines.get(section, 0):
            return self._from_whole(section, index)  # items share a line (flow style)
        offsets = self._offsets()
        begin = offsets[first - 1]
        before = self.raw[begin : begin + self.columns[section][index] - 1]
        if not _BLOCK_ENTRY.fullmatch(before):  # its line holds more than this item
            return self._from_whole(section, index)
        end = offsets[last - 1] if last is not None and last - 1 < len(offsets) else len(self.raw)
        doc = self.parse(self.raw[begin:end].decode("utf-8", "replace"))
        if doc.data is None:  # it cannot be read alone (an alias to another item, say)
            return self._from_whole(section, index)
        inner: tuple[str | int, ...] = (0,) if isinstance(doc.data, list) else ()
        return (
            _moved(doc.positions, inner, (section, index), first - 1),
            _moved(doc.key_positions, inner, (section, index), first - 1),
        )

    def _section_end(self, section: str) -> int | None:
        """The line of the next top-level key after ``section`` (None: the end of the file)."""
        own = self.key_lines.get(section, 0)
        later = [line for line in self.key_lines.values() if line > own]
        return min(later) if later else None

    def _offsets(self) -> array[int]:
        """Byte offset of the start of every line (computed once, on the first need)."""
        if self._line_offsets is None:
            offsets = array("q", [0])
            find, at = self.raw.find, 0
            while (at := find(b"\n", at) + 1) > 0:
                offsets.append(at)
            self._line_offsets = offsets
        return self._line_offsets

    def _from_whole(self, section: str, index: int) -> tuple[Positions, Positions]:
        if self._whole is None:
            doc = self.parse(self.raw.decode("utf-8-sig", "replace"))
            self._whole = (doc.positions, doc.key_positions)
        prefix = (section, index)
        return (
            {p: v for p, v in self._whole[0].items() if p[:2] == prefix},
            {p: v for p, v in self._whole[1].items() if p[:2] == prefix},
        )


def _moved(
    positions: Positions, inner: tuple[str | int, ...], outer: tuple[str | int, ...], lines: int
) -> Positions:
    """Positions under ``inner`` in a re-parsed slice, put under ``outer`` and moved down by
    ``lines`` (the slice starts at a line's start, so columns stay)."""
    size = len(inner)
    return {
        (*outer, *path[size:]): (line + lines, col)
        for path, (line, col) in positions.items()
        if path[:size] == inner
    }
