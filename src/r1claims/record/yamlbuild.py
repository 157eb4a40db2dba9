"""The builder behind the strict YAML reader: libyaml events -> plain data and positions.

An explicit stack, never recursion (see `yamlsource`); optionally streaming the items of the
top-level lists to a handler (`ItemHandler`) instead of keeping them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from r1claims.record.diagnostics import Diagnostic
from r1claims.record.item_positions import ItemIndex
from r1claims.record.scalars import YAML11_BOOLS, resolve_plain
from r1claims.record.yamldoc import Path, YamlDocument

__all__ = ["ItemHandler", "YamlBuilder"]


@dataclass(slots=True)
class _Frame:
    container: Any
    path: Path
    is_map: bool
    key: Any = None
    key_mark: tuple[int, int] | None = None
    awaiting_key: bool = True
    size: int = 1
    anchor: str | None = None


#: Called with each item of a streamed top-level list as soon as it is read: section, index,
#: value, and a document holding the item's positions (and the file's diagnostics list).
ItemHandler = Callable[[str, int, Any, YamlDocument], None]


class _Limits:
    """What the builder reports about the YAML itself: tags, YAML 1.1 booleans, alias
    expansion past the node limit."""

    doc: YamlDocument
    max_nodes: int
    nodes: int

    def error(self, code: str, message: str, pos: tuple[int, int], hint: str | None = None) -> None:
        self.doc.diagnostics.append(Diagnostic.make(code, message, self.doc.path, *pos, hint=hint))

    def count(self, n: int, pos: tuple[int, int]) -> bool:
        self.nodes += n
        if self.nodes > self.max_nodes:
            self.error(
                "R1C014",
                f"aliases expand the document by more than {self.max_nodes:,} nodes",
                pos,
                "remove the aliases (`*name`) or split the file",
            )
            return False
        return True

    def _check_tag(self, event: Any, pos: tuple[int, int]) -> None:
        """Report an explicit tag. The node is kept as plain data: tags are never executed."""
        if event.tag in (None, "!"):
            return
        self.error(
            "R1C012",
            f"YAML tag {event.tag!r} is not allowed",
            pos,
            "remove the tag; values are plain strings, numbers, booleans, lists and mappings",
        )

    def _scalar(self, event: Any, pos: tuple[int, int]) -> Any:
        if event.style:  # quoted or block scalar: always a string
            return event.value
        text = event.value
        if text[:1] in "yYnNoO" and YAML11_BOOLS.fullmatch(text):
            self.doc.diagnostics.append(
                Diagnostic.make(
                    "R1C017",
                    f"plain {text!r} is read as the string {text!r}, not as a boolean",
                    self.doc.path,
                    *pos,
                    hint="write true or false for a boolean, or quote it to mean the text",
                )
            )
        return resolve_plain(text)


class YamlBuilder(_Limits):
    """Turns a libyaml event stream into data and positions, collecting diagnostics.

    Streaming (``on_item``): each item of a top-level list named in ``sections`` is handed to
    ``on_item`` when complete and not kept (``None`` holds its place); its positions are
    dropped too, except the line it starts on (`ItemIndex`)."""

    def __init__(
        self,
        doc: YamlDocument,
        max_depth: int,
        max_nodes: int,
        on_item: ItemHandler | None = None,
        index: ItemIndex | None = None,
    ) -> None:
        self.doc = doc
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.on_item = on_item
        self.index = index
        #: where positions go now: the document's, or the current streamed item's
        self.positions = doc.positions
        self.key_positions = doc.key_positions
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.documents = 0

    def child_path(self) -> Path:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.is_map:
            return (*top.path, top.key if isinstance(top.key, (str, int)) else str(top.key))
        return (*top.path, len(top.container))

    def streamed(self) -> bool:
        """True when the value about to be attached is an item of a streamed list."""
        stack = self.stack
        return (
            self.index is not None
            and len(stack) == 2
            and stack[0].is_map
            and not stack[1].is_map
            and stack[1].path[0] in self.index.sections
        )

    def record(self, pos: tuple[int, int], path: Path | None = None) -> None:
        """Remember where the value about to be attached (at ``path``, if known) starts."""
        if self.stack and self.stack[-1].is_map:
            top = self.stack[-1]
            if top.awaiting_key or isinstance(top.key, _DuplicateKey):
                return
        if len(self.stack) == 2 and self.streamed():  # a streamed item begins
            assert self.index is not None
            section = self.stack[1].path  # kept, so that `locate` walks down from it
            self.positions, self.key_positions = {section: self.doc.positions[section]}, {}
            self.index.start(str(self.stack[1].path[0]), *pos)
        self.positions[self.child_path() if path is None else path] = pos

    def attach(self, value: Any, pos: tuple[int, int], size: int, anchor: str | None) -> None:
        """Place a finished value into its parent (or as the document root)."""
        if anchor:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.doc.data = value
            return
        top = self.stack[-1]
        top.size += size
        if not top.is_map:
            if self.on_item is not None and len(self.stack) == 2 and self.streamed():
                item = YamlDocument(self.doc.path, None, self.positions, self.key_positions)
                item.diagnostics, item.spots = self.doc.diagnostics, self.doc.spot_index()
                self.on_item(str(top.path[0]), len(top.container), value, item)
                self.positions, self.key_positions = self.doc.positions, self.doc.key_positions
                value = None  # the handler keeps what it needs
            top.container.append(value)
            return
        if top.awaiting_key:
            if not isinstance(value, str):
                self.error(
                    "R1C015",
                    f"mapping key {value!r} is not a string",
                    pos,
                    "write field names as plain words; quote keys that look like numbers",
                )
                value = str(value)
            key_path: Path = (*top.path, value)
            if value in top.container:
                first = self.key_positions.get(key_path, (0, 0))
                self.error(
                    "R1C011",
                    f"duplicate key {value!r} (first defined at line {first[0]})",
                    pos,
                    "YAML keeps only one of them: remove or rename the other",
                )
                value = _DuplicateKey(value)
            else:
                self.key_positions[key_path] = pos
                if self.index is not None and len(self.stack) == 1:
                    self.index.key_lines[value] = pos[0]
            top.key, top.key_mark, top.awaiting_key = value, pos, False
            return
        if not isinstance(top.key, _DuplicateKey):
            top.container[top.key] = value
        top.awaiting_key = True

    def on_event(self, event: Any) -> bool:
        """Handle one event; return False to stop reading. Scalars, the most common event,
        are tested first."""
        mark = event.start_mark
        pos = (mark.line + 1, mark.column + 1)
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.tag is not None:
                self._check_tag(event, pos)
            if event.style:  # quoted or block scalar: always a string
                value = event.value
            elif event.value[:1] in "yYnNoO":
                value = self._scalar(event, pos)
            else:
                value = resolve_plain(event.value)
            if event.anchor is None and self._fast_scalar(value, pos):
                return True
            self.record(pos)
            self.attach(value, pos, 1, event.anchor)
            return True
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.tag is not None:
                self._check_tag(event, pos)
            if len(self.stack) >= self.max_depth:
                self.error(
                    "R1C013",
                    f"nesting deeper than {self.max_depth} levels",
                    pos,
                    "flatten the structure; records need only a few levels",
                )
                return False
            is_map = kind is yaml.MappingStartEvent
            path = self.child_path()
            self.record(pos, path)
            self.stack.append(
                _Frame({} if is_map else [], path, is_map=is_map, anchor=event.anchor)
            )
            return True
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = self.stack.pop()
            start = self.positions.get(frame.path, pos)
            self.attach(frame.container, start, frame.size, frame.anchor)
            return True
        if kind is yaml.AliasEvent:
            if event.anchor not in self.anchors:
                self.error("R1C010", f"unknown alias *{event.anchor}", pos)
                return False
            value, size = self.anchors[event.anchor]
            if not self.count(size, pos):
                return False
            self.record(pos)
            self.attach(value, pos, size, None)
            return True
        if kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                self.error(
                    "R1C016",
                    "the file holds more than one YAML document",
                    pos,
                    "remove the `---` separator: a record file is one document",
                )
                return False
        return True

    def _fast_scalar(self, value: Any, pos: tuple[int, int]) -> bool:
        """`record` and `attach` for the commonest event, a plain key or value inside a
        mapping (measured: a third of the time to read a large record); False for anything
        else, which takes the general path."""
        stack = self.stack
        if not stack:
            return False
        top = stack[-1]
        if not top.is_map:
            return False
        if top.awaiting_key:
            if type(value) is not str or value in top.container:
                return False
            key_path: Path = (*top.path, value)
            self.key_positions[key_path] = pos
            if self.index is not None and len(stack) == 1:
                self.index.key_lines[value] = pos[0]
            top.key, top.key_mark, top.awaiting_key = value, pos, False
        else:
            key = top.key
            if type(key) is not str:  # a _DuplicateKey or an unusual key
                return False
            value_path: Path = (*top.path, key)
            self.positions[value_path] = pos
            top.container[key] = value
            top.awaiting_key = True
        top.size += 1
        return True


class _DuplicateKey(str):
    """Marks a repeated key so its value is dropped after the error is recorded."""

    __slots__ = ()
