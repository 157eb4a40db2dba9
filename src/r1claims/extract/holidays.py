"""Named days read as dates: "Christmas Day", "Boxing Day", "the day after Christmas",
"New Year's Day", "Inauguration Day" (20 January in the United States). Coverage dates
DeepSeek-V3 ("released the day after Christmas") and R1 ("released on Inauguration Day") so."""

from __future__ import annotations

from r1claims.extract.dates import date_hit, year_at
from r1claims.extract.tokens import Hit, Tokens

__all__ = ["HOLIDAY_WORDS", "match_holiday"]

#: A named day's words after its first one, and its month and day.
_DAYS: dict[str, tuple[tuple[str, ...], int, int]] = {
    "christmas": (("day",), 12, 25),
    "boxing": (("day",), 12, 26),
    "inauguration": (("day",), 1, 20),
}
#: "New Year's Day" and "New Year's Eve", whose second word may carry either apostrophe.
_NEW_YEAR = {"day": 1, "eve": 12}
#: "the day before/after Christmas": the named day's offset.
_AROUND = {"before": -1, "after": 1}

#: The words that open a named day (the extractor matches only at these).
HOLIDAY_WORDS = frozenset({*_DAYS, "new"})


def match_holiday(tk: Tokens, i: int, floor: int) -> Hit | None:
    """The named day opening at token ``i``, with a year right after it ("Christmas Day
    2024"); "Christmas" alone is a season, not a day, unless "the day after" precedes it."""
    w = tk.low[i]
    if w == "new":
        return _new_year(tk, i)
    if w not in _DAYS:
        return None
    rest, month, day = _DAYS[w]
    first, last = i, i + len(rest)
    around = _AROUND.get(tk.lo(i - 1))
    if w == "christmas" and around and i - 3 >= floor and tk.lo(i - 2) == "day":
        if tk.lo(i - 3) != "the":
            return None
        # "the day after Christmas (Day)": 26 December
        first, day = i - 3, day + around
        last = last if tk.lo(i + 1) == "day" else i
    elif tuple(tk.lo(k) for k in range(i + 1, last + 1)) != rest:
        return None
    year = year_at(tk, last + 1)
    return date_hit(first, last if year is None else last + 1, year, month, day)


def _new_year(tk: Tokens, i: int) -> Hit | None:
    if tk.lo(i + 1) not in ("year's", "year’s") or tk.lo(i + 2) not in _NEW_YEAR:
        return None
    month = _NEW_YEAR[tk.lo(i + 2)]
    year = year_at(tk, i + 3)
    return date_hit(i, i + 2 if year is None else i + 3, year, month, 1 if month == 1 else 31)
