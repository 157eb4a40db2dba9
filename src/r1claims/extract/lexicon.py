"""Word lists for figure extraction: currencies, magnitudes, units, qualifiers, months, labels."""

from __future__ import annotations

from decimal import Decimal

from r1claims.extract.lexicon_world import (
    BILLION,
    MILLION,
    THOUSAND,
    TRILLION,
    WORLD_CJK_MAG,
    WORLD_CURRENCY,
    WORLD_GPU_NOUNS,
    WORLD_HOURS,
    WORLD_MAG,
    WORLD_PARAMETERS,
)

__all__: list[str] = []

# Vocabulary tables are packed several entries to a line; ruff format would give each its own.
# fmt: off


# Magnitude suffixes written glued to the digits ("$1.6B", "£30k", "2.788M", "14.8T").
# Case matters: "m" and "M" both read as million in money and GPU-hour copy ("£5.5m").
GLUED_MAG: dict[str, Decimal] = {
    "k": THOUSAND, "K": THOUSAND, "m": MILLION, "M": MILLION, "mn": MILLION, "mln": MILLION,
    "MM": MILLION, "b": BILLION, "B": BILLION, "bn": BILLION, "bln": BILLION, "Bn": BILLION,
    "t": TRILLION, "T": TRILLION, "tn": TRILLION, "trn": TRILLION,
}

# Magnitude words written after a space ("$5.5 million", "1,5 Mrd", "Rs 500 crore"), lowercased.
SPACED_MAG: dict[str, Decimal] = {
    "thousand": THOUSAND, "k": THOUSAND, "tsd": THOUSAND, "tausend": THOUSAND, "million": MILLION,
    "mn": MILLION, "mln": MILLION, "mio": MILLION, "millionen": MILLION, "millions": MILLION,
    "billion": BILLION, "bn": BILLION, "bln": BILLION, "mrd": BILLION, "milliarde": BILLION,
    "milliarden": BILLION, "milliards": BILLION, "billions": BILLION, "trillion": TRILLION,
    "tn": TRILLION, "trn": TRILLION, "billionen": TRILLION, "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7, "cr": Decimal(10) ** 7, "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    # the same words in other languages coverage is written or machine-translated in
    "millones": MILLION, "millón": MILLION, "milhões": MILLION, "milhão": MILLION,
    "milioni": MILLION, "milione": MILLION, "miliardi": BILLION, "miliardo": BILLION,
    "milliard": BILLION, "miljoen": MILLION, "miljard": BILLION, "miljarden": BILLION,
    "miliony": MILLION, "milionów": MILLION, "milionach": MILLION, "miliard": BILLION,
    "miliardów": BILLION, "millió": MILLION, "milliárd": BILLION, "juta": MILLION,
    "miliar": BILLION, "milyar": BILLION, "triliun": TRILLION, "triệu": MILLION, "tỷ": BILLION,
    "млн": MILLION, "миллион": MILLION, "миллиона": MILLION, "миллионов": MILLION,
    "млрд": BILLION, "миллиард": BILLION, "миллиарда": BILLION, "миллиардов": BILLION,
    "тыс": THOUSAND, "тысячи": THOUSAND, "тысяч": THOUSAND, "тысяча": THOUSAND,
    "bilhão": BILLION, "bilhões": BILLION, "mil millones": BILLION, "mld": BILLION,
    # a long-scale "billion" is a million millions ("14,8 billones de tokens")
    "billones": TRILLION, "billón": TRILLION, "trilhões": TRILLION, "trilhão": TRILLION,
    "trilioni": TRILLION, "trilione": TRILLION, "biljoen": TRILLION, "bilionów": TRILLION,
    "biliony": TRILLION, "bilionů": TRILLION, "трлн": TRILLION, "триллион": TRILLION,
    "триллиона": TRILLION, "триллионов": TRILLION,
    # Arabic
    "ألف": THOUSAND, "آلاف": THOUSAND, "الف": THOUSAND, "مليون": MILLION, "ملايين": MILLION,
    "مليار": BILLION, "مليارات": BILLION,
    # Turkish, Tagalog, Malay and Indonesian
    "milyon": MILLION, "bilyon": BILLION, "trilyon": TRILLION, "bin": THOUSAND,
    "bilion": BILLION, "ribu": THOUSAND,
    # Czech, Polish, Romanian, the Nordic languages, Ukrainian
    "milionů": MILLION, "milionu": MILLION, "miliardů": BILLION, "miliardy": BILLION,
    "tys": THOUSAND, "milioane": MILLION, "miliarde": BILLION,
    "millioner": MILLION, "milliarder": BILLION, "miljoner": MILLION, "miljarder": BILLION,
    "мільйон": MILLION, "мільйона": MILLION, "мільйонів": MILLION, "мільярд": BILLION,
    "мільярда": BILLION, "мільярдів": BILLION, "тис": THOUSAND,
    # Greek (Hebrew, Thai, Hindi and Bengali in `lexicon_world`)
    "εκατομμύρια": MILLION, "εκατομμυρίων": MILLION, "εκατ": MILLION, "δισ": BILLION,
    "δισεκατομμύρια": BILLION, "δισεκατομμυρίων": BILLION, "χιλιάδες": THOUSAND,
    # more languages (`lexicon_world`)
    **WORLD_MAG,
}
# The magnitude words of English (and Indian English): after one of them "5,576" is 5576.
ENGLISH_MAG = frozenset(
    {"thousand", "k", "million", "mn", "mln", "millions", "billion", "bn", "bln", "billions",
     "trillion", "tn", "trn", "crore", "crores", "cr", "lakh", "lakhs",
     # Thai writes a comma between thousands too ("593,000 ล้าน")
     "ล้าน", "พันล้าน", "หมื่นล้าน", "แสนล้าน"}
)
# "mil" is a thousand in Spanish and Portuguese ("50 mil GPUs") but a million in English money
# slang ("$6 mil"): read as a thousand only for things counted, never for money.
COUNT_MAG: dict[str, Decimal] = {"mil": THOUSAND}
# Chinese, Japanese and Korean magnitude characters (their own tokens, see `tokens`).
CJK_MAG: dict[str, Decimal] = {
    "千": Decimal(10) ** 3, "천": Decimal(10) ** 3,
    "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4, "만": Decimal(10) ** 4,
    "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8, "억": Decimal(10) ** 8,
    "兆": Decimal(10) ** 12, "조": Decimal(10) ** 12,
}
# Words that CJK text writes straight after a number with no space, split off the front of the
# run of letters that follows a number (`tokens`): units, currencies, measure words, date parts.
CJK_AFTER_NUMBER = (
    "参数", "參數", "パラメータ", "美元", "ドル", "달러", "人民币", "元", "円", "天", "日間",
    "小时", "小時", "時間", "시간", "位", "위", "块", "塊", "张", "張", "颗", "顆", "枚", "台",
    "แสนล้าน", "หมื่นล้าน", "พันล้าน", "ล้าน", "ดอลลาร์", "เหรียญสหรัฐ",
    "个", "個", "개", "장", "대", "年", "月", "日", "년", "월", "일", "つ", "種類",
    *WORLD_CJK_MAG,
)
# Rank after a number in Japanese, Chinese and Korean ("1位", "1위").
CJK_RANK = frozenset({"位", "위"})
# Abbreviations that may carry a period before a currency word ("1,5 Mrd. Euro").
MAG_ABBREV = frozenset({"mrd", "mio", "mn", "bn", "mln", "bln", "tsd", "cr", "tn", "trn", "mld",
                        "tys", "δισ", "εκατ", "mia", "mlrd"})

# Currency written before the digits. "¥" is read as CNY: in coverage of a Chinese lab it is
# far more often yuan than yen; "JP¥" gives JPY.
SYM_CURRENCY: dict[str, str] = {
    "$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "₩": "KRW", "₽": "RUB", "¥": "CNY", "￥": "CNY",
    "元": "CNY",
}
# Letters glued before "$" ("US$7 billion", "HK$1 billion").
DOLLAR_PREFIX: dict[str, str] = {
    "us": "USD", "u": "USD", "c": "CAD", "ca": "CAD", "a": "AUD", "au": "AUD", "hk": "HKD",
    "s": "SGD", "nz": "NZD", "nt": "TWD", "r": "BRL", "mx": "MXN",
}
# Currency codes and abbreviations, before or after the amount ("USD 5.6M", "RMB 10 billion").
CODE_CURRENCY: dict[str, str] = {
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "rmb": "CNY", "jpy": "JPY",
    "inr": "INR", "rs": "INR", "hkd": "HKD", "cad": "CAD", "aud": "AUD", "chf": "CHF",
    "krw": "KRW", "sgd": "SGD", "idr": "IDR", "rp": "IDR",
}
# Currency words after the amount ("100 billion yuan", "1,5 Mrd. Euro"), lowercased.
WORD_CURRENCY: dict[str, str] = {
    "dollars": "USD", "dollar": "USD", "bucks": "USD", "euros": "EUR", "euro": "EUR",
    "ดอลลาร์": "USD", "เหรียญสหรัฐ": "USD", "ดอลลาร์สหรัฐ": "USD",
    "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rupees": "INR", "rupee": "INR",
    "dólares": "USD", "dólar": "USD", "dollari": "USD", "dollaro": "USD", "dolarów": "USD",
    "dolary": "USD", "dol": "USD", "dollárt": "USD", "dollár": "USD", "dolar": "USD",
    "долларов": "USD",
    "доллара": "USD", "доллар": "USD", "美元": "USD", "ドル": "USD",
    "달러": "USD", "원": "KRW",
    "دولار": "USD", "دولارات": "USD", "دولاراً": "USD", "دولارا": "USD",
    "dolari": "USD", "dolarů": "USD", "dolarech": "USD", "δολάρια": "USD", "δολαρίων": "USD",
    "דולר": "USD", "ডলার": "USD", "ডলারে": "USD", "डॉलर": "USD", "доларів": "USD",
    "долари": "USD", "долар": "USD", "ડોલર": "USD", "ડૉલર": "USD", "долара": "USD",
    "dollaria": "USD", "dollarin": "USD", "dollarista": "USD", "dollariin": "USD",
    "ڈالر": "USD", "ڈالرز": "USD", **WORLD_CURRENCY,
    # the Nordic crowns, so that "600 mia. kroner" is not read as dollars
    "kroner": "NOK", "kronor": "SEK", "kronur": "ISK",
    # Turkish suffixes the word for dollar takes ("6 milyon dolarlık", "dolara", "doları")
    "dolarlık": "USD", "dolarlik": "USD", "doları": "USD", "dolara": "USD", "dolar'lık": "USD",
    "юаней": "CNY", "юань": "CNY", "元": "CNY", "人民币": "CNY", "円": "JPY",
    **CODE_CURRENCY,
}
# Words before "dollars" that change the currency ("Hong Kong dollars").
DOLLAR_NATION: dict[str, str] = {
    "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "kong": "HKD",
    "singapore": "SGD", "taiwan": "TWD",
}

HARDWARE: dict[str, str] = {
    h.lower(): h
    for h in (
    "H800", "H100", "A100", "H20", "A800", "H200", "B200", "GB200", "B100", "V100", "A10", "L40S",
    "L20", "MI300X", "MI250X", "MI300",
    )
}
VENDORS = frozenset(
    {"nvidia", "nvidia's", "nvidia’s", "amd", "amd's", "huawei", "英伟达", "輝達", "エヌビディア",
     "엔비디아", "辉达", "英偉達", "एनवीडिया", "এনভিডিয়া"}
)
GPU_NOUNS = frozenset(
    {"gpu", "gpus", "chips", "chip", "accelerators", "accelerator", "cards", "card", "puces",
     "chipů", "чипов", "чипа", "chipów", "cip", "процессоров", "видеокарт", "processeurs",
     "procesadores", "processori", "processadores", "procesorów", "grafikprozessoren",
     "芯片", "晶片", "显卡", "顯卡", "チップ", "칩", "반도체", "akceleratorach", "akceleratorów",
     "akceleratory", "जीपीयू", "চিপ", "জিপিইউ", "ชิป", "placas", "تراشه", "çip",
     # Slovak, Czech, Ukrainian, Russian and Arabic chips and cards
     "čipov", "čipy", "čipů", "čipech", "čipům", "чипів", "чипи", "чипы", "بطاقة", "رقاقة",
     "رقائق", "شريحة"}
) | WORLD_GPU_NOUNS
# Counted nouns of Chinese, Japanese and Korean, after a measure word ("8个专家", "8つの
# エキスパート", "61개 레이어"), as the English noun the record's labels use.
CJK_COUNT_NOUNS: dict[str, str] = {
    "专家": "expert", "專家": "expert", "エキスパート": "expert", "전문가": "expert",
    "层": "layer", "層": "layer", "レイヤー": "layer", "레이어": "layer", "계층": "layer",
    "模型": "model", "モデル": "model", "모델": "model", "版本": "version",
    "样本": "sample", "樣本": "sample", "サンプル": "sample", "샘플": "sample",
    "员工": "employee", "員工": "employee", "従業員": "employee", "직원": "employee",
}
# Measure words and particles between a number and what it counts.
CJK_COUNTERS = frozenset(
    {"个", "個", "개", "つ", "块", "塊", "张", "張", "枚", "台", "颗", "顆", "장", "대", "種類",
     "种"}
)
GPU_ADJ = frozenset(
    {"advanced", "older", "newer", "powerful", "more", "high", "end", "top", "domestic", "less",
     "capable", "sophisticated", "weaker", "cheaper", "lower", "performing", "first", "second",
     "rate", "tier", "grade", "low", "such", "sådana", "sådanne", "solcher", "takich", "таких",
     "chinese", "homegrown", "home-grown", "specialized", "specialised", "dedicated", "computer",
     "špecializovaných", "specializovaných", "спеціалізованих", "специализированных",
     # measure words counted things take in Chinese, Japanese and Korean ("2048 块 H800")
     "块", "塊", "张", "張", "枚", "台", "个", "個", "颗", "顆", "장", "개", "대",
     # and the word "units" in the languages that use it so ("10 mil unidades H800")
     "units", "unit", "unidades", "unités", "unità", "einheiten", "ai", "anciens",
     # Russian "graphics processors"
     "графических"}
)
# "hour" in the languages coverage is written in ("2.788M GPU-Stunden", "US$ 2/H800 horas").
HOUR_WORDS = frozenset(
    {"hours", "hour", "hrs", "hr", "h", "stunden", "小时", "小時", "時間", "시간", "ساعة", "ساعات",
     "horas", "heures", "uur", "godzin", "giờ", "ชั่วโมง", "часов", "घंटे", "घंटा", "घंटों",
     "hora", "heure", "stunde", "ora", "ore", "godz", "час", "jam", "saat", "timme"}
    | WORLD_HOURS
)
MEMORY = frozenset({"gb", "tb", "mb", "kb", "gib", "tib", "gbps", "ghz", "mhz", "gw", "mw", "kw"})
# Memory and disk sizes reported as figures, in GB ("404GB of weights", "80 GB H100").
SIZE_IN_GB: dict[str, float] = {"kb": 1e-6, "mb": 1e-3, "gb": 1, "gib": 1, "tb": 1e3, "tib": 1e3}

# Nouns after a number that decide its kind: word -> (kind, unit).
UNIT_NOUNS: dict[str, tuple[str, str]] = {
    "parameters": ("parameter_count", "parameter"), "parameter": ("parameter_count", "parameter"),
    "params": ("parameter_count", "parameter"), "param": ("parameter_count", "parameter"),
    "paramètres": ("parameter_count", "parameter"), "parámetros": ("parameter_count", "parameter"),
    "parâmetros": ("parameter_count", "parameter"), "parametri": ("parameter_count", "parameter"),
    "parametrów": ("parameter_count", "parameter"), "parametern": ("parameter_count", "parameter"),
    **dict.fromkeys(WORLD_PARAMETERS, ("parameter_count", "parameter")),
    "d'heures": ("duration", "hour"), "d’heures": ("duration", "hour"),
    "weights": ("parameter_count", "parameter"),
    "tokens": ("tokens", "token"), "token": ("tokens", "token"), "gpus": ("gpu_count", "GPU"),
    "توكن": ("tokens", "token"), "توکن": ("tokens", "token"),
    "gpu": ("gpu_count", "GPU"), "samples": ("count", "sample"), "sample": ("count", "sample"),
    **dict.fromkeys(
        ("campioni", "stichproben", "muestras", "amostras", "échantillons", "выборок"),
        ("count", "sample"),
    ),
    "models": ("count", "model"), "model": ("count", "model"), "seconds": ("duration", "second"),
    "second": ("duration", "second"), "minutes": ("duration", "minute"),
    "minute": ("duration", "minute"), "mins": ("duration", "minute"),
    "hours": ("duration", "hour"), "hour": ("duration", "hour"), "hrs": ("duration", "hour"),
    "stunden": ("duration", "hour"),
    "ساعة": ("duration", "hour"), "ساعات": ("duration", "hour"),
    "days": ("duration", "day"), "day": ("duration", "day"),
    "horas": ("duration", "hour"), "heures": ("duration", "hour"), "ore": ("duration", "hour"),
    "часов": ("duration", "hour"), "часа": ("duration", "hour"), "godzin": ("duration", "hour"),
    "giờ": ("duration", "hour"), "jam": ("duration", "hour"), "días": ("duration", "day"),
    "jours": ("duration", "day"), "giorni": ("duration", "day"), "дней": ("duration", "day"),
    "tage": ("duration", "day"), "tagen": ("duration", "day"), "weeks": ("duration", "week"),
    "week": ("duration", "week"), "wochen": ("duration", "week"), "months": ("duration", "month"),
    "month": ("duration", "month"), "monate": ("duration", "month"),
    "monaten": ("duration", "month"), "years": ("duration", "year"), "year": ("duration", "year"),
    "jahre": ("duration", "year"), "jahren": ("duration", "year"), "elo": ("rating", "elo"),
    "参数": ("parameter_count", "parameter"), "參數": ("parameter_count", "parameter"),
    "パラメータ": ("parameter_count", "parameter"), "天": ("duration", "day"),
    "日間": ("duration", "day"), "小时": ("duration", "hour"), "小時": ("duration", "hour"),
    "時間": ("duration", "hour"), "시간": ("duration", "hour"),
    "rating": ("rating", "elo"),
}
PARAM_ADJ = frozenset({"total", "active", "activated", "trainable", "dense", "sparse"})
# Words after a "671B" that make it a model size rather than anything else.
MODELISH = frozenset(
    {
    "model", "models", "moe", "llm", "llms", "version", "versions", "variant", "variants",
    "checkpoint", "dense", "base", "distilled", "distill", "active", "activated", "total",
    }
)
ORDINALS = frozenset({"st", "nd", "rd", "th"})
# "Active" after a size: the parameters used per token ("37B active", "37B activos").
ACTIVE_WORDS = frozenset(
    {"active", "activated", "activos", "activas", "activados", "ativos", "ativados", "actifs",
     "activés", "aktiv", "aktive", "aktiviert", "attivi", "attivati", "actief", "aktywnych",
     "активных", "активны", "attivate", "activées", "активируются", "активируется", "aktyvių",
     "aktyvūs", "aktīvi", "aktīvo"}
)
RANK_WORDS = frozenset(
    {"rank", "ranks", "ranked", "ranking", "place", "placed", "spot", "position", "finished"}
)

# Qualifier phrases read right-to-left from just before the figure; longest match wins.
QUALIFIERS: dict[tuple[str, ...], str] = {
    ("about",): "about", ("around",): "about", ("approximately",): "about", ("approx",): "about",
    ("roughly",): "about", ("nearly",): "about", ("almost",): "about", ("some",): "about",
    ("circa",): "about", ("ca",): "about", ("estimated",): "about", ("close", "to"): "about",
    ("in", "the", "region", "of"): "about", ("an", "estimated"): "about", ("rund",): "about",
    ("etwa",): "about", ("knapp",): "about", ("ungefähr",): "about", ("over",): "more_than",
    ("more", "than"): "more_than", ("above",): "more_than", ("upwards", "of"): "more_than",
    ("exceeding",): "more_than", ("in", "excess", "of"): "more_than", ("north", "of"): "more_than",
    ("über",): "more_than", ("mehr", "als"): "more_than", ("under",): "less_than",
    ("less", "than"): "less_than", ("fewer", "than"): "less_than", ("below",): "less_than",
    ("just", "under"): "less_than", ("just", "below"): "less_than", ("unter",): "less_than",
    ("weniger", "als"): "less_than", ("at", "least"): "at_least",
    ("no", "less", "than"): "at_least", ("no", "fewer", "than"): "at_least",
    ("a", "minimum", "of"): "at_least", ("mindestens",): "at_least", ("at", "most"): "at_most",
    ("up", "to"): "at_most", ("as", "much", "as"): "at_most", ("as", "many", "as"): "at_most",
    ("as", "high", "as"): "at_most", ("no", "more", "than"): "at_most",
    ("a", "maximum", "of"): "at_most", ("bis", "zu"): "at_most", ("höchstens",): "at_most",
    # the same hedges in other languages coverage is written in
    ("environ",): "about", ("cerca", "de"): "about", ("alrededor", "de"): "about",
    ("unos",): "about", ("около",): "about", ("примерно",): "about", ("sekitar",): "about",
    ("khoảng",): "about", ("około",): "about", ("mintegy",): "about", ("quasi",): "about",
    ("plus", "de"): "more_than", ("más", "de"): "more_than",
    ("mais", "de"): "more_than", ("oltre",): "more_than", ("более",): "more_than",
    ("menos", "de"): "less_than", ("moins", "de"): "less_than", ("meno", "di"): "less_than",
    ("менее",): "less_than",
    # Dutch, Portuguese, Spanish, Italian, French, Polish, Turkish, Indonesian, Russian "almost"
    ("bijna",): "about", ("ongeveer",): "about", ("quase",): "about",
    ("casi",): "about", ("presque",): "about", ("près", "de"): "about", ("prawie",): "about",
    ("yaklaşık",): "about", ("yaklasik",): "about", ("hampir",): "about", ("почти",): "about",
    ("ruim",): "more_than", ("meer", "dan"): "more_than", ("ponad",): "more_than",
    ("minder", "dan"): "less_than", ("poniżej",): "less_than",
}
# Hedges that end a run of CJK or Hangul letters just before the number ("総額は約5,900億").
CJK_ABOUT = ("約", "约", "大约", "大約", "近", "약", "およそ", "ほぼ")
QUALIFIER_SYMBOLS: dict[str, str] = {
    "~": "about", "≈": "about", "∼": "about", ">": "more_than", "<": "less_than", "≥": "at_least",
    "≤": "at_most",
}

UNIT_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS: dict[str, Decimal] = {
    "thousand": THOUSAND, "million": MILLION, "billion": BILLION, "trillion": TRILLION,
}

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12, "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
}
# Month names that other languages write in lower case after the day ("27 gennaio", "27 de
# enero", "27 stycznia", "27 जनवरी"): read only in day-first dates, where the day makes them
# unambiguous.
MONTH_ABBREV = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
# Month names that are also ordinary words or names; alone they need a preposition before.
MONTH_AMBIGUOUS = frozenset({"may", "march", "june", "august", "mai"})
MONTH_PREPS = frozenset(
    {
    "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this", "during",
    "of", "from", "through", "before", "after", "im", "seit", "bis", "ab",
    }
)
WEEKDAYS = frozenset(
    {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag",
    }
)

# Model families: a number right after one is a version ("Gemini 2.0", "Llama 3.3 70B").
#: Chip series whose numbers read like sizes ("Ascend 910B"): what follows is a chip's name.
CHIP_SERIES = frozenset({"ascend", "昇腾", "昇騰"})
#: Nvidia's GPU generations, before a GPU noun or standing for the GPUs ("Hoppers").
GPU_FAMILIES = frozenset({"hopper", "hoppers", "ampere", "amperes", "blackwell", "blackwells"})
GPU_FAMILIES |= {"হপার"}  # Bengali
MODEL_FAMILIES = frozenset(
    {
    "gpt", "llama", "claude", "gemini", "qwen", "mistral", "mixtral", "phi", "gemma", "grok",
    "deepseek", "falcon", "palm", "bard", "kimi", "yi", "baichuan", "glm", "chatglm", "ernie",
    "olmo", "sonnet", "opus", "haiku", "nemotron", "sora", "copilot", "bert", "o", "r", "dbrx",
    "minimax", "hunyuan", "doubao", "codestral", "starcoder", "deepseekmath", "coder",
    }
)

STOPWORDS = frozenset(
    {
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "as",
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "than", "that", "which", "who",
    "this", "these", "those", "its", "it", "per", "each", "more", "less", "over", "under", "about",
    "after", "before", "into", "out", "up", "down", "while", "when", "but", "so", "if", "not",
    "no", "also", "all", "only", "just", "such", "other", "their", "his", "her", "our", "your",
    "we", "they", "he", "she", "you", "i", "new", "next", "last", "first", "later", "ago",
    "earlier", "since", "until", "during", "through", "across", "between", "among", "against",
    "versus", "vs", "plus", "minus", "times", "percent", "billion", "million", "trillion",
    "thousand", "would", "could", "will", "can", "may", "might", "should", "did", "does", "do",
    "said", "says", "via", "like", "then", "there", "here", "where", "what", "how", "why", "whose",
    "whom", "any", "some", "most", "many", "much", "few", "both", "either", "neither", "every",
    "own", "same", "very", "der", "die", "das", "und", "von", "mit", "für", "auf", "ein", "eine",
    "im", "zu",
    }
)
NOT_PLURAL = frozenset(
    {
    "always", "perhaps", "whereas", "towards", "afterwards", "besides", "unless", "thus", "was",
    "has", "does", "is", "its", "this", "yes", "less", "plus", "minus", "versus", "series", "news",
    "us", "as", "analysis", "basis", "bus", "gas", "chaos", "lens", "ethos", "mos", "his", "hers",
    "ours", "yours", "theirs", "sometimes", "nowadays", "s", "elsewhere", "sales", "alias",
    "status", "campus", "bonus", "focus", "corpus", "virus", "census", "consensus", "nexus",
    "ends", "lbs",
    }
)
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "staff": "staff",
    "employees": "employee", "data": "data", "mice": "mouse", "feet": "foot", "teeth": "tooth",
    "indices": "index", "matrices": "matrix", "analyses": "analysis", "theses": "thesis",
}
# fmt: on

#: Words that name a rating, near a year-like number ("got 2029 on Codeforces").
RATING_WORDS = frozenset({"rating", "ratings", "rated", "elo", "codeforces"})
#: Words after which a year-like number is a year ("in 2029", "by 2030").
BEFORE_YEAR = frozenset(
    {"in", "by", "since", "until", "till", "from", "to", "before", "after", "through", "of", "year"}
)
