"""Benchmark: reconcile, load and validate synthetic records (prints figures; not a test).

Target (issue 3): `reconcile` on 100,000 synthetic claims in <= 5 s on the 2-core dev machine.
Run: ``python benchmarks/bench_reconcile.py [--claims N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from r1claims.reconciler.run import reconcile
from r1claims.record.claimset import ClaimSet
from r1claims.record.loader import load_record
from r1claims.record.validation import validate_loaded

KINDS = [
    ("cost", "USD"),
    ("gpu_count", "GPU"),
    ("gpu_hours", "GPU-hour"),
    ("parameter_count", "parameter"),
    ("market_cap_change", "USD"),
]
PHASES = ["pretraining", "rl_training", "full_training_run", "fleet_capex", "intraday"]
BASES = ["disclosed", "analyst_estimate", "rental_price_valuation", "market_data"]


def synthetic(n: int, seed: int = 1) -> dict[str, list[dict[str, object]]]:
    """``n`` claims over 50 families x 4 subjects; a few hundred groups, realistic scatter."""
    rnd = random.Random(seed)
    entities = [
        {"id": f"e{f}-{s}", "name": f"Entity {f}-{s}", "family": f"fam{f}"}
        for f in range(50)
        for s in range(4)
    ]
    claims = []
    for i in range(n):
        kind, unit = KINDS[i % len(KINDS)]
        entity = entities[rnd.randrange(len(entities))]["id"]
        amount = round(rnd.lognormvariate(12, 3), 0) + 1
        claims.append(
            {
                "id": f"c{i}",
                "kind": kind,
                "subject": entity,
                "label": f"Figure {i} of {kind}",
                "value": {"amount": amount, "unit": unit, "precision": 1},
                "scope": {
                    "covers": f"scope {i % 97} of {kind}",
                    "phase": rnd.choice(PHASES),
                    "basis": rnd.choice(BASES),
                    "estimator": f"est{i % 13}",
                },
                "status": "established",
                "citations": [
                    {
                        "source": "s0",
                        "quote": f"quote {i}",
                        "framing": {
                            "verdict": rnd.choice(["supported", "misleading"]),
                            "reasons": ["wrong_scope"],
                        },
                    }
                ],
            }
        )
    relations = [
        {"id": f"r{i}", "kind": "part_of", "claim": f"c{i}", "of": f"c{i + 5}"}
        for i in range(0, n - 5, 1000)
    ]
    return {"entities": entities, "claims": claims, "relations": relations}


def timed(label: str, func: object, *args: object) -> object:
    best, result = float("inf"), None
    for _ in range(2):
        start = time.perf_counter()
        result = func(*args)  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    print(f"{label:<44} {best:8.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    n = parser.parse_args().claims
    data = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "claims.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        Path(tmp, "sources.yaml").write_text(
            "sources:\n  - id: s0\n    title: Synthetic\n    kind: other\n", encoding="utf-8"
        )
        size = Path(tmp, "claims.yaml").stat().st_size / 1e6
        print(f"{n:,} synthetic claims, claims.yaml {size:.1f} MB")
        result = timed(
            "load_record (YAML + schema)", lambda d: load_record(d, max_bytes=10**9), tmp
        )
        loaded = result.claimset  # type: ignore[attr-defined]
        print(
            f"  loaded {len(loaded) if loaded else 0:,} claims, "
            f"{len(result.diagnostics):,} diagnostics"
        )  # type: ignore[attr-defined]
        report = timed("validate_loaded (refs, formulas, near-dups)", validate_loaded, result)
        print(f"  {len(report.diagnostics):,} diagnostics")  # type: ignore[attr-defined]
    cs = ClaimSet.model_validate(data | {"sources": [{"id": "s0", "title": "S", "kind": "other"}]})
    report = timed("reconcile (target <= 5 s at 100K)", reconcile, cs)
    groups = report.groups  # type: ignore[attr-defined]
    print(f"groups: {len(groups)}, findings: {sum(len(g.findings) for g in groups):,}")


if __name__ == "__main__":
    main()
