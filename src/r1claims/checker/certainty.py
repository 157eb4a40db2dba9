"""Refute only with certainty: of the records a figure's words pin, those it can contradict
beyond doubt (issue 9, point 3). Each guard is a kind of text, not one sentence."""

from __future__ import annotations

import re

from r1claims.checker.assertion import asserted, other_setting, sentence_says
from r1claims.checker.candidates import counts_what_it_names, same_hardware
from r1claims.checker.context import VARIANT_WORDS
from r1claims.checker.document import Document
from r1claims.checker.figure_context import FigureContext
from r1claims.checker.framewords import COMPARATIVES, NEGATED
from r1claims.checker.inputs import ENTITY
from r1claims.checker.measured import measured_elsewhere, per_unit
from r1claims.checker.memo import IdentityMemo
from r1claims.checker.names import OPENING, unknown_sibling
from r1claims.checker.namewords import DEMONYMS
from r1claims.checker.quantities import doubtful
from r1claims.checker.sessions import SESSION_KINDS, SPAN_OF_SESSIONS
from r1claims.extract.figures import Figure
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Claim, Quantity

__all__ = ["certain_claims", "opening_phrase", "uncertain"]

#: A company's product named by a generic noun ("OpenAI's system", "Meta's model").
_OWN_PRODUCT = re.compile(r"['’]s (?:[\w-]+ )?(?:model|system|chatbot|LLM|AI)\b")


#: Number formats a size depends on.
_FORMAT = re.compile(r"\b(?:FP8|BF16|FP16|FP32|INT8|INT4|AWQ|GGUF)\b", re.IGNORECASE)


def _format_named(claim: Claim, sentence: str) -> bool:
    """Does the sentence name the number format the record's figure depends on, if any?"""
    formats = {f.upper() for f in _FORMAT.findall(claim.scope.covers)}
    return not formats or bool(formats & {f.upper() for f in _FORMAT.findall(sentence)})


#: Chips a clause may name beside a bare GPU count ("a 256-GPU NVIDIA HGX B200 cluster").
_CHIP = re.compile(r"\b(?:G?B[12]00|[AH]\d{2,3}|H20|MI\d{3}X?|Ascend|Blackwell|Ampere)\b")


def _chips_fit(clause: str, claim: Claim) -> bool:
    """Does every chip the clause names fit the record's hardware (when it gives any)?"""
    chips = _CHIP.findall(clause)
    return not chips or any(same_hardware(chip, claim.scope.hardware) for chip in chips)


def certain_claims(
    pinned: list[Claim], fig: Figure, ctx: FigureContext, cs: ClaimSet, doc: Document
) -> list[Claim]:
    """The pinned records the figure can contradict beyond doubt."""
    # a session's record, when the sentence names another session the record holds and not
    # the record's own ("against a close of $147.15 on January 24, and later closed 3.12%
    # lower"): the figure may be that session's
    days = _sentence_days(ctx, doc)
    if days & _session_days(cs):
        pinned = [
            c
            for c in pinned
            if c.kind not in SESSION_KINDS
            or c.scope.as_of is None
            or (c.scope.as_of.month, c.scope.as_of.day) in days
        ]
    if fig.noun:  # "500 models", "1k data": only a count of what the record counts contradicts it
        pinned = [c for c in pinned if counts_what_it_names(fig.noun, c)]
    # a cluster of other chips ("a 256-GPU HGX B200 cluster") is another cluster, and a size the
    # record gives in one number format ("~700 GB" in FP8) is not contradicted by a text that
    # names none ("the weights need over 1,300 GB")
    pinned = [
        c
        for c in pinned
        # a record the checker would not support a figure from (unverified) refutes none
        if c.status != "unverified"
        and same_hardware(fig.hardware, c.scope.hardware)
        and _format_named(c, ctx.sentence)
        and _chips_fit(ctx.clause, c)
        and not _finer_beside(fig, c)
    ]
    own = _OWN_PRODUCT.search(ctx.lead)
    if own:  # "whereas OpenAI's system is based on 1.8 trillion parameters, DeepSeek-R1 ...":
        # the figure is another company's product's, named or not ("Llama's open model")
        others = {cs.family(r) for r in ctx.named_before if cs.has_entity(r)}
        owner = (ctx.lead[: own.start()].split() or [""])[-1]
        pinned = [
            c for c in pinned if others <= {cs.family(c.subject)} and _names_family(owner, c, cs)
        ]
    return pinned


def _finer_beside(fig: Figure, claim: Claim) -> bool:
    """Is the figure finer than the record, and could the record's figure be it rounded or
    cut to its last digit ("37.55B" active parameters beside DeepSeek's "37B"; not "36.2B")?
    Then the finer one may be the same quantity counted exactly."""
    value = claim.value
    if not isinstance(value, Quantity) or fig.precision >= value.precision:
        return False
    gap = abs(fig.value) - abs(value.amount)
    return -value.precision / 2 <= gap < value.precision


def _names_family(word: str, claim: Claim, cs: ClaimSet) -> bool:
    """Is ``word`` a name of an entity of the claim's family ("DeepSeek" for R1's claims)?"""
    family = cs.family(claim.subject)
    word = word.strip("\"'“”‘’(").lower()
    return any(word in {n.lower() for n in e.names} for e in cs.entities if e.family == family)


#: A number with one dot and three digits after it ("147.000").
_AMBIGUOUS_DOT = re.compile(r"\d{1,3}\.\d{3}")
#: An English magnitude word: before it, a dot is a decimal point ("$6.328 million").
_ENGLISH_MAGNITUDE = re.compile(r"(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def _ambiguous_dot(fig: Figure) -> bool:
    """Is the figure's number a dot before three digits, which may be a decimal point or a
    thousands separator ("147.000 horas"), with no English magnitude word after it to tell?"""
    number, _, rest = fig.text.partition(" ")
    return (
        _AMBIGUOUS_DOT.fullmatch(number.lstrip("~$€£¥")) is not None
        and _ENGLISH_MAGNITUDE.match(rest) is None
    )


#: Words after a percentage that make it a relative change ("a 104% relative improvement").
_CHANGE_AFTER = re.compile(
    r"\s*(?:relative\s+)?(?:improvement|increase|gain|rise|jump|boost|decrease|reduction)"
    # or a comparison ("96% lower than o1's", "96% cheaper"; not "closed 12% lower")
    r"|\s*(?:lower|higher|less|more|fewer)\s+than\b"
    rf"|\s*(?:{COMPARATIVES})\b",
    re.IGNORECASE,
)
#: Words before a duration that make it the span of something else ("over four years").
_SPAN_BEFORE = re.compile(r"\b(?:over|across|within|spanning)\s+(?:the\s+)?(?:next\s+|past\s+)?$")
#: Several companies the figure is summed over ("erased $1 trillion from companies like Nvidia
#: and Meta", "Nvidia and its peers lost"), read up to the clause after the figure: ", and even
#: tech giants like Meta felt the tremors" is another clause's subject.
_SEVERAL = re.compile(
    r"\b(?:companies|firms|stocks|chipmakers|groups|giants)\s+(?:like|such as|including)\b"
    r"|\band (?:other|its (?:peers|rivals))\b"
    r"|\bacross (?:the )?(?:whole |wider |broader )?(?:market|sector|industry|board)\b"
    r"|\bmarket[- ]wide\b",
    re.IGNORECASE,
)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|as|even)\s|;|\s[—–]\s")


#: Stocks or companies in the plural as what lost the figure ("U.S. AI stocks lost $1 trillion,
#: with Nvidia leading the decline"), not one company's stock ("Nvidia stocks lost").
_PLURAL_SUBJECT = re.compile(
    r"(?<!nvidia )(?<!nvidia's )\b(?:stocks|equities|companies|firms|chipmakers|markets)\b"
    r"(?:\s+in\s+the\s+[\w\s-]{1,40}?)?\s+(?:\w+\s+)?(?:lost|shed|fell|dropped|erased|wiped)\b",
    re.IGNORECASE,
)


def _up_to_next_clause(fig: Figure, ctx: FigureContext) -> str:
    """The sentence up to the end of the figure's clause (", and collectively, AI companies
    lost over a trillion" is another clause)."""
    after = ctx.sentence[fig.end - ctx.sentence_start :]
    cut = _NEXT_CLAUSE.search(after)
    return ctx.sentence[: fig.end - ctx.sentence_start] + (after[: cut.start()] if cut else after)


def _several(fig: Figure, ctx: FigureContext) -> bool:
    return (
        _SEVERAL.search(_up_to_next_clause(fig, ctx)) is not None
        or _PLURAL_SUBJECT.search(ctx.lead) is not None
    )


#: A sum of money or a move summed over several companies or sessions ("Nvidia and Broadcom
#: ... erasing a combined $800 billion", "has fallen $800 billion since its peak").
_SUM_OR_SPAN = re.compile(
    r"\bcombined\b|\bcollectively\b|\baltogether\b|\btogether\b|\bjoint(?:ly)?\b|\bjoined\b"
    r"|\bbetween them\b|" + SPAN_OF_SESSIONS,
    re.IGNORECASE,
)
#: A sum per period ("the monthly cost fell to under $1,200", "$20 a month"): a rate, which no
#: record's total contradicts.
_PER_PERIOD_BEFORE = re.compile(r"\b(?:monthly|annual|yearly|weekly)\b[^.;,]{0,30}$", re.IGNORECASE)
_PER_PERIOD_AFTER = re.compile(
    r"\s*(?:(?:a|per|each|every)\s+(?:month|year|week)(?!\s+(?:later|earlier|after|before|ago))"
    r"|/\s?(?:mo|month|yr|year)\b|monthly|annually)",
    re.IGNORECASE,
)
#: A sum of parts named after it ("About $1 trillion in market value vanished, including 17%
#: drops in Nvidia and Broadcom"): no one part's figure.
_PARTS_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:including|of which|among them)\b[^.;:]{0,60}?"
    r"(?:[$€£¥]\s?\d|\d+(?:[.,]\d+)?\s?(?:%|per ?cent|billion|million|trillion|bn\b))",
    re.IGNORECASE,
)

#: A digit and a decimal point right before the figure, then a space.
_SPLIT_DECIMAL = re.compile(r"\d[.,] $")

_UNREAD = re.compile(
    r"\s?(?:[\u3400-\u9fff\uac00-\ud7af\u3040-\u30ff]|(?:mil(?:iar|yar|iard|liard|ioni|"
    r"hões|lones|lions)?|juta|triliun|tỷ|triệu|nghìn|млн|млрд|тыс)\w*)"
    # a magnitude letter after a space ("671 B-parameter")
    r"|\s[KMBT]\b"
    # an English magnitude glued to the next word ("$5.576 millionBy contrast")
    r"|\s?(?:thousand|million|billion|trillion)[A-Z]"
    # any word of a script other than Latin that extraction did not read: it may be a
    # magnitude of a language the lexicon lacks
    r"|\s?[^\W\d_A-Za-z\u00c0-\u024f]",
    re.IGNORECASE,
)


def _unread_magnitude(after: str) -> bool:
    return bool(_UNREAD.match(after))


def _unknown_which(ctx: FigureContext, doc: Document) -> bool:
    """Does the figure stand in a relative clause of a versioned name the record does not
    know ("DeepSeek-V3 supersedes V2.5, which had 236B parameters")?"""
    m = _VERSIONED_WHICH.search(ctx.lead)
    return m is not None and m.group(1).lower() not in doc.index.known_words


#: A versioned name, a comma and a relative pronoun, with the figure in its clause.
_VERSIONED_WHICH = re.compile(r"\b([A-Za-z][\w-]*\d[\w.]*)\s*,\s*(?:which|who)\b[^.;,]*$")
#: A name and its version number right before a size: "llama 3 405B", "Qwen 2.5 72B".
_NAMED_SIZE = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z-]{2,}\s\d{1,2}(?:\.\d)?\s$")
_ON_HARDWARE = re.compile(
    r"\s+(?:of\s+(?:memory|ram|vram|hbm)\s+)?(?:on|in)\s+(?:an?|the|one|each|every)\s+"
    r"(?:[\w×.-]+\s+){0,3}?(?:server|node|machine|card|box|gpu|board)s?\b",
    re.IGNORECASE,
)


_VERSUS_FIGURE = re.compile(
    r"[\s\w-]{0,12}?\s(?:vs\.?|versus|against|compared (?:to|with))\s+[~$€£¥]?\d", re.IGNORECASE
)
_RIVAL = re.compile(
    r"\b(?:an?|the|its|their|one)\s+(?:\w+\s+){0,2}(?:rival|competitor|competing)\b",
    re.IGNORECASE,
)
#: Conjunctions that open a clause about another subject, in several languages.
_CONTRAST = re.compile(
    r"\b(?:whereas|while|but|unlike|by contrast|in contrast|mientras(?: que)?|en cambio"
    r"|alors que|tandis que|w(?:ä|ae)hrend|wohingegen|mentre|invece|enquanto|ao passo que"
    r"|terwijl|podczas gdy|тогда как|в то время как|тоді як|у той час як)\b"
    # and in Chinese, Japanese and Korean, which write no spaces ("，而同樣規模的開源LLaMA模型")
    r"|[，,]\s*而(?![且已])|然而|相比之下|相較之下|反观|反觀|一方で|に対し|반면",
    re.IGNORECASE,
)


_VARIANT_WORD = re.compile(r"[\s-]?" + VARIANT_WORDS)


def _variant_named(fig: Figure, ctx: FigureContext, doc: Document) -> bool:
    """Does the sentence name, before the figure, a variant of a model the record holds?"""
    return any(
        (found := _VARIANT_WORD.match(doc.text, m.end)) is not None
        and found.end() <= fig.start  # "R1 1500 Elo": the number is the figure, no version
        for m in doc.index.entities_near(ctx.sentence_start, fig.start)
        if doc.entity_type(m.ref) == "model"
    )


def _contrast_subject(fig: Figure, ctx: FigureContext, doc: Document) -> bool:
    """Does a contrast stand between the last name (or pronoun) before the figure and it?"""
    ends = [m.end() for m in _CONTRAST.finditer(ctx.lead)]
    if not ends:
        return False
    start = ctx.sentence_start + ends[-1]
    # a name or a pronoun after it ("While it has 1.6 trillion parameters") keeps the subject
    return not doc.index.entities_near(start, fig.start) and not doc.described_near(
        start, fig.start
    )


#: After an opening phrase's figure, its comma and a capitalised name: the subject of the
#: sentence ("At 30.8 million GPU hours, Llama 3.1's training dwarfed ...").
_NAME_AFTER_COMMA = re.compile(r"[^,;.]{0,40},\s+(?:[\"“'‘(]?)[A-Z]")


def opening_phrase(fig: Figure, ctx: FigureContext, doc: Document) -> bool:
    """Does the figure stand in a phrase that opens its sentence, before a subject that is no
    entity the record holds ("Released on January 29, Qwen2.5-Max was pitched against ...")?"""
    if not OPENING.match(ctx.sentence) or doc.index.entities_near(ctx.sentence_start, fig.start):
        return False
    after = _NAME_AFTER_COMMA.match(doc.text, fig.end)
    if after is None:
        return False
    start = after.end() - 1
    word = doc.text[start : start + 20].split(" ", 1)[0].lower()
    # "On Tuesday, 28 January, Chinese AI start-up DeepSeek caused ...": a demonym describes
    # the subject named just after it
    end = start + 30 if word in DEMONYMS else start + 1
    return not doc.index.entities_near(start, end)


def _other_session_date(ctx: FigureContext, doc: Document) -> bool:
    """Does the sentence date itself to a day the record holds no trading session of ("Nvidia
    lost $140 billion in market value on February 27, 2025")?"""
    hi = ctx.sentence_start + len(ctx.sentence)
    days = _session_days(doc.claimset)
    months = {m for m, _ in days}
    return any(
        f.kind == "date"
        and f.month is not None
        and ((f.month, f.day) not in days if f.day is not None else f.month not in months)
        for f in doc.figures_between(ctx.sentence_start, hi)
    )


def _sentence_days(ctx: FigureContext, doc: Document) -> set[tuple[int, int]]:
    """The (month, day) of every date of the figure's sentence."""
    hi = ctx.sentence_start + len(ctx.sentence)
    return {
        (f.month, f.day)
        for f in doc.figures_between(ctx.sentence_start, hi)
        if f.kind == "date" and f.month is not None and f.day is not None
    }


def _build_session_days(cs: ClaimSet) -> frozenset[tuple[int, int]]:
    return frozenset(
        (c.scope.as_of.month, c.scope.as_of.day)
        for c in cs.claims
        if c.kind in SESSION_KINDS and c.scope.as_of is not None
    )


#: Per record, the (month, day) of every trading session it holds a figure of.
_session_days = IdentityMemo(_build_session_days)


def _per_period(ctx: FigureContext) -> bool:
    return bool(_PER_PERIOD_AFTER.match(ctx.text_after) or _PER_PERIOD_BEFORE.search(ctx.lead))


def _parts_after(fig: Figure, ctx: FigureContext) -> bool:
    return _PARTS_AFTER.match(ctx.sentence, fig.end - ctx.sentence_start) is not None


def uncertain(fig: Figure, ctx: FigureContext, doc: Document) -> bool:
    """Is the figure's sentence of a kind that no record can contradict with certainty?"""
    # a bare number ("759") is too ambiguous to hold against any record but a score on a
    # benchmark its sentence names, of a subject its own clause names (see `pin_claims`; not
    # "reaching grandmaster takes 2,400", nor a field of data: '"reported_value":43.9'); a
    # figure next to a subject the record does not know is about that subject, and a number
    # followed by a word the extractor may not have read as its magnitude ("278.8 万", "1,6
    # miliar") is not certain
    return (
        (fig.unit == "number" and not (ctx.metrics and ctx.named and '":' not in ctx.sentence))
        or ctx.foreign
        or ctx.other_model
        or _unread_magnitude(ctx.text_after)
        # a number an HTML entity cuts in copied text ("$294&#44;000"): the rest is unread
        or ENTITY.match(ctx.text_after) is not None
        # "147.000 horas": a dot before three digits is a decimal point or a thousands
        # separator, and the record cannot tell which the text meant
        or _ambiguous_dot(fig)
        # "about 2. 8 million": a transcript's 2.8
        or _SPLIT_DECIMAL.search(ctx.text_before) is not None
        # a table row: its cells belong to its columns, which the row does not name
        or ctx.sentence.count("|") >= 2
        # a total across companies ("erased $1 trillion from companies like Nvidia and Meta")
        or _several(fig, ctx)
        or (
            fig.kind in ("money", "percentage")
            and _SUM_OR_SPAN.search(_up_to_next_clause(fig, ctx)) is not None
        )
        or (fig.kind == "money" and (_parts_after(fig, ctx) or _per_period(ctx)))
        # a model of the company the record lacks, named just before ("Go read up on the
        # DeepSeek V2 arch. Their 236B model ..."), may be the subject
        or unknown_sibling(doc.text, max(0, ctx.sentence_start - 200), fig.start, doc) is not None
        # a size of the hardware the figure sits on ("the 640 GB on a single 8×H100 server")
        or _ON_HARDWARE.match(ctx.sentence, fig.end - ctx.sentence_start) is not None
        # the text denies the figure ("does not have 1.5 trillion parameters")
        or NEGATED.search(ctx.lead[-60:]) is not None
        # a rival described, not named ("a rival 7B model from a US startup manages 21%")
        or _RIVAL.search(ctx.lead.rsplit(";", 1)[-1]) is not None
        # a variant of a model the record holds ("the R1 Lite Preview on November 20, 2023")
        or _variant_named(fig, ctx, doc)
        # a size right after a name and its version: that model's ("llama 3 405B")
        or (fig.kind == "parameter_count" and _NAMED_SIZE.search(ctx.lead[-30:]) is not None)
        # a relative clause of a versioned name the record lacks ("V2.5, which had 236B")
        or _unknown_which(ctx, doc)
        # one side of a comparison of two figures ("( 32.5B vs 671B )": the other side is the
        # record's, this one another model's)
        or _VERSUS_FIGURE.match(ctx.sentence, fig.end - ctx.sentence_start) is not None
        # someone else's reproduction, run, measurement or estimate (`measured`)
        or measured_elsewhere(ctx)
        # a complement, a part of a benchmark, an end of a range of doubt, a fraction
        or doubtful(fig, ctx)
        # a figure per unit ("each trillion tokens ... cost about $360,000"), or a node's rate
        or (fig.kind == "money" and per_unit(fig, ctx))
        # a clause with no subject of its own that names one the record lacks ("AMD lost
        # about $13 billion ..., a fraction of Nvidia's $589 billion")
        or (ctx.unknown_name and ctx.framing_subject is None)
        # an opening phrase before a subject the record does not hold
        or opening_phrase(fig, ctx, doc)
        # the text rejects the claim it quotes, speaks of a later version, asks, supposes,
        # names another setting of a benchmark, or dates a market figure to another day
        or not asserted(ctx)
        or sentence_says(ctx, "other-setting", other_setting)
        or (fig.kind in ("money", "percentage") and _other_session_date(ctx, doc))
        # "a 10% improvement on R1's 79.8%": a relative change, not a score; "$2.6 billion
        # over four years": the span an estimate covers
        or (fig.unit == "percent" and _CHANGE_AFTER.match(ctx.text_after) is not None)
        or (fig.kind == "duration" and _SPAN_BEFORE.search(ctx.lead[-30:]) is not None)
        # a contrast opens a clause that names no entity the record holds before the figure
        # ("mientras que el modelo de Google se quedó en torno al 73 %")
        or _contrast_subject(fig, ctx, doc)
    )
