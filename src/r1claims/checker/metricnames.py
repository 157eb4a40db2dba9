"""The ways coverage writes a benchmark's name, from the record's slug ("aime-2024")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

__all__ = ["LOOSE", "another_edition", "label_names", "metric_names", "metric_table"]


#: Marks a benchmark a name stands for only loosely (`metric_table`).
LOOSE = "~"


def metric_table(benchmarks: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Every name of the record's benchmarks (``(slug, label)`` pairs), to the slugs it stands
    for joined by "|": several can share a name ("AIME" is aime-2024 and aime-2024-cons64).

    A benchmark's first word names it when no benchmark is called just that ("GPQA" is GPQA
    Diamond; "MMLU" is MMLU, not MMLU-Pro). Its name without its last qualifier names it only
    loosely, marked `LOOSE`: "SWE-bench" is often SWE-bench Verified, but the full SWE-bench
    is another benchmark, so such a name links a score that fits and never pins one."""
    benchmarks = list(benchmarks)
    groups: dict[str, set[str]] = {}
    for metric, label in benchmarks:
        for name in {*metric_names(metric), *label_names(metric, label)}:
            groups.setdefault(name, set()).add(metric)
    metrics = {metric for metric, _ in benchmarks}
    for metric in metrics:
        words = metric.split("-")
        if len(words[0]) >= 4 and words[0] not in metrics and words[0] != metric:
            groups.setdefault(words[0], set()).add(metric)
        short = "-".join(words[:-1])
        if len(words) >= 3 and short not in metrics and short not in groups:
            groups[short] = {LOOSE + metric}
    # spec cards and leaderboards write names as identifiers: "MATH_500", "GPQA_Diamond"
    for name in list(groups):
        variant = re.sub(r"[\s-]", "_", name)
        if variant != name:
            groups.setdefault(variant, set()).update(groups[name])
    return {name: "|".join(sorted(found)) for name, found in groups.items()}


def metric_names(metric: str) -> list[str]:
    """Ways a benchmark slug is written: 'aime-2024' -> ['aime 2024', 'aime-2024', 'aime2024']."""
    spaced = metric.replace("-", " ")
    names = {metric, spaced}
    if any(c.isdigit() for c in metric):
        names.add(metric.replace("-", ""))  # "AIME2024"
    words = spaced.split()
    # the whole name with its words joined by any mix of spaces and hyphens ("SWE-bench
    # Verified"); every run of two or more words, spaced, names it too: "us-app-store-free" is
    # "App Store" (not "SWE-bench" for "SWE-bench Verified": that hyphen writes another
    # benchmark's name, which `metric_table` takes for it only loosely)
    names.update(_joined(words))
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            names.add(" ".join(words[i:j]))
    head = words[0] if words else ""
    # "aime 2024" is also written "AIME"; too-short heads would misfire, and "mmlu redux" is
    # not "MMLU": only a head followed by a number (a year, a version) stands for the whole
    if len(head) >= 4 and len(words) > 1 and any(c.isdigit() for c in words[1]):
        names.add(head)
    if len(words) == 2 and len(words[1]) == 4 and words[1][:2] in ("19", "20"):
        # a year written short: "aime24", "AIME-24", "AIME '24" (not "AIME 24", a score)
        short = words[1][2:]
        names.update(head + sep + short for sep in ("", "-", "'", " '", "’", " ’"))
    if head == "c" and len(words) > 1:  # "C-SimpleQA" is written "Chinese SimpleQA" too
        names.add("chinese " + " ".join(words[1:]))
    spelled = _SPELLED_OUT.get(head)
    if spelled and head in names:  # "American Invitational Mathematics Examination" is AIME
        names.update({spelled, " ".join([spelled, *words[1:]])})
    return sorted(names)


def label_names(metric: str, label: str) -> set[str]:
    """Ways a benchmark whose slug glues its words ('arenahard') is written, from how the
    record's label writes it ("ArenaHard"): its capitalised parts joined by spaces or hyphens
    ("Arena-Hard", "Arena Hard")."""
    if "-" in metric:
        return set()  # its words are the slug's ("mmlu-pro")
    for word in label.split():
        if word.lower().replace("-", "") == metric:
            parts = _CAMEL.split(word.replace("-", ""))
            return {n.lower() for n in _joined(parts)} if len(parts) > 1 else set()
    return set()


#: Where a capitalised word starts inside another ("ArenaHard", "LMArena").
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

#: Benchmarks whose name coverage spells out (where the short name stands for the record's).
_SPELLED_OUT = {
    "aime": "american invitational mathematics examination",
    "mmlu": "massive multitask language understanding",
}


def _joined(words: list[str]) -> set[str]:
    """The words joined by every mix of spaces and hyphens (at most three joints)."""
    if len(words) > 4:
        return {" ".join(words), "-".join(words)}
    out = set()
    for seps in itertools.product(" -", repeat=len(words) - 1):
        out.add(words[0] + "".join(sep + word for sep, word in zip(seps, words[1:], strict=True)))
    return out


#: A benchmark's year right after its name: "AIME 2025", "AIME-2025", "AIME '25".
_YEAR_AFTER = re.compile(r"[ \t-]?(?:((?:19|20)\d\d)|['’](\d\d))\b")
_YEAR = re.compile(r"(?:19|20)\d\d")


def another_edition(text: str, end: int, refs: str) -> int:
    """Where the year ends when the benchmark name ending at ``end``, written without a year,
    is followed by another year than its benchmarks ``refs`` ("aime-2024|aime-2024-cons64")
    are of: "AIME 2025" and "AIME '20" are other editions than the "AIME" that stands for AIME
    2024; else -1. Only benchmarks the record names by a year have editions ("LiveCodeBench
    2024", "Codeforces 1980" are a window and a rating)."""
    years = set(_YEAR.findall(refs))
    m = _YEAR_AFTER.match(text, end)
    if not years or m is None or any(c.isdigit() for c in text[max(0, end - 4) : end]):
        return -1
    year = m.group(1) or "20" + m.group(2)
    return -1 if year in years else m.end()
