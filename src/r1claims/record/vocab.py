"""Fixed vocabularies of the record: claim kinds, units, phases, bases, verdicts, reasons.

Every comparable value in the record is drawn from one of these, so that the reconciler and the
checker can compare scopes field by field; free text is kept for human explanations only.
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "BASES",
    "CLAIM_KINDS",
    "ENTITY_TYPES",
    "PHASES",
    "REASONS",
    "UNITS",
    "VERDICTS",
    "Basis",
    "ClaimKind",
    "EntityType",
    "Phase",
    "Precision",
    "Qualifier",
    "ReasonCode",
    "RelationKind",
    "SourceKind",
    "Status",
    "Unit",
    "Verdict",
]

Verdict = Literal["supported", "misleading", "refuted", "unverifiable"]

VERDICTS: tuple[str, ...] = ("supported", "misleading", "refuted", "unverifiable")

ReasonCode = Literal[
    "rounded",
    "wrong_subject",
    "wrong_scope",
    "wrong_unit",
    "wrong_date",
    "wrong_entity",
    "arithmetic_error",
    "unattributed_estimate",
    "overstated",
    "understated",
    "simplified",
    "apples_to_oranges",
    "contradicted",
    "no_source_found",
    "derived_not_stated",
]

REASONS: tuple[str, ...] = ReasonCode.__args__  # type: ignore[attr-defined]

ClaimKind = Literal[
    "cost",
    "price",
    "gpu_count",
    "gpu_hours",
    "parameter_count",
    "duration",
    "date",
    "market_cap_change",
    "share_price_change",
    "share_price",
    "index_change",
    "benchmark_score",
    "leaderboard_rank",
    "count",
    "licence",
    "assets_under_management",
    "data_size",
    "percentage",
    "statement",
]

CLAIM_KINDS: tuple[str, ...] = ClaimKind.__args__  # type: ignore[attr-defined]

Unit = Literal[
    "USD",
    "CNY",
    "USD/GPU-hour",
    "USD/GPU",
    "USD/share",
    "GPU",
    "GPU-hour",
    "parameter",
    "token",
    "sample",
    "model",
    "day",
    "hour",
    "month",
    "year",
    "percent",
    "percentile",
    "elo",
    "rank",
    "count",
    "GB",
]

UNITS: tuple[str, ...] = Unit.__args__  # type: ignore[attr-defined]

Phase = Literal[
    # model training
    "pretraining",
    "context_extension",
    "post_training",
    "full_training_run",
    "rl_training",
    "sft_data_generation",
    "distillation",
    "research_and_ablations",
    # company resources
    "hardware_fleet",
    "fleet_capex",
    "fleet_opex",
    "company_history_spend",
    "funds_under_management",
    "team",
    # running a model
    "inference_deployment",
    "architecture",
    # markets
    "trading_day_close",
    "intraday",
    "closing_price",
    "previous_close",
    # lifecycle and evaluation
    "release",
    "publication",
    "founding",
    "app_ranking",
    "evaluation",
    "licensing",
    "other",
]

PHASES: tuple[str, ...] = Phase.__args__  # type: ignore[attr-defined]

Basis = Literal[
    "disclosed",
    "rental_price_valuation",
    "analyst_estimate",
    "market_data",
    "press_report",
    "official_statement",
    "benchmark_run",
    "leaderboard",
    "derived",
    "reference_work",
]

BASES: tuple[str, ...] = Basis.__args__  # type: ignore[attr-defined]

Precision = Literal["day", "month", "year"]

SourceKind = Literal[
    "technical_report",
    "peer_reviewed_paper",
    "preprint",
    "company_announcement",
    "code_repository",
    "news",
    "blog",
    "analyst_report",
    "market_data",
    "reference_work",
    "documentation",
    "leaderboard",
    "other",
]

Qualifier = Literal["exact", "about", "at_least", "at_most", "more_than", "less_than", "range"]

#: What an entity is. The checker resolves generic descriptions in text ("the company", "the
#: model", "the app", "the index") to the most recent entity of a compatible type.
EntityType = Literal["organisation", "model", "app", "hardware", "market_index", "person"]

ENTITY_TYPES: tuple[str, ...] = (
    "organisation",
    "model",
    "app",
    "hardware",
    "market_index",
    "person",
)

Status = Literal["established", "estimate", "disputed", "wrong", "unverified"]

RelationKind = Literal["derived", "part_of", "restates"]
