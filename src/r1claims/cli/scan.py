"""``r1claims scan``: check a corpus, aggregate the findings, find who copied whom.

Takes: parsed arguments (files, directories, JSON Lines, WARC). Gives: the aggregate report on
stdout, the findings as rows in ``-o FILE``; exit 1 when a figure is misleading or refuted.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from r1claims.cli.common import (
    EXIT_CODES,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    FORMATTER,
    data_option,
    err,
    format_option,
    load,
    out,
    unit_interval,
)

if TYPE_CHECKING:
    from r1claims.scanner.report import DocResult


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not 1 or more")
    return value


def register(sub: Any) -> None:
    """Add ``scan``."""
    p = sub.add_parser(
        "scan",
        help="check a corpus: which figures were misframed, by whom, when, and who copied whom",
        description="Read directories of .txt/.md/.html files, JSON Lines (`text` or `html`, "
        "optional id, url, title, outlet, published) and WARC files; check every document; "
        "print the aggregate report. See docs/scan.md and docs/scale.md.",
        epilog=EXIT_CODES + "  scan: 1 when a figure is misleading or refuted\n",
        formatter_class=FORMATTER,
    )
    data_option(p)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, directory, .jsonl or .warc")
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write one row per finding and per document: JSON Lines, or Parquet when FILE "
        "ends in .parquet (needs r1claims[scale])",
    )
    format_option(p, ("text", "markdown", "html", "json"), "text")
    p.add_argument(
        "--jobs", type=_positive, default=1, metavar="N", help="worker processes (default: 1)"
    )
    p.add_argument(
        "--engine",
        choices=("serial", "processes", "dask"),
        help="where documents are checked (default: processes when --jobs > 1, else serial); "
        "dask needs r1claims[scale]",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler (tcp://host:8786); default: a local cluster "
        "of --jobs workers",
    )
    p.add_argument(
        "--resume", action="store_true", help="with -o: skip the documents already in FILE"
    )
    p.add_argument(
        "--no-propagation",
        action="store_true",
        help="do not look for copied passages (propagation needs r1claims[scale])",
    )
    p.add_argument(
        "--min-confidence",
        type=unit_interval,
        default=0.0,
        metavar="X",
        help="as in check: verdicts below confidence X are unverifiable (default: 0)",
    )
    p.add_argument(
        "--max-doc-bytes",
        type=_positive,
        default=2_000_000,
        metavar="N",
        help="larger documents are listed as too_large, not checked (default: 2000000)",
    )
    p.add_argument(
        "--top", type=_positive, default=20, metavar="N", help="misframings listed (default: 20)"
    )
    p.set_defaults(func=_cmd_scan)


def _progress(results: Iterable[DocResult]) -> Iterator[DocResult]:
    """Pass results through, showing documents/s, findings and errors on a terminal."""
    if not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("starting")
        start, found, bad = time.perf_counter(), 0, 0
        for docs, result in enumerate(results, 1):
            found += len(result.findings)
            bad += result.problem is not None
            rate = docs / max(time.perf_counter() - start, 1e-9)
            bar.update(
                task,
                description=f"{docs:,} documents ({rate:,.1f}/s), "
                f"{found:,} findings, {bad:,} errors",
            )
            yield result


def _cmd_scan(args: argparse.Namespace) -> int:
    from r1claims.errors import InputError
    from r1claims.render import scan as render
    from r1claims.scanner.extras import MissingExtraError

    if args.resume and not args.output:
        err("r1claims scan: --resume needs -o FILE (the output to continue)\n")
        return EXIT_USAGE
    if args.scheduler and args.engine != "dask":
        err("r1claims scan: --scheduler needs --engine dask\n")
        return EXIT_USAGE
    cs = load(args)
    if isinstance(cs, int):
        return cs
    try:
        report = _run(args, cs)
    except (InputError, MissingExtraError) as exc:
        err(f"r1claims scan: {exc}\n")
        return EXIT_USAGE
    rendered = {
        "text": render.render_text,
        "markdown": render.render_markdown,
        "html": render.render_html,
        "json": render.render_json,
    }[args.format](report)
    out(rendered)
    err(render.summary(report))
    return EXIT_FINDINGS if report.flagged else EXIT_OK


def _run(args: argparse.Namespace, cs: Any) -> Any:
    from r1claims.scanner.output import complete_jsonl, open_sink, read_rows
    from r1claims.scanner.run import scan_inputs, summarise

    prior: Iterable[Any] = ()
    done: frozenset[str] = frozenset()
    if args.resume and Path(args.output).exists():
        if not args.output.endswith(".parquet"):
            complete_jsonl(args.output)
        done = frozenset(r.doc_id for r in read_rows(args.output) if r.row == "document")
        prior = read_rows(args.output)
    propagation = not args.no_propagation
    results = scan_inputs(
        args.inputs,
        cs,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        min_confidence=args.min_confidence,
        propagation=propagation,
        done=done,
        max_bytes=args.max_doc_bytes,
    )
    sink = open_sink(args.output, resume=args.resume) if args.output else None
    try:
        return summarise(
            _progress(results),
            cs,
            propagation=propagation,
            prior=prior,
            write=sink.write if sink else None,
            top=args.top,
        )
    finally:
        if sink is not None:
            sink.close()
