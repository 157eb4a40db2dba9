"""Command line: parse arguments, call the library, render, choose the exit code. Nothing more.

Takes ``argv`` and gives text on stdout/stderr and an exit code (``main``).

One module per group of commands, each with ``register(sub, fmt)`` adding its subcommands and a
``_cmd_*`` function per command; ``app.py`` builds the parser from ``app.COMMANDS`` and runs the
chosen command behind the last-resort error handler; ``common.py`` holds the shared options,
output helpers and exit codes. Heavy modules (pydantic, rich, rapidfuzz) are imported inside the
commands, so ``--help`` is fast.
"""

from __future__ import annotations

from r1claims.cli.app import build_parser, main
from r1claims.cli.common import EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE

__all__ = ["EXIT_FINDINGS", "EXIT_INTERNAL", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]
