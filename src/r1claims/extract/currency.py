"""Money words after a number: the currency ("yuan", "US dollars", "142,62 $") and the rate it
is per ("per GPU hour", "/GPU-hour", "per million tokens")."""

from __future__ import annotations

from r1claims.extract.lexicon import DOLLAR_NATION, HOUR_WORDS, SYM_CURRENCY, WORD_CURRENCY
from r1claims.extract.tokens import Tokens
from r1claims.extract.units import hardware

__all__ = ["currency_after", "per_rate"]


#: Currency words written after a hyphen ("a 600-billion-dollar loss").
_HYPHENED = frozenset({"dollar", "dollars", "euro", "yuan"})


def currency_after(tk: Tokens, e: int) -> tuple[str, int] | None:
    """A currency word or code at token ``e``: "yuan", "US dollars", "U.S. dollars", "Euro"."""
    k = e
    nation = None
    if tk.rw(k) == "-" and tk.glued(k) and tk.glued(k + 1) and tk.lo(k + 1) in _HYPHENED:
        k += 1  # "a 6-million-dollar model"
    if tk.lo(k) == "u" and tk.rw(k + 1) == "." and tk.lo(k + 2) == "s" and tk.rw(k + 3) == ".":
        nation, k = "USD", k + 4
    elif tk.lo(k) == "hong" and tk.lo(k + 1) == "kong":
        nation, k = "HKD", k + 2
    elif tk.lo(k) in DOLLAR_NATION and tk.lo(k + 1) in ("dollars", "dollar"):
        nation, k = DOLLAR_NATION[tk.lo(k)], k + 1
    elif tk.lo(k) == "us" and tk.rw(k + 1) == "-" and tk.lo(k + 2) in ("dollar", "dollars"):
        nation, k = "USD", k + 2  # German "US-Dollar"
    elif tk.lo(k) == "đô" and tk.lo(k + 1) == "la":  # Vietnamese "đô la (Mỹ)"
        return "USD", k + 2 if tk.lo(k + 2) == "mỹ" else k + 1
    elif tk.lo(k) in ("de", "di", "of") and tk.lo(k + 1) in WORD_CURRENCY:
        k += 1  # "6 millions de dollars", "6 milioni di dollari", "millions of dollars"
    w = tk.lo(k)
    if nation is not None:
        return (nation, k) if w in ("dollars", "dollar") else None
    if tk.kind(k) == "word" and w in WORD_CURRENCY:
        return WORD_CURRENCY[w], k
    if (
        k == e
        and tk.rw(k) in SYM_CURRENCY
        and tk.starts[k] - tk.ends[k - 1] <= 1
        and not (tk.kind(k + 1) == "num" and tk.glued(k + 1))
    ):  # a symbol after the amount, as French and German write it: "142,62 $", "5,6 M€"
        if tk.lo(k + 1) == "us" and tk.glued(k + 1):
            return "USD", k + 1  # "118,58 $US"
        return SYM_CURRENCY[tk.rw(k)], k
    return None


#: Words of "per" before a rate's unit, in the languages coverage is written in ("$2 por GPU
#: por hora", "2 $ par heure GPU").
_PER_WORDS = frozenset({"per", "a", "an", "por", "pour", "par", "pro", "每"})
#: After "a week", "a day": words that make it a time, not a rate.
_LATER = frozenset({"later", "earlier", "after", "before", "ago"})


def per_rate(tk: Tokens, e: int, currency: str) -> tuple[str, int] | None:
    """A rate after money: "per GPU hour", "/GPU-hour", "per share", "per million tokens"."""
    w = tk.lo(e)
    # a slash right after the amount or its currency word, CJK ones too ("2美元/GPU小时")
    slash = tk.rw(e) == "/" and 0 < e < tk.n and tk.starts[e] == tk.ends[e - 1]
    if w == "for" and tk.lo(e + 1) in ("every", "each"):  # "$2 for every GPU hour"
        e, w = e + 1, "per"
    if not (w in _PER_WORDS or slash):
        return None
    k = e + 1
    gpu = False
    if tk.kind(k) == "code" and hardware(tk.low[k]):
        gpu, k = True, k + 1
    if tk.lo(k) == "gpu":
        gpu, k = True, k + 1
    if gpu and tk.rw(k) == "-" and tk.glued(k):
        k += 1
    nxt = tk.lo(k)
    if nxt in ("hour", "hr", "h") or nxt in HOUR_WORDS:
        return (f"{currency}/GPU-hour" if gpu else f"{currency}/hour"), k
    if gpu:  # "per GPU per hour", "per GPU, an hour": a GPU-hour's price
        j = k + 1 if tk.rw(k) == "," else k
        if tk.lo(j) in _PER_WORDS and (
            tk.lo(j + 1) in ("hour", "hr") or tk.lo(j + 1) in HOUR_WORDS
        ):
            return f"{currency}/GPU-hour", j + 1
        return f"{currency}/GPU", k - 1
    if nxt in ("share", "month", "year", "day", "week", "token") and tk.lo(k + 1) not in _LATER:
        return f"{currency}/{nxt}", k  # not "$200 billion a week later"
    if w in ("a", "an"):
        return None
    if nxt == "one" or tk.rw(k) == "1":
        k += 1
    if tk.lo(k) in ("million", "m") or tk.rw(k) == "M":
        k += 1
        if tk.lo(k) in ("input", "output"):
            k += 1
        if tk.lo(k) in ("tokens", "token"):
            return f"{currency}/million tokens", k
    return None
