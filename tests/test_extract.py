"""Tests for figure extraction: positive tables, negatives, hostile inputs, span invariants."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from r1claims.extract.figures import Figure, extract_figures

Row = tuple[str, str, float, str]
Expected = list[tuple[str, str, float, str, dict[str, Any]]]


def _e(text: str, kind: str, value: float, unit: str, **extra: Any) -> tuple[Any, ...]:
    return (text, kind, value, unit, extra)


def _check(sentence: str, expected: Expected) -> None:
    figures = extract_figures(sentence)
    assert [(f.text, f.kind, f.value, f.unit) for f in figures] == [e[:4] for e in expected]
    for fig, exp in zip(figures, expected, strict=True):
        assert sentence[fig.start : fig.end] == fig.text
        for key, want in exp[4].items():
            assert getattr(fig, key) == want, (fig.text, key)


MONEY = [
    (
        "DeepSeek said training V3 cost $5.576 million, or about $5.5 million.",
        [
            _e("$5.576 million", "money", 5_576_000.0, "USD", precision=1000.0, qualifier="exact"),
            _e("$5.5 million", "money", 5_500_000.0, "USD", precision=100_000.0, qualifier="about"),
        ],
    ),
    ("The run cost $294,000.", [_e("$294,000", "money", 294_000.0, "USD", precision=1000.0)]),
    ("High-Flyer spent $1.6 billion", [_e("$1.6 billion", "money", 1.6e9, "USD", precision=1e8)]),
    ("servers worth $1.6B", [_e("$1.6B", "money", 1.6e9, "USD", precision=1e8)]),
    (
        "OpenAI spent $100 million+ on GPT-4.",
        [_e("$100 million+", "money", 1e8, "USD", qualifier="more_than", precision=1e6)],
    ),
    ("a US$7 billion fund", [_e("US$7 billion", "money", 7e9, "USD")]),
    ("USD 5.6M in compute", [_e("USD 5.6M", "money", 5_600_000.0, "USD", precision=100_000.0)]),
    ("Börsenwert von €1,5 Mrd", [_e("€1,5 Mrd", "money", 1.5e9, "EUR", precision=1e8)]),
    ("Kosten: 1,5 Mrd. Euro.", [_e("1,5 Mrd. Euro", "money", 1.5e9, "EUR")]),
    ("a salary of £30k", [_e("£30k", "money", 30_000.0, "GBP", precision=1000.0)]),
    ("¥2 billion in funding", [_e("¥2 billion", "money", 2e9, "CNY")]),
    ("RMB 10 billion fund", [_e("RMB 10 billion", "money", 1e10, "CNY")]),
    ("100 billion yuan of chips", [_e("100 billion yuan", "money", 1e11, "CNY")]),
    # the Korean won after a sum (not the verb: "R1 won", "in 2025 won the award")
    ("about 8 billion won", [_e("8 billion won", "money", 8e9, "KRW")]),
    ("priced at 7,000 won", [_e("7,000 won", "money", 7000.0, "KRW")]),
    ("six million dollars", [_e("six million dollars", "money", 6e6, "USD", precision=1e6)]),
    (
        "$5–6 million, according to DeepSeek",
        [_e("$5–6 million", "money", 5.5e6, "USD", qualifier="range", lower=5e6, upper=6e6)],
    ),
    (
        "5.6 million US dollars",
        [_e("5.6 million US dollars", "money", 5.6e6, "USD", precision=1e5)],
    ),
    (
        "cost $6 mn and $1.6bn",
        [_e("$6 mn", "money", 6e6, "USD"), _e("$1.6bn", "money", 1.6e9, "USD")],
    ),
    ("Rs 500 crore", [_e("Rs 500 crore", "money", 5e9, "INR", precision=1e7)]),
    (
        "rent at $2 per GPU hour or $2/GPU-hour",
        [
            _e("$2 per GPU hour", "money", 2.0, "USD/GPU-hour"),
            _e("$2/GPU-hour", "money", 2.0, "USD/GPU-hour"),
        ],
    ),
    # the same rates in other languages, a slash after a CJK currency word too
    (
        "租赁价格为2美元/GPU小时",
        [_e("2美元/GPU小时", "money", 2.0, "USD/GPU-hour")],
    ),
    (
        "aluguel de US$ 2/H800 horas",
        [_e("US$ 2/H800 horas", "money", 2.0, "USD/GPU-hour", hardware=None)],
    ),
    ("2 $ pro Stunde", [_e("2 $ pro Stunde", "money", 2.0, "USD/hour")]),
    # "per GPU per hour" and "per GPU, an hour": a GPU-hour's price, not a GPU's
    (
        "priced at $2 per GPU per hour, or $2 per GPU, an hour",
        [
            _e("$2 per GPU per hour", "money", 2.0, "USD/GPU-hour"),
            _e("$2 per GPU, an hour", "money", 2.0, "USD/GPU-hour"),
        ],
    ),
    # ... and in the Romance languages ("por GPU por hora", "par GPU par heure")
    (
        "$2 por GPU por hora, 2 $ par GPU par heure",
        [
            _e("$2 por GPU por hora", "money", 2.0, "USD/GPU-hour"),
            _e("2 $ par GPU par heure", "money", 2.0, "USD/GPU-hour"),
        ],
    ),
    ("$30,000 per GPU", [_e("$30,000 per GPU", "money", 30000.0, "USD/GPU")]),
    # a fraction of a scale word is a sum, not a share ("half a billion" was read as a billion)
    (
        "half a billion dollars, a half-billion dollars, a quarter of a million dollars",
        [
            _e("half a billion dollars", "money", 5e8, "USD"),
            _e("a half-billion dollars", "money", 5e8, "USD"),
            _e("a quarter of a million dollars", "money", 2.5e5, "USD"),
        ],
    ),
    ("a quarter of the market", [_e("a quarter", "percentage", 25.0, "percent")]),
    # a currency word after a hyphen
    (
        "a 6-million-dollar model and a 600-billion-dollar loss",
        [
            _e("6-million-dollar", "money", 6e6, "USD"),
            _e("600-billion-dollar", "money", 6e11, "USD"),
        ],
    ),
    # a percentile: an ordinal's word, "%ile" glued to its sign, or the word alone
    (
        "the 96.3th %ile, the 96.3 %ile and the 96.3 percentile, not 79.8 %",
        [
            _e("96.3th %ile", "percentage", 96.3, "percentile"),
            _e("96.3 %ile", "percentage", 96.3, "percentile"),
            _e("96.3 percentile", "percentage", 96.3, "percentile"),
            _e("79.8 %", "percentage", 79.8, "percent"),
        ],
    ),
    # chips and cards in Slovak, Czech, Ukrainian and Arabic, after a specialised adjective too
    (
        "iba 2000 špecializovaných čipov; využil pouze 2048 čipů H800; кластер із 2000 "
        "спеціалізованих чипів",
        [
            _e("2000 špecializovaných čipov", "gpu_count", 2000.0, "GPU"),
            _e("2048 čipů", "gpu_count", 2048.0, "GPU"),
            _e("2000 спеціалізованих чипів", "gpu_count", 2000.0, "GPU"),
        ],
    ),
    # Tamil magnitudes
    ("$593 பில்லியன் சந்தை மதிப்பு", [_e("$593 பில்லியன்", "money", 593e9, "USD")]),
    # Bengali: the vendor, the generation and the GPU noun after the count
    (
        "প্রায় 50,000 এনভিডিয়া হপার জিপিইউ",
        [_e("50,000 এনভিডিয়া হপার জিপিইউ", "gpu_count", 50000.0, "GPU")],
    ),
    # a number word of another language counts the models named after it; a common word that
    # is a number too ("sei", "un") does not
    (
        "Sechs destillierte Varianten; шесть плотных моделей; sei modelli; un modèle",
        [
            _e("Sechs destillierte Varianten", "count", 6.0, "model"),
            _e("шесть плотных моделей", "count", 6.0, "model"),
        ],
    ),
    # "mil" and "bil" glued to a US-dollar amount, as Malaysian English writes them; a real's
    # "R$6mil" is six thousand in Brazil and stays unread
    (
        "about US$6mil, shaving US$592.7bil off; R$6mil",
        [
            _e("US$6mil", "money", 6e6, "USD"),
            _e("US$592.7bil", "money", 592.7e9, "USD"),
            _e("R$6", "money", 6.0, "BRL"),
        ],
    ),
    # a price that moves below or above a level crosses it: the level is no bound
    (
        "Bitcoin dipped below $98,000; trained for below $6 million",
        [
            _e("$98,000", "money", 98000.0, "USD", qualifier="exact"),
            _e("$6 million", "money", 6e6, "USD", qualifier="less_than"),
        ],
    ),
    # "a time" is English, not the Norwegian "time" (hour)
    ("rents at $2 a time slot", [_e("$2", "money", 2.0, "USD")]),
    # the Danish and Norwegian "mia." with its dot, in crowns or dollars; the Italian "mia" is "my"
    (
        "tapte 600 mia. kroner",
        [_e("600 mia. kroner", "money", 6e11, "NOK", precision=1e9)],
    ),
    ("Nel 2025 mia figlia", []),
    (
        "around $30,000 each; each costing around $30,000",
        [
            _e("$30,000", "money", 30_000.0, "USD", qualifier="about"),
            _e("$30,000", "money", 30_000.0, "USD", qualifier="about"),
        ],
    ),
    (
        "Nvidia lost $589 billion, nearly $600 billion, in market value",
        [
            _e("$589 billion", "money", 5.89e11, "USD", precision=1e9, qualifier="exact"),
            _e("$600 billion", "money", 6e11, "USD", qualifier="about"),
        ],
    ),
    (
        "between $5 million and $6 million",
        [_e("between $5 million and $6 million", "money", 5.5e6, "USD", lower=5e6, upper=6e6)],
    ),
    (
        "R1 costs $0.55 per million input tokens and $2.19 per million output tokens.",
        [
            _e("$0.55 per million input tokens", "money", 0.55, "USD/million tokens"),
            _e("$2.19 per million output tokens", "money", 2.19, "USD/million tokens"),
        ],
    ),
    ("dropped to $118.42 a share", [_e("$118.42 a share", "money", 118.42, "USD/share")]),
    (
        "trained for just $5.6m (£4.5m), compared to $100m for GPT-4",
        [
            _e("$5.6m", "money", 5.6e6, "USD"),
            _e("£4.5m", "money", 4.5e6, "GBP"),
            _e("$100m", "money", 1e8, "USD"),
        ],
    ),
    (
        "Die Trainingskosten lagen bei rund 5,6 Millionen Dollar; knapp 600 Mrd. Dollar weg.",
        [
            _e("5,6 Millionen Dollar", "money", 5.6e6, "USD", qualifier="about"),
            _e("600 Mrd. Dollar", "money", 6e11, "USD", qualifier="about"),
        ],
    ),
    ("under $6 million", [_e("$6 million", "money", 6e6, "USD", qualifier="less_than")]),
    ("no more than $1,000", [_e("$1,000", "money", 1000.0, "USD", qualifier="at_most")]),
    ("well over $500 million", [_e("$500 million", "money", 5e8, "USD", qualifier="more_than")]),
    ("~$6M on compute", [_e("$6M", "money", 6e6, "USD", qualifier="about", precision=1e6)]),
    ("a 1.234.567 Euro Auftrag", [_e("1.234.567 Euro", "money", 1_234_567.0, "EUR")]),
]

GPUS = [
    # "such" between the count and the chips ("only 2,048 such chips", Swedish "sådana")
    ("only 2,048 such chips", [_e("2,048 such chips", "gpu_count", 2048.0, "GPU")]),
    ("endast 2 048 sådana chips", [_e("2 048 sådana chips", "gpu_count", 2048.0, "GPU")]),
    (
        "trained on 2,048 Nvidia H800 GPUs",
        [_e("2,048 Nvidia H800 GPUs", "gpu_count", 2048.0, "GPU", hardware="H800", precision=1.0)],
    ),
    ("512 H800s", [_e("512 H800s", "gpu_count", 512.0, "GPU", hardware="H800")]),
    # a server platform between the vendor and the chip
    (
        "on 32 nodes (256 NVIDIA HGX B200 GPUs)",
        [
            _e("32 nodes", "count", 32.0, "count"),
            _e("256 NVIDIA HGX B200 GPUs", "gpu_count", 256.0, "GPU", hardware="B200"),
        ],
    ),
    ("512 Nvidia H800 chips", [_e("512 Nvidia H800 chips", "gpu_count", 512.0, "GPU")]),
    ("some 50,000 GPUs", [_e("50,000 GPUs", "gpu_count", 50_000.0, "GPU", precision=1000.0)]),
    ("two thousand GPUs", [_e("two thousand GPUs", "gpu_count", 2000.0, "GPU")]),
    ("16x 80GB H100", [_e("16x 80GB H100", "gpu_count", 16.0, "GPU", hardware="H100")]),
    ("a 64*8 H800 GPUs cluster", [_e("64*8 H800 GPUs", "gpu_count", 512.0, "GPU")]),
    ("8x256 GPUs", [_e("8x256 GPUs", "gpu_count", 2048.0, "GPU")]),
    ("256 nodes of 8 GPUs", [_e("256 nodes of 8 GPUs", "gpu_count", 2048.0, "GPU")]),
    ("bought 10,000 A100s in 2021", [_e("10,000 A100s", "gpu_count", 10_000.0, "GPU")]),
    ("a 2,048-GPU cluster", [_e("2,048-GPU", "gpu_count", 2048.0, "GPU")]),
    ("an 8x256 grid", []),
    (
        "about 50,000 Hopper GPUs",
        [_e("50,000 Hopper GPUs", "gpu_count", 50_000.0, "GPU", hardware=None, qualifier="about")],
    ),
]

GPUS += [
    # Huawei's chips, after an adjective of origin
    (
        "trained on 4,096 domestic Ascend 910 chips",
        [_e("4,096 domestic Ascend 910 chips", "gpu_count", 4096.0, "GPU", hardware="Ascend 910")],
    ),
]

GPU_HOURS = [
    (
        "2.788M GPU hours",
        [_e("2.788M GPU hours", "gpu_hours", 2.788e6, "GPU-hour", precision=1000.0)],
    ),
    (
        "2,788K H800 GPU hours",
        [_e("2,788K H800 GPU hours", "gpu_hours", 2.788e6, "GPU-hour", hardware="H800")],
    ),
    ("147,000 GPU-hours", [_e("147,000 GPU-hours", "gpu_hours", 147_000.0, "GPU-hour")]),
    # "compute hours" are hours of accelerators, as GPU hours are
    (
        "2.8 million compute hours",
        [_e("2.8 million compute hours", "gpu_hours", 2.8e6, "GPU-hour", precision=1e5)],
    ),
    ("1,000 compute-hours", [_e("1,000 compute-hours", "gpu_hours", 1000.0, "GPU-hour")]),
    (
        "180K H800 GPU hours per trillion tokens",
        [_e("180K H800 GPU hours", "gpu_hours", 180_000.0, "GPU-hour")],
    ),
    (
        "2,7 Millionen GPU-Stunden",
        [_e("2,7 Millionen GPU-Stunden", "gpu_hours", 2.7e6, "GPU-hour")],
    ),
]

PARAMETERS = [
    (
        "671 billion parameters",
        [_e("671 billion parameters", "parameter_count", 6.71e11, "parameter")],
    ),
    ("the 671B MoE model", [_e("671B", "parameter_count", 6.71e11, "parameter", precision=1e9)]),
    ("37B active", [_e("37B", "parameter_count", 3.7e10, "parameter")]),
    ("37 billion activated", [_e("37 billion", "parameter_count", 3.7e10, "parameter")]),
    (
        "1.5B parameters",
        [_e("1.5B parameters", "parameter_count", 1.5e9, "parameter", precision=1e8)],
    ),
    ("DeepSeek R1 671B model", [_e("671B", "parameter_count", 6.71e11, "parameter")]),
    # a size in billions before models a few words on is the models' size, not their count
    ("two 660B reasoning models", [_e("660B", "parameter_count", 6.6e11, "parameter")]),
    ("the 70B quantized versions", [_e("70B", "parameter_count", 7e10, "parameter")]),
    # a spec card's label "X per Token" counts X
    (
        "- Active Parameters per Token: 37 billion",
        [_e("37 billion", "parameter_count", 3.7e10, "parameter")],
    ),
    # a hyphenated grade before chips is no duration ("second-rate", not seconds)
    ("2,000 second-rate chips", [_e("2,000 second-rate chips", "gpu_count", 2000.0, "GPU")]),
    ("512 low-end GPUs", [_e("512 low-end GPUs", "gpu_count", 512.0, "GPU")]),
    ("a 40 model lineup", [_e("40 model", "count", 40.0, "model", noun="model")]),
    ("1.6B app downloads", [_e("1.6B app downloads", "count", 1.6e9, "count", noun="download")]),
    (
        "The smallest of these, at 1.5B parameters, runs on a laptop.",
        [_e("1.5B parameters", "parameter_count", 1.5e9, "parameter")],
    ),
    (
        "a 70-billion-parameter model",
        [_e("70-billion-parameter", "parameter_count", 7e10, "parameter")],
    ),
    (
        "671 billion total parameters",
        [_e("671 billion total parameters", "parameter_count", 6.71e11, "parameter")],
    ),
    (
        "sizes 7B and 14B",
        [
            _e("7B", "parameter_count", 7e9, "parameter"),
            _e("14B", "parameter_count", 1.4e10, "parameter"),
        ],
    ),
    # a spec card's label with "total" or "active" after its noun
    (
        "- Parámetros totales: 671 mil millones",
        [_e("671 mil millones", "parameter_count", 6.71e11, "parameter")],
    ),
    (
        "Paramètres actifs : 37 milliards",
        [_e("37 milliards", "parameter_count", 3.7e10, "parameter")],
    ),
    # a parameter noun right before the count it is, in any script
    ("总参数量达1.6万亿", [_e("1.6万亿", "parameter_count", 1.6e12, "parameter")]),
    ("총 파라미터는 6710억 개", [_e("6710억", "parameter_count", 6.71e11, "parameter")]),
    ("総パラメータ数は6710億", [_e("6710億", "parameter_count", 6.71e11, "parameter")]),
    (
        "its total parameter count is 1.6 trillion",
        [_e("1.6 trillion", "parameter_count", 1.6e12, "parameter")],
    ),
    # not across a comma, nor across other words, nor without a magnitude
    (
        "With 671B parameters, 2 billion users",
        [
            _e("671B parameters", "parameter_count", 6.71e11, "parameter"),
            _e("2 billion users", "count", 2e9, "count"),
        ],
    ),
    ("parameters and a budget of 1.6 billion", [_e("1.6 billion", "number", 1.6e9, "number")]),
]

PERCENT = [
    ("Nvidia fell 17%", [_e("17%", "percentage", 17.0, "percent", precision=1.0)]),
    (
        "shares dropped 17–18%",
        [_e("17–18%", "percentage", 17.5, "percent", qualifier="range", lower=17.0, upper=18.0)],
    ),
    ("17-18 percent", [_e("17-18 percent", "percentage", 17.5, "percent", qualifier="range")]),
    ("by as much as 17–18%", [_e("17–18%", "percentage", 17.5, "percent", qualifier="range")]),
    ("79.8% on AIME", [_e("79.8%", "percentage", 79.8, "percent", precision=0.1)]),
    ("96.3rd percentile", [_e("96.3rd percentile", "percentage", 96.3, "percentile")]),
    ("fell 17 per cent", [_e("17 per cent", "percentage", 17.0, "percent")]),
    ("closed −17%", [_e("−17%", "percentage", 17.0, "percent")]),
    ("Die Aktie verlor 17 Prozent", [_e("17 Prozent", "percentage", 17.0, "percent")]),
    ("up 2 percentage points", [_e("2 percentage points", "percentage", 2.0, "percentage point")]),
    # "X% to Y%" usually reports a change, so only a dash joins two percentages into a range.
    (
        "rose 17% to 18%",
        [_e("17%", "percentage", 17.0, "percent"), _e("18%", "percentage", 18.0, "percent")],
    ),
    ("17%–18%", [_e("17%–18%", "percentage", 17.5, "percent", lower=17.0, upper=18.0)]),
    (
        "The Nasdaq Composite fell 3.1% and the S&P 500 dropped 1.5%.",
        [_e("3.1%", "percentage", 3.1, "percent"), _e("1.5%", "percentage", 1.5, "percent")],
    ),
    (
        "Microsoft slipped 2.1%, Alphabet fell 4.2 per cent and Oracle 14%.",
        [
            _e("2.1%", "percentage", 2.1, "percent"),
            _e("4.2 per cent", "percentage", 4.2, "percent"),
            _e("14%", "percentage", 14.0, "percent"),
        ],
    ),
    (
        "at most 5%; up to 30%",
        [
            _e("5%", "percentage", 5.0, "percent", qualifier="at_most"),
            _e("30%", "percentage", 30.0, "percent", qualifier="at_most"),
        ],
    ),
]

DURATIONS = [
    ("55 days", [_e("55 days", "duration", 55.0, "day")]),
    ("about 4 days", [_e("4 days", "duration", 4.0, "day", qualifier="about")]),
    (
        "80 hours and 198 hours",
        [_e("80 hours", "duration", 80.0, "hour"), _e("198 hours", "duration", 198.0, "hour")],
    ),
    ("less than two months", [_e("two months", "duration", 2.0, "month", qualifier="less_than")]),
    ("a 55-day run", [_e("55-day", "duration", 55.0, "day")]),
    ("roughly 1-2 weeks", [_e("1-2 weeks", "duration", 1.5, "week", qualifier="range")]),
    ("the biggest one-day loss", []),
]

DATES = [
    # Bulgarian, Croatian, Slovenian, Latvian and Estonian month names
    ("27 януари 2025", [_e("27 януари 2025", "date", 0.0, "date", year=2025, month=1, day=27)]),
    ("10. siječnja", [_e("10. siječnja", "date", 0.0, "date", month=1, day=10)]),
    ("27. januarja 2025", [_e("27. januarja 2025", "date", 0.0, "date", month=1, day=27)]),
    ("27. janvārī", [_e("27. janvārī", "date", 0.0, "date", month=1, day=27)]),
    ("27. jaanuaril 2025", [_e("27. jaanuaril 2025", "date", 0.0, "date", month=1, day=27)]),
    # English "mail", not the Estonian May
    ("She got 27 mail items that day.", [_e("27 mail items", "count", 27.0, "count")]),
    # Hungarian writes the month first, in lower case, and a case ending after the day
    ("a január 27-e előtti", [_e("január 27-e", "date", 0.0, "date", month=1, day=27)]),
    ("a január 20-i megjelenés", [_e("január 20-i", "date", 0.0, "date", month=1, day=20)]),
    ("január 27. hétfő", [_e("január 27.", "date", 0.0, "date", month=1, day=27)]),
    # ... and the year first ("2025. január 25-én")
    (
        "Az R1 modellt 2025. január 25-én adták ki.",
        [_e("2025. január 25-én", "date", 0.0, "date", year=2025, month=1, day=25)],
    ),
    ("January 20, 2025", [_e("January 20, 2025", "date", 0.0, "date", year=2025, month=1, day=20)]),
    ("on Jan. 27", [_e("Jan. 27", "date", 0.0, "date", year=None, month=1, day=27)]),
    ("Jan 27, 2025", [_e("Jan 27, 2025", "date", 0.0, "date", year=2025, month=1, day=27)]),
    ("20 January 2025", [_e("20 January 2025", "date", 0.0, "date", year=2025, month=1, day=20)]),
    ("the 20 January release", [_e("20 January", "date", 0.0, "date", month=1, day=20)]),
    ("2025-01-20", [_e("2025-01-20", "date", 0.0, "date", year=2025, month=1, day=20)]),
    ("27/01/2025", [_e("27/01/2025", "date", 0.0, "date", year=2025, month=1, day=27)]),
    ("01/27/2025", [_e("01/27/2025", "date", 0.0, "date", year=2025, month=1, day=27)]),
    ("am 27.01.2025", [_e("27.01.2025", "date", 0.0, "date", year=2025, month=1, day=27)]),
    ("03/04/2025", []),
    ("in December", [_e("December", "date", 0.0, "date", year=None, month=12, day=None)]),
    ("December 2024", [_e("December 2024", "date", 0.0, "date", year=2024, month=12, day=None)]),
    ("Tue Feb 25", [_e("Tue Feb 25", "date", 0.0, "date", month=2, day=25)]),
    ("Monday, Jan. 27", [_e("Monday, Jan. 27", "date", 0.0, "date", month=1, day=27)]),
    ("on Monday", []),
    ("in May", [_e("May", "date", 0.0, "date", month=5)]),
    ("You May want it", []),
    ("Feb 30", []),
    (
        "released on 20 January 2025, a week before the 27 January selloff",
        [
            _e("20 January 2025", "date", 0.0, "date", year=2025),
            _e("27 January", "date", 0.0, "date", year=None, day=27),
        ],
    ),
    # named days, with a year after them; a season ("over Christmas") is no day
    (
        "released on Christmas Day 2024",
        [_e("Christmas Day 2024", "date", 0.0, "date", year=2024, month=12, day=25)],
    ),
    (
        "out the day after Christmas",
        [_e("the day after Christmas", "date", 0.0, "date", year=None, month=12, day=26)],
    ),
    ("on Inauguration Day", [_e("Inauguration Day", "date", 0.0, "date", month=1, day=20)]),
    ("New Year's Eve", [_e("New Year's Eve", "date", 0.0, "date", month=12, day=31)]),
    ("over Christmas, a new model", []),
]

RATINGS_RANKS_COUNTS = [
    ("2,029 Elo", [_e("2,029 Elo", "rating", 2029.0, "elo")]),
    ("a 2029 rating on Codeforces", [_e("2029 rating", "rating", 2029.0, "elo")]),
    ("a Codeforces rating of 2029", [_e("2029", "rating", 2029.0, "elo")]),
    ("it ranks 8th", [_e("8th", "rank", 8.0, "rank")]),
    ("the app hit No. 1 on the App Store", [_e("No. 1", "rank", 1.0, "rank")]),
    # written without a space; a section number ("No.3.2") is still no rank
    ("taken the No.1 spot on the app store", [_e("No.1", "rank", 1.0, "rank")]),
    ("see section No.3.2", []),
    ("number one in the US", [_e("number one", "rank", 1.0, "rank")]),
    ("took the number 1 spot", [_e("number 1", "rank", 1.0, "rank")]),
    # a sum "a week later" is no rate per week
    ("lost $200 billion a week later", [_e("$200 billion", "money", 2e11, "USD")]),
    ("#1 free app", [_e("#1", "rank", 1.0, "rank")]),
    (
        "14.8 trillion tokens",
        [_e("14.8 trillion tokens", "tokens", 1.48e13, "token", precision=1e11)],
    ),
    ("800,000 samples", [_e("800,000 samples", "count", 800_000.0, "sample", noun="sample")]),
    ("800k samples", [_e("800k samples", "count", 800_000.0, "sample", noun="sample")]),
    ("six distilled models", [_e("six distilled models", "count", 6.0, "model", noun="model")]),
    ("6 distilled versions", [_e("6 distilled versions", "count", 6.0, "count", noun="version")]),
    # a number word counts models further ahead, across names joined by "and"
    (
        "distill six Llama and Qwen models",
        [_e("six Llama and Qwen models", "count", 6.0, "model", noun="model")],
    ),
    (
        "six open-weight language models",
        [_e("six open-weight language models", "count", 6.0, "model", noun="model")],
    ),
    ("six of them", []),
    # up to two words that describe the chips ("less powerful", "less-advanced")
    (
        "trained on 2,000 less powerful Nvidia chips",
        [_e("2,000 less powerful Nvidia chips", "gpu_count", 2000.0, "GPU")],
    ),
    (
        "using 2,000 less-advanced chips",
        [_e("2,000 less-advanced chips", "gpu_count", 2000.0, "GPU")],
    ),
    (
        "employs around 200 people",
        [_e("200 people", "count", 200.0, "count", noun="person", qualifier="about")],
    ),
    ("128K tokens of context", [_e("128K tokens", "tokens", 128_000.0, "token")]),
    (
        "1.2k upvotes",
        [_e("1.2k upvotes", "count", 1200.0, "count", noun="upvote", precision=100.0)],
    ),
    (
        "between 5 and 6 million users",
        [_e("between 5 and 6 million users", "count", 5.5e6, "count", lower=5e6, upper=6e6)],
    ),
    ("scored 90.8 on MMLU", [_e("90.8", "number", 90.8, "number")]),
    ("1 234 567 views", [_e("1 234 567 views", "count", 1_234_567.0, "count")]),
    (
        "128\u202f000 tokens",
        [_e("128\u202f000 tokens", "tokens", 128_000.0, "token", precision=1000.0)],
    ),
]

FORUM_AND_WIRE = [
    (
        "(Reuters) - Nvidia shares fell 17% on Monday, Jan. 27, wiping out nearly $600 billion.",
        [
            _e("17%", "percentage", 17.0, "percent"),
            _e("Monday, Jan. 27", "date", 0.0, "date", month=1, day=27),
            _e("$600 billion", "money", 6e11, "USD", qualifier="about"),
        ],
    ),
    (
        "Pre-training took 2.788M H800 GPU hours, about 55 days, on 14.8 trillion tokens.",
        [
            _e("2.788M H800 GPU hours", "gpu_hours", 2.788e6, "GPU-hour", hardware="H800"),
            _e("55 days", "duration", 55.0, "day", qualifier="about"),
            _e("14.8 trillion tokens", "tokens", 1.48e13, "token"),
        ],
    ),
    (
        "OpenAI's o3-mini, released Jan 31, scored 87.3% vs R1's 79.8%.",
        [
            _e("Jan 31", "date", 0.0, "date"),
            _e("87.3%", "percentage", 87.3, "percent"),
            _e("79.8%", "percentage", 79.8, "percent"),
        ],
    ),
    (
        "Their cluster: 8x H800 per node, 256 nodes.",
        [_e("8x H800", "gpu_count", 8.0, "GPU"), _e("256 nodes", "count", 256.0, "count")],
    ),
    (
        "Posted 3 hours ago by u/llm_fan · it needed 2048 GPUs for 2 months lol",
        [
            _e("3 hours", "duration", 3.0, "hour"),
            _e("2048 GPUs", "gpu_count", 2048.0, "GPU", precision=1.0),
            _e("2 months", "duration", 2.0, "month"),
        ],
    ),
    (
        "At least 3 distilled models beat o1-mini.",
        [_e("3 distilled models", "count", 3.0, "model", qualifier="at_least")],
    ),
    # a transcript's decimal point followed by a space, before a magnitude word; a numbered
    # item at a line's start and a year before a full stop stay apart
    (
        "they spent about 2. 8 million GPU hours, a cost of 5. 6 million dollars",
        [
            _e("2. 8 million GPU hours", "gpu_hours", 2.8e6, "GPU-hour", precision=1e5),
            _e("5. 6 million dollars", "money", 5.6e6, "USD", precision=1e5),
        ],
    ),
    # a machine translation's space after the thousands comma, before a group that opens
    # with a zero (never a list item)
    (
        "acquired 10, 000 units of A100s and trained on 2, 048 H800 GPUs",
        [
            _e("10, 000 units of A100s", "gpu_count", 1e4, "GPU", hardware="A100"),
            _e("2, 048 H800 GPUs", "gpu_count", 2048.0, "GPU", hardware="H800"),
        ],
    ),
    ("items 1, 2, 3 and 05, 06", []),
    # a range of multiples in words, like "5-10x"
    (
        "now 3 to 28 times faster than before",
        [_e("3 to 28 times", "number", 15.5, "times", qualifier="range", lower=3.0, upper=28.0)],
    ),
    (
        "Founded in 2023. 8 million users joined.\n1. 5 million downloads",
        [
            _e("8 million users", "count", 8e6, "count", precision=1e6),
            _e("5 million downloads", "count", 5e6, "count", precision=1e6),
        ],
    ),
]

NEGATIVES = [
    # foreign number words without a magnitude word, an English "billion" after a German
    # article (a million millions in German), and a word glued to a number by an apostrophe
    "the Mars 2020 rover",
    "In 2025 won the award, and team 3 won too.",  # the verb "won", not the Korean currency
    "the point is five, two point five",
    # idioms, not numbers; a French "billion" is a million millions
    "one in a million, a thousand times better, un billion de dollars, dos k",
    "sei anni, tre volte, dos veces, eine Billion Dollar, rock'n'roll'84",
    "a third party, a fifth column, half the time",
    "R1, V3, H800, H100, A100, GPT-4, GPT-4o, GPT-5, o1, o1-1217, o1-mini",
    "Qwen-7B, Qwen2.5-Math-1.5B, Llama-3.1-8B, Llama 3.3, DeepSeek-R1-Distill-Qwen-32B",
    "Claude 3.5 Sonnet and Gemini 2.0 lag behind.",
    "A Fortune 200 company; see Fig. 1, [2], Table 4 and §2.3.",
    "1. Foundation:\n  2. Reasoning Boost\n3) Done",
    "In 2025, and in 2020, DeepSeek grew.",  # bare years (a part of one is a date: "early 2025")
    "v2 of the paper, 2501.12948, https://arxiv.org/abs/2501.12948 and www.deepseek.com/v3",
    "at 10:30 a.m., or at 9:30am, call 555-123-4567 or +1 555 123 4567",
    "The FTSE 100 closed flat and the S&P 500 too.",
    "Ratios 1:1 and 24/7 and 1/3 or 3/4",
    "the 1990s and the 5G rollout at 3GHz",
    "one of the most important, and two of them said",
    "Step 2 and Phase 3 and Section 4 and Chapter 5",
    "AIME 2024 and MATH-500 and SWE-bench",
    # a number word that ends a name after a hyphen ("R1-Zero") is no count of anything
    "The R1-Zero model and R1-Zero shows the way; V3-One models",
    "R1-zero hours of RL training produced an aha moment; R1-zero percent accuracy rose",
]

NUMBER_WORDS = [
    # a hyphen that copy uses as a dash, glued to a name before the number words, leaves them
    # a number (only a capitalised word ends a name: "R1-Zero", see NEGATIVES)
    (
        "Deepseek trained V3 using H800-two thousand GPUs in all.",
        [_e("two thousand GPUs", "gpu_count", 2000.0, "GPU", precision=1000.0)],
    ),
    (
        "The Llama3-seventy billion parameter model trails R1.",
        [_e("seventy billion parameter", "parameter_count", 70e9, "parameter")],
    ),
    (
        "R1 ran on five hundred and twelve H800s.",
        [_e("five hundred and twelve H800s", "gpu_count", 512.0, "GPU", precision=1.0)],
    ),
    (
        "V3 used two thousand forty-eight GPUs.",
        [_e("two thousand forty-eight GPUs", "gpu_count", 2048.0, "GPU", precision=1.0)],
    ),
    (
        "two thousand and forty-eight Nvidia H800s",
        [_e("two thousand and forty-eight Nvidia H800s", "gpu_count", 2048.0, "GPU")],
    ),
    (
        "six hundred seventy-one billion parameters",
        [
            _e(
                "six hundred seventy-one billion parameters",
                "parameter_count",
                671e9,
                "parameter",
                precision=1e9,
            )
        ],
    ),
    (
        "two hundred thousand GPUs",
        [_e("two hundred thousand GPUs", "gpu_count", 200_000.0, "GPU", precision=100_000.0)],
    ),
    ("twenty five days", [_e("twenty five days", "duration", 25.0, "day")]),
    # an article before a scale word is the number one, as coarse as the scale
    (
        "wiped a trillion dollars off the market",
        [_e("a trillion dollars", "money", 1e12, "USD", precision=1e12)],
    ),
    (
        "GPT-4 had over a trillion parameters",
        [_e("a trillion parameters", "parameter_count", 1e12, "parameter", qualifier="more_than")],
    ),
    # a decimal point in words, as transcripts write it, and "a hundred"
    (
        "it cost five point six million dollars",
        [_e("five point six million dollars", "money", 5.6e6, "USD", precision=1e5)],
    ),
    ("a hundred million dollars", [_e("a hundred million dollars", "money", 1e8, "USD")]),
    # with a scale word, a number in words is a figure even without a unit
    (
        "wiped nearly six hundred billion off its market cap",
        [_e("six hundred billion", "number", 6e11, "number", precision=1e11, qualifier="about")],
    ),
    ("it cost only about five million.", [_e("five million", "number", 5e6, "number")]),
]

# fractions in words are shares in percent, rounded ("about" unless qualified)
FRACTIONS = [
    (
        "wiping out over a sixth of its value",
        [_e("a sixth", "percentage", 100 / 6, "percent", qualifier="more_than")],
    ),
    (
        "one third of the cost",
        [_e("one third", "percentage", 100 / 3, "percent", qualifier="about")],
    ),
    ("half of the GPUs", [_e("half", "percentage", 50.0, "percent", qualifier="about")]),
    # hyphenated, before "the", and in digits with an ordinal's ending or "of"
    (
        "at one-tenth the development cost",
        [_e("one-tenth", "percentage", 10.0, "percent", qualifier="about")],
    ),
    (
        "roughly one-eighteenth of what GPT-4 cost",
        [_e("one-eighteenth", "percentage", 100 / 18, "percent", qualifier="about")],
    ),
    ("at 1/45th the cost", [_e("1/45th", "percentage", 100 / 45, "percent", qualifier="about")]),
    ("about 1/30 of the price", [_e("1/30", "percentage", 100 / 30, "percent", qualifier="about")]),
    # not "half the time", nor a date or a score in digits
    ("half the time it fails", []),
    ("on 1/27 the market fell", []),
    ("it solved 11/27 tasks, open 24/7", []),
]

# spec cards: a label before a colon gives a bare number its unit
SPEC_CARDS = [
    (
        "Number of Experts: 64\nNumber of Layers: 61\nAttention Heads: 128",
        [
            _e("64", "count", 64.0, "count", noun="expert"),
            _e("61", "count", 61.0, "count", noun="layer"),
            _e("128", "count", 128.0, "count", noun="head"),
        ],
    ),
    (
        "- Experts: 256 total · 8 active\n- Pretraining tokens: 14.8T",
        [
            _e("256", "count", 256.0, "count", noun="expert"),
            _e("8", "count", 8.0, "count", noun="expert"),
            _e("14.8T", "tokens", 14.8e12, "token"),
        ],
    ),
    # a number with a name of its own after the colon is not the label's
    (
        "Its scores: AIME 2024 79.8, MATH-500 97.3",
        [
            _e("79.8", "number", 79.8, "number"),
            _e("97.3", "number", 97.3, "number"),
        ],
    ),
]

OTHER_LANGUAGES = [
    # a rank after "place" or "number" in other languages ("Platz 1", "numéro 1", "№ 1")
    ("DeepSeek landete auf Platz 1 im App Store", [_e("Platz 1", "rank", 1.0, "rank")]),
    ("se hissant numéro 1 des boutiques", [_e("numéro 1", "rank", 1.0, "rank")]),
    ("alcanzó el número 1 de la App Store", [_e("número 1", "rank", 1.0, "rank")]),
    # the French plural of the English trillion, a calque ("14,8 trillions de tokens")
    (
        "un dataset massif de 14,8 trillions de tokens",
        [_e("14,8 trillions de tokens", "tokens", 14.8e12, "token")],
    ),
    # the languages of South Asia: Marathi, Telugu, Urdu, Punjabi (digits of their own script
    # read as ASCII ones)
    ("त्यांच्या ५९३ अब्ज डॉलर्स", [_e("५९३ अब्ज डॉलर्स", "money", 593e9, "USD", precision=1e9)]),
    (
        "ఇది 670 బిలియన్ పారామీటర్లు కలిగి ఉంది",
        [_e("670 బిలియన్ పారామీటర్లు", "parameter_count", 670e9, "parameter", precision=1e9)],
    ),
    ("शेअर्स १७ टक्क्यांनी घसरले", [_e("१७ टक्क्यांनी", "percentage", 17.0, "percent")]),
    # Persian chips, Arabic tokens, Vietnamese and Tagalog magnitudes, Turkish parameters
    ("٢ هزار تراشه", [_e("٢ هزار تراشه", "gpu_count", 2000.0, "GPU")]),
    ("12.8 تريليون توكن", [_e("12.8 تريليون توكن", "tokens", 12.8e12, "token")]),
    ("600 tỉ USD", [_e("600 tỉ USD", "money", 600e9, "USD")]),
    ("$ 1.6 bilyong", [_e("$ 1.6 bilyong", "money", 1.6e9, "USD")]),
    ("32 milyar parametre", [_e("32 milyar parametre", "parameter_count", 32e9, "parameter")]),
    # a unit glued to the number, as Telugu and Malayalam write it ("3శాతం": 3 percent)
    ("నాస్డాక్ 3శాతం పతనమైంది", [_e("3శాతం", "percentage", 3.0, "percent")]),
    ("مارکیٹ ویلیو $600 بلین کم", [_e("$600 بلین", "money", 600e9, "USD", precision=1e9)]),
    (
        "20 ਜਨਵਰੀ 2025 ਨੂੰ",
        [_e("20 ਜਨਵਰੀ 2025", "date", 0.0, "date", year=2025, month=1, day=20)],
    ),
    # the case endings of Hungarian and the inflected forms of the Slavic and Baltic languages
    ("17 százalékot esett", [_e("17 százalékot", "percentage", 17.0, "percent")]),
    ("16,86 százalékkal", [_e("16,86 százalékkal", "percentage", 16.86, "percent")]),
    ("oslabil o 8,7 procenta", [_e("8,7 procenta", "percentage", 8.7, "percent")]),
    (
        "5,6 millió dollárból fejlesztették",
        [_e("5,6 millió dollárból", "money", 5.6e6, "USD", precision=1e5)],
    ),
    (
        "2,8 millió H800 GPU-órát igényelt",
        [_e("2,8 millió H800 GPU-órát", "gpu_hours", 2.8e6, "GPU-hour", precision=1e5)],
    ),
    (
        "suaktyvina 671 milijardo parametrų",
        [_e("671 milijardo parametrų", "parameter_count", 671e9, "parameter", precision=1e9)],
    ),
    ("na 50 tisícům GPU", [_e("50 tisícům GPU", "gpu_count", 50_000.0, "GPU")]),
    ("5,6 milijuna dolara", [_e("5,6 milijuna dolara", "money", 5.6e6, "USD")]),
    # Czech and Slovak abbreviate a million "mil." before a currency (not the Spanish "mil")
    ("za 5,6 mil. USD", [_e("5,6 mil. USD", "money", 5.6e6, "USD", precision=1e5)]),
    ("stálo 100 mil. Kč", [_e("100 mil. Kč", "money", 1e8, "CZK")]),
    # an elided article or preposition before the number ("l'", "dell'")
    ("una precisione dell'86,5% su AIME", [_e("86,5%", "percentage", 86.5, "percent")]),
    ("e l'84,1% su GSM8K", [_e("84,1%", "percentage", 84.1, "percent")]),
    # number words before a magnitude word, in the languages coverage is written in
    (
        "Gerade einmal sechs Millionen US-Dollar soll",
        [_e("sechs Millionen US-Dollar", "money", 6e6, "USD", precision=1e6)],
    ),
    (
        "se gastaron seis millones de dólares",
        [_e("seis millones de dólares", "money", 6e6, "USD")],
    ),
    ("Seicento miliardi bruciati", [_e("Seicento miliardi", "number", 6e11, "number")]),
    ("un milliard de dollars", [_e("un milliard de dollars", "money", 1e9, "USD")]),
    # per cent in other languages and scripts, and the Turkish sign before the number
    *[
        (text, [_e(text, "percentage", 17.0, "percent")])
        for text in (
            "17 por ciento",
            "17 pour cent",
            "17 percento",
            "17 por cento",
            "17 प्रतिशत",
            "17 ટકા",
            "17 சதவீதம்",
            "١٧٪",
            "%17",
        )
    ],
    ("50%17", [_e("50%", "percentage", 50.0, "percent"), _e("17", "number", 17.0, "number")]),
    # an abbreviated magnitude with its period before a unit noun
    ("Sie hat 3 Mrd. Parameter", [_e("3 Mrd. Parameter", "parameter_count", 3e9, "parameter")]),
    # magnitude words of Hebrew, Hindi, Gujarati and Thai
    ("14.8 טריליון טוקנים", [_e("14.8 טריליון", "number", 14.8e12, "number")]),
    ("56 लाख डॉलर", [_e("56 लाख डॉलर", "money", 5.6e6, "USD")]),
    ("593 અબજ ડોલર", [_e("593 અબજ ડોલર", "money", 593e9, "USD")]),
    ("5.9 แสนล้านดอลลาร์", [_e("5.9 แสนล้านดอลลาร์", "money", 5.9e11, "USD")]),
    # a dot before "000" separates thousands ("800.000 Beispiele")
    ("auf 800.000 Beispielen", [_e("800.000", "number", 800_000.0, "number", precision=1000.0)]),
    # so many GPUs, written with a multiplication sign before their name
    ("Cluster: 2’048 × NVIDIA H800", [_e("2’048 × NVIDIA H800", "gpu_count", 2048.0, "GPU")]),
    ("usually 8× H100 nodes", [_e("8× H100", "gpu_count", 8.0, "GPU")]),
    ("about 1.8× H100 speed", [_e("1.8×", "number", 1.8, "times")]),  # a multiple, no count
    # GPUs named before the number and its measure word, as Korean puts them
    ("H800을 2000개만 썼다고", [_e("2000개", "gpu_count", 2000.0, "GPU", hardware="H800")]),
    # a Korean noun with its particles ("chips-only-with")
    (
        "약 2000개의 칩만으로",
        [_e("2000개의 칩만으로", "gpu_count", 2000.0, "GPU", qualifier="about")],
    ),
    ("约 557.6万美元", [_e("557.6万美元", "money", 5_576_000.0, "USD")]),
    ("5576만 달러", [_e("5576만 달러", "money", 55_760_000.0, "USD")]),
    ("39만달러", [_e("39만달러", "money", 390_000.0, "USD")]),
    # a magnitude letter after a space, before what is counted or ending a table line
    ("a 671 B model", [_e("671 B", "parameter_count", 671e9, "parameter")]),
    ("Active parameters 37 B\n", [_e("37 B", "parameter_count", 37e9, "parameter")]),
    ("2.788 M H800 GPU hours", [_e("2.788 M H800 GPU hours", "gpu_hours", 2.788e6, "GPU-hour")]),
    ("see Plan B and grade 3 B", []),
    # ... or before a verb of what is counted ("37 B are activated"), not before any verb
    ("only ~37 B are activated per token", [_e("37 B", "parameter_count", 37e9, "parameter")]),
    ("grade 3 B is hard", []),
    # Portuguese and Spanish money: "mil" is a thousand after a spaced symbol; Brazilian reais
    ("gastou US$ 294 mil no treinamento", [_e("US$ 294 mil", "money", 294_000.0, "USD")]),
    ("R$ 5 mil", [_e("R$ 5 mil", "money", 5000.0, "BRL")]),
    ("$6 mil budget", [_e("$6", "money", 6.0, "USD")]),
    ("a 671 B-parameter model", [_e("671 B-parameter", "parameter_count", 671e9, "parameter")]),
    # magnitude and currency words of more languages; the marks of Indic scripts stay inside
    # their words; decimal digits of other scripts read as digits
    ("1,6 milyar dolar", [_e("1,6 milyar dolar", "money", 1.6e9, "USD")]),
    ("279 δισ. δολάρια", [_e("279 δισ. δολάρια", "money", 279e9, "USD")]),
    ("600 miliard dolarů", [_e("600 miliard dolarů", "money", 600e9, "USD")]),
    ("294,000 דולר", [_e("294,000 דולר", "money", 294_000.0, "USD")]),
    ("$ 1.6 बिलियन", [_e("$ 1.6 बिलियन", "money", 1.6e9, "USD")]),
    ("$৫.৬ মিলিয়নে", [_e("$৫.৬ মিলিয়নে", "money", 5.6e6, "USD")]),
    ("٥٠٠ مليون دولار", [_e("٥٠٠ مليون دولار", "money", 5e8, "USD")]),
    # the Arabic decimal separator keeps a number whole ("٧٩٫٨٪" is 79.8%, not 79 and 8%)
    ("نسبة ٧٩٫٨٪", [_e("٧٩٫٨٪", "percentage", 79.8, "percent")]),
    # a Korean, Chinese or Japanese power of ten that starts with "hundred" ("백만" = 10^6)
    ("5.6백만 달러", [_e("5.6백만 달러", "money", 5.6e6, "USD")]),
    ("560百万円", [_e("560百万円", "money", 5.6e8, "JPY")]),
    # a space groups thousands ("5 600 000"), but not before a letter ("llama 3 405B")
    ("coûté 5 600 000 dollars", [_e("5 600 000 dollars", "money", 5.6e6, "USD")]),
    ("llama 3 405B", [_e("405B", "parameter_count", 405e9, "parameter")]),
    # a currency after a Thai magnitude in one run of letters; a lakh of crores; Turkish
    # "yüzde" (percent) before the number; Portuguese "placas" (boards) are GPUs
    ("ค่าใช้จ่าย 1.6 พันล้านเหรียญสหรัฐในการพัฒนา", [_e("1.6 พันล้านเหรียญสหรัฐ", "money", 1.6e9, "USD")]),
    ("2.90 लाख करोड़ डॉलर", [_e("2.90 लाख करोड़ डॉलर", "money", 2.9e12, "USD")]),
    ("yüzde 15 komisyon", [_e("yüzde 15", "percentage", 15.0, "percent")]),
    # a German compound with the magnitude word inside it
    (
        "ein 671-Milliarden-Parameter-Modell",
        [_e("671-Milliarden-Parameter", "parameter_count", 671e9, "parameter")],
    ),
    ("ein 5,6-Millionen-Dollar-Training", [_e("5,6-Millionen-Dollar", "money", 5.6e6, "USD")]),
    # Swahili and Hausa write the currency and the magnitude before the number
    ("kugharimu dola milioni 6 tu", [_e("dola milioni 6", "money", 6e6, "USD", precision=1e6)]),
    (
        "karibu dola za Kimarekani bilioni 600 ya thamani",
        [_e("dola za Kimarekani bilioni 600", "money", 6e11, "USD", precision=1e9)],
    ),
    (
        "ina vigezo bilioni 671, na",
        [_e("bilioni 671", "parameter_count", 671e9, "parameter", precision=1e9)],
    ),
    ("zilishuka asilimia 17 siku", [_e("asilimia 17", "percentage", 17.0, "percent")]),
    ("kimanin dala miliyan 5.6", [_e("dala miliyan 5.6", "money", 5.6e6, "USD", precision=1e5)]),
    ("2.000 placas da Nvidia", [_e("2.000 placas", "gpu_count", 2000.0, "GPU")]),
    # a range whose magnitude and unit are written once, at its end
    (
        "from 1.5 to 70 billion parameters",
        [
            _e("1.5", "parameter_count", 1.5e9, "parameter"),
            _e("70 billion parameters", "parameter_count", 70e9, "parameter"),
        ],
    ),
    (
        "de 1,5 a 70 bilhões de parâmetros",
        [
            _e("1,5", "parameter_count", 1.5e9, "parameter"),
            _e("70 bilhões de parâmetros", "parameter_count", 70e9, "parameter"),
        ],
    ),
    # "per hour" written before the sum (Korean, Chinese)
    ("시간당 2달러", [_e("시간당 2달러", "money", 2.0, "USD/hour")]),
    ("每小时2美元", [_e("每小时2美元", "money", 2.0, "USD/hour")]),
    # "mil" after a dollar sum with a decimal point is the English (Malaysian) million; a whole
    # number before it may be Portuguese or Spanish thousands, and is left alone
    ("cost just US$5.6 mil (RM24.68 mil)", [_e("US$5.6 mil", "money", 5.6e6, "USD")]),
    ("custou US$294 mil para treinar", [_e("US$294", "money", 294.0, "USD")]),
    # chips in the Nordic and Baltic languages; Turkish and Finnish case forms of magnitudes
    ("med kun 2048 Nvidia-brikker", [_e("2048 Nvidia-brikker", "gpu_count", 2048.0, "GPU")]),
    ("2 048 grafikkort", [_e("2 048 grafikkort", "gpu_count", 2048.0, "GPU")]),
    ("toplam 671 milyardan", [_e("671 milyardan", "number", 6.71e11, "number")]),
    ("600 miljardia dollaria", [_e("600 miljardia dollaria", "money", 6e11, "USD")]),
    # Romanian: "de" after a number of twenty or more, and its words for percent
    (
        "aproximativ 590 de miliarde de dolari",
        [_e("590 de miliarde de dolari", "money", 5.9e11, "USD")],
    ),
    ("3.500 de miliarde de dolari", [_e("3.500 de miliarde de dolari", "money", 3.5e12, "USD")]),
    ("a pierdut 17 la sută", [_e("17 la sută", "percentage", 17.0, "percent")]),
    ("a scăzut cu 20 de procente", [_e("20 de procente", "percentage", 20.0, "percent")]),
    # "per hour" before the sum, in Japanese and Chinese word order
    (
        "1時間あたり2ドル",
        [_e("1時間", "duration", 1.0, "hour"), _e("2ドル", "money", 2.0, "USD/hour")],
    ),
    ("1時間2ドル", [_e("1時間", "duration", 1.0, "hour"), _e("2ドル", "money", 2.0, "USD/hour")]),
    ("以每 H800 小时 $ 2 美元计", [_e("$ 2", "money", 2.0, "USD/hour")]),
    ("2時間2ドル", [_e("2時間", "duration", 2.0, "hour"), _e("2ドル", "money", 2.0, "USD")]),
    # months of Romanian, Arabic, Czech and Persian after the day
    ("pe 17 septembrie 2025", [_e("17 septembrie 2025", "date", 0.0, "date")]),
    ("في 17 سبتمبر 2025", [_e("17 سبتمبر 2025", "date", 0.0, "date")]),
    ("vydána 20. ledna 2025", [_e("20. ledna 2025", "date", 0.0, "date")]),
    # an abbreviated month with its dot before a year
    ("(Sept. 2024)", [_e("Sept. 2024", "date", 0.0, "date")]),
    # a pair of amounts with a slash ("total/active"); an amount in brackets is no citation
    (
        "R1 671B/37B",
        [
            _e("671B", "parameter_count", 671e9, "parameter"),
            _e("37B", "parameter_count", 37e9, "parameter"),
        ],
    ),
    ("fewer tokens (14.8T)", [_e("14.8T", "number", 14.8e12, "number")]),
    # Markdown's emphasis between a label, its colon and its value
    ("- **Codeforces Rating**: **2029**", [_e("2029", "rating", 2029.0, "elo")]),
    ("**Layers**: **61**", [_e("61", "count", 61.0, "count", noun="layer")]),
    # a Chinese, Japanese or Korean measure word and the noun it counts
    ("推理时只需激活8个专家模块", [_e("8个专家模块", "count", 8.0, "count")]),
    ("8つのエキスパート", [_e("8つのエキスパート", "count", 8.0, "count")]),
    ("약 2000개의 엔비디아 칩", [_e("2000개의 엔비디아 칩", "gpu_count", 2000.0, "GPU")]),
    # spaces around the digits of a Chinese date or amount
    ("2025 年 1 月 20 日，DeepSeek 发布", [_e("2025 年 1 月 20 日", "date", 0.0, "date")]),
    ("2024 年 12 月发布", [_e("2024 年 12 月", "date", 0.0, "date")]),
    # hedges and currency suffixes of more languages
    ("6 milyon dolarlık bir eğitim", [_e("6 milyon dolarlık", "money", 6e6, "USD")]),
    (
        "bijna 600 miljard dollar",
        [_e("600 miljard dollar", "money", 6e11, "USD", qualifier="about")],
    ),
    # magnitude and currency words of Ukrainian, Slovak, Estonian, Croatian, Persian, Arabic
    ("коштувала 5,6 мільйони доларів", [_e("5,6 мільйони доларів", "money", 5.6e6, "USD")]),
    ("za 5,6 milióna dolárov", [_e("5,6 milióna dolárov", "money", 5.6e6, "USD")]),
    ("600 miljardit dollarit", [_e("600 miljardit dollarit", "money", 6e11, "USD")]),
    ("600 milijardi dolara", [_e("600 milijardi dolara", "money", 6e11, "USD")]),
    ("۶۰۰ میلیارد دلار", [_e("۶۰۰ میلیارد دلار", "money", 6e11, "USD")]),
    ("2.9 تريليون دولار", [_e("2.9 تريليون دولار", "money", 2.9e12, "USD")]),
    # number words of more languages before a magnitude word
    (
        "kuusi miljoonaa dollaria",
        [_e("kuusi miljoonaa dollaria", "money", 6e6, "USD", precision=1e6)],
    ),
    ("أقل من ستة ملايين دولار", [_e("ستة ملايين دولار", "money", 6e6, "USD", precision=1e6)]),
    # "多" (odd) between a number and its CJK magnitude: that many and more
    (
        "訓練成本大約500多萬美元",
        [_e("500多萬美元", "money", 5e6, "USD", precision=1e4, qualifier="more_than")],
    ),
    # Norwegian, Danish and Swedish, read only before a magnitude word ("to" and "fire" stay
    # English words)
    (
        "for under seks millioner dollar",
        [_e("seks millioner dollar", "money", 6e6, "USD", precision=1e6)],
    ),
    ("för sex miljoner dollar", [_e("sex miljoner dollar", "money", 6e6, "USD", precision=1e6)]),
    ("went to fire millions of people", []),
    # a year-like number in a table row of ratings is a rating; a row of years stays years
    (
        "| Codeforces (Rating) | 1134 | 2029 |",
        [_e("1134", "number", 1134.0, "number"), _e("2029", "number", 2029.0, "number")],
    ),
    ("| Year | 2024 | 2025 |", []),
    # ... and so is one next to a rating's words in prose, but not after a word of time
    ("R1 got 2029 on Codeforces", [_e("2029", "number", 2029.0, "number")]),
    ("an Elo rating of approximately 2029", [_e("2029", "number", 2029.0, "number")]),
    ("Codeforces ratings will rise in 2029", []),
    # a GPU generation names GPUs ("Hopper chips", "Hoppers"); a vendor's processors are GPUs
    (
        "about 50,000 Hopper-generation chips",
        [_e("50,000 Hopper-generation chips", "gpu_count", 50000.0, "GPU")],
    ),
    ("a cluster of 50,000 Hoppers", [_e("50,000 Hoppers", "gpu_count", 50000.0, "GPU")]),
    ("50,000 Nvidia processors", [_e("50,000 Nvidia processors", "gpu_count", 50000.0, "GPU")]),
    # Swiss apostrophe thousands; a case ending after an apostrophe ("GPU'su", Turkish)
    ("anche 50’000 GPU NVIDIA", [_e("50’000 GPU", "gpu_count", 50000.0, "GPU")]),
    (
        "yaklaşık 50.000 NVIDIA Hopper GPU'su",
        [_e("50.000 NVIDIA Hopper GPU'su", "gpu_count", 50000.0, "GPU")],
    ),
    # a CJK hour word after "GPU" makes GPU hours; a magnitude makes the dot a decimal point
    ("2.788M GPU時間をかけて", [_e("2.788M GPU時間", "gpu_hours", 2.788e6, "GPU-hour")]),
    ("2.788M H800 GPU 시간만", [_e("2.788M H800 GPU 시간", "gpu_hours", 2.788e6, "GPU-hour")]),
    # markdown bold around a figure; "$US" as Australian papers write it
    ("**$590 billion**", [_e("$590 billion", "money", 5.9e11, "USD")]),
    ("wiping $US589 billion off", [_e("$US589 billion", "money", 5.89e11, "USD")]),
    # a model's name with its size states the size; other numbers after a name are its own
    ("Running DeepSeek R1 671B on a PC", [_e("671B", "parameter_count", 6.71e11, "parameter")]),
    ("Qwen 2.5 runs fast", []),
    ("Llama 3.3 70B", [_e("70B", "parameter_count", 7e10, "parameter")]),
    # "December of 2023": a month and its year
    (
        "founded in December of 2023 by",
        [_e("December of 2023", "date", 0.0, "date", year=2023, month=12)],
    ),
    # a long-scale "billion" is a million millions; hours of GPUs in other languages
    ("14,8 billones de tokens", [_e("14,8 billones de tokens", "tokens", 1.48e13, "token")]),
    (
        "2.78 मिलियन जीपीयू घंटे",
        [_e("2.78 मिलियन जीपीयू घंटे", "gpu_hours", 2.78e6, "GPU-hour")],
    ),
    # a day of the month alone, as CJK datelines write it; not a count of days
    (
        "株価は27日に17%下落し",
        [_e("27日", "date", 0.0, "date", day=27), _e("17%", "percentage", 17.0, "percent")],
    ),
    ("27일(현지시간) 엔비디아", [_e("27일", "date", 0.0, "date", day=27)]),
    ("時価総額は1日で減り、3日間続いた", [_e("3日間", "duration", 3.0, "day")]),
    # a digit counted out of what came before ("of which 8 are active") is no index
    (
        "256 experts, of which 8 are active",
        [_e("256 experts", "count", 256.0, "count"), _e("8", "number", 8.0, "number")],
    ),
    # "on the 27th": a day of the month alone; not "on the 3rd floor"
    ("On the 27th, the app topped the chart", [_e("27th", "date", 0.0, "date", day=27)]),
    ("by the 27th had wiped", [_e("27th", "date", 0.0, "date", day=27)]),
    ("an office on the 3rd floor", []),
    # Thai magnitudes and dollars, written without a space after the magnitude; Vietnamese
    ("593,000 ล้านดอลลาร์", [_e("593,000 ล้านดอลลาร์", "money", 5.93e11, "USD")]),
    ("600 พันล้านเหรียญสหรัฐ", [_e("600 พันล้านเหรียญสหรัฐ", "money", 6e11, "USD")]),
    ("chỉ 5,5 triệu đô la Mỹ", [_e("5,5 triệu đô la Mỹ", "money", 5.5e6, "USD")]),
    # a typographic hyphen is a hyphen
    ("5,000 GPU\u2011hours", [_e("5,000 GPU\u2011hours", "gpu_hours", 5000.0, "GPU-hour")]),
    # a percent or an hour glued to the number ("17pc", as British papers write; "198h")
    ("Nvidia fell 17pc on Monday", [_e("17pc", "percentage", 17.0, "percent")]),
    ("R1-Zero trained for 198h", [_e("198h", "duration", 198.0, "hour")]),
    # more ways to write GPUs: "graphics processors", "specialized chips", Polish and Hindi
    (
        "using just 2048 graphics processors",
        [_e("2048 graphics processors", "gpu_count", 2048.0, "GPU")],
    ),
    (
        "a cluster of 2000 specialized chips",
        [_e("2000 specialized chips", "gpu_count", 2000.0, "GPU")],
    ),
    (
        "backed by approximately 2,000 specialized computer chips",
        [_e("2,000 specialized computer chips", "gpu_count", 2000.0, "GPU")],
    ),
    ("avoir utilisé 2 000 anciens GPU", [_e("2 000 anciens GPU", "gpu_count", 2000.0, "GPU")]),
    ("na zaledwie 2048 akceleratorach", [_e("2048 akceleratorach", "gpu_count", 2048.0, "GPU")]),
    ("केवल 2048 जीपीयू का उपयोग", [_e("2048 जीपीयू", "gpu_count", 2048.0, "GPU")]),
    (
        "it cost five and a half million dollars",
        [_e("five and a half million dollars", "money", 5.5e6, "USD")],
    ),
    # multiples are figures of their own, in times; a product before GPUs is a GPU count
    ("about 47x cheaper", [_e("47x", "number", 47.0, "times")]),
    ("~1.8× faster", [_e("1.8×", "number", 1.8, "times")]),
    ("5-10x less", [_e("5-10x", "number", 7.5, "times")]),
    ("it is 20 times cheaper", [_e("20 times", "number", 20.0, "times")]),
    ("six times more compute", [_e("six times", "number", 6.0, "times")]),
    ("1.5 times as many GPUs", [_e("1.5 times", "number", 1.5, "times")]),
    ("the app was downloaded five times", []),
    ("16x 80GB H100 GPUs", [_e("16x 80GB H100 GPUs", "gpu_count", 16.0, "GPU")]),
    # a currency symbol after the amount, as French and German write it, with a magnitude
    ("Am Freitag schloss sie bei 142,62 $.", [_e("142,62 $", "money", 142.62, "USD")]),
    ("à 118,58 $US", [_e("118,58 $US", "money", 118.58, "USD")]),
    ("fast 600 Mrd. $ an Wert", [_e("600 Mrd. $", "money", 600e9, "USD")]),
    ("une perte de 589 G$", [_e("589 G$", "money", 589e9, "USD")]),
    ("coûté 5,6 M€", [_e("5,6 M€", "money", 5.6e6, "EUR")]),
    # a dot groups thousands before the magnitude words of Spanish and Italian
    ("279.000 millones de dólares", [_e("279.000 millones de dólares", "money", 279e9, "USD")]),
    ("1.600 milioni di dollari", [_e("1.600 milioni di dollari", "money", 1.6e9, "USD")]),
    # the Italian "mila", a thousand, spaced or glued, and before another magnitude
    ("circa 50mila chip NVIDIA", [_e("50mila chip", "gpu_count", 50_000.0, "GPU")]),
    ("50 mila GPU", [_e("50 mila GPU", "gpu_count", 50_000.0, "GPU")]),
    ("3mila miliardi di dollari", [_e("3mila miliardi di dollari", "money", 3e12, "USD")]),
    ("5.576 Millionen Dollar", [_e("5.576 Millionen Dollar", "money", 5.576e6, "USD")]),
    # Korean writes a space before the currency word, and a particle glued after it
    ("558만 달러를 썼다", [_e("558만 달러", "money", 5_580_000.0, "USD")]),
    ("共 278万GPU小时", [_e("278万GPU小时", "gpu_hours", 2_780_000.0, "GPU-hour")]),
    ("5,900億ドル", [_e("5,900億ドル", "money", 590e9, "USD")]),
    ("用了 2048 块 H800 GPU", [_e("2048 块 H800 GPU", "gpu_count", 2048.0, "GPU")]),
    ("6 миллионов долларов", [_e("6 миллионов долларов", "money", 6e6, "USD")]),
    ("7 milliárd dollárt", [_e("7 milliárd dollárt", "money", 7e9, "USD")]),
    ("membeli 50.000 GPU Nvidia", [_e("50.000 GPU", "gpu_count", 50_000.0, "GPU")]),
    # CJK writes no space between words: a number glued to letters is still a figure there
    ("訓練費用は560万ドル", [_e("560万ドル", "money", 5_600_000.0, "USD")]),
    ("在2048个H800 GPU组成的集群上", [_e("2048个H800 GPU", "gpu_count", 2048.0, "GPU")]),
    ("NVIDIAは17%下落", [_e("17%", "percentage", 17.0, "percent")]),
    ("拥有6710亿参数的模型", [_e("6710亿参数", "parameter_count", 671e9, "parameter")]),
    ("只花3.7天训练", [_e("3.7天", "duration", 3.7, "day")]),
    ("ランキングで1位に", [_e("1位", "rank", 1.0, "rank")]),
    ("80시간", [_e("80시간", "duration", 80.0, "hour")]),
    ("約91兆円", [_e("91兆円", "money", 91e12, "JPY", qualifier="about", magnitude=1e12)]),
    ("600万元人民币", [_e("600万元", "money", 6e6, "CNY")]),
    ("1月10日にリリース", [_e("1月10日", "date", 0.0, "date", year=None, month=1, day=10)]),
    ("2025年1月27日", [_e("2025年1月27日", "date", 0.0, "date", year=2025, month=1, day=27)]),
    ("2025년 1월 27일에", [_e("2025년 1월 27일", "date", 0.0, "date", year=2025, month=1, day=27)]),
    ("2023年7月成立", [_e("2023年7月", "date", 0.0, "date", year=2023, month=7, day=None)]),
    # a comma before an English-looking magnitude is decimal when the text goes on in another
    # language; "mil millones" is a thousand million; Polish and French nouns
    ("5,576 millions de dollars", [_e("5,576 millions de dollars", "money", 5_576_000.0, "USD")]),
    ("5,576 mln dolarów", [_e("5,576 mln dolarów", "money", 5_576_000.0, "USD")]),
    ("6 mln dol. na trening", [_e("6 mln dol", "money", 6e6, "USD")]),
    (
        "671 mil millones de parámetros",
        [_e("671 mil millones de parámetros", "parameter_count", 671e9, "parameter")],
    ),
    ("que 2 048 processeurs graphiques", [_e("2 048 processeurs", "gpu_count", 2048.0, "GPU")]),
    # a chip series' number is a name, not a size ("Ascend 910B"); Korean won
    ("改用華為「昇騰910B」晶片訓練", []),
    ("Huawei Ascend 910B chips", []),
    ("(약 81억원)", [_e("81억원", "money", 8.1e9, "KRW")]),
    ("costó 294 mil dólares", [_e("294 mil dólares", "money", 294_000.0, "USD")]),
    ("671 mld parametrów", [_e("671 mld parametrów", "parameter_count", 671e9, "parameter")]),
    ("2,78 millions d'heures", [_e("2,78 millions d'heures", "duration", 2.78e6, "hour")]),
    # CJK amounts with their lower places written after the magnitude
    ("29万4000ドル", [_e("29万4000ドル", "money", 294_000.0, "USD")]),
    ("29万4千ドル", [_e("29万4千ドル", "money", 294_000.0, "USD")]),
    ("557만 6000달러", [_e("557만 6000달러", "money", 5_576_000.0, "USD")]),
    ("2千块GPU", [_e("2千块GPU", "gpu_count", 2000.0, "GPU")]),
    # Arabic magnitude, currency, hour and percent words; Polish "proc."
    ("أنفقت 294 ألف دولار فقط", [_e("294 ألف دولار", "money", 294_000.0, "USD")]),
    ("5.6 مليون دولار", [_e("5.6 مليون دولار", "money", 5_600_000.0, "USD")]),
    ("على مدى 80 ساعة", [_e("80 ساعة", "duration", 80.0, "hour")]),
    ("تراجع 17 بالمئة", [_e("17 بالمئة", "percentage", 17.0, "percent")]),
    ("spadek o 17 proc. w poniedziałek", [_e("17 proc", "percentage", 17.0, "percent")]),
    # currency codes glued to the amount, as Indonesian coverage writes them
    ("hanya USD6 juta atau", [_e("USD6 juta", "money", 6e6, "USD")]),
    ("sekitar Rp98,5 miliar", [_e("Rp98,5 miliar", "money", 98.5e9, "IDR")]),
    # GPU phrases in other languages and compounds
    ("由2048颗英伟达H800 GPU组成", [_e("2048颗英伟达H800 GPU", "gpu_count", 2048.0, "GPU")]),
    ("rund 2000 Nvidia-Chips hat", [_e("2000 Nvidia-Chips", "gpu_count", 2000.0, "GPU")]),
    (
        "задействовав 2048 графических процессоров,",
        [_e("2048 графических процессоров", "gpu_count", 2048.0, "GPU")],
    ),
    ("used 2048 AI GPU chips", [_e("2048 AI GPU", "gpu_count", 2048.0, "GPU")]),
    (
        "a Multi-Token Prediction module (14B extra weights)",
        [_e("14B extra weights", "parameter_count", 14e9, "parameter")],
    ),
    # a language that says "Millionen" writes a decimal comma; English "5,576 million" is 5.576B
    ("5,576 Millionen US-Dollar", [_e("5,576 Millionen US-Dollar", "money", 5_576_000.0, "USD")]),
    ("5,576 million dollars", [_e("5,576 million dollars", "money", 5_576e6, "USD")]),
    ("1,6 milliard de dollars", [_e("1,6 milliard de dollars", "money", 1.6e9, "USD")]),
    ("6 milioni di dollari", [_e("6 milioni di dollari", "money", 6e6, "USD")]),
    (
        "a rental price of $2 for every GPU hour",
        [_e("$2 for every GPU hour", "money", 2.0, "USD/GPU-hour")],
    ),
    # memory and disk sizes, in GB
    ("its GGUF weights weigh roughly 404GB", [_e("404GB", "data_size", 404.0, "GB")]),
    ("requested_memory = 446.3 GiB", [_e("446.3 GiB", "data_size", 446.3, "GB")]),
    ("needs 1.5 TB of RAM", [_e("1.5 TB", "data_size", 1500.0, "GB")]),
    ("a KV cache of only 70KB per token", [_e("70KB", "data_size", 70e-6, "GB")]),
    # "mil" is a thousand for things counted (Spanish, Portuguese), never for money
    ("cerca de 50 mil GPUs Hopper", [_e("50 mil GPUs", "gpu_count", 50_000.0, "GPU")]),
    ("10 mil unidades H800", [_e("10 mil unidades H800", "gpu_count", 10_000.0, "GPU")]),
    ("$6 mil", [_e("$6", "money", 6.0, "USD")]),
    ("you land at about $6million.", [_e("$6million", "money", 6e6, "USD", qualifier="about")]),
    ("cost Low (US$6 M)", [_e("US$6 M", "money", 6e6, "USD")]),
    ("$5 M of it", [_e("$5 M", "money", 5e6, "USD")]),
    ("US$ 1,6 bilhão", [_e("US$ 1,6 bilhão", "money", 1.6e9, "USD")]),
    # day-first dates with a lower-case month name
    (
        "il 27 gennaio 2025",
        [_e("27 gennaio 2025", "date", 0.0, "date", year=2025, month=1, day=27)],
    ),
    ("el 27 de enero", [_e("27 de enero", "date", 0.0, "date", year=None, month=1, day=27)]),
    ("27 січня 2025", [_e("27 січня 2025", "date", 0.0, "date", year=2025, month=1, day=27)]),
    # a month of another language before a year, in the forms written without a day
    *[
        (text, [_e(text.split(" ", 1)[1], "date", 0.0, "date", year=y, month=m, day=None)])
        for text, y, m in (
            ("em setembro de 2020", 2020, 9),
            ("en janvier 2025", 2025, 1),
            ("a gennaio 2025", 2025, 1),
            ("в январе 2025", 2025, 1),
            ("w styczniu 2025", 2025, 1),
            ("Το Δεκέμβριος 2024", 2024, 12),
            ("में दिसंबर 2025", 2025, 12),
        )
    ],
    ("27. stycznia", [_e("27. stycznia", "date", 0.0, "date", year=None, month=1, day=27)]),
]

ALL_POSITIVE = (
    FRACTIONS
    + SPEC_CARDS
    + NUMBER_WORDS
    + OTHER_LANGUAGES
    + MONEY
    + GPUS
    + GPU_HOURS
    + PARAMETERS
    + PERCENT
    + DURATIONS
    + DATES
    + RATINGS_RANKS_COUNTS
    + FORUM_AND_WIRE
)


@pytest.mark.parametrize(
    ("sentence", "expected"), ALL_POSITIVE, ids=[c[0][:40] for c in ALL_POSITIVE]
)
def test_figures(sentence: str, expected: Expected) -> None:
    _check(sentence, expected)


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_negatives_yield_nothing(sentence: str) -> None:
    assert extract_figures(sentence) == []


def test_figure_is_frozen_and_complete() -> None:
    [fig] = extract_figures("It cost $5.5 million.")
    assert fig == Figure(
        start=8,
        end=20,
        text="$5.5 million",
        kind="money",
        value=5_500_000.0,
        unit="USD",
        precision=100_000.0,
        qualifier="exact",
        lower=None,
        upper=None,
        hardware=None,
        year=None,
        month=None,
        day=None,
        noun=None,
        magnitude=1_000_000.0,
    )
    with pytest.raises(ValidationError):
        fig.value = 1.0  # type: ignore[misc]


HOSTILE = [
    "7" * 100_000,
    ("abc$5M,17%H800x" * 2_000),
    "," * 100_000,
    "." * 100_000,
    "$" * 100_000,
    "-" * 100_000,
    "1," * 50_000,
    "1.1." * 25_000,
    "1 " * 50_000,
    "$1-" * 30_000,
    "(" * 50_000 + "5%" + ")" * 50_000,
    "a1" * 50_000,
    "Jan 1, " * 20_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=[repr(h[:12]) for h in HOSTILE])
def test_hostile_inputs_finish_sanely(text: str) -> None:
    figures = extract_figures(text)
    _assert_invariants(text, figures)


def test_long_digit_run_is_skipped() -> None:
    assert extract_figures("7" * 100_000 + " and 17%")[-1].text == "17%"
    assert [f.text for f in extract_figures("7" * 100_000)] == []


def _assert_invariants(text: str, figures: list[Figure]) -> None:
    last_end = 0
    for f in figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= last_end
        last_end = f.end
        assert f.value >= 0
        if f.lower is not None and f.upper is not None:
            assert f.lower <= f.value <= f.upper


_ALPHABET = st.sampled_from(
    [
        *"0123456789 ,.-–$€£¥%+~x*/:#()[]§\n\u202fkKmMbBT",
        *("million", "billion", " GPUs", " H800", " parameters", "Jan", " days", "between"),
        " and ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
@example("0 %0")  # a sign after one number read again as the sign before the next
@example("0+%0")
def test_spans_are_exact_sorted_and_disjoint(text: str) -> None:
    _assert_invariants(text, extract_figures(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _assert_invariants(text, extract_figures(text))


@pytest.mark.parametrize(
    ("text", "figure", "ymd"),
    [
        # Turkish: a case ending after an apostrophe ("on 15 January")
        ("15 Ocak’ta internete açılan DeepSeek.", "15 Ocak’ta", (None, 1, 15)),
        ("Nvidia 27 Ocak'ta düştü.", "27 Ocak'ta", (None, 1, 27)),
        # Swahili and Indonesian may write the month first
        ("Kampuni hiyo ilieleza mnamo Januari 20 jinsi ilivyounda.", "Januari 20", (None, 1, 20)),
        ("DeepSeek merilis R1 pada Januari 20, 2025.", "Januari 20, 2025", (2025, 1, 20)),
        # Urdu months
        ("ڈیپ سیک نے 20 جنوری کو آر 1 جاری کیا۔", "20 جنوری", (None, 1, 20)),
        ("15 Mart 2025", "15 Mart 2025", (2025, 3, 15)),
        # Thai month names; Tamil writes the month first
        ("วันที่ 20 มกราคม 2025 ไม่ได้เป็นแค่", "20 มกราคม 2025", (2025, 1, 20)),
        ("ஜனவரி 20 அன்று வெளியானது", "ஜனவரி 20", (None, 1, 20)),
        ("ஜனவரி 10-ம் தேதி", "ஜனவரி 10", (None, 1, 10)),
        # Vietnamese: "ngày 27.1" is the 27th of January, "tháng 11/2024" November 2024
        ("khi phiên giao dịch ngày 27.1 khép lại", "27.1", (None, 1, 27)),
        ("DeepSeek R1 vào tháng 11/2024, được", "11/2024", (2024, 11, None)),
    ],
)
def test_dates_of_more_languages(
    text: str, figure: str, ymd: tuple[int | None, int | None, int | None]
) -> None:
    (found,) = [f for f in extract_figures(text) if f.kind == "date"]
    assert (found.text, (found.year, found.month, found.day)) == (figure, ymd)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("el lunes 29 de enero de 2025", "29 de enero de 2025"),
        ("em 27 de janeiro de 2025, a Nvidia", "27 de janeiro de 2025"),
    ],
)
def test_a_day_month_de_year_is_one_date(text: str, figure: str) -> None:
    (found,) = [f for f in extract_figures(text) if f.kind == "date"]
    assert (found.text, found.year) == (figure, 2025)


def test_an_italian_place_is_no_percent() -> None:
    # "al 1 posto" is first place; Croatian "17 posto" is 17 percent
    assert extract_figures("DeepSeek è salita al 1 posto dell'App Store.") == []
    assert [(f.text, f.unit) for f in extract_figures("Nvidia je pala 17 posto.")] == [
        ("17 posto", "percent")
    ]


def test_a_tables_next_row_gives_no_unit() -> None:
    # the next row's label ("Active parameters", "Training tokens") is not what the cell counts;
    # a cell's unit comes from its own row's label, read by the checker
    text = (
        "Spec | o3-mini | DeepSeek R1\n"
        "Total parameters | Estimated 200 billion | 671 billion\n"
        "Active parameters/token | Full dense | 37 billion\n"
        "Training tokens | Not disclosed | 14.8 trillion"
    )
    _check(
        text,
        [
            _e("200 billion", "number", 200e9, "number"),
            _e("671 billion", "parameter_count", 671e9, "parameter"),
            _e("37 billion", "number", 37e9, "number"),
            _e("14.8 trillion", "number", 14.8e12, "number"),
        ],
    )
    # in running text a line break does not end the phrase ("2,048\nH800 GPUs")
    _check("trained on 2,048\nH800 GPUs", [_e("2,048\nH800 GPUs", "gpu_count", 2048, "GPU")])


def test_a_number_before_of_and_a_counted_number_counts_the_same() -> None:
    # "eight of 256 experts": the first number counts experts too (not "one of", an idiom)
    _check(
        "It picks eight of 256 experts for a given input.",
        [
            _e("eight", "count", 8, "count", noun="expert"),
            _e("256 experts", "count", 256, "count", noun="expert"),
        ],
    )
    _check("one of 256 experts", [_e("256 experts", "count", 256, "count", noun="expert")])


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("activa ocho expertos por token", "ocho expertos"),
        ("aktiviert 8 Experten pro Token", "8 Experten"),
        ("активирует восемь экспертов", "восемь экспертов"),
        ("huit experts par token", "huit experts"),
        # a number word that is a common word too counts experts right before them
        ("otto esperti per token", "otto esperti"),
    ],
)
def test_experts_counted_in_other_languages(text: str, figure: str) -> None:
    [fig] = extract_figures(text)
    assert (fig.text, fig.kind, fig.value, fig.noun) == (figure, "count", 8.0, "expert")


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        # a small count "activated" with no magnitude counts the noun before it, not parameters
        ("256 neural networks (eight activated per token)", "eight", "network"),
        # ... one of another language unnamed ("of which eight are activated per token")
        ("256 réseaux de neurones, dont huit activés pour chaque jeton", "huit", None),
        ("256 reti neurali, di cui otto attivate per token", "otto", None),
        ("256 нейронных сетей (восемь активируются на токен)", "восемь", None),
        # and "active" before a counted noun counts that noun
        ("DeepSeek has 22 million active users", "22 million active users", "user"),
    ],
)
def test_a_count_activated_is_no_parameter_count(text: str, figure: str, noun: str | None) -> None:
    fig = extract_figures(text)[-1]
    assert (fig.text, fig.kind, fig.noun) == (figure, "count", noun)


@pytest.mark.parametrize(
    ("text", "figure", "day_month"),
    [
        ("Nvidia kehilangan nilai pasar pada Senin (27/1).", "27/1", (27, 1)),
        ("Trong phiên 27/1, chỉ số Nasdaq Composite mất 3,07%.", "27/1", (27, 1)),
        ("Cổ phiếu giảm vào thứ Hai (27/1).", "27/1", (27, 1)),
        ("DeepSeek menduduki peringkat pertama pada Minggu (26/1).", "26/1", (26, 1)),
        # Portuguese and Spanish, as Brazilian news writes them
        ("O DeepSeek assumiu o topo no último domingo (26/1).", "26/1", (26, 1)),
        ("Na segunda-feira (27/1), as ações da Nvidia caíram.", "27/1", (27, 1)),
        ("As ações caíram no dia 27/1.", "27/1", (27, 1)),
        ("Na segunda feira (27/1), a Nvidia perdeu US$ 589 bilhões.", "27/1", (27, 1)),
    ],
)
def test_a_day_and_month_after_a_weekday_or_date_word(
    text: str, figure: str, day_month: tuple[int, int]
) -> None:
    (found,) = [f for f in extract_figures(text) if f.kind == "date"]
    assert (found.text, found.day, found.month, found.year) == (figure, *day_month, None)


def test_a_bare_slash_pair_is_no_date() -> None:
    # a score, a ratio: only a weekday or a date word makes "27/1" a day and month; "minggu" is
    # also a week ("satu minggu (1/2 bulan)": half a month)
    assert [f.kind for f in extract_figures("He scored 27/30 on the test, a 1/10 ratio.")] == []
    assert [f.kind for f in extract_figures("Selama satu minggu (1/2 bulan), ia naik.")] == []
    # nor "feira" (a fair) unless a working day's name stands before it
    assert [f.kind for f in extract_figures("A feira (1/2) foi boa.")] == []
    # nor "dia" but after an article or a preposition ("cada dia 2/3 dos usuários": a fraction)
    assert [f.kind for f in extract_figures("Cada dia 2/3 dos usuários usam o DeepThink.")] == []


def test_chips_counted_in_japanese_past_a_maker_and_a_chip_code() -> None:
    # "2000枚のNvidia H800チップが使われた": the counter, a particle, the maker, the chip's code,
    # then the noun that opens the rest of the run
    text = "DeepSeek-R1の開発には約2000枚のNvidia H800チップが使われた。"
    (found,) = extract_figures(text)
    assert (found.kind, found.value, found.unit, found.hardware) == (
        "gpu_count",
        2000,
        "GPU",
        "H800",
    )


@pytest.mark.parametrize(
    ("text", "figure", "year", "month", "span"),
    [
        ("DeepSeek drew notice in late 2024 with V3.", "late 2024", 2024, None, (9.0, 12.0)),
        ("R1 arrived in early 2025.", "early 2025", 2025, None, (1.0, 4.0)),
        ("An update came in mid-2025.", "mid-2025", 2025, None, (5.0, 8.0)),
        ("It shipped at the end of 2024.", "the end of 2024", 2024, None, (9.0, 12.0)),
        ("Lanzado a finales de 2024.", "finales de 2024", 2024, None, (9.0, 12.0)),
        ("Veröffentlicht Anfang 2025.", "Anfang 2025", 2025, None, (1.0, 4.0)),
        ("DeepSeek于2024年底发布V3。", "2024年底", 2024, None, (9.0, 12.0)),
        ("It came out in late January 2026.", "late January 2026", 2026, 1, (20.0, 31.0)),
    ],
)
def test_a_part_of_a_year_or_month_is_a_date_of_the_months_or_days_it_covers(
    text: str, figure: str, year: int, month: int | None, span: tuple[float, float]
) -> None:
    (found,) = [f for f in extract_figures(text) if f.kind == "date"]
    assert (found.text, found.year, found.month, found.qualifier) == (figure, year, month, "range")
    assert (found.lower, found.upper) == span


@pytest.mark.parametrize(
    "text",
    ["R1 was out by the end of 2025.", "It has grown since early 2024.", "It cost 5 mid 2,025."],
)
def test_a_bound_before_a_part_of_a_year_is_no_date(text: str) -> None:
    assert [f.text for f in extract_figures(text) if f.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("DeepSeek trained it on just 2,048 GPUs rather than more than 100,000 - a shift.", "GPU"),
        ("DeepSeek used 2,000 chips versus 16,000 for others.", "GPU"),
        # not a percentage's other side, nor an amount's
        ("It scored 79.8% versus 79.2 last year.", "number"),
        ("It cost $6 million versus 100 for a course.", "number"),
    ],
)
def test_a_bare_number_compared_with_a_count_counts_the_same(text: str, unit: str) -> None:
    *_, second = [f for f in extract_figures(text) if f.kind != "date"]
    assert second.unit == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mantissa times a power of ten, with its unit: one figure, not the exponent read as
        # a count ("10^24 FLOPs" was 24 FLOPs)
        (
            "Training took 3.8×10^24 FLOPs.",
            [("3.8×10^24 FLOPs", "count", 3.8e24, "count", 1e23)],
        ),
        (
            "It used 1.5 x 10^25 FLOPs and 10²⁴ operations.",
            [
                ("1.5 x 10^25 FLOPs", "count", 1.5e25, "count", 1e24),
                ("10²⁴ operations", "count", 1e24, "count", 1e24),
            ],
        ),
        ("| Llama 3 405B | 3.8e24 |", [("3.8e24", "number", 3.8e24, "number", 1e23)]),
        ("trained on 1.48e13 tokens", [("1.48e13 tokens", "tokens", 1.48e13, "token", 1e11)]),
    ],
)
def test_scientific_notation(text: str, expected: list[tuple[str, str, float, str, float]]) -> None:
    found = [
        (f.text, f.kind, f.value, f.unit, f.precision)
        for f in extract_figures(text)
        if "e" in f.text or "10" in f.text
    ]
    assert found == [(t, k, pytest.approx(v), u, pytest.approx(p)) for t, k, v, u, p in expected]


def test_no_scientific_notation_in_codes_and_products() -> None:
    # a code, a hex number, a product without a caret, a negative exponent
    found = extract_figures("codes 3e5x and H100e5 and 0x10, 16 x 10 GPUs, 1e-3")
    assert [f.text for f in found if f.value >= 1000] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a benchmark's own number is whole: a decimal after its name is a score ...
        ("MMLU 90.8 · GPQA 71.5", ["90.8", "71.5"]),
        ("AIME 79.8, MATH 97.3, SWE-bench Verified 49.2", ["79.8", "97.3", "49.2"]),
        ("AIME 2024 79.8", ["79.8"]),
        ("AIME 79,8 et MATH 97,3", ["79,8", "97,3"]),
        # ... a whole number after it is part of its name, as after any label
        ("It was tested on AIME 2024 and MATH 500.", []),
        ("See Table 4.1 and MATH 1,000.", []),
    ],
)
def test_a_decimal_after_a_benchmarks_name_is_a_score(text: str, expected: list[str]) -> None:
    assert [f.text for f in extract_figures(text)] == expected
