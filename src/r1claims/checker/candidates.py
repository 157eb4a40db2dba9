"""Candidates: the records a figure could restate, by unit (with conversions) and by value.

`unitfits.unit_fits` says which record units a figure's unit may be compared with; `value_fits`
whether the figure, read at the precision it is written to, is consistent with a record's
interval.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from r1claims.checker.document import home_family
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import CHANGE_WORDS
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.unitfits import OTHER_CHART, unit_fits
from r1claims.checker.windows import figure_window, significant_digits
from r1claims.extract.figures import Figure
from r1claims.extract.lexicon import HOUR_WORDS
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import absolute_precision
from r1claims.record.model import Category, Claim, DateValue, Quantity
from r1claims.record.tolerance import consistent, record_interval

__all__ = [
    "RecordIndex",
    "bound_allows",
    "counts_what_it_names",
    "find_candidates",
    "fitting",
    "forget_figures",
    "home_family",
    "rounding_fits",
    "same_hardware",
    "significant_digits",
    "value_fits",
]


class RecordIndex:
    """The record's claims indexed for linking: by unit, dated ones, licences. Built once."""

    def __init__(self, cs: ClaimSet) -> None:
        self.cs = cs
        self.by_unit: dict[str, list[Claim]] = defaultdict(list)
        self.dates: list[Claim] = []
        self.licences: list[Claim] = []
        #: per unit, its claims by benchmark (None: claims of no benchmark), in record order
        self._by_metric: dict[str, dict[str | None, list[Claim]]] = defaultdict(dict)
        self._order: dict[str, int] = {}
        for claim in cs.claims:
            if isinstance(claim.value, Quantity):
                self.by_unit[claim.value.unit].append(claim)
                groups = self._by_metric[claim.value.unit]
                groups.setdefault(claim.metric or None, []).append(claim)
                self._order[claim.id] = len(self._order)
            elif isinstance(claim.value, DateValue) or claim.scope.as_of is not None:
                self.dates.append(claim)
            if claim.kind == "licence" and isinstance(claim.value, Category):
                self.licences.append(claim)
        #: rounded restatements of a quantity the record also holds precisely (CNBC's "close to
        #: $600 billion" beside Bloomberg's $589B and LSEG's $593B): only a figure that could be
        #: that rounding restates them ("$500 billion" is none of them)
        precise: dict[tuple[object, ...], float] = {}
        for claim in cs.claims:
            value = claim.value
            if isinstance(value, Quantity) and value.qualifier == "exact":
                key = _quantity_key(claim)
                precise[key] = min(precise.get(key, math.inf), value.precision)
        self.rounded = frozenset(
            c.id
            for c in cs.claims
            if isinstance(c.value, Quantity)
            and c.value.qualifier == "about"
            and c.value.precision * 10 > abs(c.value.amount)  # one significant digit
            and precise.get(_quantity_key(c), math.inf) < c.value.precision
        )
        #: what a text that only describes its subject ("the company") most likely means
        self.home = home_family(cs)
        #: phases whose measured claims all name one benchmark or chart: words of that phase
        #: name it ("the #1 spot on Apple's Top Free Apps chart" is the App Store ranking)
        by_phase: dict[str, set[str]] = defaultdict(set)
        for claim in cs.claims:
            if claim.metric and claim.scope.phase:
                by_phase[claim.scope.phase].add(claim.metric)
        self.phase_metric = {p: next(iter(m)) for p, m in by_phase.items() if len(m) == 1}
        #: companies the record holds share prices of: their dollars and cents are a price
        self.priced = frozenset(c.subject for c in cs.claims if c.kind == "share_price")

    def scores_of(self, unit: str, subjects: set[str]) -> list[Claim]:
        """The benchmark scores in ``unit`` of these subjects, in record order."""
        groups = self._by_metric.get(unit, {})
        found = [c for m, claims in groups.items() if m is not None for c in claims]
        return sorted((c for c in found if c.subject in subjects), key=lambda c: self._order[c.id])

    def of_unit(self, unit: str, metrics: set[str]) -> list[Claim]:
        """Claims in ``unit`` that measure no benchmark or one of ``metrics``, in record order."""
        groups = self._by_metric.get(unit)
        if groups is None:
            return []
        pool = groups.get(None, [])
        named = [claim for m in metrics if m in groups for claim in groups[m]]
        if not named:
            return pool
        return sorted([*pool, *named], key=lambda c: self._order[c.id])


def _quantity_key(claim: Claim) -> tuple[object, ...]:
    """What a figure measures, whoever estimated it."""
    unit = claim.value.unit if isinstance(claim.value, Quantity) else ""
    scope = claim.scope
    return (claim.kind, claim.subject, scope.phase, scope.per, scope.as_of, unit, claim.metric)


def rounding_fits(fig: Figure, claim: Claim, factor: float) -> bool:
    """Could the figure be the rounded record's own rounding (its window holds the value)?"""
    value = claim.value
    if not isinstance(value, Quantity):
        return False
    lo, hi = _window_of(fig, factor)
    return lo <= abs(value.amount) <= hi


def value_fits(fig: Figure, claim: Claim, factor: float) -> bool:
    """Is the figure consistent with the claim's value (sign ignored: "fell 17%" is −17%)?

    Both sides are memoised (a figure is compared with every candidate of its unit; a claim
    with every figure): the windows are pure functions of immutable values."""
    value = claim.value
    if not isinstance(value, Quantity):
        return False
    return consistent(_window_of(fig, factor), _interval_of(value))


def bound_allows(fig: Figure, claim: Claim, factor: float, *, record_side: bool = True) -> bool:
    """Does a one-sided figure ("18,000+ GPUs", "under $6 million") hold the claim's value, or
    a one-sided record ("a fall of more than 18%") the figure, however far beyond the bound?
    (Linking caps the reach; contradicting must not.)"""
    value = claim.value
    if not isinstance(value, Quantity):
        return False
    lo, hi = _interval_of(value)
    stated = abs(fig.value) * factor
    if value.qualifier in ("more_than", "at_least") and stated >= lo and record_side:
        return True
    if value.qualifier in ("less_than", "at_most") and stated <= hi and record_side:
        return True
    if fig.qualifier in ("more_than", "at_least"):
        return hi >= stated
    if fig.qualifier in ("less_than", "at_most"):
        return lo <= stated
    return False


_WINDOWS: dict[tuple[int, float], tuple[Figure, tuple[float, float]]] = {}


def forget_figures() -> None:
    """Drop the memoised windows of the last text's figures (called by `check` for each text,
    so that a long scan keeps no figure of earlier documents alive)."""
    _WINDOWS.clear()


def _window_of(fig: Figure, factor: float) -> tuple[float, float]:
    key = (id(fig), factor)  # by identity, checked: hashing a model's fields costs more
    cached = _WINDOWS.get(key)
    if cached is not None and cached[0] is fig:
        return cached[1]
    if len(_WINDOWS) > 50_000:
        _WINDOWS.clear()
    found = figure_window(fig, factor)
    _WINDOWS[key] = (fig, found)
    return found


def fitting(fig: Figure, candidates: list[tuple[Claim, float]]) -> list[tuple[Claim, float]]:
    """The candidates whose interval the figure's window meets: `value_fits` for each, with
    the figure's window computed once per conversion factor (the checker's inner loop)."""
    windows: dict[float, tuple[float, float]] = {}
    out = []
    # a wide range ("1.5B to 70B parameters": the distilled models' sizes) spans several
    # things: it restates a record at one of its ends, not one that falls inside it
    wide = bool(fig.lower and fig.upper and fig.upper >= 1.5 * fig.lower)
    for claim, factor in candidates:
        value = claim.value
        if not isinstance(value, Quantity):
            continue
        win = windows.get(factor)
        if win is None:
            win = windows[factor] = _window_of(fig, factor)
        lo, hi = _interval_of(value)
        if win[0] <= hi and lo <= win[1] and (not wide or _at_an_end(fig, factor, lo, hi)):
            out.append((claim, factor))
    return out


def _at_an_end(fig: Figure, factor: float, lo: float, hi: float) -> bool:
    """Does a record's interval hold one end of the figure's range?"""
    ends = (fig.lower, fig.upper)
    return any(e is not None and lo <= e * factor <= hi for e in ends)


def _record_window(value: Quantity) -> tuple[float, float]:
    lower, upper = value.lower, value.upper
    if value.amount < 0:
        lower, upper = (
            (-upper if upper is not None else None),
            (-lower if lower is not None else None),
        )
    precision = absolute_precision(value)  # relative and order-of-magnitude precisions too
    return record_interval(abs(value.amount), precision, value.qualifier, lower, upper)


_interval_of = IdentityMemo(_record_window, limit=200_000)


def find_candidates(
    fig: Figure, ctx: FigureContext, record: RecordIndex
) -> list[tuple[Claim, float]]:
    out = []
    fits = unit_fits(fig, ctx, record.priced)
    metrics = ctx.metrics | ctx.prior_metrics
    if significant_digits(fig) >= 3:  # a precise score under another edition of a benchmark
        # ("AIME 2025 (96.0% vs 79.8%)") may restate the held edition's, to be called so
        metrics |= {r for _, refs in ctx.other_editions for r in refs.split("|")}
    if not OTHER_CHART.search(ctx.clause):  # "Google Play's top free apps" is another chart
        metrics |= {
            record.phase_metric[p] for t in ctx.tags for p in t.phases if p in record.phase_metric
        }
    noun = fig.noun
    moe = noun is not None and noun.lower().startswith(("expert", *_EXPERT_LIKE)) and _moe(ctx)
    if noun and noun.lower() in _EXPERT_LIKE:
        # a mixture of experts' "256 neural networks", or "256 expert modules" anywhere
        own = ctx.sentence[fig.start - ctx.sentence_start : fig.end - ctx.sentence_start]
        moe = moe or "expert" in own.lower()
        noun = "experts" if moe else noun
    if (
        not metrics
        and fig.unit == "percent"
        and significant_digits(fig) >= 3
        and (_SCORED.search(ctx.clause) or _LABEL_BEFORE.search(ctx.lead))
        and not CHANGE_WORDS.search(ctx.clause)
        and not _OF_AFTER.match(ctx.text_after)
    ):
        # "DeepSeek-R1 scored 79.8%": a precise score of a model named, with no benchmark
        # named, is a candidate for that model's scores (never pinned, so never refuted);
        # not a growth ("traffic grew 97.3%") or a share of something ("79.8% of our tickets")
        named = {s for s in ctx.subjects[:1] if s}
        out += [(claim, 1.0) for claim in record.scores_of("percent", named)]
    for unit, factor in fits:
        if unit == "GPU-hour" and fig.unit == "number" and not _HOUR_WORDS.search(ctx.sentence):
            continue  # "Downloads rose to 2.6 million": a bare sum of nothing said is no hours
        for claim in record.of_unit(unit, metrics):
            if noun and unit in _COUNTED and not _noun_fits(noun, claim):
                continue
            if noun and noun.lower().startswith("expert") and not moe:
                continue  # "eight experts reviewed the paper": people, not a layer's experts
            out.append((claim, factor))
    return out


_COUNTED = {"count", "model", "sample", "token"}
#: Words that make a bare number in their sentence a count of GPU-hours: extraction's own
#: hour words (`lexicon.HOUR_WORDS`), whole words in the scripts that space them, anywhere in
#: those that do not ("GPU小时").
_UNSPACED_HOURS = sorted(w for w in HOUR_WORDS if re.search(r"[\u0e00-\u0e7f\u3040-\ud7af]", w))
_SPACED_HOURS = sorted(set(HOUR_WORDS) - set(_UNSPACED_HOURS), key=len, reverse=True)
_HOUR_WORDS = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(map(re.escape, _SPACED_HOURS))
    + r")(?![^\W_])|"
    + "|".join(_UNSPACED_HOURS),
    re.IGNORECASE,
)
#: Words that make a percentage a benchmark score.
_SCORED = re.compile(
    r"\bscor\w*|\baccura\w*|pass@|\bachiev\w*|\breach\w*|\bhits?\b|\bgot\b|\bbenchmark"
    r"|\bahead\b|\btrail\w*|\bbeat\w*|\bleads?\b"
    # the same in the languages coverage is written in
    r"|確率|正答率|スコア|得分|分数|准确率|準確率|점수|정확도|puntuaci|pontua|punteggio|punktzahl"
    r"|erreich|logr[oó]|alcanz|atteint|obtien|obtuvo|consegu",
    re.IGNORECASE,
)
#: A label or a table cell right before the figure ("- DeepSeek R1: 90.8%", "| R1 | 79.8% |").
_LABEL_BEFORE = re.compile(r"[:|]\s*$")
#: "of" after a percentage: a share of something ("79.8% of our tickets").
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
#: Words that make "experts" a mixture-of-experts layer's.
_MOE = re.compile(
    r"\bMoE\b|mixture|\brout(?:ed|ing|er)\b|\bshared\b|\bactiv(?:e|ated)\b|\blayers?\b"
    r"|\b(?:per|por|pro|par|pour chaque|para cada|per ogni|na każdy|на|за|для)\s+"
    r"(?:каждый\s+|каждого\s+)?(?:token|токен|токена|jeton)"
    # routed and active in the other languages ("256 маршрутизируемых экспертов", "aktywuje")
    r"|маршрутиз\w*|активн\w*|активир\w*|aktyw\w*|enrutad\w*|rout[ée]s?\b|ac?tivad[oa]s\b"
    r"|activés\b|actifs\b|attivat[ie]\b|attiv[ai]\b|aktiviert\w*"
    r"|\bgat(?:e|ing)\b|\bexpert (?:model|network)s?\b"
    r"|混合专家|专家混合|混合專家|路由|激活|啟動|アクティブ|ルーティング|활성|라우팅",
    re.IGNORECASE,
)


def same_hardware(named: str | None, recorded: str | None) -> bool:
    """Can a figure of the chips ``named`` ("A100") be one of a record on ``recorded``
    ("H800 (4 nodes)", "Nvidia Hopper (H800, H100, H20)")? Yes when either says none."""
    if not named or not recorded:
        return True
    chip = named.split()[-1].upper()
    return chip in recorded.upper() or (chip in _HOPPER and "HOPPER" in recorded.upper())


_HOPPER = frozenset({"H100", "H800", "H20", "H200"})


def _moe(ctx: FigureContext) -> bool:
    """Does the sentence, or the text just before it, speak of a mixture of experts?"""
    return bool(_MOE.search(ctx.sentence) or _MOE.search(ctx.preceding))


#: Where a label's counted noun ends: "routed experts | per MoE layer".
_LABEL_QUALIFIER = re.compile(r"\s(?:per|in|of|for|on|at|across|during)\s")

#: What coverage calls the experts of a mixture of experts, where it speaks of one.
_EXPERT_LIKE = frozenset({"network", "module", "neurone", "subnetwork", "sub-network", "rede"})

#: Counted nouns coverage uses for what a record counts under another word.
_SAME_AS = {
    "completion": "sample",
    "completions": "sample",
    "example": "sample",
    "examples": "sample",
    "instance": "sample",
    "instances": "sample",
    "trace": "sample",
    "traces": "sample",
    # "600K chains of thought"
    "chain": "sample",
    "chains": "sample",
    # a transformer's blocks are its layers ("a stack of 61 Transformer decoder blocks")
    "block": "layer",
    "blocks": "layer",
}


def counts_what_it_names(noun: str, claim: Claim) -> bool:
    """Does the claim's unit or label name the counted noun ("samples" for R1's SFT samples)?
    Only then can a count of that noun contradict it."""
    return _noun_fits(noun, claim, strict=True)


def _noun_fits(noun: str, claim: Claim, *, strict: bool = False) -> bool:
    """A counted noun ("versions", "people", "experts") must be what the claim counts: its unit
    or a word of its label or scope (``strict``: of its unit or label, which name what it
    counts; a scope also names what the counted things are made of or used for)."""
    value = claim.value
    unit = value.unit if isinstance(value, Quantity) else ""
    label = claim.label
    if strict:  # what the label counts, before what it is counted in or per ("Samples in
        # R1's second SFT stage": samples, not stages)
        label = _LABEL_QUALIFIER.split(label, maxsplit=1)[0]
    words = f"{unit} {label}" + ("" if strict else f" {claim.scope.covers}")
    words = words.lower()
    stem = _SAME_AS.get(noun.lower(), noun.lower())[:5]
    if unit == "model" and stem in {"model", "versi", "varia", "check", "disti"}:
        return True
    return stem in words
