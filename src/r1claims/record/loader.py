"""Load a record directory (claims.yaml, sources.yaml) into a `ClaimSet`, with diagnostics."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path as FsPath
from typing import Any

from pydantic import BaseModel, ValidationError

from r1claims.record.claimset import ClaimSet
from r1claims.record.diagnostics import Diagnostic
from r1claims.record.model import Claim, Entity, Relation, Source
from r1claims.record.schema_errors import item_diagnostics
from r1claims.record.yamlsource import ItemHandler, Path, YamlDocument, parse_yaml, stream_yaml

__all__ = [
    "DATA_ENV",
    "MAX_FILE_BYTES",
    "LoadResult",
    "bundled_data_dir",
    "load_record",
    "resolve_data_dir",
]

#: Environment variable naming a record directory to use instead of the bundled one.
DATA_ENV = "R1CLAIMS_DATA"
#: Largest record file accepted by default, in bytes (the bundled record is about 0.3 MB). A
#: limit, not a wall: a larger record is read with ``max_bytes=`` (``--max-bytes``; 0 is none).
MAX_FILE_BYTES = 20 * 1024 * 1024

#: Codes from here on are integrity findings: reported, but the record is still usable.
FINDINGS_FROM = "R1C300"

CLAIMS_FILE = "claims.yaml"
SOURCES_FILE = "sources.yaml"

# top-level key -> model, per file
_LAYOUT: dict[str, dict[str, type[BaseModel]]] = {
    SOURCES_FILE: {"sources": Source},
    CLAIMS_FILE: {"entities": Entity, "claims": Claim, "relations": Relation},
}
_REQUIRED = {SOURCES_FILE: {"sources"}, CLAIMS_FILE: {"claims"}}
_ITEM_KIND = {"sources": "source", "entities": "entity", "claims": "claim", "relations": "relation"}


def bundled_data_dir() -> FsPath:
    """Directory of the record shipped inside the package."""
    return FsPath(str(resources.files("r1claims") / "data"))


def resolve_data_dir(data_dir: str | os.PathLike[str] | None = None) -> FsPath:
    """``data_dir`` if given, else ``$R1CLAIMS_DATA`` if set, else the bundled record."""
    if data_dir is not None:
        return FsPath(data_dir)
    env = os.environ.get(DATA_ENV)
    if env:
        return FsPath(env)
    return bundled_data_dir()


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: loading allocates many small objects and no cycles,
    and with the collector running, large files load superlinearly (measured 4-7x slower)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class LoadResult:
    """What loading produced: the set (None when nothing usable was read) and all diagnostics."""

    claimset: ClaimSet | None
    documents: dict[str, YamlDocument] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: every item that validated, with the document and path it was read from, duplicates kept
    items: dict[str, list[tuple[Any, YamlDocument, Path]]] = field(default_factory=dict)
    #: ids of items that failed the schema, per section: references to them are not reported
    #: again as unknown (one mistake, one message)
    invalid_ids: dict[str, set[str]] = field(default_factory=dict)
    #: sections that could not be read at all (a top-level error): references into them are
    #: not checked
    unreadable: set[str] = field(default_factory=set)

    @property
    def ok(self) -> bool:
        """True when no error (warnings allowed) was found."""
        return not any(d.level == "error" for d in self.diagnostics)


def read_document(
    path: FsPath,
    display: str,
    max_bytes: int = MAX_FILE_BYTES,
    *,
    stream: tuple[frozenset[str], ItemHandler] | None = None,
) -> YamlDocument:
    """Read and parse one YAML file; problems are returned as diagnostics, never raised.

    With ``stream`` (sections, handler), the items of those top-level lists go to the handler
    as they are read (`stream_yaml`); the document then has ``items`` set. A file that is not
    well-formed is read again the usual way, so its diagnostics are those of `parse_yaml`."""
    doc = YamlDocument(path=display)
    try:
        size = path.stat().st_size
        if max_bytes and size > max_bytes:
            needed = -(-size // 2**20)
            doc.diagnostics.append(
                Diagnostic.make(
                    "R1C003",
                    f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
                    display,
                    1,
                    1,
                    hint=f"if the record is meant to be this large, raise the limit: "
                    f"--max-bytes {needed}M (max_bytes= in the library, max-bytes in "
                    f"[tool.r1claims])",
                )
            )
            return doc
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        doc.diagnostics.append(
            Diagnostic.make(
                "R1C001",
                f"cannot read the file: {reason}",
                display,
                1,
                1,
                hint="check the path given with --data or $R1CLAIMS_DATA",
            )
        )
        return doc
    if stream is not None and raw[:2] not in (b"\xff\xfe", b"\xfe\xff"):  # libyaml would
        streamed = stream_yaml(raw, display, *stream)  # read UTF-16; we report it, below
        if streamed is not None:
            return streamed
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        doc.diagnostics.append(
            Diagnostic.make(
                "R1C002",
                f"byte 0x{raw[exc.start]:02x} is not valid UTF-8",
                display,
                line,
                col,
                hint="save the file as UTF-8",
            )
        )
        return doc
    return parse_yaml(text, display)


def _add_schema_diagnostic(doc: YamlDocument, diagnostic: Diagnostic) -> None:
    """One mistake, one message: a YAML error (a tag, say) already explains a schema error at
    the same spot, and a schema error replaces the YAML 1.1 warning for the same scalar."""
    line, column = diagnostic.location.line, diagnostic.location.column
    spots = doc.spot_index()
    if any(d.level == "error" for d in spots.same_spot(line, column)):
        return
    spots.replace(line, column, diagnostic)


def _read_items(
    doc: YamlDocument,
    filename: str,
    found: dict[str, list[tuple[Any, Path]]],
    result: LoadResult,
) -> None:
    """Validate each top-level list item on its own, so one bad item hides no other."""
    data = doc.data
    layout = _LAYOUT[filename]
    if data is None and not doc.ok:
        result.unreadable.update(layout)
        return
    if not isinstance(data, dict):
        result.unreadable.update(layout)
        doc.diagnostics.append(
            Diagnostic.make(
                "R1C020",
                f"{filename} must be a mapping with the keys {', '.join(sorted(layout))}",
                doc.path,
                1,
                1,
                hint="start the file with `" + next(iter(_REQUIRED[filename])) + ":`",
            )
        )
        return
    if any(key not in layout for key in data):
        result.unreadable.update(k for k in layout if k not in data)
    for key in _REQUIRED[filename] - data.keys():
        doc.diagnostics.append(
            Diagnostic.make(
                "R1C102",
                f"top-level `{key}` list is missing",
                doc.path,
                1,
                1,
                hint=f"add `{key}:` followed by a list",
            )
        )
    for key, items in data.items():
        if key not in layout:
            line, col = doc.locate((key,), key=True)
            doc.diagnostics.append(
                Diagnostic.make(
                    "R1C101",
                    f"unknown top-level key {key!r}",
                    doc.path,
                    line,
                    col,
                    hint=f"{filename} holds only: {', '.join(sorted(layout))}",
                )
            )
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            line, col = doc.locate((key,))
            doc.diagnostics.append(
                Diagnostic.make("R1C103", f"`{key}` must be a list", doc.path, line, col)
            )
            continue
        if doc.items is not None and key in doc.items.sections:
            continue  # validated as it was read (`_Items`)
        for index, item in enumerate(items):
            _validate_item(layout[key], key, index, item, doc, found, result)


def _validate_item(
    model: type[BaseModel],
    key: str,
    index: int,
    item: Any,
    doc: YamlDocument,
    found: dict[str, list[tuple[Any, Path]]],
    result: LoadResult,
) -> None:
    """Validate one item; keep its model, or report why not (and remember its id)."""
    path: Path = (key, index)
    try:
        found.setdefault(key, []).append((model.model_validate(item), path))
    except ValidationError as exc:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            result.invalid_ids.setdefault(key, set()).add(item["id"])
        for diagnostic in item_diagnostics(doc, model, path, item, exc.errors()):
            _add_schema_diagnostic(doc, diagnostic)


class _Items:
    """The stream handler of one file: validates each item as soon as it is read, so that a
    large record is never held as YAML data and models at once. Kept apart from the result
    until the file turned out well-formed (else it is read again, the usual way)."""

    def __init__(self, filename: str) -> None:
        self.layout = _LAYOUT[filename]
        self.found: dict[str, list[tuple[Any, Path]]] = {}
        self.partial = LoadResult(claimset=None)

    def __call__(self, key: str, index: int, item: Any, doc: YamlDocument) -> None:
        _validate_item(self.layout[key], key, index, item, doc, self.found, self.partial)

    def merge(self, found: dict[str, list[tuple[Any, Path]]], result: LoadResult) -> None:
        for key, items in self.found.items():
            found.setdefault(key, []).extend(items)
        for key, ids in self.partial.invalid_ids.items():
            result.invalid_ids.setdefault(key, set()).update(ids)


def load_record(
    data_dir: str | os.PathLike[str] | None = None, *, max_bytes: int = MAX_FILE_BYTES
) -> LoadResult:
    """Read ``claims.yaml`` and ``sources.yaml`` from a record directory.

    Every problem is returned as a diagnostic; the items that validated still form a
    `ClaimSet`, so that later checks can run on what is there. Never raises for bad input.
    """
    directory = resolve_data_dir(data_dir)
    result = LoadResult(claimset=None)
    found: dict[str, list[tuple[Any, Path]]] = {}
    with gc_paused():
        for filename in (CLAIMS_FILE, SOURCES_FILE):
            handler = _Items(filename)
            stream = (frozenset(_LAYOUT[filename]), handler)
            doc = read_document(
                directory / filename, str(directory / filename), max_bytes, stream=stream
            )
            result.documents[filename] = doc
            if doc.diagnostics and doc.data is None:
                result.diagnostics.extend(doc.diagnostics)
                result.unreadable.update(_LAYOUT[filename])
                continue
            if doc.items is not None:
                handler.merge(found, result)
            _read_items(doc, filename, found, result)
            result.diagnostics.extend(doc.diagnostics)
        claimset = ClaimSet(
            entities=[m for m, _ in found.get("entities", [])],
            sources=[m for m, _ in found.get("sources", [])],
            claims=[m for m, _ in found.get("claims", [])],
            relations=[m for m, _ in found.get("relations", [])],
        )
        for key, items in found.items():
            doc = result.documents[SOURCES_FILE if key == "sources" else CLAIMS_FILE]
            result.items[key] = [(model, doc, path) for model, path in items]
            for model, path in items:
                claimset.attach_origin(_ITEM_KIND[key], model.id, doc, path)
    result.claimset = claimset
    return result
