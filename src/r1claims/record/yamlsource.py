"""Strict, position-keeping YAML reader: YAML 1.2 core scalars, no tags, no duplicate keys.

The tree is built from libyaml's event stream with an explicit stack, never by recursion: the C
composer recurses per nesting level and segfaults near 25,000 levels, so depth is capped here
before any tree exists. Every value's position is recorded under its path, so that a schema
error reported by pydantic as ``("claims", 3, "value")`` can be mapped back to ``line:col``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from r1claims.record.diagnostics import Diagnostic

__all__ = ["MAX_DEPTH", "MAX_NODES", "Path", "YamlDocument", "parse_yaml"]

#: The pure-Python loader: the reference, used where libyaml is absent and to re-read a text that
#: the C loader refused (see :func:`parse_yaml`).
_FALLBACK_LOADER: type = yaml.SafeLoader
try:  # the C parser is ~10x faster
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = _FALLBACK_LOADER

#: Deepest nesting accepted. Real records need fewer than 10 levels.
MAX_DEPTH = 64
#: Most nodes that aliases may add by expansion (a "billion laughs" document). Nodes written
#: out in the file are bounded by the file-size limit instead.
MAX_NODES = 2_000_000

Path = tuple[str | int, ...]

# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
# Plain scalars that YAML 1.1 (PyYAML's default) would have turned into booleans.
_YAML11_BOOLS = re.compile(r"y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF")


# First characters with which no plain scalar is anything but a string (the fast path).
_ONLY_TEXT_START = frozenset("abcdeghijklmpqrsuvwxzABCDEGHIJKLMPQRSUVWXZ_/(\"'`$€£¥")


def _resolve_plain(text: str) -> Any:
    """Resolve an untagged plain scalar with the YAML 1.2 core schema."""
    if text[:1] in _ONLY_TEXT_START:
        return text
    if _NULL.fullmatch(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.fullmatch(text):
        return int(text)
    if _OCT.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text


@dataclass
class YamlDocument:
    """A parsed YAML document: plain Python data plus the 1-based position of every node."""

    path: str
    data: Any = None
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

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
            if candidate in self.positions:
                node = candidate
                best = self.positions[candidate]
        if key and node in self.key_positions and node == tuple(loc):
            return self.key_positions[node]
        return best


@dataclass
class _Frame:
    container: Any
    path: Path
    is_map: bool
    key: Any = None
    key_mark: tuple[int, int] | None = None
    awaiting_key: bool = True
    size: int = 1
    anchor: str | None = None


class _Builder:
    """Turns a libyaml event stream into data and positions, collecting diagnostics."""

    def __init__(self, doc: YamlDocument, max_depth: int, max_nodes: int) -> None:
        self.doc = doc
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.documents = 0

    def error(self, code: str, message: str, pos: tuple[int, int], hint: str | None = None) -> None:
        self.doc.diagnostics.append(Diagnostic.make(code, message, self.doc.path, *pos, hint=hint))

    def child_path(self) -> Path:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if top.is_map:
            return (*top.path, top.key if isinstance(top.key, (str, int)) else str(top.key))
        return (*top.path, len(top.container))

    def record(self, pos: tuple[int, int]) -> None:
        """Remember where the value about to be attached starts (not for keys or duplicates)."""
        if self.stack and self.stack[-1].is_map:
            top = self.stack[-1]
            if top.awaiting_key or isinstance(top.key, _DuplicateKey):
                return
        self.doc.positions[self.child_path()] = pos

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
                first = self.doc.key_positions.get(key_path, (0, 0))
                self.error(
                    "R1C011",
                    f"duplicate key {value!r} (first defined at line {first[0]})",
                    pos,
                    "YAML keeps only one of them: remove or rename the other",
                )
                value = _DuplicateKey(value)
            else:
                self.doc.key_positions[key_path] = pos
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
            value = self._scalar(event, pos)
            self.record(pos)
            self.attach(value, pos, 1, event.anchor)
            return True
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
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
            self.record(pos)
            self.stack.append(
                _Frame({} if is_map else [], path, is_map=is_map, anchor=event.anchor)
            )
            return True
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = self.stack.pop()
            start = self.doc.positions.get(frame.path, pos)
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
        if text[:1] in "yYnNoO" and _YAML11_BOOLS.fullmatch(text):
            self.doc.diagnostics.append(
                Diagnostic.make(
                    "R1C017",
                    f"plain {text!r} is read as the string {text!r}, not as a boolean",
                    self.doc.path,
                    *pos,
                    hint="write true or false for a boolean, or quote it to mean the text",
                )
            )
        return _resolve_plain(text)


class _DuplicateKey(str):
    """Marks a repeated key so its value is dropped after the error is recorded."""

    __slots__ = ()


def parse_yaml(
    text: str, path: str, *, max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES
) -> YamlDocument:
    """Parse ``text`` strictly. Never raises for bad input: problems land in ``diagnostics``.

    Our depth cap must not depend on which libyaml is installed. libyaml reads flow collections
    ahead (``[[[[...`` is scanned before its first event), and since 0.2.6 it stops at its own
    nesting limit of 1,000 with a syntax error, before the builder sees the level past
    ``max_depth``. So when the fast loader fails, the pure-Python loader, which delivers events
    as it goes and has no limit of its own, reads the text again: if it reaches our cap, that is
    the diagnostic (at the first level past the cap); if it reads the text without error (an
    upstream limit below ours), its result stands; otherwise the fast loader's error is reported.
    The second pass costs time only for texts that have a syntax error.
    """
    doc, raised = _parse_with(_Loader, text, path, max_depth, max_nodes)
    if not raised or _Loader is _FALLBACK_LOADER:
        return doc
    again, raised_again = _parse_with(_FALLBACK_LOADER, text, path, max_depth, max_nodes)
    if not raised_again:
        return again
    return doc


def _parse_with(
    loader: type, text: str, path: str, max_depth: int, max_nodes: int
) -> tuple[YamlDocument, bool]:
    """Parse with one loader; the flag tells whether the loader itself raised a syntax error."""
    doc = YamlDocument(path=path)
    builder = _Builder(doc, max_depth, max_nodes)
    try:
        for event in yaml.parse(text, Loader=loader):
            if not builder.on_event(event):
                doc.data = None
                break
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        doc.diagnostics.append(
            Diagnostic.make(
                "R1C010",
                f"YAML syntax error: {problem}",
                path,
                line,
                col,
                hint="check indentation, quoting and the `key: value` form on this line",
            )
        )
        doc.data = None
        return doc, True
    except yaml.reader.ReaderError as exc:  # a control character: located by offset, not mark
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        before = text[: exc.position]
        line = before.count("\n") + 1
        col = exc.position - (before.rfind("\n") + 1) + 1
        doc.diagnostics.append(
            Diagnostic.make(
                "R1C010",
                f"control character U+{char:04X} is not allowed in YAML",
                path,
                line,
                col,
                hint="delete it, or write it as an escape inside a double-quoted string",
            )
        )
        doc.data = None
    except yaml.YAMLError as exc:  # pragma: no cover - every other PyYAML error carries a mark
        doc.diagnostics.append(Diagnostic.make("R1C010", f"YAML error: {exc}", path, 1, 1))
        doc.data = None
    return doc, False
