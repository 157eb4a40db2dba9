"""Number words of other languages before a magnitude word ("sechs Millionen US-Dollar").

German, Spanish, French, Italian and Portuguese: "seis millones de dólares", "seicento
miliardi", "un milliard". Only a number word followed by a magnitude word is read, or one that
counts models or experts ("sechs destillierte Varianten", "huit experts", "dont huit activés"):
alone, "sei", "tre" or "un" are common words. English number words are read whole by
``tokens.parse_number_words``.
"""

from __future__ import annotations

from decimal import Decimal

from r1claims.extract.lexicon import ACTIVE_WORDS, SPACED_MAG

__all__ = [
    "COUNTED_EXPERTS",
    "COUNTED_MODELS",
    "FOREIGN_NUMBER_WORDS",
    "read_foreign_count",
    "read_foreign_words",
]

# fmt: off
_SIMPLE = {
    # German
    "ein": 1, "eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    # Spanish
    "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "cien": 100,
    # French (and "six", read by the English table)
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    # Italian
    "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "cento": 100,
    # Portuguese
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "dez": 10,
    "cem": 100,
    # Finnish ("kuusi miljoonaa dollaria"), Dutch, Polish and Czech
    "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7,
    "kahdeksan": 8, "yhdeksän": 9, "kymmenen": 10, "twee": 2, "drie": 3, "vijf": 5, "zes": 6,
    "zeven": 7, "tien": 10, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8, "dziesięć": 10,
    "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "deset": 10,
    # Norwegian, Danish and Swedish ("seks millioner dollar", "sex miljoner"): read only before
    # a magnitude word, so "to" and "fire" stay English
    "fem": 5, "seks": 6, "syv": 7, "sju": 7, "åtte": 8, "otte": 8, "ti": 10, "två": 2,
    "fyra": 4, "sex": 6, "åtta": 8, "nio": 9, "tio": 10, "negen": 9,
    # Russian, Ukrainian and Arabic ("шесть миллионов долларов", "ستة ملايين دولار")
    "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "десять": 10, "п'ять": 5, "шість": 6,
    "сім": 7, "вісім": 8, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "عشرة": 10,
}
_HUNDREDS = {
    # Italian, Spanish, Portuguese and German hundreds, written as one word
    "duecento": 2, "trecento": 3, "quattrocento": 4, "cinquecento": 5, "seicento": 6,
    "settecento": 7, "ottocento": 8, "novecento": 9,
    "doscientos": 2, "trescientos": 3, "cuatrocientos": 4, "quinientos": 5, "seiscientos": 6,
    "setecientos": 7, "ochocientos": 8, "novecientos": 9,
    "duzentos": 2, "trezentos": 3, "quatrocentos": 4, "quinhentos": 5, "seiscentos": 6,
    "setecentos": 7, "oitocentos": 8, "novecentos": 9,
    "zweihundert": 2, "dreihundert": 3, "vierhundert": 4, "fünfhundert": 5, "sechshundert": 6,
    "siebenhundert": 7, "achthundert": 8, "neunhundert": 9,
}
# fmt: on
#: Every number word of the table, with its value.
FOREIGN_NUMBER_WORDS: dict[str, int] = {**_SIMPLE, **{w: n * 100 for w, n in _HUNDREDS.items()}}
#: Magnitude words that are English too, which the other languages read in another scale ("eine
#: Billion", "un billion" are a million millions): not read after a number word.
_SHORT_SCALE = frozenset({"billion", "trillion"})


def read_foreign_words(low: list[str], i: int) -> tuple[Decimal, Decimal, int] | None:
    """The number at lowercased token ``i`` when it is a number word of the table followed by a
    magnitude word: (value, precision, index of the magnitude word). Read to the magnitude, so
    "sechs Millionen" is 6 million to the million."""
    if not 0 <= i < len(low) - 1:
        return None
    n = FOREIGN_NUMBER_WORDS.get(low[i])
    if n is None:
        return None
    mag = SPACED_MAG.get(low[i + 1])
    if mag is None or len(low[i + 1]) < 3:  # "dos k", "un mn": no number words
        return None
    if low[i + 1] in _SHORT_SCALE:  # "eine Billion", "un billion": a million millions
        return None
    return Decimal(n) * mag, mag, i + 1


#: Nouns of models counted by a number word of another language ("sechs destillierte
#: Varianten", "шесть плотных моделей"): what the count counts.
_COUNTED_MODEL_WORDS = (
    "modelle modellen varianten modèles modelos modelli modele modeli моделей модели моделі "
    "нейросетей versionen versiones versioni نماذج إصدارات"
)
COUNTED_MODELS = frozenset(_COUNTED_MODEL_WORDS.split())
#: The experts of a mixture-of-experts layer, in the languages coverage is written in ("huit
#: experts", "otto esperti", "восемь экспертов"): a count of experts.
COUNTED_EXPERTS = frozenset(
    {
        "experts",
        "experten",
        "esperti",
        "expertos",
        "especialistas",
        "expertů",
        "experty",
        "eksperci",
        "ekspertów",
        "экспертов",
        "эксперта",
        "эксперты",
        "експертів",
        "експерти",
        "خبراء",
    }
)
#: Number words that are common words too ("un", "sei", "tre", "um", "due"): never a count.
_AMBIGUOUS_WORDS = (
    "un una uno ein eine einer um uma sei tre due dos sept neuf otto dez tien cento cem cien "
    "deset osm sedm yksi"
)
_AMBIGUOUS = frozenset(_AMBIGUOUS_WORDS.split())


def read_foreign_count(low: list[str], i: int) -> int | None:
    """The count a number word of the table at lowercased token ``i`` gives, when a noun of
    models follows it within three words ("sechs destillierte Varianten"); else None."""
    n = FOREIGN_NUMBER_WORDS.get(low[i]) if 0 <= i < len(low) else None
    if n is None or n < 2:
        return None
    if low[i + 1 : i + 2] and (low[i + 1] in COUNTED_EXPERTS or low[i + 1] in ACTIVE_WORDS):
        # "otto esperti", and "dont huit activés" after the noun it leaves out: the word
        # right after it makes even a common word a count
        return n
    if low[i] in _AMBIGUOUS:
        return None
    if any(w in COUNTED_MODELS or w in COUNTED_EXPERTS for w in low[i + 1 : i + 4]):
        return n
    return None
