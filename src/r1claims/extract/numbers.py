"""Numeric figures: amount, magnitude, currency, qualifier, range and unit around one number."""

from __future__ import annotations

import re

from r1claims.extract.amounts import Amount, read_amount
from r1claims.extract.currency import currency_after, per_rate
from r1claims.extract.foreign_words import FOREIGN_NUMBER_WORDS
from r1claims.extract.fractions import digit_fraction
from r1claims.extract.labels import label_before
from r1claims.extract.lexicon import (
    ACTIVE_WORDS,
    CODE_CURRENCY,
    DOLLAR_PREFIX,
    GLUED_MAG,
    MEMORY,
    MODELISH,
    ORDINALS,
    SIZE_IN_GB,
    SYM_CURRENCY,
    TENS_WORDS,
    UNIT_WORDS,
)
from r1claims.extract.prefixed import PERCENT_BEFORE, magnitude_before
from r1claims.extract.products import multiple_after, times
from r1claims.extract.qualifiers import qualifier_before
from r1claims.extract.ranks import rank_prefix
from r1claims.extract.sizes import memory_size, models_sized, parameters_before, parameters_near
from r1claims.extract.tokens import Hit, Tokens
from r1claims.extract.units import (
    Unit,
    counted_after_of,
    elided_noun,
    label_unit,
    models_counted,
    rating_cell,
    unit_after,
)

__all__ = ["match_number"]

# Number-shaped non-figures at a number token: times, phones, arXiv ids, versions ("2.3.1").
_SPECIAL_RE = re.compile(
    r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s?[AaPp]\.?[Mm]\b\.?)?"
    r"|[0-9]{3}[-. ][0-9]{3}[-. ][0-9]{4}(?![0-9])"
    r"|[0-9]{1,3}[ .-][0-9]{3}[ .-][0-9]{3}[ .-][0-9]{4}(?![0-9])"
    r"|[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,2})?(?![0-9])"
    r"|(?P<ver>[0-9]{1,4}(?:\.[0-9]{1,4}){2,5})(?![0-9])"
)
_DOT_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_DASHES = frozenset({"-", "–", "—", "‒"})
_SIGNS = frozenset({"-", "−", "+"})
_BRACKETS = {"(": ")", "[": "]"}
#: French and Italian articles and prepositions elided before a number ("l'84,1%", "dell'86%").
_ELIDED = frozenset({"l", "d", "qu", "dell", "all", "dall", "nell", "sull", "un", "quell"})


def _token_through(tk: Tokens, i: int, end: int) -> int:
    return next((k for k in range(i, tk.n - 1) if tk.starts[k + 1] >= end), max(i, tk.n - 1))


def _special(tk: Tokens, i: int) -> Hit | None:
    m = _SPECIAL_RE.match(tk.text, tk.starts[i])
    if m is not None and not (m.group("ver") and _DOT_THOUSANDS.fullmatch(m.group("ver"))):
        return Hit(i, _token_through(tk, i, m.end()))
    j = i + 1
    if tk.glued(j) and tk.raw[j] in (":", "/", ",") and tk.glued(j + 1) and tk.kind(j + 1) == "num":
        return digit_fraction(tk, i) or Hit(i, j + 1)  # ratios, "24/7", lists "1,2,3"
    return None


def _currency_before(tk: Tokens, i: int, floor: int) -> tuple[str, int] | None:
    p = i - 1
    if p < floor:
        return None
    r = tk.raw[p]
    if r in SYM_CURRENCY and tk.starts[i] - tk.ends[p] <= 1:
        cur, start = SYM_CURRENCY[r], p
        if r == "$" and tk.glued(p) and p - 1 >= floor and tk.low[p - 1] in DOLLAR_PREFIX:
            cur, start = DOLLAR_PREFIX[tk.low[p - 1]], p - 1
        elif r == "¥" and tk.glued(p) and tk.lo(p - 1) in ("jp", "j"):
            cur, start = "JPY", p - 1
        return cur, start
    if tk.kinds[p] == "word" and tk.low[p] in CODE_CURRENCY and (r.isupper() or r in ("Rs", "Rp")):
        return CODE_CURRENCY[tk.low[p]], p
    if tk.rw(p - 1) == "$" and tk.glued(p) and tk.low[p] in DOLLAR_PREFIX and p - 1 >= floor:
        return DOLLAR_PREFIX[tk.low[p]], p - 1  # "$US589 billion", as Australian papers write
    if r == "." and tk.rw(p - 1) == "Rs" and p - 1 >= floor:
        return "INR", p - 1
    return None


def _range(tk: Tokens, amt: Amount, start: int, between: bool, cur: str | None) -> Amount | None:
    """A second amount after "-", "–", "to", "and" (after "between") that makes a range."""
    e = amt.last + 1
    pct = tk.rw(e) == "%" and tk.rw(e + 1) in _DASHES
    if pct:
        e += 1
    sep, w = tk.rw(e), tk.lo(e)
    if not (sep in _DASHES or w in ("to", "bis") or (between and w in ("and", "und"))):
        return None
    if amt.suffix is not None or amt.plus or tk.lo(start - 1) == "from":
        return None
    t = e + 1
    if cur is not None and (tk.rw(t) in SYM_CURRENCY or tk.lo(t) in CODE_CURRENCY):
        t += 1
    if tk.kind(t) != "num" and not amt.words:
        return None
    if tk.kind(t) == "num" and _special(tk, t) is not None:
        return None
    a2 = read_amount(tk, t)
    if a2 is None or a2.suffix not in (None, "x") or a2.words != amt.words:
        return None  # ("5-10x": a range of multiples)
    if pct and tk.rw(a2.last + 1) != "%":
        return None
    return a2


def _explicit_unit(tk: Tokens, amt: Amount, e: int) -> Unit | None:
    if amt.b_suffix and tk.lo(e) in MODELISH:
        return Unit("parameter_count", "parameter", e - 1)
    if amt.suffix == "x" or (amt.suffix is not None and amt.suffix[:1] in "x×"):
        return None
    unit = unit_after(tk, e)
    if unit is None and amt.words:
        unit = models_counted(tk, e)  # "six Llama and Qwen models"
    return models_sized(amt, unit, e)


def _context_skips(tk: Tokens, i: int, start: int, floor: int) -> bool:
    """True when the number at ``i`` is glued into a name, code or label ("GPT-4", "§2")."""
    if start != i or not tk.glued(i):
        return False
    p = i - 1
    pk, pr = tk.kinds[p], tk.raw[p]
    if pk in ("word", "code", "num"):
        return True
    if pr in ("'", "’") and tk.lo(p - 1) in _ELIDED:
        return False  # "l'84,1%", "dell'86,5%": an elided article or preposition
    if pr == "/" and _magnitude_at(tk, p - 1) and _magnitude_at(tk, i + 1):
        return False  # "671B/37B": a pair of amounts, total and active
    if pr == "." and tk.rw(p - 1) in ("No", "no", "Nr", "NO") and tk.raw[i].isdigit():
        return False  # "the No.1 spot": a rank, written without a space
    return pr in ("§", "@", "¶") or (
        pr in ("-", ".", "/", ":", "_", ",", "\\", "|", "&", "'")
        and tk.glued(p)
        and tk.kind(p - 1) in ("word", "code", "num")
    )


def _magnitude_at(tk: Tokens, j: int) -> bool:
    """True when token ``j`` is a magnitude suffix glued to a number ("B" of "671B")."""
    return (
        tk.kind(j) == "word" and tk.raw[j] in GLUED_MAG and tk.glued(j) and tk.kind(j - 1) == "num"
    )


def _as_range(hit: Hit, amt: Amount, a2: Amount) -> None:
    """Make ``hit`` the range from ``amt`` to ``a2`` ("$5-6 million": both in millions)."""
    low = amt.value if amt.mag is not None or a2.mag is None else amt.value * a2.mag
    lowp = amt.precision if amt.mag is not None or a2.mag is None else amt.precision * a2.mag
    if low < a2.value:
        hit.lower, hit.upper, hit.last = low, a2.value, a2.last
        hit.value = (low + a2.value) / 2
        hit.precision = min(lowp, a2.precision)
        hit.qualifier = "more_than" if a2.plus else "range"
        amt.yearlike = amt.yearlike or a2.yearlike
        amt.b_suffix = a2.b_suffix


def match_number(tk: Tokens, i: int, floor: int) -> Hit | None:
    """The figure around the number at token ``i`` (a digit token or a number word).

    ``floor`` is the first token not yet consumed: context is never read before it, which keeps
    figures non-overlapping. A Hit with ``kind=None`` consumes tokens without reporting them.
    """
    if tk.kinds[i] == "num":
        special = _special(tk, i)
        if special is not None:
            return special
    elif (
        tk.low[i] not in UNIT_WORDS
        and tk.low[i] not in TENS_WORDS
        and tk.low[i] not in ("a", "half", "quarter")
        and tk.low[i] not in FOREIGN_NUMBER_WORDS
    ):
        return None
    amt = read_amount(tk, i)
    if amt is None:
        return None
    start, cur = i, None
    found = _currency_before(tk, i, floor) or magnitude_before(tk, i, floor, amt)
    if found is not None and not amt.words:
        cur, start = found
    if (
        start - 1 >= floor
        and tk.raw[start - 1] in _SIGNS
        and tk.glued(start)
        and (not tk.glued(start - 1) or tk.rw(start - 2) in _BRACKETS)
    ):
        start -= 1
    if cur is None and not amt.words and _context_skips(tk, i, start, floor):
        return Hit(i, amt.last)
    multiple = amt.suffix is not None and amt.suffix[:1] in "x×"
    if multiple or tk.rw(amt.last + 1) == "×":
        return times(tk, i, amt)
    if tk.rw(amt.last + 1) == "*" and (product := times(tk, i, amt)) is not None:
        return product  # "64*8 H800 GPUs"; "**$590 billion**" is bold, read on
    if cur is None and amt.suffix is None:
        product = times(tk, i, amt)
        if product is not None and product.kind is not None:
            return product
    pstart, context = rank_prefix(tk, start, floor)
    between = tk.lo(pstart - 1) == "between" and pstart - 1 >= floor
    first = pstart - 1 if between else pstart
    hit = Hit(first, amt.last, value=amt.value, precision=amt.precision, magnitude=amt.mag)
    hit.qualifier = qualifier_before(tk, first, floor)
    if amt.plus:
        hit.qualifier = "more_than"
    a2 = _range(tk, amt, start, between, cur)
    if a2 is not None:
        _as_range(hit, amt, a2)
        if hit.upper is not None and (multiple_after(tk, a2) or tk.lo(a2.last + 1) == "times"):
            hit.kind, hit.unit, hit.last = "number", "times", a2.last + 1  # "5-10x", "10–40×"
            return hit
    elif between:
        hit.first = pstart
    e = hit.last + 1
    if cur is None and amt.suffix is None:
        after = currency_after(tk, e) or _won(tk, e, amt)
        if after is not None:
            cur, hit.last = after
            e = hit.last + 1
    if cur is not None:
        hit.kind, hit.unit = "money", cur
        rate = per_rate(tk, e, cur)
        if rate is not None:
            hit.unit, hit.last = rate
        else:
            _hourly(tk, hit, cur, floor)
        return hit
    return _classify(tk, i, amt, hit, context=context)


def _won(tk: Tokens, e: int, amt: Amount) -> tuple[str, int] | None:
    """The Korean won after a sum ("8 billion won", "7,000 won"), not the verb ("R1 won")."""
    if tk.lo(e) == "won" and not amt.yearlike and (amt.mag is not None or amt.value >= 1000):
        return "KRW", e
    return None


_PER_HOUR_BEFORE = frozenset({"시간당", "每小时", "每小時"})  # "per hour" before a sum
_HOURS = frozenset({"時間", "小时", "小時"})


def _hourly(tk: Tokens, hit: Hit, cur: str, floor: int) -> None:
    """Make the sum an hourly price when "per hour" is written before it."""
    if tk.lo(hit.first - 1) in _PER_HOUR_BEFORE and hit.first - 1 >= floor:
        hit.unit, hit.first = f"{cur}/hour", hit.first - 1  # "시간당 2달러", "每小时2美元"
    elif tk.lo(hit.first - 1) == "당" and tk.lo(hit.first - 2) == "시간":
        hit.unit = f"{cur}/hour"  # "GPU 시간당 2달러": "시간" split off after "GPU"
    elif _hour_before(tk, hit.first):
        hit.unit = f"{cur}/hour"  # "1時間あたり2ドル", "每 H800 小时 $2"


def _hour_before(tk: Tokens, first: int) -> bool:
    """Is "per hour" written before the sum at ``first``, in Japanese ("1時間あたり2ドル",
    "1時間2ドル") or Chinese ("每 H800 小时 $ 2 美元")?"""
    k = first - 1
    if tk.lo(k) == "あたり":
        return tk.lo(k - 1) in _HOURS
    if tk.lo(k) in _HOURS:
        return tk.lo(k - 1) == "1" or "每" in tk.lo(k - 1) or "每" in tk.lo(k - 2)
    return False


def _classify(tk: Tokens, i: int, amt: Amount, hit: Hit, *, context: str | None) -> Hit | None:
    e = hit.last + 1
    if amt.suffix is not None:
        if amt.suffix in SIZE_IN_GB and context is None:  # "404GB": a size in GB
            hit.last = e
            return memory_size(hit, amt.suffix)
        if amt.suffix in ("pc", "pct") and context is None:  # "17pc", as British papers write
            hit.last, hit.kind, hit.unit = e, "percentage", "percent"
            return hit
        if amt.suffix in ("h", "hrs") and context is None and amt.mag is None:  # "198h"
            hit.last, hit.kind, hit.unit = e, "duration", "hour"
            return hit
        if amt.suffix in MEMORY or amt.suffix not in ORDINALS:
            return Hit(i, amt.last + 1)  # "5G", "1990s", "3pm", "3GHz": consumed, not reported
        hit.last = e
        if (end := _percentile_at(tk, e + 1)) is not None:  # "96.3rd percentile", "96.3th %ile"
            hit.kind, hit.unit, hit.last = "percentage", "percentile", end
        elif context in ("rank", "rank_context") or tk.lo(e + 1) in ("place", "spot", "position"):
            hit.kind, hit.unit = "rank", "rank"
        else:
            return Hit(i, e)
        return hit
    if amt.words and tk.rw(e) == "-" and tk.glued(e):
        return Hit(i, amt.last)  # "a one-day loss", "a two-week sprint": adjectives
    if not amt.words and (end := _percentile_at(tk, e)) is not None:  # "96.3 %ile"
        hit.kind, hit.unit, hit.last = "percentage", "percentile", end
        return hit
    if tk.lo(e) in SIZE_IN_GB and not amt.words and tk.kind(e) == "word":
        hit.last = e  # "325 GB", "446.3 GiB"
        return memory_size(hit, tk.low[e])
    unit = _explicit_unit(tk, amt, e)
    if (
        unit is None
        and tk.rw(hit.first - 1) == "%"
        and tk.glued(hit.first)
        and not (tk.glued(hit.first - 1) and tk.kind(hit.first - 2) == "num")  # "50%17"
    ):
        hit.first -= 1  # "%17": Turkish writes the sign first
        unit = Unit("percentage", "percent", hit.last)
    elif unit is None and tk.lo(hit.first - 1) in PERCENT_BEFORE and not amt.words:
        hit.first -= 1  # "yüzde 15", "asilimia 17": and the word for it
        unit = Unit("percentage", "percent", hit.last)
    if (unit is None or unit.last < e) and not amt.b_suffix:
        # a spec card's label ("Number of Layers: 61", "Experts: 256 total · 8 active")
        label = label_unit(tk, hit.first)
        if label is not None:
            unit = Unit(label.kind, label.unit, hit.last, noun=label.noun)
    if unit is None and amt.mag is None and hit.value != 1 and (noun := counted_after_of(tk, e)):
        unit = Unit("count", "count", hit.last, noun=noun)  # "8 of 256 experts"
    if (
        unit is not None
        and unit.kind == "parameter_count"
        and amt.mag is None
        and tk.lo(e) in ACTIVE_WORDS
        and not amt.b_suffix
    ):  # "8 active per token" with no magnitude counts what the figure before counted (a
        # noun of another language unnamed: "256 reti neurali, di cui otto attivate")
        unit = Unit("count", "count", unit.last, noun=elided_noun(tk, hit.first))
    if unit is not None and unit.kind == "rating" and amt.yearlike and not rating_cell(tk, i):
        return Hit(i, unit.last)  # "R1's Codeforces 2025 rating was 2,029": a season's year
    if unit is not None and not (context == "rank" and unit.kind == "count"):
        hit.kind, hit.unit, hit.last = unit.kind, unit.unit, unit.last
        hit.hardware, hit.noun = unit.hardware, unit.noun
    elif context == "rank":
        hit.kind, hit.unit = "rank", "rank"
        return hit
    elif context == "rating":
        hit.kind, hit.unit = "rating", "elo"
    elif amt.b_suffix or (
        amt.mag is not None and (parameters_near(tk, e) or parameters_before(tk, hit.first))
    ):
        hit.kind, hit.unit = "parameter_count", "parameter"
    elif amt.words and amt.mag is None:
        return None  # "six" alone counts nothing we can tell; "five million" is a number
    else:
        hit.kind, hit.unit = "number", "number"
    return _filter(tk, i, amt, hit, unit is not None)


def _filter(tk: Tokens, i: int, amt: Amount, hit: Hit, explicit: bool) -> Hit | None:
    """Drop bare numbers that are years, labels, versions, list items or citations."""
    kind = hit.kind
    if hit.first != i and tk.kinds[hit.first] != "word":
        return hit  # a sign or rank prefix was taken: "-17", "#1"
    label = label_before(tk, hit.first)
    if label == "chip":
        return Hit(i, hit.last)
    weak = kind in ("number", "count")
    # a model's name with its size in billions ("DeepSeek R1 671B", "Qwen 1.5B") states the
    # size; other numbers after a name ("Llama 3", "Qwen 2.5") are part of it
    sized = tk.rw(hit.last) in ("B", "b") and tk.glued(hit.last)
    if label == "model" and (weak or (kind == "parameter_count" and not explicit and not sized)):
        return Hit(i, hit.last)
    if not weak:
        return hit
    if (amt.yearlike and not rating_cell(tk, i)) or label == "label":
        return Hit(i, hit.last)
    if kind == "number":
        counted = tk.lo(i - 1) in ("which", "whom", "them") and tk.lo(i - 2) == "of"
        if hit.value < 10 and hit.lower is None and tk.raw[i].isdigit() and not counted:
            return Hit(i, hit.last)  # a bare digit is an index, but "of which 8 are active"
        nxt = tk.rw(hit.last + 1)
        if tk.line_start(hit.first) and nxt in (".", ")") and tk.glued(hit.last + 1):
            return Hit(i, hit.last + 1)
        opener = tk.rw(hit.first - 1)
        bracketed = (
            (opener in _BRACKETS and nxt == _BRACKETS[opener]) or opener == "[" or nxt == "]"
        )
        if bracketed and amt.mag is None:  # "(12)", "[3]"; not "(14.8T)"
            return Hit(i, hit.last)
    return hit


_PERCENTILE_WORDS = frozenset({"percentile", "percentiles", "centile", "perzentil", "pctile"})


def _percentile_at(tk: Tokens, k: int) -> int | None:
    """The last token of a percentile's word at ``k`` ("percentile", "%ile"), or None."""
    if tk.lo(k) in _PERCENTILE_WORDS:
        return k
    return k + 1 if tk.rw(k) == "%" and tk.lo(k + 1) == "ile" and tk.glued(k + 1) else None
