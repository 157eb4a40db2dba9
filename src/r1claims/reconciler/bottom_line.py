"""A group's bottom line and headline, generated from the record's structure (never typed).

The bottom line answers first, in two to four sentences:

1. which figures circulate (members that coverage, not only their originator, cites), and
   whether any two contradict each other (conflicts, estimates that disagree);
2. what each circulating figure is: its estimator, its basis and what it covers, "disputed"
   when its status says so; a recorded derivation that sums two of them is named;
3. the framing coverage got wrong most often (from the misframed citations' reason codes).

The headline is the group in one line for the report's summary.
"""

from __future__ import annotations

import re
from collections import Counter

from r1claims.reconciler.report import Finding, Misframed
from r1claims.record.claimset import ClaimSet
from r1claims.record.formula import references
from r1claims.record.humanize import format_value
from r1claims.record.model import Claim, Relation

__all__ = [
    "MAX_CIRCULATING",
    "MAX_HEADLINE_NAMES",
    "MAX_VALUE_NAME",
    "bottom_line",
    "circulating",
    "headline",
    "name",
    "top_misframing",
]

#: Most circulating figures named in a bottom line (the most cited first).
MAX_CIRCULATING = 4

#: How each basis reads as a noun phrase: ``{who}`` the estimator, ``{what}`` the scope.
_NOUNS = {
    "rental_price_valuation": "{who}'s rental-price valuation of {what}",
    "analyst_estimate": "{who}'s {status}estimate of {what}",
    "derived": "a sum worked out from the record for {what}",
    "disclosed": "{who}'s {status}figure for {what}",
    "official_statement": "{who}'s official {status}figure for {what}",
    "market_data": "market data from {who} for {what}",
    "press_report": "{who}'s {status}report of {what}",
    "benchmark_run": "{who}'s {status}result for {what}",
}


#: A value longer than this (a statement) is named by its claim's label instead.
MAX_VALUE_NAME = 32
#: Trailing clauses of a scope that repeat its basis or estimator ("valued at $2 per ...").
_REDUNDANT = re.compile(r",? (?:valued at|as estimated by|as reported (?:in|by)) .*$")


def name(claim: Claim) -> str:
    """How a sentence names a figure: its value, or its label when the value is a sentence."""
    text = format_value(claim.value)
    return text if len(text) <= MAX_VALUE_NAME else claim.label


def _what(claim: Claim) -> str:
    return _REDUNDANT.sub("", claim.scope.covers) or claim.scope.covers


def _or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def circulating(claims: list[Claim], cs: ClaimSet, hidden: set[str]) -> list[Claim]:
    """Figures coverage cites (a citation from a non-primary source), without the
    restatements in ``hidden``: the most cited first, a misframed citation counting twice (a
    disputed figure matters more than a quiet one); ordered on their scale."""

    def weight(c: Claim) -> int:
        return sum(
            2 if cit.framing.verdict in ("misleading", "refuted") else 1
            for cit in c.citations
            if not (cs.has_source(cit.source) and cs.source(cit.source).primary)
        )

    weights = {c.id: weight(c) for c in claims if c.id not in hidden}
    cited = sorted((c for c in claims if weights.get(c.id)), key=lambda c: -weights[c.id])
    keep = {c.id for c in cited[:MAX_CIRCULATING]}
    return [c for c in claims if c.id in keep]


def _what_it_is(claim: Claim, cs: ClaimSet) -> str:
    s = claim.scope
    status = f"{claim.status} " if claim.status in ("disputed", "unverified", "wrong") else ""
    template = _NOUNS.get(s.basis, "{who}'s {status}figure for {what}")
    who = cs.estimator_name(s.estimator)
    phrase = template.format(who=who, status=status, what=_what(claim))
    if who.endswith("s"):  # "Example Labs' estimate", not "Example Labs's"
        phrase = phrase.replace(f"{who}'s", f"{who}'")
    return f"{name(claim)} is {phrase}"


def _sums(relations: list[Relation], shown: set[str], cs: ClaimSet) -> list[str]:
    """'together they come to ~$5.87M' for a recorded sum of two or more shown figures."""
    out = []
    for rel in relations:
        if rel.kind != "derived" or not rel.formula or rel.claim in shown:
            continue
        refs = references(rel.formula)
        plain = rel.formula.replace(" ", "")
        if len(refs) >= 2 and set(refs) <= shown and plain == "+".join("{" + r + "}" for r in refs):
            total = cs.claim(rel.claim)
            names = _or([name(cs.claim(r)) for r in refs])
            out.append(f"{names} add up to {name(total)}")
    return out


def top_misframing(misframed: list[Misframed], cs: ClaimSet) -> tuple[str, int] | None:
    """The framing coverage got wrong most often, as a phrase, and how many citations."""
    counts: Counter[str] = Counter()
    for m in misframed:
        claim = cs.claim(m.claim_id)
        reasons = set(m.reasons)
        if "wrong_subject" in reasons and m.said:
            given = {
                cit.framing.subject
                for cit in claim.citations
                if cit.source == m.source
                and cit.framing.subject not in (None, claim.subject)
                and cit.framing.verdict in ("misleading", "refuted")
            }
            to = cs.entity_name(given.pop()) if len(given) == 1 else "another subject"
            counts[f"giving {cs.entity_name(claim.subject)}'s {name(claim)} to {to}"] += 1
        elif reasons & {"wrong_scope", "apples_to_oranges", "simplified"}:
            counts[f"saying {name(claim)} covers more or less than it does"] += 1
        elif "unattributed_estimate" in reasons:
            counts[f"giving {name(claim)} without naming its estimator"] += 1
        elif reasons:
            counts[f"getting {name(claim)} wrong"] += 1
    if not counts:
        return None
    phrase, n = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return phrase, n


def bottom_line(
    claims: list[Claim],
    findings: list[Finding],
    misframed: list[Misframed],
    relations: list[Relation],
    cs: ClaimSet,
    hidden: set[str],
    shown: list[Claim],
) -> list[str]:
    """Two to four sentences: the answer first (see the module docstring); ``shown`` are the
    `circulating` figures."""
    if not shown:
        lowest = next(c for c in claims if c.id not in hidden)
        n = len(claims)
        return [
            "Coverage cites no figure here."
            if n == 1
            else f"Coverage cites none of the {n} figures here.",
            _what_it_is(lowest, cs)[0].upper() + _what_it_is(lowest, cs)[1:] + ".",
        ]
    values = [name(c) for c in shown]
    clash = [f for f in findings if f.kind in ("conflict", "estimates_disagree")]
    noun = "figure" if len(values) == 1 else "figures"
    verb = "circulates" if len(values) == 1 else "circulate"
    first = f"{len(values)} {noun} {verb} in coverage: {_or(values)}"
    if len(values) > 1:
        first += (
            "; none contradicts another"
            if not clash
            else f"; {len(clash)} pair{'s' if len(clash) > 1 else ''} of estimates disagree"
        )
    out = [first + "."]
    parts = [_what_it_is(c, cs) for c in shown]
    parts += _sums(relations, {c.id for c in shown}, cs)
    out.append("; ".join(parts) + ".")
    top = top_misframing(misframed, cs)
    if top and top[1] == 1 and len(misframed) > 1:
        out.append(f"Coverage misframed {len(misframed)} citations, each in its own way.")
    elif top and len(misframed) == 1:
        out.append(f"One citation misframed a figure: {top[0]}.")
    elif top:
        phrase, n = top
        out.append(
            f"The most common misframing: {phrase} ({n} of {len(misframed)} misframed citations)."
        )
    return [s[0].upper() + s[1:] for s in out]


#: Past this length the headline counts the circulating figures instead of naming them.
MAX_HEADLINE_NAMES = 70


def headline(title: str, shown: list[Claim], misframed: int, disagree: int) -> str:
    """The group in one line: its question and what circulates (named, or counted when the
    names are long, as statements' labels are)."""
    figures = _or([name(c) for c in shown]) if shown else "not cited by coverage"
    if len(figures) > MAX_HEADLINE_NAMES:
        figures = f"{len(shown)} figures circulate"
    tail = []
    if disagree:
        tail.append(f"{disagree} disagreement{'s' if disagree > 1 else ''}")
    if misframed:
        tail.append(f"{misframed} misframed")
    return f"{title}: {figures}" + (f" ({', '.join(tail)})" if tail else "")
