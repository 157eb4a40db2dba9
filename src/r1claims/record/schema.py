"""JSON Schema of the record files, generated from the models (``r1claims schema``).

Editors read it to complete and check ``claims.yaml`` and ``sources.yaml`` as they are typed
(docs/editors.md); the copies under ``schema/`` in the repository are kept equal to it by a
test. Field descriptions come from the models' ``Field(description=...)``, so the schema, the
models and docs/data-format.md say the same thing. The schema checks the shape of each file
only: references between files, quotes and derivations are what ``r1claims validate`` adds.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from r1claims.record.model import Claim, Entity, Relation, Source

__all__ = ["FILES", "ClaimsFile", "SourcesFile", "json_schema", "schema_json"]

#: The JSON Schema dialect pydantic generates.
DIALECT = "https://json-schema.org/draft/2020-12/schema"


class ClaimsFile(BaseModel):
    """claims.yaml: the entities claims are about, the claims, and the relations between them."""

    model_config = ConfigDict(extra="forbid", title="r1claims claims.yaml")

    entities: list[Entity] = Field(
        default_factory=list, description="Entities claims are about (models, companies, ...)."
    )
    claims: list[Claim] = Field(description="The figures, one per distinct figure and scope.")
    relations: list[Relation] = Field(
        default_factory=list, description="Checkable links between claims."
    )


class SourcesFile(BaseModel):
    """sources.yaml: the documents the claims cite."""

    model_config = ConfigDict(extra="forbid", title="r1claims sources.yaml")

    sources: list[Source] = Field(description="Documents cited by `citations[].source`.")


#: File stem -> its top-level model.
FILES: dict[str, type[BaseModel]] = {"claims": ClaimsFile, "sources": SourcesFile}


def json_schema(file: Literal["claims", "sources"]) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``claims.yaml`` or ``sources.yaml``."""
    return {"$schema": DIALECT, **FILES[file].model_json_schema()}


def schema_json(file: Literal["claims", "sources"]) -> str:
    """`json_schema` as the text ``r1claims schema`` prints and ``schema/`` holds."""
    return json.dumps(json_schema(file), indent=2, ensure_ascii=False) + "\n"
