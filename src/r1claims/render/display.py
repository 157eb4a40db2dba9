"""Display dispatch for the lazy hook in `r1claims.record.display`: type -> renderer."""

from __future__ import annotations

from typing import Any, Literal

from r1claims.checker.report import CheckReport
from r1claims.reconciler.report import ConflictReport
from r1claims.record.claimset import ClaimSet
from r1claims.render import conflicts, findings, html, tables

__all__ = ["render"]


def render(obj: object, form: Literal["html", "rich"]) -> Any:
    """HTML string or rich renderable for a record or report object."""
    if isinstance(obj, ClaimSet):
        if form == "html":
            return html.claims_html(obj, obj.claims)
        return tables.claims_table(obj, obj.claims)
    if isinstance(obj, CheckReport):
        return findings.render_html(obj) if form == "html" else findings.rich_view(obj)
    if isinstance(obj, ConflictReport):
        return conflicts.render_html(obj) if form == "html" else conflicts.rich_view(obj)
    raise TypeError(f"no renderer for {type(obj).__name__}")
