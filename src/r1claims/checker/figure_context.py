"""The context of one figure: its sentence and clause, the entities it is about (named,
described or inherited from earlier text), its benchmarks, scope words and denominators."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from r1claims.checker.bases import base_before_clause
from r1claims.checker.clauses import (
    ASIDE,
    antecedent,
    asides_of,
    clause_bounds,
    dash_asides,
    governs,
    main_clause_after,
    names_noun,
    pronoun_for_name,
    relative_aside,
    shares_subject,
)
from r1claims.checker.document import Document, about_models
from r1claims.checker.framewords import MODEL_AFTER, ONE_OF_ITS, names_chips
from r1claims.checker.names import (
    foreign_subject,
    names_an_exchange,
    other_model_at,
    other_version_at,
    sibling_topic,
    unknown_name,
    unknown_sibling,
)
from r1claims.checker.neighbours import (
    BASE_NAMED,
    column_metrics,
    follow_on,
    lead_in,
    prior_metrics,
    share_of_model,
    subjects_of,
)
from r1claims.checker.owners import owner_of
from r1claims.checker.predicate import (
    CAUSE_AFTER,
    CONTRAST_AFTER,
    own_tags,
    past_cause,
    predicate_models,
)
from r1claims.checker.references import compared_before
from r1claims.checker.scopewords import ScopeTag, unit_denominators
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet

__all__ = ["FigureContext", "figure_context"]


@dataclass
class FigureContext:
    sentence: str
    sentence_lower: str
    clause: str
    subjects: list[str]  # entity ids named in the sentence, nearest first
    prior: list[str]  # entity ids named in the sentence before ("It ...")
    metrics: set[str]
    tags: list[ScopeTag]
    per: list[str]
    roots: set[str]  # named entities that are a family's root (the company)
    model_after: bool  # "$294,000 model": the figure is made the model's price tag
    foreign: bool  # an unknown proper noun stands nearer than any known entity
    years: frozenset[int]  # years named in the figure's clause ("in 2021")
    sentence_years: frozenset[int]  # years named anywhere in its sentence
    #: the entity the figure's own clause is about: the nearest one named or described in the
    #: clause, else the first named in the sentence (usually its grammatical subject)
    framing_subject: str | None = None
    #: whether the framing subject is named (not a description or pronoun resolved to it)
    framing_named: bool = False
    #: whether it was found beyond the figure's own clause, in the predicate it shares with its
    #: neighbours: enough to say the text gives the figure to it, not to refute the figure
    framing_from_predicate: bool = False
    #: whether it is named after the figure ("the top free app on January 27, a rise credited
    #: to its model, DeepSeek-V3"): a date's clause runs on into what follows
    framing_after: bool = False
    text_after: str = ""  # a few characters right after the figure (across sentences) ...
    text_before: str = ""  # ... and right before it
    #: the entities the record holds that the figure's clause names (not "the company", "its")
    clause_names: frozenset[str] = frozenset()
    #: the next sentence when it speaks of this figure ("This sits on top of V3-Base"), else ""
    follow_on: str = ""
    #: the sentence before when this one answers it or opens by speaking of it, else ""
    lead_in: str = ""
    #: when the sentence names no model, the models the text around it is about, nearest first
    #: (the sentences before, the heading above, the article's main model): "DeepSeek's R1
    #: model ... The company claimed it spent only $6 million" speaks of R1
    about_models: list[str] = field(default_factory=list)
    #: models the sentence names, outside comparisons and not as a base ("its advanced AI
    #: model R1, ... even though the company claims it cost $6 million to train")
    sentence_models: list[str] = field(default_factory=list)
    lead: str = ""  # the sentence up to the figure
    #: a model of a known company that the record does not hold, named in the clause ("V3.2")
    sibling: str | None = None
    #: a capitalised word the record does not know stands in the figure's clause, sentence
    #: openers included ("Broadcom fell 17.4%"); never in German, which capitalises nouns
    unknown_name: bool = False
    #: a versioned model name the record does not hold stands before the figure in its sentence
    #: ("Meta's Llama 3.1 405B ... trained on 30,840,000 GPU hours"): not held against the record
    other_model: bool = False
    #: ... and it is the first name of the sentence, before any the record knows: the
    #: sentence is about that model ("Meta's Llama 3, by contrast, ... over 54 days")
    other_model_first: bool = False
    #: a model is named right after "of" ("reaches 85% of R1 on MATH"): the figure is a share
    #: of that model's figure, not a figure of its own
    share_of_model: bool = False
    #: benchmarks a score may link to but is never pinned by: the sentence before's, for a
    #: sentence that names none, and those it names loosely ("SWE-bench": `metric_table`)
    prior_metrics: set[str] = field(default_factory=set)
    sentence_start: int = 0  # where the sentence starts in the text
    #: entities named or described in the sentence before the figure
    named_before: frozenset[str] = frozenset()
    #: up to 200 characters of text before the sentence
    preceding: str = ""
    #: benchmarks named with another year ("AIME 2025"): the name, and what it would stand for
    other_editions: list[tuple[str, str]] = field(default_factory=list)
    in_column: bool = False  # a table's cell under a header naming its subject: that one's
    #: the document's memo of per-sentence values (`Document.memo`)
    memo: dict[tuple[int, str], float] = field(default_factory=dict)

    @property
    def named(self) -> bool:
        """Does the figure's clause name an entity the record holds?"""
        return bool(self.clause_names)


def figure_context(
    fig: Figure, doc: Document, clause: tuple[int, int], cs: ClaimSet
) -> FigureContext:
    index = doc.index
    lo, hi = index.sentence(fig.start, fig.end)
    c_lo, c_hi = max(lo, clause[0]), min(hi, clause[1])
    mentions = _mentions(fig, doc, lo, hi)
    described = [
        m for m in doc.described_near(lo, hi) if not (fig.start <= m.start and m.end <= fig.end)
    ]
    subjects, column, listed = subjects_of(doc, fig, lo, mentions, described)
    c_lo, c_hi = clause_bounds(index.text, fig, c_lo, c_hi, (c_lo > lo, c_hi < hi))
    clause_text = index.text[c_lo:c_hi]
    german = doc.capitalises_nouns(lo)
    inherited = doc.inherited(lo)
    prior = [] if column else [r.entity for r in inherited]  # (a cell is its column's)
    first = (
        clause[0] <= lo
        or _CONTINUES.fullmatch(index.text, clause[0], fig.start) is not None
        or (fig.unit == "percent" and _TO.fullmatch(index.text, clause[0], fig.start) is not None)
        or (fig.unit == "parameter" and index.text[clause[0] : fig.start].strip() == "/")
    )  # "DeepSeek R1 671B/37B": a pair of sizes shares its subject
    framing, framing_named, from_predicate, framing_after = _framing(
        doc, fig, (lo, hi), (c_lo, c_hi), mentions, described, first_figure=first
    )
    if listed and (column or framing is None) and not BASE_NAMED.search(index.text, lo, fig.start):
        # (not an item of its base: "- Base LLM: ..."; a column's header only ranks its model)
        framing, framing_named = listed[0], not column
    benchmarks = index.metric_mentions(lo, fig.start)
    other_at = _other_model_before(doc, fig, lo, [*mentions, *benchmarks], benchmarks)
    return FigureContext(
        sentence=index.text[lo:hi],
        sentence_lower=index.text[lo:hi].lower(),
        clause=clause_text,
        subjects=subjects,
        prior=prior,
        metrics=index.metrics_near(lo, hi) | column_metrics(doc, fig),
        prior_metrics=prior_metrics(doc, fig, lo, hi, deep=not subjects),
        tags=own_tags(doc, fig, (lo, hi), (c_lo, c_hi)),
        per=unit_denominators(index.text[fig.end : min(c_hi, fig.end + 60)]),
        roots={s for s in subjects if cs.family(s) == s},
        model_after=bool(MODEL_AFTER.match(index.text, fig.end)),
        foreign=not german and foreign_subject(doc, fig, lo, (c_lo, c_hi), mentions),
        # a citation in parentheses ("(StatMuse 2025)") does not date the figure
        years=frozenset(int(y) for y in _YEAR.findall(ASIDE.sub(" ", clause_text))),
        sentence_years=frozenset(int(y) for y in _YEAR.findall(index.text, lo, hi)),
        framing_subject=framing,
        framing_named=framing_named,
        framing_from_predicate=from_predicate,
        framing_after=framing_after,
        about_models=[]
        if ONE_OF_ITS.search(index.text, lo, hi)
        else about_models(doc, mentions, described, inherited),
        sentence_models=[
            m.ref
            for m in mentions
            if doc.entity_type(m.ref) == "model"
            and not doc.is_base(m)
            and not compared_before(doc.text, lo, m.start)
        ],
        lead=index.text[lo : fig.start],
        sibling=unknown_sibling(index.text, c_lo, c_hi, doc) or sibling_topic(doc, mentions),
        text_after=index.text[fig.end : fig.end + 12],
        text_before=index.text[max(0, fig.start - 12) : fig.start],
        follow_on=follow_on(doc, lo, hi),
        lead_in=doc.text[slice(*lead_in(doc, lo))],
        clause_names=frozenset(m.ref for m in mentions if c_lo <= m.start and m.end <= c_hi),
        unknown_name=not german and unknown_name(index, fig, c_lo, c_hi, mentions),
        sentence_start=lo,
        named_before=frozenset(m.ref for m in (*mentions, *described) if m.end <= fig.start),
        preceding=index.text[max(0, lo - 200) : lo],
        memo=doc.memo,
        other_model=other_at >= 0,
        other_model_first=other_at >= 0 and not any(m.start < other_at for m in mentions),
        share_of_model=share_of_model(doc, fig, hi),
        in_column=bool(column),
        other_editions=[
            (index.text[m.start : m.end], m.ref) for m in index.other_editions if lo <= m.start < hi
        ],
    )


def _other_model_before(
    doc: Document, fig: Figure, lo: int, names: list[Any], benchmarks: list[Any]
) -> int:
    """Where a model the record does not hold is named in the sentence before the figure, or
    -1; not one in an aside between dashes ("- less than 1/10 the time Llama 3.1 405B took -")."""
    text = doc.text
    at = other_model_at(text, lo, fig.start, names, benchmarks)
    for a, b in dash_asides(text, lo, fig.start) if at >= 0 else ():
        if a <= at < b:
            at = other_model_at(text, b, fig.start, names, benchmarks)
    return at if at >= 0 else other_version_at(doc.index, lo, fig.start)


def _mentions(fig: Figure, doc: Document, lo: int, hi: int) -> list[Any]:
    """The entities named in the sentence that can be the figure's subject."""
    index = doc.index
    # a GPU model named inside the figure ("2,048 Nvidia H800 GPUs") is not its subject, nor is
    # a chip named elsewhere in the sentence the subject of anything but money or a GPU count
    # ("671B parameters ... for 2.788M H800 GPU-hours": the chips' own figures are prices)
    mentions = [
        m
        for m in index.entities_near(lo, hi)
        if not (fig.start <= m.start and m.end <= fig.end)
        and (fig.kind in ("money", "gpu_count") or doc.entity_type(m.ref) != "hardware")
        and not doc.owns_base(m)
        # nor the maker of the chips a cost was spent on, named after the figure ("na słabszych
        # chipach Nvidii": on Nvidia's weaker chips; "GPU hours on Nvidia V100s")
        and not (
            m.start > fig.end
            and names_chips(index.text, fig.start, m.start, m.end, doc.makes_hardware(m.ref))
        )
        # nor the exchange a stock trades on ("... in the session on Nasdaq")
        and not (
            doc.entity_type(m.ref) == "market_index"
            and names_an_exchange(index.text, lo, m.start, m.end)
        )
    ]
    # nor a base or a cause in a phrase that opens the sentence ("Built on V3, it cost $6
    # million", "After R1's launch, Nvidia shares fell 17%"): the main clause is another's
    mentions = past_cause(doc, fig, lo, mentions)
    mentions = [m for m in mentions if not base_before_clause(index.text, lo, m, fig.start)]
    # nor a name in a parenthesis after the figure, with a figure of its own ("~2,029 (OpenAI
    # o1: ~1,819)"): the aside's subject, unless it names the noun before it ("model (R1)")
    if "(" in index.text[fig.end : hi]:
        asides = [
            a.span()
            for a in ASIDE.finditer(index.text, fig.end, hi)
            if _DIGIT.search(a.group()) and not names_noun(index.text, lo, a)
        ]
        mentions = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in asides)]
    # nor one in a relative clause before it ("Advantest, which counts Nvidia as a client, fell
    # 8.6%"): a name before it, and a predicate after it, not an apposition ("which threw
    # Nvidia, the undisputed giant of the AI revolution, into chaos")
    aside = relative_aside(index.text, lo, fig.start)
    if (
        aside is not None
        and _NAME_END.search(index.text, lo, aside[0])
        and not _APPOSITION.match(index.text, aside[1])
    ):
        mentions = [m for m in mentions if not aside[0] <= m.start < aside[1]]
    return mentions


_NAME_END = re.compile(r"\b[A-Z][\w.-]*\Z")
_APPOSITION = re.compile(r"\s*(?:the|a|an|its|their|his|her|one|and|or)\b", re.IGNORECASE)
_IN_APPOSITION = re.compile(r",\s*(?:a|an|the)\s[^,;.()]*", re.IGNORECASE)


def _framing(
    doc: Document,
    fig: Figure,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    mentions: list[Any],
    described: list[Any],
    *,
    first_figure: bool,
) -> tuple[str | None, bool, bool, bool]:
    """The entity the figure's own clause is about (see `FigureContext.framing_subject`), and
    whether it is named, found in the shared predicate, and named after the figure."""
    (lo, hi), (c_lo, c_hi) = sentence, clause
    owner = owner_of(doc, fig, (lo, hi), mentions)
    if owner is not None:
        return owner, True, False, False
    centre = (fig.start + fig.end) / 2
    in_clause = _clause_mentions(doc, fig, lo, (c_lo, c_hi), (*mentions, *described))
    asides = asides_of(doc.text, lo, hi, fig)
    # a name in an aside beside another ("V3 (the base of R1) cost ...") describes that other
    outside = [m for m in in_clause if not any(a <= m.start and m.end <= b for a, b in asides)]
    # nor is what another thing is built on ("Built on V3, it was trained for $6 million")
    in_clause = [m for m in outside or in_clause if not (m in mentions and _base(doc, m, fig))]
    specific = [
        m
        for m in in_clause
        if doc.entity_type(m.ref) in ("model", "app")
        and not compared_before(doc.text, lo, m.start)  # "beating GPT-4"
    ]
    # with no entity in its own clause, the figure's subject is the sentence's first entity
    # before it, unless another figure stands before it (that entity is the earlier figure's)
    before = [
        m
        for m in mentions
        if m.start < fig.start
        and not any(a <= m.start and m.end <= b for a, b in asides)
        and not _base(doc, m, fig)  # "Built on V3, R1 was trained for ..."
    ]
    # (or a clause with no subject of its own, after "and": "R1's accuracy rose from 15.6% to
    # 77.9%, and reached 86.7%" shares its subject)
    shares = shares_subject(doc.text, lo, c_lo)
    framing: str | None = before[0].ref if before and (first_figure or shares) else None
    framing_named = framing is not None
    last = antecedent(doc.text, lo, c_lo, before, described)  # what a "which" stands for
    if in_clause == [] and last is not None:
        framing = last.ref
        framing_named = last in mentions and pronoun_for_name(doc.text, lo, last, c_lo)
    from_predicate = False
    framing_after = False
    # "refining R1 on top of a base model that cost $6 million": a base model named between
    # the clause's models and the figure is the figure's subject, not the model before it
    base = max(BASE_NAMED.finditer(doc.text, c_lo, fig.start), key=re.Match.start, default=None)
    if base is not None and all(m.end <= base.start() for m in specific):
        framing, specific, in_clause = None, [], []
    elif not any(m in mentions for m in specific):  # no model named in the clause: the one
        # named in the predicate the figure shares with its neighbours ("2,048 H800 GPUs over
        # two months were enough to train R1"), before a description ("the model"); not a base
        # ("the app, built on the DeepSeek-V3 model, came out on ...")
        shared = predicate_models(doc, fig, lo, hi, (*mentions, *described))
        shared = [m for m in shared if not (m in mentions and _base(doc, m, fig))]  # a base
        named_shared = [m for m in shared if m in mentions]
        if named_shared or (shared and not specific):
            specific, from_predicate = named_shared or shared, True
    if in_clause or specific:  # a model named in the clause, before the company that speaks
        chosen = min(specific or in_clause, key=lambda m: abs((m.start + m.end) / 2 - centre))
        framing = chosen.ref
        # a description or pronoun whose antecedent is named earlier in the sentence ("R1 ...
        # spent $6 million and 2,048 GPUs to train it") is as good as the name
        framing_named = chosen in mentions or any(
            m.ref == chosen.ref and (m.end <= chosen.start or m in in_clause) for m in mentions
        )
        # the name a "which" governing the figure stands for, when the one chosen after it is
        # that name again ("DeepSeek-R1, which landed on December 26, 2024, was the first open
        # model") or past the relative clause ("V3, which DeepSeek released on ..., is R1's base")
        governed = last in mentions and _governed(doc, (lo, c_lo), fig, last, chosen)
        framing, framing_named = (last.ref, True) if governed else (framing, framing_named)
        framing_after = chosen.start >= fig.end and not governed
    return framing, framing_named, from_predicate, framing_after


def _governed(doc: Document, bounds: tuple[int, int], fig: Figure, last: Any, chosen: Any) -> bool:
    """Does a "which" that stands for a name (``last``, named) govern the figure, with
    ``chosen`` that name again or past the comma that closes the relative clause?"""
    (lo, c_lo), text = bounds, doc.text
    return (
        chosen.start >= fig.end
        and (last.ref == chosen.ref or main_clause_after(text, lo, last, fig.end, chosen.start))
        and pronoun_for_name(text, lo, last, c_lo)
        and governs(text, c_lo, fig.start)
    )


#: Between an earlier figure and this one, words that carry on its predicate ("71.0% pass@1,
#: rising to 86.7%"): the figure is the same subject's.
_CONTINUES = re.compile(
    r"[^,;.:()]{0,12},?\s+(?:and\s+|then\s+)?(?:ris|climb|jump|improv|increas|grow|reach)\w*"
    r"\s+(?:\w+\s+)?(?:to|at)\s+(?:about\s+|around\s+|nearly\s+)?",
    re.IGNORECASE,
)
#: ... and between two scores, "to" or an arrow ("from 15.6% to 71.0%"; not sizes)
_TO = re.compile(r"\s*(?:to|→|->)\s*(?:about\s+|around\s+|nearly\s+)?", re.IGNORECASE)


def _base(doc: Document, m: Any, fig: Figure) -> bool:
    """Is the name what another thing is built on, and the figure not in its apposition ("R1
    is built on V3, a 671B model released in December 2024")?"""
    return doc.is_base(m) and not _IN_APPOSITION.fullmatch(doc.text, m.end, fig.start)


_DIGIT = re.compile(r"\d")


def _clause_mentions(
    doc: Document, fig: Figure, lo: int, clause: tuple[int, int], refs: tuple[Any, ...]
) -> list[Any]:
    """The names and descriptions in the figure's clause that can be its subject: not one
    brought in to compare with ("$6 million compared to GPT-4's $100 million"), nor one after
    a contrast that opens another clause ("spent $5.6 million, while training GPT-4 cost
    over $100 million")."""
    c_lo, c_hi = clause
    return [
        m
        for m in refs
        if c_lo <= m.start
        and m.end <= c_hi
        and not compared_before(doc.text, lo, m.start)
        and not (m.start >= fig.end and CONTRAST_AFTER.search(doc.text, fig.end, m.start))
        # nor a cause after it ("Shares of Nvidia plunged 25% after DeepSeek's launch")
        and not (m.start >= fig.end and CAUSE_AFTER.search(doc.text, fig.end, m.start))
    ]


_YEAR = re.compile(r"(?<![\w.,$])((?:19|20)\d\d)(?![\w%]|[.,]\d)")
