"""Commands to find one's way: ``entities``, ``groups`` and ``completion``.

Takes: parsed arguments. Gives: the record's entities, the reconciler's groups (ids with their
question) or a shell completion script; exit codes.
"""

from __future__ import annotations

import argparse
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

#: Shells ``completion`` writes scripts for (those shtab supports).
SHELLS = ("bash", "zsh", "tcsh")

COMPLETION_DESCRIPTION = """\
Print a completion script for a shell (needs the extra: pip install 'r1claims[completion]').

  bash:  r1claims completion bash > ~/.local/share/bash-completion/completions/r1claims
  zsh:   r1claims completion zsh > ~/.zfunc/_r1claims   (with fpath+=(~/.zfunc) before compinit)
  tcsh:  r1claims completion tcsh > ~/.r1claims.completion.csh; source it from ~/.tcshrc
"""


def register(sub: Any) -> None:
    """Add ``entities``, ``groups`` and ``completion``."""
    p = sub.add_parser(
        "entities",
        help="list the entities claims are about (ids for --subject)",
        epilog=EXIT_CODES,
        formatter_class=FORMATTER,
    )
    data_option(p)
    p.add_argument("--family", help="only entities of this family (deepseek, openai, ...)")
    format_option(p, ("table", "json"), "table")
    p.set_defaults(func=_cmd_entities)

    p = sub.add_parser(
        "groups",
        help="list the groups of figures that answer one question (ids for conflicts --group)",
        epilog=EXIT_CODES,
        formatter_class=FORMATTER,
    )
    data_option(p)
    p.add_argument("--kind", help="only groups of this claim kind (cost, gpu_count, ...)")
    format_option(p, ("table", "json"), "table")
    p.set_defaults(func=_cmd_groups)

    p = sub.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh, tcsh)",
        description=COMPLETION_DESCRIPTION,
        epilog=EXIT_CODES,
        formatter_class=FORMATTER,
    )
    p.add_argument("shell", choices=SHELLS, help="the shell to complete in")
    p.set_defaults(func=_cmd_completion)


def _cmd_entities(args: argparse.Namespace) -> int:
    from r1claims.render import browse
    from r1claims.render.safe import clean

    cs = load(args)
    if isinstance(cs, int):
        return cs
    unknown = cs.unknown_filters(family=args.family)
    if unknown:
        err("".join(f"r1claims entities: {clean(m)}\n" for m in unknown))
        return EXIT_USAGE
    if args.family is not None:
        kept = [e for e in cs.entities if e.family == args.family]
        cs = cs.model_copy(update={"entities": kept})
    if args.format == "json":
        out(browse.entities_json(cs))
    elif is_tty():
        print_rich(browse.entities_table(cs))
    else:
        out(browse.entities_plain(cs))
    return EXIT_OK


def _cmd_groups(args: argparse.Namespace) -> int:
    from r1claims.reconciler import reconcile
    from r1claims.render import browse
    from r1claims.render.safe import clean

    cs = load(args)
    if isinstance(cs, int):
        return cs
    unknown = cs.unknown_filters(kind=args.kind)
    if unknown:
        err("".join(f"r1claims groups: {clean(m)}\n" for m in unknown))
        return EXIT_USAGE
    groups = [g for g in reconcile(cs).groups if args.kind is None or g.kind == args.kind]
    if args.format == "json":
        out(browse.groups_json(groups))
    elif is_tty():
        print_rich(browse.groups_table(groups))
    else:
        out(browse.groups_plain(groups))
    err(f"r1claims groups: {len(groups)} groups\n")
    return EXIT_OK


def _cmd_completion(args: argparse.Namespace) -> int:
    try:
        import shtab
    except ImportError:
        err(
            "r1claims completion: needs the optional extra `completion`: "
            "pip install 'r1claims[completion]'\n"
        )
        return EXIT_USAGE
    out(shtab.complete(args.root_parser, shell=args.shell))
    return EXIT_OK
