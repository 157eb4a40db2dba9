"""Propagation: which documents copy which, from near-duplicate passages.

Every passage's MinHash signature (`passages`) goes into a MinHash LSH index (datasketch) at
Jaccard threshold `LSH_THRESHOLD`; each candidate pair of passages from two documents is
confirmed with rapidfuzz: `fuzz.ratio` of their lower-cased words >= `CONFIRM`, or, when one is
less than `TRUNCATED` of the other's length (a truncated copy), `fuzz.partial_ratio` >=
`CONFIRM`. Two documents are a copy pair when the passages they share are at least
`SHARE` of the passages of the one with fewer: a shared header and footer ("Subscribe: 3
months for $1", "© 2025 ...") are two passages beside the article's own, so they do not make
two articles copies of each other, while a copy shares most of its passages even with
paragraphs of its own added. (A page whose boilerplate outnumbers its article can still be
joined this way; trafilatura removes most boilerplate from HTML before.) Copy pairs join documents
into clusters (union-find). A cluster's likely origin is its earliest dated document (undated ones
come last, then the order read), and the others are its copies. An independent report that
states the same figure in its own words shares no passage, so it stays out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from rapidfuzz import fuzz

from r1claims.scanner.extras import require
from r1claims.scanner.passages import NUM_PERM, SCHEME, SEED, words
from r1claims.scanner.report import Cluster, DocResult, Propagation

__all__ = [
    "CONFIRM",
    "LSH_THRESHOLD",
    "MAX_CANDIDATES",
    "SHARE",
    "TRUNCATED",
    "Propagator",
    "propagate",
]

LSH_THRESHOLD = 0.3
CONFIRM = 72.0
TRUNCATED = 0.75
SHARE = 0.6
#: Candidates confirmed per passage, at most (a passage copied more often still links all its
#: copies, through the ones already linked).
MAX_CANDIDATES = 50


def similar(a: str, b: str) -> bool:
    """Whether two passages (lower-cased words joined by spaces) are near-duplicates."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < TRUNCATED * len(long_):
        return fuzz.partial_ratio(short, long_, score_cutoff=CONFIRM) >= CONFIRM
    return fuzz.ratio(a, b, score_cutoff=CONFIRM) >= CONFIRM


class Propagator:
    """Takes `DocResult`s one by one; `result` gives the `Propagation`."""

    def __init__(self) -> None:
        datasketch = require("datasketch")
        self._lean = datasketch.LeanMinHash
        self._lsh: Any = datasketch.MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._texts: list[str] = []
        self._owner: list[int] = []
        self._docs: list[tuple[str, dt.date | None]] = []
        self._parent: list[int] = []
        self._counts: list[int] = []
        #: (earlier doc, later doc) -> the later doc's passages that match one of the earlier's
        self._shared: dict[tuple[int, int], set[int]] = {}

    def add(self, result: DocResult) -> None:
        """Index a document's passages and link it to the documents it shares one with."""
        doc = len(self._docs)
        self._docs.append((result.meta.id, result.meta.published))
        self._parent.append(doc)
        self._counts.append(len(result.passages))
        for passage in result.passages:
            key = len(self._texts)
            text = " ".join(words(passage.text))
            sig = self._lean(seed=SEED, hashvalues=passage.signature, scheme=SCHEME)
            candidates = sorted(self._lsh.query(sig))[:MAX_CANDIDATES]
            for other in candidates:
                owner = self._owner[other]
                shared = self._shared.get((owner, doc), set())
                if owner == doc or key in shared:
                    continue
                if similar(text, " ".join(words(self._texts[other]))):
                    self._shared[(owner, doc)] = shared | {key}
            self._lsh.insert(key, sig)
            self._texts.append(passage.text)
            self._owner.append(doc)

    def _find(self, i: int) -> int:
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]
            i = self._parent[i]
        return i

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def _order(self, doc: int) -> tuple[dt.date, int]:
        return (self._docs[doc][1] or dt.date.max, doc)

    def _copy_pairs(self) -> list[tuple[int, int, int]]:
        """(earlier doc, later doc, a shared passage) for every copy pair."""
        out = []
        for (a, b), keys in self._shared.items():
            if len(keys) >= SHARE * min(self._counts[a], self._counts[b]):
                out.append((a, b, min(keys)))
        return out

    def result(self) -> Propagation:
        """The clusters, largest first (then by origin id)."""
        pairs = self._copy_pairs()
        shared: dict[int, int] = {}
        for a, b, passage in pairs:
            self._union(a, b)
            shared.setdefault(a, passage)
            shared.setdefault(b, passage)
        groups: dict[int, list[int]] = {}
        for doc in range(len(self._docs)):
            groups.setdefault(self._find(doc), []).append(doc)
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
        return Propagation(passages=len(self._texts), pairs=found, clusters=clusters)


def propagate(results: Iterable[DocResult]) -> Propagation:
    """Find the copy clusters of documents (the results must carry their passages)."""
    prop = Propagator()
    for result in results:
        prop.add(result)
    return prop.result()
