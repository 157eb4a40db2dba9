"""Sizes: of a memory or disk in GB ("404GB"), and of a model in parameters ("two 660B
reasoning models", "37 billion parameters")."""

from __future__ import annotations

import re
from decimal import Decimal

from r1claims.extract.amounts import Amount
from r1claims.extract.lexicon import SIZE_IN_GB
from r1claims.extract.tokens import Hit, Tokens
from r1claims.extract.units import Unit

__all__ = ["memory_size", "models_sized", "parameters_before", "parameters_near"]


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


#: A word for parameters, also inside a word of a script written without spaces ("总参数量达",
#: "総パラメータ数は", "파라미터는") and in inflected forms ("Parametern", "параметров"); the
#: Swahili "vigezo", "vipengele" ("vigezo bilioni 671")
_PARAMETER = re.compile(
    r"param|параметр|参数|參數|パラメータ|파라미터|매개\s?변수|vigezo|vipengele"
)
#: Words that may stand between a parameter noun and the count it is ("the total parameter
#: count is 671 billion", "a parameter count of about 1.6 trillion").
_TO_COUNT = frozenset(
    {"count", "number", "size", "total", "is", "was", "are", "were", "of", "reaches",
     "reached", "totals", "totaling", "totalling", "stands", "at", "about", "around",
     "roughly", "approximately", "nearly", "some", "over", "just", "only"}
)  # fmt: skip


def parameters_before(tk: Tokens, first: int) -> bool:
    """Is the number at ``first`` the count a parameter noun right before it is ("总参数量达
    1.6万亿", "총 파라미터는 6710억 개", "the total parameter count is 1.6 trillion")? Only
    words stand between them, and only words that lead to a count."""
    for k in range(first - 1, max(first - 5, -1), -1):
        if tk.kinds[k] != "word":
            return False
        if _PARAMETER.search(tk.low[k]):
            return True
        if tk.low[k] not in _TO_COUNT:
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
