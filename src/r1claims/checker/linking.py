"""Linking: which of a figure's candidate records it most likely is, and which records the text
pins whatever the value (for refutation).

The rules and weights are documented in `r1claims.checker.run` and docs/check.md.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from r1claims.checker.context import TextIndex
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import (
    ACTIVE,
    CHANGE_BEFORE,
    CHANGE_WORDS,
    FALL_VERBS,
    FOREIGN_RISES,
    KIND_WORDS,
    LEVEL_BEFORE,
    RISE_AFTER,
    RISE_WORDS,
    stages_together,
)
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.owners import IN_BRACKET
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import absolute_precision
from r1claims.record.model import Claim, Quantity

__all__ = [
    "GENERIC_UNITS",
    "a_fall",
    "a_rise",
    "acceptable_subjects",
    "after_figure",
    "best_fit",
    "is_relevant",
    "label_named",
    "measure_named",
    "more_precise",
    "not_a_fall",
    "not_a_rise",
    "owned_by_another",
    "said_to_fall",
    "said_to_rise",
    "score_claim",
    "tags_fit",
    "tags_fitting",
    "variant_named",
]


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
            words = (suffix[:5], *_VARIANT_WORDS.get(suffix[:5], ()))
            if suffix[:5] and any(w in ctx.sentence_lower for w in words):
                return True
    return False


#: A variant's word in the other languages coverage is written in ("versiones destiladas de
#: R1", "дистиллированных из DeepSeek-R1", "蒸馏版").
_VARIANT_WORDS = {"disti": ("destil", "дистил", "蒸馏", "蒸餾", "蒸留", "증류", "chưng cất")}


def attributed_subjects(claim: Claim) -> set[str]:
    return {c.framing.subject for c in claim.citations if c.framing.subject}


def tags_fit(ctx: FigureContext, claim: Claim) -> bool | None:
    """True when a scope word fits the claim's phase, False when none does, None if no words."""
    tags = [t for t in ctx.tags if claim.kind in t.kinds]
    if not tags:
        return None
    if stages_together({t.name for t in tags}, ctx.clause):
        # the stages named together make the whole run, not one of them ("pre-training,
        # context extension and post-training together took 2.788 million GPU hours")
        return claim.scope.phase == "full_training_run"
    return any(claim.scope.phase in t.phases for t in tags)


def best_fit(
    ctx: FigureContext, cs: ClaimSet, fitting: list[tuple[Claim, float]], fig: Figure | None
) -> tuple[Claim, float]:
    """The candidate of highest `score_claim` (ties: the highest id), computing the fuzzy
    quote likeness, the costly term worth at most `_LIKENESS` points, only for candidates it
    could lift to the top."""
    base = [(score_claim(ctx, c, cs, fig, f, likeness=False), c.id, c, f) for c, f in fitting]
    top = max(b[0] for b in base)
    near = [b for b in base if b[0] >= top - _LIKENESS]
    if len(near) > 1:
        near = [(b[0] + quote_likeness(ctx, b[2]) / 50, b[1], b[2], b[3]) for b in near]
    _, _, claim, factor = max(near, key=lambda b: (b[0], b[1]))
    return claim, factor


#: The most `quote_likeness` adds to a score (a ratio of 0-100, divided by 50).
_LIKENESS = 2.0


def score_claim(
    ctx: FigureContext,
    claim: Claim,
    cs: ClaimSet,
    fig: Figure | None = None,
    factor: float = 1.0,
    *,
    likeness: bool = True,
) -> float:
    """How well a record fits the figure's context (weights in docs/check.md); ``likeness``:
    with the fuzzy likeness of the sentence to the record's quotes."""
    score = 0.0
    if ctx.framing_subject is not None and claim.subject == ctx.framing_subject:
        score += 1.5  # the entity the figure's own clause is about
    if fig is not None:
        score += closeness(fig, claim, factor)
    if ctx.subjects and claim.subject == ctx.subjects[0]:
        score += 3.5  # the entity named nearest the figure
    elif claim.subject in ctx.subjects or acceptable_subjects(claim) & set(ctx.subjects):
        score += 3
    elif attributed_subjects(claim) & set(ctx.subjects):
        score += 2
    elif {cs.family(s) for s in ctx.subjects} & {cs.family(claim.subject)}:
        score += 1
    elif not ctx.subjects and claim.subject in ctx.prior:
        score += 1  # a sentence that names nothing speaks of the entity of the one before
    fit = tags_fit(ctx, claim)
    score += {True: 2.0, False: -1.0, None: 0.0}[fit]
    if claim.metric and (claim.metric in ctx.metrics or claim.metric in ctx.prior_metrics):
        score += 2
    if claim.scope.estimator in ctx.subjects:
        score += 1
    if claim.scope.per and not ctx.per and not ACTIVE.search(ctx.clause):
        score -= 2  # a per-token figure ("37B activated") for text that says no "per" or "active"
    as_of = claim.scope.as_of
    if as_of is not None and ctx.years:  # "passed 100 billion yuan in 2021"
        score += 1.5 if as_of.year in ctx.years else -1.5
    if claim.scope.basis == "derived":
        score -= 1.5  # a figure no source states is the last thing a text means
    if claim.status == "established":
        score += 0.5
    elif claim.status == "unverified":
        score -= 1.0  # a figure the record could not source is the last one a text means
    return score + quote_likeness(ctx, claim) / 50 if likeness else score


def quote_likeness(ctx: FigureContext, claim: Claim) -> float:
    """rapidfuzz ``token_set_ratio`` (0-100) of the sentence with the claim's closest quote,
    kept for the document: every figure of a sentence asks it of the same candidates."""
    key = (ctx.sentence_start, claim.id)
    found = ctx.memo.get(key)
    if found is None:
        quotes = _lower_quotes(claim)
        best = process.extractOne(ctx.sentence_lower, quotes, scorer=fuzz.token_set_ratio)
        found = ctx.memo[key] = float(best[1]) if best else 0.0
    return found


def closeness(fig: Figure, claim: Claim, factor: float) -> float:
    """1 when the figure states the record's value at the figure's own precision, falling to 0
    one precision step away: "$589bn" is Bloomberg's $589B more than CNBC's "about $600B"."""
    value = claim.value
    if not isinstance(value, Quantity) or fig.precision <= 0:
        return 0.0
    distance = abs(abs(value.amount) - fig.value * factor) / (fig.precision * factor)
    return max(0.0, 1.0 - distance)


def _quotes_of(claim: Claim) -> list[str]:
    return [c.quote.lower() for c in claim.citations]


#: The claim's quotes, lowercased once (claims are immutable).
_lower_quotes = IdentityMemo(_quotes_of, limit=100_000)


def is_relevant(ctx: FigureContext, claim: Claim, cs: ClaimSet) -> bool:
    """Is the claim about the family of an entity named in the sentence (or, when the sentence
    names none of that family, in the sentence before: "It demands 16 GPUs")?"""
    families = {cs.family(claim.subject)}
    framing = ctx.framing_subject if ctx.framing_named else None
    if (
        claim.metric
        and framing
        and cs.family(framing) not in families
        and IN_BRACKET.search(ctx.lead)
    ):
        # a score the clause gives to another maker's model ("beating GPT-4o (96.0%)") is
        # about a model of this family only where the sentence names that very model
        return claim.subject in ctx.subjects
    if not claim.metric:  # whoever priced or estimated a figure makes it relevant too; a
        families.add(cs.family(claim.scope.estimator))  # benchmark is about its subject only
    if any(cs.family(s) in families for s in ctx.subjects):
        return True
    return any(cs.family(s) in families for s in ctx.prior)


def owned_by_another(
    fig: Figure, ctx: FigureContext, claim: Claim, cs: ClaimSet, index: TextIndex
) -> bool:
    """Does a company or model the record holds, of another family than the claim's subject or
    estimator, own the sum by a possessive right before it, or a few words of what it owns
    before it ("OpenAI's $1.6 billion in servers", "OpenAI's rumored budget of $500 million"),
    in a clause that names nothing of the claim's family? Then the sum is that one's, not the
    record's. Only a name the record holds (a mention `TextIndex` found where the possessive's
    name begins): a person ("Liang Wenfeng's model cost $5.6 million"), a headline's
    capitalised noun ("The Startup's $5.6 Million Training Run") or a time ("Last Friday's
    close of $142.62") owns nothing the record can tell."""
    lead = ctx.lead[-80:]
    if fig.kind != "money" or ("'s" not in lead and "’s" not in lead):
        return False
    owner = _OWNER.search(lead)
    if owner is None:
        return False
    at = fig.start - len(lead) + owner.start(1)
    ref = next((m.ref for m in index.entities_near(at, fig.start) if m.start == at), None)
    if ref is None:
        return False
    # (the claim's subject, or whoever estimated it: "SemiAnalysis's $1.6 billion estimate")
    families = {cs.family(claim.subject), cs.family(claim.scope.estimator or claim.subject)}
    return cs.family(ref) not in families and not any(
        cs.family(s) in families for s in ctx.clause_names
    )


#: A capitalised name's possessive right before a figure: right before it ("OpenAI's $1.6
#: billion"), after a word that qualifies it ("OpenAI's rumored $500 million"), or after a few
#: words of what it owns and "of" or "cost" ("OpenAI's rumored budget of", "OpenAI's o1 model
#: cost"); not a source's reckoning ("SemiAnalysis's estimate of", "CNBC's tally of"), nor
#: words that go on with the sentence ("OpenAI's critics note the $5.6 million").
_OWNER = re.compile(
    r"\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)['’]s\s+(?:"
    r"(?:rumou?red|reported|estimated|alleged|reputed|planned|own|total|annual|entire|whole)\s+"
    r"|(?:(?!(?:estimates?|tally|calculations?|counts?|figures?|data|analysis|reports?|numbers"
    r"|math|maths|reckoning|projections?|at|for|with|by|on|in|than|to|and|or|just|only|was|is"
    r"|cost)\b)(?:[a-z][\w-]*|[A-Z]{2,6}s?)\s+){1,3}(?:of|cost|costs|was|is)\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|well\s+over\s+|over\s+"
    r"|more than\s+)?(?:US)?\$?\s*$"
)


#: Units that do not say what is measured: a company has many dollar and percent figures
#: (earnings, market value, a share price's move over years). A figure in one of them is held
#: against a record only when its clause names the record's scope or benchmark.
GENERIC_UNITS = frozenset({"USD", "CNY", "percent", "number", "count", "day", "hour", "month"})


def measure_named(ctx: FigureContext, claim: Claim) -> bool:
    """Does the text pin the record's measure (beyond its unit)? For a generic unit, scope
    words that fit the claim's phase, or its benchmark, must be named."""
    if claim.kind == "share_price" and CHANGE_BEFORE.search(ctx.lead[-40:]):
        return False  # "shares fell $24.20": the size of a move, not the price it left
    value = claim.value
    unit = value.unit if isinstance(value, Quantity) else ""
    if unit not in GENERIC_UNITS:
        return True
    if claim.metric and claim.metric in ctx.metrics:
        return True
    if claim.kind.endswith("_change") and (
        not CHANGE_WORDS.search(ctx.clause) or LEVEL_BEFORE.search(ctx.lead[-40:])
    ):
        return False  # "a valuation of $2.9 trillion" is a level, not a change
    if (
        claim.kind == "share_price_change"
        and claim.subject == ctx.framing_subject
        and _COMPANY_MOVED.search(ctx.lead[-40:])
    ):  # a listed company named right before its move is its stock ("Nvidia fell 25%",
        # "Nvidia Plunges 27%"; not "Nvidia's revenue fell", nor "Put-call ratios on Nvidia rose")
        return True
    kind_words = KIND_WORDS.get(claim.kind)
    return tags_fit(ctx, claim) is True or bool(kind_words and kind_words.search(ctx.clause))


#: A capitalised name (not after a preposition) right before a verb of moving and the figure.
_COMPANY_MOVED = re.compile(
    r"(?<!\bon )(?<!\bof )(?<!\bin )(?<!\bfor )(?<!\bto )(?<!\bat )(?<!\bby )(?<!\bwith )"
    rf"\b[A-Z][\w.-]*\s+(?i:{FALL_VERBS}|lost|rose|gained|jumped|climbed|rebounded|soared)\s+"
    r"(?i:by\s+)?(?i:(?:about|around|roughly|nearly|almost|some|more than|over)\s+)?$"
)


def tags_fitting(ctx: FigureContext, claim: Claim) -> int:
    """How many of the text's scope words fit the claim's phase."""
    return sum(1 for t in ctx.tags if claim.kind in t.kinds and claim.scope.phase in t.phases)


def a_fall(claim: Claim) -> bool:
    value = claim.value
    return isinstance(value, Quantity) and value.amount < 0


def a_rise(claim: Claim) -> bool:
    value = claim.value
    return isinstance(value, Quantity) and value.amount > 0


def said_to_rise(fig: Figure, ctx: FigureContext, *, strict: bool = False) -> bool:
    """Does the text make the figure a rise ("rebounded 8.9%", "a $260 billion gain")? Then it
    contradicts no record of a fall (loosely: a rise word a few words before) and, ``strict``,
    restates none (a rise word right before it)."""
    before = _RISE_JUST_BEFORE if strict else RISE_WORDS
    return bool(before.search(ctx.lead[-60:]) or RISE_AFTER.match(after_figure(fig, ctx)))


def after_figure(fig: Figure, ctx: FigureContext) -> str:
    """The rest of the figure's sentence after it."""
    return ctx.sentence[fig.end - ctx.sentence_start :]


#: A verb of rising right before the figure ("rebounded 8.9%", "up about 9%"; not "up to").
_RISE_JUST_BEFORE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|gain(?:ed|s|ing)?|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|"
    r"surg(?:ed|es|ing)|soar(?:ed|s|ing)?|rall(?:ied|ies|ying)|rebound(?:ed|s|ing)?|"
    r"increas(?:ed|es|ing)|added|up|" + FOREIGN_RISES + r")\s+(?:by\s+|de\s+|um\s+|del\s+)?"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+|approximately\s+)?$"
    # German puts the verb second and "um" before the figure ("stieg die Aktie um 9 Prozent")
    r"|\b(?:stieg|steigt|legte|kletterte|erholte)\b(?:\s+[\w-]+){0,3}\s+um\s+$",
    re.IGNORECASE,
)


def not_a_fall(claims: list[tuple[Claim, float]]) -> list[tuple[Claim, float]]:
    return [(c, f) for c, f in claims if not a_fall(c)]


def said_to_fall(ctx: FigureContext) -> bool:
    """Does a verb of falling stand right before the figure ("Dell and Oracle falling more
    than 8.7%", "down about 8.9%"), or a noun of falling right after it ("a 22% drop in", "knocked
    12% off")? Then it restates no record of a rise (a rebound of 8.9%)."""
    return (
        _FALL_JUST_BEFORE.search(ctx.lead[-60:]) is not None
        or _FALL_AFTER.match(ctx.text_after) is not None
    )


def not_a_rise(claims: list[tuple[Claim, float]]) -> list[tuple[Claim, float]]:
    """The claims that are not a rise (a change the record gives as positive)."""
    return [
        (c, f)
        for c, f in claims
        if not (c.kind.endswith("_change") and isinstance(c.value, Quantity) and c.value.amount > 0)
    ]


#: A noun of falling right after the figure ("a 22% drop in", "knocked 12% off").
_FALL_AFTER = re.compile(
    r"\s+(?:drop|fall|decline|plunge|slide|slump|loss|tumble|sell-?off|crash|off)\b", re.IGNORECASE
)
#: A verb of falling right before the figure, with "by" and a hedge ("falling more than").
_FALL_JUST_BEFORE = re.compile(
    rf"\b(?:{FALL_VERBS}|lost|los(?:e|es|ing))\s+(?:by\s+)?(?:an\s+average\s+of\s+|on\s+average\s+)?"
    r"(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|"
    r"some\s+|roughly\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)


def label_named(ctx: FigureContext, claim: Claim) -> bool:
    """Does the sentence name what the record counts, by every word of its label ("downloaded
    ... on Hugging Face" for "downloads on Hugging Face"; app-store downloads are not those)?"""
    words = [w for w in re.findall(r"[a-z]{5,}", claim.label.lower()) if w != "deepseek"]
    return bool(words) and all(w[:6] in ctx.sentence_lower for w in words)


def more_precise(fig: Figure, claim: Claim, factor: float) -> bool:
    value = claim.value
    if not isinstance(value, Quantity) or value.precision <= 0 or fig.precision <= 0:
        return False
    step = absolute_precision(value)
    gap = abs(abs(value.amount) - fig.value * factor)
    finer = step / (fig.precision * factor) >= 1000
    # market data rounds the same session's figure ("5888.62亿美元" is Bloomberg's "$589
    # billion" to the cent): a finer figure that rounds to a record given to three digits is
    # the record's (not a rough one's: "about $600 billion" spans other sources' figures)
    finer = finer and not (
        claim.scope.basis == "market_data" and gap <= step / 2 and step * 100 <= abs(value.amount)
    )
    # a finer figure at the edge of the record's rounding ("32.5B" for a model sold as "32B")
    # says another value than the record's rounded one (not for market data, which sources
    # truncate, round and compute differently: "$593.7 billion" for LSEG's "$593 billion")
    edge = (
        fig.precision * factor < step
        and gap >= step / 2
        and value.precision_kind == "absolute"  # a rounding, not a tolerance band
        and value.qualifier in ("exact", "about")
        and claim.scope.basis != "market_data"
    )
    # a decimal for an exact small count ("temperature 0.6" is no 1 shared expert)
    whole = (
        step == 1
        and value.qualifier == "exact"
        and fig.precision * factor < 1
        and gap > fig.precision * factor
        and claim.scope.basis != "market_data"
    )
    return (finer and gap > fig.precision * factor) or edge or whole
