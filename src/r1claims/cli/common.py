"""What every command shares: exit codes, the ``--data``/``--format`` options, output helpers
and loading the record with its errors reported.

Takes: parsed arguments. Gives: a ``ClaimSet`` or an exit code; text written to stdout/stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from r1claims.record.claimset import ClaimSet

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

#: The help formatter every subcommand uses (keeps the exit-code epilog as written).
FORMATTER = argparse.RawDescriptionHelpFormatter


class Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors already; this only keeps the exit-code epilog."""


def data_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--data DIR``."""
    parser.add_argument(
        "--data",
        metavar="DIR",
        help="record directory holding claims.yaml and sources.yaml "
        "(default: [tool.r1claims] data, else $R1CLAIMS_DATA, else the bundled record)",
    )


def format_option(parser: argparse.ArgumentParser, choices: Sequence[str], default: str) -> None:
    """Add ``--format`` with these choices."""
    parser.add_argument(
        "--format",
        choices=list(choices),
        default=default,
        help=f"output format (default: {default})",
    )


def unit_interval(text: str) -> float:
    """argparse type: a number from 0 to 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def version() -> str:
    """The installed version, or ``0+unknown`` in a bare source tree."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as _version

    try:
        return _version("r1claims")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def out(text: str) -> None:
    """Write to stdout."""
    sys.stdout.write(text)


def err(text: str) -> None:
    """Write to stderr."""
    sys.stderr.write(text)


def is_tty() -> bool:
    """Whether stdout is a terminal (rich output) rather than a pipe (plain text)."""
    return sys.stdout.isatty()


def print_rich(renderable: Any) -> None:
    """Print a rich renderable to stdout."""
    from rich.console import Console

    Console(soft_wrap=False).print(renderable)


def load(args: argparse.Namespace) -> ClaimSet | int:
    """Load the record or report why not (exit code 2)."""
    from r1claims.errors import DataError
    from r1claims.record.validation import load as load_record
    from r1claims.render.diagnostics import _line

    data = args.data
    if data is None:  # the [tool.r1claims] table of the nearest pyproject.toml, if any
        from r1claims.cli.config import ConfigError, find_config

        try:
            data = find_config().data
        except ConfigError as exc:
            err(f"r1claims: {exc}\n")
            return EXIT_USAGE
    try:
        return load_record(data)
    except DataError as exc:
        for diagnostic in exc.diagnostics:
            err(_line(diagnostic) + "\n")
        err(
            f"r1claims: cannot use the record: {exc}\n"
            "r1claims: run `r1claims validate` for every problem\n"
        )
        return EXIT_USAGE
