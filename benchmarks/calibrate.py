"""Regenerate `CALIBRATION` in src/r1claims/checker/calibration.py from the development corpora
(dev, sentences, and the later development corpora `LATER`).

    python benchmarks/calibrate.py          # rewrites the table, prints it

Each basis gets the lower bound of the 90% Wilson interval of its share of right verdicts.
Only the dev split of tests/corpus/real-coverage.yaml and tests/corpus/sentences.yaml are read:
the test split and the held-out corpus stay unseen, so that docs/check.md can show how well the
confidence is calibrated on text it was not fitted to.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml
from bench_accuracy import CORPUS, LATER, claim_labelled, real_coverage

import r1claims
from r1claims.checker import calibration
from r1claims.checker.evaluate import score_corpus

TARGET = Path(calibration.__file__)


#: z of the one-sided bound: the confidence is a share of right verdicts that the development
#: corpora support with 90% certainty, not their average, because the rules were tuned on the
#: development corpora and unseen text does worse.
Z = 1.2816


def wilson_lower(right: int, seen: int) -> float:
    """Lower bound of the Wilson score interval for ``right`` of ``seen``."""
    if seen == 0:
        return 0.0
    p = right / seen
    centre = p + Z * Z / (2 * seen)
    spread = Z * ((p * (1 - p) + Z * Z / (4 * seen)) / seen) ** 0.5
    return (centre - spread) / (1 + Z * Z / seen)


def main() -> None:
    cs = r1claims.load()
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    later = [
        yaml.safe_load((CORPUS / f"real-coverage-{name}.yaml").read_text("utf-8")) for name in LATER
    ]
    for cases in (real_coverage("dev"), claim_labelled("sentences.yaml", cs), *later):
        for outcome in score_corpus(cases, cs, r1claims.check).outcomes:
            if outcome.got is None:
                continue
            seen[outcome.basis] += 1
            right[outcome.basis] += outcome.verdict_ok
    table = {b: round(wilson_lower(right[b], seen[b]), 3) for b in sorted(seen)}
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
