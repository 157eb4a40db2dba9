"""``r1claims schema``: the JSON Schema of claims.yaml or sources.yaml, for editors.

Takes: parsed arguments. Gives: the schema generated from the models, on stdout or in a file.
"""

from __future__ import annotations

import argparse
from typing import Any

from r1claims.cli.common import EXIT_CODES, FORMATTER
from r1claims.cli.export import output_option, write_output

DESCRIPTION = """\
Print the JSON Schema (draft 2020-12) of a record file, generated from the models. Editors
with a YAML language server use it to complete and check the file as you type; see
docs/editors.md. The schema checks each file's shape; `r1claims validate` also checks
references, quotes and derivations.

  r1claims schema claims -o schema/claims.schema.json
"""


def register(sub: Any) -> None:
    """Add ``schema``."""
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of claims.yaml or sources.yaml (for editors)",
        description=DESCRIPTION,
        epilog=EXIT_CODES,
        formatter_class=FORMATTER,
    )
    p.add_argument("file", choices=["claims", "sources"], help="which record file")
    output_option(p)
    p.set_defaults(func=_cmd_schema)


def _cmd_schema(args: argparse.Namespace) -> int:
    from r1claims.record.schema import schema_json

    return write_output(args, schema_json(args.file), "schema")
