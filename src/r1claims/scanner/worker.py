"""The per-document function every engine runs: extract, check, cut passages.

It is a pure function of the document, the record and the `Options`, so the serial, process
and Dask engines give the same results in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from r1claims.checker.run import check
from r1claims.record.claimset import ClaimSet
from r1claims.scanner.documents import Document
from r1claims.scanner.report import DocResult, Problem

__all__ = ["Options", "quote_at", "scan_document"]

#: Longest quote kept per finding (the sentence around the figure), in characters.
QUOTE_CHARS = 300
_SENTENCE_START = re.compile(r"[.!?]\s|\n")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


@dataclass(frozen=True)
class Options:
    """What to do per document: ``min_confidence`` as in `r1claims.check`; ``propagation``
    cuts passages and signs them (needs datasketch)."""

    min_confidence: float = 0.0
    propagation: bool = True


def quote_at(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, whitespace collapsed; a sentence longer than
    `QUOTE_CHARS` is cut at words around the figure, with ``…`` where it was cut."""
    before = [m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 2000), start)]
    begin = before[-1] if before else max(0, start - 2000)
    after = _SENTENCE_END.search(text, end, end + 2000)
    stop = after.end() if after else min(len(text), end + 2000)
    if stop - begin > QUOTE_CHARS:
        lo = max(begin, min(start - QUOTE_CHARS // 2, stop - QUOTE_CHARS))
        hi = min(stop, lo + QUOTE_CHARS)
        head = "… " if lo > begin else ""
        tail = " …" if hi < stop else ""
        words = text[lo:hi].split()
        words = words[1 if head else 0 : -1 if tail else None]
        return head + " ".join(words) + tail
    return " ".join(text[begin:stop].split())


def scan_document(
    doc: Document, cs: ClaimSet, options: Options, *, skip: bool = False
) -> DocResult:
    """Check one document. ``skip``: already in the output (``--resume``): only passages."""
    from r1claims.scanner.htmltext import main_text

    if doc.html is not None:
        doc = main_text(doc)
    if doc.problem is not None or doc.text is None:
        problem = doc.problem or Problem(reason="empty", message="no text")
        return DocResult(meta=doc.meta, problem=problem)
    text = doc.text
    found = []
    if options.propagation:
        from r1claims.scanner.passages import passages

        found = passages(text)
    if skip:
        return DocResult(meta=doc.meta, chars=len(text), passages=found, resumed=True)
    try:
        report = check(text, cs, html=False, min_confidence=options.min_confidence)
    except Exception as exc:  # a checker bug must not stop a corpus run; it is listed
        message = f"the checker failed ({type(exc).__name__}: {exc}); please report it"
        return DocResult(meta=doc.meta, problem=Problem(reason="check_failed", message=message))
    quotes = [quote_at(text, f.start, f.end) for f in report.findings]
    return DocResult(
        meta=doc.meta, chars=len(text), findings=report.findings, quotes=quotes, passages=found
    )
