"""Products and multiples: GPU counts written as products ("16x 80GB H100", "64*8 H800 GPUs")
and multiples ("47x cheaper", "1.8×"), which are figures of their own in the unit ``times``."""

from __future__ import annotations

from decimal import Decimal

from r1claims.extract.amounts import Amount, read_amount
from r1claims.extract.tokens import Hit, Tokens
from r1claims.extract.units import gpu_phrase

__all__ = ["multiple_after", "times"]


def multiple_after(tk: Tokens, amt: Amount) -> bool:
    """Does a multiplication sign or "x" close the amount ("10x", "40×")?"""
    return amt.suffix == "x" or (tk.rw(amt.last + 1) == "×" and tk.glued(amt.last + 1))


def _multiple(i: int, last: int, amt: Amount) -> Hit:
    """A multiple ("47x", "1.8×"): a figure of its own, in times, which no record holds."""
    return Hit(i, last, "number", amt.value, "times", amt.precision)


def _names_gpus(tk: Tokens, t: int) -> bool:
    gpu = gpu_phrase(tk, t)
    return gpu is not None and gpu.kind == "gpu_count"


#: "times" and the words that make it a multiple after a number ("five times cheaper", "cinco
#: veces más barato", "dix fois moins cher"); not a count of events ("downloaded five times").
_TIMES = frozenset({"times", "veces", "vezes", "fois", "volte"})
_COMPARED = frozenset(
    {
        *("cheaper", "more", "less", "faster", "slower", "lower", "higher", "smaller", "larger"),
        *("bigger", "greater", "fewer", "better", "as", "the"),
        *("más", "menos", "mais", "plus", "moins", "più", "meno"),
    }
)

#: The most GPUs one node or server holds ("64 nodes of 8 GPUs"); more is a cluster's total.
_PER_NODE_MAX = 16


def times(tk: Tokens, i: int, amt: Amount) -> Hit | None:
    """GPU counts written as products: "16x 80GB H100", "8x256 GPUs", "64*8 H800 GPUs"."""
    factor = Decimal(1)
    e = amt.last + 1
    suffix = amt.suffix
    if suffix == "x":
        t = e + 1
    elif suffix is not None and suffix[:1] == "x" and suffix[1:].isascii() and suffix[1:].isdigit():
        factor, t = Decimal(suffix[1:]), e + 1
    elif tk.rw(e) in ("*", "×") or (tk.lo(e) == "x" and not tk.glued(e)):
        a2 = read_amount(tk, e + 1)
        whole = amt.value == amt.value.to_integral_value()
        if a2 is None and tk.rw(e) != "*" and whole and _names_gpus(tk, e + 1):
            t = e + 1  # "2’048 × NVIDIA H800", "8× H100": so many GPUs
        elif a2 is None and tk.rw(e) == "×" and tk.glued(e):
            return _multiple(i, e, amt)  # "~1.8× faster"
        elif a2 is None or a2.suffix is not None or a2.mag is not None:
            return None
        else:
            factor, t = a2.value, a2.last + 1
    elif tk.lo(e) in _TIMES and tk.lo(e + 1) in _COMPARED and amt.mag is None:
        return _multiple(i, e, amt)  # "five times cheaper", "20 times more compute"
    elif tk.lo(e) in ("nodes", "servers", "machines") and tk.lo(e + 1) in ("of", "with", "each"):
        t = e + 2 if tk.lo(e + 1) != "each" else e + 3
        a2 = read_amount(tk, t)
        if a2 is None or a2.suffix is not None:
            return None
        if a2.value > _PER_NODE_MAX and tk.lo(e + 1) != "each" and tk.lo(a2.last + 2) != "each":
            return None  # "256 nodes with 2,048 GPUs": the GPUs are the total, not per node
        factor, t = a2.value, a2.last + 1
    else:
        return None
    gpu = gpu_phrase(tk, t)
    if (gpu is None or gpu.kind != "gpu_count") and suffix == "x" and tk.kind(e) != "num":
        return _multiple(i, e, amt)  # "47x cheaper", "a 20x cost gap"
    if gpu is None or gpu.kind != "gpu_count":
        return Hit(i, max(t - 1, amt.last))
    return Hit(
        i, gpu.last, "gpu_count", amt.value * factor, "GPU", Decimal(1), hardware=gpu.hardware
    )
