"""Unit phrases after a number: percent, GPUs, parameters, counted nouns, spec-card labels (currency
words and "per" rates are in `r1claims.extract.currency`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from r1claims.extract.foreign_words import COUNTED_EXPERTS, COUNTED_MODELS
from r1claims.extract.lexicon import (
    ACTIVE_WORDS,
    BEFORE_YEAR,
    CJK_ABOUT,
    CJK_COUNT_NOUNS,
    CJK_COUNTERS,
    CJK_RANK,
    GPU_ADJ,
    GPU_FAMILIES,
    GPU_NOUNS,
    HARDWARE,
    HOUR_WORDS,
    IRREGULAR_PLURALS,
    MEMORY,
    MONTHS,
    NOT_PLURAL,
    PARAM_ADJ,
    RATING_WORDS,
    SPACED_MAG,
    STOPWORDS,
    UNIT_NOUNS,
    VENDORS,
)
from r1claims.extract.lexicon_world import PERCENT_WORDS
from r1claims.extract.tokens import Tokens

__all__ = [
    "Unit",
    "counted_after_of",
    "elided_noun",
    "gpu_phrase",
    "hardware",
    "label_unit",
    "rating_cell",
    "unit_after",
]


@dataclass(slots=True)
class Unit:
    """What follows a number: the kind and unit it gives, and the last token it covers."""

    kind: str
    unit: str
    last: int
    hardware: str | None = None
    noun: str | None = None


def hardware(word: str) -> str | None:
    """Canonical GPU name for a lowercased code token ("h800s" -> "H800"), else None."""
    hw = HARDWARE.get(word)
    if hw is None and word.endswith("s"):
        hw = HARDWARE.get(word[:-1])
    return hw


#: Nvidia's server platforms, named between the vendor and the chip ("NVIDIA HGX B200").
_PLATFORMS = frozenset({"hgx", "dgx"})
_CASE_ENDING = re.compile(r"['’]\w+$")


def gpu_phrase(tk: Tokens, e: int) -> Unit | None:
    """ "Nvidia H800 GPUs", "H800s", "80GB H100", "GPU hours", "H800 GPU-hours" at token ``e``."""
    k = e
    for _ in range(2):  # "older H800s", "less powerful Nvidia chips", "less-advanced chips"
        if tk.lo(k) not in GPU_ADJ:
            break
        k += 1
        if tk.rw(k) == "-" and tk.glued(k) and tk.lo(k + 1) in GPU_ADJ:
            k += 2
    if tk.lo(k) == "of" and (tk.lo(k + 1) in VENDORS or hardware(tk.lo(k + 1))):
        k += 1
    vendor = tk.lo(k) in VENDORS
    if vendor:
        k += 1
        if tk.rw(k) == "-" and tk.glued(k) and tk.glued(k + 1):
            k += 1  # "2000 Nvidia-Chips", German compounds
    if tk.lo(k) in _PLATFORMS and (vendor or tk.kind(k + 1) == "code"):
        k += 1  # "256 NVIDIA HGX B200 GPUs": the server platform the chips come in
    if tk.kind(k) == "num" and tk.lo(k + 1) in MEMORY:
        k += 2
    hw = hardware(tk.lo(k)) if tk.kind(k) == "code" else None
    family = None
    if hw is not None:
        k += 1
    elif tk.lo(k) in GPU_FAMILIES:  # "50,000 Hopper chips", "Hopper-generation GPUs", "Hoppers"
        family, k = tk.lo(k), k + 1
        if tk.rw(k) == "-" and tk.glued(k) and tk.lo(k + 1) in ("generation", "class"):
            k += 2
        elif family.endswith("s"):
            return Unit("gpu_count", "GPU", k - 1, None)
    elif tk.lo(k) == "ascend" and tk.kind(k + 1) in ("num", "code") and tk.lo(k + 1)[:2] == "91":
        hw, k = "Ascend " + tk.rw(k + 1).upper(), k + 2  # Huawei's "Ascend 910B"
    noun = False
    w = _CASE_ENDING.sub("", tk.lo(k))  # a case ending after an apostrophe ("GPU'su")
    if w in GPU_NOUNS and (w not in ("cards", "card") or hw or vendor or family):
        noun, k = True, k + 1
    elif w in ("processors", "processor") and (hw or vendor or family):
        noun, k = True, k + 1  # "50,000 Nvidia processors"
    elif w == "graphics" and tk.lo(k + 1) == "processing" and tk.lo(k + 2) in ("units", "unit"):
        noun, k = True, k + 3
    elif w == "graphics" and tk.lo(k + 1) in ("cards", "card", "chips", "processors"):
        noun, k = True, k + 2
    elif w in ("compute", "computing") and (
        tk.lo(k + 1) in HOUR_WORDS
        or (tk.rw(k + 1) == "-" and tk.glued(k + 1) and tk.lo(k + 2) in HOUR_WORDS)
    ):  # "2.8 million compute hours": hours of accelerators, as GPU hours are
        noun, k = True, k + 1
    if hw is None and not noun:
        return None
    if tk.rw(k) == "-" and tk.glued(k) and tk.lo(k + 1) in HOUR_WORDS:
        return Unit("gpu_hours", "GPU-hour", k + 1, hw)
    if tk.lo(k) in HOUR_WORDS and tk.lo(k) != "h":
        return Unit("gpu_hours", "GPU-hour", k, hw)
    return Unit("gpu_count", "GPU", k - 1, hw)


def _singular(w: str) -> str:
    if w in IRREGULAR_PLURALS or not _plural(w):  # "a 40 model lineup": already singular
        return IRREGULAR_PLURALS.get(w, w)
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    return w[:-1]


def _plural(w: str) -> bool:
    if w in IRREGULAR_PLURALS:
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and w not in NOT_PLURAL
    )


#: "Are" before "active" in the languages coverage is written in.
_ARE = frozenset({"are", "são", "sont", "sind", "son", "sono", "werden", "zijn"})
_QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})


def noun_after(tk: Tokens, e: int) -> Unit | None:
    """A counted noun within three words: "six distilled models", "800,000 samples", "55 days"."""
    k = e
    seen = 0
    if tk.lo(k) in CJK_COUNTERS:  # "8个专家", "2000개의 칩", "6種類の蒸留モデル"
        return _cjk_counted(tk, k + 1) or _gpus_before(tk, k)
    while seen < 3:
        if (
            k < tk.n
            and tk.line_start(k)
            and (":" in (tk.rw(k + 1), tk.rw(k + 2), tk.rw(k + 3)) or _table_row(tk, k))
        ):  # "Number of Layers: 61\nAttention Heads: 128", "| 671 billion\nActive parameters |
            break  # 37 billion": the next line's label
        if tk.rw(k) in _QUOTE_MARKS:  # 6 “distilled” versions
            k += 1
            continue
        if tk.kind(k) != "word":
            break
        w = tk.low[k]
        if w in ("por", "pro", "par", "pour", "je"):  # "37 mil millones por token": a divisor
            return None
        if w in UNIT_NOUNS and not (tk.rw(k + 1) == "-" and tk.glued(k + 1)):  # "token-enabled"
            kind, unit = UNIT_NOUNS[w]
            return Unit(kind, unit, k, noun=_singular(w) if kind == "count" else None)
        if w in COUNTED_MODELS:  # "sechs destillierte Varianten", "шесть плотных моделей"
            return Unit("count", "model", k, noun="model")
        if w in COUNTED_EXPERTS:  # "8 Experten pro Token", "восемь экспертов"
            return Unit("count", "count", k, noun="expert")
        if w in STOPWORDS or w in SPACED_MAG or w in MONTHS or w in PERCENT_WORDS:
            return None
        if _plural(w):
            return Unit("count", "count", k, noun=_singular(w))
        seen += 1
        k += 1
        if tk.rw(k) == "-" and tk.glued(k) and tk.glued(k + 1):
            k += 1
    return None


def _table_row(tk: Tokens, k: int) -> bool:
    """Is the line before token ``k`` (which starts a line) a table row, its cells split by
    bars or tabs? Then ``k`` starts the next row."""
    end = tk.ends[k - 1] if k > 0 else 0
    row = tk.text[tk.text.rfind("\n", 0, end) + 1 : end]
    return "|" in row or "\t" in row


def counted_after_of(tk: Tokens, e: int) -> str | None:
    """What a number counts when "of" and a counted number follow it: "8 of 256 experts",
    "eight of 256 experts" count experts."""
    if tk.lo(e) != "of" or tk.kind(e + 1) != "num":
        return None
    unit = noun_after(tk, e + 2)
    return unit.noun if unit is not None and unit.kind == "count" else None


#: Nouns a number word may count from further away ("six Llama and Qwen models").
_MODEL_NOUNS = frozenset({"models", "versions", "variants", "checkpoints"})


def models_counted(tk: Tokens, e: int) -> Unit | None:
    """Models counted by a number word five words ahead at most, names joined by "and" in
    between: "distill six Llama and Qwen models", "six ordinary open base models"."""
    k = e
    for _ in range(6):
        if tk.rw(k) == "-" and tk.glued(k):
            k += 1
            continue
        if tk.kind(k) != "word":
            return None
        w = tk.low[k]
        if w in _MODEL_NOUNS:
            kind, unit = UNIT_NOUNS.get(w, ("count", "count"))
            return Unit(kind, unit, k, noun=_singular(w))
        if (w in STOPWORDS and w != "and") or w in SPACED_MAG or w in MONTHS:
            return None
        k += 1
    return None


def _cjk_counted(tk: Tokens, k: int) -> Unit | None:
    """What a Chinese, Japanese or Korean measure word counts, in the next word or two (their
    words run together: the noun ends the run, "路由专家" routed experts)."""
    chip = None
    for j in (k, k + 1, k + 2, k + 3):
        w = tk.lo(j)
        if w in ("の", "의", '"', "“", "「", "'") or w in VENDORS or hardware(w):
            chip = hardware(w) or chip  # a particle, a quote mark, a maker's name, a chip's
            continue  # code: "2000개의 엔비디아 칩", "2000枚のNvidia H800チップ"
        w = w.removeprefix("の").removeprefix("의")
        for noun, english in CJK_COUNT_NOUNS.items():
            if noun in w:  # the run goes on: "8个专家模块", "256个路由专家"
                return Unit("count", "count", j, noun=english)
        if any(w.endswith(g) or w.startswith(g) for g in _CJK_GPU) or _KO_PARTICLES.sub(
            "", w
        ).endswith("칩"):  # the noun ends the run, or opens it ("チップが使われた")
            return Unit("gpu_count", "GPU", j, chip)  # "2000개의 칩만으로": chips, "only with"
        break
    return None


_CJK_GPU = ("芯片", "晶片", "显卡", "顯卡", "チップ", "칩", "gpu")


def _gpus_before(tk: Tokens, counter: int) -> Unit | None:
    """GPUs named before a number and its measure word, as Korean and Japanese put them ("H800을
    2000개만 썼다": used only 2,000 H800s; "GPU 약 2000개")."""
    k = counter - 2  # the token before the number
    while k >= 0 and (tk.lo(k) in CJK_ABOUT or tk.lo(k) in ("을", "를", "を", "は", "이", "가")):
        k -= 1
    w = tk.lo(k)
    if hardware(w) or w.endswith(_CJK_GPU):
        return Unit("gpu_count", "GPU", counter, hardware=hardware(w))
    return None


#: Korean particles written after a noun ("칩만으로" chips-only-with, "칩을", "칩이").
_KO_PARTICLES = re.compile(r"(?:만|으로|로|을|를|이|가|은|는|도|에|과|와)+$")


#: Words between a counted noun and a number that leaves it out ("256 experts, of which 8",
#: "256 réseaux de neurones, dont huit", "(eight activated per token)").
_ELIDING = frozenset(
    {
        ",",
        "(",
        "with",
        "and",
        "of",
        "which",
        "while",
        "whereas",
        "dont",
        "di",
        "cui",
        "davon",
        "de",
        "los",
        "las",
        "cuales",
        "dos",
        "quais",
        "из",
        "них",
        "которых",
        "z",
        "czego",
        "nichž",
    }
)


def elided_noun(tk: Tokens, first: int) -> str | None:
    """The counted noun of the figure just before, when the number at ``first`` leaves it out:
    "256 experts, 8 active per token", "256 routed experts, with 8 activated"."""
    k = first - 1
    while k >= 0 and tk.lo(k) in _ELIDING:
        k -= 1
    if k == first - 1 or tk.kind(k) != "word" or not _plural(tk.lo(k)):
        return None
    if tk.kind(k - 1) == "num" or (tk.kind(k - 1) == "word" and tk.kind(k - 2) == "num"):
        return _singular(tk.lo(k))
    return None


#: "total" and "active" after the noun, as Spanish, French, Italian and Portuguese write them.
_AFTER_NOUN = frozenset(
    {"totales", "totaux", "totali", "totais", "total", "totale", "activos", "actifs", "attivi",
     "ativos", "activados", "activés", "attivati", "ativados", "activas", "actives"}
)  # fmt: skip


def label_unit(tk: Tokens, first: int) -> Unit | None:
    """The unit a spec-card label gives a bare number after its colon, on the same line:
    "Number of Layers: 61" (layers), "Active params: 37B" (parameters), "Pretraining tokens:
    14.8T" (tokens). ``last`` is the number's own token (the label stays out of the span)."""
    p = _before_marks(tk, first - 1)
    while p > first - 8 and p >= 0 and tk.rw(p) != ":" and not tk.line_start(p + 1):
        if tk.kinds[p] == "word" and tk.low[p] not in PARAM_ADJ:
            return None  # "scores: AIME 2024 79.8": the number has a name of its own
        p -= 1  # "Experts: 256 total · 8 active": back over the values before this one
    label = _before_marks(tk, p - 1)
    label -= 2 if tk.lo(label - 1) == "per" and tk.lo(label) == "token" else 0  # "Params per Token"
    if tk.lo(label) in _AFTER_NOUN and tk.lo(label - 1) in UNIT_NOUNS:
        label -= 1  # "Parámetros totales: 671 mil millones", "Paramètres actifs : 37 milliards"
    if tk.rw(p) != ":" or tk.line_start(p + 1) or tk.kind(label) != "word":
        return None
    w = tk.low[label]
    if w in UNIT_NOUNS:
        kind, unit = UNIT_NOUNS[w]
        return Unit(kind, unit, first - 1, noun=_singular(w) if kind == "count" else None)
    if _plural(w) and w not in STOPWORDS:
        return Unit("count", "count", first - 1, noun=_singular(w))
    return None


def _italian_place(tk: Tokens, e: int) -> bool:
    """Is "posto" at token ``e`` an Italian place ("al 1 posto", "il 2 posto"), not the
    Croatian percent ("17 posto")?"""
    return tk.lo(e) == "posto" and tk.lo(e - 2) in ("al", "il", "nel", "dal", "sul")


def unit_after(tk: Tokens, e: int) -> Unit | None:
    """The unit phrase starting at token ``e`` (currency words are handled by the caller), not
    in the next row of a table."""
    if 0 < e < tk.n and tk.line_start(e) and _table_row(tk, e):
        return None
    w = tk.lo(e)
    r = tk.rw(e)
    if r in ("%", "％", "٪") or (w in PERCENT_WORDS and not _italian_place(tk, e)):
        return Unit("percentage", "percent", e)
    if w in ("por", "pour", "per") and tk.lo(e + 1) in ("ciento", "cento", "cent"):
        return Unit("percentage", "percent", e + 1)  # "17 por ciento", "17 pour cent"
    if (w == "la" and tk.lo(e + 1) in ("sută", "suta")) or (
        w == "de" and tk.lo(e + 1) == "procente"
    ):
        return Unit("percentage", "percent", e + 1)  # Romanian "17 la sută", "20 de procente"
    if w in CJK_RANK:
        return Unit("rank", "rank", e)
    if w == "percentage" and tk.lo(e + 1) in ("points", "point"):
        return Unit("percentage", "percentage point", e + 1)
    if r == "-" and tk.glued(e) and tk.glued(e + 1) and tk.kind(e + 1) == "word":
        u = UNIT_NOUNS.get(tk.low[e + 1])
        return Unit(u[0], u[1], e + 1) if u is not None and u[0] != "count" else None
    gpu = gpu_phrase(tk, e)
    if gpu is not None:
        return gpu
    if w in PARAM_ADJ and tk.lo(e + 1) in ("parameters", "params"):
        return Unit("parameter_count", "parameter", e + 1)
    if w in ACTIVE_WORDS:  # "37B active", "37B activos"
        counted = noun_after(tk, e + 1)
        if counted is not None and counted.kind == "count" and counted.last == e + 1:
            return counted  # "22 million active users", "8 active experts"
        return Unit("parameter_count", "parameter", e - 1)
    if w in _ARE and tk.lo(e + 1) in ACTIVE_WORDS and e >= 2 and tk.lo(e - 1) in SPACED_MAG:
        return Unit("parameter_count", "parameter", e - 1)  # "37 bilhões são ativados"
    if w == "codeforces" and tk.lo(e + 1) in ("rating", "elo"):
        return Unit("rating", "elo", e + 1)
    return noun_after(tk, e)


def rating_cell(tk: Tokens, i: int) -> bool:
    """Is the year-like number at ``i`` a rating: in a table row of ratings ("| Codeforces
    (Rating) | 1134 | 2029 |"), or near a rating's words and not after a word of time?"""
    if tk.rw(i - 1) == "|":
        line = tk.text[tk.text.rfind("\n", 0, tk.starts[i]) + 1 : tk.starts[i]].lower()
        return "rating" in line or "elo" in line
    before = tk.lo(i - 1)
    if (before in BEFORE_YEAR and tk.lo(i - 2) not in RATING_WORDS) or before in MONTHS:
        return False  # "in 2029", "Jan 2025"; not "a rating of 2029"
    if tk.lo(i + 1) in RATING_WORDS and any(tk.kind(k) == "num" for k in range(i + 2, i + 5)):
        return False  # "R1's Codeforces 2025 rating was 2,029": the season, then the rating
    lo = _before_marks(tk, i - 1) - 4  # five tokens before, not counting emphasis marks
    return any(tk.lo(k) in RATING_WORDS for k in range(max(0, lo), min(tk.n, i + 4)))


#: Markdown's emphasis marks ("**Rating**: **2029**"), which stand between a label and its value.
_MARKS = frozenset({"*", "_", "`"})


def _before_marks(tk: Tokens, p: int) -> int:
    """``p``, or the token before the emphasis marks that end at ``p``."""
    while p > 0 and tk.raw[p] in _MARKS and tk.glued(p):
        p -= 1
    return p
