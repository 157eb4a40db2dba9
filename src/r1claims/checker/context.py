"""Context around a figure: its sentence, the entities and benchmarks named near it.

Entities are found with one compiled alternation of every entity's name and aliases (longest
first, word-bounded), run once over the whole text, so that the cost stays linear in the input.
Aliases of four characters or fewer ("R1", "V3", "NVDA") match case-sensitively; longer names
match case-insensitively ("Deepseek v3").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from r1claims.checker.memo import IdentityMemo
from r1claims.checker.mention import Mention
from r1claims.checker.metricnames import LOOSE, another_edition
from r1claims.checker.metricnames import metric_table as metric_table_of
from r1claims.checker.sentences import sentence_bounds
from r1claims.checker.shortnames import (
    MakerForms,
    heads_of_names,
    inflected,
    known_words,
    maker_forms,
    name_words,
    without_other_brands,
    without_other_makers,
)
from r1claims.checker.typos import with_typos
from r1claims.extract.lexicon_indic import INDIC_LETTERS
from r1claims.extract.tokens import HYPHENS
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Quantity

__all__ = ["GPU_NAME", "VARIANT_WORDS", "Mention", "TextIndex"]

#: Characters on each side of a figure that count as its context, within its sentence.
WINDOW = 220


def _alternation(
    names: dict[str, str], *, case_sensitive: bool, genitive: bool = False, lowered: bool = False
) -> re.Pattern[str] | None:
    if not names:
        return None
    ordered = sorted(names, key=lambda n: (-len(n), n))
    # spun copy puts a space before a name's hyphen ("Deepseek -V3", "DeepSeek -R1-Zero")
    body = "|".join(re.escape(n).replace("\\-", " ?-") for n in ordered)
    flags = 0 if case_sensitive else re.IGNORECASE
    # the first characters, checked before the lookbehinds, spare the engine most positions
    first = "".join(sorted({re.escape(c) for n in ordered for c in {n[0], n[0].swapcase()}}))
    # not inside a longer name: "V3" is not named by "V3.2" or "V3-Base"; CJK and Hangul letters
    # are no part of a Latin name ("NVIDIAの株", "DeepSeek는"); a long name takes a German
    # genitive "s" ("Nvidias Börsenwert"), the Finnish genitive ("Nvidian osake", "DeepSeekin
    # malli") and the Slavic case endings and possessives, written for a name ending in a
    # consonant ("Pri DeepSeeku", "DeepSeekova aplikacija"; after a vowel they make no word;
    # a name ending in "a" changes it, see `shortnames.inflected`)
    tail = "(?:s|n|in|u|a|om|em|iem|ov|ova|ovo|ove|ovi|ovih|ovu)?" if genitive else ""
    # a name may open a German compound ("Nvidia-Aktie", "R1-Sprachmodell"), never before
    # a version, a short suffix or an English adjective ("V3-Base", "R1-Zero", "o1-preview",
    # "GPT-4-competitive" stay other names or modifiers)
    # (or a compound of the Nordic languages, Dutch, Hungarian or Finnish: "R1-modellen")
    hyphen = (
        rf"-(?![A-ZÄÖÜ][^\W\d_]{{4}}|{_LOWER_COMPOUND})(?=\w)"
        if genitive or case_sensitive
        else r"-(?=\w)"
    )
    if lowered:  # a lowercased text has lost the capital of a compound: a word of five
        # letters or more may follow here, and `_compound_ok` checks its capital
        hyphen = r"-(?![^\W\d_]{5})(?=\w)"
    hyphen += f"(?![{INDIC_LETTERS}])"  # a case ending of South Asia: "Nvidia-வுக்கு"
    return re.compile(
        # (and the case ending the languages of South Asia glue to it: "एनव्हीडियाचे", Nvidia's)
        rf"(?=[{first}])(?<!-)(?<!{_NAME_CHAR})({body}){tail}[{INDIC_LETTERS}]{{0,8}}"
        rf"(?!{_NAME_CHAR}|{hyphen}|\.\d)",
        flags,
    )


#: The lowercase compounds of the Nordic languages, Dutch, Hungarian and Finnish
#: ("Nasdaq-indekset", "Nvidia-aktien", "Nvidia-aksjen", "Nvidia-aandeel", "DeepSeek-mallin",
#: "R1-modellen", "az R1-modell", "V3-neurale netwerk", "de Nasdaq-index", "de
#: Nvidia-koers").
_LOWER_COMPOUND = (
    r"(?:aktie[nr]?|aktierna|aksje[nr]?|aandee?l(?:en)?|indeks(?:et|i)?|index(?:et|en)?|koers"
    r"|mall(?:i|in|ia)"
    r"|modell(?:en|je|t|el)?|modelo|model(?:len|let)|netwerk|neurale)(?![^\W\d_])"
)
_COMPOUND = re.compile(r"-[A-ZÄÖÜ][^\W\d_]{4}|-" + _LOWER_COMPOUND)


def _compound_ok(text: str, end: int) -> bool:
    """After a name matched in the lowercased text: no hyphen follows, or one that opens a
    German compound in the original text ("Nvidia-Aktie", not "R1-Zero" or "o1-preview")."""
    return (
        text[end : end + 1] != "-"
        or not text[end + 1 : end + 2].isalnum()
        or bool(_COMPOUND.match(text, end) or _INDIC_AFTER.match(text, end + 1))
    )


_INDIC_AFTER = re.compile(f"[{INDIC_LETTERS}]")
#: A character that continues a Latin name: a letter or digit of any script but CJK and Hangul.
_NAME_CHAR = r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"


@dataclass(frozen=True)
class _Matcher:
    """Compiled name alternations and their lookup tables, built once per record."""

    strict: re.Pattern[str] | None
    strict_table: dict[str, str]
    loose: re.Pattern[str] | None
    loose_table: dict[str, str]
    #: the loose names lowercased, matched case-sensitively in the lowercased text (several
    #: times faster than IGNORECASE); `loose` serves texts whose lowercasing changes length
    loose_lower: re.Pattern[str] | None = None

    @classmethod
    def build(cls, names: dict[str, str], *, case_sensitive_short: bool) -> _Matcher:
        strict = {n: r for n, r in names.items() if case_sensitive_short and len(n) <= 4}
        loose = {n: r for n, r in names.items() if n not in strict}
        lowered = {n.lower(): r for n, r in loose.items()}
        return cls(
            _alternation(strict, case_sensitive=True),
            strict,
            _alternation(loose, case_sensitive=False, genitive=True),
            lowered,
            _alternation(lowered, case_sensitive=True, genitive=True, lowered=True),
        )

    def scan(self, text: str, lowered: str | None = None) -> list[Mention]:
        """Mentions in ``text``; ``lowered`` is ``text.lower()`` when that keeps every offset."""
        found: list[Mention] = []
        fast = lowered is not None and self.loose_lower is not None
        for rx, table, fold, subject in (
            (self.strict, self.strict_table, False, text),
            (self.loose_lower if fast else self.loose, self.loose_table, True, lowered or text),
        ):
            if rx is None:
                continue
            for m in rx.finditer(subject if fast or not fold else text):
                if fold and fast and not _compound_ok(text, m.end()):
                    continue
                key = m.group(1).replace(" -", "-")
                key = key.lower() if fold else key
                found.append(Mention(m.start(), m.end(), table[key]))
        found.sort(key=lambda x: (x.start, -x.end))
        kept: list[Mention] = []
        for mention in found:  # drop mentions inside a longer one ("R1" in "DeepSeek R1")
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return kept


@dataclass(frozen=True)
class Vocabulary:
    """What the text index needs of a record, built once per `ClaimSet` (see `vocabulary`)."""

    entities: _Matcher
    metrics: _Matcher
    all_metrics: frozenset[str]
    known_words: frozenset[str]
    #: per model, the models named after it by their size in billions of parameters
    #: (`sized_models`)
    sized: dict[str, dict[float, str]]
    #: names of the shape of a model's short name with another version (`versions_of`)
    versions: re.Pattern[str] | None
    #: short names that head a longer one ("S&P" of "S&P 500": `heads_of_names`)
    heads: dict[str, str] = field(default_factory=dict)
    #: models written with their maker's name in another script ("딥시크-V3": `maker_forms`)
    makers: MakerForms | None = None
    #: per entity, the words of its family's names, lowercased (`without_other_makers`)
    name_words: dict[str, frozenset[str]] = field(default_factory=dict)


def _vocabulary(cs: ClaimSet) -> Vocabulary:
    entity_names: dict[str, str] = {}
    for entity in cs.entities:
        for name in entity.names:
            entity_names.setdefault(name, entity.id)
            for form in inflected(name):
                entity_names.setdefault(form, entity.id)
    metric_table = metric_table_of((c.metric, c.label) for c in cs.claims if c.metric)
    return Vocabulary(
        entities=_Matcher.build(entity_names, case_sensitive_short=True),
        metrics=_Matcher.build(metric_table, case_sensitive_short=False),
        all_metrics=frozenset(c.metric for c in cs.claims if c.metric),
        known_words=known_words(cs),
        sized=sized_models(cs),
        versions=versions_of(cs),
        heads=heads_of_names(cs),
        makers=maker_forms(cs),
        name_words=name_words(cs),
    )


def versions_of(cs: ClaimSet) -> re.Pattern[str] | None:
    """Names shaped like a model's short name, letters and a version number ("o1", "R1",
    "GPT-4"), with any version: "o3-mini", "R2", "GPT-5" are models too, of the same maker,
    that the record does not hold unless they were matched as its names first."""
    stems = sorted(
        {
            m.group(1)
            for e in cs.entities
            if e.type in ("model", "app")
            for name in e.names
            if (m := _SHORT_NAME.fullmatch(name))
        }
    )
    if not stems:
        return None
    body = "|".join(re.escape(s) for s in stems)
    return re.compile(rf"(?<![\w$€£¥.-])(?:{body})\d+(?:\.\d+)?(?![\d,]|\.\d)(?:-[a-z]+)*")


_SHORT_NAME = re.compile(r"([A-Za-z]{1,4}-?)\d+")


def sized_models(cs: ClaimSet) -> dict[str, dict[float, str]]:
    """For each model, the record's models whose name extends its name, keyed by their total
    size in billions of parameters, and the model itself by its own size: "DeepSeek R1 7B" is
    DeepSeek-R1-Distill-Qwen-7B, "R1 671B" is R1."""
    sizes: dict[str, float] = {}
    for claim in cs.claims:
        value = claim.value
        if (
            claim.kind == "parameter_count"
            and isinstance(value, Quantity)
            and value.unit == "parameter"
            and not claim.scope.per
            and value.qualifier == "exact"
        ):
            sizes.setdefault(claim.subject, value.amount / 1e9)
    models = [e for e in cs.entities if e.type == "model"]
    out: dict[str, dict[float, str]] = {}
    for model in models:
        table = {
            sizes[other.id]: other.id
            for other in models
            if other.id in sizes and other.name.startswith(model.name + "-")
        }
        if table:
            if model.id in sizes:
                table[sizes[model.id]] = model.id
            out[model.id] = table
    return out


#: Versions that name hardware, not models ("Nvidia H800", "A100", "MI300").
GPU_NAME = re.compile(r"[HABLV]\d{2,3}[A-Z]?$|MI\d{3}|RTX", re.IGNORECASE)
#: Words after a model's name that make another model of its maker ("R1 Lite Preview").
VARIANT_WORDS = (
    # (a CJK letter may follow: "DeepSeek-R1-Lite于2024年11月20日")
    r"(?:(?:Lite|Preview|Mini|Pro|Max|Turbo|Plus|Ultra|Flash|Exp|Terminus|Speciale|Nano)"
    r"(?![A-Za-z0-9])"
    # a number of four digits after the name that is no year ("R1 0528", "V3 0324",
    # Perplexity's "R1 1776"; not "Q1 2025")
    r"|(?!19\d\d|20\d\d)\d{4}\b(?![.,]\d))"
)


def _other_versions(
    text: str, versions: re.Pattern[str] | None, mentions: list[Mention]
) -> list[int]:
    """Starts of the version-shaped names in ``text`` that no mention covers, ascending."""
    if versions is None:
        return []
    starts = [m.start for m in mentions]
    out = []
    for m in versions.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        covered = any(x.start < m.end() and m.start() < x.end for x in mentions[max(0, k) : k + 2])
        if not covered and not GPU_NAME.match(m.group(0)):
            out.append(m.start())
    return out


#: A size right after a model's name: "DeepSeek R1 7B", "R1 1.5B".
_SIZE_AFTER = re.compile(r"\s(\d{1,3}(?:\.\d)?)\s?[Bb]\b")


def _sized(mentions: list[Mention], text: str, sized: dict[str, dict[float, str]]) -> list[Mention]:
    """Mentions of a model followed by the size of a model named after it, made that model's
    (the mention then spans the size: it names the model, it is no figure about it). A
    model's own size after its name ("R1 671B") is a figure about it and stays one."""
    out = []
    for m in mentions:
        table = sized.get(m.ref)
        found = _SIZE_AFTER.match(text, m.end) if table else None
        other = table.get(float(found.group(1))) if table and found else None
        if found and other is not None and other != m.ref:
            m = Mention(m.start, found.end(), other)
        out.append(m)
    return out


#: The record's names, benchmarks and known words, compiled once per record: `check` is called
#: per article, and rebuilding them cost more than reading a short article.
vocabulary = IdentityMemo(_vocabulary)


class TextIndex:
    """Sentences, entity mentions and benchmark mentions of one text, for fast lookups."""

    def __init__(self, text: str, cs: ClaimSet) -> None:
        self.text = text
        self.bounds = sentence_bounds(text)
        vocab = vocabulary(cs)
        # "İ" is the one character whose lowercase is two ("i" and a dot above): as "i" (what
        # a case-blind regex matches it with), every offset stays the text's own
        lowered: str | None = text.replace("\u0130", "I").lower()
        if lowered is not None and len(lowered) != len(text):
            lowered = None  # a guard: offsets would shift
        elif lowered is not None and ("\u2010" in text or "\u2011" in text):  # "Pre\u2011training"
            lowered = lowered.translate(HYPHENS)
        #: ``text.lower()`` with "İ" as "i" and typographic hyphens as "-", or None when
        #: lowercasing would move offsets
        self.lowered = lowered
        entities = vocab.entities.scan(text, lowered)
        if vocab.makers is not None and not text.isascii():
            entities = vocab.makers.added_to(entities, text)
        entities = without_other_brands(entities, text, vocab.heads)
        entities = without_other_makers(entities, text, vocab.name_words)
        entities, self.guessed = with_typos(entities, text, cs, vocab.known_words)
        self.entities = _sized(entities, text, vocab.sized)
        scanned = [
            (m, another_edition(text, m.end, m.ref)) for m in vocab.metrics.scan(text, lowered)
        ]
        self.metrics = [m for m, year_end in scanned if year_end < 0]
        #: benchmarks the record holds, named with another year ("AIME 2025"), year included
        self.other_editions = [Mention(m.start, e, m.ref) for m, e in scanned if e >= 0]
        self._all_metrics = vocab.all_metrics
        self.known_words = vocab.known_words
        #: where names shaped like a record model's short name with another version stand
        #: (`Vocabulary.versions`), outside every name the record holds: found once per text
        self.other_versions = _other_versions(text, vocab.versions, self.entities)
        self._entity_starts = [m.start for m in self.entities]
        self._counts: dict[str, int] = {}
        self._metric_starts = [m.start for m in self.metrics]

    def previous_sentence(self, start: int) -> tuple[int, int]:
        """Bounds of the sentence before the one holding ``start`` (empty at the beginning)."""
        i = bisect.bisect_right(self.bounds, start) - 1
        if i <= 0:
            return (0, 0)
        return (max(self.bounds[i - 1], self.bounds[i] - WINDOW), self.bounds[i])

    def next_sentence(self, end: int) -> tuple[int, int]:
        """Bounds of the sentence after the one ending at ``end`` (empty at the end)."""
        i = bisect.bisect_left(self.bounds, end)
        if i + 1 >= len(self.bounds):
            return (len(self.text), len(self.text))
        return (self.bounds[i], min(self.bounds[i + 1], self.bounds[i] + WINDOW))

    def occurrences(self, word: str) -> int:
        """How often ``word`` occurs in the text, counted once per word (a long text asks for
        the same names again and again)."""
        found = self._counts.get(word)
        if found is None:
            found = self._counts[word] = self.text.count(word)
        return found

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence holding ``[start, end)``, clipped to `WINDOW` each side."""
        i = bisect.bisect_right(self.bounds, start) - 1
        lo = self.bounds[max(i, 0)]
        j = bisect.bisect_left(self.bounds, end)
        hi = self.bounds[min(j, len(self.bounds) - 1)]
        return (max(lo, start - WINDOW), min(hi, end + WINDOW))

    @staticmethod
    def _within(mentions: list[Mention], starts: list[int], lo: int, hi: int) -> list[Mention]:
        return mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def entities_near(self, lo: int, hi: int) -> list[Mention]:
        """Entity mentions in ``[lo, hi)``."""
        return self._within(self.entities, self._entity_starts, lo, hi)

    def metric_mentions(self, lo: int, hi: int) -> list[Mention]:
        """Where benchmarks are named in ``[lo, hi)`` ("AIME 2024" is not a model's version)."""
        return self._within(self.metrics, self._metric_starts, lo, hi)

    def loose_metrics_near(self, lo: int, hi: int) -> set[str]:
        """Benchmarks named only loosely in ``[lo, hi)`` ("SWE-bench": `metric_table`)."""
        found = self._within(self.metrics, self._metric_starts, lo, hi)
        return {r[len(LOOSE) :] for m in found for r in m.ref.split("|") if r.startswith(LOOSE)}

    def metrics_near(self, lo: int, hi: int) -> set[str]:
        """Benchmarks (metric ids) named in ``[lo, hi)``."""
        found = self._within(self.metrics, self._metric_starts, lo, hi)
        if not found:
            return set()  # most sentences name no benchmark
        named = {metric for m in found for metric in m.ref.split("|")}
        # "AIME 2024" also names its scoring variants ("aime-2024-cons64"), but "MMLU" does not
        # name MMLU-Pro or MMLU-Redux: a variant's suffix carries a number
        return {
            m
            for m in self._all_metrics
            if any(
                m == n or (m.startswith(n + "-") and _VARIANT.search(m[len(n) :])) for n in named
            )
        }


_VARIANT = re.compile(r"^-[a-z]*\d")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9&]+")
