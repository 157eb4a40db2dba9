"""Magnitude and currency words of more languages, merged into `lexicon`'s tables (kept apart
so each table stays readable; `lexicon` holds the English and the first languages added)."""

from __future__ import annotations

from decimal import Decimal

__all__ = [
    "BILLION",
    "MILLION",
    "THOUSAND",
    "TRILLION",
    "WORLD_CURRENCY",
    "WORLD_HOURS",
    "WORLD_MAG",
]

THOUSAND = Decimal(1000)
MILLION = Decimal(10) ** 6
BILLION = Decimal(10) ** 9
TRILLION = Decimal(10) ** 12

# Magnitude words written after a space, lowercased.
# fmt: off
WORLD_MAG: dict[str, Decimal] = {
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
    # Croatian, Serbian and Bosnian ("600 milijardi dolara")
    "milijun": MILLION, "milijuna": MILLION, "milijardi": BILLION, "milijarde": BILLION,
    "milijarda": BILLION, "milijona": MILLION,
    # Persian and Arabic ("۶۰۰ میلیارد دلار", "2.9 تريليون دولار")
    "میلیون": MILLION, "میلیارد": BILLION, "تریلیون": TRILLION, "هزار": THOUSAND,
    "تريليون": TRILLION, "ترليون": TRILLION,
    # Greek, Swahili
    "τρισεκατομμύρια": TRILLION, "milioni": MILLION, "bilioni": BILLION,
}

# Currency words after the amount, lowercased.
WORLD_CURRENCY: dict[str, str] = {
    "dolárov": "USD", "doláre": "USD", "dolár": "USD", "dollarit": "USD", "dollarid": "USD",
    "dolāru": "USD", "dolerių": "USD", "دلار": "USD", "dolyar": "USD",
}
# "hours" in Dutch, Swedish, Danish and Norwegian, Turkish, Polish, Czech, Finnish, Ukrainian
# and Greek ("2,788 miljoen H800-uren", "2,664 mln godzin GPU")
WORLD_HOURS = frozenset(
    {"uren", "timmar", "timer", "saati", "godziny", "hodin", "tuntia", "годин", "ώρες"}
)
# fmt: on
