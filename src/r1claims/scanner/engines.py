"""Engines: run `scan_document` over documents serially, in worker processes, or on Dask.

All three yield results in input order. The process engine keeps at most `IN_FLIGHT` batches of
`BATCH` documents per worker queued, so memory stays flat however long the input; each worker
receives the record once (the pool's initializer) and builds its index on its first document.
The Dask engine reads on the workers: a partition is a list of input units (files, line ranges
of JSON Lines, WARC files), the record is scattered once to every worker, and partitions are
computed a window at a time.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from r1claims.record.claimset import ClaimSet
from r1claims.scanner.documents import Document, Unit
from r1claims.scanner.extras import require
from r1claims.scanner.readers import read_unit
from r1claims.scanner.report import DocResult
from r1claims.scanner.worker import Options, scan_document

__all__ = ["BATCH", "IN_FLIGHT", "portable", "run_dask", "run_processes", "run_serial"]

BATCH = 16
IN_FLIGHT = 4
#: Documents per Dask partition, about (files count one each; a JSON Lines range its lines).
PARTITION_DOCS = 500

Skip = Callable[[Document], bool]
_STATE: dict[str, Any] = {}


def _skip_none(doc: Document) -> bool:
    return False


def run_serial(
    docs: Iterable[Document], cs: ClaimSet, options: Options, skip: Skip = _skip_none
) -> Iterator[DocResult]:
    """In this process."""
    for doc in docs:
        yield scan_document(doc, cs, options, skip=skip(doc))


def portable(cs: ClaimSet) -> ClaimSet:
    """The record as sent to workers: its public fields only. The YAML positions a loaded
    record keeps for `validate`'s messages are not needed to check text, and may hold objects
    pickle cannot send (a reader's closure)."""
    return ClaimSet(**{name: getattr(cs, name) for name in ClaimSet.model_fields})


def _init(cs: ClaimSet, options: Options) -> None:
    _STATE["cs"], _STATE["options"] = cs, options


def _batch(items: list[tuple[Document, bool]]) -> list[DocResult]:
    cs, options = _STATE["cs"], _STATE["options"]
    return [scan_document(doc, cs, options, skip=skip) for doc, skip in items]


def run_processes(
    docs: Iterable[Document], cs: ClaimSet, options: Options, jobs: int, skip: Skip = _skip_none
) -> Iterator[DocResult]:
    """In ``jobs`` worker processes (spawned: no fork of a process that has threads)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_init, initargs=(portable(cs), options)
    ) as pool:
        pending: deque[Future[list[DocResult]]] = deque()
        it = iter(docs)
        while True:
            while len(pending) < IN_FLIGHT * jobs:
                items = [(d, skip(d)) for d in islice(it, BATCH)]
                if not items:
                    break
                pending.append(pool.submit(_batch, items))
            if not pending:
                return
            yield from pending.popleft().result()


def partitions(units: Sequence[Unit], lines_per_unit: int) -> list[list[Unit]]:
    """Consecutive units grouped into partitions of about `PARTITION_DOCS` documents."""
    out: list[list[Unit]] = []
    size = PARTITION_DOCS
    for unit in units:
        weight = lines_per_unit if unit.kind == "lines" else 1
        if size + weight > PARTITION_DOCS:
            out.append([])
            size = 0
        out[-1].append(unit)
        size += weight
    return out


def _partition(
    parts: Iterable[list[Unit]],
    cs: ClaimSet,
    options: Options,
    done: frozenset[str],
    max_bytes: int,
) -> list[DocResult]:
    results = []
    for units in parts:
        for unit in units:
            for doc in read_unit(unit, max_bytes):
                results.append(scan_document(doc, cs, options, skip=doc.meta.id in done))
    return results


def run_dask(
    units: Sequence[Unit],
    cs: ClaimSet,
    options: Options,
    *,
    scheduler: str | None,
    jobs: int,
    done: frozenset[str],
    max_bytes: int,
    lines_per_unit: int,
) -> Iterator[DocResult]:
    """On the Dask cluster at ``scheduler`` (``None``: a local cluster of ``jobs`` worker
    processes). The inputs must be readable at the same paths on every worker."""
    bag = require("dask.bag")
    distributed = require("distributed")
    cluster = None
    if scheduler is None:
        cluster = distributed.LocalCluster(
            # ":0": any free port (None still takes 8787 in older distributed, and warns)
            n_workers=jobs,
            threads_per_worker=1,
            dashboard_address=":0",
        )
    client = distributed.Client(cluster if cluster is not None else scheduler)
    try:
        # in lists: scatter would send the items of a set (or of an iterable record) one by one
        [shared_cs, shared_done] = client.scatter([portable(cs), done], broadcast=True, hash=False)
        parts = partitions(units, lines_per_unit)
        if not parts:
            return
        work = bag.from_sequence(parts, npartitions=len(parts)).map_partitions(
            _partition, shared_cs, options, shared_done, max_bytes
        )
        delayed = iter(work.to_delayed())
        window = max(2, 2 * len(client.scheduler_info()["workers"]))
        pending: deque[Any] = deque(client.compute(list(islice(delayed, window))))
        while pending:
            results = pending.popleft().result()
            pending.extend(client.compute(list(islice(delayed, 1))))
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
