"""What stands right before a number and makes it a rank or a rating: "No. 1", "#1", "number
one", "Platz 1", "numéro 1"; "Elo 2,029", "rated 2029"."""

from __future__ import annotations

from r1claims.extract.lexicon import RANK_WORDS
from r1claims.extract.tokens import Tokens

__all__ = ["rank_prefix"]

#: Nouns after "number 1" that make it a rank ("the number 1 spot").
_RANK_NOUNS = frozenset({"spot", "place", "position", "slot", "rank", "ranking", "app"})
#: "Number" and "place" before a rank in the other languages coverage is written in.
_RANK_PREFIXES = frozenset(
    {
        "platz",
        "rang",
        "numéro",
        "número",
        "numero",
        "puesto",
        "nummer",
        "numer",
        "miejsce",
        "номер",
        "место",
    }
)


def rank_prefix(tk: Tokens, i: int, floor: int) -> tuple[int, str | None]:
    """Rank prefixes ("No. 1", "#1", "number one") and plain/rating context before ``i``."""
    p = i - 1
    if p < floor:
        return i, None
    r = tk.raw[p]
    if r == "#" and tk.glued(i):
        return p, "rank"
    if r == "." and tk.rw(p - 1) in ("No", "no", "Nr", "NO") and p - 1 >= floor:
        return p - 1, "rank"
    if r in ("No", "Nr") or (
        tk.low[p] == "number" and (tk.kinds[i] == "word" or tk.lo(i + 1) in _RANK_NOUNS)
    ):
        return p, "rank"  # "No. 1", "number one", "the number 1 spot"
    if (r == "№" or tk.low[p] in _RANK_PREFIXES) and tk.kinds[i] == "num":
        return p, "rank"  # "Platz 1", "numéro 1", "número 1", "№ 1"
    if tk.low[p] in ("elo", "rated") or (tk.low[p] == "of" and tk.lo(p - 1) in ("elo", "rating")):
        return i, "rating"
    if any(tk.lo(k) in RANK_WORDS for k in range(max(floor, p - 2), p + 1)):
        return i, "rank_context"
    return i, None
