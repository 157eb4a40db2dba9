"""Linking: the context of a figure, the records it could be, and which it most likely is.

The rules and weights are documented in `r1claims.checker.run` and docs/check.md.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from r1claims.checker.context import TextIndex
from r1claims.checker.scopewords import ScopeTag, find_scope_tags, unit_denominators
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Category, Claim, DateValue, Quantity
from r1claims.record.tolerance import consistent, record_interval, window

#: Figure unit -> (claim unit, factor to convert the figure into it).
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


_STOCK = re.compile(r"\bshares?\b|\bstock\b|\bclose\b|\bsession\b", re.IGNORECASE)


_SHARE = re.compile(
    r"\b(?:a|per|each) share\b|share price|clos(?:ed|ing) (?:at|price)|"
    r"opened at|trad(?:ed|ing) at",
    re.IGNORECASE,
)


_EACH = re.compile(r"\beach\b|apiece|a piece|per (?:gpu|chip|card|unit)", re.IGNORECASE)


class RecordIndex:
    """The record's claims indexed for linking: by unit, dated ones, licences. Built once."""

    def __init__(self, cs: ClaimSet) -> None:
        self.cs = cs
        self.by_unit: dict[str, list[Claim]] = defaultdict(list)
        self.dates: list[Claim] = []
        self.licences: list[Claim] = []
        for claim in cs.claims:
            if isinstance(claim.value, Quantity):
                self.by_unit[claim.value.unit].append(claim)
            elif isinstance(claim.value, DateValue) or claim.scope.as_of is not None:
                self.dates.append(claim)
            if claim.kind == "licence" and isinstance(claim.value, Category):
                self.licences.append(claim)


@dataclass
class FigureContext:
    sentence: str
    sentence_lower: str
    clause: str
    subjects: list[str]  # entity ids named in the sentence, nearest first
    prior: list[str]  # entity ids named in the sentence before ("It ...")
    metrics: set[str]
    tags: list[ScopeTag]
    per: list[str]
    roots: set[str]  # named entities that are a family's root (the company)
    model_after: bool  # "$294,000 model": the figure is made the model's price tag
    foreign: bool  # an unknown proper noun stands nearer than any known entity


def figure_context(
    fig: Figure, index: TextIndex, clause: tuple[int, int], cs: ClaimSet
) -> FigureContext:
    lo, hi = index.sentence(fig.start, fig.end)
    c_lo, c_hi = max(lo, clause[0]), min(hi, clause[1])
    # a GPU model named inside the figure ("2,048 Nvidia H800 GPUs") is not its subject
    mentions = [
        m for m in index.entities_near(lo, hi) if not (fig.start <= m.start and m.end <= fig.end)
    ]
    centre = (fig.start + fig.end) / 2
    subjects: list[str] = []
    for m in sorted(mentions, key=lambda m: abs((m.start + m.end) / 2 - centre)):
        if m.ref not in subjects:
            subjects.append(m.ref)
    clause_text = index.text[c_lo:c_hi]
    p_lo, p_hi = index.previous_sentence(fig.start)
    prior = list(dict.fromkeys(m.ref for m in reversed(index.entities_near(p_lo, p_hi))))
    return FigureContext(
        sentence=index.text[lo:hi],
        sentence_lower=index.text[lo:hi].lower(),
        clause=clause_text,
        subjects=subjects,
        prior=prior,
        metrics=index.metrics_near(lo, hi),
        tags=find_scope_tags(clause_text),
        per=unit_denominators(index.text[fig.end : min(hi, fig.end + 60)]),
        roots={s for s in subjects if cs.family(s) == s},
        model_after=bool(_MODEL_AFTER.match(index.text, fig.end)),
        foreign=_foreign_nearer(index, fig, lo, hi, mentions),
    )


_MODEL_AFTER = re.compile(
    r"\s*(?:AI\s+|reasoning\s+|language\s+)?(?:model|chatbot)\b", re.IGNORECASE
)


_PROPER = re.compile(r"(?<![\w.$€£¥-])([A-Z][A-Za-z0-9&]+(?:[ -][A-Z][A-Za-z0-9&]+)*)")


#: Capitalised words that are not a subject of their own.
_NOT_SUBJECT_WORDS = (
    "The A An In On At By For Of And Or But If As It Its It's This That These Those He She "
    "They We I You Our Their US U.S. USA UK EU AI GPU GPUs CPU LLM LLMs API Inc Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct "
    "Nov Dec Even Also However Meanwhile According Per Still Yet So Then Now Today Reuters "
    "Bloomberg CNBC Nature"
)
_NOT_SUBJECTS = frozenset(_NOT_SUBJECT_WORDS.split())


def _foreign_nearer(index: TextIndex, fig: Figure, lo: int, hi: int, mentions: list[Any]) -> bool:
    """Is an unknown proper noun ("Broadcom", "ASML") closer to the figure than every entity
    the record knows? Then the figure is most likely about that unknown subject."""

    def distance(a: int, b: int) -> int:
        return fig.start - b if b <= fig.start else max(0, a - fig.end)

    text = index.text
    words = text[lo:hi].split()
    if sum(1 for w in words if w[:1].isupper()) * 2 > len(words):
        return False  # a title-case headline capitalises everything
    nearest_known = min((distance(m.start, m.end) for m in mentions), default=10**9)
    for m in _PROPER.finditer(text, lo, hi):
        a, b = m.span(1)
        words = m.group(1).replace("-", " ").split()
        if words[0] in _NOT_SUBJECTS or all(w.lower() in index.known_words for w in words):
            continue
        if any(x.start < b and a < x.end for x in mentions) or (a < fig.end and fig.start < b):
            continue
        if distance(a, b) < nearest_known:
            return True
    return False


_MAGNITUDE = re.compile(
    r"\d\s*(?:[kKmMbBtT]n?|bn|mn|mln|thousand|million|billion|trillion|Mio|Mrd|crore|lakh)\b"
    r"|\b(?:thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)


def _figure_window(fig: Figure, factor: float) -> tuple[float, float]:
    """Values the figure, as written, is consistent with (in the claim's unit).

    A plain integer's trailing zeros are read as one digit more precise than the extractor's
    reading ("1,000 GPUs" is 950-1,100, not 500-2,000): a writer who rounds a count to one
    significant digit usually says "about"."""
    precision = fig.precision
    if precision >= 10 and not _MAGNITUDE.search(fig.text) and fig.qualifier == "exact":
        precision /= 10
    qualifier = fig.qualifier
    if fig.kind == "duration" and qualifier == "more_than":
        qualifier = "about"  # "trained over 55 days" is a span, not a lower bound
    lower = fig.lower * factor if fig.lower is not None else None
    upper = fig.upper * factor if fig.upper is not None else None
    return window(fig.value * factor, precision * factor, qualifier, lower, upper)


def value_fits(fig: Figure, claim: Claim, factor: float) -> bool:
    """Is the figure consistent with the claim's value (sign ignored: "fell 17%" is −17%)?"""
    value = claim.value
    if not isinstance(value, Quantity):
        return False
    lower, upper = value.lower, value.upper
    if value.amount < 0:
        lower, upper = (
            (-upper if upper is not None else None),
            (-lower if lower is not None else None),
        )
    interval = record_interval(abs(value.amount), value.precision, value.qualifier, lower, upper)
    return consistent(_figure_window(fig, factor), interval)


def acceptable_subjects(claim: Claim) -> set[str]:
    """The claim's subject and those coverage gave it with a supported framing."""
    ok = {claim.subject}
    for cit in claim.citations:
        if cit.framing.verdict == "supported" and cit.framing.subject:
            ok.add(cit.framing.subject)
    return ok


def variant_named(subject: str, ctx: FigureContext) -> bool:
    """Does the sentence name ``subject`` as a variant of an entity it mentions? An id that
    extends another id names a variant (``deepseek-r1-distill`` of ``deepseek-r1``); the text
    names it when it mentions the parent and the variant's own word ("distilled")."""
    for parent in ctx.subjects:
        if parent not in ctx.roots and subject.startswith(parent + "-"):
            suffix = subject[len(parent) + 1 :].split("-", maxsplit=1)[0]
            if suffix[:5] and suffix[:5] in ctx.sentence_lower:
                return True
    return False


def attributed_subjects(claim: Claim) -> set[str]:
    return {c.framing.subject for c in claim.citations if c.framing.subject}


def tags_fit(ctx: FigureContext, claim: Claim) -> bool | None:
    """True when a scope word fits the claim's phase, False when none does, None if no words."""
    tags = [t for t in ctx.tags if claim.kind in t.kinds]
    if not tags:
        return None
    return any(claim.scope.phase in t.phases for t in tags)


def score_claim(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> float:
    score = 0.0
    if ctx.subjects and claim.subject == ctx.subjects[0]:
        score += 3.5  # the entity named nearest the figure
    elif claim.subject in ctx.subjects or acceptable_subjects(claim) & set(ctx.subjects):
        score += 3
    elif attributed_subjects(claim) & set(ctx.subjects):
        score += 2
    elif {cs.family(s) for s in ctx.subjects} & {cs.family(claim.subject)}:
        score += 1
    fit = tags_fit(ctx, claim)
    score += {True: 2.0, False: -1.0, None: 0.0}[fit]
    if claim.metric and claim.metric in ctx.metrics:
        score += 2
    if claim.scope.estimator in ctx.subjects:
        score += 1
    if claim.scope.basis == "derived":
        score -= 1.5  # a figure no source states is the last thing a text means
    if claim.status == "established":
        score += 0.5
    best = process.extractOne(ctx.sentence_lower, _lower_quotes(claim), scorer=fuzz.token_set_ratio)
    score += (best[1] if best else 0.0) / 50
    return score


_QUOTES: dict[int, tuple[Claim, list[str]]] = {}


def _lower_quotes(claim: Claim) -> list[str]:
    """The claim's quotes, lowercased once (claims are immutable)."""
    cached = _QUOTES.get(id(claim))
    if cached is None or cached[0] is not claim:
        if len(_QUOTES) > 100_000:
            _QUOTES.clear()
        cached = (claim, [c.quote.lower() for c in claim.citations])
        _QUOTES[id(claim)] = cached
    return cached[1]


def significant_digits(fig: Figure) -> int:
    """Significant digits as written: '2,048' 4, '$294,000' 3, '$500 billion' 1."""
    if fig.precision <= 0 or fig.value == 0:
        return 0
    mantissa = str(round(abs(fig.value) / fig.precision)).rstrip("0")
    return len(mantissa)


def find_candidates(
    fig: Figure, ctx: FigureContext, by_unit: dict[str, list[Claim]]
) -> list[tuple[Claim, float]]:
    out = []
    fits = list(UNIT_FITS.get(fig.unit, ()))
    if fig.kind == "money" and _EACH.search(ctx.clause):
        fits.append((f"{fig.unit}/GPU", 1.0))  # "each costing around $30,000"
    if fig.kind == "money" and (
        _SHARE.search(ctx.clause) or (fig.precision < 1 and _STOCK.search(ctx.sentence))
    ):
        fits.append((f"{fig.unit}/share", 1.0))  # "closed at $118.42 a share"
    for unit, factor in fits:
        for claim in by_unit.get(unit, ()):
            if claim.metric and claim.metric not in ctx.metrics:
                continue
            if fig.noun and unit in _COUNTED and not _noun_fits(fig.noun, claim):
                continue
            out.append((claim, factor))
    return out


_COUNTED = {"count", "model", "sample", "token"}


def _noun_fits(noun: str, claim: Claim) -> bool:
    """A counted noun ("versions", "people", "experts") must be what the claim counts: its unit
    or a word of its label or scope."""
    value = claim.value
    unit = value.unit if isinstance(value, Quantity) else ""
    words = f"{unit} {claim.label} {claim.scope.covers}".lower()
    stem = noun.lower()[:5]
    if unit == "model" and stem in {"model", "versi", "varia", "check", "disti"}:
        return True
    return stem in words


def is_relevant(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Is the claim about the family of an entity named in the sentence (or, when the sentence
    names none of that family, in the sentence before: "It demands 16 GPUs")?"""
    families = {cs.family(claim.subject)}
    if not claim.metric:  # whoever priced or estimated a figure makes it relevant too; a
        families.add(cs.family(claim.scope.estimator))  # benchmark is about its subject only
    if any(cs.family(s) in families for s in ctx.subjects):
        return True
    return any(cs.family(s) in families for s in ctx.prior)


_ACTIVE = re.compile(r"\bactiv", re.IGNORECASE)


def _scope_key(c: Claim) -> tuple[Any, ...]:
    unit = c.value.unit if isinstance(c.value, Quantity) else ""
    return (c.kind, c.scope.phase, c.scope.per, c.metric, unit, c.scope.as_of, c.scope.component)


def tags_fitting(ctx: FigureContext, claim: Claim) -> int:
    """How many of the text's scope words fit the claim's phase."""
    return sum(1 for t in ctx.tags if claim.kind in t.kinds and claim.scope.phase in t.phases)


def pin_claims(
    fig: Figure, ctx: FigureContext, candidates: list[tuple[Claim, float]]
) -> list[Claim]:
    """The records the text's subject, benchmark and scope words point at, whatever the value:
    the nearest named entity's claims (or a variant's the text names: "the distilled R1"),
    narrowed to one scope when the words allow it."""
    pinned = [
        c
        for c, _ in candidates
        if (c.subject in ctx.subjects or variant_named(c.subject, ctx))
        and c.status != "wrong"
        and (not c.metric or c.metric in ctx.metrics)
        and tags_fit(ctx, c) is not False
    ]
    if not pinned:
        return []
    variants = [c for c in pinned if variant_named(c.subject, ctx)]
    if variants:
        pinned = variants
    else:
        nearest = next(s for s in ctx.subjects if any(c.subject == s for c in pinned))
        pinned = [c for c in pinned if c.subject == nearest]
    if any(c.scope.per for c in pinned):  # "37B active" vs "671B total"
        active = bool(_ACTIVE.search(ctx.clause)) or bool(ctx.per)
        pinned = [c for c in pinned if bool(c.scope.per) == active]
    if len({_scope_key(c) for c in pinned}) > 1:
        fitting = {c.id: tags_fitting(ctx, c) for c in pinned}
        most = max(fitting.values(), default=0)
        if most:
            pinned = [c for c in pinned if fitting[c.id] == most]
    if len({_scope_key(c) for c in pinned}) > 1:
        # several scopes and no words to choose: only the figure people usually mean (the one
        # most cited, by a clear margin) can be held against the text
        ranked = sorted(pinned, key=lambda c: -len(c.citations))
        if len(ranked[0].citations) < 2 * len(ranked[1].citations):
            return []
        pinned = ranked[:1]
    return pinned
