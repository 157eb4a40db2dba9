"""Passages for propagation: the paragraphs that hold a figure, and their MinHash signatures.

A passage is a paragraph (blank-line separated; a text with no blank line is read one line per
paragraph) that holds a digit and at least `MIN_WORDS` words; a paragraph longer than
`MAX_CHARS` is cut at sentence ends into pieces of about that size. Its signature is the
MinHash (datasketch, `NUM_PERM` permutations, fixed seed and `SCHEME`) of its lower-cased word
`SHINGLE`-grams, so that signatures computed on different workers compare. Shingles are hashed
with CRC-32 (zlib, in C), not datasketch's default SHA-1 in Python: five times faster, and the
same in every process (Python's own `hash` is salted per process).
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import Any

from r1claims.scanner.extras import require
from r1claims.scanner.report import Passage

__all__ = ["MAX_CHARS", "MIN_WORDS", "NUM_PERM", "SCHEME", "SEED", "SHINGLE", "passages", "words"]

NUM_PERM = 64
SEED = 1
SHINGLE = 2
#: datasketch's permutation scheme (2.0's default, named: signatures of two schemes differ).
SCHEME = "affine32"
MIN_WORDS = 20
MAX_CHARS = 700

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def words(text: str) -> list[str]:
    """The passage's words, lower-cased (what shingles and the confirmation compare)."""
    return _WORD.findall(text.lower())


def _paragraphs(text: str) -> list[tuple[int, str]]:
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    out, pos = [], 0
    for match in splitter.finditer(text):
        out.append((pos, text[pos : match.start()]))
        pos = match.end()
    out.append((pos, text[pos:]))
    return out


def _pieces(start: int, para: str) -> list[tuple[int, str]]:
    if len(para) <= MAX_CHARS:
        return [(start, para)]
    out: list[tuple[int, str]] = []
    piece_start = 0
    for match in _SENTENCE_END.finditer(para):
        if (
            match.start() - piece_start >= MAX_CHARS // 2
            and len(para) - match.end() >= MAX_CHARS // 2
        ):
            out.append((start + piece_start, para[piece_start : match.start()]))
            piece_start = match.end()
    out.append((start + piece_start, para[piece_start:]))  # the last piece: half or more
    return out


@lru_cache(maxsize=1)
def _permutations() -> Any:
    datasketch = require("datasketch")
    return datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


def signature(tokens: list[str]) -> list[int]:
    """The MinHash hash values of the word shingles."""
    datasketch = require("datasketch")
    shingles = {" ".join(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}
    mh = datasketch.MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        permutations=_permutations(),
        scheme=SCHEME,
        hashfunc=_crc32,
    )
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return [int(v) for v in mh.hashvalues]


def passages(text: str) -> list[Passage]:
    """The text's passages with their signatures, in order."""
    out = []
    for start, para in _paragraphs(text):
        for piece_start, piece in _pieces(start, para):
            tokens = words(piece)
            if len(tokens) < MIN_WORDS or not any(ch.isdigit() for ch in piece):
                continue
            flat = _SPACE.sub(" ", piece).strip()
            out.append(Passage(start=piece_start, text=flat, signature=signature(tokens)))
    return out
