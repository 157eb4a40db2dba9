"""The ``[tool.r1claims]`` table of the nearest ``pyproject.toml``, and ``--max-bytes`` sizes.

Takes: the current directory. Gives: a `Config` (record directory, ignored codes, size limit),
or a `ConfigError` naming the file and the key to fix.

The file looked for is the first ``pyproject.toml`` found from the current directory upward
(the way ruff and black find theirs); when it has no ``[tool.r1claims]`` table, nothing is
configured. A relative ``data`` is read from the directory of that ``pyproject.toml``, not from
wherever the command runs. Command-line options win over the file: ``--data`` or paths over
``data``, ``--max-bytes`` over ``max-bytes``; ``--ignore`` adds to ``ignore``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from r1claims.errors import R1ClaimsError

__all__ = ["KEYS", "Config", "ConfigError", "find_config", "parse_size"]

#: The keys ``[tool.r1claims]`` may hold. The last three say who publishes the record's
#: ClaimReview export and where (``r1claims export --format claimreview``, docs/export.md).
KEYS = ("data", "ignore", "max-bytes", "maintainer", "maintainer-url", "review-url")

_SIZE = re.compile(r"(?i)\s*([0-9]+)\s*([kmg]i?b?|b)?\s*")
_FACTORS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


class ConfigError(R1ClaimsError):
    """The ``[tool.r1claims]`` table cannot be used (bad TOML, an unknown key, a wrong type)."""


@dataclass(frozen=True)
class Config:
    """What the nearest ``pyproject.toml`` configures (everything empty when nothing)."""

    path: Path | None = None
    data: Path | None = None
    ignore: tuple[str, ...] = field(default_factory=tuple)
    max_bytes: int | None = None
    maintainer: str | None = None
    maintainer_url: str | None = None
    review_url: str | None = None


def parse_size(text: str) -> int:
    """``"120M"`` -> 125829120: bytes, with an optional K, M or G (powers of 1024); 0 is no
    limit. Raises ``ValueError`` with a message to show."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"{text!r} is not a size (write bytes, or 200M, 1G; 0 for no limit)")
    unit = (match.group(2) or "").lower()[:1]
    return int(match.group(1)) * _FACTORS[unit]


def _load_toml(path: Path) -> dict[str, object]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 in CI
        import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]
    try:
        parsed: dict[str, object] = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read [tool.r1claims]: {exc}") from exc
    return parsed


def find_config(start: Path | None = None) -> Config:
    """The configuration of the nearest ``pyproject.toml`` from ``start`` (default: cwd) up."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return _parse(candidate)
    return Config()


def _parse(path: Path) -> Config:
    tool = _load_toml(path).get("tool")
    table = tool.get("r1claims") if isinstance(tool, dict) else None
    if table is None:
        return Config()
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.r1claims] must be a table")
    for key in table:
        if key not in KEYS:
            from r1claims.record.suggest import did_you_mean

            hint = did_you_mean(key, KEYS) or f"; the keys are {', '.join(KEYS)}"
            raise ConfigError(f"{path}: unknown key {key!r} in [tool.r1claims]{hint}")
    data = table.get("data")
    if data is not None and not isinstance(data, str):
        raise ConfigError(f"{path}: [tool.r1claims] data must be a string (a directory)")
    ignore = table.get("ignore", [])
    if not isinstance(ignore, list) or not all(isinstance(c, str) for c in ignore):
        raise ConfigError(f'{path}: [tool.r1claims] ignore must be a list of codes ["R1C204"]')
    size = table.get("max-bytes")
    max_bytes = None
    if size is not None:
        try:
            max_bytes = parse_size(str(size))
        except ValueError as exc:
            raise ConfigError(f"{path}: [tool.r1claims] max-bytes: {exc}") from None
    texts = {key: table.get(key) for key in ("maintainer", "maintainer-url", "review-url")}
    for key, value in texts.items():
        if value is not None and not (isinstance(value, str) and value.strip()):
            raise ConfigError(f"{path}: [tool.r1claims] {key} must be a non-empty string")
    return Config(
        path=path,
        data=(path.parent / data) if data else None,
        ignore=tuple(ignore),
        max_bytes=max_bytes,
        maintainer=texts["maintainer"],
        maintainer_url=texts["maintainer-url"],
        review_url=texts["review-url"],
    )
