"""The loaded record (`ClaimSet`): entities, sources, claims and relations with typed lookups."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from r1claims.record.display import display
from r1claims.record.formula import references
from r1claims.record.model import Claim, Entity, Relation, Source
from r1claims.record.tabular import RecordTables
from r1claims.record.yamlsource import Path, YamlDocument

__all__ = ["ClaimSet"]


class ClaimSet(BaseModel, RecordTables):
    """A record of claims, queryable from a notebook: ``cs.claim("v3-training-cost")``.

    Claims, sources, entities and relations keep the order of the files. Lookups by id are O(1).
    `filter` gives a smaller `ClaimSet`; `to_records` and `to_dataframe` (`RecordTables`) tables.
    Positions in the YAML files are kept when the set was loaded from disk, so later checks can
    report ``file:line:col``.
    """

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    entities: list[Entity] = Field(default_factory=list, description="Entities claims are about.")
    sources: list[Source] = Field(default_factory=list, description="Documents cited.")
    claims: list[Claim] = Field(default_factory=list, description="The figures.")
    relations: list[Relation] = Field(default_factory=list, description="Links between claims.")

    _claims: dict[str, Claim] = PrivateAttr(default_factory=dict)
    _sources: dict[str, Source] = PrivateAttr(default_factory=dict)
    _entities: dict[str, Entity] = PrivateAttr(default_factory=dict)
    _origins: dict[tuple[str, str], tuple[YamlDocument, Path]] = PrivateAttr(default_factory=dict)
    _estimators: dict[str, str] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        """Index the records by id (the first of any duplicate wins; `validate` reports it)."""
        for claim in self.claims:
            self._claims.setdefault(claim.id, claim)
        for source in self.sources:
            self._sources.setdefault(source.id, source)
        for entity in self.entities:
            self._entities.setdefault(entity.id, entity)

    # lookups -------------------------------------------------------------------------------
    # Hot lookups read ``__pydantic_private__`` directly: going through pydantic's
    # ``__getattr__`` for private attributes cost 30% of `reconcile` on 100K claims.
    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; ``KeyError`` naming the id when there is none."""
        try:
            claim: Claim = self.__pydantic_private__["_claims"][claim_id]  # type: ignore[index]
            return claim
        except KeyError:
            raise KeyError(f"no claim with id {claim_id!r}") from None

    def source(self, source_id: str) -> Source:
        """The source with this id; ``KeyError`` when there is none."""
        try:
            source: Source = self.__pydantic_private__["_sources"][source_id]  # type: ignore[index]
            return source
        except KeyError:
            raise KeyError(f"no source with id {source_id!r}") from None

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id; ``KeyError`` when there is none."""
        try:
            return self._entities[entity_id]
        except KeyError:
            raise KeyError(f"no entity with id {entity_id!r}") from None

    def has_claim(self, claim_id: str) -> bool:
        """True when a claim with this id exists."""
        return claim_id in self.__pydantic_private__["_claims"]  # type: ignore[index]

    def has_source(self, source_id: str) -> bool:
        """True when a source with this id exists."""
        return source_id in self.__pydantic_private__["_sources"]  # type: ignore[index]

    def has_entity(self, entity_id: str) -> bool:
        """True when an entity with this id exists."""
        return entity_id in self.__pydantic_private__["_entities"]  # type: ignore[index]

    def family(self, entity_id: str) -> str:
        """The family of an entity (the id itself when the entity is unknown)."""
        entity = self.__pydantic_private__["_entities"].get(entity_id)  # type: ignore[index]
        return entity.family if entity else entity_id

    def entity_type(self, entity_id: str) -> str | None:
        """The type of an entity ("model", "organisation", ...), or None when unknown."""
        entity = self.__pydantic_private__["_entities"].get(entity_id)  # type: ignore[index]
        return entity.type if entity else None

    def entity_name(self, entity_id: str) -> str:
        """Display name of an entity (the id itself when unknown)."""
        entity = self.__pydantic_private__["_entities"].get(entity_id)  # type: ignore[index]
        return entity.name if entity else entity_id

    def estimator_name(self, estimator: str) -> str:
        """The estimator's display name: an entity's name when one has that id, else the
        publisher of a source whose name is the id ("semianalysis" -> "SemiAnalysis"), else the
        id. Memoised: reports ask for the same few names many times."""
        names: dict[str, str] = self.__pydantic_private__["_estimators"]  # type: ignore[index]
        if estimator not in names:
            if self.has_entity(estimator):
                names[estimator] = self.entity_name(estimator)
            else:
                known = {_plain(a): a for s in self.sources for a in s.authors}
                known.update(
                    {_plain(s.publisher): s.publisher for s in self.sources if s.publisher}
                )
                # else the slug's words as a source title writes them ('crowdstrike' ->
                # 'CrowdStrike'), else capitalised: 'sensor-tower' -> 'Sensor Tower'
                names[estimator] = known.get(_plain(estimator)) or _from_titles(
                    estimator, [s.title for s in self.sources]
                )
        return names[estimator]

    def unknown_filters(
        self,
        *,
        kind: str | None = None,
        subject: str | None = None,
        source: str | None = None,
        family: str | None = None,
    ) -> list[str]:
        """One message per filter value that matches nothing in the record, with the closest
        values it has ("no kind 'costs'; did you mean 'cost'?"). Empty when all match."""
        known: dict[str, list[str]] = {
            "kind": sorted({c.kind for c in self.claims}),
            "subject": sorted(e.id for e in self.entities),
            "source": sorted(s.id for s in self.sources),
            "family": sorted({e.family for e in self.entities}),
        }
        given = {"kind": kind, "subject": subject, "source": source, "family": family}
        return [
            unknown_value(name, value, known[name])
            for name, value in given.items()
            if value is not None and value not in known[name]
        ]

    def filter(
        self,
        *,
        kind: str | None = None,
        subject: str | None = None,
        source: str | None = None,
        family: str | None = None,
    ) -> ClaimSet:
        """The claims matching every given criterion, in record order, as a `ClaimSet`.

        The new set keeps every entity and source, so lookups and display names still work,
        and the relations whose claims are all kept, so that `reconcile` and `check` accept it.
        """
        kept = [c for c in self.claims if _matches(self, c, kind, subject, source, family)]
        ids = {c.id for c in kept}
        relations = [r for r in self.relations if _relation_ids(r) <= ids]
        subset = ClaimSet(
            entities=self.entities, sources=self.sources, claims=kept, relations=relations
        )
        subset._origins = self._origins
        return subset

    def __eq__(self, other: object) -> bool:
        """Equal when the records are equal; where they were read from does not matter."""
        if not isinstance(other, ClaimSet):
            return NotImplemented
        return (self.entities, self.sources, self.claims, self.relations) == (
            other.entities,
            other.sources,
            other.claims,
            other.relations,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable indexes: not hashable

    def __iter__(self) -> Iterator[Claim]:  # type: ignore[override]
        return iter(self.claims)

    def __len__(self) -> int:
        return len(self.claims)

    # positions -----------------------------------------------------------------------------
    def attach_origin(self, kind: str, item_id: str, doc: YamlDocument, path: Path) -> None:
        """Remember where an item was read from (used by the loader)."""
        self._origins.setdefault((kind, item_id), (doc, path))

    def locate(self, kind: str, item_id: str, *sub: str | int) -> tuple[str, int, int]:
        """``(file, line, column)`` of an item or of a field inside it; ``("<memory>", 1, 1)``
        when the set was not read from a file."""
        origin = self._origins.get((kind, item_id))
        if origin is None:
            return ("<memory>", 1, 1)
        doc, path = origin
        line, col = doc.locate((*path, *sub))
        return (doc.path, line, col)

    # display -------------------------------------------------------------------------------
    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))

    def __repr__(self) -> str:
        return (
            f"ClaimSet({len(self.claims)} claims, {len(self.sources)} sources, "
            f"{len(self.entities)} entities, {len(self.relations)} relations)"
        )

    __str__ = __repr__


def _matches(
    cs: ClaimSet,
    claim: Claim,
    kind: str | None,
    subject: str | None,
    source: str | None,
    family: str | None,
) -> bool:
    """Whether a claim meets every given filter (None: any value)."""
    return (
        (kind is None or claim.kind == kind)
        and (subject is None or claim.subject == subject)
        and (family is None or cs.family(claim.subject) == family)
        and (source is None or any(c.source == source for c in claim.citations))
    )


def _relation_ids(relation: Relation) -> set[str]:
    """Every claim id a relation names: its claim, its ``of`` and its formula's references."""
    ids = {relation.claim, *([relation.of] if relation.of else [])}
    return ids | set(references(relation.formula)) if relation.formula else ids


def _from_titles(slug: str, titles: list[str]) -> str:
    """The slug's words as some title spells them, else capitalised."""
    words = slug.split("-")
    target = _plain(slug)
    for title in titles:
        tokens = re.findall(r"[\w']+", title)
        for i in range(len(tokens)):
            for j in range(i + 1, min(i + len(words), len(tokens)) + 1):
                if _plain("".join(tokens[i:j])) == target:
                    return " ".join(tokens[i:j])
    return " ".join(w[:1].upper() + w[1:] for w in words)


def _plain(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def unknown_value(name: str, value: str, known: list[str]) -> str:
    """'no kind 'costs'; did you mean 'cost'?' (the three closest by rapidfuzz, if any)."""
    from rapidfuzz import fuzz, process

    close = [
        m[0] for m in process.extract(value, known, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    ]
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return f"no {name} {value!r}{hint}"
