"""``r1claims export``: the record's claims as JSON, JSON Lines, CSV, Markdown or schema.org
ClaimReview, to stdout or a file (``-o``).

Takes: parsed arguments. Gives: the exported text; exit 2 when a filter matches nothing, the
ClaimReview settings are missing, or the file cannot be written.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from r1claims.cli.common import (
    EXIT_CODES,
    EXIT_OK,
    EXIT_USAGE,
    FORMATTER,
    data_option,
    err,
    format_option,
    load,
    out,
)

#: Environment variables behind the ClaimReview options (documented in docs/export.md).
AUTHOR_ENV = "R1CLAIMS_AUTHOR"
AUTHOR_URL_ENV = "R1CLAIMS_AUTHOR_URL"
REVIEW_URL_ENV = "R1CLAIMS_REVIEW_URL"

FORMATS = ("json", "jsonl", "csv", "markdown", "claimreview")

DESCRIPTION = f"""\
Export the record's claims (all, or those the filters select).

  json         the ClaimSet model: entities, sources, claims, relations
  jsonl        one claim per line
  csv          one row per claim, flat columns (formula-like cells neutralised)
  markdown     a table of claims
  claimreview  schema.org ClaimReview JSON-LD, one review per coverage citation; needs
               the record's maintainer (--author, ${AUTHOR_ENV} or [tool.r1claims]
               maintainer) and the URL of the page that publishes the reviews
               (--review-url, ${REVIEW_URL_ENV} or [tool.r1claims] review-url)
"""


def output_option(parser: argparse.ArgumentParser) -> None:
    """Add ``-o/--output FILE`` (default: stdout)."""
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout (- for stdout)"
    )


def write_output(args: argparse.Namespace, text: str, command: str) -> int:
    """Write ``text`` to ``--output`` or stdout; exit 2 with one line when the file fails."""
    from r1claims.render.safe import clean

    if args.output in (None, "-"):
        out(text)
        return EXIT_OK
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        err(f"r1claims {command}: cannot write {clean(args.output)}: {clean(exc.strerror)}\n")
        return EXIT_USAGE
    return EXIT_OK


def register(sub: Any) -> None:
    """Add ``export``."""
    p = sub.add_parser(
        "export",
        help="export claims as JSON, JSON Lines, CSV, Markdown or schema.org ClaimReview",
        description=DESCRIPTION,
        epilog=EXIT_CODES,
        formatter_class=FORMATTER,
    )
    data_option(p)
    format_option(p, FORMATS, "json")
    output_option(p)
    p.add_argument("--kind", help="only claims of this kind (cost, gpu_count, ...)")
    p.add_argument("--subject", help="only claims about this entity id (deepseek-r1, ...)")
    p.add_argument("--source", help="only claims citing this source id")
    p.add_argument(
        "--author",
        metavar="NAME",
        help=f"claimreview: the maintainer (default: ${AUTHOR_ENV}, else [tool.r1claims] "
        "maintainer)",
    )
    p.add_argument(
        "--author-type",
        choices=["Person", "Organization"],
        default="Person",
        help="claimreview: the maintainer's schema.org type (default: Person)",
    )
    p.add_argument(
        "--author-url",
        metavar="URL",
        help=f"claimreview: the maintainer's home page (default: ${AUTHOR_URL_ENV}, else "
        "[tool.r1claims] maintainer-url, else none)",
    )
    p.add_argument(
        "--review-url",
        metavar="URL",
        help="claimreview: the page publishing the reviews; {claim} and {source} are replaced "
        f"by the ids (default: ${REVIEW_URL_ENV}, else [tool.r1claims] review-url)",
    )
    p.set_defaults(func=_cmd_export)


def _claimreview(args: argparse.Namespace, cs: Any) -> str | None:
    """The reviews, or None after saying what is missing. Each setting comes from its option,
    else its environment variable, else the ``[tool.r1claims]`` table of pyproject.toml."""
    from r1claims.cli.config import ConfigError, find_config
    from r1claims.render.claimreview import Maintainer, claimreview_json
    from r1claims.render.safe import clean

    try:
        config = find_config()
    except ConfigError as exc:
        err(f"r1claims export: {clean(str(exc))}\n")
        return None
    author = args.author or os.environ.get(AUTHOR_ENV) or config.maintainer
    url = args.review_url or os.environ.get(REVIEW_URL_ENV) or config.review_url
    needs = []
    if not author:
        needs.append(
            f"the record's maintainer (--author NAME, ${AUTHOR_ENV} or [tool.r1claims] maintainer)"
        )
    if not url:
        needs.append(
            "the URL of the page publishing the reviews "
            f"(--review-url, ${REVIEW_URL_ENV} or [tool.r1claims] review-url)"
        )
    if not author or not url:
        err(f"r1claims export: ClaimReview needs {' and '.join(needs)} (see docs/export.md)\n")
        return None
    author_url = args.author_url or os.environ.get(AUTHOR_URL_ENV) or config.maintainer_url
    return claimreview_json(cs, Maintainer(author, args.author_type, author_url), url)


def _cmd_export(args: argparse.Namespace) -> int:
    from r1claims.render import export
    from r1claims.render.safe import clean

    cs = load(args)
    if isinstance(cs, int):
        return cs
    unknown = cs.unknown_filters(kind=args.kind, subject=args.subject, source=args.source)
    if unknown:
        err("".join(f"r1claims export: {clean(m)}\n" for m in unknown))
        return EXIT_USAGE
    selected = cs.filter(kind=args.kind, subject=args.subject, source=args.source)
    if args.format == "claimreview":
        text = _claimreview(args, selected)
        if text is None:
            return EXIT_USAGE
    else:
        text = {
            "json": lambda: export.record_json(selected),
            "jsonl": lambda: export.claims_jsonl(selected.claims),
            "csv": lambda: export.claims_csv(selected.claims),
            "markdown": lambda: export.claims_markdown(selected),
        }[args.format]()
    code = write_output(args, text, "export")
    if code == EXIT_OK:
        err(f"r1claims export: {len(selected)} of {len(cs)} claims as {args.format}\n")
    return code
