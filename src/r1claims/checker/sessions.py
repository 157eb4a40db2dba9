"""Which trading session a market figure's sentence names by its weekday ("On Monday, Nvidia
suffered a historic $100 billion loss"), and the words that make that reading unsafe: another
day named or implied ("two days after Monday's sell-off", "on Monday, March 10"), a moment of
the day rather than its close ("by midday on Monday"), or nothing that ties the sentence to the
rout itself. The vocabulary is here, in one table per idea."""

from __future__ import annotations

import re

from r1claims.checker.figure_context import FigureContext

__all__ = ["SESSION_KINDS", "session_weekday"]

#: Kinds of record that describe one trading session.
SESSION_KINDS = frozenset(
    {"market_cap_change", "share_price_change", "index_change", "share_price"}
)

#: A weekday as the time of the clause ("on Monday", "el lunes", "am Montag"; Monday is 0), not
#: a possessive ("Monday's sell-off") that names another event.
_WEEKDAYS: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (i, re.compile(words, re.IGNORECASE))
    for i, words in enumerate(
        (
            r"(?:\b(?:on|this|last)\s+monday|\blundi|\blunes|\bmontag|\bluned[iì]"
            r"|segunda-feira|\bmaandag|poniedzia[lł]\w*|понедельник|\bmandag|maanantaina"
            r"|月曜|월요일|周一|星期一|週一|الاثنين)\b(?!['’]s)",
            r"(?:\b(?:on|this|last)\s+tuesday|\bmardi|\bmartes|\bdienstag|\bmarted[iì]"
            r"|ter[cç]a-feira|\bdinsdag|\bwtor\w*|вторник|\btirsdag|tiistaina"
            r"|火曜|화요일|周二|星期二|週二|الثلاثاء)\b(?!['’]s)",
        )
    )
)
#: Another day named or implied in the sentence, or a moment of the day.
_OTHER_TIME = re.compile(
    r"\b(?:after|before|since|later|earlier|ago|next|following|previous|week|weeks|days"
    r"|midday|noon|morning|afternoon|intraday|premarket|pre-market|open(?:ing)?|at one point"
    r"|by the time|january \d|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b",
    re.IGNORECASE,
)
#: Words that tie a sentence to the rout itself: its cause, its size in history, its fall.
_ROUT = re.compile(
    r"deepseek|\brecord\b|histor\w*|\blargest\b|\bbiggest\b|\bworst\b|\bsingle[- ]day"
    r"|\bone[- ]day\b|\b1[67](?:[.,]\d+)?\s?%|17 per ?cent",
    re.IGNORECASE,
)


def session_weekday(ctx: FigureContext) -> int | None:
    """The weekday the figure's own clause dates it by, when the sentence names no other
    time and ties it to the rout; otherwise None."""
    days = [i for i, rx in _WEEKDAYS if rx.search(ctx.clause)]
    if len(days) != 1 or _OTHER_TIME.search(ctx.sentence) or not _ROUT.search(ctx.sentence):
        return None
    return days[0]
