"""Stage 3a, checking: judge every figure of an article against the record.

Takes a text and a `ClaimSet`; gives a `CheckReport` (`report`) with one `Finding` per figure:
its span, the linked claim, a verdict (supported, misleading, refuted, unverifiable), reason
codes and an explanation. Steps: read the input (`inputs`), index the text's sentences and
entity mentions (`context`), link each figure to candidate records (`linking`, with the scope
words of `scopewords`), judge it (`judge`); `run.check` runs them. Imports `record` and
`extract` only.
"""

from __future__ import annotations

from r1claims.checker.report import CheckReport, Finding, LinkedClaim, Verdict
from r1claims.checker.run import check

__all__ = ["CheckReport", "Finding", "LinkedClaim", "Verdict", "check"]
