"""Scope words: phrases in running text that say what a figure covers, mapped to scope phases.

The checker reads the words around a figure ("final training run", "entire project",
"reinforcement learning", "hardware", "intraday") and compares the phases they allow with the
phase of the record it links to. The table is domain vocabulary about *kinds of scope*, never
about particular sentences, so it applies to any record that uses the phase vocabulary of
`r1claims.record.model`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from r1claims.checker.scopelang import BUILD_WORDS, EQUIPMENT_WORDS, TRAIN_WORDS

__all__ = [
    "MODEL_SPEND",
    "PARTIAL_PHASES",
    "SCOPE_TAGS",
    "TOTAL_TAG",
    "TRAINED",
    "ScopeTag",
    "find_scope_tags",
    "unit_denominators",
]

_TRAINING_PHASES = frozenset(
    {
        "pretraining",
        "context_extension",
        "post_training",
        "full_training_run",
        "rl_training",
        "sft_data_generation",
        "distillation",
    }
)


#: Phases that are one stage of building a model. A cost of one of them must be named as that
#: stage ("the RL stage", "on top of V3-Base"): "R1 cost $294,000" gives a part as the whole.
PARTIAL_PHASES = _TRAINING_PHASES - {"full_training_run"}
#: Claim kinds whose figures coverage most often gives to the wrong model.
MODEL_SPEND = frozenset({"cost", "gpu_count", "gpu_hours", "duration"})

# a unit price ("$2 per GPU-hour", "$30,000 an H100") is not re-scoped by what it priced
_SPEND_KINDS = frozenset({"cost", "gpu_count", "gpu_hours", "duration", "data_size"})
_MARKET_KINDS = frozenset(
    {"share_price_change", "market_cap_change", "share_price", "index_change"}
)


@dataclass(frozen=True)
class ScopeTag:
    """A kind of scope a text can give a figure, the phrases that signal it, the phases of a
    record that fit it, and the claim kinds it can say anything about (a "release" word next to
    a count of models does not re-scope the count)."""

    name: str
    pattern: str
    phases: frozenset[str]
    kinds: frozenset[str] = _SPEND_KINDS


#: Tags in priority order. The first tags are the broad, whole-programme framings.
SCOPE_TAGS: tuple[ScopeTag, ...] = (
    ScopeTag(
        "whole_programme",
        r"entire (?:\w+ )?(?:project|programme|program|effort|development)|"
        r"total (?:development|project)"
        r"|all[- ]in|whole (?:project|effort|programme|program)|overall cost|"
        r"from scratch|development (?:costs?|budgets?|spend(?:ing)?)|"
        r"cost to (?:build|develop)|"
        r"to (?:build|develop) (?:it|the model|the whole)\b|\bthe project\b|"
        r"\b(?:its|their|company['’]?s) (?:total )?(?:expenses|expenditures?|spending|outlays?)\b",
        frozenset({"company_history_spend"}),
    ),
    # a total: the whole programme's, unless training is named beside it ("trained their V3
    # model ... at a total cost of $5.58 million" is the run's total, as the V3 report says)
    ScopeTag(
        "whole_programme",
        r"total (?:AI |compute )?(?:spend(?:ing)?|costs?|bill|budget|investment)",
        frozenset({"company_history_spend"}),
    ),
    # building or developing a model is the whole programme for a cost ("built for under $6
    # million"), but says nothing of a GPU count ("built up 10,000 A100s")
    ScopeTag(
        "build_cost",
        # "built on V3" is "based on", not what building cost; "developed on a modest budget" is
        r"\b(?:buil(?:d|ds|t)|building|develop(?:s|ed|ing)?|creat(?:e|es|ed|ing)"
        r"|produc(?:e|ed|es|ing))\b"
        r"(?!\s+(?:on|upon|atop)\b"
        r"(?!\s+(?:an?|its|their)\s+(?:[\w-]+\s+)?(?:budget|shoestring)))|"
        r"\bmade (?:for|with)\b|\bto make (?:it|the model|its)\b"
        # its development as a noun ("credited to its cost-effective development, under $6M")
        r"|\b(?:its|their)\s+(?:[\w-]+\s+)?development\b|" + BUILD_WORDS,
        frozenset({"company_history_spend"}),
        frozenset({"cost"}),
    ),
    ScopeTag(
        "hardware",
        r"hardware(?! used)|하드웨어|ハードウェア|硬件|硬體|servers?|capex|"
        r"capital (?:expenditure|spending|investment)|build-?outs?|"
        r"infrastructure spend|data cent(?:er|re)s?|(?:gpu|chip) (?:spend|purchases?)|"
        # not the idiom "held its own against o1" (it competed well)
        r"\bbought\b|(?<!\bh[eo]ld its )(?<!\bholds its )(?<!holding its )(?<!\bh[eo]ld their )"
        r"(?<!holding their )(?<!its )(?<!their )(?<!['’]s )\bowns?\b"
        r"|at (?:its|their) disposal|\bfleet\b|" + EQUIPMENT_WORDS,
        frozenset({"fleet_capex", "hardware_fleet", "company_history_spend"}),
    ),
    ScopeTag(
        "operating",
        r"operat(?:ing|ions?|e) (?:costs?|the clusters?)|cluster operations|opex|running costs",
        frozenset({"fleet_opex"}),
    ),
    ScopeTag(
        "deployment",
        r"to run (?:it|the model)|run locally|inference|serv(?:e|ing) (?:it|the model)|"
        r"deploy(?:ment|ing)?|self-host(?:ing)?",
        frozenset({"inference_deployment"}),
    ),
    ScopeTag(
        "rl",
        r"reinforcement[- ]learning|\bRL\b|post-?training|GRPO|supervised fine-?tuning|\bSFT\b|"
        # the same in the languages coverage is written in
        r"强化学习|強化學習|強化学習|강화\s?학습|后训练|後訓練|后期训练|後期訓練|事後学習|"
        r"apprentissage par renforcement|aprendizaje por refuerzo|aprendizagem por refor[çc]o|"
        r"apprendimento per rinforzo|bestärkende\w* lernen|uczeni\w* ze wzmocnieniem|"
        r"обучени\w* с подкреплением|навчанн\w* з підкріпленням|"
        r"обучение с (?:утвърждение|подсилване)|"
        r"megerősítéses tanul\w*|zpětnovazební\w* učení|posilovan\w* učení|posilňovan\w* učen\w*|"
        r"potkrepljen\w*|förstärkningsinlärning|forstærkningslæring|vahvistusoppi\w*|"
        r"învățare\w* prin (?:întărire|consolidare)|skatinamasis mokym\w*|pekiştirmeli öğrenme|"
        # a text that says what the figure leaves out knows it is one stage
        r"\bleaves? out\b|\bexclud(?:es|ing)\b|\bnot (?:counting|including)\b",
        frozenset({"rl_training", "post_training", "sft_data_generation"}),
    ),
    ScopeTag(
        "pretraining",
        r"pre-?train(?:ing|ed)?\b(?! (?:run|model))|pre-?training stage|"
        r"预训练|預訓練|事前学習|사전\s?(?:학습|훈련)|pr[ée]-?entra[iî]n\w*|preentrena\w*|"
        r"pr[ée]-?trein\w*|pre-?addestr\w*|vortrain\w*|предобуч\w*|pre-?trening\w*",
        frozenset({"pretraining"}),
    ),
    ScopeTag(
        "full_run",
        r"full (?:official )?training|whole training run|all (?:training )?stages|"
        r"total training costs?|"
        # and in Chinese, Japanese and Korean ("全学習に", "整个训练", "전체 학습")
        r"全学習|学習全体|全体の学習|整个训练|完整训练|全部训练|整個訓練|完整訓練|전체\s?(?:학습|훈련)",
        frozenset({"full_training_run"}),
    ),
    ScopeTag(
        "final_run",
        r"base model|final (?:training )?run|training run|official training|pre-?training run",
        frozenset({"pretraining", "context_extension", "full_training_run"}),
        # what a run cost or used in GPU-hours; how long "the final run took" or on how many
        # GPUs is said of any model's last stage (R1's RL run as much as V3's)
        frozenset({"cost", "gpu_hours"}),
    ),
    # a rental valuation is how the official runs were priced: a cost "at rental prices" is a
    # training run's, whichever stage
    ScopeTag(
        "rental",
        r"\brent(?:al|ed|ing)?\b",
        _TRAINING_PHASES,
        frozenset({"cost"}),
    ),
    # ... and so is a cost "in computing power" or "of GPU time" (the runs' compute, priced)
    ScopeTag(
        "compute_time",
        r"\bin (?:raw )?computing power|\bof (?:GPU|compute) time\b|\bworth of compute\b",
        _TRAINING_PHASES,
        frozenset({"cost"}),
    ),
    ScopeTag(
        "training",
        r"\btrain(?:ed|ing)?\b|to train|" + TRAIN_WORDS,
        _TRAINING_PHASES,
        _SPEND_KINDS - {"cost"},
    ),
    # for a cost, "cost to train R1" names no stage: it says nothing of a full run's cost, and
    # a stage's cost presented so is the part given as the whole (`verdict`, PARTIAL_PHASES)
    ScopeTag(
        "intraday",
        r"intraday|during (?:the )?(?:day|session)|at (?:its|one) point",
        frozenset({"intraday"}),
        _MARKET_KINDS,
    ),
    ScopeTag(
        "close",
        r"\bclos(?:e|ed|ing)\b|end of (?:the )?(?:day|session)",
        frozenset({"trading_day_close", "closing_price", "previous_close"}),
        _MARKET_KINDS,
    ),
    ScopeTag(
        "release",
        r"releas(?:e|ed|ing)|launch(?:ed|es)?|unveil(?:ed)?|debut(?:ed)?|came out|open-?sourced"
        r"|发布|發布|リリース|출시|lanzad\w*|lanzó|lancé\w*|lançad\w*|lançou|veröffentlich\w*"
        r"|rilasciat\w*|выпуст\w*|выпущен\w*"
        r"|arriv(?:ed|al)|rolled out|went live|introduc(?:ed|es)"
        # Indonesian and Malay, Vietnamese, Dutch, Polish, Spanish, Portuguese, French, Italian,
        # German, Chinese, Japanese, Korean, Hindi and Thai
        r"|(?:me|di)?rilis\w*|(?:me|di)luncurkan|peluncuran|hadirnya|ra mắt|phát hành"
        r"|uitgebracht|gelanceerd|lanceerde|wydan[ya]|premier[aąy]\w*|lanzamiento|lançamento"
        r"|lancement|lanciat\w*|lancio|vorgestellt|erschien\w*|推出|上线|上線|公開|공개|लॉन्च"
        r"|เปิดตัว"
        # Hungarian, Czech and Slovak, Polish, Romanian, Swedish and Danish
        r"|kiadt\w*|adt(?:a|ák) ki|megjelen\w*|bemutatt\w*|vydal\w*|vydan\w*|představ\w*"
        r"|wypuści\w*|udostępni\w*|lansat\w*|lansare\w*|släpp\w*|lanserad\w*|lancerede"
        # Turkish, Arabic, Persian, Urdu and Swahili
        r"|piyasaya sür\w*|tanıttı|yayınla\w*|أطلق\w*|إطلاق|منتشر|عرضه|ریلیز|جاری کی\w*"
        r"|ilizinduliwa|ilitolewa|kuzindua|ilizindua|uzinduzi"
        # unveiled, premiered, put online: French, Italian, Spanish, German and Turkish
        r"|dévoil\w*|mis en ligne|svelat\w*|estren\w*|enthüllt\w*|kullanıma sunul\w*",
        frozenset({"release"}),
        frozenset({"date"}),
    ),
    ScopeTag(
        "app_ranking",
        r"app store|top (?:free )?app|most downloaded|No\. ?1\b|"
        r"number one|charts?",
        frozenset({"app_ranking"}),
        frozenset({"date", "leaderboard_rank"}),
    ),
    ScopeTag(
        "market_event",
        r"\bmarkets?\b|\bstocks?\b|\bshares\b|sell-?off|\brout\b|wall street|trading|"
        r"closing bell|wiped|erased"
        # the exchange and its shares in other languages ("A tőzsde ... hétfőn (január 27)")
        r"|börse|bourse|\bbolsa|\bborsa|\bbursa|\bburz[aey]|\bborz[aei]|tőzsd|részvény"
        r"|\bakci[eíj]|\bdelnic|\bdionic|акци|бирж|株価|股市|股价|股價|주가|증시",
        frozenset({"trading_day_close", "intraday", "closing_price"}),
        frozenset({"date"}),
    ),
    ScopeTag(
        "publication",
        r"published|paper|journal|preprint",
        frozenset({"publication"}),
        frozenset({"date"}),
    ),
    ScopeTag(
        "founding",
        r"founded|established in|spun (?:off|out)|(?:was|been) set up|set up (?:by|in)\b"
        r"|fundad[ao]|fundó|fondée?|gegründet|fondat[ao]|opgericht|założon\w*|основан\w*"
        r"|成立|創立|設立|설립|kuruldu|didirikan|thành lập",
        frozenset({"founding"}),
        frozenset({"date"}),
    ),
    ScopeTag(
        "funds",
        r"assets|under management|\bAUM\b|manag(?:es|ed) (?:about |over )?\$",
        frozenset({"funds_under_management"}),
        frozenset({"assets_under_management"}),
    ),
)

# One alternation with a named group per tag: one scan of the clause finds every tag.


def fold(pattern: str) -> str:
    """Lowercase a pattern's literal letters (not its escapes such as ``\\W``), so that it can
    run on lowercased text without ``re.IGNORECASE``, which is several times slower."""
    return re.sub(
        r"\\.|[A-Z]", lambda m: m.group(0) if len(m.group(0)) > 1 else m.group(0).lower(), pattern
    )


# Every phrase starts a word (with a word character: a test parses every alternative), so the
# search tries only the starts of words and CJK characters; the rest of the text is skipped.
_COMBINED = re.compile(
    r"(?:\b(?=\w)|(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))(?:"
    + "|".join(f"(?P<t{i}>{fold(tag.pattern)})" for i, tag in enumerate(SCOPE_TAGS))
    + ")"
)

_PER = re.compile(
    r"\b(?:per|each|every|for each|during each|for every)\s+"
    r"(token|query|request|task|prompt|input|forward pass|word|user|answer|response)s?\b",
    re.IGNORECASE,
)


#: Words before a scope phrase that add it rather than narrow to it ("2.8 million GPU hours
#: including post-training" is the full run; "$294,000 on top of a base model" is not the base
#: model's cost).
_INCLUDING = re.compile(
    r"(?:including|incl\.|plus|as well as|together with"
    r"|(?:on top of|atop|beyond) (?:an? |the |its )?)\s*$"
)


#: A denial before a scope phrase in its clause ("isn't about how much hardware", "does not
#: account for the entire cost"); not "not only ... but", nor "don't forget" (`NEGATED`'s).
_DENIED = re.compile(
    r"(?:\bnot|n't|\bnever)\b(?!\s+(?:only|just|merely|simply|forget|believe|surpris\w*"
    r"|wonder\w*|to mention)\b)[^.;:,!?]{0,30}$"
)


def _kept(lowered: str, lo: int, start: int) -> bool:
    """Does the scope phrase at ``start`` narrow the figure: not added to it ("including ..."),
    nor denied of it?"""
    return not _INCLUDING.search(lowered, max(lo, start - 14), start) and not _DENIED.search(
        lowered, max(lo, start - 40), start
    )


def find_scope_tags(window: str) -> list[ScopeTag]:
    """Scope tags whose phrases occur in ``window``, in `SCOPE_TAGS` order.

    A narrower training tag hides the generic "training" one, so "training run" is read as a
    final-run framing and not as any training.
    """
    lowered = window.lower()
    hits = {
        int(m.lastgroup[1:])
        for m in _COMBINED.finditer(lowered)
        if m.lastgroup and _kept(lowered, 0, m.start())
    }
    return _tags_of(hits)


def _tags_of(hits: set[int]) -> list[ScopeTag]:
    if _TOTAL in hits and hits & _TRAINING:
        hits = hits - {_TOTAL}  # the training's total, not the programme's
    found = [SCOPE_TAGS[i] for i in sorted(hits)]
    names = {t.name for t in found}
    if names & {"rl", "pretraining", "final_run", "full_run", "whole_programme"}:
        found = [t for t in found if t.name != "training"]
    return found


#: The tag of a bare total ("a total cost of"); the tags and the words of training.
_TOTAL = next(i for i, t in enumerate(SCOPE_TAGS) if t.pattern.startswith("total (?:AI "))
TOTAL_TAG = SCOPE_TAGS[_TOTAL]
_TRAINING = frozenset(i for i, t in enumerate(SCOPE_TAGS) if t.name == "training")
TRAINED = re.compile(SCOPE_TAGS[min(_TRAINING)].pattern, re.IGNORECASE)


class ScopeIndex:
    """The scope phrases of a text, found once per sentence: `tags` of a span is
    `find_scope_tags` of its text (the checker asks for many overlapping clauses of each
    sentence that holds a figure, and most sentences hold none)."""

    def __init__(self, text: str, lowered: str | None, bounds: list[int]) -> None:
        self._text = text
        #: ``text.lower()`` when that keeps every offset ("İ" lowercases to two characters)
        self._lowered = lowered
        #: sentence boundaries, ascending, from 0 to ``len(text)``
        self._bounds = bounds
        self._hits: dict[int, list[tuple[int, int, int]]] = {}

    def _sentence_hits(self, k: int) -> list[tuple[int, int, int]]:
        found = self._hits.get(k)
        if found is None:
            lo, hi = self._bounds[k], self._bounds[k + 1]
            found = self._hits[k] = [
                (m.start(), m.end(), int(m.lastgroup[1:]))
                for m in _COMBINED.finditer(self._lowered or "", lo, hi)
                if m.lastgroup
            ]
        return found

    def tags(self, lo: int, hi: int) -> list[ScopeTag]:
        """The scope tags of ``text[lo:hi]``."""
        lowered = self._lowered
        if lowered is None:
            return find_scope_tags(self._text[lo:hi])
        first = max(0, bisect.bisect_right(self._bounds, lo) - 1)
        last = min(len(self._bounds) - 1, bisect.bisect_left(self._bounds, hi))
        hits = [h for k in range(first, last) for h in self._sentence_hits(k)]
        if any(start < lo < end or start < hi < end for start, end, _ in hits):
            # a phrase cut by the span's edge: the span's own text may hold another phrase
            return find_scope_tags(self._text[lo:hi])
        return _tags_of(
            {
                tag
                for start, end, tag in hits
                if lo <= start and end <= hi and _kept(lowered, lo, start)
            }
        )


def unit_denominators(window: str) -> list[str]:
    """What a rate is per, as the text says it: 'per query' -> ['query']."""
    return sorted({m.group(1).lower() for m in _PER.finditer(window)})
