"""Benchmark: `check` on ~1 MB of article text and on hostile input (prints figures; not a test).

Target (issue 9): 1 MB of text in at most 1.5 s on the 2-core dev machine, linear in the input, no
regex blow-up on hostile input (100K digits, a 1 MB line, runs of punctuation), and no walk that
grows with the rows of a table or list. The target is read on the repeated sample article; the
labelled passages of real coverage (many languages, a figure per hundred characters) are timed too,
as the honest figure for real text.
Run: ``python benchmarks/bench_check.py``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from r1claims.checker.run import check
from r1claims.record import load

SENTENCES = [
    "DeepSeek R1 was trained for $6 million on 2,048 Nvidia H800 GPUs, the company said.",
    "The entire project cost approximately $294,000 and used 512 H800 chips, per the paper.",
    "Nvidia lost nearly $600 billion in market value on January 27, 2025, falling 17%.",
    "The model activates 37 billion of its 671 billion parameters for each token.",
    "SemiAnalysis estimates DeepSeek has about 50,000 Hopper GPUs and spent $1.6 billion.",
    "OpenAI raised $6.6 billion in October at a $157 billion valuation, people said.",
    "R1 scored 79.8% on AIME 2024 and reached the 96.3rd percentile on Codeforces.",
    "Analysts at a Tokyo bank put the figure at ¥30 billion; Meta plans 350,000 H100s.",
    "It was released under the MIT License on 20 January, a week before the rout.",
    "In a forum thread, one user wrote that 16x 80GB H100 GPUs cost around $30,000 each.",
]


def timed(label: str, text: str) -> None:
    best = float("inf")
    figures = 0
    for _ in range(3):
        start = time.perf_counter()
        report = check(text, CS)
        best = min(best, time.perf_counter() - start)
        figures = len(report.findings)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"{label:<34} {mb:6.2f} MB {best:7.3f} s {mb / best:7.2f} MB/s {figures:8,} figures")


FILLER = (
    "Analysts and engineers spent the week arguing about what the numbers really meant, and "
    "whether the comparison with American laboratories was fair to either side of the debate. "
    "Several commentators pointed out that training runs are only one part of the bill. "
)

CS = load()
CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def real_coverage(size: int) -> str:
    """The labelled passages of real coverage in tests/corpus, one after another, cut to
    ``size`` bytes: many languages and one figure per hundred characters, denser than most
    articles (the passages were chosen for their figures)."""
    import yaml

    texts = []
    for path in sorted(CORPUS.glob("real-coverage*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        cases = data.get("cases", []) if isinstance(data, dict) else data
        texts += [c["text"] for c in cases or [] if isinstance(c, dict) and "text" in c]
    return "\n\n".join(texts).encode("utf-8")[:size].decode("utf-8", "ignore")


if __name__ == "__main__":
    # realistic density: a figure every few hundred characters, as in the seed articles
    para = "\n\n".join(s + " " + FILLER for s in SENTENCES) + "\n\n"
    article = para * (1_000_000 // len(para))
    timed("article text, 0.1 MB", article[: len(article) // 10])
    timed("article text, 1 MB (target <= 1.5 s)", article)
    dense = (" ".join(SENTENCES) + "\n\n") * (1_000_000 // len(" ".join(SENTENCES)))
    timed("figure-dense text, 1 MB (1 per 37 chars)", dense)
    timed("real coverage passages, 1 MB", real_coverage(1_000_000))
    timed("100,000 digits", "7" * 100_000)
    timed("1 MB line without spaces", "ab1$" * 250_000)
    timed("100K commas", "," * 100_000)
    timed("100K dollar signs", "$" * 100_000)
    timed("100K '1,' repeated", "1," * 50_000)
    # shapes whose context is walked line by line (tables, lists, headings): once per text,
    # not once per row; each should take about 4 times its 0.1 MB time at 0.4 MB
    for label, unit in (
        ("table rows", "| R1 | 79.8% | 97.3% |\n"),
        ("list items", "- 671B parameters\n"),
        ("short lines", "Short heading\n"),
    ):
        for size in (100_000, 400_000):
            timed(f"{label}, {size // 1000}K", unit * (size // len(unit)))
