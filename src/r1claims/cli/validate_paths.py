"""What ``validate`` runs on: paths turned into record directories, ignored codes, the size
limit; one report per directory, rendered and reduced to one exit code.

Takes: the paths, ``--data``, the configuration and the options. Gives: the output text, the
stderr summaries and the exit code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from r1claims.cli.common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from r1claims.cli.config import Config

__all__ = ["RECORD_FILES", "ValidateRequest", "record_dirs", "resolve_codes", "run"]

#: The files a record directory holds; a path naming one of them means its directory.
RECORD_FILES = ("claims.yaml", "sources.yaml")


@dataclass(frozen=True)
class ValidateRequest:
    """The directories to validate (``None``: the default record) and how."""

    dirs: list[str | None]
    ignore: frozenset[str]
    max_bytes: int | None
    strict: bool


def resolve_codes(given: Sequence[str]) -> frozenset[str]:
    """Codes (``R1C204``) or rule names (``uncited-source``) -> codes; ``ValueError`` with
    "did you mean" for one that is neither."""
    from r1claims.record.diagnostics import CODES
    from r1claims.record.suggest import did_you_mean

    by_rule = {slug: code for code, (slug, _level, _title) in CODES.items()}
    codes = set()
    for name in given:
        key = name.strip()
        if key.upper() in CODES:
            codes.add(key.upper())
        elif key.lower() in by_rule:
            codes.add(by_rule[key.lower()])
        else:
            hint = did_you_mean(key, [*CODES, *by_rule]) or "; docs/validation.md lists the codes"
            raise ValueError(f"--ignore: no diagnostic code or rule {key!r}{hint}")
    return frozenset(codes)


def record_dirs(paths: Sequence[str], data: str | None, config: Config) -> list[str | None]:
    """The record directories named by ``paths`` and ``--data``, each once, in order.

    A file stands for its directory, so ``pre-commit`` passing ``data/claims.yaml`` and
    ``data/sources.yaml`` validates ``data`` once. With neither, the configured ``data`` (else
    ``None``: ``$R1CLAIMS_DATA`` or the bundled record)."""
    dirs: list[str | None] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            directory = given
        elif path.name in RECORD_FILES:
            directory = str(path.parent)
        elif path.exists():
            raise ValueError(
                f"{given}: not a record file; give a directory holding "
                f"{' and '.join(RECORD_FILES)}, or one of those files"
            )
        else:
            raise ValueError(f"{given}: no such file or directory")
        if directory not in dirs:
            dirs.append(directory)
    if data is not None and data not in dirs:  # as every command reads it: a missing
        dirs.append(data)  # directory is reported as unreadable files (R1C001)
    if not dirs:
        dirs.append(str(config.data) if config.data is not None else None)
    return dirs


def run(request: ValidateRequest, fmt: str) -> tuple[str, str, int]:
    """Validate every directory: (rendered output, summaries for stderr, exit code).

    JSON is one report object for one directory and a list of them for several. The exit
    code is the worst of the directories' (2 unreadable, 1 findings, 0 clean)."""
    from r1claims.record.loader import MAX_FILE_BYTES
    from r1claims.record.validation import validate
    from r1claims.render.diagnostics import FORMATS, summary

    limit = MAX_FILE_BYTES if request.max_bytes is None else request.max_bytes
    reports = [validate(d, ignore=request.ignore, max_bytes=limit) for d in request.dirs]
    if fmt == "json" and len(reports) > 1:
        text = "[\n" + ",\n".join(FORMATS["json"](r).rstrip("\n") for r in reports) + "\n]\n"
    else:
        text = "".join(FORMATS[fmt](r) for r in reports)
    code = EXIT_OK
    for report in reports:
        if report.unreadable:
            code = EXIT_USAGE
        elif report.failed(strict=request.strict) and code == EXIT_OK:
            code = EXIT_FINDINGS
    return text, "".join(summary(r) for r in reports), code
