"""The amount of one number token: its value, magnitude (in any language), and how it was
written, before any currency, unit or context is read around it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from r1claims.extract.foreign_words import read_foreign_count, read_foreign_words
from r1claims.extract.lexicon import (
    CJK_MAG,
    CODE_CURRENCY,
    COUNT_MAG,
    ENGLISH_MAG,
    GLUED_MAG,
    HOUR_WORDS,
    MAG_ABBREV,
    SCALE_WORDS,
    SPACED_MAG,
    SYM_CURRENCY,
    UNIT_NOUNS,
    WORD_CURRENCY,
)
from r1claims.extract.lexicon_indic import INDIC_LETTERS
from r1claims.extract.lexicon_world import BILLION, MILLION, WORLD_CJK_MAG
from r1claims.extract.tokens import Tokens, parse_literal, parse_number_words

__all__ = ["Amount", "read_amount"]

#: "5,576": one comma and three digits, thousands in English, a decimal comma elsewhere.
_ONE_GROUP = re.compile(r"[0-9]{1,3},[0-9]{3}")
_DOT_GROUP = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
#: Magnitude letters glued to a currency symbol after the amount, as French writes them:
#: "589 G$" and "589 Md$" are 589 billion dollars, "5,6 M€" 5.6 million euros.
_SYMBOL_MAG = {
    "k": Decimal(1000),
    "K": Decimal(1000),
    "M": Decimal(10) ** 6,
    "G": BILLION,
    "Md": BILLION,
    "Mds": BILLION,
    "Mrd": BILLION,
}
#: Magnitude words of languages whose writers group thousands with a dot.
_DOT_GROUPING_MAG = frozenset(
    {"millones", "milioni", "milhões", "miliardi", "milliardi", "miliarde", "milioane"}
)
#: A number with a decimal point and one or two decimals ("5.6"), not a grouping of thousands.
_DOT_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")
#: Romanian magnitudes, which take "de" after a number of twenty or more ("590 de miliarde").
_ROMANIAN_MAG = frozenset({"miliarde", "milioane", "mii"})


#: Currency words of languages where "mil" is a thousand ("294 mil dólares" is $294,000,
#: where English slang's "$6 mil" is six million).
_IBERIAN_MONEY = frozenset({"dólares", "dólar", "reais", "euros", "pesos"})
#: Words after "mil" that make it a thousand millions ("671 mil millones").
_MIL_MILLION = frozenset({"millones", "milhões", "millón", "milhão"})
#: Words after an English-looking magnitude that show the text is not English, so that its
#: comma is decimal: "5,576 millions de dollars", "5,576 mln dolarów".
_FOREIGN_AFTER = frozenset(
    {"de", "di", "dolarów", "dol", "dólares", "dollari", "euros"}
    # and "hours" in other languages ("2,788 mln godzin")
    | (HOUR_WORDS - {"hours", "hour", "hrs", "hr", "h"})
)


#: Words after a number and a spaced magnitude letter, or before them at the end of a line,
#: that show the letter is one ("671 B parameters", "Total parameters 671 B"), not a label
#: ("Plan B", "grade 3 B").
_AFTER_SPACED_LETTER = frozenset(
    {"parameters", "parameter", "params", "model", "models", "active", "activated", "total"}
    | {"tokens", "token", "gpu", "gpus", "h800", "h100", "h800s", "h100s", "dollars", "usd"}
)


@dataclass(slots=True)
class Amount:
    """A number with its magnitude: "5.5 million", "671B", "two thousand", "1,5 Mrd."."""

    last: int
    value: Decimal
    precision: Decimal
    mag: Decimal | None = None
    b_suffix: bool = False
    words: bool = False
    yearlike: bool = False
    suffix: str | None = None
    plus: bool = False


def _cjk_remainder(tk: Tokens, amt: Amount) -> None:
    """The lower places written after a CJK magnitude: "29万4000ドル", "29万4千ドル"."""
    k = amt.last + 1
    if tk.kind(k) != "num" or tk.starts[k] - tk.ends[k - 1] > 1 or amt.mag is None:
        return  # glued, or after one space as Korean writes it ("557만 6000달러")
    lit = parse_literal(tk.raw[k])
    if lit is None or not lit.integer:
        return
    if tk.starts[k] > tk.ends[k - 1] and tk.lo(k + 1)[:1] in ("年", "년"):
        return  # "100万 2025年": a year after the amount
    extra, last = lit.value, k
    if tk.kind(k + 1) == "cjkmag" and tk.starts[k + 1] == tk.ends[k]:
        extra, last = extra * CJK_MAG[tk.raw[k + 1]], k + 1  # "4千"
    if extra < amt.mag:
        amt.value, amt.precision = amt.value + extra / amt.mag, Decimal(1) / amt.mag
        amt.last = last


def _cjk_magnitude(tk: Tokens, amt: Amount) -> bool:
    """Read the CJK magnitude after the number at ``amt.last`` ("14.8万亿" is 14.8 x 10^12, and
    "500多萬" five million and more), with the lower places after it; False when none."""
    j = amt.last + 1
    odd = tk.raw[j : j + 1] == ["多"] and tk.kind(j + 1) == "cjkmag"
    if odd:
        j += 1
    if tk.kind(j) != "cjkmag" or tk.starts[j] - tk.ends[j - 1] > 1:
        return False
    cjk = Decimal(1)
    while tk.kind(j) == "cjkmag":
        cjk *= CJK_MAG[tk.raw[j]]
        j += 1
    amt.mag, amt.last, amt.plus = cjk, j - 1, odd
    _cjk_remainder(tk, amt)
    return True


def _spaced_letter(tk: Tokens, i: int, j: int) -> bool:
    """Is token ``j``, one space after the number ``i``, a magnitude letter? "US$6 M", "671 B
    model", "2.788 M H800 GPU hours", a table cell "37 B": a capital after money, before what
    is counted, or ending the line after its label."""
    if tk.rw(j) not in ("M", "B", "T") or tk.starts[j] - tk.ends[i] != 1:
        return False
    if tk.rw(i - 1) in SYM_CURRENCY and not tk.rw(j + 1)[:1].isupper():
        return True
    if tk.lo(j + 1) in _AFTER_SPACED_LETTER:
        return True
    if tk.rw(j + 1) == "-" and tk.glued(j + 1) and tk.lo(j + 2) in _AFTER_SPACED_LETTER:
        return True  # "671 B-parameter"
    if (
        tk.lo(j + 1) in ("are", "is", "were", "get", "stay")
        and tk.lo(j + 2) in _AFTER_SPACED_LETTER
    ):
        return True  # "only ~37 B are activated for each token"
    line_end = j + 1 >= tk.n or tk.line_start(j + 1)
    return line_end and (tk.lo(i - 1) in _AFTER_SPACED_LETTER or tk.rw(i - 1) == ":")


#: Indian magnitude words that stack ("लाख करोड़", a lakh of crores; "হাজার কোটি").
_STACKING = frozenset(
    {"लाख", "करोड़", "करोड", "हज़ार", "हजार", "লাখ", "কোটি", "হাজার", "mila", "milioni", "miliardi"}
)


def _money_at(tk: Tokens, k: int) -> bool:
    """Is token ``k`` a currency: a code, a word or a symbol ("USD", "dolarů", "$", "Kč")?"""
    return tk.lo(k) in CODE_CURRENCY or tk.lo(k) in WORD_CURRENCY or tk.rw(k) in SYM_CURRENCY


def _czech_million(tk: Tokens, i: int, j: int) -> bool:
    """Is "mil." at token ``j`` the Czech and Slovak million, a currency right after it ("5,6
    mil. USD")? Not the Spanish and Portuguese thousand ending a sentence, which a currency
    stands before ("US$ 294 mil."), or the next sentence's figure follows ("294 mil. USD 5,6
    millones")."""
    return (
        tk.rw(j + 1) == "."
        and tk.glued(j + 1)
        and _money_at(tk, j + 2)
        and tk.kind(j + 3) != "num"
        and not _money_at(tk, i - 1)
    )


def _spaced_word(tk: Tokens, i: int, j: int, amt: Amount) -> None:
    """A magnitude word after a space ("5.5 million", "5,576 Millionen", "279.000 millones",
    "600 Mrd. $"): its magnitude, and how the language writes the number before it."""
    amt.mag, amt.last = SPACED_MAG[tk.low[j]], j
    if tk.low[j] in _STACKING and tk.lo(j + 1) in _STACKING and tk.lo(j + 1) in SPACED_MAG:
        # "2.90 लाख करोड़ डॉलर": a lakh of crores, 10^12
        amt.mag, amt.last = amt.mag * SPACED_MAG[tk.low[j + 1]], j + 1
    foreign = tk.low[j] not in ENGLISH_MAG or tk.lo(j + 1) in _FOREIGN_AFTER
    if (foreign or tk.lo(j + 1)[:2] in ("d'", "d’")) and _ONE_GROUP.fullmatch(tk.raw[i]):
        # "5,576 Millionen": a language that says "Millionen" writes a decimal comma
        amt.value = Decimal(tk.raw[i].replace(",", "."))
        amt.precision = Decimal("0.001")
    elif (
        foreign
        and _DOT_GROUP.fullmatch(tk.raw[i])
        and (tk.raw[i].endswith("000") or tk.low[j] in _DOT_GROUPING_MAG)
    ):
        # "279.000 millones", "1.600 milioni": and a dot that groups thousands (a German
        # "5.576 Millionen" is as often an English decimal point kept in translation)
        grouped = parse_literal(tk.raw[i].replace(".", ""))
        if grouped is not None:
            amt.value, amt.precision = grouped.value, grouped.precision
    if (
        tk.low[j] in MAG_ABBREV
        and tk.rw(j + 1) == "."
        and tk.glued(j + 1)
        and (
            tk.lo(j + 2) in WORD_CURRENCY
            or tk.rw(j + 2) in SYM_CURRENCY
            or tk.lo(j + 2) in UNIT_NOUNS
        )
    ):
        amt.last = j + 1  # "600 Mrd. Dollar", "600 Mrd. $", "70 Mrd. Parameter"


def _ends_a_name(tk: Tokens, i: int) -> bool:
    """Is the number word at ``i`` the capitalised end of a name glued to a code by a hyphen
    ("R1-Zero", "R1-zero", "V3-One")? Not a number after a hyphen that copy uses as a dash, which
    is lowercase or goes on with a magnitude ("H800s-two thousand chips", "V3-Six Million")."""
    return (
        tk.rw(i - 1) == "-"
        and tk.glued(i - 1)
        and tk.glued(i)
        and tk.kind(i - 2) == "code"
        and (tk.raw[i][:1].isupper() or tk.low[i] == "zero")  # "R1-zero", as often written
        and tk.lo(i + 1) not in SCALE_WORDS
        and tk.lo(i + 1) != "point"
    )


def _word_amount(tk: Tokens, i: int) -> Amount | None:
    """An amount written in words: "six hundred billion" (as precise as its last word group,
    the hundred billion), "sechs Millionen", "seicento miliardi" (as precise as the magnitude
    word, the billion: a table word is not split in groups)."""
    if _ends_a_name(tk, i):
        return None
    parsed = parse_number_words(tk, i)
    if parsed is not None:
        amt = Amount(parsed[2] - 1, parsed[0], parsed[1], words=True)
        if tk.lo(amt.last) in SCALE_WORDS:
            amt.mag = SCALE_WORDS[tk.low[amt.last]]
        return amt
    foreign = read_foreign_words(tk.low, i)
    if foreign is None:
        count = read_foreign_count(tk.low, i)  # "sechs destillierte Varianten"
        return None if count is None else Amount(i, Decimal(count), Decimal(1), words=True)
    amt = Amount(foreign[2], foreign[0], foreign[1], words=True)
    amt.mag = SPACED_MAG[tk.low[foreign[2]]]
    return amt


def _compound_mag(word: str) -> Decimal | None:
    """A magnitude word that a hyphen joins to the number in a compound (not "k", "mn")."""
    return SCALE_WORDS.get(word) or (SPACED_MAG.get(word) if len(word) >= 6 else None)


def _glued_magnitude(tk: Tokens, i: int, j: int, amt: Amount) -> bool:
    """Reads the magnitude glued to the number at ``i`` ("2.788M", "$6million", "US$6mil",
    the Italian "50mila") into ``amt``; False when the word at ``j`` is none (a suffix)."""
    mag = GLUED_MAG.get(tk.raw[j]) if tk.kinds[j] == "word" else None
    if mag is None and tk.kinds[j] == "word":
        mag = SCALE_WORDS.get(tk.low[j])  # "$6million", written without the space
    if mag is None and tk.rw(i - 1) == "$" and tk.glued(i) and _us_dollar(tk, i - 1):
        mag = _GLUED_MONEY_MAG.get(tk.raw[j])  # "US$6mil", "US$592.7bil"
    if mag is None and tk.low[j] == "mila":
        _spaced_word(tk, i, j, amt)  # "50mila", "3mila miliardi"
        return True
    if mag is None:
        return False
    amt.mag, amt.last, amt.b_suffix = mag, j, mag == BILLION and tk.raw[j] == "B"
    return True


def read_amount(tk: Tokens, i: int) -> Amount | None:
    if tk.kind(i) != "num":
        words = _word_amount(tk, i)
        if words is None:
            return None
        amt = words
    else:
        lit = parse_literal(tk.raw[i])
        if lit is None:
            return None
        amt = Amount(i, lit.value, lit.precision)
        j = i + 1
        if _cjk_magnitude(tk, amt):
            pass  # "14.8万亿", "500多萬": read there
        elif tk.raw[j : j + 1] and tk.raw[j] in WORLD_CJK_MAG and tk.starts[j] - tk.ends[i] <= 1:
            amt.mag, amt.last = WORLD_CJK_MAG[tk.raw[j]], j  # "5.6백만 달러"
        elif tk.glued(j) and tk.kind(j) in ("word", "code") and not _INDIC_WORD.match(tk.raw[j]):
            # (a word of a script of South Asia glued to the number is its unit or case ending,
            # "3శాతం", "26ന്", read as if spaced)
            if not _glued_magnitude(tk, i, j, amt):
                amt.suffix = tk.low[j]
                return amt
        elif (
            tk.rw(j) == "-"
            and tk.glued(j)
            and tk.glued(j + 1)
            and (m := _compound_mag(tk.lo(j + 1)))
        ):  # "70-billion-parameter", "671-Milliarden-Parameter-Modell"
            amt.mag, amt.last = m, j + 1
        elif tk.kind(j) == "word" and tk.low[j] == "mil" and tk.lo(j + 1) in _MIL_MILLION:
            amt.mag, amt.last = BILLION, j + 1  # "671 mil millones": a thousand million
        elif _english_mil(tk, i, j):
            amt.mag, amt.last = MILLION, j  # "US$5.6 mil"
        elif tk.lo(j) == "mil" and _czech_million(tk, i, j):
            amt.mag, amt.last = MILLION, j + 1  # Czech and Slovak "5,6 mil. USD", "mil. Kč"
        elif (
            tk.kind(j) == "word"
            and tk.low[j] in COUNT_MAG
            and (tk.lo(j + 1) not in WORD_CURRENCY or tk.lo(j + 1) in _IBERIAN_MONEY)
            # "US$ 294 mil": a currency symbol a space before the number is Portuguese or
            # Spanish, where "mil" is a thousand, not English slang for a million
            and (tk.rw(i - 1) not in SYM_CURRENCY or not tk.glued(i))
            and (tk.kind(j + 1) in ("word", "code") or tk.rw(i - 1) in SYM_CURRENCY)
        ):
            amt.mag, amt.last = COUNT_MAG[tk.low[j]], j  # "50 mil GPUs", "10 mil unidades"
        elif _spaced_letter(tk, i, j):
            amt.mag, amt.last = GLUED_MAG[tk.raw[j]], j
            amt.b_suffix = tk.raw[j] == "B" and tk.rw(i - 1) not in SYM_CURRENCY
        elif tk.rw(j) in _SYMBOL_MAG and tk.rw(j + 1) in SYM_CURRENCY and tk.glued(j + 1):
            amt.mag, amt.last = _SYMBOL_MAG[tk.rw(j)], j  # "589 G$", "5,6 M€", "589 Md$"
        elif tk.lo(j) == "de" and tk.lo(j + 1) in _ROMANIAN_MAG:
            _spaced_word(tk, i, j + 1, amt)  # "590 de miliarde de dolari"
        elif (
            tk.kind(j) == "word"
            and not tk.glued(j)
            and tk.low[j] in SPACED_MAG
            # the Danish and Norwegian "mia." only with its dot ("600 mia. dollar"; the Italian
            # "mia" is "my")
            and not (tk.low[j] == "mia" and not (tk.rw(j + 1) == "." and tk.glued(j + 1)))
        ):
            _spaced_word(tk, i, j, amt)
        if amt.mag is not None:
            amt.value *= amt.mag
            amt.precision *= amt.mag
        r = tk.raw[i]
        amt.yearlike = amt.mag is None and len(r) == 4 and r.isdigit() and 1900 <= int(r) <= 2100
    if (
        tk.rw(amt.last + 1) == "+"
        and tk.glued(amt.last + 1)
        and not (tk.kind(amt.last + 2) == "num" and tk.glued(amt.last + 2))  # "198+80": a sum
    ):
        amt.plus = True
        amt.last += 1
    return amt


#: A word of a script of South Asia (glued to a number, it is the number's unit or ending).
_INDIC_WORD = re.compile(f"[{INDIC_LETTERS}]")
#: Magnitudes glued to an amount right after its currency symbol, as Malaysian and Singaporean
#: English writes them ("US$6mil", "US$592.7bil"); a spaced "mil" is a Portuguese thousand.
_GLUED_MONEY_MAG = {"mil": MILLION, "bil": BILLION}


def _english_mil(tk: Tokens, i: int, j: int) -> bool:
    """Is the "mil" at ``j`` the English (Malaysian) million after a US dollar sum written with a
    decimal point ("US$5.6 mil")? A whole number before "mil" may be Portuguese or Spanish
    thousands ("US$294 mil")."""
    return (
        tk.lo(j) == "mil"
        and tk.rw(i - 1) == "$"
        and tk.glued(i)
        and _us_dollar(tk, i - 1)
        and _DOT_DECIMAL.fullmatch(tk.raw[i]) is not None
    )


def _us_dollar(tk: Tokens, k: int) -> bool:
    """Is the "$" at token ``k`` a US dollar: bare or "US$", not "R$" (a real, in Brazil, whose
    "6mil" is six thousand)?"""
    return not tk.glued(k) or tk.raw[k - 1] in ("US", "USD")
