"""Display dispatch for the lazy hook in `r1claims.record.display`: type -> renderer.

Records and reports display compactly (`notebook` for HTML, `views` for rich), cut past
`r1claims.render.notebook.MAX_ROWS` rows; the conflict report keeps its own renderers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from r1claims.checker.report import CheckReport, Finding
from r1claims.reconciler.report import ConflictReport
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, Source
from r1claims.record.validation import ValidationReport
from r1claims.render import conflicts, notebook, scan, views
from r1claims.scanner.report import ScanReport

__all__ = ["render"]

#: type -> (HTML renderer, rich renderer). Looked up by exact type, then by isinstance.
RENDERERS: dict[type, tuple[Callable[[Any], str], Callable[[Any], Any]]] = {
    ClaimSet: (notebook.claims_html, views.claims_view),
    Claim: (notebook.claim_html, views.claim_view),
    Source: (notebook.source_html, views.source_view),
    CheckReport: (notebook.check_html, views.check_view),
    Finding: (notebook.finding_html, views.finding_view),
    ValidationReport: (notebook.validation_html, views.validation_view),
    ConflictReport: (conflicts.render_html, conflicts.rich_view),
    ScanReport: (scan.notebook_html, scan.rich_view),
}


def render(obj: object, form: Literal["html", "rich", "repr"]) -> Any:
    """HTML string, rich renderable or one-line repr for a record or report object."""
    if form == "repr":
        if isinstance(obj, Claim):
            return notebook.claim_repr(obj)
        raise TypeError(f"no repr renderer for {type(obj).__name__}")
    pair = RENDERERS.get(type(obj))
    if pair is None:
        pair = next((p for t, p in RENDERERS.items() if isinstance(obj, t)), None)
    if pair is None:
        raise TypeError(f"no renderer for {type(obj).__name__}")
    html, rich = pair
    return html(obj) if form == "html" else rich(obj)
