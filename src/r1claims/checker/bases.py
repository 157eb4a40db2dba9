"""Names written as what another thing is built on ("based on DeepSeek-V3", "on top of
V3-Base", "distilled from R1"): such a name is not what the text is about, nor what a pronoun
after it stands for ("Built on the open-source DeepSeek-V3, it was trained for $6 million")."""

from __future__ import annotations

import re

from r1claims.checker.mention import Mention

__all__ = ["base_before_clause", "named_as_base", "opens_with_base"]

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


#: A participle that opens a sentence with what its subject is built on ("Built on DeepSeek-V3,
#: it ...", "Based on V3, R1 ...").
_OPENING_BASE = re.compile(
    r"\W*(?:built|based|derived|distilled|fine-?tuned|trained)\s+(?:on|from|upon)\b", re.IGNORECASE
)


def opens_with_base(text: str, start: int) -> bool:
    """Does the sentence at ``text[start:]`` open with what its subject is built on?"""
    return _OPENING_BASE.match(text, start) is not None


#: After the comma that follows a base's name, words that go on describing it ("Based on V3,
#: which cost ...", "Built on V3, a 671B model ..."): the main clause has not begun.
_STILL_THE_BASE = re.compile(r"\s*(?:which|that|who|whose|a|an)\b", re.IGNORECASE)


def base_before_clause(text: str, lo: int, m: Mention, end: int) -> bool:
    """Is the mention ``m`` a base named in a phrase that opens the sentence at ``lo``, before
    the main clause that ``end`` lies in ("Built on DeepSeek-V3, it ... cost $6 million": V3 is
    not what the figure is about)?"""
    comma = text.find(",", m.end, end)
    return (
        comma >= 0
        and opens_with_base(text, lo)
        and named_as_base(text, m.start, m.end)
        and not _STILL_THE_BASE.match(text, comma + 1)
    )
