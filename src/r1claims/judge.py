"""Link one extracted figure to the record and decide its verdict (rules in `r1claims.checker`)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from r1claims.context import TextIndex
from r1claims.explain import estimator_name
from r1claims.extract import Figure
from r1claims.humanize import format_value
from r1claims.model import Category, Claim, DateValue, Quantity
from r1claims.record import ClaimSet
from r1claims.scopewords import ScopeTag, find_scope_tags, unit_denominators
from r1claims.tolerance import consistent, record_interval, window

__all__ = ["PRECEDENT_SCORE", "Judgement", "RecordIndex", "judge"]

#: How closely (rapidfuzz ``partial_ratio``, 0-100) a quote the record judged must appear in
#: the figure's sentence for the record's own verdict on it to be reused.
PRECEDENT_SCORE = 90.0
#: Shortest quote that can serve as precedent, in characters.
PRECEDENT_MIN_QUOTE = 30
#: Denominators that mean the same as the record's ``per``.
_SAME_PER = {"token": {"token", "forward pass"}}
_ATTRIBUTION = re.compile(
    r"estimat|according to|reportedly|report(?:s|ed)? (?:say|suggest|indicate)|analysts?|"
    r"believed|claims?|said|says|(?-i:\bper\s+[A-Z])",
    re.IGNORECASE,
)
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
class Judgement:
    """A verdict with its reasons, explanation and the linked claim."""

    verdict: str
    explanation: str
    claim: Claim | None = None
    reasons: list[str] = field(default_factory=list)


@dataclass
class _Context:
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


def _context(fig: Figure, index: TextIndex, clause: tuple[int, int], cs: ClaimSet) -> _Context:
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
    return _Context(
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
_NOT_SUBJECTS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "Of",
        "And",
        "Or",
        "But",
        "If",
        "As",
        "It",
        "Its",
        "It's",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "Our",
        "Their",
        "Its",
        "US",
        "U.S.",
        "USA",
        "UK",
        "EU",
        "AI",
        "GPU",
        "GPUs",
        "CPU",
        "LLM",
        "LLMs",
        "API",
        "Inc",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Even",
        "Also",
        "However",
        "Meanwhile",
        "According",
        "Per",
        "Still",
        "Yet",
        "So",
        "Then",
        "Now",
        "Today",
        "Reuters",
        "Bloomberg",
        "CNBC",
        "Nature",
        "According",
    ]
)


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


def _fits(fig: Figure, claim: Claim, factor: float) -> bool:
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


def _acceptable_subjects(claim: Claim) -> set[str]:
    """The claim's subject and those coverage gave it with a supported framing."""
    ok = {claim.subject}
    for cit in claim.citations:
        if cit.framing.verdict == "supported" and cit.framing.subject:
            ok.add(cit.framing.subject)
    return ok


def _variant_named(subject: str, ctx: _Context) -> bool:
    """Does the sentence name ``subject`` as a variant of an entity it mentions? An id that
    extends another id names a variant (``deepseek-r1-distill`` of ``deepseek-r1``); the text
    names it when it mentions the parent and the variant's own word ("distilled")."""
    for parent in ctx.subjects:
        if parent not in ctx.roots and subject.startswith(parent + "-"):
            suffix = subject[len(parent) + 1 :].split("-", maxsplit=1)[0]
            if suffix[:5] and suffix[:5] in ctx.sentence_lower:
                return True
    return False


def _attributed_subjects(claim: Claim) -> set[str]:
    return {c.framing.subject for c in claim.citations if c.framing.subject}


#: How a scope tag reads in "the text frames it as ...".
_TAG_PHRASES = {
    "whole_programme": "the whole project",
    "hardware": "hardware or fleet spending",
    "operating": "operating costs",
    "deployment": "running the model",
    "rl": "the reinforcement-learning stage",
    "pretraining": "pre-training alone",
    "full_run": "the full training run",
    "final_run": "the final training run",
    "training": "training",
    "intraday": "an intraday move",
    "close": "the closing price",
}


def _names_of(estimator: str, cs: ClaimSet) -> list[str]:
    """Ways an estimator may be written: its entity name and aliases, or its id as words."""
    if cs.has_entity(estimator):
        entity = cs.entity(estimator)
        return [entity.name.lower(), *(a.lower() for a in entity.aliases)]
    return [estimator.replace("-", " ").lower(), estimator.lower()]


def _attributed(ctx: _Context, claim: Claim, cs: ClaimSet) -> bool:
    """Does the sentence say whose estimate it is, or that it is one?"""
    if claim.scope.estimator in ctx.subjects:
        return True
    if any(name in ctx.sentence_lower for name in _names_of(claim.scope.estimator, cs)):
        return True
    return bool(_ATTRIBUTION.search(ctx.sentence))


def _tags_fit(ctx: _Context, claim: Claim) -> bool | None:
    """True when a scope word fits the claim's phase, False when none does, None if no words."""
    tags = [t for t in ctx.tags if claim.kind in t.kinds]
    if not tags:
        return None
    return any(claim.scope.phase in t.phases for t in tags)


def _score(ctx: _Context, claim: Claim, cs: ClaimSet) -> float:
    score = 0.0
    if ctx.subjects and claim.subject == ctx.subjects[0]:
        score += 3.5  # the entity named nearest the figure
    elif claim.subject in ctx.subjects or _acceptable_subjects(claim) & set(ctx.subjects):
        score += 3
    elif _attributed_subjects(claim) & set(ctx.subjects):
        score += 2
    elif {cs.family(s) for s in ctx.subjects} & {cs.family(claim.subject)}:
        score += 1
    fit = _tags_fit(ctx, claim)
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


def _significant_digits(fig: Figure) -> int:
    """Significant digits as written: '2,048' 4, '$294,000' 3, '$500 billion' 1."""
    if fig.precision <= 0 or fig.value == 0:
        return 0
    mantissa = str(round(abs(fig.value) / fig.precision)).rstrip("0")
    return len(mantissa)


def _precedent(ctx: _Context, fig: Figure, claim: Claim, factor: float = 1.0) -> Judgement | None:
    """The record's own verdict when the sentence is (nearly) a quote it judged."""
    sentence = ctx.sentence_lower
    for cit in claim.citations:
        stated = cit.stated
        # only judged restatements count, and only when the sentence writes the same figure:
        # the cheap tests come first, the fuzzy match last
        if stated is None or stated.text.lower() not in sentence:
            continue
        if (
            stated.amount is not None
            and fig.kind != "date"
            and abs(abs(stated.amount) - fig.value * factor) > fig.precision * factor / 2
        ):
            continue  # the quote states another figure of the same sentence
        # the judged quote must stand (almost) verbatim in the sentence; short quotes are too
        # easy to find anywhere to count as precedent
        if (
            len(cit.quote) < PRECEDENT_MIN_QUOTE
            or fuzz.partial_ratio(cit.quote.lower(), sentence) < PRECEDENT_SCORE
        ):
            continue
        framing = cit.framing
        explanation = _explain_claim(claim)
        if framing.correction:
            explanation = f"{framing.correction} ({explanation})"
        return Judgement(framing.verdict, explanation, claim, list(framing.reasons))
    return None


def _explain_claim(claim: Claim) -> str:
    """'record v3-training-cost: $5.576M, DeepSeek-V3's official final training run'."""
    per = f" per {claim.scope.per}" if claim.scope.per else ""
    return f"record {claim.id}: {format_value(claim.value)}{per}, {claim.scope.covers}"


def _verdict_for_link(
    fig: Figure, ctx: _Context, claim: Claim, cs: ClaimSet, factor: float = 1.0
) -> Judgement:
    precedent = _precedent(ctx, fig, claim, factor)
    if precedent is not None:
        return precedent
    reasons: list[str] = []
    problems: list[str] = []
    family = cs.family(claim.subject)
    ok_subjects = _acceptable_subjects(claim)
    matches = set(ctx.subjects) & ok_subjects
    # the company alone ("DeepSeek says it trained R1") does not vouch for a model's figure
    # when a model of the company is named too
    vouched = bool(matches - {family}) or (bool(matches) and claim.subject == family)
    if not vouched and not any(_variant_named(ok, ctx) for ok in ok_subjects):
        others = [s for s in ctx.subjects if cs.family(s) == family and s != family]
        if others:
            reasons.append("wrong_subject")
            problems.append(f"the text gives it to {cs.entity_name(others[0])}")
    if claim.kind == "date":
        pass  # a date's clause runs on into the next event ("…, after the app topped the
        # charts"): its scope words chose the record already and do not re-scope it
    elif claim.kind == "cost" and ctx.model_after and claim.scope.phase != "company_history_spend":
        reasons.append("wrong_scope")
        problems.append("the text makes it the cost of the model itself")
    elif _tags_fit(ctx, claim) is False:
        reasons.append("wrong_scope")
        words = " and ".join(sorted({_TAG_PHRASES.get(t.name, t.name) for t in ctx.tags}))
        problems.append(f"the text frames it as {words}")
    if claim.scope.per and ctx.per:
        same = _SAME_PER.get(claim.scope.per, {claim.scope.per})
        if not set(ctx.per) & same:
            reasons.append("wrong_unit")
            problems.append(f"the text says per {ctx.per[0]}, the record per {claim.scope.per}")
    if claim.scope.basis == "analyst_estimate" and not _attributed(ctx, claim, cs):
        reasons.append("unattributed_estimate")
        problems.append(
            f"it is an estimate by {estimator_name(cs, claim.scope.estimator)}, presented as fact"
        )
    value = claim.value
    if isinstance(value, Quantity) and fig.precision > value.precision and fig.unit != "date":
        reasons.append("rounded")
    base = _explain_claim(claim)
    if claim.status in ("wrong",):
        return Judgement(
            "refuted", f"The record marks this figure as wrong: {base}.", claim, ["contradicted"]
        )
    if problems:
        return Judgement(
            "misleading",
            f"Right figure, wrong framing: {'; '.join(problems)}. The {base}.",
            claim,
            reasons,
        )
    if claim.status == "unverified":
        return Judgement("unverifiable", f"Matches an unverified record: {base}.", claim, reasons)
    return Judgement("supported", f"Matches the {base}.", claim, reasons)


def _candidates(
    fig: Figure, ctx: _Context, by_unit: dict[str, list[Claim]]
) -> list[tuple[Claim, float]]:
    from r1claims.checker import UNIT_FITS

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


def _relevant(ctx: _Context, claim: Claim, cs: ClaimSet) -> bool:
    """Is the claim about the family of an entity named in the sentence (or, when the sentence
    names none of that family, in the sentence before: "It demands 16 GPUs")?"""
    families = {cs.family(claim.subject)}
    if not claim.metric:  # whoever priced or estimated a figure makes it relevant too; a
        families.add(cs.family(claim.scope.estimator))  # benchmark is about its subject only
    if any(cs.family(s) in families for s in ctx.subjects):
        return True
    return any(cs.family(s) in families for s in ctx.prior)


def judge(fig: Figure, index: TextIndex, record: RecordIndex, clause: tuple[int, int]) -> Judgement:
    """Link ``fig`` and judge it."""
    cs = record.cs
    ctx = _context(fig, index, clause, cs)
    if fig.kind == "date":
        before = index.text[max(0, fig.start - 20) : fig.start]
        return _judge_date(fig, ctx, cs, record.dates, before)
    if fig.kind == "licence":
        return _judge_licence(fig, ctx, cs, record.licences)
    candidates = _candidates(fig, ctx, record.by_unit)
    if not candidates:
        if fig.kind == "money":
            return Judgement(
                "unverifiable",
                f"The record holds no {fig.unit} figures; currency conversions are not judged.",
            )
        return Judgement("unverifiable", f"The record has no figure in {fig.unit}.")
    fitting = [(c, f) for c, f in candidates if _fits(fig, c, f)]
    if fitting:
        scored = sorted(((_score(ctx, c, cs), c.id, c, f) for c, f in fitting), reverse=True)
        _, _, best, factor = scored[0]
        specific = _significant_digits(fig) >= 3
        fit = _tags_fit(ctx, best)
        unnamed = not ctx.subjects and (
            (specific and fit is not False) or (fit is True and _significant_digits(fig) >= 2)
        )
        if not ctx.foreign and (_relevant(ctx, best, cs) or unnamed):
            return _verdict_for_link(fig, ctx, best, cs, factor)
        for _, _, claim, factor in scored:  # a sentence the record judged, whatever its subjects
            precedent = _precedent(ctx, fig, claim, factor)
            if precedent is not None:
                return precedent
    return _refute_or_unverifiable(fig, ctx, cs, candidates)


_ACTIVE = re.compile(r"\bactiv", re.IGNORECASE)


def _scope_key(c: Claim) -> tuple[Any, ...]:
    unit = c.value.unit if isinstance(c.value, Quantity) else ""
    return (c.kind, c.scope.phase, c.scope.per, c.metric, unit, c.scope.as_of, c.scope.component)


def _tags_fitting(ctx: _Context, claim: Claim) -> int:
    """How many of the text's scope words fit the claim's phase."""
    return sum(1 for t in ctx.tags if claim.kind in t.kinds and claim.scope.phase in t.phases)


def _pin(fig: Figure, ctx: _Context, candidates: list[tuple[Claim, float]]) -> list[Claim]:
    """The records the text's subject, benchmark and scope words point at, whatever the value:
    the nearest named entity's claims (or a variant's the text names: "the distilled R1"),
    narrowed to one scope when the words allow it."""
    pinned = [
        c
        for c, _ in candidates
        if (c.subject in ctx.subjects or _variant_named(c.subject, ctx))
        and c.status != "wrong"
        and (not c.metric or c.metric in ctx.metrics)
        and _tags_fit(ctx, c) is not False
    ]
    if not pinned:
        return []
    variants = [c for c in pinned if _variant_named(c.subject, ctx)]
    if variants:
        pinned = variants
    else:
        nearest = next(s for s in ctx.subjects if any(c.subject == s for c in pinned))
        pinned = [c for c in pinned if c.subject == nearest]
    if any(c.scope.per for c in pinned):  # "37B active" vs "671B total"
        active = bool(_ACTIVE.search(ctx.clause)) or bool(ctx.per)
        pinned = [c for c in pinned if bool(c.scope.per) == active]
    if len({_scope_key(c) for c in pinned}) > 1:
        fitting = {c.id: _tags_fitting(ctx, c) for c in pinned}
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


def _refute_or_unverifiable(
    fig: Figure, ctx: _Context, cs: ClaimSet, candidates: list[tuple[Claim, float]]
) -> Judgement:
    for claim, factor in candidates:  # a sentence the record itself judged
        precedent = _precedent(ctx, fig, claim, factor)
        if precedent is not None:
            return precedent
    # a bare number ("759") is too ambiguous to hold against any record, and a figure next to
    # a subject the record does not know is about that subject
    pinned = _pin(fig, ctx, candidates) if fig.unit != "number" and not ctx.foreign else []
    if pinned:
        claim = max(pinned, key=lambda c: (_score(ctx, c, cs), c.id))
        owner = _owner_of_value(fig, claim, candidates)
        if owner is not None:
            return Judgement(
                "misleading",
                f"Right figure, wrong subject: it belongs to {cs.entity_name(owner.subject)} "
                f"({_explain_claim(owner)}); for {cs.entity_name(claim.subject)} the "
                f"{_explain_claim(claim)}.",
                owner,
                ["wrong_subject"],
            )
        value = claim.value
        if fig.unit == "percent" and isinstance(value, Quantity) and value.unit == "percentile":
            return Judgement(
                "refuted",
                f"The record has a percentile, not a share: {_explain_claim(claim)}.",
                claim,
                ["wrong_unit", "contradicted"],
            )
        return Judgement(
            "refuted",
            f"The record contradicts it: {_explain_claim(claim)}.",
            claim,
            ["contradicted"],
        )
    if ctx.subjects and not any(_relevant(ctx, c, cs) for c, _ in candidates):
        name = cs.entity_name(ctx.subjects[0])
        return Judgement("unverifiable", f"The record has no figure like this for {name}.")
    return Judgement(
        "unverifiable", "No record matches this figure and its context closely enough to judge it."
    )


def _owner_of_value(
    fig: Figure, pinned: Claim, candidates: list[tuple[Claim, float]]
) -> Claim | None:
    """Another entity's record of the same measure that this exact value fits: the text gave
    that entity's figure to the wrong subject ("R1 scored 75.7% on GPQA": o1's score)."""
    for claim, factor in candidates:
        if (
            claim.subject != pinned.subject
            and claim.kind == pinned.kind
            and claim.metric == pinned.metric
            and claim.scope.phase == pinned.scope.phase
            and claim.status != "wrong"
            and _fits(fig, claim, factor)
            and fig.precision * factor <= _precision(claim)
        ):
            return claim
    return None


def _precision(claim: Claim) -> float:
    return claim.value.precision if isinstance(claim.value, Quantity) else 0.0


def _date_fits(fig: Figure, claim: Claim, *, deadline: bool = False) -> bool:
    value = claim.value
    target: dt.date | None = value.date if isinstance(value, DateValue) else claim.scope.as_of
    if target is None:
        return False
    if deadline and fig.year and fig.month and fig.day:
        stated = dt.date(fig.year, fig.month, fig.day)
        return stated - dt.timedelta(days=31) <= target <= stated
    if fig.year is not None and fig.year != target.year:
        return False
    if fig.month is not None and fig.month != target.month:
        return False
    precise = not isinstance(value, DateValue) or value.precision == "day"
    return not (fig.day is not None and precise and fig.day != target.day)


_BY = re.compile(r"\b(?:by|before|until|no later than|as early as)\s*$", re.IGNORECASE)


def _judge_date(
    fig: Figure, ctx: _Context, cs: ClaimSet, dates: list[Claim], before: str
) -> Judgement:
    deadline = bool(_BY.search(before))  # "by January 27": any earlier date fits too
    fitting = [
        c for c in dates if _fits_date_context(c, ctx) and _date_fits(fig, c, deadline=deadline)
    ]
    dated = [c for c in fitting if isinstance(c.value, DateValue)]
    fitting = dated or fitting  # an event's own date before a figure's as-of date
    if fitting:
        best = max(fitting, key=lambda c: (_score(ctx, c, cs), c.id))
        if _relevant(ctx, best, cs) or _tags_fit(ctx, best):
            return _verdict_for_link(fig, ctx, best, cs)
    named = [c for c in dates if isinstance(c.value, DateValue) and c.subject in ctx.subjects]
    pinned = [c for c in named if _tags_fit(ctx, c) is True]
    if not pinned and len(named) == 1 and not ctx.tags:
        pinned = named  # the subject has one dated event in the record: the text means it
    if len(pinned) == 1 and fig.month is not None:
        return Judgement(
            "refuted",
            f"The record dates it otherwise: {_explain_claim(pinned[0])}.",
            pinned[0],
            ["wrong_date"],
        )
    return Judgement("unverifiable", "No dated record matches this date in this context.")


def _fits_date_context(claim: Claim, ctx: _Context) -> bool:
    return isinstance(claim.value, DateValue) or bool(set(ctx.subjects) & {claim.subject})


def _judge_licence(fig: Figure, ctx: _Context, cs: ClaimSet, licences: list[Claim]) -> Judgement:
    """A licence name: supported when the named subject's licence claim has that name,
    refuted when it has another, unverifiable when the record holds none for the subject."""
    from r1claims.extract_licences import canonical_licence

    named = [c for c in licences if c.subject in ctx.subjects] or [
        c for c in licences if c.subject in ctx.prior
    ]
    if not named:
        return Judgement("unverifiable", "The record holds no licence for what this text names.")
    nearest = next(s for s in [*ctx.subjects, *ctx.prior] if any(c.subject == s for c in named))
    claims = [c for c in named if c.subject == nearest]
    for claim in claims:
        assert isinstance(claim.value, Category)
        if canonical_licence(claim.value.category) == fig.category:
            return _verdict_for_link(fig, ctx, claim, cs)
    claim = claims[0]
    precedent = _precedent(ctx, fig, claim)
    if precedent is not None:
        return precedent
    return Judgement(
        "refuted",
        f"The record gives another licence: {_explain_claim(claim)}.",
        claim,
        ["contradicted"],
    )
