"""Propagation: which documents copy which, from near-duplicate passages.

Every passage's MinHash signature (`passages`) goes into a MinHash LSH index (the banding of
datasketch's `MinHashLSH` at Jaccard threshold `LSH_THRESHOLD`, stored compactly: `Propagator`);
each candidate pair of passages from two documents is
confirmed with rapidfuzz: `fuzz.ratio` of their sequences of lower-cased words (an edit
similarity counted in words, not characters, so that two texts that merely use the same
vocabulary do not match) >= `CONFIRM`; when one is less than `TRUNCATED` of the other's length
(a truncated copy), it is compared with as many words of the other's start. Two documents are a
copy pair when the passages they share are at least `SHARE` of the passages of the one with
fewer: a shared header and footer ("Subscribe: 3 months for $1", "© 2025 ...") are two passages
beside the article's own, so they do not make two articles copies of each other, while a copy
shares most of its passages even with paragraphs of its own added. (A page whose boilerplate
outnumbers its article can still be joined this way; trafilatura removes most boilerplate from
HTML before.) Copy pairs join documents into clusters (union-find). A cluster's likely origin is
its earliest dated document (undated ones come last, then the order read), and the others are
its copies. An independent report that states the same figure in its own words shares no
passage, so it stays out.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from array import array
from collections.abc import Iterable

from rapidfuzz import fuzz

from r1claims.scanner.passages import words
from r1claims.scanner.report import Cluster, DocResult, Propagation

__all__ = [
    "BANDS",
    "CONFIRM",
    "LSH_THRESHOLD",
    "MAX_CANDIDATES",
    "ROWS",
    "SHARE",
    "TRUNCATED",
    "Propagator",
    "propagate",
]

LSH_THRESHOLD = 0.5
#: The banding datasketch's `MinHashLSH` chooses for `LSH_THRESHOLD` and `NUM_PERM` (a test
#: keeps them equal): written here so that the main process need not import datasketch, which
#: imports SciPy (56 MB).
BANDS, ROWS = 14, 4
CONFIRM = 72.0
TRUNCATED = 0.75
SHARE = 0.6
#: Candidates confirmed per passage, at most (a passage copied more often still links all its
#: copies, through the ones already linked).
MAX_CANDIDATES = 50


def similar(a: list[str], b: list[str]) -> bool:
    """Whether two passages (their lower-cased words) are near-duplicates, word by word."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < TRUNCATED * len(long_):  # a truncated copy: compare with the same length
        long_ = long_[: len(short)]
    return fuzz.ratio(short, long_, score_cutoff=CONFIRM) >= CONFIRM


class _Texts:
    """Passage texts in a temporary file, read back only for candidate pairs (constant memory:
    an offset per passage)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by `close`)
        self._offsets = array("q", [0])

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def append(self, text: str) -> None:
        data = text.encode("utf-8")
        self._file.seek(0, os.SEEK_END)
        self._file.write(data)
        self._offsets.append(self._offsets[-1] + len(data))

    def __getitem__(self, i: int) -> str:
        self._file.seek(self._offsets[i])
        return self._file.read(self._offsets[i + 1] - self._offsets[i]).decode("utf-8")

    def close(self) -> None:
        self._file.close()


class Propagator:
    """Takes `DocResult`s one by one; `result` gives the `Propagation`.

    The LSH index is kept compact: datasketch's banding (`BANDS` bands of `ROWS` rows, the
    ``b`` and ``r`` its `MinHashLSH` chooses), and one 64-bit hash per band and passage in an
    array, about 140 bytes a passage instead of the 4.4 KB of datasketch's dictionaries;
    passages whose hashes agree in some band are the candidates, grouped one band at a time at
    the end. Texts wait in a temporary file.
    """

    def __init__(self) -> None:
        self._b, self._r = BANDS, ROWS
        self._bands = array("q")
        self._texts = _Texts()
        self._owner = array("q")
        self._docs: list[tuple[str, dt.date | None]] = []
        self._counts = array("q")

    def add(self, result: DocResult) -> None:
        """Index a document's passages."""
        doc = len(self._docs)
        self._docs.append((result.meta.id, result.meta.published))
        self._counts.append(len(result.passages))
        r = self._r
        for passage in result.passages:
            sig = passage.signature
            self._bands.extend(hash(tuple(sig[i * r : (i + 1) * r])) for i in range(self._b))
            self._texts.append(passage.text)
            self._owner.append(doc)

    def _candidates(self) -> set[tuple[int, int]]:
        """(earlier passage, later passage) of two documents agreeing in a band."""
        found: set[tuple[int, int]] = set()
        owner, bands, width = self._owner, self._bands, self._b
        for band in range(width):
            runs: dict[int, list[int]] = {}
            for passage in range(len(owner)):
                runs.setdefault(bands[passage * width + band], []).append(passage)
            for run in runs.values():
                for k in range(1, len(run)):
                    later = run[k]
                    for earlier in run[max(0, k - MAX_CANDIDATES) : k]:
                        if owner[earlier] != owner[later]:
                            found.add((earlier, later))
        return found

    def _copy_pairs(self) -> list[tuple[int, int, int]]:
        """(earlier doc, later doc, a shared passage) for every copy pair."""
        shared: dict[tuple[int, int], set[int]] = {}
        for earlier, later in sorted(self._candidates()):
            pair = (self._owner[earlier], self._owner[later])
            if later in shared.get(pair, ()):
                continue
            if similar(words(self._texts[earlier]), words(self._texts[later])):
                shared.setdefault(pair, set()).add(later)
        out = []
        for (a, b), keys in shared.items():
            if len(keys) >= SHARE * min(self._counts[a], self._counts[b]):
                out.append((a, b, min(keys)))
        return out

    def close(self) -> None:
        """Remove the temporary file of texts (`result` does it)."""
        self._texts.close()

    def _order(self, doc: int) -> tuple[dt.date, int]:
        return (self._docs[doc][1] or dt.date.max, doc)

    def result(self) -> Propagation:
        """The clusters, largest first (then by origin id)."""
        pairs = self._copy_pairs() if len(self._texts) else []
        parent = list(range(len(self._docs)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        shared: dict[int, int] = {}
        for a, b, passage in pairs:
            ra, rb = find(a), find(b)
            parent[max(ra, rb)] = min(ra, rb)
            shared.setdefault(a, passage)
            shared.setdefault(b, passage)
        groups: dict[int, list[int]] = {}
        for doc in range(len(self._docs)):
            groups.setdefault(find(doc), []).append(doc)
        clusters = []
        for members in groups.values():
            if len(members) < 2:
                continue
            members.sort(key=self._order)
            origin = members[0]
            clusters.append(
                Cluster(
                    origin=self._docs[origin][0],
                    published=self._docs[origin][1],
                    copies=[self._docs[d][0] for d in members[1:]],
                    passage=self._texts[shared[origin]] if origin in shared else "",
                )
            )
        clusters.sort(key=lambda c: (-len(c.copies), c.origin))
        ids = [d for d, _ in self._docs]
        found = sorted({(min(ids[a], ids[b]), max(ids[a], ids[b])) for a, b, _ in pairs})
        passages = len(self._texts)
        self.close()
        return Propagation(passages=passages, pairs=found, clusters=clusters)


def propagate(results: Iterable[DocResult]) -> Propagation:
    """Find the copy clusters of documents (the results must carry their passages)."""
    prop = Propagator()
    try:
        for result in results:
            prop.add(result)
        return prop.result()
    finally:
        prop.close()
