"""Packaging: the lowest-versions constraints file pins exactly the bounds pyproject declares."""

from __future__ import annotations

import re
from importlib.metadata import requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONSTRAINTS = ROOT / ".ci" / "constraints-lowest.txt"


def _lower_bounds() -> dict[str, str]:
    """name -> declared minimum, for every requirement (extras included) with a `>=` bound."""
    bounds = {}
    for requirement in requires("r1claims") or []:
        spec = requirement.split(";")[0]
        name = re.match(r"[A-Za-z0-9_.-]+", spec)
        low = re.search(r">=\s*([0-9][0-9.]*)", spec)
        if name and low:
            bounds[name.group(0).lower()] = low.group(1)
    return bounds


def _pins() -> dict[str, str]:
    pins = {}
    for line in CONSTRAINTS.read_text("utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.strip().lower()] = version.strip()
    return pins


def test_constraints_pin_every_declared_minimum() -> None:
    bounds = _lower_bounds()
    assert {"pydantic", "pyyaml", "rapidfuzz", "rich", "pytest"} <= bounds.keys()
    assert _pins() == bounds
