"""Documents to scan, the input units they come from, and reading files and JSON Lines.

Inputs are cut into *units* (a file, a byte range of lines of a JSON Lines file, a WARC file)
that can be read independently, in order: the serial and process engines read them one after
the other in the main process, the Dask engine reads each partition on a worker. Nothing is
held but the current document, so memory does not grow with the corpus. A document that cannot
be read becomes a `Document` with a `Problem`: it is counted and listed, and the run goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from r1claims.errors import InputError
from r1claims.scanner.report import DocMeta, Problem

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "TEXT_SUFFIXES",
    "Document",
    "Unit",
    "check_paths",
    "decode",
    "parse_date",
    "read_file",
    "read_lines",
    "units",
]

#: Largest document checked, in bytes (the checker takes about 3 s per MB); larger ones are
#: listed as ``too_large``.
MAX_DOCUMENT_BYTES = 2_000_000
#: Files read from a directory; anything else in it is skipped silently.
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")
#: JSON Lines field -> the names crawlers use for it (news-please's first after ours).
_FIELDS = {
    "text": ("text", "maintext"),
    "html": ("html", "raw_html"),
    "id": ("id",),
    "url": ("url",),
    "title": ("title",),
    "outlet": ("outlet", "source_domain"),
    "published": ("published", "date_publish"),
}


@dataclass(frozen=True)
class Document:
    """One document: plain text or HTML to extract, with its metadata, or why it is unusable."""

    meta: DocMeta
    text: str | None = None
    html: str | None = None
    problem: Problem | None = None


@dataclass(frozen=True)
class Unit:
    """A piece of input read on its own: ``file``, ``lines`` (bytes ``start``-``end`` of a JSON
    Lines file, starting at line ``line``) or ``warc``."""

    kind: str
    path: str
    start: int = 0
    end: int = -1
    line: int = 1


def parse_date(value: object) -> dt.date | None:
    """The date at the start of an ISO string ('2025-01-28', '2025-01-28 10:00:00'), else None."""
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def check_paths(paths: Iterable[str]) -> None:
    """Raise `InputError` for an input that does not exist (before anything is read)."""
    for name in paths:
        if not Path(name).exists():
            raise InputError(f"{name}: no such file or directory; give files or directories")


def units(paths: Iterable[str], *, lines_per_unit: int = 0) -> Iterator[Unit]:
    """The units of the inputs, in a stable order (directories walked sorted), lazily.

    ``lines_per_unit`` > 0 cuts JSON Lines files into ranges of about that many lines (for Dask
    partitions). Files that do not exist are skipped: call `check_paths` first.
    """
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith(TEXT_SUFFIXES):
                        yield Unit("file", str(Path(root) / f))
        elif not path.exists():
            continue
        elif name.lower().endswith(_JSONL_SUFFIXES):
            yield from _line_units(name, lines_per_unit)
        elif name.lower().endswith(_WARC_SUFFIXES):
            yield Unit("warc", name)
        else:
            yield Unit("file", name)


def _line_units(name: str, per_unit: int) -> list[Unit]:
    if per_unit <= 0 or name.endswith(".gz"):
        return [Unit("lines", name)]
    found, start, line, count, pos = [], 0, 1, 0, 0
    with open(name, "rb") as fh:
        for raw in fh:
            pos += len(raw)
            count += 1
            if count == per_unit:
                found.append(Unit("lines", name, start, pos, line))
                start, line, count = pos, line + count, 0
    if count or not found:
        found.append(Unit("lines", name, start, -1, line))
    return found


def _bad(meta: DocMeta, reason: str, message: str) -> Document:
    return Document(meta, problem=Problem.model_validate({"reason": reason, "message": message}))


def decode(meta: DocMeta, raw: bytes, max_bytes: int, *, html: bool) -> Document:
    """A document from raw bytes: too large, undecodable or empty ones carry their problem."""
    if len(raw) > max_bytes:
        return _bad(meta, "too_large", f"{len(raw):,} bytes, over the {max_bytes:,} limit")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _bad(meta, "undecodable", f"byte 0x{raw[exc.start]:02x} at {exc.start}: not UTF-8")
    if not text.strip():
        return _bad(meta, "empty", "no text")
    return Document(meta, html=text) if html else Document(meta, text=text)


def read_file(name: str, max_bytes: int) -> Document:
    meta = DocMeta(id=name, source=name)
    try:
        size = os.path.getsize(name)
        if size > max_bytes:
            return _bad(meta, "too_large", f"{size:,} bytes, over the {max_bytes:,} limit")
        raw = Path(name).read_bytes()
    except OSError as exc:
        return _bad(meta, "unreadable", exc.strerror or str(exc))
    return decode(meta, raw, max_bytes, html=name.lower().endswith(_HTML_SUFFIXES))


def _open_lines(name: str) -> Any:
    if name.endswith(".gz"):
        import gzip

        return gzip.open(name, "rb")
    return open(name, "rb")


def read_lines(unit: Unit, max_bytes: int) -> Iterator[Document]:
    try:
        fh = _open_lines(unit.path)
    except OSError as exc:
        meta = DocMeta(id=unit.path, source=unit.path)
        yield _bad(meta, "unreadable", exc.strerror or str(exc))
        return
    with fh:
        fh.seek(unit.start)
        pos, lineno = unit.start, unit.line
        for raw in fh:
            if 0 <= unit.end <= pos:
                break
            pos += len(raw)
            if raw.strip():
                yield _from_json(raw, f"{unit.path}:{lineno}", max_bytes)
            lineno += 1


def _field(record: dict[str, Any], name: str) -> Any:
    for key in _FIELDS[name]:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def _from_json(raw: bytes, source: str, max_bytes: int) -> Document:
    meta = DocMeta(id=source, source=source)
    if len(raw) > max_bytes:
        return _bad(meta, "too_large", f"{len(raw):,} bytes, over the {max_bytes:,} limit")
    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        return _bad(meta, "bad_json", f"not a JSON object: {exc}")
    if not isinstance(record, dict):
        return _bad(meta, "bad_json", "not a JSON object")
    meta = DocMeta(
        id=str(_field(record, "id") or source),
        source=source,
        url=_str(_field(record, "url")),
        title=_str(_field(record, "title")),
        outlet=_str(_field(record, "outlet")),
        published=parse_date(_field(record, "published")),
    )
    text, html = _field(record, "text"), _field(record, "html")
    if isinstance(text, str) and text.strip():
        return Document(meta, text=text)
    if isinstance(html, str) and html.strip():
        return Document(meta, html=html)
    return _bad(meta, "no_text", "no `text` or `html` field with text")


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
