"""Stage 2, extraction: find every figure in a text.

Takes plain text; gives `Figure` values (span, value in base units, unit, kind, qualifiers such
as "about" or "over") from `extract_figures`. Knows nothing of the record: the words it reads
(`lexicon`), tokens (`tokens`), numbers (`numbers`), units (`units`), dates (`dates`) and licence
names (`licences`) are its own. Imports no other stage.
"""

from __future__ import annotations

from r1claims.extract.figures import Figure, FigureKind, extract_figures

__all__ = ["Figure", "FigureKind", "extract_figures"]
