"""Where a figure's own clause begins and ends inside its sentence: at a semicolon, a dash, a
conjunction that opens a new statement, or (between two figures) a plain "and"."""

from __future__ import annotations

import re
from typing import Any

from r1claims.extract.figures import Figure

__all__ = [
    "AND",
    "ASIDE",
    "RELATIVE_PRONOUN",
    "after_aside",
    "antecedent",
    "apposition_spans",
    "asides_of",
    "clause_bounds",
    "dash_asides",
    "governs",
    "main_clause_after",
    "names_noun",
    "pronoun_for_name",
    "relative_aside",
    "shares_subject",
]

#: A conjunction between two phrases.
AND = re.compile(r"\s(?:and|or|versus|vs\.?)\s", re.IGNORECASE)


#: Where a clause ends inside a sentence: a semicolon, a dash between spaces, a comma before a
#: conjunction that starts a new statement, or such a conjunction itself.
_CLAUSE_BREAK = re.compile(
    r";|\s[—–-]{1,2}\s|—"
    r"|,\s+(?:even\s+)?(?:and|but|whereas|although|though|yet|which|with|following|as|against"
    r"|compared (?:with|to)|versus|vs\.?)\b"
    # "while using 2,000 GPUs", "after spending $6 million": a participle keeps the subject of
    # the clause it hangs on, so it does not open a clause of its own
    r"|,\s+(?:while|after|before|when)\b(?!\s+\w+ing\b)"
    r"|\b(?:while|whereas|but)\b(?!\s+\w+ing\b)"
    # "but" and "while" in Chinese, Korean and Japanese: "总参数量达6710亿,但单次激活参数量仅
    # 370亿", "6710억 개에 이르지만, 활성화되는 것은 340억", "6710億だが、"
    r"|[,，、]\s*(?:但是?|不过|不過|然而|却|卻|可是)|(?:지만|는데|으나)[,\s]|(?:が|けど|一方で?)、",
    re.IGNORECASE,
)


#: An aside that opens with a comparison ("—compared to the $1 trillion US giants plan—") has
#: its own subject.
_COMPARING = re.compile(r"\s*(?:compared (?:to|with)|versus|vs\.?|against|unlike)\b", re.IGNORECASE)


#: A name on either side of a conjunction: "R1-Zero and R1" joins two names, not two phrases.
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w.-]*[ ]?\Z")
_NAME_AFTER = re.compile(r"[ ]?[A-Z][\w-]*")


def _joins_names(text: str, m: re.Match[str]) -> bool:
    return bool(
        _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1)
        and _NAME_AFTER.match(text, m.end() - 1)
    )


def _is_dash(separator: str) -> bool:
    return separator.strip() in ("—", "–", "-", "--")


def clause_bounds(
    text: str, fig: Figure, lo: int, hi: int, neighbours: tuple[bool, bool]
) -> tuple[int, int]:
    """Narrow ``[lo, hi)`` (the sentence, cut at the neighbouring figures) to the figure's own
    clause, so that scope words and subjects of the next statement are not read as its own.
    Between two figures, a plain "and" also separates their phrases: in "$6 million on the
    base V3 model and $294,000 on reinforcement learning" V3 belongs to the first figure."""
    start = lo
    breaks = list(_CLAUSE_BREAK.finditer(text, lo, fig.start))
    if breaks:
        lo = breaks[-1].end()
    after = _CLAUSE_BREAK.search(text, fig.end, hi)
    if (
        breaks
        and after
        and _is_dash(breaks[-1].group())
        and _is_dash(after.group())
        and not _COMPARING.match(text, breaks[-1].end())
    ):
        # "trained R1 for a fraction of rivals' cost — just $6m — has spooked investors": an
        # aside between dashes belongs to the clause before it
        lo = breaks[-2].end() if len(breaks) > 1 else start
    if neighbours[0]:
        for m in AND.finditer(text, lo, fig.start):
            if not _joins_names(text, m):
                lo = m.end()
    hi = after.start() if after else hi
    if neighbours[1]:
        joined = next(
            (m for m in AND.finditer(text, fig.end, hi) if not _joins_names(text, m)), None
        )
        hi = joined.start() if joined else hi
        # "training R1 cost just $294,000, while building its foundational model ran about $6
        # million": a gerund before the next figure is that figure's subject, not this one's
        gerund = _WHILE_GERUND.search(text, fig.end, hi)
        hi = gerund.start() if gerund else hi
    return lo, hi


#: A contrast opened by a gerund ("while building its base model ...").
_WHILE_GERUND = re.compile(r",\s+(?:while|whereas)\s+\w+ing\b", re.IGNORECASE)


#: A dash that opens or closes an aside: between spaces, or an em dash set close.
_DASH = re.compile(r"\s[—–-]{1,2}\s|—")


def dash_asides(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The asides between pairs of dashes in ``[lo, hi)`` ("trained it in 2.79 million GPU
    hours - less than 1/10 the time needed to train Llama 3.1 405B - at a cost of ..."): a name
    in one is the aside's, not the subject of the sentence around it."""
    dashes = [m.span() for m in _DASH.finditer(text, lo, hi)]
    return [(dashes[k][1], dashes[k + 1][0]) for k in range(0, len(dashes) - 1, 2)]


#: A relative clause set off by commas ("DeepSeek, whose chatbot became the top-rated free app
#: on Apple's US App Store, said ..."), or a participle of place or ownership ("This free
#: chatbot, available on the Apple Store, has ..."), and the Nordic "som" ("V3-modellen, som
#: R1 bygger på, ble lansert ..."): it describes the name before it.
_RELATIVE_ASIDE = re.compile(
    r",\s+(?:whose|who|which|som\b|(?:available|based|headquartered|located|listed|owned|backed)"
    r"\s+(?:on|in|at|by|from)\b"
    # the same in Spanish, Portuguese, Italian and French ("disponible en la Apple Store")
    r"|(?:disponible|disponível|disponibile|con sede|com sede|basad[ao]|basé[e]?)"
    r"\s+(?:en|em|na|no|in|a|à|sur)\b)[^,;.:()\n]{3,120},",
    re.IGNORECASE,
)


def relative_aside(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last relative clause between commas that closes in ``[lo, hi)``, as (its comma, the
    end of its closing comma), or None: its words are not the figure's after it."""
    found = None
    for m in _RELATIVE_ASIDE.finditer(text, max(0, lo - 130), hi):
        if m.end() > lo:
            found = m.span()
    return found


def after_aside(text: str, end: int, hi: int) -> tuple[int, int] | None:
    """Where the clause of a figure that ends at ``end`` runs on after an aside between dashes
    that follows it ("leveraged 50,000 H100 GPUs—last-generation AI hardware—to train its
    model"): from the closing dash to the next break, or None."""
    asides = dash_asides(text, end, hi)
    if not asides or _CLAUSE_BREAK.search(text, end, max(end, asides[0][0] - 3)):
        return None
    a, b = asides[0]
    if b - a > 80 or any(c.isdigit() for c in text[a:b]):
        return None
    closing = _DASH.match(text, b)
    b = closing.end() if closing else b
    stop = _CLAUSE_BREAK.search(text, b, hi)
    return b, stop.start() if stop else hi


#: A clause that opens with a verb: it has no subject of its own.
_SUBJECTLESS = re.compile(
    r"\s*(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|rose|fell|hit|grew|sank|won|took|ran|came"
    r"|went|got|lost|spent|made|became|beat|scored|reaches|hits|scores|costs?)\b"
)
_AND_END = re.compile(r"\b(?:and|but)\s*\Z")


def shares_subject(text: str, lo: int, c_lo: int) -> bool:
    """Does the clause at ``c_lo`` open with a verb right after "and" or "but", so that it
    shares the subject of the clause before it ("R1's accuracy rose from 15.6% to 77.9%, and
    reached 86.7%")?"""
    return bool(_SUBJECTLESS.match(text, c_lo) and _AND_END.search(text, lo, c_lo))


#: An aside in brackets.
ASIDE = re.compile(r"\([^()]{1,200}\)")
#: An apposition between commas right after a word ("DeepSeek, a Chinese AI lab funded by the
#: quant fund High-Flyer, trained ..."): it describes the word before it.
_APPOSITION = re.compile(r"(?<=[\w)]),\s+(?:a|an|the)\s+[^,;.:()\n\d]{3,80},")


#: A noun that a name in brackets right after it names ("model (R1)"), and the longest such
#: bracket.
_NAMED_NOUN = re.compile(r"\b(?:model|LLM|system|chatbot)\s*\Z", re.IGNORECASE)
_NAME_MAX = 30


def names_noun(text: str, lo: int, aside: re.Match[str]) -> bool:
    """Is the bracket ``aside`` a name of the noun right before it ("a new AI model
    (DeepSeek-R1)"), not an aside about something else?"""
    return bool(_NAMED_NOUN.search(text, lo, aside.start())) and len(aside.group()) <= _NAME_MAX


def asides_of(text: str, lo: int, hi: int, fig: Figure) -> list[tuple[int, int]]:
    """The asides of the sentence in brackets or in an apposition that do not hold the figure:
    a name in one ("Llama 3.1 405B (smaller than DeepSeek V3's 685B) trained on ...") is not the
    sentence's subject."""
    # not a name in brackets right after the noun it names ("a new AI model (DeepSeek-R1)")
    spans = [m.span() for m in ASIDE.finditer(text, lo, hi) if not names_noun(text, lo, m)]
    spans += apposition_spans(text, lo, hi)
    return [(a, b) for a, b in spans if not (a <= fig.start and fig.end <= b)]


def apposition_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The appositions between commas in ``[lo, hi)`` (see `asides_of`)."""
    return [m.span() for m in _APPOSITION.finditer(text, lo, hi)]


#: A relative pronoun opening a clause after a comma, at the end of the text searched; and the
#: same right after a name (and its noun): "DeepSeek's R1 model, which".
_WHICH = r",\s*(?:which|who)\s*$"
RELATIVE_PRONOUN = re.compile(_WHICH, re.IGNORECASE)
_NAME_THEN_WHICH = re.compile(r"(?:\s+(?:model|system|chatbot))?" + _WHICH)
_PREPOSITION_END = re.compile(r"\b(?:of|on|from|with|to|by|than|in|into|for)\s+\Z", re.I)


def pronoun_for_name(text: str, lo: int, name: Any, end: int) -> bool:
    """Does the relative pronoun ending at ``end`` stand for the name just before it ("R1
    model, which supposedly cost $5.6 million")? Not after a preposition, where it may stand
    for the whole phrase ("fine-tuning on traces of R1, which produced ...")."""
    return bool(_NAME_THEN_WHICH.match(text, name.end, end)) and not _PREPOSITION_END.search(
        text, lo, name.start
    )


def antecedent(text: str, lo: int, c_lo: int, before: list[Any], described: list[Any]) -> Any:
    """What the relative pronoun opening the clause at ``c_lo`` stands for, if one does (else
    None): "R1 is a version of DeepSeek-V3, which was pre-trained using about $5.5 million" is
    most likely V3's, the name or description just before it, though it may stand for a whole
    statement ("fine-tuning on traces of R1, which produced ...": see `pronoun_for_name`)."""
    if not before or not RELATIVE_PRONOUN.search(text, lo, c_lo):
        return None
    return max((m for m in (*before, *described) if m.end <= c_lo), key=_end, default=None)


def _end(mention: Any) -> int:
    return int(mention.end)


def governs(text: str, c_lo: int, start: int) -> bool:
    """Does the verb after the relative pronoun ending at ``c_lo`` take the figure at
    ``start`` as its own ("which landed on", "which the company released on", "which was
    released by DeepSeek on"), with no noun of its own before it ("which built on a base
    released on", "which is built on top of V3, released on": that noun's)?"""
    return _VERB_ONLY.fullmatch(text, c_lo, start) is not None


#: Its maker as the relative clause's subject or agent: "DeepSeek", "the company".
_MAKER = r"(?:the\s+(?:company|firm|startup|lab|team)|[A-Z][\w.-]*)\s+"
#: One to four lowercase words, no article or possessive among them, no punctuation; after the
#: maker as subject, or before it as agent, or before "to the public".
_VERB_ONLY = re.compile(
    rf"\s*(?:{_MAKER})?(?:(?!(?:an?|the|its|their|his|her|this|that|these|those|one|another"
    # (nor a word that makes the figure another thing's: "arrived weeks after", "short of")
    r"|our|after|before|ahead|since|than|short|until|following|prior|earlier|later)\s)"
    r"[a-z-]+\s+){1,4}"
    rf"(?:(?:by\s+{_MAKER}|to\s+(?:the\s+)?(?:public|developers|users)\s+)(?:on|in)\s+)?"
)


def main_clause_after(text: str, lo: int, name: Any, fig_end: int, start: int) -> bool:
    """Is the name at ``start`` in the main clause that resumes after a relative clause about
    ``name`` ended by a comma after the figure ("V3, which DeepSeek released on ..., is the base
    of R1")? Only when ``name`` opens its phrase ("V3, which", "DeepSeek's V3 model, which";
    not "the app, running V3, which") and a verb resumes it: not an apposition to the figure
    ("December 26, 2024, the day V3 launched"; "$5.6 million, V3's price") nor its agent
    ("followed on January 27, 2025, by Janus-Pro")."""
    comma = text.find(",", fig_end, start)
    phrase = _PHRASE_START.split(text[lo : name.start])[-1]
    return (
        comma >= 0
        and _OPENS_PHRASE.fullmatch(phrase) is not None
        and _VERB_RESUMES.match(text, comma + 1) is not None
    )


#: Where a phrase starts: a comma, semicolon, colon, bracket or dash.
_PHRASE_START = re.compile(r"[,;:(—–]")
#: Only determiners and names before the name that opens a phrase.
_OPENS_PHRASE = re.compile(r"\s*(?:(?:the|a|an|its|their|[A-Z][\w.-]*(?:['’]s)?)\s+)*")
#: A lowercase word after the comma that is no determiner, preposition or conjunction: the
#: main clause's verb ("is", "powers", "later added").
_VERB_RESUMES = re.compile(
    r"\s*(?!(?:the|a|an|its|their|his|her|this|that|by|of|in|on|at|for|with|from|to|and|or|but"
    r"|which|who|whose|when|while|as|than|then|just|only|about|around|nearly|some)\b)[a-z]+\b"
)
