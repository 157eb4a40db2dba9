"""Figures that are no quantity the record could hold, whatever their value: a point in time
("two years ago"), a multiple ("11 times more"), a difference ("95% cheaper"), takings, a
limit, a rate per second, the other side of a comparison. The words are kinds of text, in the
languages coverage is written in."""

from __future__ import annotations

import re

from r1claims.checker.document import Document
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import COMPARATIVES, REVENUE_AFTER, REVENUE_BEFORE
from r1claims.checker.measured import ITEMS
from r1claims.checker.neighbours import other_side
from r1claims.extract.figures import Figure

__all__ = ["doubtful", "not_a_quantity"]

#: After a bare number, words that make it a multiple of something else.
_MULTIPLE = re.compile(
    r"\s*(?:times\s+(?:more|less|fewer|as|the|over|\w+er\b)|fold|x)\b|-fold\b", re.IGNORECASE
)
#: Comparatives right after a percentage: how much cheaper or faster than something else.
_RELATIVE = re.compile(
    rf"\s*(?:{COMPARATIVES}|less|fewer"
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
#: Machines right after a GPU count ("64 H800 nodes", "256 H800 servers").
_MACHINES = re.compile(
    r"[\s-]*(?:nodes?|servers?|machines?|boxes|box|instances?|racks?|pods?|hosts?)\b",
    re.IGNORECASE,
)
#: A GPU count's own word for GPUs at its end ("8-GPU", "512 chips"), not a chip's name.
_GPU_WORD = re.compile(r"(?:gpus?|chips?|cards?|accelerators?)\Z", re.IGNORECASE)
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
    if (
        fig.kind == "gpu_count"
        and _MACHINES.match(ctx.text_after)
        and not _GPU_WORD.search(ctx.sentence, 0, fig.end - ctx.sentence_start)
    ):  # (not "a single 8-GPU node": GPUs a machine holds)
        return "A count of machines ('64 H800 nodes'), not of GPUs: a node holds several."
    if _LIMIT.match(ctx.text_after):
        return "A limit ('the 50,000 GPU limit'), not a quantity the record holds."
    if fig.unit == "parameter" and fig.magnitude is None and fig.value < 100_000:
        return "A count of parameters with no magnitude: its magnitude word is one not read."
    if _PER_SECOND.match(ctx.text_after):
        return "A rate per second or minute ('30,000 tokens per second'), which the record lacks."
    if _GAP_BEFORE.search(ctx.lead[-60:]) or _GAP_AFTER.match(ctx.text_after + " "):
        return "A gap between two figures ('beats R1 by 32 Elo points'), not a figure of its own."
    if (
        fig.kind == "money"
        and "/" not in fig.unit
        and _PER_ITEM_AFTER.match(ctx.sentence, fig.end - ctx.sentence_start)
    ):
        return "An amount per item ('$377,000 per trillion tokens'), not the record's total."
    if other_side(doc, fig, ctx.sentence_start):
        return "The other side of a comparison ('$5.6 million versus $500 million')."
    return None


def doubtful(fig: Figure, ctx: FigureContext) -> bool:
    """Is the figure of a kind that may restate a record but never contradicts one: the
    complement of a share ("the top 3.7%", "an error rate of 9.2%"), a score on part of a
    benchmark ("the algebra subset of MATH-500"), one end of a range of doubt ("between 78% and
    81% depending on the seed"), a fraction ("1/27th the price")? (`certainty.uncertain`)"""
    at = fig.end - ctx.sentence_start
    near = ctx.lead[-30:] + ctx.sentence[at - len(fig.text) : at + 40]
    clause_near = ctx.lead[-70:] + _up_to_comma(ctx.sentence[at : at + 50])
    return (
        (
            fig.unit == "percent"
            and (ctx.metrics or _PEOPLE.search(ctx.clause))
            and bool(
                _COMPLEMENT_BEFORE.search(ctx.lead[-25:])
                or _COMPLEMENT_AFTER.match(ctx.sentence, at)
                or _COMPLEMENT.search(near)
            )
        )
        or (
            bool(ctx.metrics)
            and _SUBSET.search(clause_near) is not None
            and _WHOLE.search(ctx.sentence) is None
        )
        or _range_end(fig, ctx)
        or (fig.unit == "percent" and "/" in fig.text)
    )


#: Words that make a score the whole benchmark's after all ("On the full MMLU (not a subset)").
_WHOLE = re.compile(
    r"\b(?:full|overall|whole|entire|not a subset|is a subset|aside|beyond)\b|全集", re.IGNORECASE
)
#: Words before a figure that make it the gap between two others ("beats R1 by 32 Elo", "a
#: margin of", "trails o1 by 0.3 percentile points"), and after it ("895 Elo ahead of V3").
_GAP_BEFORE = re.compile(
    r"\b(?:beat\w*|trail\w*|lead\w*|edg\w*|outscor\w*|outperform\w*|lag\w*|behind"
    r"|ahead|tops?|exceed\w*|surpass\w*|short)\b[^,.;:]{0,40}\bby\s+(?:about\s+|roughly\s+"
    r"|just\s+|only\s+|nearly\s+|some\s+)?$"
    r"|\b(?:gap|difference|margin|lead|deficit|spread)\b[^,.;:]{0,50}\b(?:is|was|of|at)\s+"
    r"(?:about\s+|roughly\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)
_GAP_AFTER = re.compile(r"\s*(?:\w[\w-]*\s+){0,2}?(?:ahead|behind)\b", re.IGNORECASE)
#: Words that make a percentage the complement of the record's ("the top 3.7%", "Only 3.7% of
#: users rate above R1", "an error rate of 9.2%", "missed 90.7% of problems").
#: "Best" in the Romance languages, the complement's word before or after it ("los mejores").
_BEST = r"meilleurs|mejores|migliori|melhores"
_COMPLEMENT_BEFORE = re.compile(
    rf"\b(?:top|best|bottom|besten|{_BEST})\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(
    r"\bout-?rat\w*|\brat(?:e|ed|es) (?:above|higher than)|\berror rate|\bmiss(?:ed|es)?\b"
    r"|\bwrong(?:ly)? answer",
    re.IGNORECASE,
)
_COMPLEMENT_AFTER = re.compile(rf"\s*(?:des?\s+)?(?:{_BEST})\b", re.IGNORECASE)
#: Those a percentile or a score is among ("of Codeforces users", "human participants").
_PEOPLE = re.compile(
    r"\b(?:users|participants|competitors|contestants|players|humans|programmers|coders"
    r"|problems|questions)\b",
    re.IGNORECASE,
)
#: A part of a benchmark ("the algebra subset of MATH-500", "the level-1 problems").
_SUBSET = re.compile(
    r"\bsub-?(?:sets?|categor\w*)\s+of\b|['’]s\s+[\w-]+\s+sub-?(?:sets?|categor\w*)\b"
    r"|\blevel[- ]?\d\s+(?:problems|questions)\b|子集|サブセット|하위",
    re.IGNORECASE,
)
#: The words of a range around its first end ("between 78% and", "anywhere from 1,900 to",
#: "varies from 95% to") and before its second; one of doubt when `_DOUBT` words say so. Not a
#: move or a span of values ("climbed from 15.6% to 71.0%", "between 1.5B and 70B").
_OPEN = r"(?:between|entre|zwischen|tra|(?:anywhere|somewhere|vary|varies|varied|varying) from)"
_RANGE_OPEN = re.compile(rf"\b{_OPEN}\s+(?:about\s+|roughly\s+)?$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s*(?:and|to|-|–|y|a|bis|et|und|e)\s+[~$€£¥]?\d", re.IGNORECASE)
_RANGE_SECOND = re.compile(
    rf"\b{_OPEN}\s+[~$€£¥]?\d[\d.,]*\s*(?:%|[a-zA-Z]+)?\s+(?:and|to|y|a|bis|et|und|e)\s+$",
    re.IGNORECASE,
)
#: After a sum, the item it is per ("$377,000 per trillion training tokens"), not a share or cent.
_PER_ITEM_AFTER = re.compile(r"\s*(?:per|for each|for every)\s+" + ITEMS, re.IGNORECASE)


def _range_end(fig: Figure, ctx: FigureContext) -> bool:
    """Is the figure one end of a range of doubt ("between 78% and 81% depending on the seed",
    "anywhere from 1,900 to 2,100")? Such a range does not contradict the record's value."""
    at = fig.end - ctx.sentence_start
    return _DOUBT.search(ctx.sentence) is not None and bool(
        (_RANGE_OPEN.search(ctx.lead[-25:]) and _RANGE_TO.match(ctx.sentence, at))
        or _RANGE_SECOND.search(ctx.lead[-40:])
    )


#: Words that make a range one of doubt, not a span of values ("between 1.5B and 70B").
_DOUBT = re.compile(
    r"\b(?:depend\w*|across|vary|varies|varied|varying|anywhere|somewhere|seeds?|runs)\b",
    re.IGNORECASE,
)


def _up_to_comma(text: str) -> str:
    """``text`` up to its first comma or semicolon: the rest of the figure's clause."""
    return re.split(r"[,;，；]", text, maxsplit=1)[0]
