"""Stage 3b, reconciling: group the record's figures that answer the same question and explain
how they differ.

Takes a `ClaimSet`; gives a `ConflictReport` (`report`): groups (`grouping`), the relation
found for each pair (restated, derived, part of, different scope, conflict) with sentences
(`explain`), and the coverage that misframed a figure. `run.reconcile` runs it. Imports
`record` only.
"""

from __future__ import annotations

from r1claims.reconciler.report import ConflictReport, Group
from r1claims.reconciler.run import reconcile

__all__ = ["ConflictReport", "Group", "reconcile"]
