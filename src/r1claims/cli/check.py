"""``r1claims check``: judge the figures of articles against the record.

Takes: parsed arguments (files or ``-``). Gives: rendered findings; exit 1 when a figure is
misleading or refuted.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from r1claims.cli.common import (
    EXIT_CODES,
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    FORMATTER,
    data_option,
    err,
    format_option,
    is_tty,
    load,
    out,
    print_rich,
    unit_interval,
)


def register(sub: Any) -> None:
    """Add ``check``."""
    p = sub.add_parser(
        "check",
        help="find the figures in a text and judge each against the record",
        epilog=EXIT_CODES + "  check: 1 when a figure is misleading or refuted\n",
        formatter_class=FORMATTER,
    )
    data_option(p)
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="text, Markdown or HTML file; - for stdin"
    )
    format_option(p, ("text", "markdown", "json", "html"), "text")
    p.add_argument(
        "--min-confidence",
        type=unit_interval,
        default=0.0,
        metavar="X",
        help="report a verdict whose confidence (0-1, calibrated, see docs/check.md) is below X "
        "as unverifiable (default: 0, every verdict)",
    )
    p.set_defaults(func=_cmd_check)


def _cmd_check(args: argparse.Namespace) -> int:
    from r1claims.checker.inputs import read_input
    from r1claims.checker.report import CheckRun, FileReport
    from r1claims.checker.run import check
    from r1claims.errors import InputError
    from r1claims.render import findings as render
    from r1claims.render.safe import clean

    cs = load(args)
    if isinstance(cs, int):
        return cs
    texts = []
    for name in args.files:  # read everything first: a bad file stops the run before output
        try:
            texts.append((name, read_input(name, sys.stdin.buffer)))
        except InputError as exc:
            err(f"r1claims check: {exc}\n")
            return EXIT_USAGE
    reports = [
        (name, text, check(text, cs, min_confidence=args.min_confidence)) for name, text in texts
    ]
    several = len(reports) > 1
    if args.format == "html":  # one self-contained page for every input
        from r1claims.render.check_html import check_page

        out(check_page(reports))
    if args.format == "json":  # one shape whatever the number of inputs (docs/check.md)
        files = [FileReport(path=name, findings=r.findings) for name, _, r in reports]
        out(CheckRun(files=files).model_dump_json(indent=2) + "\n")
    for name, text, report in reports:
        if args.format == "markdown":
            out((f"## {clean(name)}\n\n" if several else "") + render.render_markdown(report))
        elif args.format == "text" and is_tty():
            print_rich(render.rich_view(report, text))
        elif args.format == "text":
            prefix = f"{clean(name)}:" if several else ""
            out("".join(prefix + line + "\n" for line in render.render_text(report).splitlines()))
        err(render.summary(report, name))
    return EXIT_FINDINGS if any(r.flagged for _, _, r in reports) else EXIT_OK
