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
    "POINT_IN_TIME_PHASES",
    "REASONS",
    "UNITS",
    "VERDICTS",
    "Basis",
    "ClaimKind",
    "EntityType",
    "Phase",
    "Precision",
    "PrecisionKind",
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
    # a fund's return over a period
    "fund_return",
    "data_size",
    "percentage",
    "statement",
    # other models' records: training compute (FLOP) and energy (Wh)
    "compute",
    "energy",
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
    # compute and energy, for records of other models' training
    "FLOP",
    "Wh",
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
    # everything a model cost to make: research, failed runs, data, staff and the final runs
    "whole_development",
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

#: How a quantity's ``precision`` is read: ``absolute`` (a resolution in the unit, the
#: default), ``relative`` (a fraction of the amount: 0.1 = stated to within 10%) or
#: ``order_of_magnitude`` (only the power of ten is known: the true value lies within a factor
#: of about 3 either way, e.g. "~10^25 FLOP").
PrecisionKind = Literal["absolute", "relative", "order_of_magnitude"]

#: Phases measured at a point in time, for which a claim's ``as_of`` is part of *what is
#: measured* (a closing price, a fleet's size, money under management on a date). For every
#: other phase ``as_of`` says when the figure was stated, not what it describes.
POINT_IN_TIME_PHASES: frozenset[str] = frozenset(
    {
        "hardware_fleet",
        "funds_under_management",
        "team",
        "trading_day_close",
        "intraday",
        "closing_price",
        "previous_close",
        "app_ranking",
    }
)

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
