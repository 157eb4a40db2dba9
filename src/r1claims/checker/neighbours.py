"""The sentences around a figure's that speak of it: the one before when the figure's sentence
answers it ("What did it cost? A mere $294,000"), the one after when it opens with "this
figure", and the benchmarks of the one before for a score whose sentence names none."""

from __future__ import annotations

import re
from typing import Any

from r1claims.checker.document import Document
from r1claims.checker.references import compared_before
from r1claims.checker.scopewords import ScopeTag
from r1claims.extract.figures import Figure
from r1claims.record.model import Claim

__all__ = [
    "BASE_COST",
    "GOVERNING",
    "column_metrics",
    "column_subjects",
    "follow_on",
    "lead_in",
    "lead_in_tags",
    "list_header",
    "list_subject",
    "listed_objects",
    "other_side",
    "prior_metrics",
    "share_of_model",
    "subjects_of",
]

#: Scope words that govern a whole predicate ("built for", "cost to train").
GOVERNING = frozenset({"whole_programme", "build_cost", "training"})


def lead_in(doc: Document, lo: int) -> tuple[int, int]:
    """The sentence before, when this one answers it ("The complete training cost of R1? A
    mere $294,000") or opens by speaking of it ("The amount: $294,000", "その額、29万4000ドル");
    else an empty span."""
    p_lo, p_hi = doc.index.previous_sentence(lo)
    if p_hi <= p_lo or doc.paragraph_of(p_lo) != doc.paragraph_of(lo):
        return (lo, lo)
    asked = doc.text[p_lo:p_hi].rstrip()[-1:] in ("?", ":", "？", "：")
    if not asked and not _ANSWER.match(doc.text, lo):
        return (lo, lo)
    return (p_lo, p_hi)


def lead_in_tags(doc: Document, lo: int) -> list[ScopeTag]:
    """The governing scope words of the `lead_in` sentence."""
    p_lo, p_hi = lead_in(doc, lo)
    if p_hi <= p_lo:
        return []
    return [t for t in doc.scope_tags(p_lo, p_hi) if t.name in GOVERNING]


#: A sentence that opens by naming the amount the sentence before spoke of.
_ANSWER = re.compile(
    r"\s*(?:(?:the|that|this) (?:amount|sum|figure|number|total|price tag|bill)\b"
    r"|その(?:額|金額)|この(?:額|金額)|该数字|这一数字|这个数字|金额为|그 (?:금액|액수))",
    re.IGNORECASE,
)


def follow_on(doc: Document, lo: int, hi: int) -> str:
    n_lo, n_hi = doc.index.next_sentence(hi)
    if n_hi <= n_lo or doc.paragraph_of(n_lo) != doc.paragraph_of(lo):
        return ""
    if _ANAPHOR.match(doc.text, n_lo):
        return doc.text[n_lo:n_hi]
    # the full pattern only where its key words stand (most sentences name no base model)
    if _BASE_WORD.search(doc.text, n_lo, n_hi) and BASE_COST.search(doc.text, n_lo, n_hi):
        return doc.text[n_lo:n_hi]
    return ""


_BASE_WORD = re.compile(r"(?:base|foundation|underlying) (?:model|llm)", re.IGNORECASE)


#: A model's base named with a cost ("adding the approximately $6 million cost of the base
#: model", "the base LLM cost about $6 million"): a sentence so written, next to a stage's
#: cost, makes that cost one stage. One model's base, not foundation models in general ("spent
#: on foundational model training").
_BASE_NOUN = r"(?:base|foundation(?:al)?|underlying) (?:model|LLM)\b(?!s)"
BASE_MODEL = (
    r"(?:\b(?:the|its|their|[\w-]+['’]s) (?:[\w-]+ )?|^[-*•\s]*)"  # or a list item's label
    + _BASE_NOUN
)
#: A base model named in a figure's own clause, with any determiner ("while building its
#: foundational model ran about $6 million", "on top of a base model that cost $6 million").
BASE_NAMED = re.compile(r"\b" + _BASE_NOUN, re.IGNORECASE)
BASE_COST = re.compile(
    BASE_MODEL + r"[^.;]{0,40}(?:\$|\bcost|\bspent|\bran\b)"
    r"|(?:\$|\bcost|\bspent)[^.;]{0,40}" + BASE_MODEL,
    re.IGNORECASE | re.MULTILINE,
)


#: A sentence that opens by speaking of the figure before it.
_ANAPHOR = re.compile(
    r"\s*(?:(?:this|that|the)\s+(?:figure|number|sum|amount|cost|price|total|estimate)\b"
    # "This is on top of the $6 million ... spent to create the basic LLM"
    r"|(?:this|that|it)\s+(?:is|was|comes|came)\s+(?:on top of|in addition to)\b)",
    re.IGNORECASE,
)


def prior_metrics(doc: Document, fig: Figure, lo: int, hi: int, *, deep: bool) -> set[str]:
    """Benchmarks enough to link a score, never to refute it: those its sentence names only
    loosely ("SWE-bench": `metricnames.metric_table`) and, for a score in a sentence that names
    no benchmark, those of the sentence before it in the same paragraph ("It started at 15.6% on
    AIME 2024. After thousands of RL steps it reached 71%.")."""
    return _of_sentence_before(doc, fig, lo, hi, deep=deep) | doc.index.loose_metrics_near(lo, hi)


def _of_sentence_before(doc: Document, fig: Figure, lo: int, hi: int, *, deep: bool) -> set[str]:
    found: set[str] = set()
    if fig.unit not in ("percent", "number") or doc.index.metrics_near(lo, hi):
        return found
    para = doc.paragraph_of(lo)
    # the nearest sentence before that names one; further back than the sentence before only
    # (``deep``) when the figure's own sentence names no subject ("it climbed to 86.7%")
    for _ in range(_METRIC_LOOK_BACK if deep else 1):
        p_lo, p_hi = doc.index.previous_sentence(lo)
        if p_hi <= p_lo or doc.paragraph_of(p_lo) != para:
            return found
        found = doc.index.metrics_near(p_lo, p_hi)
        if found:
            return found
        lo = p_lo
    return found


#: How many sentences back a score's benchmark is looked for ("It started at 15.6% on AIME
#: 2024. After thousands of RL steps it reached 71%. With majority voting it climbed to 86.7%.")
_METRIC_LOOK_BACK = 3


def column_metrics(doc: Document, fig: Figure) -> set[str]:
    """For a cell of a table written with pipes, the benchmarks its column's header names
    ("| | AIME2024 | MATH-500 |" above "| DeepSeek-R1 | 79.8 | 97.3 |")."""
    cell = _header_cell(doc, fig)
    if cell is None:
        return set()
    a, b = cell
    aside = doc.text.find("(", a, b)  # "GSM8K (Math)": a category in parentheses names none
    return doc.index.metrics_near(a, aside if aside >= 0 else b)


def column_subjects(doc: Document, fig: Figure) -> list[str]:
    """For a cell of a table written with pipes, the model, app or company its column's
    header names and nothing else ("| Task | DeepSeek R1 | OpenAI o1 |" above "| Coding |
    96.3% | 96.6% |"; not "| R1 Dev2 |" nor "| o1 (Sept) |"): the cell's subject, whatever the
    cells after it name ("| Winner |"); none when the row has more or fewer cells than the
    header, or its cells up to the figure's name or describe an entity ("| V3 training cost |",
    "| Base released |", "79.8 (V3: 39.2)")."""
    cell = _header_cell(doc, fig)
    if cell is None:
        return []
    a, b = cell
    text = doc.text
    row = text.rfind("\n", 0, fig.start) + 1
    row_end = text.find("\n", fig.end) % (len(text) + 1)  # (-1: the text's end)
    header_end = text.find("\n", a) % (len(text) + 1)
    if _cells(text, row, row_end) != _cells(text, text.rfind("\n", 0, a) + 1, header_end):
        return []  # a row that leaves out or adds a cell: which column is unsure
    own_end = text.find("|", fig.end, row_end) % (row_end + 1)
    if doc.index.entities_near(row, own_end) or doc.described_near(row, own_end):
        return []
    named = [m for m in doc.index.entities_near(a, b) if a <= m.start and m.end <= b]
    cuts = [a, *(p for m in named for p in (m.start, m.end)), b]
    if _ALNUM.search("".join(text[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2))):
        return []
    found = dict.fromkeys(m.ref for m in named)
    return [e for e in found if doc.entity_type(e) in _SUBJECT_TYPES]


def _cells(text: str, lo: int, hi: int) -> int:
    """How many cells a row of a pipe table has (its pipes, less one for the outer ones)."""
    line = text[lo:hi].strip()
    return line.count("|") - line.startswith("|") - line.endswith("|") + 1


_SUBJECT_TYPES = frozenset({"model", "app", "organisation"})
_ALNUM = re.compile(r"[^\W_]")


def _header_cell(doc: Document, fig: Figure) -> tuple[int, int] | None:
    """The span of the header cell above the table cell that holds the figure, if any."""
    text = doc.text
    start = text.rfind("\n", 0, fig.start) + 1
    if not text.startswith("|", start) and not text[start : fig.start].lstrip().startswith("|"):
        return None
    column = text.count("|", start, fig.start)
    header = _table_top(doc, start)
    if header == start:
        return None
    end = text.find("\n", header)
    pipes = [i for i in range(header, end) if text[i] == "|"]
    if column < 1 or column >= len(pipes):
        return None
    return pipes[column - 1] + 1, pipes[column]


def _table_top(doc: Document, start: int) -> int:
    """The first line of the pipe table whose line starts at ``start`` (walks are remembered:
    each row of a long table costs one step)."""
    text, tops = doc.text, doc.table_tops
    header, path = start, []
    while header > 0:
        if header in tops:
            header = tops[header]
            break
        above = text.rfind("\n", 0, header - 1) + 1
        if not text[above:header].lstrip().startswith("|"):
            break
        path.append(header)
        header = above
    for line in path:
        tops[line] = header
    return header


def listed_objects(doc: Document, fig: Figure, end: int) -> bool:
    """Is the figure the first of a list of figures ("$6 million and 2,048 GPUs") that a verb
    of making, after the last of them, governs together ("... to train it")?"""
    text = doc.text
    pos = fig.end
    for other in doc.figures_between(fig.end, end):
        if not _LIST_JOIN.fullmatch(text, pos, other.start):
            return False
        pos = other.end
    return pos > fig.end and bool(_MAKING.match(text, pos, end))


_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|&))\s*")
_MAKING = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:to|for|in)\s+(?:train|build|develop|creat|mak|prepar|produc)\w*\s",
    re.IGNORECASE,
)


_ITEM = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])\s")


def list_header(
    text: str, pos: int, known: dict[int, tuple[int, int] | None] | None = None
) -> tuple[int, int] | None:
    """The span of the line that introduces the list whose item holds ``pos`` (a line ending
    with a colon, also an item that opens a sub-list: "- Latest model updates:"), up through
    the items and blank lines above; None when another line comes first. ``known``: answers
    of earlier walks over the same text, by the line end they started from (filled in)."""
    end = text.rfind("\n", 0, pos)
    path: list[int] = []
    found: tuple[int, int] | None = None
    while end >= 0:
        if known is not None and end in known:
            found = known[end]
            break
        path.append(end)
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.rstrip().endswith(":"):
            found = (start, end)
            break
        if line.strip() and not _ITEM.match(line):
            break
        end = start - 1
    if known is not None:
        known.update(dict.fromkeys(path, found))
    return found


def list_subject(doc: Document, lo: int) -> list[str]:
    """For an item of a list that names no entity, the one model the line introducing the
    list names ("DeepSeek-V3 is ..., featuring:" above "- 671 billion total parameters, with
    37 billion activated per token"): the items speak of it as if they named it."""
    header = list_header(doc.text, lo, doc.list_headers) if _ITEM.match(doc.text, lo) else None
    if header is None:
        return []
    models = {
        m.ref
        for m in doc.index.entities_near(*header)
        if doc.entity_type(m.ref) == "model"
        # not a model it is compared with ("performance comparable to GPT-4")
        and not compared_before(doc.text, header[0], m.start)
    }
    return sorted(models) if len(models) == 1 else []


#: Between two figures of one unit, a word that sets the second against the first ("$5.6
#: million, against the $500 million U.S. companies spend", "versus $100 million").
_AGAINST = re.compile(
    r"\b(?:against|versus|vs\.?|compared (?:with|to)|as opposed to|next to|dwarfed by)\b",
    re.IGNORECASE,
)


def other_side(doc: Document, fig: Figure, sentence_start: int) -> bool:
    """Is the figure the other side of a comparison with a figure of the same unit before it
    in its sentence, with no name between the comparison word and it, nor right after it
    ("DeepSeek built it for $5.6 million, against the $500 million U.S. companies spend": not
    DeepSeek's $500 million)?"""
    return compared_names(doc, fig, sentence_start) == []


def compared_names(doc: Document, fig: Figure, sentence_start: int) -> list[str] | None:
    """When the figure is the other side of a comparison with a figure of the same unit before
    it in its sentence, the entities named between them or right after it ("versus 79.2% for
    o1", "compared to OpenAI's $540 million ChatGPT"), which are its subject; else None."""
    before = [g for g in doc.figures_between(sentence_start, fig.start) if g.unit == fig.unit]
    if not before:
        return None
    if doc.text[max(0, before[-1].start - 2) : before[-1].start].strip() == "(":
        return None  # "beat OpenAI o1-1217 (79.8% vs 79.2%)": the pair of the names before
    against = [*_AGAINST.finditer(doc.text, before[-1].end, fig.start)]
    if not against:
        return None
    # names before the comparison word are the first figure's ("$6 million DeepSeek claimed,
    # compared to $100 million for OpenAI")
    named = doc.index.entities_near(against[-1].end(), fig.start) or [
        m for m in doc.index.entities_near(fig.end, fig.end + 30) if m.start >= fig.end
    ]
    return [m.ref for m in named]


#: Between a figure and a name after it, the words that make the name its owner ("for GPT-4",
#: "expected for OpenAI's GPT-5").
_OWNER_AFTER = re.compile(
    r"[^\S\n]*(?:[\w-]+[^\S\n]+){0,2}(?:for|of|from|by|at)\s+(?:the\s+)?", re.IGNORECASE
)


def compared_elsewhere(doc: Document, fig: Figure, sentence_start: int, claim: Claim) -> bool:
    """Is the figure the other side of a comparison that names its own subject, of another
    family than the record's subject and estimator ("$6M (compared to $600M for GPT-4)",
    "compared to OpenAI's $540 million ChatGPT")? Then DeepSeek, named elsewhere in the text,
    does not make the record its."""
    names = compared_names(doc, fig, sentence_start)
    if not names:
        return False
    # a name after the figure is its owner only behind "for", "of", "by": "dwarfed by the $589
    # billion DeepSeek wiped off" names the cause, which opens a clause of its own
    after = [m for m in doc.index.entities_near(fig.end, fig.end + 30) if m.start >= fig.end]
    names = [
        n
        for n in names
        if not any(
            m.ref == n and not _OWNER_AFTER.fullmatch(doc.text, fig.end, m.start) for m in after
        )
    ]
    if not names:
        return False
    cs = doc.claimset
    families = {cs.family(claim.subject), cs.family(claim.scope.estimator)}
    return all(cs.family(n) not in families for n in names)


#: "of" after a figure, before what it is a share of.
_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:full\s+|original\s+|teacher\s+)?")


def share_of_model(doc: Document, fig: Figure, hi: int) -> bool:
    """Is a model or app named right after "of" the figure ("85% of R1 on MATH")? Not after
    "the" ("above the 71.5% of OpenAI's o1" is o1's own score)."""
    of = _OF.match(doc.text, fig.end, hi)
    if doc.text[max(0, fig.start - 4) : fig.start].lower() == "the ":
        return False
    return of is not None and any(
        m.start == of.end() and doc.entity_type(m.ref) in ("model", "app")
        for m in doc.index.entities_near(of.end(), hi)
    )


def subjects_of(
    doc: Document, fig: Figure, lo: int, mentions: list[Any], described: list[Any]
) -> tuple[list[str], list[str], list[str]]:
    """(subjects, column's, header's): the entities a figure's sentence names or describes,
    nearest first, after those of the header that introduces it; the models a table's column
    names (`column_subjects`); and those, else, for a sentence that names none, the model a
    list's header names (`list_subject`)."""
    subjects = _nearest_first(fig, mentions, described)
    column = column_subjects(doc, fig)
    listed = column or ([] if subjects else list_subject(doc, lo))
    return [*listed, *(s for s in subjects if s not in listed)], column, listed


def _nearest_first(fig: Figure, mentions: list[Any], described: list[Any]) -> list[str]:
    """The entities of the sentence, nearest the figure first: names, then descriptions ("the
    company", "its")."""
    subjects: list[str] = []
    for group in (mentions, described):
        # by the gap: "Claude 3.5 Sonnet (95.1%) and GPT-4o": the long name before is nearer
        for m in sorted(group, key=lambda m: (max(fig.start - m.end, m.start - fig.end), m.start)):
            if m.ref not in subjects:
                subjects.append(m.ref)
    return subjects
