"""Typed claim model: entities, sources, claims with a structured scope, citations, relations."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
    model_validator,
)

from r1claims.record.display import display
from r1claims.record.vocab import (
    BASES,
    CLAIM_KINDS,
    PHASES,
    REASONS,
    UNITS,
    VERDICTS,
    Basis,
    ClaimKind,
    EntityType,
    Phase,
    Precision,
    PrecisionKind,
    Qualifier,
    ReasonCode,
    RelationKind,
    SourceKind,
    Status,
    Unit,
    Verdict,
)

__all__ = [
    "BASES",
    "CLAIM_KINDS",
    "PHASES",
    "REASONS",
    "UNITS",
    "VERDICTS",
    "Category",
    "Citation",
    "Claim",
    "DateValue",
    "Entity",
    "Framing",
    "Quantity",
    "Relation",
    "Scope",
    "Source",
    "StatedFigure",
    "Value",
]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_date(value: object) -> object:
    """Accept an ISO ``YYYY-MM-DD`` string and reject impossible dates with a clear message.

    The loader resolves YAML with the 1.2 core schema, so an unquoted date arrives as a string
    (never as a PyYAML ``date``); anything that is not ISO is left for pydantic to reject.
    """
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value):
            raise ValueError(f"expected a date written YYYY-MM-DD, got {value!r}")
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a real calendar date ({exc})") from exc
    return value


Date = Annotated[dt.date, BeforeValidator(_parse_date)]
Slug = Annotated[
    str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]*$", min_length=1, max_length=80)
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]


class _Strict(BaseModel):
    """Base for every record model: strict types, no unknown fields, finite floats, immutable."""

    model_config = ConfigDict(
        strict=True, extra="forbid", frozen=True, allow_inf_nan=False, str_strip_whitespace=False
    )


class Entity(_Strict):
    """Something a claim is about: a model, a company, a product, an index."""

    id: Slug = Field(description="Stable id used as a claim's `subject`, e.g. `deepseek-r1`.")
    name: Text = Field(description="Display name, e.g. 'DeepSeek-R1'.")
    family: Slug = Field(
        description="Family the entity belongs to for grouping, e.g. `deepseek` for DeepSeek's "
        "models and the company itself, `nvidia` for Nvidia."
    )
    aliases: list[Text] = Field(
        default_factory=list,
        description="Other names the coverage uses ('R1', 'DeepSeek R1'); the checker matches them "
        "near a figure to decide its subject.",
    )
    description: Text | None = Field(default=None, description="One line on what it is.")
    type: EntityType | None = Field(
        default=None,
        description="What it is: organisation, model, app, hardware, market_index or person. "
        "The checker resolves 'the company', 'the model', 'it' and the like to the most recent "
        "entity of a compatible type; an entity without a type is never such a referent.",
    )

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the entity is written by: its name, then its aliases."""
        return (self.name, *self.aliases)


class Source(_Strict):
    """A document that states figures: a paper, a filing, an article."""

    id: Slug = Field(description="Stable id cited by `citations[].source`.")
    title: Text = Field(description="Title as published.")
    kind: SourceKind = Field(description="What sort of document this is.")
    publisher: Text | None = Field(default=None, description="Publisher, outlet or site.")
    authors: list[Text] = Field(default_factory=list, description="Authors as credited.")
    date: Date | None = Field(default=None, description="Publication date, YYYY-MM-DD.")
    date_precision: Precision | None = Field(
        default=None,
        description="How much of `date` is known: `day`, `month` (day set to 01) or `year`.",
    )
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = Field(
        default=None, description="Where it can be read. Never invented: omit when not known."
    )
    primary: bool = Field(
        default=False,
        description="True when the source is the originator of the figures it gives "
        "(DeepSeek's own papers, an exchange's price data, an analyst's own estimate).",
    )
    access: Text | None = Field(
        default=None,
        description="How the curators read it (directly, via a copy, via an excerpt).",
    )
    notes: Text | None = Field(default=None, description="Anything a reader should know.")

    @model_validator(mode="after")
    def _precision_goes_with_date(self) -> Source:
        if (self.date is None) != (self.date_precision is None):
            raise ValueError("`date` and `date_precision` must be given together")
        return self

    def __repr__(self) -> str:
        date = f", {self.date.isoformat()}" if self.date else ""
        publisher = f", {self.publisher!r}" if self.publisher else ""
        return f"Source({self.id!r}, {self.kind}{publisher}{date})"

    __str__ = __repr__

    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))


class Quantity(_Strict):
    """A number with a unit, the resolution it was stated to, and optional bounds."""

    amount: float = Field(description="The value in base units (5.576 million is `5576000`).")
    unit: Unit = Field(description="Unit of `amount`, from a fixed vocabulary.")
    precision: float = Field(
        gt=0,
        description="Resolution the figure was stated to, in the same unit: `1000` for "
        "'$5.576M', `1e9` for '$589B'. Rounding tolerance is half of it. With "
        "`precision_kind: relative` it is a fraction of the amount instead (0.1 = within 10%).",
    )
    precision_kind: PrecisionKind = Field(
        default="absolute",
        description="How `precision` is read: `absolute` (a resolution in the unit), `relative` "
        "(a fraction of the amount) or `order_of_magnitude` (only the power of ten is known, "
        "as in '~10^25 FLOP'; `precision` is then the amount's power of ten).",
    )
    qualifier: Qualifier = Field(
        default="exact", description="How the source qualifies it: about, at_least, range, ..."
    )
    lower: float | None = Field(default=None, description="Lower bound, when one is stated.")
    upper: float | None = Field(default=None, description="Upper bound, when one is stated.")

    @model_validator(mode="after")
    def _bounds_hold(self) -> Quantity:
        if self.lower is not None and self.upper is not None and self.lower > self.upper:
            raise ValueError("`lower` is greater than `upper`")
        if self.lower is not None and self.amount < self.lower:
            raise ValueError("`amount` is below `lower`")
        if self.upper is not None and self.amount > self.upper:
            raise ValueError("`amount` is above `upper`")
        return self


class DateValue(_Strict):
    """A calendar date known to a day, a month or a year."""

    date: Date = Field(description="The date, YYYY-MM-DD (day 01 when only the month is known).")
    precision: Precision = Field(description="`day`, `month` or `year`.")


class Category(_Strict):
    """A categorical value, such as a licence name."""

    category: Text = Field(description="The value, e.g. 'MIT'.")


def _value_shape(value: Any) -> str | None:
    if isinstance(value, dict):
        if "amount" in value:
            return "quantity"
        if "date" in value:
            return "date"
        if "category" in value:
            return "category"
        return None
    if isinstance(value, Quantity):
        return "quantity"
    if isinstance(value, DateValue):
        return "date"
    if isinstance(value, Category):
        return "category"
    return None


Value = Annotated[
    Annotated[Quantity, Tag("quantity")]
    | Annotated[DateValue, Tag("date")]
    | Annotated[Category, Tag("category")],
    Discriminator(
        _value_shape,
        custom_error_type="value_shape",
        custom_error_message="value must be a mapping with `amount`+`unit`+`precision`, "
        "`date`+`precision`, or `category`",
    ),
]


class Scope(_Strict):
    """What a figure covers and excludes, on what basis, by whose estimate, as of when."""

    covers: Text = Field(
        description="Noun phrase naming what the figure measures, used in generated "
        "explanations: 'DeepSeek-V3's official final training run'."
    )
    phase: Phase = Field(description="Stage or phase covered, from a fixed vocabulary.")
    basis: Basis = Field(description="How the figure was arrived at, from a fixed vocabulary.")
    basis_detail: Text | None = Field(
        default=None, description="The basis in words: 'a rental price of $2 per H800 GPU-hour'."
    )
    estimator: Slug = Field(
        description="Who produced the figure (`deepseek`, `semianalysis`, `bloomberg`)."
    )
    includes: list[Text] = Field(default_factory=list, description="What it includes.")
    excludes: list[Text] = Field(default_factory=list, description="What it leaves out.")
    per: Text | None = Field(
        default=None, description="Denominator for a rate: `token` for activated parameters."
    )
    hardware: Text | None = Field(default=None, description="Hardware involved, e.g. 'H800'.")
    component: Slug | None = Field(
        default=None,
        description="Which part or subset of the subject is measured, when several figures share "
        "a phase: `mtp-module` vs `main-model`, `reasoning-samples` vs `non-reasoning-samples`.",
    )
    as_of: Date | None = Field(
        default=None,
        description="For a point-in-time phase (a closing price, a fleet, funds under "
        "management) the date the figure describes; for any other phase the date it was "
        "stated (a disclosure's publication date), which is not part of what is measured.",
    )
    as_of_precision: Precision | None = Field(
        default=None,
        description="How much of `as_of` is known: `day` (the default), `month` (day set to 01) "
        "or `year`; explanations print only what is known.",
    )


class StatedFigure(_Strict):
    """A figure as a citing source wrote it, so rounding and restatement can be checked."""

    text: Text = Field(description="The figure as written: '$5.5 million'.")
    amount: float | None = Field(default=None, description="Its value in the claim's unit.")
    precision: float | None = Field(
        default=None, gt=0, description="Resolution it was written to ('$5.5 million': 1e5)."
    )
    qualifier: Qualifier = Field(default="exact", description="about, more_than, ...")


class Framing(_Strict):
    """How a source framed a figure, and the verdict on that framing."""

    subject: Slug | None = Field(
        default=None, description="Entity the source attached the figure to (may be wrong)."
    )
    scope: Text | None = Field(
        default=None, description="What the source said the figure covers, in its own terms."
    )
    verdict: Verdict = Field(description="supported, misleading, refuted or unverifiable.")
    reasons: list[ReasonCode] = Field(
        default_factory=list, description="Why: rounded, wrong_subject, wrong_scope, wrong_unit..."
    )
    correction: Text | None = Field(
        default=None, description="What the figure really covers, when the framing is wrong."
    )


class Citation(_Strict):
    """A source that states the figure, with a verbatim quote and how it framed it."""

    source: Slug = Field(description="Id of a source in sources.yaml.")
    quote: Text = Field(description="Verbatim quote from the source that states the figure.")
    locator: Text | None = Field(default=None, description="Page, section or table.")
    stated: StatedFigure | None = Field(
        default=None, description="The figure as this source wrote it, when it differs."
    )
    framing: Framing = Field(description="The subject and scope it gave, and the verdict.")


class Claim(_Strict):
    """One figure: what it measures, its value, its scope, its status and who states it."""

    id: Slug = Field(description="Stable id, unique in the record.")
    kind: ClaimKind = Field(description="What is measured, from a fixed vocabulary.")
    subject: Slug = Field(description="Entity id the figure is about.")
    metric: Slug | None = Field(
        default=None,
        description="For benchmark scores and ranks: which benchmark (`aime-2024`, `codeforces`).",
    )
    label: Text = Field(description="Short title for tables: 'DeepSeek-V3 training run cost'.")
    value: Value = Field(description="A quantity, a date or a category.")
    scope: Scope = Field(description="What the figure covers, its basis and its estimator.")
    status: Status = Field(description="established, estimate, disputed, wrong or unverified.")
    status_reason: Text | None = Field(
        default=None, description="Why the status is not `established` (required then)."
    )
    citations: list[Citation] = Field(
        min_length=1, description="Sources stating it, primary first, each with a verbatim quote."
    )

    @model_validator(mode="after")
    def _status_needs_reason(self) -> Claim:
        if self.status != "established" and self.status_reason is None:
            raise ValueError(f"status `{self.status}` needs a `status_reason`")
        return self

    def __repr__(self) -> str:
        # through the display hook: the value's formatting (humanize) imports this module
        return str(display(self, "repr"))

    __str__ = __repr__

    def __rich__(self) -> Any:
        return display(self, "rich")

    def _repr_html_(self) -> str:
        return str(display(self, "html"))


class Relation(_Strict):
    """A checkable link between claims: a derivation, a part of a whole, or a restatement."""

    id: Slug = Field(description="Stable id of the relation.")
    kind: RelationKind = Field(description="derived, part_of or restates.")
    claim: Slug = Field(description="The derived value, the part, or the restatement.")
    formula: Text | None = Field(
        default=None,
        description="For `derived`: arithmetic over claim ids in braces, e.g. "
        "'{v3-gpu-hours-total} * {h800-rental-price}'. Operators: + - * / and parentheses.",
    )
    of: Slug | None = Field(
        default=None, description="For `part_of`: the whole; for `restates`: the original."
    )
    tolerance: float = Field(
        default=0.01,
        ge=0,
        le=1,
        description="Relative tolerance for the formula check (0.01 = 1%).",
    )
    note: Text | None = Field(default=None, description="Why the relation holds.")
    holds: bool = Field(
        default=True,
        description="For `derived`: `false` records that the formula does NOT hold per the source "
        "(its own figures do not add up); `note` must then say why. Such a derivation is "
        "reported as 'does not hold, per the source', not as an error.",
    )

    @model_validator(mode="after")
    def _fields_fit_kind(self) -> Relation:
        if not self.holds and (self.kind != "derived" or self.note is None):
            raise ValueError("`holds: false` is for a `derived` relation and needs a `note`")
        if self.kind == "derived" and self.formula is None:
            raise ValueError("a `derived` relation needs a `formula`")
        if self.kind != "derived" and self.of is None:
            raise ValueError(f"a `{self.kind}` relation needs `of`")
        return self
