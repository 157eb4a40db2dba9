"""The ways coverage writes a benchmark's name, from the record's slug ("aime-2024")."""

from __future__ import annotations

import itertools

__all__ = ["metric_names"]


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
    # benchmark's name)
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
    return sorted(names)


def _joined(words: list[str]) -> set[str]:
    """The words joined by every mix of spaces and hyphens (at most three joints)."""
    if len(words) > 4:
        return {" ".join(words), "-".join(words)}
    out = set()
    for seps in itertools.product(" -", repeat=len(words) - 1):
        out.add(words[0] + "".join(sep + word for sep, word in zip(seps, words[1:], strict=True)))
    return out
