"""Names written as what another thing is built on ("based on DeepSeek-V3", "on top of
V3-Base", "distilled from R1"): such a name is not what the text is about, nor what a pronoun
after it stands for ("Built on the open-source DeepSeek-V3, it was trained for $6 million")."""

from __future__ import annotations

import re

__all__ = ["named_as_base"]

#: Words before a name that make it what another thing is built on.
_BASE_BEFORE = re.compile(
    r"\b(?:based on|built on(?: top of)?|on top of|derived from|fine-?tuned (?:from|on)|"
    r"distilled from|successor to|upgrade of|powered by|runs on|running on)\s+"
    # a determiner or an owner, and an adjective ("built on DeepSeek's V3 base model", "built
    # on the open-source DeepSeek-V3")
    r"(?:the\s+|its\s+|their\s+|[\w-]+['’]s\s+)?"
    r"(?:(?:open[- ]source|open[- ]weights?|earlier|existing|previous|own|flagship)\s+)?$",
    re.IGNORECASE,
)
#: After a name, a postposition that makes it what another thing is built on (Hungarian "a
#: V3-Base modellen felül": on top of the V3-Base model).
_BASE_AFTER = re.compile(r"\s+(?:modell\w*\s+)?felül\b", re.IGNORECASE)


def named_as_base(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` named as what something else is built on?"""
    return bool(
        _BASE_BEFORE.search(text, max(0, start - 30), start) or _BASE_AFTER.match(text, end)
    )
