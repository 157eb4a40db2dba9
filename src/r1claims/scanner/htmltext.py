"""The main text of an HTML page (trafilatura), without navigation, footers or related links.

trafilatura keeps the article's paragraphs and drops the page's boilerplate, and reads the
title and publication date from the page's metadata; those fill the document's metadata where
the input (a JSON Lines record) did not give them: the input's own fields win. trafilatura
separates paragraphs by one newline: they are joined with a blank line instead, so that
passages (`passages`) are the page's paragraphs.
"""

from __future__ import annotations

from r1claims.scanner.documents import Document, parse_date
from r1claims.scanner.extras import require
from r1claims.scanner.report import Problem

__all__ = ["main_text"]


def main_text(doc: Document) -> Document:
    """``doc`` with its HTML replaced by the main text, or with a ``unparseable_html`` problem."""
    if doc.html is None:
        return doc
    trafilatura = require("trafilatura")
    try:
        extracted = trafilatura.bare_extraction(doc.html, url=doc.meta.url, with_metadata=True)
    except Exception as exc:  # lxml and trafilatura raise many types on broken markup
        return _unparseable(doc, f"{type(exc).__name__}: {exc}")
    # trafilatura 2 gives a Document with .as_dict() (its as_dict= argument is deprecated)
    found = extracted.as_dict() if hasattr(extracted, "as_dict") else (extracted or {})
    text = found.get("text") or ""
    if not text.strip():
        return _unparseable(doc, "no main text found in the page")
    meta = doc.meta.model_copy(
        update={
            "title": doc.meta.title or found.get("title"),
            "published": doc.meta.published or parse_date(found.get("date")),
            "url": doc.meta.url or found.get("url"),
            "outlet": doc.meta.outlet or found.get("sitename"),
        }
    )
    return Document(meta, text="\n\n".join(p for p in text.split("\n") if p.strip()))


def _unparseable(doc: Document, message: str) -> Document:
    return Document(doc.meta, problem=Problem(reason="unparseable_html", message=message))
