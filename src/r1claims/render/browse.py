"""Render what a reader browses to find their way in the record: entities, groups (ids with
their question) and one source in full. Plain text (tab-separated lists), JSON, rich tables.

Every string from the record goes through `render.safe` before it is shown.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from rich.table import Table

from r1claims.reconciler.report import Group
from r1claims.record.claimset import ClaimSet
from r1claims.record.model import Entity, Source
from r1claims.render.safe import clean, safe_text

__all__ = [
    "entities_json",
    "entities_plain",
    "entities_table",
    "entity_detail",
    "entity_payload",
    "groups_json",
    "groups_plain",
    "groups_table",
    "source_detail",
    "source_payload",
]

_ENTITY_HEADER = ("id", "name", "family", "type", "claims")
_GROUP_HEADER = ("id", "claims", "question")


def _entity_rows(cs: ClaimSet) -> list[tuple[str, ...]]:
    counts = Counter(c.subject for c in cs.claims)
    return [
        (e.id, e.name, e.family, e.type or "", str(counts.get(e.id, 0)))
        for e in sorted(cs.entities, key=lambda e: e.id)
    ]


def _plain(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["\t".join(header)] + ["\t".join(clean(cell) for cell in row) for row in rows]
    return "".join(line + "\n" for line in lines)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Table:
    table = Table(*header)
    for row in rows:
        table.add_row(*(safe_text(cell) for cell in row))
    return table


def entities_plain(cs: ClaimSet) -> str:
    """One tab-separated line per entity, sorted by id: id, name, family, type, claims."""
    return _plain(_ENTITY_HEADER, _entity_rows(cs))


def entities_table(cs: ClaimSet) -> Table:
    """The entities as a rich table."""
    return _table(_ENTITY_HEADER, _entity_rows(cs))


def entities_json(cs: ClaimSet) -> str:
    """``{"entities": [...]}``: each entity as in the record, plus its number of claims."""
    counts = Counter(c.subject for c in cs.claims)
    payload = [
        e.model_dump(mode="json") | {"claims": counts.get(e.id, 0)}
        for e in sorted(cs.entities, key=lambda e: e.id)
    ]
    return json.dumps({"entities": payload}, indent=2, ensure_ascii=False) + "\n"


def _group_rows(groups: list[Group]) -> list[tuple[str, ...]]:
    return [(g.id, str(len(g.members)), g.question) for g in sorted(groups, key=lambda g: g.id)]


def groups_plain(groups: list[Group]) -> str:
    """One tab-separated line per group, sorted by id: id, number of claims, question."""
    return _plain(_GROUP_HEADER, _group_rows(groups))


def groups_table(groups: list[Group]) -> Table:
    """The groups as a rich table."""
    return _table(_GROUP_HEADER, _group_rows(groups))


def groups_json(groups: list[Group]) -> str:
    """``{"groups": [{"id", "question", "kind", "family", "metric", "claims"}]}``, by id."""
    payload = [
        {
            "id": g.id,
            "question": g.question,
            "kind": g.kind,
            "family": g.family,
            "metric": g.metric,
            "claims": [m.claim_id for m in g.members],
        }
        for g in sorted(groups, key=lambda g: g.id)
    ]
    return json.dumps({"groups": payload}, indent=2, ensure_ascii=False) + "\n"


def entity_payload(cs: ClaimSet, entity: Entity) -> dict[str, Any]:
    """An entity as in the record, plus the ids of the claims about it (record order)."""
    about = [c.id for c in cs.claims if c.subject == entity.id]
    return entity.model_dump(mode="json") | {"claims": about}


def entity_detail(cs: ClaimSet, entity: Entity) -> str:
    """An entity in full, as plain text, with the claims about it."""
    lines = [f"{entity.id}: {entity.name}", f"  family:    {entity.family}"]
    if entity.type:
        lines.append(f"  type:      {entity.type}")
    if entity.aliases:
        lines.append(f"  aliases:   {', '.join(entity.aliases)}")
    if entity.description:
        lines.append(f"  about:     {entity.description}")
    about = [c for c in cs.claims if c.subject == entity.id]
    lines.append(f"  claims:    {len(about)}")
    lines.extend(f"    - {c.id}: {c.label}" for c in about)
    return "".join(clean(line) + "\n" for line in lines)


def _citing(cs: ClaimSet, source: Source) -> list[str]:
    return [c.id for c in cs.claims if any(cit.source == source.id for cit in c.citations)]


def source_payload(cs: ClaimSet, source: Source) -> dict[str, Any]:
    """A source as in the record, plus the ids of the claims citing it (record order)."""
    return source.model_dump(mode="json") | {"cited_by": _citing(cs, source)}


def source_detail(cs: ClaimSet, source: Source) -> str:
    """A source in full, as plain text, with the claims that cite it."""
    lines = [f"{source.id}: {source.title}", f"  kind:      {source.kind}"]
    if source.publisher:
        lines.append(f"  publisher: {source.publisher}")
    if source.authors:
        lines.append(f"  authors:   {', '.join(source.authors)}")
    if source.date:
        precision = f" ({source.date_precision})" if source.date_precision else ""
        lines.append(f"  date:      {source.date.isoformat()}{precision}")
    if source.url:
        lines.append(f"  url:       {source.url}")
    lines.append(f"  primary:   {'yes' if source.primary else 'no'}")
    if source.access:
        lines.append(f"  access:    {source.access}")
    if source.notes:
        lines.append(f"  notes:     {source.notes}")
    citing = _citing(cs, source)
    lines.append(f"  cited by:  {len(citing)} claim(s)")
    lines.extend(f"    - {claim_id}" for claim_id in citing)
    return "".join(clean(line) + "\n" for line in lines)
