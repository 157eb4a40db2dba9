"""Read text to check: files or stdin, strict UTF-8, HTML blanked out without moving offsets."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import BinaryIO

from r1claims.errors import InputError

__all__ = ["ENTITY", "MAX_INPUT_BYTES", "mask_html", "mask_space_entities", "read_input"]

#: Largest input accepted, in bytes.
MAX_INPUT_BYTES = 50 * 1024 * 1024

_TAG = re.compile(
    r"<!--.*?-->|<(script|style)\b[^>]{0,2000}>.*?</\1\s*>|<[^<>]{0,2000}>",
    re.IGNORECASE | re.DOTALL,
)
#: An HTML character reference ("&amp;", "&#44;", "&#x2c;").
ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def read_input(name: str, stdin: BinaryIO) -> str:
    """The text of file ``name`` (``-`` for ``stdin``), decoded as UTF-8.

    Raises `InputError` with the file, line and byte when it cannot be read or decoded.
    """
    label = "<stdin>" if name == "-" else name
    try:
        if name == "-":
            raw = stdin.read(MAX_INPUT_BYTES + 1)
        else:
            path = Path(name)
            if path.is_dir():
                raise InputError(f"{label}: is a directory; give a file")
            with path.open("rb") as fh:
                raw = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{label}: cannot read: {exc.strerror or exc}") from exc
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(f"{label}: larger than {MAX_INPUT_BYTES:,} bytes; split it")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{label}:{line}: byte 0x{raw[exc.start]:02x} at offset {exc.start} is not UTF-8; "
            "convert the file to UTF-8 (for example: iconv -f windows-1252 -t utf-8)"
        ) from exc


#: A no-break space's entity left in text copied from a page ("20&nbspJanuary&nbsp2025").
_NBSP = re.compile(r"&nbsp;?|&#160;|&#xa0;", re.IGNORECASE)


def mask_space_entities(text: str) -> str:
    """Blank out the no-break-space entities of text that is not HTML, one space per
    character (offsets stay the input's). Other entities stay: decoded with padding, as in
    `mask_html`, "$294&#44;000" would become "$294,    000", two figures."""
    return _NBSP.sub(lambda m: " " * len(m.group(0)), text)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _entity(match: re.Match[str]) -> str:
    decoded = html.unescape(match.group(0))
    if len(decoded) > len(match.group(0)):
        return match.group(0)
    return decoded + " " * (len(match.group(0)) - len(decoded))


def mask_html(text: str) -> str:
    """Blank out tags, comments, scripts and styles, and decode entities, padding with spaces
    so that every character keeps its offset: findings point into the original HTML."""
    return ENTITY.sub(_entity, _TAG.sub(_blank, text))
