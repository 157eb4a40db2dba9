"""References: the descriptions ("the company", "the Chinese startup", "the stock") and
pronouns ("it", "its shares") of a text, each resolved to an entity of a compatible type.

`DESCRIPTIONS` and `PRONOUNS` hold the words per entity type, in one table each; `LISTED` is the
type of an organisation the record holds market figures for (derived from the record). A
description whose modifiers name an entity's words ("Chinese", "Hangzhou") narrows to it.
`References` is the mixin of `Document` that resolves them.
"""

from __future__ import annotations

import bisect
import re

from r1claims.checker.bases import named_as_base
from r1claims.checker.context import Mention, TextIndex
from r1claims.checker.described import description_modifiers, lower_words, of_kind
from r1claims.checker.latest import LATEST, latest_model
from r1claims.checker.memo import IdentityMemo
from r1claims.record.claimset import ClaimSet

__all__ = [
    "COMPARED",
    "DESCRIPTIONS",
    "LISTED",
    "LOOK_BACK",
    "PRONOUNS",
    "References",
    "description_words",
    "entity_tables",
]

#: Entity type -> the generic descriptions that can stand for an entity of that type. A
#: description may carry up to three modifiers before its head noun ("the Hangzhou-based AI
#: lab", "the Chinese reasoning model").
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "organisation": (
        "company",
        "startup",
        "start-up",
        "firm",
        "lab",
        "laboratory",
        "developer",
        "group",
        "outfit",
        "chipmaker",
        "chip maker",
        "chip designer",
        "fund",
        "hedge fund",
        "parent",
    ),
    "model": (
        "model",
        "models",
        "system",
        "llm",
        "reasoner",
        "network",
        "release",
    ),
    "app": ("app", "application", "chatbot", "assistant"),
    "market_index": ("index", "composite"),
    "listed": ("stock", "shares", "share price"),
    "hardware": ("chip", "chips", "gpu", "gpus", "accelerator", "accelerators"),
}
#: Pronouns and the entity types they may stand for. "Its shares" and "the stock" point at a
#: listed organisation: `LISTED`, an organisation the record holds share-price or market-value
#: figures for (derived from the record, not listed by hand).
LISTED = "listed"  # the key of DESCRIPTIONS and PRONOUNS for it
PRONOUNS: dict[str, tuple[str, ...]] = {
    "it": ("model", "organisation", "app"),
    "its": ("organisation", "model", "app"),
    "it's": ("model", "organisation", "app"),
    "they": ("organisation",),
    "their": ("organisation",),
    "shares": (LISTED,),
    "stock": (LISTED,),
}
#: After "stock" or "shares": nouns that make them the market's as a whole, or a name whose
#: they are ("shares in Arm", "stock of Nvidia"): no company named before.
_NOT_THE_LISTED = re.compile(
    r"[\s-]+(?:markets?|exchanges?|ind(?:ex|ices|exes))\b|\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: Claim kinds that make their subject a listed company.
_MARKET_KINDS = frozenset({"share_price", "share_price_change", "market_cap_change"})

#: Up to three modifiers, within the sentence and line: an abbreviation may hold dots ("the
#: U.S. chipmaker"), a plain word may not end in one ("the MIT license. The model" is two).
#: A preposition, a relative pronoun or a verb is no modifier: "the cost of rival models" is no
#: description of a model ("the in-house model", "the cheap and open model" are).
_NOT_MODIFIER = r"(?!(?:of|for|to|in|on|at|by|with|from|than|as|that|which|who|is|was|are|were)\s)"
_MODIFIER = r"(?:" + _NOT_MODIFIER + r"(?:[\w’'-]+(?:\.\w+)+\.?|[\w’'-]+)[ \t\u00a0]+){0,3}?"
_HEADS = {noun: etype for etype, nouns in DESCRIPTIONS.items() for noun in nouns}
_DESCRIPTION = re.compile(
    r"\b(?:the|this|that|its|their)\s+"
    + _MODIFIER
    + r"(?P<head>"
    + "|".join(re.escape(n) for n in sorted(_HEADS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: An app its maker's possessive names ("DeepSeek's AI-powered chatbot"), which a description
#: needs a determiner for.
_POSSESSED_APP = re.compile(
    r"['’]s\s+" + _MODIFIER + r"(?P<head>apps?|applications?|chatbots?|assistants?)\b",
    re.IGNORECASE,
)
#: After "release", words that make it the event ("its release on January 10").
_EVENT_AFTER = re.compile(r"\s+(?:on|in|date|of|last|earlier|this|early|late)\b", re.IGNORECASE)
_PRONOUN = re.compile(
    r"\b(?P<head>"
    + "|".join(re.escape(p) for p in sorted(PRONOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: What may stand before a pronoun that is the subject of its clause ("Its shares fell",
#: "..., and it cost").
_SUBJECT_POSITION = re.compile(
    r"(?:^|[\n.!?;:,(\[|•*-]|\band|\bbut|\bwhile|\bas|\bso|\bthat)[\s\"“'‘]*$",
    re.IGNORECASE,
)
_OPENS_WITH_PRONOUN = re.compile(r"\s*[\"“'‘(\[-]*\s*(?:it|its|it's|they|their)\b", re.IGNORECASE)
#: Verbs whose object "it" is a thing made, a model or an app ("to train it", "built it").
_MADE_OBJECT = re.compile(
    r"\b(?:train|build|built|develop|create|make|made|run)(?:s|ed|ing)?\s+$", re.IGNORECASE
)
#: Words that bring in a name only to compare with the subject ("a rival to OpenAI's o1",
#: "cheaper than o1"): such a name is not what a later pronoun stands for.
COMPARED = re.compile(
    r"\b(?:rivals?(?: to)?|rivall?(?:ing|ed)|than|compared (?:to|with)|versus|vs\.?|against|"
    r"like|match(?:ing|es|ed)|beats?|beating|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
    r"exceed(?:s|ed|ing)?|equall?(?:ed|ing|s)|on (?:a )?par with|akin to|relative to"
    # "similar in architecture to", "comparable in size with"
    r"|(?:similar|comparable)(?: in [\w-]+)? (?:to|with)"
    r"|compet(?:es?|ed|ing) (?:with|against)|ahead of"
    r"|outpac(?:es?|ed|ing))\s+(?:[\w-]+(?:['’]s?)?\s+){0,2}$",
    re.IGNORECASE,
)
#: How far before a name (characters) `COMPARED` is looked for: its longest phrase and two
#: words, so that a long sentence costs no scan from its start per name.
_COMPARED_SPAN = 80


def _aside_name(text: str, lo: int, m: Mention) -> bool:
    """A name a pronoun after it does not stand for: compared with, or what a thing is built
    on ("Built on the open-source DeepSeek-V3, it ...")."""
    return compared_before(text, lo, m.start) or named_as_base(text, m.start, m.end)


def _names_another(description: str, name_words: frozenset[str]) -> bool:
    """Does the description hold a model's name the record does not know ("the QwQ-32B large
    language model": a word with a digit, some of whose parts no record name uses)?"""
    return any(
        any(c.isdigit() for c in token) and not set(token.lower().split("-")) <= name_words
        for token in description.split()[1:-1]
    )


def compared_before(text: str, lo: int, pos: int) -> bool:
    """Does a comparison word stand right before ``pos`` (not before ``lo``): "beating
    GPT-4", "compared with OpenAI's o1"?"""
    return COMPARED.search(text, max(lo, pos - _COMPARED_SPAN), pos) is not None


#: Words that say "base" of a model ("its foundational model", "the underlying LLM").
_BASE_SYNONYMS = {"foundation": "base", "foundational": "base", "underlying": "base"}
#: How many earlier sentences of a paragraph are searched for a subject.
LOOK_BACK = 3
_Tables = tuple[dict[str, str], list[tuple[frozenset[str], str]], frozenset[str], frozenset[str]]


def _build_entity_tables(cs: ClaimSet) -> _Tables:
    """Entity types, the words of each name, all name words, and the listed companies."""
    types: dict[str, str] = {e.id: e.type for e in cs.entities if e.type is not None}
    listed = frozenset(c.subject for c in cs.claims if c.kind in _MARKET_KINDS)
    alias_words: list[tuple[frozenset[str], str]] = [
        (frozenset(str(w) for w in re.split(r"[\s-]+", name.lower())), e.id)
        for e in cs.entities
        for name in e.names
    ]
    return types, alias_words, frozenset(w for words, _ in alias_words for w in words), listed


def _build_description_words(cs: ClaimSet) -> dict[str, frozenset[str]]:
    """Each entity's words: its names' and its description's ("Chinese", "Hangzhou", "US")."""
    return {
        e.id: frozenset(w for text in (*e.names, e.description or "") for w in lower_words(text))
        for e in cs.entities
    }


description_words = IdentityMemo(_build_description_words)
entity_tables = IdentityMemo(_build_entity_tables)


class References:
    """Resolution of descriptions and pronouns, mixed into `Document`."""

    text: str
    index: TextIndex
    topic: str | None
    _types: dict[str, str]
    _alias_words: list[tuple[frozenset[str], str]]
    _name_words: frozenset[str]
    _listed: frozenset[str]
    _words: dict[str, frozenset[str]]
    _by_kind: dict[str, tuple[list[int], list[str]]]
    _org_names: frozenset[str]
    _cs: ClaimSet

    def _resolve_descriptions(self) -> list[Mention]:
        """Each description or pronoun, resolved to the most recent named entity of a
        compatible type before it (or the topic, when compatible and nothing precedes)."""
        named = self.index.entities
        starts = [m.start for m in named]
        found: list[Mention] = []
        for rx, table in ((_DESCRIPTION, None), (_PRONOUN, PRONOUNS)):
            for m in rx.finditer(self.text):
                head = m.group("head").lower()
                types = table[head] if table is not None else (_HEADS[head],)
                k = bisect.bisect_right(starts, m.start()) - 1
                if k >= 0 and m.start() < named[k].end:
                    continue  # inside a name ("the V3 model" is an alias)
                if k + 1 < len(named) and named[k + 1].start < m.end():
                    continue  # around a name: "its V3 model" is V3, whatever "its" stands for
                if types == (LISTED,) and _NOT_THE_LISTED.match(self.text, m.end()):
                    continue  # "U.S. stock markets", "share markets": no one company's stock;
                    # "shares in Arm": the company named after them, not the one before
                if head == "release" and _EVENT_AFTER.match(self.text, m.end()):
                    continue  # "since its release on January 10": the event, not a model
                before = max(0, m.start() - 16)
                if head == "it" and _MADE_OBJECT.search(self.text, before, m.start()):
                    types = ("model", "app")  # "spent $6 million to train it": what was made
                elif table is not None and not _SUBJECT_POSITION.search(
                    self.text, max(0, m.start() - 12), m.start()
                ):
                    continue  # "what set it off": a pronoun as object is rarely an entity
                if table is None:
                    target = self._by_alias(m.group(0), types)
                    if target is None and self._org_named(m.group(0)):
                        continue  # "the DeepSeek LLM": one of its models, which is unknown
                    types = self._described(m.group(0), types)
                    if target is None and LATEST.search(m.group(0)):
                        target = latest_model(self, self._cs, m.start(), m.end())
                    target = target or self._centre(m.start(), types)
                else:
                    target = self._centre(m.start(), types)
                target = target or self._recent(named, starts, m.start(), types)
                if target is None and table is None:  # "its reasoning model", none named
                    target = of_kind(self._cs, m.group(0), self._owner(named, starts, m.start()))
                if target is not None:
                    found.append(Mention(m.start(), m.end(), target))
        found.extend(self._possessed_apps(named))
        found.sort(key=lambda x: x.start)
        return found

    def _possessed_apps(self, named: list[Mention]) -> list[Mention]:
        """An organisation's app named by its possessive, opening its sentence or clause
        ("DeepSeek's chatbot, which launched ..."; not "as DeepSeek's app sat at the top"): the
        one app the record holds of its family."""
        found: list[Mention] = []
        for m in named:
            p = _POSSESSED_APP.match(self.text, m.end)
            if p is None or self._types.get(m.ref) != "organisation":
                continue
            before = self.text[max(0, m.start - 3) : m.start].rstrip(" \t\u00a0")
            if before and before[-1] not in '.!?;:\n"“(':
                continue
            app = self._only_app(m.ref)
            if app is not None:
                found.append(Mention(p.start("head"), p.end(), app))
        return found

    def _only_app(self, entity: str) -> str | None:
        """The one app the record holds of the entity's family, if it holds exactly one."""
        family = self._cs.family(entity)
        apps = [e for e, t in self._types.items() if t == "app" and self._cs.family(e) == family]
        return apps[0] if len(apps) == 1 else None

    def name_words(self) -> frozenset[str]:
        """Every word of the record's entity names and aliases, lowercased."""
        return self._name_words

    def _centre(self, pos: int, types: tuple[str, ...]) -> str | None:
        """A pronoun's referent: an entity named earlier in its own sentence, else the subject
        (first compatible entity) of the sentence before; when that sentence's subject is itself
        a pronoun ("It is a Mixture-of-Experts model..."), the chain goes one sentence further.
        Readers take "it" for what the text is about, not for the last name mentioned."""
        lo, _ = self.index.sentence(pos, pos)
        same = [
            m
            for m in self.index.entities_near(lo, pos)
            if self._fits(m.ref, types) and not _aside_name(self.text, lo, m)
        ]
        if same:
            return same[-1].ref
        for _ in range(LOOK_BACK):
            p_lo, p_hi = self.index.previous_sentence(lo)
            if p_hi <= p_lo:
                return None
            if not _OPENS_WITH_PRONOUN.match(self.text, p_lo):
                found = [
                    m for m in self.index.entities_near(p_lo, p_hi) if self._fits(m.ref, types)
                ]
                if found:
                    return found[0].ref
            lo = p_lo
        return None

    centre = _centre  # for `latest.latest_model`

    def _by_alias(self, description: str, types: tuple[str, ...]) -> str | None:
        """The one entity whose names hold every modifier of the description ("the base LLM"
        -> "V3 base model"), if of its type ("the US app" is no "index of US ... stocks"); None
        when the modifiers are generic ("the Chinese startup") or fit several entities."""
        # modifiers no entity name uses ("the foundational base model") say nothing of which
        words = re.split(r"[\s-]+", description.lower())[1:-1]
        # "its foundational model", "the underlying LLM": the record names a base so
        modifiers = {_BASE_SYNONYMS.get(w, w) for w in words} & self._name_words
        if not modifiers or _names_another(description, self._name_words):
            return None
        found = {entity for words, entity in self._alias_words if modifiers <= words}
        one = found.pop() if len(found) == 1 else None
        return one if one is not None and self._fits(one, types) else None

    def _recent(
        self, named: list[Mention], starts: list[int], pos: int, types: tuple[str, ...]
    ) -> str | None:
        """The last entity of these types named before ``pos`` (else the topic, if it fits):
        a lookup per type in `_mentions_by_kind`, not a walk back through the text."""
        best, found = -1, None
        for key in types:
            kind_starts, refs = self._mentions_by_kind(named).get(key, ([], []))
            i = bisect.bisect_left(kind_starts, pos) - 1
            if i >= 0 and kind_starts[i] > best:
                best, found = kind_starts[i], refs[i]
        if found is None and self.topic is not None and self._fits(self.topic, types):
            return self.topic
        if found is None and types == ("app",) and (owner := self._owner(named, starts, pos)):
            # "the app" with none named: the one app of the family the record holds of the
            # topic (or, with no topic, of the last name before it, else the first after it:
            # "Powered by the DeepSeek-V3 model, the app ...", "The app runs on DeepSeek-V3")
            found = self._only_app(owner)
        return found

    def _owner(self, named: list[Mention], starts: list[int], pos: int) -> str | None:
        """The topic, else the last name before ``pos``, else the first after it."""
        if self.topic is not None or not named:
            return self.topic
        return named[max(0, bisect.bisect_left(starts, pos) - 1)].ref

    def _mentions_by_kind(self, named: list[Mention]) -> dict[str, tuple[list[int], list[str]]]:
        """The named mentions' starts and entities, under each entity's type, `LISTED` when
        listed, and its own id; built once."""
        table: dict[str, tuple[list[int], list[str]]] | None = getattr(self, "_by_kind", None)
        if table is None:
            table = {}
            for m in named:
                keys = {m.ref, self._types.get(m.ref, "")}
                if m.ref in self._listed:
                    keys.add(LISTED)
                for key in keys:
                    kind_starts, refs = table.setdefault(key, ([], []))
                    kind_starts.append(m.start)
                    refs.append(m.ref)
            self._by_kind = table
        return table

    def _fits(self, entity: str, types: tuple[str, ...]) -> bool:
        """Is the entity of one of these types (`LISTED` included), or one of the entity ids
        `_described` put among them?"""
        if entity in types:
            return True
        if any(t in self._words for t in types):
            return False  # narrowed to the entities a description's modifiers name
        return self._types.get(entity) in types or (LISTED in types and entity in self._listed)

    def _org_named(self, description: str) -> bool:
        """Does a model's description name its maker ("the DeepSeek LLM", "the Nvidia chip")?"""
        words = lower_words(description)
        return _HEADS.get(words[-1]) != "organisation" and any(
            w in self._org_names for w in words[1:-1]
        )

    def _described(self, description: str, types: tuple[str, ...]) -> tuple[str, ...]:
        """The entities of these types whose names or description hold a modifier of the
        description ("the Chinese company": DeepSeek, not the US chipmaker); the types
        themselves when no modifier tells them apart."""
        modifiers = description_modifiers(description)
        if not modifiers:
            return types
        found = tuple(
            e for e, words in self._words.items() if self._fits(e, types) and modifiers & words
        )
        return found or types
