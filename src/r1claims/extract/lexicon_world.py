"""Magnitude and currency words of more languages, merged into `lexicon`'s tables (kept apart
so each table stays readable; `lexicon` holds the English and the first languages added)."""

from __future__ import annotations

from decimal import Decimal

from r1claims.extract.lexicon_indic import INDIC_CURRENCY, INDIC_MAG, INDIC_PERCENT

__all__ = [
    "BILLION",
    "MILLION",
    "PERCENT_WORDS",
    "THOUSAND",
    "TRILLION",
    "WORLD_CJK_MAG",
    "WORLD_CURRENCY",
    "WORLD_GPU_NOUNS",
    "WORLD_HOURS",
    "WORLD_MAG",
    "WORLD_PARAMETERS",
]

THOUSAND = Decimal(1000)
MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9
TRILLION = Decimal(10) ** 12

# Magnitude words written after a space, lowercased.
# fmt: off
WORLD_MAG: dict[str, Decimal] = {
    # Italian "mila", a thousand ("50 mila GPU", "3 mila miliardi": three thousand billion)
    "mila": THOUSAND,
    # Finnish, Bulgarian and Urdu, and the Danish and Norwegian "mia."
    "tuhatta": THOUSAND, "miljoona": MILLION, "miljoonaa": MILLION, "miljoonan": MILLION,
    "miljardi": BILLION, "miljardia": BILLION, "miljardin": BILLION, "biljoona": TRILLION,
    "biljoonaa": TRILLION, "biljoonasta": TRILLION, "biljoonaan": TRILLION, "mia": BILLION,
    "милион": MILLION, "милиона": MILLION, "милиард": BILLION, "милиарда": BILLION,
    "трилион": TRILLION, "трилиона": TRILLION, "ملین": MILLION, "ارب": BILLION,
    # Gujarati
    "મિલિયન": MILLION, "બિલિયન": BILLION, "લાખ": Decimal(10) ** 5, "કરોડ": Decimal(10) ** 7,
    "અબજ": BILLION,
    # Ukrainian plurals ("5,6 мільйони доларів")
    "мільйони": MILLION, "мільярди": BILLION, "трильйон": TRILLION, "трильйона": TRILLION,
    "трильйонів": TRILLION,
    # Slovak and Slovenian ("5,6 milióna dolárov", "600 miliárd")
    "milión": MILLION, "milióna": MILLION, "milióny": MILLION, "miliónov": MILLION,
    "miliárd": BILLION, "miliárda": BILLION, "miliardu": BILLION, "milijonov": MILLION,
    "milijard": BILLION,
    # Estonian, Latvian and Lithuanian ("600 miljardit dollarit")
    "miljon": MILLION, "miljonit": MILLION, "miljardit": BILLION, "miljoni": MILLION,
    "milijonų": MILLION, "milijardų": BILLION,
    # Turkish case endings ("toplam 671 milyardan", "6 milyonluk", "600 milyarlık")
    "milyardan": BILLION, "milyarlık": BILLION, "milyara": BILLION, "milyonluk": MILLION,
    "milyondan": MILLION, "milyona": MILLION,
    # the Slovenian instrumental ("s 5,6 milijoni dolarjev")
    "milijoni": MILLION,
    # Croatian, Serbian and Bosnian ("600 milijardi dolara")
    "milijun": MILLION, "milijuna": MILLION, "milijardi": BILLION, "milijarde": BILLION,
    "milijarda": BILLION, "milijona": MILLION,
    # Persian and Arabic ("۶۰۰ میلیارد دلار", "2.9 تريليون دولار")
    "میلیون": MILLION, "میلیارد": BILLION, "تریلیون": TRILLION, "هزار": THOUSAND,
    "تريليون": TRILLION, "ترليون": TRILLION,
    # Hebrew, Thai, Hindi, Bengali
    "מיליון": MILLION, "מיליארד": BILLION, "אלף": THOUSAND, "טריליון": TRILLION,
    "ล้าน": MILLION, "พันล้าน": BILLION, "หมื่นล้าน": Decimal(10) ** 10,
    "แสนล้าน": Decimal(10) ** 11,
    "मिलियन": MILLION, "बिलियन": BILLION, "ट्रिलियन": TRILLION, "करोड़": Decimal(10) ** 7,
    "करोड": Decimal(10) ** 7, "लाख": Decimal(10) ** 5, "अरब": BILLION, "खरब": Decimal(10) ** 11,
    "মিলিয়ন": MILLION, "মিলিয়নে": MILLION, "বিলিয়ন": BILLION, "কোটি": Decimal(10) ** 7,
    "লাখ": Decimal(10) ** 5,
    # Tamil
    "மில்லியன்": MILLION, "பில்லியன்": BILLION, "டிரில்லியன்": TRILLION, "கோடி": Decimal(10) ** 7,
    # Greek, Swahili
    "τρισεκατομμύρια": TRILLION, "milioni": MILLION, "bilioni": BILLION,
    # Lithuanian, Latvian, Estonian, Finnish, the South Slavic languages, Bulgarian, Belarusian,
    # Czech, Polish, Hungarian, Romanian and the Nordic languages ("671 milijardo parametrų")
    "milijono": MILLION, "milijonai": MILLION, "milijardo": BILLION, "milijardai": BILLION,
    "milijardus": BILLION, "tūkstančių": THOUSAND, "miljonu": MILLION, "miljardu": BILLION,
    "milijardu": BILLION, "miliona": MILLION, "tisuća": THOUSAND, "hiljada": THOUSAND,
    "tisoč": THOUSAND, "милиарди": BILLION, "хиляди": THOUSAND, "милијарди": BILLION,
    "милијарда": BILLION, "хиљада": THOUSAND, "мільён": MILLION, "мільёнаў": MILLION,
    "мільярдаў": BILLION, "tisíc": THOUSAND, "tisíce": THOUSAND, "tisícům": THOUSAND,
    "tysięcy": THOUSAND, "tysiące": THOUSAND, "ezer": THOUSAND, "mii": THOUSAND, "tusen": THOUSAND,
    "tusind": THOUSAND, "milijardą": BILLION, "milijardas": BILLION, "milijoną": MILLION,
    "milijonas": MILLION, "milijonus": MILLION, "mlrd": BILLION, "miljards": BILLION,
    "miljons": MILLION,
    # Vietnamese and Tagalog forms ("600 tỉ USD", "$ 1.6 bilyong")
    "tỉ": BILLION, "bilyong": BILLION, "milyong": MILLION,
    # the French plural of the English trillion ("14,8 trillions de tokens", a calque: the
    # French trillion is a million millions millions, never meant so of tokens or dollars)
    "trillions": TRILLION,
    # the languages of South Asia (`lexicon_indic`)
    **INDIC_MAG,
}

# fmt: off
# Words for "percent" after a number, lowercased (Croatian and Serbian "posto", Persian "درصد").
PERCENT_WORDS = frozenset(
    {"percent", "pct", "prozent", "pc", "procent", "proc", "процента", "процентов", "persen",
     "phần", "بالمئة", "بالمائة", "percento", "procento", "prosent", "prozentpunkte",
     "प्रतिशत", "ટકા", "শতাংশ", "เปอร์เซ็นต์", "відсотків", "відсотка", "процент", "சதவீதம்",
     "prosenttia", "prosentti", "prosentin", "posto", "درصد", "درصدی",
     # the inflected forms of Central, Eastern and Northern Europe: Hungarian (a case ending on
     # every noun: "17 százalékot", "16,86 százalékkal"), Czech and Slovak, Polish, the South
     # Slavic languages, Bulgarian, Ukrainian and Belarusian, Lithuanian, Latvian, Estonian
     "százalék", "százalékot", "százalékkal", "százalékos", "százaléka", "százalékát",
     "százalékra", "százalékról", "százalékban", "százaléknyi", "procenta", "procentní",
     "percenta", "percentá", "procentach", "procentów", "postotaka", "postotak", "postotka",
     "odsto", "odstotkov", "odstotka", "odstotke", "odstotek", "посто", "одсто", "процентни",
     "відсотки", "відсоток", "працэнтаў", "працэнта", "procentų", "procentais", "procentus",
     "procenti", "procentiem", "procentu", "protsenti", "protsendi", "protsent", "prosentilla",
     "procente"}
) | INDIC_PERCENT
# fmt: on
# Currency words after the amount, lowercased.
WORLD_CURRENCY: dict[str, str] = {
    "dolárov": "USD",
    "doláre": "USD",
    "dolár": "USD",
    "dollarit": "USD",
    "dollarid": "USD",
    "dolāru": "USD",
    "dolerių": "USD",
    "دلار": "USD",
    "dolyar": "USD",
    "دلاری": "USD",
    # Hungarian case endings ("5,6 millió dollárból": from 5.6 million dollars, "dolláros": a
    # dollar-sized), and the Czech, Polish, South Slavic, Baltic and Belarusian forms
    **dict.fromkeys(
        (
            "dollárból",
            "dollárral",
            "dollárnyi",
            "dollárba",
            "dollárra",
            "dollárért",
            "dollárhoz",
            "dollárnál",
            "dolláros",
            "dollárja",
            "dolarům",
            "dolaru",
            "dolara",
            "dolarach",
            "dolarami",
            "dolarjev",
            "dolarja",
            "doleriai",
            "dolerius",
            "dolāri",
            "dolārus",
            "долараў",
            "долл",
        ),
        "USD",
    ),
    # the Czech crown ("100 mil. Kč")
    "kč": "CZK",
    "korun": "CZK",
    **INDIC_CURRENCY,
}
# Chinese, Japanese and Korean words for a power of ten that start with "hundred", "ten" or
# "thousand" ("5.6백만 달러", "560百万円"): split off after a number (`tokens`) and read there.
WORLD_CJK_MAG: dict[str, Decimal] = {
    "백만": MILLION,
    "천만": Decimal(10) ** 7,
    "십억": BILLION,
    "백억": Decimal(10) ** 10,
    "천억": Decimal(10) ** 11,
    "百万": MILLION,
    "百萬": MILLION,
    "千万": Decimal(10) ** 7,
    "千萬": Decimal(10) ** 7,
    "十亿": BILLION,
    "十億": BILLION,
    "百亿": Decimal(10) ** 10,
    "百億": Decimal(10) ** 10,
    "千亿": Decimal(10) ** 11,
    "千億": Decimal(10) ** 11,
}
# "hours" in Dutch, Swedish, Danish and Norwegian, Turkish, Polish, Czech, Finnish, Ukrainian
# and Greek ("2,788 miljoen H800-uren", "2,664 mln godzin GPU")
WORLD_HOURS = frozenset(
    {
        "uren",
        "timmar",
        "timer",
        "saati",
        "godziny",
        "hodin",
        "tuntia",
        "годин",
        "ώρες",
        # Hungarian ("2,8 millió H800 GPU-órát"), Czech, the South Slavic and Baltic languages,
        # Estonian, Bulgarian
        "óra",
        "órát",
        "órás",
        "órányi",
        "órája",
        "hodiny",
        "hodinách",
        "sati",
        "valandų",
        "stundas",
        "stundu",
        "tundi",
        "часа",
    }
)
# fmt: on
# "parameters" in Czech, Lithuanian, Latvian, the South Slavic languages, Hungarian, Russian,
# Bulgarian and Ukrainian ("671 milijardo parametrų", "671 miliard parametrů")
WORLD_PARAMETERS = frozenset(
    {
        "parametrů",
        "parametrų",
        "parametru",
        "parametara",
        "parametrov",
        "paraméter",
        "paraméteres",
        "paramétert",
        "параметров",
        "параметра",
        "параметъра",
        "параметри",
        "параметрів",
        # and in the languages of South Asia
        "పారామీటర్లు",
        "पॅरामीटर्स",
        "पैरामीटर",
        "पैरामीटर्स",
        "அளவுருக்கள்",
        "പാരാമീറ്ററുകൾ",
        "প্যারামিটার",
        "پیرامیٹرز",
        "પેરામીટર્સ",
        "ਪੈਰਾਮੀਟਰ",
        # Turkish, Arabic and Persian ("32 milyar parametre")
        "parametre",
        "parametreli",
        "معامل",
        "پارامتر",
    }
)


#: Chips and graphics cards in Norwegian, Danish, Swedish, Finnish, Estonian, Latvian and
#: Lithuanian ("2048 Nvidia-brikker", "2 048 grafikkort").
WORLD_GPU_NOUNS = frozenset(
    {"brikker", "brikkene", "brikkar", "chipper", "chippar", "chippen", "grafikkort", "sirua",
     "siruja", "sirut", "kiipi", "kiibid", "mikroshēmas", "lustus", "lustų"}
)  # fmt: skip
