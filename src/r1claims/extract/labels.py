"""Words before a bare number that make it part of a name, not a figure: a label or an index
("Table 4", "Section 2"), a benchmark's name ("AIME 2024", "MATH 500"), a model's version
("Llama 3.3", "GPT 4") or a chip's name ("Ascend 910B")."""

from __future__ import annotations

import re

from r1claims.extract.lexicon import CHIP_SERIES, MODEL_FAMILIES
from r1claims.extract.tokens import Tokens

__all__ = ["BENCHMARK_WORDS", "LABELS", "label_before"]

#: Benchmarks whose names hold a whole number ("AIME 2024", "MATH 500"): a number with a
#: decimal point after one is a score ("MMLU 90.8", "AIME 79,8").
BENCHMARK_WORDS = frozenset({"aime", "math", "mmlu", "swe", "verified"})

#: A decimal part (not a thousands group: "1,000").
_DECIMAL = re.compile(r"[.,]\d{1,2}$")

# fmt: off
#: Words before a number that make it a label or an index, not a quantity ("Table 4").
LABELS = frozenset(
    {
    "table", "tab", "fig", "figure", "figures", "section", "sec", "chapter", "ch", "appendix",
    "step", "phase", "stage", "part", "eq", "equation", "page", "pp", "p", "line", "item",
    "fortune", "nasdaq", "ftse", "nikkei", "dax", "cac", "russell", "dow", "version", "ver", "v",
    "rule", "article", "art", "paragraph", "para", "vol", "volume", "issue", "episode", "season",
    "round", "level", "tier", "gen", "generation", "series", "type", "class", "exhibit",
    "footnote", "note", "ref", "chart", "slide", "question", "problem", "exercise", "task",
    "windows", "iphone", "ios", "android", "python", "covid", "top", "release", "build", "patch",
    "web3", "web", "industry", "abschnitt", "tabelle", "abbildung", "kapitel", "seite",
    }
) | BENCHMARK_WORDS
# fmt: on


def label_before(tk: Tokens, first: int) -> str:
    """ "label", "model", "chip" or "" for the word just before a bare number."""
    p = first - 1
    if tk.rw(p) == "." and tk.glued(p):
        p -= 1
    if tk.rw(p) in ("「", "『", "“", '"') and tk.glued(first):
        p -= 1  # 「昇騰910B」
    w = tk.lo(p)
    if w in CHIP_SERIES:
        return "chip"  # "Ascend 910B": a chip's name, whatever follows it
    if tk.kind(p) == "word" and w in LABELS:
        scored = w in BENCHMARK_WORDS and _DECIMAL.search(tk.rw(first)) is not None
        return "" if scored else "label"  # a benchmark's own number is whole: "MMLU 90.8"
    if (tk.kind(p) == "word" and w in MODEL_FAMILIES) or tk.kind(p) == "code":
        return "model"
    if tk.kind(p) == "num" and (tk.lo(p - 1) in MODEL_FAMILIES or tk.kind(p - 1) == "code"):
        return "model"
    return ""
