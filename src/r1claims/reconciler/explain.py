"""Plain-language sentences generated from a claim's structured scope (never stored per group).

Every sentence here is built from fields (`covers`, `phase`, `basis`, `basis_detail`,
`estimator`, `includes`, `excludes`, `per`, `as_of`, `status`, citations' framings), so it reads
the same way for a group a user adds to their own record.
"""

from __future__ import annotations

import datetime as dt

from r1claims.record.claimset import ClaimSet
from r1claims.record.humanize import format_date, format_value
from r1claims.record.model import Citation, Claim, Quantity

__all__ = [
    "BASIS_PHRASES",
    "KIND_QUESTIONS",
    "SCOPE_FIELDS",
    "contrast",
    "correction_for",
    "describe",
    "explain_claim",
    "scope_differences",
    "scope_summary",
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
    "data_size": "How much data?",
    "percentage": "What share?",
    "statement": "What is established?",
}

#: Scope fields compared when two figures differ, in the order they are named.
SCOPE_FIELDS = (
    "subject",
    "phase",
    "component",
    "basis",
    "estimator",
    "as_of",
    "per",
    "hardware",
    "unit",
)


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
    if s.as_of:
        parts.append(f"as of {s.as_of.isoformat()}")
    return "; ".join(parts)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _misframings(claim: Claim, cs: ClaimSet) -> list[str]:
    """Distinct wrong framings the coverage gave this figure, as noun phrases."""
    seen: dict[str, None] = {}
    for cit in claim.citations:
        framing = cit.framing
        if framing.verdict not in ("misleading", "refuted"):
            continue
        if framing.scope:
            seen.setdefault(f"'{framing.scope}' (as some coverage put it)", None)
        elif framing.subject and framing.subject != claim.subject:
            seen.setdefault(f"a figure for {cs.entity_name(framing.subject)}", None)
    return list(seen)


def explain_claim(claim: Claim, cs: ClaimSet) -> str:
    """What the figure is and what it is not, in short sentences a journalist could paste."""
    s = claim.scope
    who = cs.estimator_name(s.estimator)
    value = format_value(claim.value)
    per = f" per {s.per}" if s.per else ""
    when = f" as of {format_date(s.as_of, 'day')}" if s.as_of else ""
    sentences = [f"{value}{per} covers {s.covers}{when}."]
    basis = BASIS_PHRASES.get(s.basis, "{who}").format(who=who)
    if s.basis_detail:
        basis += f" ({s.basis_detail})"
    sentences.append(basis[0].upper() + basis[1:] + ".")
    if s.includes:
        sentences.append(f"It includes {_join(s.includes)}.")
    if s.excludes:
        sentences.append(f"It excludes {_join(s.excludes)}.")
    wrong = _misframings(claim, cs)
    if wrong:
        sentences.append(f"It is not {_join(wrong)}.")
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


#: Fields whose difference is only worth naming when both claims state them.
_OPTIONAL_FIELDS = frozenset({"as_of", "per", "hardware", "component"})


def scope_differences(a: Claim, b: Claim) -> list[str]:
    """Scope fields (and subject, unit) whose values differ between two claims; an optional
    field stated by only one of them is not a difference worth naming."""
    out = []
    for name in SCOPE_FIELDS:
        x, y = _field(a, name), _field(b, name)
        if name == "hardware" and x and y:  # "H800" and "H800 (4 nodes)" name one chip
            x, y = x.split()[0], y.split()[0]
        if x != y and not (name in _OPTIONAL_FIELDS and (x is None or y is None)):
            out.append(name)
    return out


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
