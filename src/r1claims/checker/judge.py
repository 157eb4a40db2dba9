"""Link one figure to the record and decide its verdict (rules in `r1claims.checker.run`)."""

from __future__ import annotations

import re

from r1claims.checker.assertion import asserted
from r1claims.checker.candidates import (
    RecordIndex,
    find_candidates,
    rounding_fits,
    same_hardware,
    significant_digits,
    value_fits,
)
from r1claims.checker.candidates import fitting as fit_values
from r1claims.checker.certainty import certain_claims, opening_phrase, uncertain
from r1claims.checker.corrections import not_taken_back
from r1claims.checker.dates import judge_date
from r1claims.checker.distinctive import distinctive, implicit_owner
from r1claims.checker.document import Document, self_reported
from r1claims.checker.figure_context import FigureContext, figure_context
from r1claims.checker.licence import judge_licence
from r1claims.checker.linking import (
    acceptable_subjects,
    best_fit,
    is_relevant,
    label_named,
    measure_named,
    more_precise,
    not_a_fall,
    not_a_rise,
    owned_by_another,
    said_to_fall,
    said_to_rise,
    score_claim,
    tags_fit,
)
from r1claims.checker.measured import reproduction
from r1claims.checker.neighbours import compared_elsewhere
from r1claims.checker.pinning import pin_claims
from r1claims.checker.quantities import not_a_quantity
from r1claims.checker.scopewords import MODEL_SPEND
from r1claims.checker.sessions import (
    SESSION_KINDS,
    dated_elsewhere,
    days_of_reference,
    over_sessions,
    undated_history,
)
from r1claims.checker.verdict import (
    PRECEDENT_SCORE,
    Judgement,
    explain_claim,
    precedent,
    verdict_for_link,
)
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import absolute_precision
from r1claims.record.model import Claim, Quantity

__all__ = ["PRECEDENT_SCORE", "Judgement", "RecordIndex", "judge"]


def judge(fig: Figure, doc: Document, record: RecordIndex, clause: tuple[int, int]) -> Judgement:
    """Link ``fig`` and judge it; `Judgement.basis` says how (``supported/subject``, ...)."""
    ctx = figure_context(fig, doc, clause, record.cs)
    result = _judge(fig, doc, record, ctx)
    if result.claim is not None and self_reported(result.claim, record.cs):
        claim = result.claim
        result = Judgement(
            "unverifiable",
            f"The record holds this only as {record.cs.entity_name(claim.scope.estimator or '')}'s"
            f" own unconfirmed figure, which it cannot check: {explain_claim(claim)}.",
            claim,
            basis="self-reported",
        )
    result.basis = f"{result.verdict}/{_basis(fig, ctx, result, record.cs)}"
    return result


def _basis(fig: Figure, ctx: FigureContext, result: Judgement, cs: ClaimSet) -> str:
    """The way a verdict was reached, coarse enough to measure how often each way is right."""
    kind = "date-" if fig.kind == "date" else "licence-" if fig.kind == "licence" else ""
    if result.basis:
        return kind + result.basis
    claim = result.claim
    if claim is None:
        return kind + ("no-link-named" if ctx.subjects else "no-link")
    if claim.subject in ctx.subjects or acceptable_subjects(claim) & set(ctx.subjects):
        return kind + "subject"
    if any(cs.family(s) == cs.family(claim.subject) for s in ctx.subjects):
        return kind + "family"
    return kind + "context"


def _judge(fig: Figure, doc: Document, record: RecordIndex, ctx: FigureContext) -> Judgement:
    cs = record.cs
    index = doc.index
    if fig.kind == "date":
        before = index.text[max(0, fig.start - 20) : fig.start]
        # "Released on January 29, Qwen2.5-Max ...", "... launched on January 15; that date is
        # wrong": no date of a sentence that gives it to another or rejects it is refuted
        certain = asserted(ctx) and not opening_phrase(fig, ctx, doc) and not _guessed(ctx, doc)
        certain = certain and not reproduction(ctx)  # "Open-R1, an effort to reproduce R1, on"
        # another event's day given to a release is refuted only with the numbers' certainty
        # ("Some reports said V3 came out in January 2025. In fact ...": not), asked only then
        return judge_date(
            fig,
            ctx,
            cs,
            days_of_reference(record.dates, before, ctx.lead),
            before,
            certain=certain,
            release_certain=lambda: certain and not uncertain(fig, ctx, doc),
        )
    if fig.kind == "licence":
        return judge_licence(fig, ctx, cs, record.licences)
    if (why := not_a_quantity(fig, ctx, doc)) is not None:
        return Judgement("unverifiable", why)
    candidates = find_candidates(fig, ctx, record)
    if not candidates:
        if fig.kind == "money":
            return Judgement(
                "unverifiable",
                f"The record holds no {fig.unit} figures; currency conversions are not judged.",
            )
        return Judgement("unverifiable", f"The record has no figure in {fig.unit}.")
    fitting = _restating(fig, ctx, record, candidates)
    # "On March 3, 2025, Nvidia fell 8.7%": another day's move restates no session's record
    fitting = [
        (c, f)
        for c, f in fitting
        if not dated_elsewhere(fig, c, ctx, doc)
        and not over_sessions(c, ctx)
        and not undated_history(fig, c, ctx, doc)
    ]
    if fitting:
        best, factor = best_fit(ctx, cs, fitting, fig)
        specific = significant_digits(fig) >= 3
        fit = tags_fit(ctx, best)
        unnamed = not ctx.subjects and (
            (specific and fit is not False) or (fit is True and significant_digits(fig) >= 2)
        )
        # a model the record does not hold, named before the figure, is its subject unless
        # the figure's own clause names another ("Meta's Llama 3 ... over 54 days")
        about_other = (ctx.other_model_first and ctx.framing_subject is None) or compared_elsewhere(
            doc, fig, ctx.sentence_start, best
        )
        coarse = _coarse(fig) and fit is not True
        if not (ctx.foreign or coarse or owned_by_another(fig, ctx, best, cs, index)) and (
            (is_relevant(ctx, best, cs) and not about_other)
            or unnamed
            or distinctive(fig, ctx, fitting, cs)
            or implicit_owner(ctx, best, fitting, record)
        ):
            if ctx.sibling is not None and not ctx.subjects and best.kind not in MODEL_SPEND:
                return Judgement(  # "DeepSeek-V3.1 holds 671 billion parameters"
                    "unverifiable",
                    f"The text gives it to {ctx.sibling}, a model the record does not hold.",
                )
            return verdict_for_link(fig, ctx, best, cs, factor)
        scored = sorted(
            ((score_claim(ctx, c, cs, fig, f), c.id, c, f) for c, f in fitting), reverse=True
        )
        for _, _, claim, factor in scored:  # a sentence the record judged, whatever its subjects
            found = precedent(ctx, fig, claim, factor)
            if found is not None:
                return found
    return _refute_or_unverifiable(fig, ctx, record, candidates, doc)


def _restating(
    fig: Figure, ctx: FigureContext, record: RecordIndex, candidates: list[tuple[Claim, float]]
) -> list[tuple[Claim, float]]:
    """The candidates whose value the figure restates, as the text frames it."""
    cs = record.cs
    fitting = fit_values(fig, candidates)
    # a figure no source states (derived) is what a text means only when no stated one fits
    fitting = [
        (c, f)
        for c, f in fitting
        # (or, for its architecture, the clause's own named model's: "R1-Zero has 671 billion
        # parameters" is R1-Zero's size, the same as V3's, not V3's given to R1-Zero)
        if c.scope.basis != "derived"
        or (
            c.scope.phase == "architecture"
            and ctx.framing_named
            and c.subject == ctx.framing_subject
        )
    ] or [
        # and then only for a model of its family that the clause names ("R1's run lasted 54
        # days"), in scope words that do not contradict it: a bare "6%" or "720GB" is far
        # likelier another figure than one no source gives, and a share is never distinctive
        (c, f)
        for c, f in fitting
        if ctx.framing_named
        and ctx.framing_subject is not None
        and cs.family(ctx.framing_subject) == cs.family(c.subject)
        and tags_fit(ctx, c) is not False
        and c.kind != "percentage"
    ]
    # a figure far more precise than a rough record is another number, not a rounding of it:
    # "49,152 GPUs" is not "about 50,000"
    fitting = [(c, f) for c, f in fitting if not more_precise(fig, c, f)]
    if said_to_rise(fig, ctx, strict=True):  # "Nvidia rebounded 8.9%" restates no fall of 9%
        fitting = not_a_fall(fitting)
    elif said_to_fall(ctx):  # "Dell falling more than 8.7%" restates no rebound of 8.9%
        fitting = not_a_rise(fitting)
    # "10,000 Nvidia A100 chips" restate no record of H800s (they may still contradict one)
    fitting = [(c, f) for c, f in fitting if same_hardware(fig.hardware, c.scope.hardware)]
    after = ctx.sentence[fig.end - ctx.sentence_start :]
    # "17.1% of global downloads" is a share, "at a $300B valuation" a level: neither a fall
    if (fig.unit == "percent" and _SHARE_OF.match(after)) or _VALUATION_AFTER.match(after):
        fitting = [(c, f) for c, f in fitting if not c.kind.endswith("_change")]
    if fig.unit != "percent" and _OF_MARKET_VALUE.match(after):
        # "$600 million of its overall market capitalization": a market value, which restates
        # no spending or cost ("over $500 million" on GPUs)
        fitting = [(c, f) for c, f in fitting if c.kind in _MARKET_VALUE_KINDS]
    # a share of one named measure ("severe-vulnerabilities-increase") only where the text
    # names it: "discounts of 50% on V3" is no rise in vulnerable code
    fitting = [
        (c, f)
        for c, f in fitting
        if not (c.kind == "percentage" and c.scope.component and not c.metric)
        or c.scope.component.split("-")[0][:5] in ctx.sentence_lower
    ]
    # a fund's return only where the text names a return ("56.6% returns in 2025"), of its
    # year if the clause names one: a bare "up to 75%" near the company is any share
    fitting = [
        (c, f)
        for c, f in fitting
        if c.kind != "fund_return"
        or (
            measure_named(ctx, c)
            and not _of_another_year(ctx, c)
            # the size of funds, not their return ("assets under management surged 57%")
            and not any(t.name == "funds" for t in ctx.tags)
        )
    ]
    # a rounded restatement of a quantity held precisely too: only its own rounding restates it
    fitting = [(c, f) for c, f in fitting if c.id not in record.rounded or rounding_fits(fig, c, f)]
    if fig.unit == "number" and significant_digits(fig) < 2:
        # a bare round amount ("a city of over eight million", "its score rose by 10")
        # restates a count only of what it counts, named in the text, not any count near the
        # figure ("10.9 million" is distinctive enough)
        fitting = [
            (c, f)
            for c, f in fitting
            if c.kind != "count" or measure_named(ctx, c) or label_named(ctx, c)
        ]
    return fitting


def _of_another_year(ctx: FigureContext, claim: Claim) -> bool:
    """Does the figure's clause name years, none of them the record's ("returned 57% in 2024"
    for a record of 2025)?"""
    as_of = claim.scope.as_of
    return bool(ctx.years) and as_of is not None and as_of.year not in ctx.years


#: "valuation" after a figure, not a change of one ("a $300B valuation"; not "a $600B
#: valuation loss").
_VALUATION_AFTER = re.compile(
    r"\s+valuations?\b(?!\s+(?:loss|drop|hit|cut|decline|fall|plunge|slide))", re.IGNORECASE
)
#: Whose value, before a noun of value: "its", "the", a possessive ("Nvidia's"), and one word
#: ("its overall market capitalization").
_WHOSE = r"(?:(?:its|their|the|[\w-]+['’]s)\s+)?(?:\w+\s+)?"
#: A sum given as part of a market value ("$600 million of its overall market capitalization",
#: "$589 billion in market value", "$1 trillion off the stock market"): it restates only a
#: record of a change in market value (`_MARKET_VALUE_KINDS`).
_OF_MARKET_VALUE = re.compile(
    rf"\s+(?:of|in|from|off)\s+{_WHOSE}"
    r"(?:market\s+(?:value|cap)|valuation|stock\s+(?:value|market)|capitali)",
    re.IGNORECASE,
)
_MARKET_VALUE_KINDS = frozenset({"market_cap_change", "index_change"})
#: "of" after a percentage, before anything but the value it was lost from ("17.1% of global
#: downloads"; not "17% of its value").
_SHARE_OF = re.compile(
    rf"\s+of\s+(?!{_WHOSE}(?:value|market|worth|valuation|capitali|shares?|stock))",
    re.IGNORECASE,
)


def _coarse(fig: Figure) -> bool:
    """A sum of money written to one digit that spans half its value ("$1 billion", "$2
    billion") fits many sums: it restates a record only in the record's scope words. A price
    ("$2 per GPU-hour") is exact."""
    return (
        fig.kind == "money"
        and "/" not in fig.unit
        and abs(fig.value) >= 1e6
        and fig.precision >= 0.5 * abs(fig.value)
    )


def _refute_or_unverifiable(
    fig: Figure,
    ctx: FigureContext,
    record: RecordIndex,
    candidates: list[tuple[Claim, float]],
    doc: Document,
) -> Judgement:
    cs = record.cs
    for claim, factor in candidates:  # a sentence the record itself judged
        found = precedent(ctx, fig, claim, factor)
        if found is not None:
            return found
    unsure = uncertain(fig, ctx, doc) or _guessed(ctx, doc)
    slipped = None if unsure or fig.unit == "number" else _magnitude_slip(fig, ctx, candidates)
    if slipped is not None:
        return Judgement(
            "refuted",
            f"Wrong order of magnitude: the same digits as the {explain_claim(slipped)}.",
            slipped,
            ["contradicted"],
            basis="magnitude",
        )
    pinned = [] if unsure else pin_claims(fig, ctx, candidates, cs, record.rounded, doc)
    pinned = certain_claims(pinned, fig, ctx, cs, doc)
    pinned = not_taken_back(pinned, fig, ctx, doc, candidates)
    if pinned:
        # among variants of one quantity, the one coverage cites most is held against the text
        claim = max(pinned, key=lambda c: (len(c.citations), score_claim(ctx, c, cs), c.id))
        owner = _owner_of_value(fig, claim, candidates)
        if owner is not None:
            return Judgement(
                "misleading",
                f"Right figure, wrong subject: it belongs to {cs.entity_name(owner.subject)} "
                f"({explain_claim(owner)}); for {cs.entity_name(claim.subject)} the "
                f"{explain_claim(claim)}.",
                owner,
                ["wrong_subject"],
                basis="owner",
            )
        value = claim.value
        if fig.unit == "percent" and isinstance(value, Quantity) and value.unit == "percentile":
            return Judgement(
                "refuted",
                f"The record has a percentile, not a share: {explain_claim(claim)}.",
                claim,
                ["wrong_unit", "contradicted"],
                basis="pinned",
            )
        return Judgement(
            "refuted",
            f"The record contradicts it: {explain_claim(claim)}.",
            claim,
            ["contradicted"],
            basis="pinned",
        )
    if ctx.subjects and not any(is_relevant(ctx, c, cs) for c, _ in candidates):
        name = cs.entity_name(ctx.subjects[0])
        return Judgement("unverifiable", f"The record has no figure like this for {name}.")
    return Judgement(
        "unverifiable", "No record matches this figure and its context closely enough to judge it."
    )


def _guessed(ctx: FigureContext, doc: Document) -> bool:
    """Is every entity the sentence names one guessed from a typo ("Depseek's GPU spending")?
    A guess links a figure but never refutes one, unless a name beside it does ("Depseek's R1")."""
    lo, hi = ctx.sentence_start, ctx.sentence_start + len(ctx.sentence)
    guessed = {m.ref for m in doc.index.guessed if lo <= m.start < hi}
    return bool(guessed) and set(ctx.subjects) <= guessed


def _digits(value: float) -> str:
    """The significant digits of a value: 294000 -> '294', 5.576e6 -> '5576'."""
    return f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")


def _magnitude_slip(
    fig: Figure, ctx: FigureContext, candidates: list[tuple[Claim, float]]
) -> Claim | None:
    """The one record of a subject the sentence names whose value has exactly the figure's
    significant digits (three or more) at another power of ten: "$29.4 million" for R1's
    $294,000, "5576만 달러" ($55.76M) for V3's $5.576M. A slipped decimal point is certain
    even where the words would not pin a record."""
    if significant_digits(fig) < 3:
        return None
    digits = _digits(fig.value)
    found = {
        claim.id: claim
        for claim, factor in candidates
        if claim.subject in ctx.subjects
        and claim.status != "wrong"
        and isinstance(claim.value, Quantity)
        and _digits(claim.value.amount) == digits
        and not value_fits(fig, claim, factor)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _owner_of_value(
    fig: Figure, pinned: Claim, candidates: list[tuple[Claim, float]]
) -> Claim | None:
    """Another entity's record of the same measure that this exact value fits: the text gave
    that entity's figure to the wrong subject ("R1 scored 75.7% on GPQA": o1's score); for a
    market figure, of the same session."""
    for claim, factor in candidates:
        if (
            claim.subject != pinned.subject
            and claim.kind == pinned.kind
            and claim.metric == pinned.metric
            and claim.scope.phase == pinned.scope.phase
            and (claim.kind not in SESSION_KINDS or claim.scope.as_of == pinned.scope.as_of)
            and claim.status != "wrong"
            and value_fits(fig, claim, factor)
            and fig.precision * factor <= _precision(claim)
        ):
            return claim
    return None


def _precision(claim: Claim) -> float:
    return absolute_precision(claim.value) if isinstance(claim.value, Quantity) else 0.0
