"""Time ``extract_figures`` on ~1 MB of article text and on hostile inputs.

Target: 1 MB of ordinary article text in under 2 s on a 2-core machine, and every hostile input
(long digit runs, a 1 MB line without spaces, 100K repeated punctuation, "1,1,1,...") finishing
in comparable, linear time. Run with ``PYTHONPATH=src python benchmarks/bench_extract.py``;
prints one line per case (best of 3, time.perf_counter) and exits 0.
"""

from __future__ import annotations

import sys
import time

from r1claims.extract.figures import extract_figures

SENTENCES = (
    "DeepSeek said the final training run of V3 cost $5.576 million on 2,048 Nvidia H800 GPUs.",
    "Nvidia shares fell 17% on Monday, Jan. 27, wiping nearly $600 billion off its market value.",
    "The model has 671 billion parameters, of which 37B are active for each token.",
    "Pre-training took 2.788M H800 GPU hours, about 55 days, on 14.8 trillion tokens.",
    "SemiAnalysis estimated DeepSeek has access to some 50,000 Hopper GPUs, worth $1.6bn.",
    "R1 scored 79.8% on AIME 2024 and a 2,029 Elo rating on Codeforces (96.3rd percentile).",
    "Die Aktie verlor 17 Prozent; rund 1,5 Mrd. Euro an Börsenwert, laut Reuters am 27.01.2025.",
    "It released six distilled models trained on 800,000 samples, Qwen-1.5B to Llama-3.3-70B.",
    "Bernstein said the $5-6 million figure excluded prior research, see Table 4 and [2].",
    "Rental at $2 per GPU hour gives the headline; the app ranked No. 1 in the US App Store.",
    "In early 2025, DeepSeek-R1 (arXiv 2501.12948) drew comparisons with OpenAI's o1-1217 model.",
    "The British press put it at £4.5m; Chinese outlets cited RMB 40 million and 1 234 567 views.",
)


def article(size: int) -> str:
    parts: list[str] = []
    total = 0
    k = 0
    while total < size:
        s = SENTENCES[k % len(SENTENCES)]
        parts.append(s)
        total += len(s) + 1
        k += 1
    return " ".join(parts)


def cases() -> list[tuple[str, str]]:
    mb = 1_000_000
    return [
        ("article text 1 MB", article(mb)),
        ("100,000 digits", "7" * 100_000),
        ("1 MB line, no spaces", ("abc$5M,17%H800x" * (mb // 15))[:mb]),
        ("100K ','", "," * 100_000),
        ("100K '.'", "." * 100_000),
        ("100K '$'", "$" * 100_000),
        ("100K '-'", "-" * 100_000),
        ("'1,1,1,...' 1 MB", ("1," * (mb // 2))[:mb]),
        ("'1 1 1 ...' 1 MB", ("1 " * (mb // 2))[:mb]),
        ("'$1-$1-...' 1 MB", ("$1-" * (mb // 3))[:mb]),
    ]


def main() -> int:
    for name, text in cases():
        best = float("inf")
        found = 0
        for _ in range(3):
            t0 = time.perf_counter()
            found = len(extract_figures(text))
            best = min(best, time.perf_counter() - t0)
        mb_s = len(text) / 1e6 / best if best > 0 else float("inf")
        sys.stdout.write(
            f"{name:<24} {len(text):>9} chars  {best:7.3f} s  {mb_s:8.2f} MB/s  {found} figures\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
