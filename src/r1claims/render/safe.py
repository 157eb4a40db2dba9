"""Make untrusted text safe to show: no control characters, no bidi overrides, no rich markup."""

from __future__ import annotations

import re

from rich.text import Text

__all__ = ["clean", "markdown_escape", "safe_text"]

# C0/C1 controls except tab and newline, DEL, and the Unicode bidi embedding/override/isolate
# characters that can reorder what a terminal shows (CVE-2021-42574, "Trojan Source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean(value: object, *, newlines: bool = False) -> str:
    """``str(value)`` with unsafe characters removed (newlines become spaces unless kept)."""
    text = _UNSAFE.sub("", str(value))
    return text if newlines else text.replace("\n", " ").replace("\t", " ")


def safe_text(value: object, style: str = "", *, newlines: bool = False) -> Text:
    """A rich `Text` of the cleaned value: brackets in the data are never read as markup."""
    return Text(clean(value, newlines=newlines), style=style)


def markdown_escape(value: object) -> str:
    """Cleaned text with Markdown table and emphasis characters escaped."""
    text = clean(value)
    for ch in "\\|*_`[]<>":
        text = text.replace(ch, "\\" + ch)
    return text
