"""HTML for notebooks (`_repr_html_`): escaped tables of claims."""

from __future__ import annotations

from html import escape

from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim
from r1claims.render.safe import clean

__all__ = ["claims_html", "table_html"]


def table_html(header: list[str], rows: list[list[str]], caption: str = "") -> str:
    """A plain HTML table; every cell is cleaned and escaped."""
    head = "".join(f"<th>{escape(clean(h))}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(clean(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    cap = f"<caption>{escape(clean(caption))}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def claims_html(cs: ClaimSet, claims: list[Claim]) -> str:
    """Claims as an HTML table."""
    rows = [
        [c.id, c.kind, cs.entity_name(c.subject), format_value(c.value), c.scope.covers, c.status]
        for c in claims
    ]
    return table_html(
        ["id", "kind", "subject", "value", "scope", "status"], rows, f"{len(claims)} claims"
    )
