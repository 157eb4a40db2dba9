"""Strict, position-keeping YAML reader: YAML 1.2 core scalars, no tags, no duplicate keys.

The tree is built from libyaml's event stream with an explicit stack, never by recursion: the C
composer recurses per nesting level and segfaults near 25,000 levels, so depth is capped here
before any tree exists. Every value's position is recorded under its path, so that a schema
error reported by pydantic as ``("claims", 3, "value")`` can be mapped back to ``line:col``.
The builder is `yamlbuild.YamlBuilder`, the document `yamldoc.YamlDocument`; large records are
streamed item by item (`stream_yaml`).
"""

from __future__ import annotations

import functools

import yaml

from r1claims.record.diagnostics import Diagnostic
from r1claims.record.item_positions import ItemIndex
from r1claims.record.yamlbuild import ItemHandler, YamlBuilder
from r1claims.record.yamldoc import Path, YamlDocument

__all__ = [
    "MAX_DEPTH",
    "MAX_NODES",
    "ItemHandler",
    "Path",
    "YamlDocument",
    "parse_yaml",
    "stream_yaml",
]

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


def stream_yaml(
    raw: bytes,
    path: str,
    sections: frozenset[str],
    on_item: ItemHandler,
    *,
    max_depth: int = MAX_DEPTH,
    max_nodes: int = MAX_NODES,
) -> YamlDocument | None:
    """Parse UTF-8 ``raw`` strictly, handing each item of the top-level lists in ``sections``
    to ``on_item`` as soon as it is read and keeping neither it nor its positions (a large
    record is never held twice). The document keeps an `ItemIndex` so that positions inside
    an item can be found again (`YamlDocument.locate`).

    Returns ``None`` when the text has a YAML error or reaches a limit: the caller then reads
    it with `parse_yaml`, which reports it exactly as it always has (and ignores what
    ``on_item`` was given).
    """
    doc = YamlDocument(path=path)

    # a partial of a module-level function, not a closure: the record stays picklable (worker
    # processes receive it)
    again = functools.partial(_reparse, path=path, max_depth=max_depth, max_nodes=max_nodes)
    index = ItemIndex(raw, again, sections)
    builder = YamlBuilder(doc, max_depth, max_nodes, on_item, index)
    on_event = builder.on_event
    loader = _Loader(raw)
    try:
        # both parsers give None after the last event: no generator in the way
        for event in iter(loader.get_event, None):
            if not on_event(event):
                return None
    except (yaml.YAMLError, UnicodeDecodeError):  # read again by `parse_yaml`, which reports it
        return None
    finally:
        loader.dispose()
    doc.items = index
    return doc


def _reparse(text: str, *, path: str, max_depth: int, max_nodes: int) -> YamlDocument:
    """`parse_yaml` of one item's text, for `ItemIndex` (positions found again on demand)."""
    return parse_yaml(text, path, max_depth=max_depth, max_nodes=max_nodes)


def _parse_with(
    loader: type, text: str, path: str, max_depth: int, max_nodes: int
) -> tuple[YamlDocument, bool]:
    """Parse with one loader; the flag tells whether the loader itself raised a syntax error."""
    doc = YamlDocument(path=path)
    builder = YamlBuilder(doc, max_depth, max_nodes)
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
