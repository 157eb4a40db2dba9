"""Sentences of a text: where they end, for `TextIndex`.

A sentence ends after ".", "!" or "?" before a capital, a digit, a currency sign or an item of a
list run into the line (not after an abbreviation: "No. 1", "Jan. 27", "the U.S. Apple app
store"), after a CJK full stop, at a blank line, before a list item, and at a single line break
after a short line (a headline, a dateline), a line ending in punctuation or a title-case
headline; hard-wrapped prose lines run on.
"""

from __future__ import annotations

import re

from r1claims.extract.months import DAYFIRST_MONTHS, YEAR_MONTHS

__all__ = ["sentence_bounds", "title_case"]

_SENTENCE_END = re.compile(
    # (or before an item of a list run into one line: "... [4][5]. - On the AIME benchmark")
    r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[«]*(?:[^\W_a-z]|[$€£¥])|[-–•*]\s+[^\W_a-z])"
    r"|(?<=[。！？])|\n\s*\n|\n(?=\s*[-*•\d])"
)
#: A period that ends an abbreviation, not a sentence: a title, a company suffix, "No.", "vs.",
#: a month ("Jan. 27"), dotted abbreviations of two to four letters ("U.S. Apple app store",
#: "e.g."), a currency before its sum ("Rs. 32 billion"); a single initial ("John F. Kennedy")
#: still ends one.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Nos|Nr|vs|approx|ca|cf|Fig|Vol|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rs|Rp|Tk|KSh|Dhs)"
    r"|(?<![\w.])(?:[A-Za-z]\.){1,3}[A-Za-z])"
    r"\.[\"”’)\]]*\s+$"
)
#: How far before a sentence break (characters) an abbreviation is looked for.
_ABBREVIATION_REACH = 16
#: A single line break ends a sentence when the line before it is short (a headline, a
#: dateline, a list item) or ends in punctuation; hard-wrapped prose lines do not.
_SHORT_LINE = 60


def title_case(line: str) -> bool:
    """Is the line a headline in title case ("DeepSeek-R1 Costs $294K to Train, Hits Nature
    Cover as First Peer-Reviewed Large Model")? Most of its words are capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


#: A day written as an ordinal, with its period ("Am 27. Januar 2025", "20. ledna 2025").
_ORDINAL_DAY = re.compile(r"(?<![\d.])\d{1,2}\.$")
#: The word after a break.
_WORD = re.compile(r"\w+")


def _ordinal_date(text: str, start: int, end: int) -> bool:
    """Is the period before ``start`` a day's, with a month's name right after ``end``?"""
    if not _ORDINAL_DAY.search(text, max(0, start - 4), start):
        return False
    word = _WORD.match(text, end)
    return word is not None and word.group().lower() in _MONTH_NAMES


_MONTH_NAMES = frozenset(DAYFIRST_MONTHS) | frozenset(YEAR_MONTHS)


def sentence_bounds(text: str) -> list[int]:
    """The offsets where the text's sentences start, with 0 first and ``len(text)`` last."""
    ends = {
        m.end()
        for m in _SENTENCE_END.finditer(text)
        if "\n" in m.group()
        or not (
            _ABBREVIATION.search(text, max(0, m.end() - _ABBREVIATION_REACH), m.end())
            or _ordinal_date(text, m.start(), m.end())
        )
    }
    line_start = 0
    for nl in re.finditer(r"\n", text):
        line = text[line_start : nl.start()].rstrip()
        # "]": a citation "[12]"; "|": a table row; a headline in title case
        if len(line) < _SHORT_LINE or line[-1:] in ".!?:;]|" or title_case(line):
            ends.add(nl.end())
        line_start = nl.end()
    return [0, *sorted(e for e in ends if 0 < e < len(text)), len(text)]
