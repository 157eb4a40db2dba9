"""Is a figure's sentence an assertion of the record's facts? Not when it rejects the claim it
quotes, speaks of a later version, asks, supposes, or names another setting of a benchmark.

These tests scan long alternations of phrases, the costliest of a figure's tests, so each is
found once per sentence (`sentence_says`, in the document's memo) and shared by its figures.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from r1claims.checker.figure_context import FigureContext
from r1claims.checker.scopewords import fold

__all__ = ["REJECTING", "asserted", "other_setting", "sentence_says"]

#: A condition before the figure ("If R1 scored 90% on AIME 2024, ...").
_IF_BEFORE = re.compile(r"\bif\b|\bwhether\b", re.IGNORECASE)

_HYPOTHETICAL = re.compile(
    r"\b(?:would|could|might)(?: not)? have\b|\bwould've\b|\bif\b[^.;]{0,80}\bhad\b"
    r"|\b(?:suppose|imagine|hypothetical\w*|would)\b|^should\b"
    # a counterfactual: "without safety RL, R1 could score over 70%"
    r"|\bwithout\b[^.;]{0,80}\bcould\b"
    # the conditional of other languages: "O novo modelo teria 1,2 trilhão de parâmetros"
    r"|\b(?:teriam?|seriam?|poderiam?|haveria|tendrían?|serían?|habrían?|podrían?|"
    r"aurai(?:t|ent)|seraie?n?t|pourraie?n?t|(?:avrebb|sarebb|potrebb)(?:e|ero)|"
    r"hätten?|wären?|würden?|könnten?)\b",
    re.IGNORECASE,
)

#: Words that reject the figure as a claim ("The claim that R1 scored 95% ... is false",
#: "a myth", "Fact check:"), in several languages.
_REJECTED = re.compile(
    r"\b(?:is|was|are|were)\s+(?:simply\s+|just\s+|completely\s+|totally\s+)?"
    r"(?:false|wrong|incorrect|untrue|fabricated|bogus|fake|made up|a myth|misinformation)\b"
    r"|\bdebunk\w*|\bfact[- ]?check\w*|\bmyths?\b|\bhoax\b|\bignore (?:the )?claims?\b"
    r"|\bno evidence\b|\bfalsch\b|\bfaux\b|\bfalso\b|\bложь|\bложно|\bфейк|\bнеправда|谣言|不实"
    r"|虚假|假的|\bwrong\b|\bnonsense\b|\bfiction\b|\bmistaken\w*|\bsupposed\b|\bmeme\b"
    r"|doesn['’]t hold up|\bnobody\b|\bno one\b|\bforget\b"
    r"|\b(?:is|was|are|were)(?:\s+not|n['’]t)\s+(?:supported|true|accurate|correct|borne out)\b"
    r"|\bunfounded\b|\bbaseless\b|\binaccurate\b|\bunsupported\b"
    r"|nothing of the kind|\bno source\b|\bnot true\b|\bnot the case\b|\bmisread\b",
    re.IGNORECASE,
)
#: A later version of a model, described rather than named ("the new version of R1", "the May
#: update", "its successor"): its figures are not the record's.
_LATER_VERSION = re.compile(
    r"\b(?:new|newer|latest|updated|upgraded|improved)\s+(?:\w+\s+)?(?:version|release"
    r"|checkpoint|iteration)\b|\bupdat(?:e|ed|es)\b|\bupgrad\w*|\bsuccessor\b|\brefresh"
    # the same in other languages: "更新后的R1", "aktualisierte Version", "nouvelle version"
    r"|更新|升级|新版|アップデート|업데이트|\baktualisiert\w*|\bneue(?:n|r)? version"
    r"|\bnouvelle version|\bmise à jour|\bversión actualizada|\bnueva versión|\bобновл\w*"
    # a version named by its date tag ("0528 version", "Version 0528", "0528版")
    r"|\b(?:0[1-9]|1[0-2])[0-3]\d\s*(?:version|release|update|checkpoint|版)"
    r"|\b(?:version|versión|versão|versione)\s+(?:0[1-9]|1[0-2])[0-3]\d\b"
    r"|\bнов(?:ая|ой) верси",
    re.IGNORECASE,
)
#: A benchmark named with another year, version or setting than the record's ("AIME 2025",
#: "LiveCodeBench v5", "MATH level 5", "pass@64", "majority voting", "greedy decoding").
_OTHER_SETTING = re.compile(
    r"(?<![A-Za-z])AIME[\s-]*(?!2024)(?:19|20)\d\d(?!\d)|\bAIME[\s-]*II?\b|\bLiveCodeBench[\s-]*v\d"
    r"|\bMATH[\s-]*(?:level|lvl)\b|\bfull MATH\b|\bpass@(?!1\b)\d+|\bcons@\d+|\bmajority[- ]vot"
    r"|\bvoto di maggioranza|\bmehrheitsentscheid|\bvoto (?:por|de) mayoría|\bvote majoritaire"
    r"|\bvotação (?:por|de) maioria|多数投票|多数決|다수결"
    r"|\bgreedy\b|\bCNMO[\s-]*(?!2024)(?:19|20)\d\d(?!\d)|\bAlpacaEval(?![\s-]*2\.0)"
    r"|without length control|\bcode[- ]editing\b|\btoken cap|\bcapped\b|\bharness\b"
    r"|\((?:[A-Z][a-z]{2,8})\s*[-–]\s*[A-Z][a-z]{2,8} 20\d\d\)",
    re.IGNORECASE,
)


def asserted(ctx: FigureContext) -> bool:
    """Does the sentence state its figures as facts of the record's models? Not when it rejects
    the claim it quotes, speaks of a later version, asks, or supposes (a hypothetical: "If
    DeepSeek had bought its GPUs at $30,000 apiece, ... would have run to $61 million"), nor
    when the figure's own part of it says it was said wrongly or is a rumour."""
    return (
        not _IF_BEFORE.search(ctx.lead)
        and not sentence_says(ctx, "rejects", _rejects)
        and not _SAID_WRONGLY.search(ctx.lead, _own_part_start(ctx.lead))
    )


#: Words that make what follows a wrong report or a rumour, in the figure's own part of the
#: sentence ("A slide deck wrongly listed R1's release as", "Un article affirmait à tort que",
#: "Contrary to reports of a", "网传R1参数量达到"); not in another part ("Some blogs wrongly said
#: V3 was free to train, but R1 actually scored 72.5%", "Contrary to expectations, R1 ...").
_SAID_WRONGLY = re.compile(
    r"\b(?:wrongly|falsely|erroneously|mistakenly|incorrectly)\b|\bà tort\b|\bfälschlich\w*"
    r"|\berróneamente\b|\berroneamente\b|\bpor error\b|\bfake news\b|\bcontrary to\b"
    r"|\brumou?r(?:s|ed)?\b|传言|网传|謠傳|谣传|噂|デマ|루머|가짜|\bbulos?\b|\bbufala\b"
    r"|\bfalschmeldung"
    # a belief others held ("Some readers believed the Nasdaq fell 6%")
    r"|\b(?:readers|people|users|viewers|many|some) (?:wrongly )?(?:believed|assumed|thought)\b",
    re.IGNORECASE,
)
#: Where the figure's own part of a sentence starts: after a semicolon or a comma ("Contrary to
#: popular belief, Nvidia lost ..."); a colon leaves a label its part ("Fake news: 'R1
#: released Jan 1'").
_OWN_PART = re.compile(r"[;；,，]|\bin fact\b|\bactually\b|\bbut\b", re.IGNORECASE)


def _own_part_start(lead: str) -> int:
    """Where the figure's own part of the sentence starts: after the last break of ``lead``."""
    return max((m.end() for m in _OWN_PART.finditer(lead)), default=0)


#: The three, as one scan of the lowercased sentence that tries only the starts of words (and
#: every character of another script: CJK writes no word boundaries), several times faster than
#: three case-blind scans. Every phrase starts with a word character (a test parses them).
REJECTING = re.compile(
    r"(?:\b(?=\w)|(?=[^\x00-\x7f]))(?:"
    + "|".join(f"(?:{fold(p.pattern)})" for p in (_REJECTED, _LATER_VERSION, _HYPOTHETICAL))
    + ")"
)


def _rejects(sentence: str) -> bool:
    return sentence.rstrip().endswith("?") or bool(REJECTING.search(sentence.lower().lstrip()))


def sentence_says(ctx: FigureContext, name: str, test: Callable[[str], bool]) -> bool:
    """``test`` of the figure's sentence, found once per sentence: these scans of long
    alternations cost more than the rest of a figure's tests, and a sentence often holds
    several figures."""
    key = (ctx.sentence_start, f"{name}/{len(ctx.sentence)}")
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = test(ctx.sentence)
    return bool(found)


def other_setting(sentence: str) -> bool:
    return _OTHER_SETTING.search(sentence) is not None
