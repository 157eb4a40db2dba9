"""A model as what was built or developed with a figure ("spent $500 million developing its AI
model", "built a model using 50,000 GPUs"): a company's whole spending or fleet is no one
model's."""

from __future__ import annotations

import re

from r1claims.checker.scopelang import BUILD_WORDS
from r1claims.checker.scopewords import ScopeTag

__all__ = ["MODEL_BUILT", "model_built_with", "model_developed"]

#: A model as what was built or developed ("to develop the AI model", "AI 모델 개발 비용"): a
#: company's spending over its history is no model's cost.
MODEL_BUILT = re.compile(
    r"(?:\b(?:buil(?:d|ds|t)|building|develop(?:s|ed|ing)?)|" + BUILD_WORDS + r")"
    r"\s+(?:\S+\s+){0,3}?(?:model|mô hình|modelo|mod[eè]le|modell)\b"
    r"|(?:모델|モデル|模型)\S?\s?(?:개발|開発|开发|研发)",
    re.IGNORECASE,
)


def model_developed(clause: str, tags: list[ScopeTag]) -> bool:
    """Does the clause give a sum as what one model cost to develop ("spent $500 million
    developing its AI model"), not as the hardware it needed ("on GPUs to develop it"), nor
    with the words of a relative clause ("DeepSeek, which builds open models, has spent ...")?"""
    return (
        MODEL_BUILT.search(_RELATIVE.sub(",", clause)) is not None
        and not any(t.name == "hardware" for t in tags)
        and _CHIPS.search(clause) is None
    )


def model_built_with(lead: str, after: str) -> bool:
    """Does the text give a count as what one model was built or developed with, right before
    it ("built a GPT-4-comparable model using 50,000 Hopper GPUs") or right after it ("10,000
    A100s were used to build its V3 model")? Not a model built in another clause ("DeepSeek,
    which built its first model on A100s, now has 50,000 GPUs") nor GPUs kept for one."""
    return bool(_BUILT_WITH.search(lead) or _USED_TO_BUILD.match(after))


#: A model built with what follows, up to the figure, with nothing but a qualifier between
#: ("built its model on", "developed an AI model with about"; not "built its model using less
#: than a tenth of its").
_BUILT_WITH = re.compile(
    r"(?:" + MODEL_BUILT.pattern + r")\s+(?:\w+\s+){0,2}?(?:using|with|on|from|atop)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|over|an?|estimated|its|their"
    r"|the|fleet|cluster|stockpile|of|up|to)\s+){0,4}$",
    re.IGNORECASE,
)
#: What a figure was used for, right after it: one model ("were used to build DeepSeek's V3
#: model", "was needed to develop the model").
_USED_TO_BUILD = re.compile(
    r"[^,.;:]{0,30}?\b(?:used|needed|required|employed|took)\s+(?:to|for|in)\s+"
    r"(?:" + MODEL_BUILT.pattern + r")",
    re.IGNORECASE,
)


_RELATIVE = re.compile(r",\s+(?:which|who|that)\b[^,;]{0,120},", re.IGNORECASE)
_CHIPS = re.compile(r"\b(?:gpus?|chips?)\b|GPU", re.IGNORECASE)
