"""The predicate a figure shares with its neighbours: the models it names and the scope words
that govern several figures at once ("created in two months for less than $6 million")."""

from __future__ import annotations

import re
from typing import Any

from r1claims.checker.clauses import AND, after_aside, clause_bounds, relative_aside
from r1claims.checker.document import Document
from r1claims.checker.neighbours import GOVERNING, lead_in_tags, listed_objects
from r1claims.checker.references import compared_before
from r1claims.checker.scopewords import TOTAL_TAG, TRAINED, ScopeTag
from r1claims.extract.figures import Figure

__all__ = [
    "CAUSE_AFTER",
    "CONTRAST_AFTER",
    "OTHER_EVENT",
    "cause_before_clause",
    "event_after",
    "own_tags",
    "past_cause",
    "predicate_models",
    "predicate_tags",
]

#: Words after a figure that open a clause about another subject.
CONTRAST_AFTER = re.compile(
    r"\b(?:while|whereas|but|unlike|compared|versus|vs\.?|against|than|of what"
    r"|mientras|en cambio|frente a|alors que|tandis que|contre|w(?:ä|ae)hrend|wohingegen"
    r"|mentre|invece|enquanto|ao passo que|terwijl|podczas gdy)\b",
    re.IGNORECASE,
)

#: Words that bring in a cause after a figure ("fell 17% after DeepSeek's launch").
CAUSE_AFTER = re.compile(
    r"\b(?:after|following|in the wake of|amid|on fears|on worries|on concerns|because of"
    r"|due to|sparked by|triggered by|caused by"
    # "as" opening a clause ("plunged 17% as DeepSeek spooked investors"; not "as much as")
    r"|as(?!\s+(?:much|many|well|of|in|per|for|a|an|the\s+\w+\s+of)\b))\b",
    re.IGNORECASE,
)

#: ... and, after a date, words that bring in another event ("on Jan. 7, long before R1's release")
OTHER_EVENT = re.compile(CAUSE_AFTER.pattern + r"|\bbefore\b", re.IGNORECASE)
_EVENT_NEXT = re.compile(
    rf"[\s,]*(?:(?:long|just|shortly|weeks|days)\s+)?(?:{OTHER_EVENT.pattern})", re.IGNORECASE
)


def event_after(fig: Figure, sentence: str, start: int) -> bool:
    """Does another event follow the figure right after it ("on Jan. 7, long before R1's
    release", "on February 2 after the R1 frenzy")? (``sentence`` begins at ``start``.)"""
    return _EVENT_NEXT.match(sentence, fig.end - start) is not None


def cause_before_clause(text: str, lo: int, m: Any, end: int) -> bool:
    """Is the name ``m`` in a phrase of cause or time that opens the sentence at ``lo`` and
    closes with a comma before the figure at ``end`` ("After R1's launch, Nvidia shares fell
    17%": R1 is not what the figure is about)?"""
    opening = _CAUSE_OPENS.match(text, lo)
    comma = text.find(",", opening.end(), end) if opening and opening.end() <= m.start else -1
    # (not when the phrase goes on after the comma: "After V3, which cost $5.576 million, and
    # R1, ...": the figure is in it)
    return (
        comma >= m.end and "(" not in text[lo:comma] and not _PHRASE_GOES_ON.match(text, comma + 1)
    )


#: After the comma that follows the name, words that go on with the opening phrase.
_PHRASE_GOES_ON = re.compile(
    r"\s*(?:which|that|who|whose|a|an|and|or|trained|built|released|launched)\b", re.IGNORECASE
)


#: A phrase of cause or time that opens a sentence, up to its name ("After", "In the wake of",
#: "One week after", "Rattled by").
_CAUSE_OPENS = re.compile(
    r"\s*(?:(?:just|right|shortly|soon|days|weeks|months|(?:a|one|two|three)\s+(?:days?|weeks?))\s+"
    r"|in the (?:days|weeks) )?"
    r"(?:after|following|in the wake of|in the aftermath of|amid|on the heels of|on news of|since"
    r"|because of|due to|owing to|thanks to|(?:hit|rattled|shaken|spooked|stung) by)\b",
    re.IGNORECASE,
)


def past_cause(doc: Document, fig: Figure, lo: int, mentions: list[Any]) -> list[Any]:
    """The mentions but those of a cause in a phrase that opens the sentence. Not even when the
    main clause names nothing else: "After R1-Zero, training took about 80 hours" is about what
    came after it, so "After R1's launch, the RL stage cost $2.94 million" is not certainly R1's
    (a second review: restoring the cause's name there made true figures misleading)."""
    return [m for m in mentions if not cause_before_clause(doc.text, lo, m, fig.start)]


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
                and not CAUSE_AFTER.search(doc.text, fig.end, m.start)  # a cause ("after R1")
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
    tags = [t for t in doc.scope_tags(p_lo, p_hi) if t.name in GOVERNING]
    if (
        not tags
        and (
            _DASH_OPENS.search(doc.text, max(lo, p_lo - 4), p_lo)
            or (  # ", with a budget of less than $6 million"
                _PHRASE_OPENS.search(doc.text, max(lo, p_lo - 8), p_lo)
                and _SUM_NOUN.match(doc.text, p_lo) is not None
            )
        )
        and not _VERB.search(doc.text, p_lo, fig.start)
        and not doc.index.entities_near(p_lo, fig.start)
    ):
        # a dash's elaboration that ends the sentence, with no verb or name of its own ("building
        # a top-tier AI model might cost about the same as your dream home—roughly two months of
        # searching and $5.5 million"): the predicate before the dash governs it (not "— V3
        # itself cost $5.6 million in GPU time")
        tags = [t for t in doc.scope_tags(lo, p_lo) if t.name in GOVERNING]
    return tags


#: A dash right before a clause.
_DASH_OPENS = re.compile(r"(?:—|–|\s-)\s*$")
#: ... or a phrase after a comma that goes on with the predicate ("in two months, with a budget
#: of less than $6 million")
_PHRASE_OPENS = re.compile(r",\s*(?:with|at|for)\s*$", re.IGNORECASE)
#: ... whose noun is a sum ("a budget of", "a total cost of").
_SUM_NOUN = re.compile(
    r"\s*(?:a|an)\s+(?:\w+\s+)?(?:budget|cost|price|price tag|bill|outlay|spend|investment)\b",
    re.IGNORECASE,
)
#: Verbs a clause of its own has before its figure.
_VERB = re.compile(
    r"\b(?:cost|costs|spent|spends|took|takes|used|uses|was|were|is|are|has|had|have|needed"
    r"|needs|required|requires|trained|built|ran|runs)\b",
    re.IGNORECASE,
)


#: Words after a figure that open what it is compared with ("one-tenth of what Meta spent", "a
#: fraction of the development budget of US labs", "compared with GPT-4's training").
_OF_WHAT = re.compile(
    r"\bof what\b|\ba (?:tiny |small |mere )?(?:fraction|sliver|tenth|hundredth) of\b"
    r"|\b(?:as )?compared (?:with|to)\b|\bunlike\b|\bversus\b|\bvs\.?"
    r"|\b(?:far |well |much |way )?(?:below|under|less than|beneath) (?:the|what|that|those)\b",
    re.IGNORECASE,
)
#: Where a comparison after a figure ends, if before its clause does: the words after it are
#: the figure's own again ("$5.6 million, a fraction of what Meta spends, to develop V3").
_COMPARISON_END = re.compile(r",|;|\s[—–-]\s|[—–]")


def _comparison_before(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """The span of a comparison closed by a comma before ``start`` ("unlike X,"), if any."""
    compared = _OF_WHAT.search(text, lo, start)
    end = _COMPARISON_END.search(text, compared.end(), start) if compared else None
    return (compared.start(), end.end()) if compared and end else None


#: Words of leaving out after a figure open what it does not cover ("saying the figure left out
#: essential research and development costs"): no scope of the figure's own, nor the words of
#: the sentences around it (the text says what the figure is by what it is not).
_LEFT_OUT = re.compile(
    r"\b(?:left|leaves?|leaving) out\b|\bexclud(?:es?|ed|ing)\b"
    r"|\b(?:does|do|did)(?:n['’]t| not) (?:include|cover|account for|reflect)\b"
    r"|\bnot (?:including|counting)\b|\bomit(?:s|ted|ting)?\b",
    re.IGNORECASE,
)


#: A relative clause opening after a comma: it speaks of the noun before it.
_RELATIVE_AFTER = re.compile(r",\s+(?:whose|which|who|where)\b", re.IGNORECASE)


#: The kinds of the scope words that only a date takes ("Wall Street", "markets").
_DATES = frozenset({"date"})


def own_tags(
    doc: Document, fig: Figure, sentence: tuple[int, int], clause: tuple[int, int]
) -> list[ScopeTag]:
    """The figure's scope words: its clause's, else its predicate's, else the sentence
    before's when this one answers it. A bare total is the training's when the sentence
    trained something before it ("they trained their V3 model ... over 55 days, at a total
    cost of $5.58 million")."""
    (lo, hi), (c_lo, c_hi) = sentence, clause
    # not the words of what it is compared with after it ("US$6mil in raw computing power,
    # roughly one-tenth of what Meta spent building its latest AI technology")
    compared = _OF_WHAT.search(doc.text, fig.end, c_hi)
    end = _COMPARISON_END.search(doc.text, compared.end(), c_hi) if compared else None
    resume = (end.end(), c_hi) if end else None
    c_hi = compared.start() if compared else c_hi
    left_out = _LEFT_OUT.search(doc.text, fig.end, c_hi)
    c_hi = left_out.start() if left_out else c_hi
    # nor a relative clause about a later noun ("using chips from Nvidia, whose stock fell")
    relative = _RELATIVE_AFTER.search(doc.text, fig.end, c_hi)
    c_hi = relative.start() if relative else c_hi
    # a date's event is not a release after a cause word ("downloaded 2.6 million times on
    # January 28 after R1's release": another event; "amid the DeepSeek selloff" is the day's)
    cause = OTHER_EVENT.search(doc.text, fig.end, c_hi) if fig.kind == "date" else None
    # nor those of a relative clause or a comparison before it ("V3's $5.6 million, unlike the
    # development budget of OpenAI, covers only the run on 2,048 H800s")
    aside = relative_aside(doc.text, max(lo, c_lo), fig.start)
    aside = aside or _comparison_before(doc.text, max(lo, c_lo), fig.start)
    if aside is None:
        tags = doc.scope_tags(c_lo, c_hi)
    else:  # not the words of a relative clause before the figure
        tags = doc.scope_tags(c_lo, max(c_lo, aside[0])) + doc.scope_tags(aside[1], c_hi)
    if cause is not None:
        own = doc.scope_tags(c_lo, cause.start())
        tags = [t for t in tags if t in own or t.name != "release"]
    if resume is not None:
        tags = [*tags, *(t for t in doc.scope_tags(*resume) if t not in tags)]
    run_on = after_aside(doc.text, fig.end, hi)
    if run_on is not None:  # "GPUs—last-generation AI hardware—to train its model"
        tags = [*tags, *(t for t in doc.scope_tags(*run_on) if t not in tags)]
    if TOTAL_TAG in tags and TRAINED.search(doc.text, lo, c_lo):
        tags = [t for t in tags if t is not TOTAL_TAG]
    if left_out or any(fig.kind == "date" or t.kinds - _DATES for t in tags):
        return tags
    # (words only a date takes, "Wall Street", leave any other figure its predicate's words)
    p_hi = compared.start() if compared else hi  # (nor the predicate's, in the comparison)
    tags = [*tags, *(t for t in predicate_tags(doc, fig, lo, p_hi) if t not in tags)]
    if tags:
        return tags
    # "DeepSeek trained its V3 model with 2,000 GPUs. The total cost? $5.58 million."
    tags = lead_in_tags(doc, lo)
    if TOTAL_TAG in tags and TRAINED.search(doc.text, max(0, lo - 300), lo):
        tags = [t for t in tags if t is not TOTAL_TAG]
    return tags
