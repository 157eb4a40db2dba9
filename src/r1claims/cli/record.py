"""The record's commands: ``validate``, ``claims``, ``sources``, ``show``.

Takes: parsed arguments. Gives: rendered record listings and validation reports; exit codes.
"""

from __future__ import annotations

import argparse
from functools import partial
from typing import Any

from r1claims.cli.common import (
    EXIT_CODES,
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
)
from r1claims.cli.config import parse_size

VALIDATE_DESCRIPTION = """\
Check record files: YAML, schema, references, quotes, derivations, dates, near-duplicates.
Each diagnostic has a stable code (docs/validation.md lists them).

Give record directories, or files in them (as pre-commit does: each file's directory is
validated once, with both its files). Settings may also come from a [tool.r1claims] table
in the nearest pyproject.toml, from the current directory upward:

  [tool.r1claims]
  data = "data"            # the record directory, relative to that pyproject.toml
  ignore = ["R1C204"]      # codes (or rule names) never reported
  max-bytes = "200M"       # largest file read; 0 for no limit
"""


def size_type(text: str) -> int:
    """argparse type of ``--max-bytes``: bytes, or a number with K, M or G."""
    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: Any) -> None:
    """Add the record's subcommands."""
    p = sub.add_parser(
        "validate",
        help="check the record files (schema, references, quotes, derivations, duplicates)",
        description=VALIDATE_DESCRIPTION,
        epilog=EXIT_CODES,
        formatter_class=FORMATTER,
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="record directories, or their claims.yaml / sources.yaml (default: --data, else "
        "[tool.r1claims] data, else $R1CLAIMS_DATA, else the bundled record)",
    )
    data_option(p)
    format_option(p, ("text", "json", "github"), "text")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    p.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="CODE",
        help="leave out diagnostics with this code or rule name (R1C204, uncited-source); "
        "repeatable; adds to [tool.r1claims] ignore",
    )
    p.add_argument(
        "--max-bytes",
        type=size_type,
        metavar="SIZE",
        help="largest record file read, in bytes or with K, M, G (200M); 0 for no limit "
        "(default: [tool.r1claims] max-bytes, else 20M)",
    )
    p.set_defaults(func=_cmd_validate)

    p = sub.add_parser("claims", help="list claims", epilog=EXIT_CODES, formatter_class=FORMATTER)
    data_option(p)
    p.add_argument("--kind", help="only claims of this kind (cost, gpu_count, ...)")
    p.add_argument("--subject", help="only claims about this entity id (deepseek-r1, ...)")
    p.add_argument("--source", help="only claims citing this source id")
    format_option(p, ("table", "json", "csv"), "table")
    p.set_defaults(func=_cmd_claims)

    p = sub.add_parser("sources", help="list sources", epilog=EXIT_CODES, formatter_class=FORMATTER)
    data_option(p)
    format_option(p, ("table", "json", "csv"), "table")
    p.set_defaults(func=_cmd_sources)

    p = sub.add_parser(
        "show",
        help="show one claim, source or entity in full",
        epilog=EXIT_CODES,
        formatter_class=FORMATTER,
    )
    data_option(p)
    p.add_argument("id", help="a claim, source or entity id")
    format_option(p, ("text", "json"), "text")
    p.set_defaults(func=_cmd_show)


def _cmd_validate(args: argparse.Namespace) -> int:
    from r1claims.cli.config import ConfigError, find_config
    from r1claims.cli.validate_paths import ValidateRequest, record_dirs, resolve_codes, run
    from r1claims.render.safe import clean

    try:
        config = find_config()
        codes = resolve_codes([*config.ignore, *args.ignore])
        dirs = record_dirs(args.paths, args.data, config)
    except (ConfigError, ValueError) as exc:
        err(f"r1claims validate: {clean(str(exc))}\n")
        return EXIT_USAGE
    max_bytes = args.max_bytes if args.max_bytes is not None else config.max_bytes
    request = ValidateRequest(dirs=dirs, ignore=codes, max_bytes=max_bytes, strict=args.strict)
    text, summaries, code = run(request, args.format)
    out(text)
    err(summaries)
    return code


def _cmd_claims(args: argparse.Namespace) -> int:
    from r1claims.render import tables
    from r1claims.render.safe import clean

    cs = load(args)
    if isinstance(cs, int):
        return cs
    unknown = cs.unknown_filters(kind=args.kind, subject=args.subject, source=args.source)
    if unknown:  # a typo would otherwise print nothing and look like a clean result
        err("".join(f"r1claims claims: {clean(m)}\n" for m in unknown))
        return EXIT_USAGE
    claims = cs.filter(kind=args.kind, subject=args.subject, source=args.source).claims
    if args.format == "json":
        out(tables.claims_json(claims))
    elif args.format == "csv":
        out(tables.claims_csv(claims))
    elif is_tty():
        print_rich(tables.claims_table(cs, claims))
    else:
        out(tables.claims_plain(claims))
    err(f"r1claims claims: {len(claims)} of {len(cs)} claims\n")
    return EXIT_OK


def _cmd_sources(args: argparse.Namespace) -> int:
    from r1claims.render import tables

    cs = load(args)
    if isinstance(cs, int):
        return cs
    if args.format == "json":
        out(tables.sources_json(cs.sources))
    elif args.format == "csv":
        from r1claims.render.export import sources_csv

        out(sources_csv(cs.sources))
    elif is_tty():
        print_rich(tables.sources_table(cs.sources))
    else:
        out(tables.sources_plain(cs.sources))
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    import json

    from r1claims.record.suggest import did_you_mean
    from r1claims.render import browse, tables
    from r1claims.render.safe import clean

    cs = load(args)
    if isinstance(cs, int):
        return cs
    # (is it one?, get it, JSON payload, text) per kind of id, claims first
    kinds: list[tuple[Any, Any, Any, Any]] = [
        (cs.has_claim, cs.claim, tables.claim_payload, tables.claim_detail),
        (cs.has_source, cs.source, partial(browse.source_payload, cs), browse.source_detail),
        (cs.has_entity, cs.entity, partial(browse.entity_payload, cs), browse.entity_detail),
    ]
    for has, get, payload, detail in kinds:
        if has(args.id):
            item = get(args.id)
            if args.format == "json":
                out(json.dumps(payload(item), indent=2, ensure_ascii=False) + "\n")
            else:
                out(detail(cs, item))
            return EXIT_OK
    known = [c.id for c in cs.claims] + [s.id for s in cs.sources] + [e.id for e in cs.entities]
    hint = did_you_mean(args.id, known, limit=3)
    err(f"r1claims show: no claim, source or entity {clean(args.id)!r}{clean(hint)}\n")
    return EXIT_USAGE
