"""Benchmark: ``r1claims validate`` on a large record against the bare C-YAML compose floor.

Target (issue 12, point 7): on a 100,000-claim record (about 120 MB), ``validate`` within 2x the
time libyaml's C composer takes just to build the node tree of the same files, and a peak
resident memory of at most 10x the files' size. Figures are printed, not asserted.

The record is the bundled one, copied until it holds ``--claims`` claims: copy ``k`` renames
every entity, claim and relation id with a ``-cK`` suffix and every reference to them, so the
copies are as valid as the original (derivations hold, no near-duplicates across copies, the
sources are shared). It is written once under ``/tmp`` and reused.

Each measurement runs in a fresh process, so that peak RSS is that run's own; the best of
``--repeat`` runs by CPU time is kept (on a shared machine, wall time mostly measures the
neighbours). The floor is composed with the garbage collector off, its fastest.
Run: ``python benchmarks/bench_validate.py [--claims N] [--dir DIR]``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

SRC = Path(__file__).resolve().parents[1] / "src"
BUNDLED = SRC / "r1claims" / "data"
_REF = re.compile(r"\{([^{}]+)\}")

#: Runs in a child process: time one step, print seconds and peak RSS (bytes) as JSON.
_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {src!r})
step, data = sys.argv[1], sys.argv[2]
start, cpu = time.perf_counter(), time.process_time()
if step == "compose":
    import gc, yaml
    gc.disable()  # the floor at its lowest: with the collector on, compose is 3-4x slower
    for name in ("claims.yaml", "sources.yaml"):
        with open(f"{{data}}/{{name}}", "rb") as f:
            yaml.compose(f.read(), Loader=yaml.CSafeLoader)
    extra = {{}}
else:
    from r1claims.cli.app import main
    import contextlib, io
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        code = main(["validate", "--data", data, "--max-bytes", "0"])
    extra = {{"exit": code}}
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({{"seconds": seconds, "cpu": cpu, "peak": peak, **extra}}))
"""


def _suffixed(data: dict[str, Any], k: int) -> dict[str, list[Any]]:
    """Copy ``k`` of the claims file's data, every id and reference renamed."""
    s = f"-c{k}"
    entities = [{**e, "id": e["id"] + s} for e in data["entities"]]
    claims = []
    for c in data["claims"]:
        cits = []
        for cit in c["citations"]:
            framing = dict(cit["framing"])
            if framing.get("subject"):
                framing["subject"] += s
            cits.append({**cit, "framing": framing})
        claims.append({**c, "id": c["id"] + s, "subject": c["subject"] + s, "citations": cits})
    relations = []
    for r in data.get("relations") or []:
        r = {**r, "id": r["id"] + s, "claim": r["claim"] + s}
        if r.get("of"):
            r["of"] += s
        if r.get("formula"):
            r["formula"] = _REF.sub(lambda m: "{" + m.group(1) + s + "}", r["formula"])
        relations.append(r)
    return {"entities": entities, "claims": claims, "relations": relations}


def generate(n: int, directory: Path) -> Path:
    """Write a record of at least ``n`` claims under ``directory`` (reused when present)."""
    target = directory / f"r1claims-bench-{n}"
    if (target / "claims.yaml").exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    base = yaml.load((BUNDLED / "claims.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    copies = -(-n // len(base["claims"]))
    with (target / "claims.yaml.tmp").open("w", encoding="utf-8") as f:
        for key in ("entities", "claims", "relations"):
            f.write(f"{key}:\n")
            for k in range(copies):
                part = _suffixed(base, k)[key]
                yaml.dump(part, f, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True)
    (target / "claims.yaml.tmp").rename(target / "claims.yaml")
    (target / "sources.yaml").write_bytes((BUNDLED / "sources.yaml").read_bytes())
    return target


def measure(step: str, data: Path) -> dict[str, Any]:
    """Run one step in a fresh interpreter; its time and peak RSS."""
    child = _CHILD.format(src=str(SRC))
    run = subprocess.run(
        [sys.executable, "-c", child, step, str(data)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp"))
    parser.add_argument("--repeat", type=int, default=2, help="best of N runs (default: 2)")
    args = parser.parse_args()
    data = generate(args.claims, args.dir)
    size = sum(p.stat().st_size for p in data.glob("*.yaml"))
    print(f"record: {data} ({size / 1e6:.1f} MB)")
    floor = min((measure("compose", data) for _ in range(args.repeat)), key=lambda r: r["cpu"])
    run = min((measure("validate", data) for _ in range(args.repeat)), key=lambda r: r["cpu"])
    ratio = run["cpu"] / floor["cpu"]
    for label, r in (("C-YAML compose floor", floor), ("r1claims validate", run)):
        print(
            f"{label:<22} {r['cpu']:7.2f} s CPU {r['seconds']:7.2f} s wall "
            f"peak {r['peak'] / 1e6:6.0f} MB" + (f"  (exit {r['exit']})" if "exit" in r else "")
        )
    print(
        f"time {ratio:.2f}x the floor in CPU time (target <= 2x); "
        f"peak memory {run['peak'] / size:.1f}x the files' size (target <= 10x)"
    )


if __name__ == "__main__":
    main()
