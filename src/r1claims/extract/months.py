"""Month names of the other languages coverage is written in.

``DAYFIRST_MONTHS`` are the forms written after a day ("27 gennaio", "27. stycznia", "27 января")
and, most of them, before a year too ("gennaio 2025", "janvier 2025"). ``YEAR_MONTHS`` adds more
forms of Polish, Russian, Ukrainian, Greek and Turkish: the nominative or locative written
without a day ("w styczniu 2025", "в январе 2025", "Δεκέμβριος 2024", "ocak 2025") and the
Ukrainian and Greek genitives written after one ("27 січня", "27 Ιανουαρίου"). Day-first
dates read them all.
"""

from __future__ import annotations

from r1claims.extract.lexicon_indic import INDIC_MONTHS

__all__ = ["DAYFIRST_MONTHS", "HUNGARIAN_MONTHS", "YEAR_MONTHS"]

# fmt: off
DAYFIRST_MONTHS: dict[str, int] = {
    name: n
    for n, names in enumerate(
        (
            "gennaio janvier enero janeiro stycznia januari januar január leden января जनवरी",
            "febbraio février febrero fevereiro lutego februari február únor февраля फरवरी",
            "marzo mars março marca maret maart március březen марта मार्च",
            "aprile avril abril kwietnia april április duben апреля अप्रैल",
            "maggio mai mayo maio maja mei május květen мая मई",
            "giugno juin junio junho czerwca juni június červen июня जून",
            "luglio juillet julio julho lipca juli július červenec июля जुलाई",
            "agosto août sierpnia agustus augustus augusztus srpen августа अगस्त",
            "settembre septembre septiembre setembro września september szeptember září "
            "сентября सितंबर",
            "ottobre octobre octubre outubro października oktober október říjen октября अक्टूबर",
            "novembre noviembre novembro listopada november listopad ноября नवंबर",
            "dicembre décembre diciembre dezembro grudnia desember december prosinec декабря "
            "दिसंबर",
        ),
        start=1,
    )
    for name in names.split()
} | INDIC_MONTHS
_YEAR_ONLY = (
    # Polish nominative and locative, Russian nominative and locative, Ukrainian genitive and
    # nominative, Greek nominative and genitive, Turkish
    "styczeń styczniu январь январе січня січень ιανουάριος ιανουαρίου ocak",
    "luty lutym февраль феврале лютого лютий φεβρουάριος φεβρουαρίου şubat",
    "marzec marcu март марте березня березень μάρτιος μαρτίου",
    "kwiecień kwietniu апрель апреле квітня квітень απρίλιος απριλίου nisan",
    "maj maju май мае травня травень μάιος μαΐου mayıs",
    "czerwiec czerwcu июнь июне червня червень ιούνιος ιουνίου haziran",
    "lipiec lipcu июль июле липня липень ιούλιος ιουλίου temmuz",
    "sierpień sierpniu август августе серпня серпень αύγουστος αυγούστου ağustos",
    "wrzesień wrześniu сентябрь сентябре вересня вересень σεπτέμβριος σεπτεμβρίου eylül",
    "październik październiku октябрь октябре жовтня жовтень οκτώβριος οκτωβρίου ekim",
    "listopad listopadzie ноябрь ноябре листопада листопад νοέμβριος νοεμβρίου kasım",
    "grudzień grudniu декабрь декабре грудня грудень δεκέμβριος δεκεμβρίου aralık",
)
# Czech and Slovak genitives, Romanian, Arabic and Persian ("20. ledna 2025", "17 septembrie
# 2025", "17 سبتمبر 2025")
_MORE = (
    "ledna januára ianuarie يناير ژانویه", "února februára februarie فبراير فوریه",
    "března martie مارس", "dubna apríla aprilie أبريل آوریل", "května mája مايو",
    "června júna iunie يونيو ژوئن", "července júla iulie يوليو ژوئیه",
    "srpna augusta أغسطس اوت", "septembra septembrie سبتمبر سپتامبر",
    "října októbra octombrie أكتوبر اکتبر", "listopadu novembra noiembrie نوفمبر نوامبر",
    "prosince decembra decembrie ديسمبر دسامبر",
)
# Bulgarian; the genitives of Slovenian, Serbian and Croatian (in Latin letters); Latvian and
# Estonian ("27 януари 2025", "10. siječnja", "27. januarja", "27. janvārī", "27. jaanuaril").
# The Croatian October, "listopada", is Polish for November and keeps that meaning.
_SOUTH_SLAVIC_BALTIC = (
    "януари siječnja januarja januara janvārī janvāris jaanuaril jaanuar",
    "февруари veljače februarja februara februārī februāris veebruaril veebruar",
    "ožujka marta martā marts märtsil märts",
    "април travnja aprila aprīlī aprīlis aprillil aprill",
    "svibnja maijā maijs",  # (not the Estonian "mail": an English word after a number)
    "юни lipnja junija juna jūnijā jūnijs juunil juuni",
    "юли srpnja julija jula jūlijā jūlijs juulil juuli",
    "kolovoza avgusta augustā augusts augustil",
    "септември rujna septembrī septembris septembril",
    "октомври oktobra oktobrī oktobris oktoobril oktoober",
    "ноември studenoga studenog novembrī novembris novembril",
    "декември prosinca decembrī decembris detsembril detsember",
)
# Urdu, Swahili and Turkish March ("20 جنوری", "Januari 20", "15 Mart")
_URDU_SWAHILI = (
    "جنوری", "فروری", "مارچ machi mart", "اپریل aprili", "مئی", "جون", "جولائی julai",
    "اگست agosti", "ستمبر septemba", "اکتوبر oktoba", "نومبر novemba", "دسمبر desemba",
)
# Thai ("20 มกราคม 2025")
_THAI = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
    "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)
# fmt: on
YEAR_MONTHS: dict[str, int] = {
    **{name: n for n, name in enumerate(_THAI, start=1)},
    **DAYFIRST_MONTHS,
    **{name: n for n, names in enumerate(_YEAR_ONLY, start=1) for name in names.split()},
    **{name: n for n, names in enumerate(_MORE, start=1) for name in names.split()},
    **{name: n for n, names in enumerate(_URDU_SWAHILI, start=1) for name in names.split()},
    **{name: n for n, names in enumerate(_SOUTH_SLAVIC_BALTIC, start=1) for name in names.split()},
}
# fmt: off
#: Hungarian month names, written before the day in lower case ("január 27-e", "2025. január
#: 20-án"), the day with a case ending after a hyphen.
HUNGARIAN_MONTHS = frozenset(
    {"január", "február", "március", "április", "május", "június", "július", "augusztus",
     "szeptember", "október", "november", "december"}
)
# fmt: on
