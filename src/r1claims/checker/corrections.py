"""When the text itself takes back a figure the record contradicts: the next sentence gives
the record's own value ("A post claimed R1 scored 90% on AIME 2024. The paper reports 79.8%") or
rejects it ("DeepSeek's paper reports nothing of the kind"), it is per item ("16 H100s of 80 GB
each"), another evaluator ran the benchmark ("OpenAI said ... GPT-4o managed about 12%"), or it
lies within the spread of the values several estimators give the quantity ("US$586 billion"
beside $589B-$593.7B). Such a figure is not refuted: the text does not assert it, or asserts
what the record cannot contradict. (Its own sentence rejecting it, "has no source", is
`assertion.asserted`'s.)"""

from __future__ import annotations

import re

from r1claims.checker.candidates import value_fits
from r1claims.checker.context import TextIndex
from r1claims.checker.document import Document
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import ACTIVE
from r1claims.checker.verdict import Judgement
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, Quantity

__all__ = ["corrected_after", "not_taken_back"]

#: A next sentence that rejects what the one before said (narrower than the words that make
#: a figure's own sentence unasserted, `assertion.asserted`: "Nobody expected it" after a
#: figure does not take it back).
_REJECTS = re.compile(
    r"nothing of the kind|\bno source\b|\bnot true\b|\bis wrong\b|\bthat['’]s wrong\b"
    r"|\bisn['’]t true\b|\bnot the case\b|\bfalse\b|\bincorrect\b|\bmisread\b",
    re.IGNORECASE,
)
_NO = re.compile(r"\s*no\b", re.IGNORECASE)
#: A short question right after a figure's sentence: the writer doubts what it reports ("I
#: read that the Nasdaq sank 6%. Is that right? No, it was about 3%.").
_DOUBTED = re.compile(
    r"\s*(?:is (?:that|this|it) (?:right|true|correct|so)|really|true|correct)\s*\?", re.IGNORECASE
)
#: A quantity per item after the figure ("80 GB each", "64 samples per query").
_EACH = re.compile(
    r"\s*(?:each|apiece|per (?:query|prompt|problem|question|sample|gpu|chip|card|node|device"
    r"|request|user))\b",
    re.IGNORECASE,
)
#: Someone who says or measures something ("OpenAI said", "Google reports").
_SPEAKER = re.compile(
    r"\b([A-Z][\w.-]+)\s+(?:said|says|reported|reports|claimed|claims|stated|states|measured"
    r"|found|published)\b"
)


def not_taken_back(
    pinned: list[Claim],
    fig: Figure,
    ctx: FigureContext,
    doc: Document,
    candidates: list[tuple[Claim, float]],
) -> list[Claim]:
    """The pinned records the text does not take back around the figure (see the module; the
    figure's own sentence rejecting it is `assertion.asserted`'s)."""
    if not pinned or _EACH.match(doc.text, fig.end):
        return []
    n_lo, n_hi = doc.index.next_sentence(ctx.sentence_start + len(ctx.sentence))
    if n_hi > n_lo and (
        _REJECTS.search(doc.text, n_lo, n_hi)
        or _NO.match(doc.text, n_lo)
        or _DOUBTED.match(doc.text, n_lo)
    ):
        return []
    factors = {c.id: f for c, f in candidates}
    variants = [c for c, _ in candidates]
    # the next sentence's figures, not the sentence's own ("While it has 1.6 trillion total
    # parameters, only 671 billion are active" gives 671 billion another scope)
    others = doc.figures_between(n_lo, n_hi) if n_hi > n_lo else []
    speakers = {m.group(1).lower() for m in _SPEAKER.finditer(ctx.lead)}
    if any(_restates(g, fig, c, factors.get(c.id, 1.0)) for c in pinned for g in others):
        return []  # the text gives one of the records itself
    if any(_among_estimates(fig, c, variants, factors) for c in pinned):
        return []
    return [
        c
        for c in pinned
        if not (c.kind == "benchmark_score" and _other_evaluator(speakers, c, doc))
    ]


def _restates(other: Figure, fig: Figure, claim: Claim, factor: float) -> bool:
    """Does another figure near ``fig`` give the record's own value: in the figure's unit, the
    record's, or bare ("R1 has 671 billion")?"""
    units = {fig.unit, "number", getattr(claim.value, "unit", None)}
    return other.unit in units and value_fits(
        other, claim, factor if other.unit == fig.unit else 1.0
    )


def _other_evaluator(speakers: set[str], claim: Claim, doc: Document) -> bool:
    """Is an organisation other than the record's evaluator the one who speaks?"""
    estimator = (claim.scope.estimator or "").lower()
    return any(
        doc.is_organisation_name(s) and s != estimator and s not in estimator for s in speakers
    )


def _among_estimates(
    fig: Figure, claim: Claim, candidates: list[Claim], factors: dict[str, float]
) -> bool:
    """Do estimators give the record's quantity several values (the same subject, kind and
    day: $589B, $593B, $593.7B for Nvidia's loss), and is the figure no further from them than
    they are from each other ("US$586 billion": another count of the same shares)?"""
    same = [
        c
        for c in candidates
        if c.subject == claim.subject
        and c.kind == claim.kind
        and c.scope.as_of == claim.scope.as_of
        and c.scope.per == claim.scope.per
        and c.scope.phase == claim.scope.phase
        and isinstance(c.value, Quantity)
    ]
    values = [abs(c.value.amount) for c in same if isinstance(c.value, Quantity)]
    if len(set(values)) < 2 or len({c.scope.estimator for c in same}) < 2:
        return False  # one estimator's figures of several scopes are no variants
    lo, hi = min(values), max(values)
    stated = abs(fig.value) * factors.get(claim.id, 1.0)
    return lo - (hi - lo) <= stated <= hi + (hi - lo)


#: What opens a clause that may set right the one before it: a semicolon, a colon or a dash
#: ("; the paper says 96.3%", " — in fact 79.8%"), or a comma before words that correct
#: ("..., but it was released on January 20", "，实为6710亿", "、論文の値は79.8%だ"; not "4,096
#: H800 GPUs, 2,048 of them in Hangzhou").
_STRONG_BREAK = re.compile(r"[;:；：]|\s[—–-]\s")
_SETS_RIGHT = re.compile(
    r"\b(?:but|actually|in fact|in reality|really|officially|instead|rather|however|paper"
    r"|pero|realmente|en realidad|oficialmente|mais|en fait|aber|tatsächlich|ma|in realtà|mas"
    r"|na verdade|overstat\w*|understat\w*|exaggerat\w*|inflat(?:ed|es|ing))\b"
    r"|实为|实际|實際|実際|論文|论文|但|却|が、|하지만|실제",
    re.IGNORECASE,
)


def corrected_after(
    figures: list[Figure], results: list[Judgement], index: TextIndex, cs: ClaimSet
) -> list[Judgement]:
    """``results``, but a refuted figure is unverifiable when a later clause of its sentence
    gives, in its unit or bare, the very record it was held against, supported ("One outlet
    wrote that R1 came out on January 25, but it was released on January 20"): the text sets
    it right itself. Not another record of the subject ("V3 has 500 billion parameters, but
    only 37 billion are active")."""
    out = list(results)
    for i, (fig, result) in enumerate(zip(figures, results, strict=True)):
        if result.verdict != "refuted" or result.claim is None:
            continue
        _, end = index.sentence(fig.start, fig.end)
        for later, judged in zip(figures[i + 1 :], results[i + 1 :], strict=True):
            if later.start >= end:
                break
            if (
                judged.verdict == "supported"
                and judged.claim is not None
                and _same_quantity(judged.claim, result.claim)
                and later.unit in (fig.unit, "number")  # "1.8 trillion ...; it has 671 billion"
                and _sets_right(index, fig, later, cs)
                and _active(index.text, later) == _active(index.text, fig)
            ):
                out[i] = Judgement(
                    "unverifiable",
                    f"The text sets it right itself: {index.text[later.start : later.end]!r} "
                    "later in the sentence matches the record it contradicts.",
                    basis="unverifiable/corrected",
                )
                break
    return out


def _same_quantity(a: Claim, b: Claim) -> bool:
    """Are the two records one quantity, however estimated or rounded ("fell 1.5%" for the S&P
    500's 1.46%; CNBC's 17% beside Bloomberg's)?"""
    return a.id == b.id or (
        a.subject == b.subject
        and a.kind == b.kind
        and a.scope.phase == b.scope.phase
        and a.scope.as_of == b.scope.as_of
        and a.scope.per == b.scope.per
        and a.metric == b.metric
        and a.scope.component == b.scope.component
    )


def _active(text: str, fig: Figure) -> bool:
    """Are the figure's parameters given as the active ones ("only 671 billion are active")? A
    later figure of the other kind restates another measure than the earlier ("While it has
    1.6 trillion total parameters, only 671 billion are active")."""
    return ACTIVE.search(text, max(0, fig.start - 25), min(len(text), fig.end + 25)) is not None


def _sets_right(index: TextIndex, fig: Figure, later: Figure, cs: ClaimSet) -> bool:
    """Does the text between the two figures open a clause that corrects the first, naming no
    other model than the one its sentence named before it ("DeepSeek-R1 compte 480 milliards
    de paramètres : DeepSeek-V3 en compte 671" gives V3 its size, it does not correct R1's;
    "Some said 72.5%; DeepSeek-R1 actually scored 79.8%" does)?"""
    between = index.text[fig.end : later.start]
    if not (_STRONG_BREAK.search(between) or _SETS_RIGHT.search(between)):
        return False
    start, _ = index.sentence(fig.start, fig.end)
    before = {m.ref for m in index.entities_near(start, fig.start)}
    return not before or not any(
        m.ref not in before and cs.entity_type(m.ref) in ("model", "app")
        for m in index.entities_near(fig.end, later.start)
    )
