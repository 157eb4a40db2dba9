"""Plain-language sentences generated from a claim's structured scope (never stored per group).

Every sentence here is built from fields (`covers`, `phase`, `basis`, `basis_detail`,
`estimator`, `includes`, `excludes`, `per`, `as_of`, `status`, citations' framings), so it reads
the same way for a group a user adds to their own record.
"""

from __future__ import annotations

import datetime as dt

from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import BASIS_SHORT, format_date, format_value
from r1claims.record.model import Citation, Claim, Quantity
from r1claims.record.vocab import POINT_IN_TIME_PHASES

__all__ = [
    "BASIS_PHRASES",
    "KIND_QUESTIONS",
    "contrast",
    "correction_for",
    "describe",
    "explain_claim",
    "scope_summary",
    "short_basis",
    "when",
]

#: How each basis reads in a sentence. ``{who}`` is the estimator's name.
BASIS_PHRASES: dict[str, str] = {
    "disclosed": "disclosed by {who}",
    "rental_price_valuation": "a notional valuation by {who} at rental prices, "
    "not money actually spent",
    "analyst_estimate": "an estimate by {who}, not a company disclosure",
    "market_data": "market data reported by {who}",
    "press_report": "as reported by {who}",
    "official_statement": "stated officially by {who}",
    "benchmark_run": "measured by {who} on the benchmark",
    "leaderboard": "a leaderboard position published by {who}",
    "derived": "worked out arithmetically from other figures; no source states it",
    "reference_work": "as given by the reference work {who}",
}

#: Reason codes that say the coverage got the *value* wrong, not what it covers.
VALUE_REASONS = frozenset(
    {"overstated", "understated", "contradicted", "arithmetic_error", "wrong_unit"}
)

#: The question a group of each kind answers.
KIND_QUESTIONS: dict[str, str] = {
    "cost": "How much did it cost?",
    "price": "What price was assumed?",
    "gpu_count": "How many GPUs?",
    "gpu_hours": "How many GPU-hours?",
    "parameter_count": "How many parameters?",
    "duration": "How long did it take?",
    "date": "When did it happen?",
    "market_cap_change": "How much market value was lost or gained?",
    "share_price_change": "How far did the share price move?",
    "share_price": "What was the share price?",
    "index_change": "How far did the index move?",
    "benchmark_score": "What did it score?",
    "leaderboard_rank": "Where did it rank?",
    "count": "How many?",
    "licence": "Under what licence?",
    "assets_under_management": "How much money does it manage?",
    "fund_return": "What did its funds return?",
    "data_size": "How much data?",
    "percentage": "What share?",
    "statement": "What is established?",
    "compute": "How much compute?",
    "energy": "How much energy?",
}


def short_basis(basis: str) -> str:
    return BASIS_SHORT.get(basis, basis.replace("_", " "))


def when(claim: Claim) -> tuple[str, str] | None:
    """('as of', '27 Jan 2025') for a point-in-time phase, ('stated', 'Sep 2025') otherwise: a
    disclosure's `as_of` is when it was published, not the date the figure describes. Printed
    at the `as_of_precision` the record gives (day by default)."""
    s = claim.scope
    if s.as_of is None:
        return None
    text = format_date(s.as_of, s.as_of_precision or "day")
    return ("as of", text) if s.phase in POINT_IN_TIME_PHASES else ("stated", text)


def describe(claim: Claim, cs: ClaimSet) -> str:
    """Value and what it covers: '$294K for the RL stages that turned V3-Base into R1'."""
    return f"{format_value(claim.value)} ({claim.scope.covers})"


def scope_summary(claim: Claim, cs: ClaimSet) -> str:
    """One line of the scope's structured fields, for tables and JSON."""
    s = claim.scope
    parts = [
        cs.entity_name(claim.subject),
        s.phase.replace("_", " "),
        s.basis.replace("_", " "),
        f"by {cs.estimator_name(s.estimator)}",
    ]
    if s.per:
        parts.append(f"per {s.per}")
    if s.hardware:
        parts.append(s.hardware)
    stamp = when(claim)
    if stamp:
        parts.append(" ".join(stamp))
    return "; ".join(parts)


def _join(items: list[str], word: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def _misframings(claim: Claim, cs: ClaimSet) -> list[str]:
    """Sentences on what coverage got wrong, each from the citations' reason codes: a wrong
    subject or scope ("It is not a figure for X or 'Y'"), an estimate given without its
    estimator, a wrong value. Rounding alone is not a misframing of what the figure is."""
    not_this: dict[str, None] = {}
    unattributed = wrong_value = False
    for cit in claim.citations:
        framing = cit.framing
        if framing.verdict not in ("misleading", "refuted"):
            continue
        reasons = set(framing.reasons)
        if "wrong_subject" in reasons and framing.subject and framing.subject != claim.subject:
            not_this.setdefault(f"a figure for {cs.entity_name(framing.subject)}", None)
        if reasons & {"wrong_scope", "apples_to_oranges", "simplified"} and framing.scope:
            not_this.setdefault(f"'{framing.scope}'", None)
        unattributed |= "unattributed_estimate" in reasons
        wrong_value |= bool(reasons & VALUE_REASONS)
    out = []
    if not_this:
        out.append(f"It is not {_join(list(not_this), 'or')}, as some coverage put it.")
    if unattributed:
        who = cs.estimator_name(claim.scope.estimator)
        out.append(f"Some coverage gave it without saying it is {who}'s estimate.")
    if wrong_value:
        out.append("Some coverage misstated the value itself.")
    return out


def explain_claim(claim: Claim, cs: ClaimSet) -> str:
    """What the figure is and what it is not, in short sentences a journalist could paste."""
    s = claim.scope
    who = cs.estimator_name(s.estimator)
    value = format_value(claim.value)
    per = f" per {s.per}" if s.per else ""
    stamp = when(claim)
    dated = f" {stamp[0]} {stamp[1]}" if stamp and stamp[0] == "as of" else ""
    if "as of" in s.covers:  # the scope already says when
        dated = ""
    sentences = [f"{value}{per} covers {s.covers}{dated}."]
    basis = BASIS_PHRASES.get(s.basis, "{who}").format(who=who)
    if stamp and stamp[0] == "stated":
        basis += f", stated {stamp[1]}"
    if s.basis_detail:
        basis += f" ({s.basis_detail})"
    sentences.append(basis[0].upper() + basis[1:] + ".")
    if s.includes:
        sentences.append(f"It includes {_join(s.includes)}.")
    if s.excludes:
        sentences.append(f"It excludes {_join(s.excludes)}.")
    sentences.extend(_misframings(claim, cs))
    if claim.status != "established" and claim.status_reason:
        sentences.append(f"Status: {claim.status} ({claim.status_reason.rstrip('.')}).")
    return " ".join(sentences)


def correction_for(claim: Claim, citation: Citation, cs: ClaimSet) -> str:
    """The citation's own correction, or one generated from the claim's scope."""
    if citation.framing.correction:
        return citation.framing.correction
    value = format_value(claim.value)
    said = citation.framing.scope or (
        cs.entity_name(citation.framing.subject) if citation.framing.subject else None
    )
    base = f"{value} is {claim.scope.covers}"
    if claim.scope.excludes:
        base += f"; it excludes {_join(claim.scope.excludes)}"
    return f"{base}, not {said}." if said else f"{base}."


def _field(claim: Claim, name: str) -> str | None:
    if name == "subject":
        return claim.subject
    if name == "unit":
        return claim.value.unit if isinstance(claim.value, Quantity) else None
    value = getattr(claim.scope, name)
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _field_text(claim: Claim, name: str, cs: ClaimSet) -> str:
    raw = _field(claim, name)
    if raw is None:
        return "unstated"
    if name == "subject":
        return cs.entity_name(raw)
    if name == "estimator":
        return cs.estimator_name(raw)
    return raw.replace("_", " ")


def contrast(a: Claim, b: Claim, fields: list[str], cs: ClaimSet) -> str:
    """'subject Model-R1 vs Model-V3, phase rl training vs full training run'."""
    if not fields:
        return "their scopes differ only in wording"
    return ", ".join(
        f"{name.replace('_', ' ')} {_field_text(a, name, cs)} vs {_field_text(b, name, cs)}"
        for name in fields
    )
