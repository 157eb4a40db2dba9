"""Benchmark: `r1claims scan` on a synthetic corpus (prints figures; not a test).

Targets (issue 12, on the 2-core dev machine): 10,000 articles (about 50 MB) with ``--jobs 2``
in <= 120 s and <= 500 MB peak memory (the whole process tree: the CLI and its workers); the
Dask LocalCluster run (2 worker processes) within 1.5x of that; propagation on the same corpus
<= 60 s; peak memory flat as the corpus grows 10x. Results are recorded in docs/performance.md.

The generator writes articles of realistic length (about 5 KB, 800 words) and figure density
(a dozen figures: the record's figures and variants of them, given to different subjects),
with random filler so that articles do not look alike, and plants copies of 5% of them (a few
words swapped, as a rewrite desk does) so that propagation has work to do.

Run: ``python benchmarks/bench_scan.py`` (full size) or ``--ci`` (a few hundred articles).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

SUBJECTS = ["DeepSeek-R1", "DeepSeek-V3", "DeepSeek", "the company", "R1", "the model"]
FIGURES = [
    "{s} was trained for $5.6 million on 2,048 Nvidia H800 chips, according to the paper.",
    "{s} cost about $6 million to train, a fraction of what American rivals spend.",
    "The reasoning stage of {s} cost $294,000 and ran on 512 H800 chips for 80 hours.",
    "Nvidia lost nearly $600 billion in market value on January 27, 2025, falling 17%.",
    "Nvidia's shares fell 17% and erased $589 billion, the largest one-day loss on record.",
    "{s} activates 37 billion of its 671 billion parameters for each token.",
    "{s} scored 79.8% on AIME 2024 and 97.3% on MATH-500 in the release notes.",
    "SemiAnalysis estimates that {s} has access to 50,000 Hopper GPUs worth $1.6 billion.",
    "{s} was released under the MIT License on January 20, 2025.",
    "Training {s} took 55 days and 2.788 million GPU hours, the report says.",
    "{s} became the No. 1 free app on the App Store in the United States.",
    "OpenAI's o1 costs $60 per million output tokens, while {s} charges $2.19.",
]
WORDS = [
    "market",
    "analysts",
    "engineers",
    "investors",
    "company",
    "model",
    "training",
    "chips",
    "laboratory",
    "research",
    "government",
    "policy",
    "export",
    "controls",
    "competition",
    "startup",
    "hardware",
    "software",
    "cloud",
    "cost",
    "price",
    "week",
    "month",
    "year",
    "report",
    "paper",
    "release",
    "users",
    "developers",
    "open",
    "weights",
    "license",
    "benchmark",
    "reasoning",
    "mathematics",
    "coding",
    "question",
    "answer",
    "efficiency",
    "scale",
    "data",
    "center",
    "power",
    "energy",
    "shares",
    "index",
    "trading",
    "session",
    "afternoon",
    "morning",
    "statement",
    "interview",
    "executive",
    "founder",
    "team",
    "university",
    "graduate",
    "talent",
    "Hangzhou",
    "Beijing",
    "Washington",
    "Silicon",
    "Valley",
    "Europe",
    "Asia",
    "fund",
    "capital",
    "spending",
    "budget",
    "estimate",
    "figure",
    "number",
    "headline",
    "claim",
    "debate",
    "critics",
    "supporters",
    "demand",
    "supply",
    "inference",
    "tokens",
    "context",
    "window",
    "architecture",
    "experts",
    "mixture",
    "layers",
    "memory",
    "bandwidth",
    "cluster",
    "network",
    "kernel",
    "optimisation",
    "precision",
    "distillation",
    "reinforcement",
    "reward",
]
OUTLETS = [f"outlet-{i:02d}.example" for i in range(40)]
SWAPS = {"said": "stated", "company": "firm", "chips": "processors", "about": "around"}


def filler(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random) -> str:
    """About 5 KB: eight paragraphs, each a few filler sentences around one or two figures."""
    paras = []
    for _ in range(8):
        sentences = [filler(rng) for _ in range(rng.randint(3, 5))]
        for _ in range(rng.choice((1, 1, 1, 2))):
            figure = rng.choice(FIGURES).format(s=rng.choice(SUBJECTS))
            sentences.insert(rng.randrange(len(sentences) + 1), figure)
        paras.append(" ".join(sentences))
    return "\n\n".join(paras)


def write_corpus(path: Path, count: int, seed: int = 12) -> int:
    """``count`` articles as JSON Lines (5% of them copies of earlier ones); returns bytes."""
    rng = random.Random(seed)
    start = dt.date(2025, 1, 20)
    kept: list[str] = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(count):
            if kept and rng.random() < 0.05:
                text = " ".join(SWAPS.get(w, w) for w in rng.choice(kept).split(" "))
            else:
                text = article(rng)
                if len(kept) < 500:
                    kept.append(text)
            record = {
                "id": f"a{i:06d}",
                "outlet": rng.choice(OUTLETS),
                "published": (start + dt.timedelta(days=rng.randrange(280))).isoformat(),
                "text": text,
            }
            fh.write(json.dumps(record) + "\n")
    return path.stat().st_size


def run(args: list[str]) -> tuple[float, float, float]:
    """Run ``r1claims scan ARGS``; return (seconds, peak MB of the whole process tree, CPU
    seconds of the tree: on a machine shared with other work, CPU / 2 is what two idle cores
    would take)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    cmd = [sys.executable, "-m", "r1claims", "scan", *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, err = proc.communicate()
    done.set()
    thread.join()
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({proc.returncode}): {err.decode()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, peak / 1e6, cpu


def propagation_seconds(corpus: Path) -> tuple[float, int, int]:
    """Seconds spent in the propagation step itself (signatures come from 2 workers), passages
    and clusters."""
    from r1claims.record import load
    from r1claims.scanner import scan_inputs
    from r1claims.scanner.propagation import Propagator

    prop = Propagator()
    spent = 0.0
    for result in scan_inputs([corpus], load(), jobs=2):
        t = time.perf_counter()
        prop.add(result)
        spent += time.perf_counter() - t
    t = time.perf_counter()
    found = prop.result()
    spent += time.perf_counter() - t
    return spent, found.passages, len(found.clusters)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--ci", action="store_true", help="a CI-sized run: 400 articles")
    parser.add_argument("--skip-dask", action="store_true")
    opts = parser.parse_args()
    n = 400 if opts.ci else opts.articles
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = write_corpus(corpus, n)
        print(f"corpus: {n:,} articles, {size / 1e6:.1f} MB ({size / n / 1e3:.1f} KB each)")
        out = str(Path(tmp) / "out.jsonl")
        print(f"machine load before: {psutil.getloadavg()[0]:.1f} (2 cores)")
        s, mb, cpu = run([str(corpus), "--jobs", "2", "-o", out])
        print(
            f"scan --jobs 2 (with propagation)  {s:7.1f} s  {n / s:6.1f} docs/s  "
            f"{mb:6.0f} MB peak  {cpu:7.1f} s CPU"
        )
        base = s
        if not opts.skip_dask:
            s, mb, cpu = run([str(corpus), "--engine", "dask", "--jobs", "2", "-o", out])
            print(
                f"scan --engine dask (LocalCluster, 2 processes)  {s:7.1f} s  "
                f"{s / base:4.2f}x of --jobs 2  {mb:6.0f} MB peak  {cpu:7.1f} s CPU"
            )
        s, passages, clusters = propagation_seconds(corpus)
        print(f"propagation step: {s:6.1f} s for {passages:,} passages, {clusters:,} clusters")
        small = Path(tmp) / "small.jsonl"
        write_corpus(small, n // 10, seed=13)
        for label, path in (("1/10 of the corpus", small), ("the corpus", corpus)):
            for extra in (["--no-propagation"], []):
                s, mb, cpu = run([str(path), "--jobs", "2", *extra])
                what = "without" if extra else "with"
                print(
                    f"memory, {label:<18} {what} propagation: {mb:6.0f} MB peak "
                    f"({s:.1f} s, {cpu:.1f} s CPU)"
                )
        print(f"machine load after: {psutil.getloadavg()[0]:.1f} (2 cores)")


if __name__ == "__main__":
    main()
