"""Which record units a figure may be compared with: its own, conversions, and units the words
around it give ("closed at $118.42" is a share price, "2.788 million hours of training on 2,048
GPUs" are GPU hours, "six hundred billion off Nvidia's market cap" are dollars)."""

from __future__ import annotations

import re

from r1claims.checker.figure_context import FigureContext
from r1claims.extract.figures import Figure

__all__ = ["OTHER_CHART", "UNIT_FITS", "unit_fits"]

UNIT_FITS: dict[str, tuple[tuple[str, float], ...]] = {
    "USD": (("USD", 1.0),),
    "CNY": (("CNY", 1.0),),
    "USD/GPU-hour": (("USD/GPU-hour", 1.0),),
    "USD/GPU": (("USD/GPU", 1.0),),
    "USD/share": (("USD/share", 1.0),),
    "GPU": (("GPU", 1.0),),
    "GPU-hour": (("GPU-hour", 1.0),),
    "parameter": (("parameter", 1.0),),
    "token": (("token", 1.0),),
    "sample": (("sample", 1.0),),
    "model": (("model", 1.0), ("count", 1.0)),
    "count": (("count", 1.0), ("model", 1.0), ("sample", 1.0)),
    "percent": (("percent", 1.0), ("percentile", 1.0)),
    "percentile": (("percentile", 1.0), ("percent", 1.0)),
    "day": (("day", 1.0), ("hour", 24.0)),
    "hour": (("hour", 1.0), ("day", 1 / 24)),
    "week": (("day", 7.0),),
    "month": (("month", 1.0), ("day", 30.44), ("year", 1 / 12)),
    "year": (("year", 1.0), ("month", 12.0)),
    "elo": (("elo", 1.0),),
    "rank": (("rank", 1.0),),
    "GB": (("GB", 1.0),),
    # a bare number with a magnitude word ("37 billion"): context decides what it counts
    "number": tuple(
        (u, 1.0)
        for u in ("parameter", "token", "sample", "GPU", "GPU-hour", "count", "model", "elo")
    ),
}


#: Units of things counted one by one.
_COUNTS = frozenset({"GPU", "count", "model", "sample"})

_STOCK = re.compile(
    r"\bshares?\b|\bstock\b|\bclose\b|\bsession\b"
    # the same in the languages coverage is written in
    r"|aktie|\baction|\bacci[oó]n|\bazion|\ba[cç][aã]o\b|\bações|\bakcj|\baandeel|\bsaham"
    r"|cổ phiếu|股价|股價|股票|株価|株|주가|주식|शेयर|\bakci(?:e|í|ích|emi)\b|акци|\bhisse|\bosake"
    r"|részvény|\b(?:schluss|schluß|aktien|börsen)?kurs\b|papiere\b|\bschlu(?:ss|ß)\b"
    r"|\bgeschlossen|cours de (?:l['’]action|bourse|clôture)|cotiza"
    r"|μετοχ|\bמני(?:ה|ות|ית)|سهم|سهام|\bt[ií]tulos\b",
    re.IGNORECASE,
)


_SHARE = re.compile(
    r"\b(?:a|per|each) share\b|share price|clos(?:ed|ing) (?:at|price)|"
    r"opened at|trad(?:ed|ing) at",
    re.IGNORECASE,
)


#: A context window named right after a bare number ("64K Max Context", "128K context").
_CONTEXT_AFTER = re.compile(r"\s*(?:max(?:imum)?\s+)?(?:context|ctx)\b", re.IGNORECASE)
#: "times" right after a bare number: how often something happened (a multiple, "11 times
#: more", is no quantity at all: `r1claims.checker.judge`).
_TIMES_AFTER = re.compile(r"\s*times\b", re.IGNORECASE)
#: Downloads named in a bare number's clause: it counts them.
_DOWNLOADS = re.compile(r"\bdownload", re.IGNORECASE)
#: "to" or "at" right before a sum, in the languages coverage is written in.
_TO_PRICE = re.compile(
    r"\b(?:to|at|hasta|a|à|auf|bei|até|para|a quota|do|na|до|к)\s+$", re.IGNORECASE
)

#: Charts of other stores than the one the record ranks the app on.
OTHER_CHART = re.compile(r"google play|play store|android", re.IGNORECASE)
#: How far (characters) before and after a bare amount a noun of money gives it its unit; before
#: it, only within the figure's part of the sentence ("Despite the cost, R1 was downloaded 10.9
#: million times" counts downloads).
_NEAR_BEFORE, _NEAR_AFTER = 40, 40
#: Nouns and verbs of money that give a bare amount its unit.
_MONEY_NOUNS = re.compile(
    r"\bmarket (?:value|cap\w*)|\bvaluation|\bcost(?:s|ing)?\b|\bspen[dt]\w*|\bbudget"
    r"|\bworth\b|\brevenue|\bfunding|\binvest(?:ed|ing|ment)"
    # the same in the languages coverage is written in
    r"|capitali[sz]a|kapitalisierung|börsenwert|valor de mercado|valeur boursière"
    r"|\bcost[oó]\b|\bcoste\b|\bkost(?:en|et)\b|\bcoût",
    re.IGNORECASE,
)
_EACH = re.compile(r"\beach\b|apiece|a piece|per (?:gpu|chip|card|unit)", re.IGNORECASE)

#: Latin words: a CJK letter next to them is no part of them ("H800を", "GPU小时").
#: A rental word right after a small sum: the sum is a rental price per GPU-hour.
_RENTAL_AFTER = re.compile(r"\s*(?:rental|rent\b|hourly)", re.IGNORECASE)
#: A GPU-hour's price named right before a small sum ("derived from a GPU-hour cost of $2").
_RATE_BEFORE = re.compile(
    r"(?:\bGPU[- ]?hours?\s+(?:cost|price|rate)\s+(?:of\s+)?"
    # the same in Spanish, Portuguese, Italian and French ("custo por hora de GPU de US$ 2")
    r"|\b(?:por|per|par)\s+(?:hora|ora|heure)\s+(?:de\s+|di\s+|d['’])?GPU\s+(?:de|di|of)?\s*)"
    r"(?:about\s+|around\s+|roughly\s+|cerca de\s+|aproximadamente\s+|circa\s+|environ\s+)?"
    r"(?:US\s?)?$",
    re.IGNORECASE,
)
#: Hours (eleven years) beyond any wall-clock time of a training run: machine-hours.
_MACHINE_HOURS = 100_000
#: Words of computing, in the languages coverage is written in.
_COMPUTE = re.compile(
    r"comput|process|cómputo|procesad|computaç|processad|calcol|elaborazion|calcul|rechen"
    r"|算力|计算|計算|연산|गणना|कंप्यूट",
    re.IGNORECASE,
)
_GPU_WORDS = re.compile(
    r"(?<![A-Za-z0-9])(?:GPUs?|H[18]00s?|A100s?|chips?)(?![A-Za-z0-9])", re.IGNORECASE
)


def unit_fits(fig: Figure, ctx: FigureContext, priced: frozenset[str]) -> list[tuple[str, float]]:
    """(record unit, factor) pairs the figure may be compared in; ``priced``: the companies the
    record holds share prices of."""
    fits = list(UNIT_FITS.get(fig.unit, ()))
    if fig.unit == "number" and fig.magnitude is None and 0.01 <= fig.precision < 1:
        # one or two decimals ("16.0", "9.3"): a score or a measure, never a count of things
        fits = [(u, f) for u, f in fits if u not in _COUNTS]
    if fig.unit == "number" and _CONTEXT_AFTER.match(ctx.text_after):
        return [("token", 1.0)]  # "64K Max Context": a context length, counted in tokens
    if fig.unit == "number" and (
        _TIMES_AFTER.match(ctx.text_after)
        or _DOWNLOADS.search(ctx.lead) is not None
        or _DOWNLOADS.search(ctx.clause) is not None
    ):  # "downloaded over 2 million times", "Downloads doubled ... to 2.6 million": events
        return [("count", 1.0)]
    if (
        fig.unit == "number"
        and fig.magnitude
        and _MONEY_NOUNS.search(
            ctx.lead[-_NEAR_BEFORE:].rsplit(",", 1)[-1]
            + "|"
            + ctx.sentence[fig.end - ctx.sentence_start :][:_NEAR_AFTER]
        )
    ):
        # "wiped nearly six hundred billion off Nvidia's market cap", "cost about five
        # million": a measure noun next to it makes a bare amount a sum of (US) dollars
        fits = [("USD", 1.0)]
    elif fig.unit == "number" and fig.magnitude and any(s in priced for s in ctx.subjects[:1]):
        fits.append(("USD", 1.0))  # "Nvidia perde 600 miliardi": a listed company's billions
    if fig.kind == "money" and _EACH.search(ctx.clause):
        fits.append((f"{fig.unit}/GPU", 1.0))  # "each costing around $30,000"
    if (
        fig.kind == "money"
        and (
            _SHARE.search(ctx.sentence)
            or (fig.precision < 1 and _STOCK.search(ctx.sentence))
            # "Nvidia fell 16.97% to $118.42": a company's dollars and cents are its share price
            or (fig.precision < 1 and any(s in priced for s in (ctx.subjects or ctx.prior)[:1]))
            # "shares plunged 17% to $118", "hasta 118 dólares": a stock's fall to a sum
            or (
                fig.magnitude is None
                and abs(fig.value) < 10_000
                and _TO_PRICE.search(ctx.lead[-12:]) is not None
                # "a 118 dólares", not an English article before "$118"
                and (fig.text[:1].isdigit() or not ctx.lead.endswith(" a "))
                and _STOCK.search(ctx.sentence) is not None
            )
        )
    ):
        fits.append((f"{fig.unit}/share", 1.0))  # "closed at $118.42 a share"
    if (
        fig.kind == "money"
        and fig.magnitude is None
        and (_RENTAL_AFTER.match(ctx.text_after) or _RATE_BEFORE.search(ctx.lead[-40:]))
    ):  # "at the paper's $2 rental assumption", "a GPU-hour cost of $2"
        fits.append((f"{fig.unit}/GPU-hour", 1.0))
    if fig.unit.endswith("/hour") and _GPU_WORDS.search(ctx.sentence):
        fits.append((fig.unit.replace("/hour", "/GPU-hour"), 1.0))  # "GPUs rented at $2/hr"
    if fig.unit == "hour" and (
        _GPU_WORDS.search(ctx.sentence)
        or (
            abs(fig.value) >= _MACHINE_HOURS
            and (_COMPUTE.search(ctx.sentence) or any("gpu_hours" in t.kinds for t in ctx.tags))
        )
    ):
        # "2.788 million hours of training on 2,048 GPUs"; and hours by the hundred thousand,
        # which no clock's time spans, are machines' where the text speaks of computing or
        # names a stage of training, a scope word that can speak of GPU-hours ("2,7 millones
        # de horas de procesador", "de entrenamiento"; not "2.8 million hours of use")
        fits.append(("GPU-hour", 1.0))
    if fig.unit == "number" and ctx.metrics:
        fits.append(("percent", 1.0))  # "AIME 2024 79.8": a benchmark score without its % sign
        fits.append(("percentile", 1.0))  # "Codeforces (Percentile) | 58.7 | 96.3"
    return fits
