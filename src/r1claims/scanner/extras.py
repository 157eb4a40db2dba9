"""Optional dependencies: import them on first use, or say which extra installs them."""

from __future__ import annotations

import importlib
from types import ModuleType

from r1claims.errors import R1ClaimsError

__all__ = ["MissingExtraError", "require"]

#: Module -> (what needs it, the extra that installs it).
EXTRAS = {
    "dask": ("--engine dask", "scale"),
    "dask.bag": ("--engine dask", "scale"),
    "distributed": ("--engine dask", "scale"),
    "pyarrow": ("Parquet output", "scale"),
    "pyarrow.parquet": ("Parquet output", "scale"),
    "datasketch": ("propagation (near-duplicate passages)", "scale"),
    "warcio": ("reading WARC files", "scale"),
    "warcio.archiveiterator": ("reading WARC files", "scale"),
    "trafilatura": ("reading HTML (main-text extraction)", "html"),
}


class MissingExtraError(R1ClaimsError):
    """An optional dependency is not installed; the message names the extra to install."""


def require(module: str) -> ModuleType:
    """Import ``module`` or raise `MissingExtraError` naming ``r1claims[EXTRA]``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        what, extra = EXTRAS.get(module, (module, "scale"))
        raise MissingExtraError(
            f"{what} needs {module.split('.', maxsplit=1)[0]}, which is not installed: "
            f"pip install 'r1claims[{extra}]'"
        ) from exc
