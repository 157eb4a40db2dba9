"""Optional dependencies: import them on first use, or say which extra installs them."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

from r1claims.errors import R1ClaimsError

__all__ = ["MissingExtraError", "check_installed", "require"]

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


def _missing(module: str) -> MissingExtraError:
    what, extra = EXTRAS.get(module, (module, "scale"))
    return MissingExtraError(
        f"{what} needs {module.split('.', maxsplit=1)[0]}, which is not installed: "
        f"pip install 'r1claims[{extra}]'"
    )


def check_installed(module: str) -> None:
    """Raise `MissingExtraError` unless ``module`` can be imported, without importing it (the
    main process of a scan does not need datasketch's SciPy, only its workers do)."""
    if module in sys.modules:
        if sys.modules[module] is None:  # how tests (and some tools) block an import
            raise _missing(module)
        return
    if importlib.util.find_spec(module) is None:
        raise _missing(module)


def require(module: str) -> ModuleType:
    """Import ``module`` or raise `MissingExtraError` naming ``r1claims[EXTRA]``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise _missing(module) from exc
