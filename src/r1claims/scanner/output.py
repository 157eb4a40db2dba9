"""Write the rows of a scan to JSON Lines or Parquet, and read them back for ``--resume``.

JSON Lines are appended and flushed per document; a run cut short leaves complete documents
followed, at worst, by part of one, which `resume` cuts off (a document is complete when its
``document`` row, written last, is there). Parquet (pyarrow) is written in row groups of about
`PARQUET_ROWS` rows, cut at document ends; resuming copies the earlier file's rows into the new
one, a batch at a time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from r1claims.errors import InputError
from r1claims.scanner.extras import require
from r1claims.scanner.report import Row

__all__ = ["JsonlSink", "ParquetSink", "complete_jsonl", "open_sink", "read_rows"]

PARQUET_ROWS = 10_000


class JsonlSink:
    """Rows as JSON Lines, one document at a time."""

    def __init__(self, path: str, *, append: bool = False) -> None:
        self._fh = open(path, "a" if append else "w", encoding="utf-8")  # noqa: SIM115

    def write(self, rows: list[Row]) -> None:
        self._fh.write("".join(row.model_dump_json() + "\n" for row in rows))
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


def _schema() -> Any:
    pa = require("pyarrow")
    types = {
        "schema_version": pa.int32(),
        "published": pa.date32(),
        "chars": pa.int64(),
        "findings": pa.int64(),
        "start": pa.int64(),
        "end": pa.int64(),
        "confidence": pa.float64(),
        "reasons": pa.list_(pa.string()),
    }
    return pa.schema([(name, types.get(name, pa.string())) for name in Row.model_fields])


class ParquetSink:
    """Rows as Parquet (pyarrow), in row groups; ``prior`` rows are copied first."""

    def __init__(self, path: str, *, prior: str | None = None) -> None:
        self._pa = require("pyarrow")
        self._pq = require("pyarrow.parquet")
        self._path = path
        self._tmp = path + ".part"
        self._writer = self._pq.ParquetWriter(self._tmp, _schema())
        self._rows: list[dict[str, Any]] = []
        if prior is not None:
            for batch in self._pq.ParquetFile(prior).iter_batches(PARQUET_ROWS):
                self._writer.write_batch(batch)

    def write(self, rows: list[Row]) -> None:
        self._rows += [row.model_dump() for row in rows]
        if len(self._rows) >= PARQUET_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=self._writer.schema)
            self._writer.write_table(table)
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._tmp, self._path)


def read_rows(path: str) -> Iterator[Row]:
    """The complete documents' rows of an earlier output (JSON Lines or Parquet)."""
    if path.endswith(".parquet"):
        pq = require("pyarrow.parquet")
        try:
            batches = pq.ParquetFile(path).iter_batches(PARQUET_ROWS)
            for batch in batches:
                for item in batch.to_pylist():
                    yield Row.model_validate(item)
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: cannot resume from it: {exc}") from exc
        return
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            try:
                yield Row.model_validate_json(line)
            except ValueError as exc:
                raise InputError(
                    f"{path}:{number}: not a row of r1claims scan; give the file an earlier "
                    "scan wrote, or drop --resume"
                ) from exc


def complete_jsonl(path: str) -> None:
    """Cut an interrupted JSON Lines output after its last document row."""
    keep = 0
    with open(path, "rb") as fh:
        pos = 0
        for line in fh:
            pos += len(line)
            if line.endswith(b"\n") and b'"row":"document"' in line:
                keep = pos
    with open(path, "r+b") as fh:
        fh.truncate(keep)


def open_sink(path: str, *, resume: bool) -> JsonlSink | ParquetSink:
    """The sink for ``-o PATH`` (Parquet when it ends in ``.parquet``); with ``resume`` and an
    existing file, it continues that file."""
    exists = resume and Path(path).exists()
    if path.endswith(".parquet"):
        return ParquetSink(path, prior=path if exists else None)
    if exists:
        complete_jsonl(path)
    return JsonlSink(path, append=exists)
