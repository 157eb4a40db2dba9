"""Stage 3b, scanning: check a whole corpus and say who got which figure wrong, when, and who
copied whom.

Takes documents (texts, mappings, or files, directories, JSON Lines and WARC files through
`scan_inputs`) and a `ClaimSet`; gives one `DocResult` per document (`scan`), the flat rows
written to ``-o`` (`Row`, versioned by `SCHEMA_VERSION`), and a `ScanReport` (`summarise`, or
`aggregate` over rows and `propagate` over results, usable on their own from a notebook).
Steps: read (`documents`, `warc`, `htmltext`), check each document with `r1claims.check`
(`worker`), on one of the `engines` (serial, processes, Dask), then `aggregate` and
`propagation` (MinHash LSH over `passages`); `output` writes JSON Lines or Parquet. Imports
`checker` (its public `check` and report models), `record` and `errors` only.
"""

from __future__ import annotations

from r1claims.scanner.aggregate import aggregate
from r1claims.scanner.documents import Document
from r1claims.scanner.extras import MissingExtraError
from r1claims.scanner.output import read_rows
from r1claims.scanner.propagation import propagate
from r1claims.scanner.report import SCHEMA_VERSION, DocMeta, DocResult, Row, ScanReport
from r1claims.scanner.run import scan, scan_inputs, summarise

__all__ = [
    "SCHEMA_VERSION",
    "DocMeta",
    "DocResult",
    "Document",
    "MissingExtraError",
    "Row",
    "ScanReport",
    "aggregate",
    "propagate",
    "read_rows",
    "scan",
    "scan_inputs",
    "summarise",
]
