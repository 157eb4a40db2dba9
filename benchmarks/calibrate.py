"""Regenerate `CALIBRATION` in src/r1claims/checker/calibration.py from the development corpora.

    python benchmarks/calibrate.py          # rewrites the table, prints it

Only the dev split of tests/corpus/real-coverage.yaml and tests/corpus/sentences.yaml are read:
the test split and the held-out corpus stay unseen, so that docs/check.md can show how well the
confidence is calibrated on text it was not fitted to.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from bench_accuracy import claim_labelled, real_coverage

import r1claims
from r1claims.checker import calibration
from r1claims.checker.evaluate import score_corpus

TARGET = Path(calibration.__file__)


def main() -> None:
    cs = r1claims.load()
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for cases in (real_coverage("dev"), claim_labelled("sentences.yaml", cs)):
        for outcome in score_corpus(cases, cs, r1claims.check).outcomes:
            if outcome.got is None:
                continue
            seen[outcome.basis] += 1
            right[outcome.basis] += outcome.verdict_ok
    table = {b: round((right[b] + 1) / (seen[b] + 2), 3) for b in sorted(seen)}
    body = "".join(f'    "{b}": {v},  # {right[b]}/{seen[b]}\n' for b, v in table.items())
    text = TARGET.read_text("utf-8")
    text = re.sub(
        r"CALIBRATION: dict\[str, float\] = \{.*?\n\}\n|CALIBRATION: dict\[str, float\] = \{\}\n",
        "CALIBRATION: dict[str, float] = {\n" + body + "}\n",
        text,
        flags=re.DOTALL,
    )
    TARGET.write_text(text, "utf-8")
    print(body, end="")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
