"""Find the figures in free text (money, GPU counts, parameters, percentages, dates) with spans."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from r1claims.extract.dates import (
    match_cjk_date,
    match_day_month,
    match_hungarian_date,
    match_month_date,
    match_month_year,
    match_numeric_date,
)
from r1claims.extract.foreign_words import FOREIGN_NUMBER_WORDS
from r1claims.extract.fractions import FRACTION_STARTS, match_fraction
from r1claims.extract.holidays import HOLIDAY_WORDS, match_holiday
from r1claims.extract.lexicon import MONTHS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, WEEKDAYS
from r1claims.extract.licences import find_licences
from r1claims.extract.months import YEAR_MONTHS
from r1claims.extract.numbers import match_number
from r1claims.extract.periods import MONTH_PARTS, YEAR_PARTS, part_before, parts_of_years
from r1claims.extract.powers import find_powers
from r1claims.extract.tokens import Hit, Tokens, fraction_of_scale, tokenize

__all__ = ["Figure", "FigureKind", "FigureQualifier", "extract_figures"]

FigureKind = Literal[
    "money",
    "gpu_count",
    "gpu_hours",
    "parameter_count",
    "percentage",
    "duration",
    "date",
    "count",
    "rating",
    "rank",
    "tokens",
    "data_size",
    "number",
    "licence",
]
FigureQualifier = Literal[
    "exact", "about", "at_least", "at_most", "more_than", "less_than", "range"
]


class Figure(BaseModel):
    """One figure found in a text: where it is, what it measures, and how it was written."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(description="Offset of the first character in the input (str index).")
    end: int = Field(description="Offset just past the last character: text[start:end].")
    text: str = Field(
        description="The figure as written, with currency sign, magnitude and unit words "
        "('$5.5 million', '2,048 Nvidia H800 GPUs', '17–18%'); qualifier words are left out."
    )
    kind: FigureKind = Field(description="What the figure measures.")
    value: float = Field(
        description="Value in base units ('$5.5 million' is 5500000); midpoint for ranges; "
        "0.0 for dates. Always positive: a written sign stays in `text`."
    )
    unit: str = Field(
        description="Currency code ('USD', 'EUR', 'CNY'...; rates as 'USD/GPU-hour'), or "
        "'GPU', 'GPU-hour', 'parameter', 'token', 'percent', 'percentile', 'day', 'hour', "
        "'elo', 'rank', 'sample', 'model', 'count', 'GB' (memory and disk sizes), 'date', "
        "'number' (a bare number)."
    )
    precision: float = Field(
        description="Resolution as written, in base units: '$5.5 million' 1e5, '79.8%' 0.1; "
        "integers drop trailing zeros in whole groups of three ('294,000' 1000, '2,048' 1). "
        "Dates use 1.0; their resolution is which of year/month/day are set."
    )
    qualifier: FigureQualifier = Field(
        default="exact", description="about, more_than, less_than, at_least, at_most, range."
    )
    lower: float | None = Field(
        default=None,
        description="Lower bound of a range; of a part of a year or month ('early 2025', "
        "'late January'), the first month (or day) it covers.",
    )
    upper: float | None = Field(
        default=None,
        description="Upper bound of a range; of a part of a year or month, the last month (or "
        "day) it covers.",
    )
    hardware: str | None = Field(default=None, description="GPU model named with a count.")
    year: int | None = Field(default=None, description="Year of a date, when written.")
    month: int | None = Field(default=None, description="Month of a date, when written.")
    day: int | None = Field(default=None, description="Day of a date, when written.")
    noun: str | None = Field(
        default=None, description="For counts, the counted noun, singular and lowercased."
    )
    category: str | None = Field(
        default=None, description="For licences, the canonical name ('mit', 'apache-2.0')."
    )
    magnitude: float | None = Field(
        default=None,
        description="The multiplier of the magnitude word or suffix the number was written "
        "with, in any language ('$5.5 million' 1e6, '2.788M' 1e6, '557.6万' 1e4); None when "
        "written out in digits.",
    )


_NUMBER_WORDS = frozenset(UNIT_WORDS) | frozenset(TENS_WORDS) | frozenset(FOREIGN_NUMBER_WORDS)
_DATE_WORDS = frozenset(MONTHS) | WEEKDAYS | frozenset(YEAR_MONTHS) | HOLIDAY_WORDS


def _opt(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


_DOT_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?![\d,])")


def _whole_count(kind: str | None, value: Decimal, text: str) -> Decimal:
    """Counted things and ratings come whole: "2.048 H800 GPUs" is German for 2,048, "50.000 GPU"
    is 50,000 and "Elo 2.029" is 2,029 (nobody counts GPUs to three decimals); so does a bare
    number with a dot before "000" ("800.000 Beispiele")."""
    match = _DOT_THOUSANDS.search(text)
    if match is None:
        return value
    literal = match.group(1)
    if literal.count(".") == 1 and value != Decimal(literal):
        return value  # "2.788M GPU hours": a magnitude made the dot a decimal point
    if kind in ("gpu_count", "count", "rating"):  # nor a rating ("Elo 2.029")
        return Decimal(literal.replace(".", ""))
    if kind == "number" and literal.endswith(".000"):
        return Decimal(literal.replace(".", ""))  # "800.000 Beispiele": nobody writes 800 so
    if kind == "money" and literal.count(".") == 1:
        # "USD 294.000" (Spanish, German): an amount of money is not written to a thousandth of
        # a dollar; with a magnitude word ("$5.576 million") the dot is a decimal point
        return Decimal(literal.replace(".", ""))
    return value


def _figure(tk: Tokens, hit: Hit, source: str) -> Figure:
    """The figure of ``hit``; its text is ``source``'s own (``tk.text`` reads other scripts'
    digits as ASCII ones)."""
    start, end = tk.starts[hit.first], tk.ends[hit.last]
    value = _whole_count(hit.kind, hit.value, tk.text[start:end])
    precision = hit.precision
    if value != hit.value:  # read as thousands: resolution from whole groups of zeros
        precision = Decimal(1)
        while value and value % (precision * 1000) == 0:
            precision *= 1000
    # model_construct skips validation: every field is built here with its declared type, and
    # validating hundreds of thousands of figures from hostile input would dominate run time.
    return Figure.model_construct(
        start=start,
        end=end,
        text=source[start:end],
        kind=cast(FigureKind, hit.kind),
        value=float(value),
        unit=hit.unit,
        precision=float(precision),
        qualifier=cast(FigureQualifier, hit.qualifier),
        lower=_opt(hit.lower),
        upper=_opt(hit.upper),
        hardware=hit.hardware,
        year=hit.year,
        month=hit.month,
        day=hit.day,
        noun=hit.noun,
        magnitude=_opt(hit.magnitude),
    )


def _a_number(tk: Tokens, i: int) -> bool:
    """Does "a" open a number ("a trillion dollars", "a hundred million"), not an idiom ("one
    in a million", "a thousand times better")?"""
    if fraction_of_scale(tk, i) is not None:
        return tk.lo(i - 1) != "in"  # "half a billion dollars", not "one in a half-million"
    return (
        tk.low[i] == "a"
        and (tk.lo(i + 1) in SCALE_WORDS or tk.lo(i + 1) == "hundred")
        and tk.lo(i - 1) != "in"
        and tk.lo(i + 2) not in ("times", "in")
    )


def _match_at(tk: Tokens, i: int, floor: int) -> Hit | None:
    kind = tk.kinds[i]
    if kind == "num":
        return (
            match_numeric_date(tk, i)
            or match_cjk_date(tk, i)
            or match_hungarian_date(tk, i)
            or match_day_month(tk, i)
            or match_number(tk, i, floor)
        )
    if kind != "word":
        return None
    w = tk.low[i]
    hit = None
    if w in MONTHS or w in WEEKDAYS:
        hit = match_month_date(tk, i)
    if hit is None and w in YEAR_MONTHS:
        hit = match_month_year(tk, i)  # "janvier 2025", "setembro de 2020"
    if hit is None and w in HOLIDAY_WORDS:
        hit = match_holiday(tk, i, floor)  # "Christmas Day", "the day after Christmas"
    if hit is None and w in FRACTION_STARTS:
        hit = match_fraction(tk, i, floor)
    if hit is None and (w in _NUMBER_WORDS or _a_number(tk, i)):
        hit = match_number(tk, i, floor)  # "six", "a trillion dollars"
    return hit


def extract_figures(text: str) -> list[Figure]:
    """Return every figure in ``text``, sorted by start, with non-overlapping exact spans.

    The text is tokenised in one linear regex pass; each number, number word, month or weekday
    token is then matched against a bounded window of neighbouring tokens, so the running time is
    linear in the input. Qualifier words before a figure ("about", "more than", "up to") set
    ``qualifier`` but are not part of ``text``. Not reported: model names and versions
    ("GPT-4", "Qwen-7B", "Llama 3.3 70B"), product codes ("H800" alone), labels ("Table 4",
    "Fig. 1", "[2]", "§2.3"), list numbers, bare years, arXiv ids, URLs, times and phone numbers.
    """
    tk = tokenize(text)
    figures: list[Figure] = []
    floor = 0
    kinds = tk.kinds
    low = tk.low
    for i in range(tk.n):
        if i < floor:
            continue
        k = kinds[i]
        if k != "num" and (
            k != "word"
            or (
                low[i] not in _NUMBER_WORDS
                and low[i] not in _DATE_WORDS
                and low[i] not in FRACTION_STARTS
            )
        ):
            continue
        hit = _match_at(tk, i, floor)
        if hit is None:
            continue
        # a sign read before the number that the figure before already holds ("0 %0"): the
        # spans stay disjoint
        overlaps = hit.first < floor
        floor = hit.last + 1
        if hit.kind is not None and not overlaps:
            figures.append(_figure(tk, hit, text))
    figures = _compared_counts(text, _shared_magnitudes(text, _with_powers(text, figures)))
    return _with_licences(text, _with_periods(text, figures))


def _with_powers(text: str, figures: list[Figure]) -> list[Figure]:
    """Numbers in scientific notation (`powers`) in place of the figures read in their span
    ("1.5 x 10^25 FLOPs" is one figure, not 1.5, 10 and 25 FLOPs)."""
    powers = find_powers(text)
    if not powers:
        return figures
    kept = [f for f in figures if not any(p.start < f.end and f.start < p.end for p in powers)]
    found = [
        Figure(
            start=p.start,
            end=p.end,
            text=text[p.start : p.end],
            kind=cast(FigureKind, p.kind),
            value=p.value,
            unit=p.unit,
            precision=p.precision,
            magnitude=p.magnitude,
            noun=p.noun,
        )
        for p in powers
    ]
    return sorted(kept + found, key=lambda f: f.start)


#: Between the two ends of a range whose magnitude and unit are written once ("from 1.5 to 70
#: billion parameters", "de 1,5 a 70 bilhões", "von 1,5 bis 70 Milliarden").
_RANGE_TO = re.compile(r"\s*(?:to|a|à|al|bis|tot|до|-|–|and|e|y|et|und)\s*$", re.IGNORECASE)
_RANGE_FROM = re.compile(
    r"(?:from|de|da|dal|du|von|van|от|between|entre|tra|zwischen)\s+$", re.IGNORECASE
)


def _shared_magnitudes(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare number opening such a range takes the magnitude and unit of its other end."""
    out = list(figures)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            a.unit == "number"
            and a.magnitude is None
            and b.magnitude is not None
            and b.unit != "number"
            and a.value < b.value / b.magnitude
            and _RANGE_TO.fullmatch(text, a.end, b.start)
            and _RANGE_FROM.search(text, max(0, a.start - 12), a.start)
        ):
            mag = b.magnitude
            out[k] = a.model_copy(
                update={
                    "kind": b.kind,
                    "unit": b.unit,
                    "value": a.value * mag,
                    "precision": a.precision * mag,
                    "magnitude": mag,
                }
            )
    return out


#: Between a count and a bare number that compares with it ("2,048 GPUs rather than more than
#: 100,000", "2,000 chips versus 16,000"): the second is a count of the same thing.
_COMPARED = re.compile(
    r"\s*,?\s*(?:rather than|instead of|than|versus|vs\.?|compared (?:to|with))\s+"
    r"(?:(?:more than|over|about|around|nearly|almost|some|the|roughly)\s+)?",
    re.IGNORECASE,
)


def _compared_counts(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare number right after a count and a comparison word counts what the count counts
    (its unit and noun, not its chips: the other side's may be others)."""
    out = list(figures)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (
            b.unit == "number"
            and b.magnitude is None
            and a.kind in ("gpu_count", "count")
            and a.magnitude is None
            and b.value == int(b.value)
            and _COMPARED.fullmatch(text, a.end, b.start)
        ):
            out[k] = b.model_copy(update={"kind": a.kind, "unit": a.unit, "noun": a.noun})
    return out


def _with_periods(text: str, figures: list[Figure]) -> list[Figure]:
    """A part of a month before a month date ("late January 2026") widens it to that part's
    days; a part of a year ("early 2025", "2024年底") is a date of that part's months, where no
    figure stands (`periods`)."""
    out: list[Figure] = []
    for fig in figures:
        found = None
        if fig.kind == "date" and fig.month is not None and fig.day is None:
            found = part_before(text, fig.start)
        if found is not None and (not out or out[-1].end <= found[0]):
            lower, upper = MONTH_PARTS[found[1]]
            fig = fig.model_copy(
                update={"start": found[0], "text": text[found[0] : fig.end], "qualifier": "range"}
                | {"lower": float(lower), "upper": float(upper)}
            )
        out.append(fig)
    parts = parts_of_years(text)
    if not parts:
        return out
    starts = [f.start for f in out]  # sorted, and the figures do not overlap: only the last
    for start, end, year, part in parts:  # one starting before the part's end can reach it
        k = bisect.bisect_left(starts, end)
        if k and out[k - 1].end > start:
            continue
        lower, upper = YEAR_PARTS[part]
        out.append(
            Figure(
                start=start,
                end=end,
                text=text[start:end],
                kind="date",
                value=0.0,
                unit="date",
                precision=1.0,
                qualifier="range",
                lower=float(lower),
                upper=float(upper),
                year=year,
            )
        )
    return sorted(out, key=lambda f: f.start)


def _with_licences(text: str, figures: list[Figure]) -> list[Figure]:
    """Add licence names as categorical figures; a number inside one ("Apache 2.0") is not a
    figure of its own."""
    licences = [
        Figure(
            start=a,
            end=b,
            text=text[a:b],
            kind="licence",
            value=0.0,
            unit="licence",
            precision=1.0,
            category=name,
        )
        for a, b, name in find_licences(text)
    ]
    if not licences:
        return figures
    kept: list[Figure] = []
    j = 0  # both lists are sorted by start: one sweep drops figures inside a licence name
    for fig in figures:
        while j < len(licences) and licences[j].end <= fig.start:
            j += 1
        if j < len(licences) and licences[j].start < fig.end:
            continue
        kept.append(fig)
    return sorted(kept + licences, key=lambda f: f.start)
