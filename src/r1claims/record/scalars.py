"""Plain YAML scalars resolved with the YAML 1.2 core schema (no YAML 1.1 booleans)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["YAML11_BOOLS", "resolve_plain"]

# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
_NULL = re.compile(r"~|null|Null|NULL|")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"[-+]?[0-9]+")
_OCT = re.compile(r"0o[0-7]+")
_HEX = re.compile(r"0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)")
_NAN = re.compile(r"\.(nan|NaN|NAN)")
# Plain scalars that YAML 1.1 (PyYAML's default) would have turned into booleans.
YAML11_BOOLS = re.compile(r"y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF")


# First characters with which no plain scalar is anything but a string (the fast path).
_ONLY_TEXT_START = frozenset("abcdeghijklmpqrsuvwxzABCDEGHIJKLMPQRSUVWXZ_/(\"'`$€£¥")


@lru_cache(maxsize=1 << 16)
def resolve_plain(text: str) -> Any:
    """Resolve an untagged plain scalar with the YAML 1.2 core schema. Memoised: a record
    repeats the same numbers and words many times (results are immutable)."""
    if text[:1] in _ONLY_TEXT_START:
        return text
    if _NULL.fullmatch(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.fullmatch(text):
        return int(text)
    if _OCT.fullmatch(text):
        return int(text[2:], 8)
    if _HEX.fullmatch(text):
        return int(text[2:], 16)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _INF.fullmatch(text):
        return float("-inf") if text.startswith("-") else float("inf")
    if _NAN.fullmatch(text):
        return float("nan")
    return text
