"""Fuzz `check` with random text built from tricky pieces; prints inputs/s and exceptions.

    python benchmarks/bench_fuzz.py [--inputs 100000] [--seed 0]

Not pass/fail: it prints how many inputs raised and the first few of them (the same inputs
again with the same seed). tests/test_fuzz.py runs a short hypothesis version of this in CI.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fuzz_alphabet import DIGITS, PIECES

import r1claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cs = r1claims.load()
    pieces = PIECES + DIGITS
    failures: list[tuple[str, str]] = []
    start = time.perf_counter()
    for _ in range(args.inputs):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 24)))
        try:
            r1claims.check(text, cs)
        except Exception as exc:
            failures.append((text, f"{type(exc).__name__}: {exc}"))
    elapsed = time.perf_counter() - start
    print(
        f"fuzz check: {args.inputs:,} inputs in {elapsed:.1f} s "
        f"({args.inputs / elapsed:,.0f}/s), {len(failures)} exceptions"
    )
    for text, error in failures[:10]:
        print(f"  {text!r}: {error}")


if __name__ == "__main__":
    main()
