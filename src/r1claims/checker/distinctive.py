"""When a figure links on its value though its sentence names another subject, or none: a
distinctive value only one entity's records hold, or a measure of the record's own family
given to a described (not named) subject."""

from __future__ import annotations

import re

from r1claims.checker.candidates import RecordIndex, significant_digits
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.linking import measure_named
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.names import other_model_at
from r1claims.extract.figures import Figure
from r1claims.extract.lexicon import MODEL_FAMILIES
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim

__all__ = ["distinctive", "implicit_owner"]

#: A possessive right before the figure ("DeepSeek-R1's 18.1%").
_OWNED = re.compile(r"\w['’]s\s+\Z")


#: Kinds of figure whose unit says what is measured; a two-digit percentage or count of
#: anything is too common to link on its value alone.
_MEASURED_KINDS = frozenset({"money", "parameter_count", "gpu_count", "gpu_hours", "tokens"})


def distinctive(
    fig: Figure, ctx: FigureContext, fitting: list[tuple[Claim, float]], cs: ClaimSet
) -> bool:
    """A figure of three or more significant digits that only one entity's records fit
    ("589 Milliarden Dollar": Nvidia's loss) restates that entity's figure although the
    sentence names another one, unless its own clause is about an entity of the same type; in
    a sentence that names no entity, two digits do when the unit says what is measured and only
    one family's records fit. Never when an unknown name stands in the clause."""
    if ctx.unknown_name or ctx.in_column:  # "Broadcom fell 17.4%": about a name the record
        return False  # does not know; a table's cell under its model's name is that model's
    if _measure_of_another(ctx, fitting, cs):
        return True
    digits = significant_digits(fig)
    if (
        digits == 2
        and not ctx.subjects
        and fig.kind in _MEASURED_KINDS
        and len({cs.family(c.subject) for c, _ in fitting}) == 1
        and not _another_makers_model(ctx, fitting, cs)
    ):
        return True  # "only the 37B active params": V3's and R1's, one architecture
    if digits < 3 or len({c.subject for c, _ in fitting}) != 1:
        return False
    subject, kind = fitting[0][0].subject, fitting[0][0].kind
    framing = ctx.framing_subject
    return (
        framing is None
        # (not when the text gives it to a name by a possessive: "well above DeepSeek-R1's
        # 18.1%" is R1's own figure, not Nvidia's fall)
        or (cs.entity_type(framing) != cs.entity_type(subject) and not _OWNED.search(ctx.lead))
        # a description resolved to an entity that holds no figure of this kind ("The AI tech
        # firm haemorrhaged $589billion ... its rival DeepSeek": a market loss, not DeepSeek's)
        or (not ctx.framing_named and kind not in _kinds_of(cs).get(framing, ()))
    )


def _another_makers_model(
    ctx: FigureContext, fitting: list[tuple[Claim, float]], cs: ClaimSet
) -> bool:
    """Is a model the record does not hold named before the figure, and not one the fitting
    records' models are built on ("Kimi K2 ... (32 billion activated per token)"; not "the bases
    are Qwen2.5 (for the 1.5B, 7B, 14B and 32B variants)")?"""
    at = other_model_at(ctx.lead, 0, len(ctx.lead), []) if ctx.other_model else -1
    word = _WORD.match(ctx.lead, max(at, 0))
    if at < 0 or word is None or word.group().lower() not in MODEL_FAMILIES:
        return False  # ("Two 660B base models", "DSV3": no maker's model family)
    return not any(word.group().lower() in cs.entity_name(c.subject).lower() for c, _ in fitting)


_WORD = re.compile(r"[^\W\d_]+")


def implicit_owner(
    ctx: FigureContext, best: Claim, fitting: list[tuple[Claim, float]], record: RecordIndex
) -> bool:
    """A figure whose clause names no entity, only describes one ("the company had spent just
    $6 million developing its AI app"), and says what it measures (a scope word of the
    record's kind: "developing", "trained for"), restates the record's own family's figure
    when only that family's records fit: the description's nearest antecedent may be another
    company named earlier (Nvidia, in a story about its fall)."""
    if ctx.named or ctx.unknown_name or ctx.other_model:
        return False
    if {record.cs.family(c.subject) for c, _ in fitting} != {record.home}:
        return False
    return any(best.kind in t.kinds for t in ctx.tags)


def _measure_of_another(
    ctx: FigureContext, fitting: list[tuple[Claim, float]], cs: ClaimSet
) -> bool:
    """Do only one entity's records of one kind fit, does the clause name their measure, and
    does no entity the sentence names hold a figure of that kind? Then the named entity is
    what caused it, not whose it is ("R1 ... Triggered a $600 Billion Market Crash")."""
    claims = [c for c, _ in fitting]
    if len({c.subject for c in claims}) != 1 or len({c.kind for c in claims}) != 1:
        return False
    kind = claims[0].kind
    # (a market move of a company the record holds market moves of is that company's, not an
    # index's: "Nvidia shares dropped 2% after the closing bell" is no S&P 500 fall)
    like = _MARKET_MOVES if kind in _MARKET_MOVES else {kind}
    if not ctx.subjects or any(like & _kinds_of(cs).get(s, frozenset()) for s in ctx.subjects):
        return False
    return measure_named(ctx, claims[0]) or bool(
        kind == "market_cap_change" and _MARKET_EVENT.search(ctx.clause)
    )


#: Kinds of record that are moves of one listed company or index in a session.
_MARKET_MOVES = frozenset({"share_price_change", "index_change", "market_cap_change"})
#: A market event a value restates when only one company's loss fits it (never read to pin a
#: record for refuting: a "$969 billion stock market selloff" is the whole market's).
_MARKET_EVENT = re.compile(r"\bmarket (?:crash|rout|sell-?off|meltdown|wipe-?out)", re.IGNORECASE)


def _build_kinds_of(cs: ClaimSet) -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for c in cs.claims:
        kinds.setdefault(c.subject, set()).add(c.kind)
    return {subject: frozenset(k) for subject, k in kinds.items()}


#: Per record, the kinds of figure it holds of each subject.
_kinds_of = IdentityMemo(_build_kinds_of)
