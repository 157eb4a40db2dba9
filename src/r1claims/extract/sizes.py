"""Sizes: of a memory or disk in GB ("404GB"), and of a model in parameters ("two 660B
reasoning models", "37 billion parameters")."""

from __future__ import annotations

from decimal import Decimal

from r1claims.extract.amounts import Amount
from r1claims.extract.lexicon import SIZE_IN_GB
from r1claims.extract.tokens import Hit, Tokens
from r1claims.extract.units import Unit

__all__ = ["memory_size", "models_sized", "parameters_near"]


def memory_size(hit: Hit, unit: str) -> Hit:
    """A memory or disk size, in GB."""
    factor = Decimal(str(SIZE_IN_GB[unit]))
    hit.kind, hit.unit = "data_size", "GB"
    hit.value, hit.precision = hit.value * factor, hit.precision * factor
    return hit


def parameters_near(tk: Tokens, e: int) -> bool:
    """Does "parameters" follow within a few words ("37 billion active parameters")?"""
    for k in range(e, min(e + 4, tk.n)):
        if tk.low[k] in ("parameters", "params"):
            return True
        if tk.kinds[k] not in ("word",):
            return False
    return False


#: What a size in billions ("7B") a few words before them measures in parameters.
_SIZED = frozenset({"version", "variant", "checkpoint", "distill", "distillation"})


def models_sized(amt: Amount, unit: Unit | None, e: int) -> Unit | None:
    """``unit``, unless the amount is a size in billions before models a few words on ("two
    660B reasoning models", "70B quantized versions"): their size in parameters, not a count."""
    if amt.b_suffix and unit is not None and (unit.unit == "model" or unit.noun in _SIZED):
        return Unit("parameter_count", "parameter", e - 1)
    return unit
