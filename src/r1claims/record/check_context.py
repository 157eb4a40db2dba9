"""What every record check shares: the loaded result, the set, and located diagnostics."""

from __future__ import annotations

import datetime as dt
from typing import Any

from r1claims.record.claimset import ClaimSet
from r1claims.record.diagnostics import Diagnostic
from r1claims.record.loader import LoadResult
from r1claims.record.yamlsource import Path, YamlDocument

__all__ = ["CheckContext"]


class CheckContext:
    """Base of the check classes: ``add`` records a diagnostic at a path in a document."""

    def __init__(self, result: LoadResult, claimset: ClaimSet, today: dt.date) -> None:
        self.result = result
        self.cs = claimset
        self.latest = today + dt.timedelta(days=366)
        self.out: list[Diagnostic] = []
        #: sources a mistyped citation most likely meant: not also reported as uncited
        self.typo_targets: set[str] = set()
        #: claims whose unit is reported as the odd one out: their relations are not reported
        self.unit_suspects: set[str] = set()
        #: ids references name whose item's own id is reported as misspelt (`RenameChecks`)
        self.renamed: dict[str, set[str]] = {}

    def add(
        self, code: str, message: str, doc: YamlDocument, path: Path, hint: str | None = None
    ) -> None:
        line, col = doc.locate(path)
        self.out.append(Diagnostic.make(code, message, doc.path, line, col, hint=hint))

    def source_ids(self) -> list[str]:
        """Every source id (for "did you mean")."""
        return [s.id for s in self.cs.sources]

    def entity_ids(self) -> list[str]:
        """Every entity id (for "did you mean")."""
        return [e.id for e in self.cs.entities]

    def claim_ids(self) -> list[str]:
        """Every claim id (for "did you mean")."""
        return [c.id for c in self.cs.claims]

    def items(self, key: str) -> list[tuple[Any, YamlDocument, Path]]:
        return self.result.items.get(key, [])

    def known(self, section: str, item_id: str) -> bool:
        """True when the id exists, failed the schema (already reported), or its section
        could not be read: only a reference to nothing at all is reported."""
        if section in self.result.unreadable:
            return True
        if item_id in self.result.invalid_ids.get(section, set()):
            return True
        if item_id in self.renamed.get(section, ()):
            return True  # reported once, at the misspelt definition
        lookup = {
            "claims": self.cs.has_claim,
            "sources": self.cs.has_source,
            "entities": self.cs.has_entity,
        }[section]
        return lookup(item_id)
