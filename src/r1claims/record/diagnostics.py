"""Located, coded diagnostics and the catalogue of stable codes (see docs/validation.md)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["CODES", "UNREADABLE", "Diagnostic", "Level", "Location"]

Level = Literal["error", "warning"]

#: Stable codes: code -> (slug, level, title). Never renumber; add new codes at the end of a block.
CODES: dict[str, tuple[str, Level, str]] = {
    # reading files
    "R1C001": ("file-unreadable", "error", "The file cannot be read"),
    "R1C002": ("bad-encoding", "error", "The file is not valid UTF-8"),
    "R1C003": ("file-too-large", "error", "The file is larger than the size limit"),
    # YAML
    "R1C010": ("yaml-syntax", "error", "The file is not well-formed YAML"),
    "R1C011": ("duplicate-key", "error", "A mapping repeats a key"),
    "R1C012": ("yaml-tag", "error", "A YAML tag is used (tags are never executed)"),
    "R1C013": ("too-deep", "error", "The YAML is nested deeper than the limit"),
    "R1C014": ("alias-bomb", "error", "Aliases expand beyond the node limit"),
    "R1C015": ("non-string-key", "error", "A mapping key is not a string"),
    "R1C016": ("multiple-documents", "error", "The file holds more than one YAML document"),
    "R1C017": ("ambiguous-scalar", "warning", "A plain scalar that YAML 1.1 reads as a boolean"),
    "R1C020": ("top-level", "error", "The top level is not the expected mapping"),
    # schema
    "R1C100": ("schema", "error", "A value does not fit the schema"),
    "R1C101": ("unknown-field", "error", "A field that the schema does not define"),
    "R1C102": ("missing-field", "error", "A required field is missing"),
    "R1C103": ("wrong-type", "error", "A value has the wrong type"),
    "R1C104": ("not-in-vocabulary", "error", "A value is not in the field's fixed vocabulary"),
    "R1C105": ("bad-date", "error", "A date is malformed or impossible"),
    # references
    "R1C200": ("duplicate-id", "error", "Two records share an id"),
    "R1C201": ("unknown-source", "error", "A citation names a source that does not exist"),
    "R1C202": ("unknown-entity", "error", "A subject names an entity that does not exist"),
    "R1C203": ("unknown-claim", "error", "A relation names a claim that does not exist"),
    "R1C204": ("uncited-source", "warning", "A source is not cited by any claim"),
    # integrity
    "R1C300": ("blank-quote", "error", "A quote is blank"),
    "R1C301": ("derivation-fails", "error", "A derivation formula does not hold"),
    "R1C302": ("bad-formula", "error", "A formula cannot be evaluated"),
    "R1C303": ("part-exceeds-whole", "error", "A part is larger than its whole"),
    "R1C304": ("unit-mismatch", "error", "Related claims have incompatible units"),
    "R1C305": ("stated-mismatch", "warning", "A stated figure does not round to the claim"),
    "R1C306": ("implausible-date", "error", "A date is outside the plausible range"),
    "R1C307": ("near-duplicate", "warning", "Two claims look like the same figure"),
    "R1C308": ("verdict-reason", "warning", "A verdict and its reasons disagree"),
    "R1C309": ("repeated-citation", "warning", "A claim cites the same words twice"),
}

#: Codes after which a file has no data at all: it could not be read or parsed. Every command
#: exits 2 on them (``validate`` included); other errors are findings (``validate`` exits 1).
UNREADABLE: frozenset[str] = frozenset(
    {"R1C001", "R1C002", "R1C003", "R1C010", "R1C013", "R1C014", "R1C016"}
)


class Location(BaseModel):
    """Where a diagnostic points: a file and a 1-based line and column."""

    model_config = ConfigDict(frozen=True)

    path: str = Field(description="File path as given by the user.")
    line: int = Field(description="1-based line.")
    column: int = Field(description="1-based column.")


class Diagnostic(BaseModel):
    """One problem found in a record, with a stable code and an optional hint."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(description="Stable code from the catalogue, e.g. R1C011.")
    level: Level = Field(description="error or warning.")
    message: str = Field(description="What is wrong, in one sentence.")
    location: Location = Field(description="Where it is.")
    hint: str | None = Field(default=None, description="What to do about it.")

    @property
    def rule(self) -> str:
        """The code's slug, e.g. ``duplicate-key``."""
        return CODES[self.code][0]

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, line, column, then code: stable across runs."""
        loc = self.location
        return (loc.path, loc.line, loc.column, self.code)

    @classmethod
    def make(
        cls, code: str, message: str, path: str, line: int, column: int, hint: str | None = None
    ) -> Diagnostic:
        """Build a diagnostic whose level comes from the catalogue."""
        return cls(
            code=code,
            level=CODES[code][1],
            message=message,
            location=Location(path=path, line=line, column=column),
            hint=hint,
        )
