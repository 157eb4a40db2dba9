"""The one page style shared by the HTML reports (`conflicts --format html`, `check --format
html`): a self-contained document with inline CSS, no script and nothing fetched."""

from __future__ import annotations

from html import escape

from r1claims.render.safe import clean

__all__ = ["STYLE", "VERDICT_COLOURS", "e", "page"]

#: Highlight colour per verdict (background of a figure in the checked text).
VERDICT_COLOURS = {
    "supported": "#d7f5d7",
    "misleading": "#ffe8b3",
    "refuted": "#ffc9c9",
    "unverifiable": "#e6e6e6",
}

STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:auto;padding:0 1em;line-height:1.45}"
    "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:2px 6px;"
    "text-align:left;vertical-align:top}th{background:#f3f3f3}.bottom{font-size:1.05em}"
    ".wrong{color:#b00}mark{padding:0 2px;border-radius:3px}"
    ".text{white-space:pre-wrap;border-left:3px solid #ddd;padding-left:.8em}"
    "sup{font-size:.7em}" + "".join(f".v-{v}{{background:{c}}}" for v, c in VERDICT_COLOURS.items())
)


def e(text: str) -> str:
    """Untrusted text made safe for HTML: control characters cleaned, then escaped."""
    return escape(clean(text))


def page(title: str, body: str) -> str:
    """A complete HTML document around ``body``."""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{e(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>\n"
    )
