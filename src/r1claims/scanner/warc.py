"""Read WARC files (warcio): every HTML response record is a document."""

from __future__ import annotations

from collections.abc import Iterator

from r1claims.scanner.documents import Document, decode
from r1claims.scanner.extras import require
from r1claims.scanner.report import DocMeta, Problem

__all__ = ["read_warc"]


def read_warc(path: str, max_bytes: int) -> Iterator[Document]:
    """The HTML responses of a WARC file, in order; id and source are ``PATH@OFFSET``, the URL
    is the record's target URI. The publication date is the page's (trafilatura): the
    ``WARC-Date`` is when it was crawled, which would make a late crawl look like a copy."""
    archive = require("warcio.archiveiterator")
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError as exc:
        meta = DocMeta(id=path, source=path)
        problem = Problem(reason="unreadable", message=exc.strerror or str(exc))
        yield Document(meta, problem=problem)
        return
    with fh:
        records = archive.ArchiveIterator(fh)
        try:
            for record in records:
                if record.rec_type != "response":
                    continue
                headers = record.http_headers
                ctype = headers.get_header("Content-Type") if headers else None
                if not ctype or "html" not in ctype.lower():
                    continue
                raw = record.content_stream().read(max_bytes + 1)
                # after reading: warcio's get_record_offset reads the record to its end
                where = f"{path}@{records.get_record_offset()}"
                meta = DocMeta(
                    id=where,
                    source=where,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                )
                yield decode(meta, raw, max_bytes, html=True)
        except Exception as exc:  # warcio raises its own and zlib errors on a broken archive
            meta = DocMeta(id=path, source=path)
            problem = Problem(reason="unreadable", message=f"broken WARC: {exc}")
            yield Document(meta, problem=problem)
