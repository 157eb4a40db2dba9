"""Figures that are no quantity the record could hold, whatever their value: a point in time
("two years ago"), a multiple ("11 times more"), a difference ("95% cheaper"), takings, a
limit, a rate per second, the other side of a comparison. The words are kinds of text, in the
languages coverage is written in."""

from __future__ import annotations

import re

from r1claims.checker.document import Document
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import REVENUE_AFTER, REVENUE_BEFORE
from r1claims.checker.neighbours import other_side
from r1claims.extract.figures import Figure

__all__ = ["not_a_quantity"]

#: After a bare number, words that make it a multiple of something else.
_MULTIPLE = re.compile(
    r"\s*(?:times\s+(?:more|less|fewer|as|the|over|\w+er\b)|fold|x)\b|-fold\b", re.IGNORECASE
)
#: Comparatives right after a percentage: how much cheaper or faster than something else.
_RELATIVE = re.compile(
    r"\s*(?:cheaper|less|fewer|faster|slower|smaller|bigger|larger|better|worse"
    r"|more (?:efficient|expensive|costly|powerful)"
    # the same in the languages coverage is written in ("un 95% menos que el de OpenAI")
    r"|(?:menos|m[aá]s|mais|meno|più|moins|plus|weniger|mehr)\s+(?:que|di|de|als)"
    r"|(?:m[aá]s|mais|più|moins|plus)\s+(?:barat[oa]s?|econ[oó]mic[oa]s?|cher|efficace|eficiente)"
    r"|günstiger|billiger|in meno)\b",
    re.IGNORECASE,
)
#: After a figure, the noun that makes it a limit ("the 50,000 GPU limit", "a $1 billion cap").
_LIMIT = re.compile(r"\s*(?:limit|cap|ceiling|quota|threshold)s?\b", re.IGNORECASE)
#: After a count, a time it is per: a throughput ("250 tokens per second", "3,000 tok/s").
_PER_SECOND = re.compile(
    r"\s*(?:(?:per|an?|each|every|pro|par|por|al|в)\s+(?:seconds?|secs?|minutes?|mins?|Sekunde"
    r"|Minute|seconde|minute|segundo|minuto|secondo|секунду|минуту)|/\s*(?:s|sec|min)\b|/秒|每秒)",
    re.IGNORECASE,
)
#: After a duration, words that make it a point in time: "two years ago", "a week later".
_TIME_AGO = re.compile(r"\s*(?:ago|earlier|later|before|after|prior|since)\b", re.IGNORECASE)


def not_a_quantity(fig: Figure, ctx: FigureContext, doc: Document) -> str | None:
    """Why the figure is no quantity the record could hold, if it is none."""
    if fig.kind == "duration" and _TIME_AGO.match(ctx.text_after):
        return "A point in time ('two years ago'), not a duration the record holds."
    if fig.unit == "number" and _MULTIPLE.match(ctx.text_after):
        return "A multiple ('11 times more'), not a quantity the record holds."
    if fig.unit == "percent" and _RELATIVE.match(ctx.text_after):
        return "A difference relative to something else ('95% cheaper'), not a figure of its own."
    if fig.unit == "percent" and ctx.share_of_model:
        return "A share of a model's figure ('85% of R1'), not a figure of its own."
    if fig.kind == "money" and (
        REVENUE_BEFORE.search(ctx.lead[-60:])
        or REVENUE_AFTER.match(ctx.sentence, fig.end - ctx.sentence_start)
    ):
        return "Takings (revenue, sales, profit), which the record holds none of for any company."
    if _LIMIT.match(ctx.text_after):
        return "A limit ('the 50,000 GPU limit'), not a quantity the record holds."
    if fig.unit == "parameter" and fig.magnitude is None and fig.value < 100_000:
        return "A count of parameters with no magnitude: its magnitude word is one not read."
    if _PER_SECOND.match(ctx.text_after):
        return "A rate per second or minute ('30,000 tokens per second'), which the record lacks."
    if other_side(doc, fig, ctx.sentence_start):
        return "The other side of a comparison ('$5.6 million versus $500 million')."
    return None
