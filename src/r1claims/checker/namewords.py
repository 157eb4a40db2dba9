"""The words that a capital does not make a name of: function words and month names of the
languages coverage is written in, country and region adjectives, and places whose possessive
tells where a figure is from, not whose (`names`); and compounds glued to a known name."""

from __future__ import annotations

import re

__all__ = [
    "ADVERB",
    "CONNECTIVES",
    "DEMONYMS",
    "NOT_MODELS",
    "NOT_SUBJECTS",
    "PLACES",
    "glued_to_known",
]

#: Capitalised words that are not a subject of their own.
_NOT_SUBJECT_WORDS = (
    # currency codes written next to a conversion ("$294,000 (~RM 1.24 million)")
    "RM Rp Rs USD EUR GBP RMB CNY JPY HKD INR IDR MYR SGD AUD CAD CHF KRW "
    "The A An In On At By For Of And Or But If As It Its It's This That These Those He She "
    "They We I You Our Their US U.S. USA UK EU GPU GPUs CPU LLM LLMs API Inc Monday "
    # "AI" in the languages that abbreviate it otherwise ("legújabb MI-modellje", "modèle d'IA")
    "AI IA KI MI SI VI ИИ ШІ "
    # the stock exchange in other languages ("Nvidia a plongé en Bourse lundi")
    "Bourse Börse Bolsa Borsa Beurs "
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct "
    "Nov Dec Even Also However Meanwhile According Per Still Yet So Then Now Today Reuters "
    "Bloomberg CNBC Nature "
    # function words that open a sentence, a list item or a table cell
    "With Without After Before During While When Where Whereas Although Though Because Since "
    "From To Into Over Under About Around Across Through Between Among Against Despite Within "
    "Beyond Until Till Via Near Nearly Almost Roughly Approximately Above Below Past Toward "
    "Towards Upon Onto Barely "
    "Unlike Like Only Just Both Each Every All Some Most More Less Many Much Few Other Another "
    "Such Here There What Which Who Why How Not No Yes Total Its Key Note Update Plus Thanks Let "
    "Yesterday Tomorrow Last Next This Week Month Year "
    # common acronyms and titles of technology and business, no one's name ("the OSS
    # frontier", "(PhD-level science)")
    "OSS PhD SOTA IPO FAQ FAQs TL DR NLP VRAM HBM CUDA PTX CPUs RAM SSD PCIe JSON SDK UI UX KPI "
    "ROI AGI ASI ML RL CoT QA CFO CTO COO GDP SaaS PoC R&D STEM TDP LOL CEO "
    # the interconnects and methods of a training cluster ("H800 GPUs connected with NVLink
    # and InfiniBand"), no one's name
    "NVLink NVSwitch InfiniBand Ethernet RoCE NCCL MoE MLA GRPO PPO SFT RLHF DPO API APIs LLM "
    "LLMs GPU GPUs TPU TPUs "
    # verbs and adverbs that open a sentence ("Starting with compute, ...", "Adding
    # pretraining and RL together gives ...", "Think of it like ...")
    "Starting Getting Adding Using Taking Looking Comparing Considering Including Excluding "
    "Assuming Counting Leaving Setting Putting Following Given Compared Combined Think Leave "
    "Compare Consider Imagine Remember Look Take Add Put Say Keep Forget Overall Altogether "
    "Basically Essentially Actually Instead Indeed Besides Moreover Furthermore Additionally "
    "Notably Interestingly Importantly Admittedly Clearly Obviously Ultimately Initially "
    # the labels of a spec card ("671.0B Parameters · 37.0B Active · 64K Max Context")
    "Active Activated Parameters Params Max Context Window Length Architecture Dense"
)
#: The same function words in other languages (articles, conjunctions, prepositions, pronouns
#: that open a sentence: "Mais une nouvelle enquête de SemiAnalysis ..."), never a name.
_FOREIGN_FUNCTION_WORDS = (
    "Le La Les Un Une Des Du Mais Et Ou Donc Or Car Dans Selon Pour Avec Sans Sur Sous Depuis "
    "Pendant Avant Après Cette Ce Ces Cet Il Elle Ils Elles Nous On Leur Leurs Son Sa Ses "
    "El Los Las Unos Unas Pero Y Según Para Con Sin Desde Durante Antes Después Esta Este Estos "
    "Estas Ese Esa Su Sus Ella Ellos "
    "Il Lo Gli Uno Una Ma Secondo Per Con Senza Dopo Prima Questa Questo Questi Queste Nel Nella "
    "Della Del Dei "
    "Os As Uma Mas Segundo Com Sem Após Esta Este Isso Isto Seu Sua Seus Suas Ele Ela Eles No Na "
    "Nos Nas Em "
    "Der Die Das Ein Eine Einen Aber Und Oder Laut Nach Mit Ohne Seit Vor Für Diese Dieser "
    "Dieses Sein Seine Ihr Ihre Er Sie Es Wir Im Am Zum Zur Von Vom Bei Beim Auf Aus Bis Um "
    "Über Unter Zwischen Gegenüber Rund Etwa Knapp Fast "
    "De Het Een Maar En Volgens Met Zonder Na Voor Deze Dit Zijn Haar Hij Zij "
    "Ale Oraz Według Po Przed Bez Ten Ta To Te Jego Jej Ich "
    # weekdays and months that German and Indonesian capitalise ("pada perdagangan Senin")
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März Juni Juli "
    "Oktober Dezember Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret Mei "
    "Agustus Desember"
)
NOT_SUBJECTS = frozenset(_NOT_SUBJECT_WORDS.split()) | frozenset(_FOREIGN_FUNCTION_WORDS.split())

#: An English adverb of manner or comment, capitalised to open a sentence ("Remarkably, the
#: company ...", "Reportedly", "Separately", "Surprisingly", "Ironically"): no name, as the ones
#: listed above are not. By the suffixes that make only adverbs, so "Kelly", "Italy" and names
#: ending in "-ally" or "-arly" ("Grammarly", "Totally", "Connally") stay names.
ADVERB = re.compile(r"[A-Z][a-z]{2,}(?:ab|ib|ed|ing|ous|ive|ant|ent|ful|less|ate|ical)ly")

#: Words that join a sentence to the one before ("However Marvell fell 17%"): no name, but the
#: capitalised words after them may be one.
_CONNECTIVE_WORDS = (
    "However Meanwhile Also Still Yet Then Moreover Furthermore Instead Likewise Similarly "
    "Elsewhere Besides Today Yesterday Later Earlier Now And But Even Only"
)
CONNECTIVES = frozenset(_CONNECTIVE_WORDS.split())

#: Adjectives of a country or region: they describe a subject ("the crown jewel of American
#: tech"), they are none. A name made of them and a known word is no unknown name either.
_DEMONYM_WORDS = (
    "american chinese japanese korean taiwanese indian british english european western eastern "
    "asian african french german italian spanish portuguese russian ukrainian canadian "
    "australian israeli saudi emirati singaporean dutch swiss swedish norwegian danish finnish "
    "polish turkish brazilian mexican argentine iranian vietnamese indonesian malaysian thai"
)
DEMONYMS = frozenset(_DEMONYM_WORDS.split())

#: Countries, regions and cities whose possessive tells where a figure is from, not whose.
_PLACE_WORDS = (
    "China America Britain Europe Japan Korea India France Germany Russia Taiwan Israel Asia "
    "Africa Canada Australia Beijing Washington Hangzhou Shanghai Shenzhen London Tokyo Valley "
    "Street Nation World"
)
PLACES = frozenset(_PLACE_WORDS.split())

#: Capitalised words before a number that are not model names ("Table 4", "Step 2").
_NOT_MODEL_WORDS = (
    "table figure fig section sec page chapter step group phase stage top round version class rule "
    "item part level tier series note appendix"
)
NOT_MODELS = frozenset(_NOT_MODEL_WORDS.split())


#: A capital inside a word, after a lowercase letter: where a compound's second word starts.
_INNER_CAPITAL = re.compile(r"(?<=[a-z])[A-Z]")


def glued_to_known(name: str, known: frozenset[str]) -> bool:
    """Is ``name`` one word that glues a known name of six letters or more to another
    ("DeepSeekMoE", "DeepSeekMath": its maker's own technique or model, never a subject
    foreign to the record)?"""
    m = _INNER_CAPITAL.search(name, 6)
    return " " not in name and m is not None and name[: m.start()].lower() in known
