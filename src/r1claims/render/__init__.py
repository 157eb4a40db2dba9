"""Stage 4, rendering: turn records and reports into text, Markdown, JSON, HTML or rich views.

Takes the typed results of the stages below (`ClaimSet`, `ValidationReport`, `CheckReport`,
`ConflictReport`); gives strings or rich renderables, never prints. One module per result:
`tables` (claims, sources), `diagnostics` (validation), `findings` (check), `conflicts`
(reconcile), `html` (plain HTML tables); `notebook` and `views` (compact HTML and rich views
of records and reports for notebooks and consoles); `export` (JSON, JSON Lines, CSV, Markdown)
and `claimreview` (schema.org ClaimReview); `safe` neutralises untrusted text; `display` is the
dispatch behind the lazy display hook of `r1claims.record.display`.
"""

from __future__ import annotations

__all__ = [
    "claimreview",
    "conflicts",
    "diagnostics",
    "display",
    "export",
    "findings",
    "html",
    "notebook",
    "safe",
    "tables",
    "views",
]
