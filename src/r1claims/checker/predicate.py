"""The predicate a figure shares with its neighbours: the models it names and the scope words
that govern several figures at once ("created in two months for less than $6 million")."""

from __future__ import annotations

import re
from typing import Any

from r1claims.checker.clauses import AND, clause_bounds
from r1claims.checker.document import Document
from r1claims.checker.neighbours import GOVERNING, listed_objects
from r1claims.checker.references import compared_before
from r1claims.checker.scopewords import ScopeTag
from r1claims.extract.figures import Figure

__all__ = ["CONTRAST_AFTER", "predicate_models", "predicate_tags"]

#: Words after a figure that open a clause about another subject.
CONTRAST_AFTER = re.compile(
    r"\b(?:while|whereas|but|unlike|compared|versus|vs\.?|against|than"
    r"|mientras|en cambio|frente a|alors que|tandis que|contre|w(?:ä|ae)hrend|wohingegen"
    r"|mentre|invece|enquanto|ao passo que|terwijl|podczas gdy)\b",
    re.IGNORECASE,
)


def predicate_models(
    doc: Document, fig: Figure, lo: int, hi: int, refs: tuple[Any, ...]
) -> list[Any]:
    """Models named in the predicate the figure shares with its neighbours: after it ("2,048
    H800 GPUs over two months were enough to train R1") with no "and" or colon between, or
    before it with no colon and no figure of the same kind between (which would make the name
    another figure's or another statement's)."""
    p_lo, p_hi = clause_bounds(doc.text, fig, lo, hi, (False, False))
    found = []
    for m in refs:
        if doc.entity_type(m.ref) not in ("model", "app") or not p_lo <= m.start < m.end <= p_hi:
            continue
        if compared_before(doc.text, p_lo, m.start):
            continue  # "matching or beating GPT-4 ... while using 2,000 GPUs": not GPT-4's
        if m.start >= fig.end:  # after: no "and" or colon between, but for a list of
            # figures that the predicate governs together ("$6 million and 2,048 GPUs to train it")
            between = doc.figures_between(fig.end, m.start)
            if (
                ":" not in doc.text[fig.end : m.start]
                and not any(f.kind == fig.kind for f in between)  # the nearer figure's model
                and not CONTRAST_AFTER.search(doc.text, fig.end, m.start)  # another clause's
                and (
                    not AND.search(doc.text, fig.end, m.start) or listed_objects(doc, fig, m.start)
                )
            ):
                found.append(m)
        elif ":" not in doc.text[m.end : fig.start] and not any(
            f.kind == fig.kind for f in doc.figures_between(p_lo, fig.start)
        ):  # before all figures of its kind: "trained R1 using 671B parameters with 2,048 GPUs
            # and a budget of $5.6M"; not "R1-Zero training $202,000, SFT data $10,000" nor
            # "$6 million spent on the base V3 model and $294,000 on RL" (parallel items)
            found.append(m)
    return found


def predicate_tags(doc: Document, fig: Figure, lo: int, hi: int) -> list[ScopeTag]:
    """Scope words of the figure's predicate when its own phrase has none: in "a model it said
    was created in two months for less than $6 million", "created" governs both figures."""
    p_lo, p_hi = clause_bounds(doc.text, fig, lo, hi, (False, False))
    return [t for t in doc.scope_tags(p_lo, p_hi) if t.name in GOVERNING]
