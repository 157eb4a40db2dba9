"""Date matching for figure extraction: month-name dates and unambiguous numeric dates."""

from __future__ import annotations

import datetime as dt
import re

from r1claims.extract.lexicon import (
    MONTH_ABBREV,
    MONTH_AMBIGUOUS,
    MONTH_PREPS,
    MONTHS,
    ORDINALS,
    WEEKDAYS,
)
from r1claims.extract.months import HUNGARIAN_MONTHS, YEAR_MONTHS
from r1claims.extract.tokens import Hit, Tokens

__all__ = [
    "date_hit",
    "match_cjk_date",
    "match_day_month",
    "match_hungarian_date",
    "match_month_date",
    "match_month_year",
    "match_numeric_date",
    "year_at",
]

# Numeric dates, tried at the start of a number token: ISO "2025-01-20", "2025/01/20", and
# day-month-year "27/01/2025" or "27.01.2025". Slash dates with both parts <= 12 are ambiguous
# (US month-first vs day-first) and are consumed without a figure; dotted dates are day-first.
_NUMDATE_RE = re.compile(
    r"(?P<iy>[0-9]{4})-(?P<im>[0-9]{1,2})-(?P<id>[0-9]{1,2})(?![0-9]|-[0-9])"
    r"|(?P<sy>[0-9]{4})/(?P<sm>[0-9]{1,2})/(?P<sd>[0-9]{1,2})(?![0-9/])"
    r"|(?P<a>[0-9]{1,2})(?P<sep>[./])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4})(?![0-9])"
)

# Chinese and Japanese "2025年1月27日", "1月10日", "2023年7月"; Korean "2025년 1월 27일".
_CJK_DATE_RE = re.compile(
    # Chinese and Japanese, also with the spaces some sites put around digits ("2025 年 1 月 20 日")
    r"(?:(?P<y>[0-9]{4}) ?年 ?)?(?P<m>[0-9]{1,2}) ?月(?: ?(?P<d>[0-9]{1,2}) ?日)?"
    r"|(?:(?P<ky>[0-9]{4})년 ?)?(?P<km>[0-9]{1,2})월(?: ?(?P<kd>[0-9]{1,2})일)?"
)


def _valid(year: int | None, month: int, day: int | None) -> bool:
    if day is None:
        return 1 <= month <= 12 and (year is None or 1900 <= year <= 2100)
    try:
        dt.date(year if year is not None else 2024, month, day)  # 2024 admits Feb 29
    except ValueError:
        return False
    return year is None or 1900 <= year <= 2100


def date_hit(first: int, last: int, year: int | None, month: int, day: int | None) -> Hit:
    return Hit(first, last, "date", unit="date", year=year, month=month, day=day)


def _last_token_before(tk: Tokens, i: int, end: int) -> int:
    """Index of the last token starting before char offset ``end``, or -1 if misaligned."""
    k = i
    while k + 1 < tk.n and tk.starts[k + 1] < end:
        k += 1
    return k if tk.ends[k] == end else -1


#: A day and month with no year ("27/1"), read only after a weekday or a word for a date or
#: a trading session of the languages that write them so, day first: Indonesian "Senin
#: (27/1)", "tanggal 27/1"; Vietnamese "phiên 27/1", "ngày 27/1", "thứ Hai (27/1)" (not
#: "minggu", also a week: "satu minggu (1/2 bulan)" is half a month; only a capitalised
#: "Minggu" before a bracket is Sunday); Portuguese "segunda-feira (27/1)", "domingo (26/1)".
_DAY_MONTH_RE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})(?![0-9/]|[.,][0-9])")
_DAY_MONTH_AFTER = frozenset(
    {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "tanggal", "ngày", "phiên"}
    # Portuguese and Spanish, as Brazilian news writes them: "no último domingo (26/1)", "dia
    # 27/1"; the working days are "segunda-feira" to "sexta-feira" (`_FEIRA`)
    | {"domingo", "sábado", "sabado", "lunes", "martes", "miércoles", "jueves", "viernes"}
)
_FEIRA = frozenset({"segunda", "terça", "terca", "quarta", "quinta", "sexta"})
#: "dia" is a date word only after an article or preposition ("no dia 27/1", "el día 27/1"),
#: not in "cada dia 2/3 dos usuários" (every day, two thirds of the users).
_DIA = frozenset({"dia", "día"})
_BEFORE_DIA = frozenset({"no", "do", "o", "el", "del", "al", "en"})
_VI_WEEKDAYS = frozenset({"hai", "ba", "tư", "năm", "sáu", "bảy"})


def _day_month(tk: Tokens, i: int) -> Hit | None:
    """ "Senin (27/1)", "phiên 27/1": a day-first day and month after a weekday or date word."""
    p = i - 1 if tk.rw(i - 1) == "(" else i
    word = tk.lo(p - 1)
    sunday = tk.rw(p - 1) == "Minggu" and p < i  # "Minggu (26/1)", not "satu minggu (1/2 ..."
    if (
        word not in _DAY_MONTH_AFTER
        and not sunday
        and not (word in _VI_WEEKDAYS and tk.lo(p - 2) == "thứ")
        and not (word == "feira" and tk.lo(p - 3 if tk.rw(p - 2) == "-" else p - 2) in _FEIRA)
        and not (word in _DIA and tk.lo(p - 2) in _BEFORE_DIA)
    ):
        return None
    m = _DAY_MONTH_RE.match(tk.text, tk.starts[i])
    last = _last_token_before(tk, i, m.end()) if m else -1
    if m is None or last < 0 or not _valid(None, int(m.group(2)), int(m.group(1))):
        return None
    return date_hit(i, last, None, int(m.group(2)), int(m.group(1)))


def _vietnamese(tk: Tokens, i: int) -> Hit | None:
    """Vietnamese "ngày 27.1" (the 27th of January) and "tháng 11/2024" (November 2024)."""
    word = tk.lo(i - 1)
    if word in ("ngày", "phiên") and (m := _VI_DAY.fullmatch(tk.raw[i])) is not None:
        day, month = int(m.group(1)), int(m.group(2))
        return date_hit(i, i, None, month, day) if _valid(None, month, day) else None
    if word == "tháng" and tk.rw(i + 1) == "/" and tk.glued(i + 1) and tk.glued(i + 2):
        y = year_at(tk, i + 2)
        if y is not None and tk.raw[i].isdigit() and _valid(y, int(tk.raw[i]), None):
            return date_hit(i, i + 2, y, int(tk.raw[i]), None)
    return None


_VI_DAY = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})")


def match_numeric_date(tk: Tokens, i: int) -> Hit | None:
    """ISO and day-first numeric dates starting at number token ``i``."""
    if (vi := _vietnamese(tk, i)) is not None:
        return vi
    m = _NUMDATE_RE.match(tk.text, tk.starts[i])
    if m is None and tk.rw(i + 1) == "/":
        return _day_month(tk, i)
    if m is None or (tk.kind(i - 1) in ("word", "code") and tk.glued(i)):
        return None
    last = _last_token_before(tk, i, m.end())
    if last < 0:
        return None
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    elif m.group("sy"):
        y, mo, d = int(m.group("sy")), int(m.group("sm")), int(m.group("sd"))
    else:
        a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
        if m.group("sep") == "." or a > 12:
            d, mo = a, b
        elif b > 12:
            mo, d = a, b
        else:
            return Hit(i, last)  # ambiguous 01/02/2025: consume, report nothing
    if not _valid(y, mo, d):
        return Hit(i, last)
    return date_hit(i, last, y, mo, d)


def _month_at(tk: Tokens, i: int) -> int | None:
    """The month number if token ``i`` is a capitalised month name."""
    if tk.kind(i) != "word" or not tk.raw[i][:1].isupper():
        return None
    return MONTHS.get(tk.low[i])


def _day_at(tk: Tokens, k: int) -> tuple[int, int] | None:
    """A day of month (1-31, optional ordinal suffix) at token ``k``: (day, last token)."""
    if tk.kind(k) != "num" or not tk.raw[k].isdigit() or len(tk.raw[k]) > 2:
        return None
    last = k
    if tk.glued(k + 1) and tk.kind(k + 1) in ("word", "code", "num"):
        if tk.lo(k + 1) not in ORDINALS:
            return None
        last = k + 1
    day = int(tk.raw[k])
    return (day, last) if 1 <= day <= 31 else None


def year_at(tk: Tokens, k: int) -> int | None:
    r = tk.rw(k)
    if (
        tk.kind(k) != "num"
        or len(r) != 4
        or not r.isdigit()
        or (tk.glued(k + 1) and (tk.kind(k + 1) in ("word", "code", "num")))
    ):
        return None
    y = int(r)
    return y if 1900 <= y <= 2100 else None


def _after_day(tk: Tokens, k: int) -> tuple[int | None, int]:
    """An optional ", 2025" after a day ending at token ``k``: (year, last token)."""
    j = k + 1
    if tk.rw(j) == ",":
        j += 1
    y = year_at(tk, j)
    return (y, j) if y is not None else (None, k)


def match_month_date(tk: Tokens, i: int) -> Hit | None:
    """Dates led by a month or weekday name: "Jan. 27, 2025", "December 2024", "Tue Feb 25"."""
    first = i
    if tk.low[i] in WEEKDAYS and tk.raw[i][:1].isupper():
        k = i + 1
        if tk.rw(k) == "." and tk.glued(k):
            k += 1
        if tk.rw(k) == ",":
            k += 1
        if _month_at(tk, k) is None:
            return None
        i = k
    month = _month_at(tk, i)
    if month is None:
        return None
    k = i + 1
    if tk.rw(k) == "." and tk.glued(k):
        k += 1
    day = _day_at(tk, k)
    if day is not None:
        y, last = _after_day(tk, day[1])
        if _valid(y, month, day[0]):
            return date_hit(first, last, y, month, day[0])
        return Hit(first, last)  # "Feb 30": date-shaped but impossible, so no figure at all
    y = year_at(tk, k)  # "December 2024", and "Sept. 2024" after an abbreviation's dot
    if y is not None and (k == i + 1 or tk.low[i] in MONTH_ABBREV):
        return date_hit(first, k, y, month, None)
    if tk.lo(i + 1) in ("of", "de", "del") and (y := year_at(tk, i + 2)) is not None:
        return date_hit(first, i + 2, y, month, None)  # "December of 2023"
    if first != i or tk.low[i] in MONTH_ABBREV:
        return None
    if tk.low[i] in MONTH_AMBIGUOUS and tk.lo(i - 1) not in MONTH_PREPS:
        return None
    return date_hit(i, i, None, month, None)


def match_month_year(tk: Tokens, i: int) -> Hit | None:
    """A month of another language before a year: "janvier 2025", "setembro de 2020",
    "gennaio 2025", "в январе 2025", "Δεκέμβριος 2024"."""
    month = YEAR_MONTHS.get(tk.low[i])
    if tk.raw[i] == "Mars":
        return None  # the planet, or a mission to it ("Mars 2020"); French writes "mars 2025"
    k = i + 1
    if tk.lo(k) in ("de", "del", "di", "des"):
        k += 1
    y = year_at(tk, k)
    hungarian = tk.low[i] in HUNGARIAN_MONTHS
    # (a script without capitals writes the month first too: Tamil "ஜனவரி 20 அன்று")
    uncased = tk.raw[i][:1].upper() == tk.raw[i][:1].lower()
    if (
        month is not None
        and y is None
        and k == i + 1
        and (tk.raw[i][:1].isupper() or hungarian or uncased)
    ):
        day = _day_at(tk, k)  # month first, as Swahili and Indonesian may write it
        if day is not None:  # ("mnamo Januari 20"), and Hungarian ("január 27-e")
            y, last = _after_day(tk, day[1])
            if hungarian and y is None and tk.rw(last + 1) in ("-", ".") and tk.glued(last + 1):
                last += 1  # "27." or "27-e", "20-án": the ending is the date's
                if tk.kind(last + 1) == "word" and tk.glued(last + 1) and tk.rw(last) == "-":
                    last += 1
            return date_hit(i, last, y, month, day[0]) if _valid(y, month, day[0]) else None
    if month is None or y is None:
        return None
    return date_hit(i, k, y, month, None)


#: Prepositions of time before "the 27th", and words that may follow it as a date.
_DAY_PREPS = frozenset({"on", "by", "until", "till", "since", "before", "after"})
_AFTER_DAY = frozenset({"had", "has", "was", "were", "is", "it", "they", "when", "and", "the"})


_APOSTROPHE = re.compile(r"['’]")


def match_day_month(tk: Tokens, i: int) -> Hit | None:
    """Day-first dates at number token ``i``: "20 January 2025", "20th of January"."""
    day = _day_at(tk, i)
    if day is None or (tk.glued(i) and tk.kind(i - 1) in ("word", "code", "num")):
        return None
    k = day[1] + 1
    if tk.lo(k) in ("of", "de") or (tk.lo(k) == "." and tk.glued(k)):
        k += 1
    month = _month_at(tk, k)
    if month is None and tk.kind(k) == "word":
        month = YEAR_MONTHS.get(tk.low[k])  # "27 gennaio", "27 січня", "27 Ιανουαρίου"
        if month is None:  # a Turkish case ending after an apostrophe ("15 Ocak’ta")
            month = YEAR_MONTHS.get(_APOSTROPHE.split(tk.low[k])[0])
    if month is None:
        # "on the 27th", "by the 27th": a day of the month the text's month is understood for
        ordinal = (
            day[1] > i
            and tk.lo(i - 1) == "the"
            and tk.lo(i - 2) in _DAY_PREPS
            and (tk.kind(k) not in ("word", "code") or tk.lo(k) in _AFTER_DAY)  # not "3rd floor"
        )
        return Hit(i, day[1], "date", unit="date", day=day[0]) if ordinal else None
    last = k
    if tk.rw(k + 1) == "." and tk.glued(k + 1) and tk.low[k] in MONTH_ABBREV:
        last = k + 1
    y = year_at(tk, last + 1)
    if y is not None:
        last += 1
    elif tk.lo(last + 1) in ("de", "del") and (y := year_at(tk, last + 2)) is not None:
        last += 2  # "29 de enero de 2025", "27 de janeiro de 2025"
    if not _valid(y, month, day[0]):
        return None
    return date_hit(i, last, y, month, day[0])


def match_cjk_date(tk: Tokens, i: int) -> Hit | None:
    """Chinese, Japanese and Korean dates at number token ``i``: a month with a day or a year
    ("1月10日", "2023年7月", "2025년 1월 27일"), or a day of the month alone as datelines write
    it ("27日(現地時間)", "27일"); a month alone ("1月") is left to other readers."""
    m = _CJK_DATE_RE.match(tk.text, tk.starts[i])
    if m is None:
        return _cjk_day(tk, i)
    year = m.group("y") or m.group("ky")
    day = m.group("d") or m.group("kd")
    if year is None and day is None:
        return None
    last = _last_token_before(tk, i, m.end())
    if last < 0:
        return None
    y, mo = (int(year) if year else None), int(m.group("m") or m.group("km"))
    d = int(day) if day else None
    if not _valid(y, mo, d):
        return Hit(i, last)
    return date_hit(i, last, y, mo, d)


#: A day of the month alone ("27日に", "27일(현지시간)"), not a count of days ("1日で", "3日間",
#: "2일 만에"): what may follow the day word.
_CJK_DAY = re.compile(
    r"(?P<d>[0-9]{1,2}) ?[日일](?![間间以内で後后前ぶり분연속간동안만째]|本|\s*(?:동안|만에|간))"
)


def _cjk_day(tk: Tokens, i: int) -> Hit | None:
    m = _CJK_DAY.match(tk.text, tk.starts[i])
    if m is None or not 2 <= int(m.group("d")) <= 31:
        return None
    last = _last_token_before(tk, i, m.end())
    if last < 0:
        return None
    return Hit(i, last, "date", unit="date", day=int(m.group("d")))


def match_hungarian_date(tk: Tokens, i: int) -> Hit | None:
    """A Hungarian date, the year first: "2025. január 20-án", "2025. január 27." (the month
    and day read by `match_month_year`, the year before them joined to the date)."""
    if tk.rw(i + 1) != "." or not tk.glued(i + 1) or tk.lo(i + 2) not in HUNGARIAN_MONTHS:
        return None
    y = year_at(tk, i)
    hit = match_month_year(tk, i + 2) if y is not None else None
    if hit is None or hit.year is not None:
        return None
    hit.first, hit.year = i, y
    return hit if _valid(y, hit.month or 0, hit.day) else None
