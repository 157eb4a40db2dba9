"""The parser built from the command modules, and ``main`` with its last-resort handler.

Takes: ``argv``. Gives: the exit code. A new command is a module with ``register(sub)`` added
to ``COMMANDS``; order there is the order of ``--help``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from r1claims.cli import browse, check, conflicts, export, record, scan, schema
from r1claims.cli.common import DEBUG_ENV, EXIT_CODES, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, Parser
from r1claims.cli.common import err as _err
from r1claims.cli.common import version as _version

#: Each command module's ``register(sub)``, in the order ``--help`` lists them.
COMMANDS: tuple[Callable[[Any], None], ...] = (
    record.register,
    browse.register,
    conflicts.register,
    check.register,
    export.register,
    schema.register,
    scan.register,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; also used to generate docs/cli.md."""
    parser = Parser(
        prog="r1claims",
        description="Check what the press wrote about DeepSeek-R1 against a scoped, "
        "sourced record.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    parser.set_defaults(root_parser=parser)  # for `completion`, which walks the whole parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in COMMANDS:
        register(sub)
    return parser


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
