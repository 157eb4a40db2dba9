"""Figures someone else measured, estimated or priced per unit: a reproduction of the model,
another evaluator's or a reader's own run, a study's error bar, a guess; an amount per item
("each trillion tokens ... cost $360,000") or a whole machine's rate. The record holds
DeepSeek's own figures and its totals, and cannot contradict these (`certainty.uncertain`)."""

from __future__ import annotations

import re

from r1claims.checker.figure_context import FigureContext
from r1claims.extract.figures import Figure

__all__ = ["ITEMS", "measured_elsewhere", "per_unit", "reproduction"]

_REPRODUCTION = re.compile(
    r"\b(?:reproduc(?:e[sd]?|ing|tion)|replicat(?:e[sd]?|ing|ion)|re-?implement\w*)\b",
    re.IGNORECASE,
)
#: An error bar after a score: a study's own measurement, which DeepSeek's tables do not give.
_ERROR_BAR = re.compile(r"\s*(?:±|\+/-|\+-)\s*\d")
_RERUN = re.compile(
    r"\bre-?(?:ran|run|runs|evaluat\w*|tested|measured)\b|\bown (?:harness|evaluation|tests?)\b"
    r"|\bindependent(?:ly)? (?:lab|tests?|testing|tested|evaluat\w*|benchmark\w*|testers?)\b"
    # another evaluator's own measurement ("Epoch AI measured R1 at 67%", "in our tests")
    r"|\bmeasured\b|\bin (?:our|my|their) (?:own )?(?:tests?|testing|evaluations?)\b"
    r"|\bleaderboard\b|['’]s (?:tests?|testing|harness|benchmark|evaluation)\b"
    r"|\bper [a-z0-9-]+\.(?:ai|com|chat|org|io)\b|\b(?-i:[A-Z])\w+ (?:reports|found)\b"
    # someone's own estimate ("My guess:", "I estimate", "by our estimate", "Some estimates")
    r"|\b(?:my|our) (?:guess|estimate|math|calculation)|\bI (?:estimate|guess|reckon)\b"
    r"|\bby (?:our|my) estimate|\bestimates? put\b|\bsome estimates\b"
    r"|\bestimated\b|\bguess(?:ed)?\b"
    # a reader's own run ("I got 30.0 for AIME", "we only got 23")
    r"|\b(?-i:I|[Ww]e)(?: only| just)? (?:got|get|obtained|scored)\b",
    re.IGNORECASE,
)


#: A reader's or another's own run of a benchmark, anywhere in the sentence ("In our eval",
#: "We ran R1 on AIME", "Our Q4_K_M build", "in Unsloth's tests", "Mi réplica"), for a score
#: the clause names the benchmark of and that no source of DeepSeek's is cited for ("In our
#: eval of the paper's table, DeepSeek lists R1 at ..." reads the paper).
_OWN_RUN = re.compile(
    r"\bin (?:our|my) (?:own )?(?:evals?|runs?|experiments?|trials?|setup|replication"
    r"|reproduction|breakdown)\b|\b(?-i:I|[Ww]e) (?:ran|tested|evaluated|benchmarked|reproduced"
    r"|replicated)\b|\bour (?:own |internal )?(?:build|copy|replication|reproduction|quant\w*)\b"
    r"|\binternal copy\b|\bquanti[sz]ed\b|\bQ\d_K\w*|\bGGUF\b|\b\d(?:\.\d+)?-bit\b"
    r"|\bin (?!deepseek)\w+['’]s (?:tests?|testing|evaluation|harness)\b"
    # the same in the languages coverage is written in ("Mi réplica", "Nos tests", "我们复现")
    r"|\b(?:mi|nuestra) réplica|\b(?:mis|nuestras) pruebas|\bnossa reprodução|\b(?:nossos|meus)"
    r" testes|\bnostra replica|\b(?:nostri|miei) test|\b(?:nos|mes) tests|\bnotre r[ée]p\w+"
    r"|\bunsere(?:n)? (?:nachmessung|messung|tests)|\bmeine tests|\bnachgemessen|testlerim"
    r"|我们复现|我们的测试|实测|复现|再現|追試|우리 테스트|재현|наши(?:х)? тест|воспроизвед",
    re.IGNORECASE,
)
_CITES_DEEPSEEK = re.compile(
    r"\b(?:paper|report|readme|table|model card|quot\w*"
    r"|deepseek(?:['’]s)? (?:says|said|lists|reports|claims|own))\b"
    # the same in the languages coverage is written in ("le rapport de DeepSeek indique")
    r"|\b(?:rapport|relatório|rapporto|informe|bericht|artikel|papier|tabelle|tableau|tabla"
    r"|tabella|tabela|отч[её]т|стать)\w*|论文|論文|논문|报告|報告|レポート|보고서"
    r"|\bdeepseek (?:gibt|nennt|indique|affirme|diz|indica|dice|afirma|sagt)\b"
    r"|\b(?:according to|selon|laut|según|secondo|segundo) deepseek|deepseek['’]e göre",
    re.IGNORECASE,
)


def reproduction(ctx: FigureContext) -> bool:
    """Does the sentence speak of someone's reproduction of the model ("Hugging Face launched
    Open-R1, an effort to reproduce R1, on January 25")? Its dates and figures are that
    effort's."""
    return _REPRODUCTION.search(ctx.sentence) is not None


def measured_elsewhere(ctx: FigureContext) -> bool:
    """Is the figure another's measurement: a reproduction ("Reproducing R1-Zero's Reasoning
    with RL for Under $30"), another evaluator's or a reader's run ("an independent lab re-ran
    the evaluation", "In our eval, R1 scored 95.1%"), an estimate, or a score with an error
    bar ("95.1% ± 1.4")?"""
    return (
        _REPRODUCTION.search(ctx.lead) is not None
        or _RERUN.search(ctx.lead) is not None
        or _ERROR_BAR.match(ctx.text_after) is not None
        or (bool(ctx.metrics) and _own_run(ctx))
    )


#: What an amount may be per ("trillion tokens", "user", "query"), after an English "per" (in
#: Italian "per" is "for": "6 milioni di dollari per addestrarlo").
ITEMS = (
    r"(?:(?:trillion|billion|million|thousand)\b|(?:[a-z-]+\s+)?(?:tokens?|parameters?|users?"
    r"|quer(?:y|ies)|requests?|problems?|questions?|samples?)\b)"
)
#: An amount per item before the figure in its clause ("each trillion tokens of pre-training
#: cost", "Per trillion tokens, ..."; not "per the paper", "Per DeepSeek's report", "Per
#: share", nor "each H800", a name).
_PER_ITEM = re.compile(
    r"\b(?:each|every)\s+(?!of\b|year\b|day\b|time\b|share\b)(?-i:[a-z])|\bper\s+" + ITEMS,
    re.IGNORECASE,
)
#: A figure right before: the per-item words are its rate's ("at $2 per hour, the run cost").
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|[a-zA-Z]+)?\s*$")
#: A machine of several GPUs whose rate the clause gives ("an 8-GPU H800 node costs $16 an
#: hour"): not one GPU's.
_MACHINE = re.compile(r"\b(?:node|server|machine|instance|rack|pod|box)s?\b", re.IGNORECASE)


def per_unit(fig: Figure, ctx: FigureContext) -> bool:
    """Is the money figure an amount per item, or a whole machine's rate ("a node costs $16 an
    hour"; not "DeepSeek's server capex")?"""
    if "/" in fig.unit:  # a rate: the record's rates are per item too ("each H800 for $2 per
        return _MACHINE.search(ctx.clause) is not None  # GPU hour"), but not per machine
    return any(
        _FIGURE_BEFORE.search(ctx.lead, 0, m.start()) is None for m in _PER_ITEM.finditer(ctx.lead)
    )


def _own_run(ctx: FigureContext) -> bool:
    """Does the figure's part of its sentence (between semicolons) speak of someone's own run,
    and cite nothing of DeepSeek's ("Mi réplica usa la versión destilada; DeepSeek-R1 obtuvo
    oficialmente un 72,5 %" states DeepSeek's score)?"""
    at = len(ctx.lead)  # (the sentence up to the figure)
    lo = max((m.end() for m in _PART.finditer(ctx.sentence, 0, at)), default=0)
    end = _PART.search(ctx.sentence, at)
    part = ctx.sentence[lo : end.start() if end else len(ctx.sentence)]
    return _OWN_RUN.search(part) is not None and _CITES_DEEPSEEK.search(part) is None


_PART = re.compile(r"[;；]")
