"""Find licence names in text ("MIT License", "Apache 2.0", "Llama 3.1 Community License").

A licence is a categorical figure: the checker compares it with licence claims in the record.
The name is normalised to a short canonical form so that "the MIT licence" and "MIT License"
compare equal.
"""

from __future__ import annotations

import re

__all__ = ["LICENCE_PATTERN", "canonical_licence", "find_licences"]

#: Licence names, longest forms first. Bounded repetitions only: linear on any input.
LICENCE_PATTERN = re.compile(
    r"\b(?:"
    r"MIT(?:[- ](?:License|Licence|license|licence|licensed|licenced))?"
    r"|Apache(?:[- ](?:License|Licence|license|licence))?(?:,? (?:v(?:ersion)? ?)?2(?:\.0)?)?"
    r"|Apache-2\.0"
    r"|(?:A|L)?GPL(?:-?v?[23](?:\.0)?)?(?:\+|-or-later|-only)?"
    r"|BSD(?:-[23]-Clause)?(?: (?:License|licence|license))?"
    r"|CC[- ]BY(?:-(?:SA|NC|ND)){0,2}(?:[- ][1-4]\.0)?"
    r"|DeepSeek (?:Model )?Licen[cs]e"
    r"|Llama [23](?:\.\d)? Community Licen[cs]e(?: Agreement)?"
    r")(?![\w-])",
)

_PLAIN = re.compile(r"[^a-z0-9.]+")


def canonical_licence(name: str) -> str:
    """Short comparable form: 'MIT License' -> 'mit', 'Apache License 2.0' -> 'apache-2.0'."""
    low = _PLAIN.sub(" ", name.lower()).replace("licence", "license").split()
    # "DeepSeek License" is the DeepSeek Model License
    skip = {"license", "licensed", "licenced", "version", "v", "agreement", "model"}
    words = [w for w in low if w not in skip]
    if words and words[0] == "apache":
        return "apache-2.0"
    return "-".join(words)


#: Words near a bare "MIT" that make it the licence, not the university ("under MIT",
#: "MIT-licensed", "License: MIT", "open-sourced under an MIT"), in any language.
_LICENCE_NEAR = re.compile(
    r"licen|lizenz|open[- ]?(?:source|weight)|permissive|under|sous|bajo|sob|unter", re.IGNORECASE
)
_NEAR = 40


def find_licences(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, canonical name)`` of every licence name in ``text``; a bare "MIT" only
    with licence words near it ("researchers at MIT" is the university)."""
    found = []
    for m in LICENCE_PATTERN.finditer(text):
        if m.group(0) == "MIT" and not _LICENCE_NEAR.search(
            text, max(0, m.start() - _NEAR), min(len(text), m.end() + _NEAR // 2)
        ):
            continue
        found.append((m.start(), m.end(), canonical_licence(m.group(0))))
    return found
