"""Command line: parse arguments, call the library, render, choose the exit code. Nothing more.

Heavy modules (pydantic, rich, rapidfuzz) are imported inside the commands, so ``--help`` is fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from r1claims.record.claimset import ClaimSet

__all__ = ["EXIT_FINDINGS", "EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
#: Set to show the traceback of an internal error instead of the one-line message.
DEBUG_ENV = "R1CLAIMS_DEBUG"

EXIT_CODES = """\
exit codes:
  0  clean: nothing to report
  1  findings: validation errors (or warnings with --strict), conflicts or misleading/refuted
     figures (see each command's --help)
  2  usage error, or input that cannot be read or parsed (a missing file, bad UTF-8, a YAML
     syntax error), for every command, validate included; other commands also exit 2 on a
     record that does not validate
  3  internal error: a bug in r1claims (one line on stderr; R1CLAIMS_DEBUG=1 shows the traceback)
"""


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors already; this only keeps the exit-code epilog."""


def _data_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="record directory holding claims.yaml and sources.yaml "
        "(default: $R1CLAIMS_DATA, else the bundled record)",
    )


def _format_option(parser: argparse.ArgumentParser, choices: Sequence[str], default: str) -> None:
    parser.add_argument(
        "--format",
        choices=list(choices),
        default=default,
        help=f"output format (default: {default})",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; also used to generate docs/cli.md."""
    parser = _Parser(
        prog="r1claims",
        description="Check what the press wrote about DeepSeek-R1 against a scoped, "
        "sourced record.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    fmt = argparse.RawDescriptionHelpFormatter

    p = sub.add_parser(
        "validate",
        help="check the record files (schema, references, quotes, derivations, duplicates)",
        epilog=EXIT_CODES,
        formatter_class=fmt,
    )
    _data_option(p)
    _format_option(p, ("text", "json", "github"), "text")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("claims", help="list claims", epilog=EXIT_CODES, formatter_class=fmt)
    _data_option(p)
    p.add_argument("--kind", help="only claims of this kind (cost, gpu_count, ...)")
    p.add_argument("--subject", help="only claims about this entity id (deepseek-r1, ...)")
    p.add_argument("--source", help="only claims citing this source id")
    _format_option(p, ("table", "json", "csv"), "table")
    p.set_defaults(func=_cmd_claims)

    p = sub.add_parser("sources", help="list sources", epilog=EXIT_CODES, formatter_class=fmt)
    _data_option(p)
    _format_option(p, ("table", "json"), "table")
    p.set_defaults(func=_cmd_sources)

    p = sub.add_parser(
        "show", help="show one claim in full", epilog=EXIT_CODES, formatter_class=fmt
    )
    _data_option(p)
    p.add_argument("id", help="claim id")
    _format_option(p, ("text", "json"), "text")
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser(
        "conflicts",
        help="group figures that answer the same question and explain how they differ",
        epilog=EXIT_CODES + "  with --fail-on: 1 when a group has an unexplained conflict "
        "(conflict) or a misleading/refuted citation (misleading)\n",
        formatter_class=fmt,
    )
    _data_option(p)
    p.add_argument("--group", help="only the group with this id")
    p.add_argument("--kind", help="only groups of this claim kind")
    p.add_argument("--subject", help="only groups with a member about this entity id")
    _format_option(p, ("text", "markdown", "json"), "text")
    p.add_argument(
        "--fail-on",
        choices=["conflict", "misleading"],
        help="exit 1 when such a finding exists (for CI)",
    )
    p.set_defaults(func=_cmd_conflicts)

    _add_check(sub, fmt)
    return parser


def _add_check(sub: Any, fmt: type[argparse.HelpFormatter]) -> None:
    """The `check` command's options."""
    p = sub.add_parser(
        "check",
        help="find the figures in a text and judge each against the record",
        epilog=EXIT_CODES + "  check: 1 when a figure is misleading or refuted\n",
        formatter_class=fmt,
    )
    _data_option(p)
    p.add_argument(
        "files", nargs="+", metavar="FILE", help="text, Markdown or HTML file; - for stdin"
    )
    _format_option(p, ("text", "markdown", "json"), "text")
    p.add_argument(
        "--min-confidence",
        type=_unit_interval,
        default=0.0,
        metavar="X",
        help="report a verdict whose confidence (0-1, calibrated, see docs/check.md) is below X "
        "as unverifiable (default: 0, every verdict)",
    )
    p.set_defaults(func=_cmd_check)


def _unit_interval(text: str) -> float:
    """argparse type: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("r1claims")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


# ---------------------------------------------------------------------------------------------
# output helpers


def _out(text: str) -> None:
    sys.stdout.write(text)


def _err(text: str) -> None:
    sys.stderr.write(text)


def _is_tty() -> bool:
    return sys.stdout.isatty()


def _print_rich(renderable: Any) -> None:
    from rich.console import Console

    Console(soft_wrap=False).print(renderable)


def _load(args: argparse.Namespace) -> ClaimSet | int:
    """Load the record or report why not (exit code 2)."""
    from r1claims.errors import DataError
    from r1claims.record.validation import load
    from r1claims.render.diagnostics import _line

    try:
        return load(args.data)
    except DataError as exc:
        for diagnostic in exc.diagnostics:
            _err(_line(diagnostic) + "\n")
        _err(
            f"r1claims: cannot use the record: {exc}\n"
            "r1claims: run `r1claims validate` for every problem\n"
        )
        return EXIT_USAGE


# ---------------------------------------------------------------------------------------------
# commands


def _cmd_validate(args: argparse.Namespace) -> int:
    from r1claims.record.validation import validate
    from r1claims.render.diagnostics import FORMATS, summary

    report = validate(args.data)
    _out(FORMATS[args.format](report))
    _err(summary(report))
    if report.unreadable:
        return EXIT_USAGE
    return EXIT_FINDINGS if report.failed(strict=args.strict) else EXIT_OK


def _cmd_claims(args: argparse.Namespace) -> int:
    from r1claims.render import tables
    from r1claims.render.safe import clean

    cs = _load(args)
    if isinstance(cs, int):
        return cs
    unknown = cs.unknown_filters(kind=args.kind, subject=args.subject, source=args.source)
    if unknown:  # a typo would otherwise print nothing and look like a clean result
        _err("".join(f"r1claims claims: {clean(m)}\n" for m in unknown))
        return EXIT_USAGE
    claims = cs.filter(kind=args.kind, subject=args.subject, source=args.source)
    if args.format == "json":
        _out(tables.claims_json(claims))
    elif args.format == "csv":
        _out(tables.claims_csv(claims))
    elif _is_tty():
        _print_rich(tables.claims_table(cs, claims))
    else:
        _out(tables.claims_plain(claims))
    _err(f"r1claims claims: {len(claims)} of {len(cs)} claims\n")
    return EXIT_OK


def _cmd_sources(args: argparse.Namespace) -> int:
    from r1claims.render import tables

    cs = _load(args)
    if isinstance(cs, int):
        return cs
    if args.format == "json":
        _out(tables.sources_json(cs.sources))
    elif _is_tty():
        _print_rich(tables.sources_table(cs.sources))
    else:
        _out(tables.sources_plain(cs.sources))
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    import json

    from r1claims.render import tables
    from r1claims.render.safe import clean

    cs = _load(args)
    if isinstance(cs, int):
        return cs
    if not cs.has_claim(args.id):
        from difflib import get_close_matches

        close = get_close_matches(args.id, [c.id for c in cs.claims], n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        _err(f"r1claims show: no claim with id {clean(args.id)!r}{hint}\n")
        return EXIT_USAGE
    claim = cs.claim(args.id)
    if args.format == "json":
        _out(json.dumps(tables.claim_payload(claim), indent=2, ensure_ascii=False) + "\n")
    else:
        _out(tables.claim_detail(cs, claim))
    return EXIT_OK


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from r1claims.reconciler.run import reconcile
    from r1claims.record.claimset import unknown_value
    from r1claims.render import conflicts as render
    from r1claims.render.safe import clean

    cs = _load(args)
    if isinstance(cs, int):
        return cs
    full = reconcile(cs)
    unknown = cs.unknown_filters(kind=args.kind, subject=args.subject)
    if args.group and args.group not in {g.id for g in full.groups}:
        unknown.append(unknown_value("group", args.group, sorted(g.id for g in full.groups)))
    if unknown:
        _err("".join(f"r1claims conflicts: {clean(m)}\n" for m in unknown))
        return EXIT_USAGE
    report = full.select(group=args.group, kind=args.kind, subject=args.subject)
    if args.format == "json":
        _out(report.model_dump_json(indent=2) + "\n")
    elif args.format == "markdown":
        _out(render.render_markdown(report))
    elif _is_tty():
        _print_rich(report)
    else:
        _out(render.render_text(report))
    _err(render.summary(report))
    if args.fail_on == "conflict" and report.conflicts:
        return EXIT_FINDINGS
    if args.fail_on == "misleading" and report.misframed:
        return EXIT_FINDINGS
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:

    from r1claims.checker.inputs import read_input
    from r1claims.checker.report import CheckRun, FileReport
    from r1claims.checker.run import check
    from r1claims.errors import InputError
    from r1claims.render import findings as render
    from r1claims.render.safe import clean

    cs = _load(args)
    if isinstance(cs, int):
        return cs
    texts = []
    for name in args.files:  # read everything first: a bad file stops the run before output
        try:
            texts.append((name, read_input(name, sys.stdin.buffer)))
        except InputError as exc:
            _err(f"r1claims check: {exc}\n")
            return EXIT_USAGE
    reports = [
        (name, text, check(text, cs, min_confidence=args.min_confidence)) for name, text in texts
    ]
    several = len(reports) > 1
    if args.format == "json":  # one shape whatever the number of inputs (docs/check.md)
        files = [FileReport(path=name, findings=r.findings) for name, _, r in reports]
        _out(CheckRun(files=files).model_dump_json(indent=2) + "\n")
    for name, text, report in reports:
        if args.format == "markdown":
            _out((f"## {clean(name)}\n\n" if several else "") + render.render_markdown(report))
        elif args.format == "text" and _is_tty():
            _print_rich(render.rich_view(report, text))
        elif args.format == "text":
            prefix = f"{clean(name)}:" if several else ""
            _out("".join(prefix + line + "\n" for line in render.render_text(report).splitlines()))
        _err(render.summary(report, name))
    return EXIT_FINDINGS if any(r.flagged for _, _, r in reports) else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (the console script exits with it)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return func(args)
    except BrokenPipeError:  # `r1claims claims | head`: the reader left; not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: a bug must not show the user a bare traceback
        if os.environ.get(DEBUG_ENV):
            raise
        message = " ".join(str(exc).split())[:200]
        _err(
            f"r1claims: internal error ({type(exc).__name__}: {message}). This is a bug in "
            f"r1claims, not in your input: please report it with the command and the input; "
            f"{DEBUG_ENV}=1 shows the traceback.\n"
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
