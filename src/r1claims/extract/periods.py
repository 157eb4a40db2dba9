"""Parts of a year or a month: "early 2025", "mid-2025", "the end of 2024", "late January
2026", "finales de 2024", "Anfang 2025", "2024年底", "2025년 초".

A part is read as the months of its year (or the days of its month) it covers, generously, so
that a date inside it fits and only a date well outside it can be contradicted: early is
January to April, mid May to August, late September to December; of a month, early is
the 1st to the 10th, mid the 10th to the 20th, late the 20th to the end.
"""

from __future__ import annotations

import re

__all__ = ["MONTH_PARTS", "YEAR_PARTS", "part_before", "parts_of_years"]

#: The months of a year each part covers.
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
#: The days of a month each part covers.
MONTH_PARTS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}

#: The words of each part, before a year or a month, in the languages the checker reads.
_WORDS = {
    "early": (
        r"early|(?:the )?(?:beginning|start) of(?: the)?|principios de|comienzos de"
        r"|inicios? de|início de|inicio de|début|anfang|inizio|đầu"
    ),
    "mid": r"mid|(?:the )?middle of(?: the)?|mediados de|meados de|mi(?=-)|mitte|metà|giữa",
    "late": (
        r"late|(?:the )?end of(?: the)?|finales de|fines de|final de|fim de|fin|fin de|ende"
        r"|fine|cuối"
    ),
}
_PART = "|".join(f"(?P<{part}>{words})" for part, words in _WORDS.items())
#: A part's words right before a month date: "late January 2026".
_BEFORE = re.compile(rf"(?<!\w)(?:{_PART})[\s-]+\Z", re.IGNORECASE)
#: A year a part's words may stand before ("early 2025").
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%])")
#: A bound or a start before a part, which makes it no date of an event: "by the end of 2025",
#: "since early 2024".
_BOUND = re.compile(r"\b(?:by|before|until|till|since|after|from|through)\s+\Z", re.IGNORECASE)
#: A year and a part after it, as Chinese, Japanese and Korean write it: "2024年底",
#: "2025年初", "2025년 초".
_CJK_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<p>初|中|底|末|초|중반|말)")
_CJK_PARTS = {"初": "early", "초": "early", "中": "mid", "중반": "mid", "底": "late", "末": "late"}
_CJK_PARTS["말"] = "late"


def _part(match: re.Match[str]) -> str:
    return next(part for part in YEAR_PARTS if match.group(part))


def part_before(text: str, start: int) -> tuple[int, str] | None:
    """Where a part's words start right before ``start`` (a month date), and which part."""
    match = _BEFORE.search(text, max(0, start - 25), start)
    return None if match is None else (match.start(), _part(match))


def parts_of_years(text: str) -> list[tuple[int, int, int, str]]:
    """Every part of a year the text names: (start, end, year, part)."""
    found = []
    for year in _YEAR.finditer(text):  # the years first: a part's words are rare before them
        part = part_before(text, year.start())
        if part is not None and not _BOUND.search(text, max(0, part[0] - 12), part[0]):
            found.append((part[0], year.end(), int(year.group()), part[1]))
    if "年" in text or "년" in text:
        found += [
            (m.start(), m.end(), int(m.group("y")), _CJK_PARTS[m.group("p")])
            for m in _CJK_YEAR.finditer(text)
        ]
    return sorted(found)
