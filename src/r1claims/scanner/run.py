"""Scan a corpus: `scan` yields one `DocResult` per document; `summarise` writes the rows,
aggregates them and finds the copy clusters, in one pass."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from r1claims.record.claimset import ClaimSet
from r1claims.scanner.aggregate import Aggregator
from r1claims.scanner.documents import (
    MAX_DOCUMENT_BYTES,
    Document,
    check_paths,
    parse_date,
    units,
)
from r1claims.scanner.engines import run_dask, run_processes, run_serial
from r1claims.scanner.extras import check_installed
from r1claims.scanner.readers import read_units
from r1claims.scanner.report import DocMeta, DocResult, Row, ScanReport
from r1claims.scanner.worker import Options

__all__ = ["Engine", "as_document", "scan", "scan_inputs", "summarise"]

Engine = Literal["serial", "processes", "dask"]
#: Lines of a JSON Lines file per Dask input unit.
LINES_PER_UNIT = 500


def as_document(item: Document | str | Mapping[str, Any], index: int) -> Document:
    """A `Document` from a document, a text (id ``doc-INDEX``) or a JSON Lines-shaped mapping
    (``text`` or ``html``, optional ``id``, ``url``, ``title``, ``outlet``, ``published``)."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(DocMeta(id=f"doc-{index}", source=f"doc-{index}"), text=item)
    meta = DocMeta(
        id=str(item.get("id") or f"doc-{index}"),
        source=f"doc-{index}",
        url=item.get("url"),
        title=item.get("title"),
        outlet=item.get("outlet"),
        published=parse_date(item.get("published")),
    )
    return Document(meta, text=item.get("text"), html=item.get("html"))


def _load(claimset: ClaimSet | None) -> ClaimSet:
    if claimset is not None:
        return claimset
    from r1claims.record.validation import load

    return load()


def scan(
    documents: Iterable[Document | str | Mapping[str, Any]],
    claimset: ClaimSet | None = None,
    *,
    jobs: int = 1,
    min_confidence: float = 0.0,
    propagation: bool = True,
    done: frozenset[str] = frozenset(),
) -> Iterator[DocResult]:
    """Check every document against ``claimset`` (default: the bundled record), lazily, in
    input order: ``jobs`` > 1 runs worker processes. ``propagation`` cuts each document's
    passages for `propagate` (needs ``r1claims[scale]``). Documents whose id is in ``done`` are
    not checked again (``--resume``): their results carry only passages."""
    cs = _load(claimset)
    if propagation:
        check_installed("datasketch")  # here, not in a worker
    options = Options(min_confidence=min_confidence, propagation=propagation)
    docs = (as_document(item, i) for i, item in enumerate(documents))

    def skip(doc: Document) -> bool:
        return doc.meta.id in done

    if jobs > 1:
        return run_processes(docs, cs, options, jobs, skip)
    return run_serial(docs, cs, options, skip)


def scan_inputs(
    paths: Sequence[str | Path],
    claimset: ClaimSet | None = None,
    *,
    jobs: int = 1,
    engine: Engine | None = None,
    scheduler: str | None = None,
    min_confidence: float = 0.0,
    propagation: bool = True,
    done: frozenset[str] = frozenset(),
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[DocResult]:
    """`scan` over files and directories (`.txt`, `.md`, `.html`), JSON Lines and WARC files.

    ``engine``: ``serial``, ``processes`` (default when ``jobs`` > 1) or ``dask`` (on the
    cluster at ``scheduler``, else a local one of ``jobs`` workers). Raises `InputError` when
    an input does not exist, before reading anything.
    """
    names = [str(p) for p in paths]
    check_paths(names)
    cs = _load(claimset)
    if engine == "dask":
        if propagation:
            check_installed("datasketch")
        options = Options(min_confidence=min_confidence, propagation=propagation)
        found = list(units(names, lines_per_unit=LINES_PER_UNIT))
        return run_dask(
            found,
            cs,
            options,
            scheduler=scheduler,
            jobs=jobs,
            done=done,
            max_bytes=max_bytes,
            lines_per_unit=LINES_PER_UNIT,
        )
    docs = read_units(units(names), max_bytes)
    return scan(
        docs,
        cs,
        jobs=1 if engine == "serial" else jobs,
        min_confidence=min_confidence,
        propagation=propagation,
        done=done,
    )


def summarise(
    results: Iterable[DocResult],
    claimset: ClaimSet | None = None,
    *,
    propagation: bool = True,
    prior: Iterable[Row] = (),
    write: Callable[[list[Row]], None] | None = None,
    top: int = 20,
    key_figures: int = 5,
) -> ScanReport:
    """Consume results: ``write`` each document's rows (findings, then the document row), count
    them with the ``prior`` rows of an earlier output, and with ``propagation`` find the copy
    clusters. The report ranks the ``top`` misframings and draws timelines of the
    ``key_figures`` most cited records."""
    agg = Aggregator(_load(claimset))
    for row in prior:
        agg.add(row)
    prop = None
    if propagation:
        from r1claims.scanner.propagation import Propagator

        prop = Propagator()
    try:
        for result in results:
            if prop is not None:
                prop.add(result)
            if result.resumed:
                continue
            rows = result.rows()
            if write is not None:
                write(rows)
            for row in rows:
                agg.add(row)
        return agg.report(prop.result() if prop else None, top=top, key_figures=key_figures)
    finally:
        if prop is not None:
            prop.close()
