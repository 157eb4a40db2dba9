"""The one lazy hook from typed results to the renderers.

Record and report objects (`ClaimSet`, `CheckReport`, `ConflictReport`) display themselves in
notebooks (``_repr_html_``) and rich consoles (``__rich__``), but no stage below `render` may
import it: rendering sits above them in the pipeline. So their display methods call
:func:`display`, which imports `r1claims.render.display` by name on first use and dispatches on
the object's type there. This is the only place a lower stage reaches `render`; the import test
(tests/test_architecture.py) knows it.
"""

from __future__ import annotations

import importlib
from typing import Any, Literal

__all__ = ["display"]

#: The renderer module, named, not imported: loaded on the first display.
RENDERER = "r1claims.render.display"


def display(obj: object, form: Literal["html", "rich", "repr"]) -> Any:
    """Render ``obj`` as HTML (a string), as a rich renderable, or as its one-line ``repr``
    (for the objects whose short repr shows a formatted value)."""
    return importlib.import_module(RENDERER).render(obj, form)
