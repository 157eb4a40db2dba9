"""``r1claims conflicts``: the reconciler's report.

Takes: parsed arguments. Gives: the rendered ``ConflictReport``; exit code per ``--fail-on``.
"""

from __future__ import annotations

import argparse
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
)


def register(sub: Any) -> None:
    """Add ``conflicts``."""
    p = sub.add_parser(
        "conflicts",
        help="group figures that answer the same question and explain how they differ",
        epilog=EXIT_CODES + "  with --fail-on: 1 when a group has an unexplained conflict "
        "(conflict), estimates of one measure that disagree (disagreement) or a "
        "misleading/refuted citation (misleading)\n",
        formatter_class=FORMATTER,
    )
    data_option(p)
    p.add_argument("--group", help="only the group with this id")
    p.add_argument("--kind", help="only groups of this claim kind")
    p.add_argument("--subject", help="only groups with a member about this entity id")
    format_option(p, ("text", "markdown", "json", "html"), "text")
    p.add_argument(
        "--detail",
        "--all-pairs",
        action="store_true",
        help="every figure, relation and misframed citation (the exhaustive view)",
    )
    p.add_argument(
        "--fail-on",
        choices=["conflict", "disagreement", "misleading"],
        help="exit 1 when such a finding exists (for CI)",
    )
    p.set_defaults(func=_cmd_conflicts)


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from r1claims.reconciler.run import reconcile
    from r1claims.record.claimset import unknown_value
    from r1claims.render import conflicts as render
    from r1claims.render.safe import clean

    cs = load(args)
    if isinstance(cs, int):
        return cs
    full = reconcile(cs)
    unknown = cs.unknown_filters(kind=args.kind, subject=args.subject)
    if args.group and args.group not in {g.id for g in full.groups}:
        unknown.append(unknown_value("group", args.group, sorted(g.id for g in full.groups)))
    if unknown:
        err("".join(f"r1claims conflicts: {clean(m)}\n" for m in unknown))
        return EXIT_USAGE
    report = full.select(group=args.group, kind=args.kind, subject=args.subject)
    if args.format == "json":
        out(report.model_dump_json(indent=2) + "\n")
    elif args.format == "markdown":
        out(render.render_markdown(report, detail=args.detail))
    elif args.format == "html":
        out(render.render_page(report))
    elif is_tty() and not args.detail:
        print_rich(report)
    else:
        out(render.render_text(report, detail=args.detail))
    err(render.summary(report))
    if args.fail_on == "conflict" and report.conflicts:
        return EXIT_FINDINGS
    if args.fail_on == "disagreement" and report.disagreements:
        return EXIT_FINDINGS
    if args.fail_on == "misleading" and report.misframed:
        return EXIT_FINDINGS
    return EXIT_OK
