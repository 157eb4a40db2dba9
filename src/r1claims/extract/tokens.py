"""One-pass tokeniser and number-literal parsing for figure extraction."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from r1claims.extract.lexicon import CJK_AFTER_NUMBER, SCALE_WORDS, TENS_WORDS, UNIT_WORDS
from r1claims.extract.lexicon_world import WORLD_CJK_MAG

__all__ = ["HYPHENS"]

# A number literal. Every repetition is bounded and every alternative ends at a non-digit, so
# scanning is linear: digit runs longer than 30 are taken whole by the `long` alternative and
# ignored. Alternatives, in order: English thousands "2,048" / "1,234.5"; Swiss apostrophe
# thousands "50’000"; dot thousands "1.234.567" / "1.234,5"; space or thin-space thousands
# "1 234 567" (never straight after a letter, so "R1 671B" stays apart, nor before one, so
# "llama 3 405B" does too); a plain number with
# a decimal point, or a decimal comma followed by one or two digits that does not continue a
# list ("1,5" but not "1,1,1").
_NUM = (
    r"[0-9]{1,3}(?:,[0-9]{3}){1,8}(?:\.[0-9]{1,12})?(?![0-9])"
    r"|[0-9]{1,3}(?:[’'][0-9]{3}){1,8}(?:\.[0-9]{1,12})?(?![0-9])"
    # a machine translation's space after the thousands comma ("10, 000 units", "2, 048
    # GPUs"): only before a group that opens with a zero, which no list item does
    r"|(?<![0-9.,])[0-9]{1,3}(?:, 0[0-9]{2}){1,3}(?![0-9])"
    r"|[0-9]{1,3}(?:\.[0-9]{3}){2,8}(?:,[0-9]{1,12})?(?![0-9])"
    r"|[0-9]{1,3}\.[0-9]{3},[0-9]{1,12}(?![0-9])"
    r"|(?<![^\W\d_])[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3}){1,8}(?:[.,][0-9]{1,12})?"
    r"(?![0-9A-Za-z])"
    # a decimal point that a transcript or a spun copy follows with a space, before a
    # magnitude word ("2. 8 million GPU hours", "14. 8 trillion tokens"); never at a line's
    # start, where "1. 5 million downloads" is a numbered item
    r"|(?<![0-9.,])(?<!^)(?<!\n)(?<!\n )[0-9]{1,3}\. [0-9]{1,2}"
    r"(?= (?i:million|billion|trillion)\b)"
    r"|[0-9]{1,30}(?:\.[0-9]{1,12}(?![0-9])|,[0-9]{1,2}(?![0-9])(?!,[0-9]))?"
)
# Chinese, Japanese and Korean: a magnitude character is a token of its own ("557.6万美元" is
# 557.6 x 10^4 US dollars), and a run of CJK or Hangul letters is a word apart from Latin
# letters glued to it ("GPU小时").
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\u0e00-\u0e7f"  # and Thai
_LETTER = r"[^\W\d_" + _CJK + r"]"  # a letter of any other script
#: The CJK and Hangul magnitude characters, each a token of its own ("万", "億", "억").
_CJK_MAGS = "千万萬亿億兆천만억조"
#: Vowel signs and other marks of Devanagari, Bengali and Thai, which are no letters to ``\w``
#: but belong inside a word ("मिलियन", "মিলিয়ন"); only texts that hold them pay for them.
_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7"
_MARKS += "\u09e2\u09e3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# and of Gurmukhi, Gujarati, Tamil, Telugu, Kannada and Malayalam ("ટકા", "சதவீதம்")
_MARKS += "\u0a01-\u0a03\u0a3c-\u0a51\u0a81-\u0a83\u0abc-\u0acd\u0ae2\u0ae3\u0b82\u0bbe-\u0bcd"
_MARKS += "\u0c00-\u0c04\u0c3e-\u0c56\u0c81-\u0c83\u0cbc-\u0cd6\u0d00-\u0d03\u0d3b-\u0d4d\u0d57"
_HAS_MARKS = re.compile("[" + _MARKS + "]")


def _token_re(letter: str) -> re.Pattern[str]:
    return re.compile(
        r"(?P<url>(?:https?://|www\.)[^\s<>\"]{1,500})"
        r"|(?P<long>[0-9]{31,})"
        r"|(?P<num>" + _NUM + r")"
        r"|(?P<cjkmag>[" + _CJK_MAGS + r"])"
        r"|(?P<cjk>[" + _CJK + r"]{1,60})"
        r"|(?P<curcode>(?:USD|EUR|GBP|RMB|CNY|JPY|HKD|INR|IDR|Rp|Rs|(?<=\$)(?:US|A|NZ))(?=[0-9]))"
        r"|(?P<code>" + letter + r"{1,20}[0-9]{1,10}(?:" + letter + r"{1,10}[0-9]{0,10}){0,2})"
        r"|(?P<word>" + letter + r"{1,60}(?:['’]" + letter + r"{1,10})?)"
        r"|(?P<sym>[^\w\s])"
    )


_TOKEN_RE = _token_re(_LETTER)
_TOKEN_RE_MARKS = _token_re(r"(?:" + _LETTER + r"|[" + _MARKS + r"])")
#: Decimal digits of other scripts ("৫.৬", "٥٠٠"), read as ASCII digits: one character for
#: one, so every offset stays the text's own.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


#: Typographic hyphens (U+2010, U+2011) as "-", one character for one (offsets stay).
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


class _Digits(dict[int, "int | str"]):
    """Every decimal digit of another script -> its ASCII digit, and the Arabic separators ->
    ASCII ones, for `str.translate`: filled per character as texts meet them (a table of every
    code point took 0.12 s, paid by the first text with a digit of another script)."""

    def __missing__(self, code: int) -> int | str:
        char = chr(code)
        found: int | str = (
            str(unicodedata.digit(char)) if unicodedata.category(char) == "Nd" else code
        )
        self[code] = found
        return found


#: (the Arabic decimal and thousands separators: "٧٩٫٨" is 79.8, "٢٬٠٤٨" is 2,048)
_DIGITS = _Digits({0x066B: ".", 0x066C: ","})


@dataclass(slots=True)
class Tokens:
    """The token stream of one text, as parallel lists (cheaper than one object per token)."""

    text: str
    kinds: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    low: list[str] = field(default_factory=list)
    n: int = 0
    #: indexes of CJK / Hangul word tokens: those scripts write no space between words, so a
    #: number next to one is not glued into it ("は560万ドル", "2048块H800").
    cjk: set[int] = field(default_factory=set)

    def glued(self, i: int) -> bool:
        """True when token ``i`` follows token ``i - 1`` with nothing in between, and neither is
        a CJK word (whose neighbours are separate words although no space stands between)."""
        return (
            0 < i < self.n
            and self.starts[i] == self.ends[i - 1]
            and i not in self.cjk
            and i - 1 not in self.cjk
        )

    def kind(self, i: int) -> str:
        return self.kinds[i] if 0 <= i < self.n else ""

    def lo(self, i: int) -> str:
        return self.low[i] if 0 <= i < self.n else ""

    def rw(self, i: int) -> str:
        return self.raw[i] if 0 <= i < self.n else ""

    def line_start(self, i: int) -> bool:
        """True when only whitespace stands between the previous line break and token ``i``."""
        if i <= 0 or i >= self.n:
            return i <= 0
        return "\n" in self.text[self.ends[i - 1] : self.starts[i]]


def tokenize(text: str) -> Tokens:
    """Split ``text`` into url / long / num / code / word / sym tokens in a single regex pass."""
    if _OTHER_DIGIT.search(text):
        text = text.translate(_DIGITS)
    if "\u2010" in text or "\u2011" in text:  # typographic hyphens: "GPU\u2011hours"
        text = text.translate(HYPHENS)
    tk = Tokens(text)
    pattern = _TOKEN_RE_MARKS if _HAS_MARKS.search(text) else _TOKEN_RE
    matches = list(pattern.finditer(text))
    kinds = [m.lastgroup or "sym" for m in matches]
    if "cjk" in kinds or "curcode" in kinds:
        _tokenize_cjk(tk, matches)
    else:  # the common case, without the per-token branches: a few list comprehensions
        tk.kinds = kinds
        tk.starts = [m.start() for m in matches]
        tk.ends = [m.end() for m in matches]
        tk.raw = [m.group() for m in matches]
    tk.low = [r.lower() for r in tk.raw]
    tk.n = len(tk.raw)
    return tk


def _tokenize_cjk(tk: Tokens, matches: list[re.Match[str]]) -> None:
    """Tokens of a text with CJK runs or glued currency codes: a CJK run after a number gives
    its unit or date word a token of its own, and CJK tokens are recorded in ``tk.cjk``."""
    kinds, starts, ends, raw = tk.kinds, tk.starts, tk.ends, tk.raw
    for m in matches:
        kind = m.lastgroup or "sym"
        start, end, word = m.start(), m.end(), m.group()
        if (
            kind == "cjk"
            and kinds
            and kinds[-1] == "num"
            and _ODD.match(word)
            and ends[-1] == start
        ):
            # "500多萬美元": "多" (odd, more than) and the magnitude, tokens of their own
            tk.cjk.add(len(kinds))
            for k, part in (("word", "多"), ("cjkmag", word[1])):
                kinds.append(k)
                starts.append(start)
                ends.append(start + 1)
                raw.append(part)
                start += 1
            word = word[2:]
            if not word:
                continue
        if kind == "cjk":
            if (
                kinds
                and (kinds[-1] in ("num", "cjkmag") or raw[-1].lower() in _BEFORE_HOURS)
                and _next_to(tk.text, ends[-1], word, start)
            ):
                head = _cjk_head(word)
                while head:  # "天训练" after "3.7": the unit "天", then the rest of the run
                    tk.cjk.add(len(kinds))  # (and a currency after a magnitude: "พันล้าน
                    kinds.append("word")  # เหรียญสหรัฐใน...")
                    starts.append(start)
                    ends.append(start + head)
                    raw.append(word[:head])
                    start, word = start + head, word[head:]
                    head = _cjk_head(word) if raw[-1] in _MAGNITUDE_HEADS else 0
            tk.cjk.add(len(kinds))
            kind = "word"
        elif kind == "curcode":  # "USD6 juta": the currency code glued to the amount
            kind = "word"
        kinds.append(kind)
        starts.append(start)
        ends.append(end)
        raw.append(word)


#: "多" (odd, more than) between a number and its CJK magnitude: "500多萬", "2000多亿".
_ODD = re.compile("多[" + _CJK_MAGS + "]")
#: Latin words a CJK hour word follows ("GPU時間", "GPU 시간만"): its head is a token.
_BEFORE_HOURS = frozenset({"gpu", "gpus"})


def _next_to(text: str, end: int, word: str, start: int) -> bool:
    """Does the CJK run ``word`` follow the number that ends at ``end``: glued, or after one
    space (Korean writes spaces between words, "558만 달러를"; some Chinese sites put spaces
    around digits, "2024 年 12 月发布")?"""
    return end == start or (start - end == 1 and text[end] == " ")


_CJK_HEADS = sorted(CJK_AFTER_NUMBER, key=len, reverse=True)
#: Heads after which another head may follow in the same run: a magnitude, then its currency
_MAGNITUDE_HEADS = frozenset({"ล้าน", "พันล้าน", "หมื่นล้าน", "แสนล้าน", *WORLD_CJK_MAG})


def _cjk_head(word: str) -> int:
    """Length of the unit or date word that starts ``word`` and leaves something after it."""
    for head in _CJK_HEADS:
        if word.startswith(head) and len(word) > len(head):
            return len(head)
    return 0


@dataclass(slots=True)
class Literal:
    """A parsed number: its value and the resolution it was written to."""

    value: Decimal
    precision: Decimal
    integer: bool
    grouped: bool


_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'’")


def parse_literal(s: str) -> Literal | None:
    """Read a number literal in English, German or space-grouped notation.

    Resolution rule: decimals give ``10**-n``. For integers, trailing zeros are not significant
    in whole groups of three: "294,000" and "50,000" have resolution 1000, "2,048" and "100"
    have 1, "1,000,000" has 1e6.
    """
    grouped = any(c in s for c in " \u00a0\u202f\u2009'’")
    s = s.translate(_SPACES)
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
        grouped = True
    elif s.count(".") >= 2:
        s = s.replace(".", "")
        grouped = True
    elif "," in s:
        parts = s.split(",")
        if len(parts) > 2 or len(parts[1]) == 3:
            s = s.replace(",", "")
            grouped = True
        else:
            s = s.replace(",", ".")
    try:
        value = Decimal(s)
    except InvalidOperation:
        return None
    if "." in s:
        exp = -len(s.split(".", 1)[1])
        return Literal(value, Decimal(1).scaleb(exp), False, grouped)
    digits = s.lstrip("0")
    tz = len(digits) - len(digits.rstrip("0")) if digits else 0
    return Literal(value, Decimal(1).scaleb(3 * (tz // 3)), True, grouped)


def parse_number_words(tk: Tokens, i: int) -> tuple[Decimal, Decimal, int] | None:
    """Read an English number written in words from token ``i``, whole: "six", "twenty-five",
    "five hundred and twelve", "two thousand forty-eight", "six hundred seventy-one billion",
    "a hundred and forty-seven thousand", "five and a half million".

    Returns (value, precision, index just past the last word) or None. The precision is the
    place of the last word group: "two thousand" is to the thousand, "two hundred" to the
    hundred, "five hundred and twelve" to the unit. Kept by hand rather than taken from a
    library such as text2num: the span has to be found token by token anyway (text2num reads a
    string that is exactly a number), and the arithmetic is these few lines.
    """
    total = Decimal(0)
    group = Decimal(0)  # the part below the last scale word: "five hundred and twelve"
    scale_seen: Decimal | None = None
    last = ""  # kind of the last word read: unit, tens, hundred, scale
    precision = Decimal(1)
    k = i
    fraction = fraction_of_scale(tk, k)
    if fraction is not None:  # "half a billion", "a half-billion", "a quarter of a million"
        return fraction
    if tk.lo(k) == "a" and (tk.lo(k + 1) == "hundred" or tk.lo(k + 1) in SCALE_WORDS):
        group, last, k = Decimal(1), "unit", k + 1
    while k < tk.n:
        w = tk.lo(k)
        if w in UNIT_WORDS and (
            last in ("", "hundred", "scale") or (last == "tens" and UNIT_WORDS[w] < 10)
        ):
            group += UNIT_WORDS[w]
            last, precision, k = "unit", Decimal(1), k + 1
        elif w in TENS_WORDS and last in ("", "hundred", "scale"):
            group += TENS_WORDS[w]
            last, precision, k = "tens", Decimal(1), k + 1
            after = tk.lo(k + 1)
            hyphen = tk.rw(k) == "-" and tk.glued(k) and tk.glued(k + 1)
            if hyphen and after in UNIT_WORDS and UNIT_WORDS[after] < 10:  # "forty-eight"
                group += UNIT_WORDS[after]
                last, k = "unit", k + 2
        elif w == "hundred" and last in ("unit", "tens") and 0 < group < 100:
            group *= 100
            last, precision, k = "hundred", Decimal(100), k + 1
        elif w in SCALE_WORDS and last in ("unit", "tens", "hundred") and group > 0:
            scale = SCALE_WORDS[w]
            if scale_seen is not None and scale >= scale_seen:
                break  # "two thousand thousand" is not one number
            total += group * scale
            precision = precision * scale
            group, scale_seen, last, k = Decimal(0), scale, "scale", k + 1
        elif (
            w == "and"
            and last in ("hundred", "scale")
            and (tk.lo(k + 1) in UNIT_WORDS or tk.lo(k + 1) in TENS_WORDS)
        ):
            k += 1
        elif (
            w == "and"
            and last in ("unit", "tens")
            and tk.lo(k + 1) == "a"
            and tk.lo(k + 2) == "half"
            and tk.lo(k + 3) in SCALE_WORDS
        ):  # "five and a half million": a half of the scale that follows
            group += Decimal("0.5")
            precision, k = Decimal("0.1"), k + 3  # as precise as "5.5 million"
        elif w == "point" and last in ("unit", "tens") and UNIT_WORDS.get(tk.lo(k + 1), 10) < 10:
            k, place = k + 1, Decimal("0.1")  # "five point six million", as transcripts write
            while UNIT_WORDS.get(tk.lo(k), 10) < 10 and place > Decimal("1e-6"):
                group += UNIT_WORDS[tk.low[k]] * place
                precision, place, k = place, place / 10, k + 1
            last = "unit"
        else:
            break
    if not last:
        return None
    return total + group, precision, k


#: Fractions written before a scale word ("half a billion dollars").
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}


def fraction_of_scale(tk: Tokens, i: int) -> tuple[Decimal, Decimal, int] | None:
    """A fraction of a scale word from token ``i``: "half a billion", "half-billion", "a
    half-billion", "a quarter of a million" (value, precision, index past the scale word)."""
    k = i + 1 if tk.lo(i) == "a" else i
    part = _FRACTIONS.get(tk.lo(k))
    if part is None:
        return None
    k += 1
    if (tk.rw(k) == "-" and tk.glued(k) and tk.glued(k + 1)) or tk.lo(k) == "a":
        k += 1
    elif tk.lo(k) == "of" and tk.lo(k + 1) == "a":
        k += 2
    scale = SCALE_WORDS.get(tk.lo(k))
    if scale is None or tk.lo(k) in ("thousand", "hundred"):
        return None
    return part * scale, scale / 10, k + 1  # as precise as "0.5 billion"


@dataclass(slots=True)
class Hit:
    """A match over tokens ``first``..``last`` (inclusive); ``kind`` None means "consume, skip"."""

    first: int
    last: int
    kind: str | None = None
    value: Decimal = Decimal(0)
    unit: str = ""
    precision: Decimal = Decimal(1)
    qualifier: str = "exact"
    lower: Decimal | None = None
    upper: Decimal | None = None
    hardware: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    noun: str | None = None
    magnitude: Decimal | None = None
