"""Words that frame a figure beyond its scope: parameters active per token, a change rather
than a level, a rise rather than a fall, a price, a negation, the maker of the chips counted,
a model as what a sum bought, the measure a kind of record names (the scope phrases themselves
are in `r1claims.checker.scopewords`)."""

from __future__ import annotations

import re

__all__ = [
    "ACTIVE",
    "ACTIVE_AFTER",
    "ACTIVE_LABEL",
    "CHANGE_BEFORE",
    "CHANGE_WORDS",
    "CHIPS_BEFORE",
    "COMPARATIVES",
    "FALL_VERBS",
    "FOREIGN_RISES",
    "KIND_WORDS",
    "LEVEL_AFTER",
    "LEVEL_BEFORE",
    "MODEL_AFTER",
    "NEGATED",
    "ONE_OF_ITS",
    "PRICED",
    "REVENUE_AFTER",
    "REVENUE_BEFORE",
    "RISE_AFTER",
    "RISE_WORDS",
    "names_chips",
    "stages_together",
]

#: Words that make a size the parameters active per token ("37B active", "37B activos").
ACTIVE = re.compile(
    r"\b(?:activ|ativ|aktiv|attiv|actie|активн)|激活|アクティブ|활성", re.IGNORECASE
)

#: ... right after a size ("671B active parameters", "671 billion activated") or as the label
#: before it, on its line or alone on the line above ("Active Parameters: 671B", "| Activated
#: params | 671B", "Active Parameters\n671B"): the size is given as the active one, whatever
#: else the clause says ("671B total, 37B active")
ACTIVE_AFTER = re.compile(r"[ \t]*(?:activ|ativ|aktiv|attiv)", re.IGNORECASE)
ACTIVE_LABEL = re.compile(
    r"(?:^|\n|\|)[ \t]*(?:activ|ativ|aktiv|attiv)\w*[ \t]+(?:parameters?|params?)[ \t]*"
    r"(?:\(\w+\)[ \t]*)?(?:[:|][ \t]*|\n[ \t]*)$",
    re.IGNORECASE,
)

#: Comparative adjectives, an alternation: a percentage right before one is a difference
#: ("96% cheaper"), not a figure of its own (`quantities`, `certainty`).
COMPARATIVES = r"cheaper|faster|slower|smaller|larger|bigger|better|worse"

#: Verbs of falling, an alternation for a pattern to wrap with its own tail: a fall right
#: before a figure (`linking.said_to_fall`: "falling more than 8.7%") or a fall to a level
#: (`verdict`: "shares fell to 17%").
FALL_VERBS = (
    r"fell|fall(?:s|ing|en)?|drop(?:ped|s|ping)?|declin(?:ed|es|ing)|plung(?:ed|es|ing)|"
    r"plummet(?:ed|s|ing)?|sank|sink(?:s|ing)?|slid(?:e|es|ing)?|slump(?:ed|s|ing)?|"
    r"tumbl(?:ed|es|ing)|shed(?:s|ding)?|down"
)

#: Words that make a figure a change rather than a level ("lost $589 billion in market value",
#: not "a valuation of $2.9 trillion"): a record of a change is pinned only by one of them.
CHANGE_WORDS = re.compile(
    r"\b(?:los[ets]|loss|lost|wip\w*|eras\w*|shed\w*|fell|fall\w*|drop\w*|declin\w*|"
    r"plung\w*|plummet\w*|slump\w*|tumbl\w*|sank|sink\w*|slid\w*|crash\w*|down|off|"
    r"vanish\w*|evaporat\w*|gone|rout|sell-?off|hit|decreas\w*|cut|rose|rise\w*|gain\w*|"
    r"jump\w*|climb\w*|surg\w*|soar\w*|rall\w*|up|rebound\w*|add\w*|swing|move\w*|(?:lower|higher)(?!\s+than))\b",
    re.IGNORECASE,
)

#: Words right before a figure that make it the size of a change, not a level ("shares fell
#: $24.20", "dropped by nearly $25", "down $24", "fell 17%, or $24.20"): not a share price,
#: whatever price the record holds for that day. A level is reached "to" or "at" ("fell to
#: $118.42"), which this does not match.
CHANGE_BEFORE = re.compile(
    rf"\b(?:{FALL_VERBS}|lost|rose|gain(?:ed|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|up)"
    r"\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more than|over|just|another"
    r"|a further)\s+)?$"
    r"|%\s*,?\s*(?:or|and)\s+(?:about\s+|nearly\s+|roughly\s+)?$",
    re.IGNORECASE,
)

#: Words right before a figure that make it a level ("left Nvidia at a valuation of $2.9
#: trillion", "a market value of $2.9 trillion", "valued at $3.5 trillion"), whatever change
#: words stand around it.
LEVEL_BEFORE = re.compile(
    r"(?:(?:valuation|value|cap|capitali[sz]ation|worth|valued)\s+(?:of|at)?\s*"
    r"(?:about|around|roughly|nearly|some|just)?"
    # a threshold crossed is a level too ("its market value fell below $3 trillion")
    r"|\b(?:fell|dropped|slipped|sank|slid|dipped|rose|climbed|jumped)\s+(?:below|under"
    r"|beneath|above|past)|\bbelow)\s*$",
    re.IGNORECASE,
)

#: ... and a market value named right after the figure, as its noun, with no change after it
#: ("with a $3.5 trillion market cap"; not "a $589 billion market-value loss")
LEVEL_AFTER = re.compile(
    r"\s*(?:market[\s-]+(?:value|cap\w*|capitali[sz]ation)|valuation)\b"
    r"(?![\s-]+(?:loss|losses|drop|decline|plunge|wipe-?out|hit|erosion|destruction|fall|slump))",
    re.IGNORECASE,
)

#: Verbs of rising in French, German, Spanish, Italian and Portuguese ("les actions ont
#: rebondi de 9 %", "stieg die Aktie um 9 Prozent").
FOREIGN_RISES = (
    r"rebondi\w*|grimp\w*|bondi\w*|progress\w*|remont\w*|en hausse|stieg|steigt|gestiegen|"
    r"zugelegt|legte|erholte|kletterte|subi[óo]|subieron|subiu|subiram|repunt\w*|rebot\w*|"
    r"rimbalz\w*|salit\w*|guadagn\w*"
)
#: Words before a figure that make it a rise ("closed the year up 804%", "gained 8.9%"): a
#: record of a fall is not held against it.
RISE_WORDS = re.compile(
    r"\b(?:up|rose|rise[sn]?|rising|gain(?:ed|s|ing)?|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|"
    r"surg(?:ed|es|ing)|soar(?:ed|s|ing)?|rall(?:ied|ies|ying)|rebound(?:ed|s|ing)?|"
    r"increas(?:ed|es|ing)|added|recover(?:ed|s|ing)?|bounced|"
    + FOREIGN_RISES
    + r")\b(?:\s+[\w-]+){0,3}\s*$",
    re.IGNORECASE,
)

#: Nouns right after a figure that make it a rise ("the $327 billion rally", "a $260 billion
#: gain in market value").
RISE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:rall(?:y|ies)|gains?|rises?|jumps?|surges?|rebounds?|increases?|"
    r"advances?|upswing)\b",
    re.IGNORECASE,
)


#: Words that make a figure the price of something ("R1 cost $294,000", "trained for $294,000",
#: "what it cost to train R1 — just $294,000"), in the languages coverage is written in.
PRICED = re.compile(
    r"\bcost|\bpric|\bspen[dt]|\bexpens|\bbudget|\bbill\b|\bpaid\b|\bpay|\btrain|"
    r"\bfor\b[^.$]{0,30}(?:US)?\$|"
    r"co[uû]t|costo|coste|custo|kost|entra[iî]n|entrenam|treina|addestra|стоим|обучен|обош|"
    r"затрат|成本|训练|訓練|花费|費用|学習|비용|학습|تدريب|تكلف|كلف|أنفق|إنفاق|"
    # more languages: spent, cost, training (Arabic also with its doubling mark)
    r"كلّف|gast[oó]|gastou|spes[ao]|d[ée]pens|ausgegeben|koszt|trening|maliyet|harca|eğitim|"
    r"стоил|расход|tốn|chi phí|đào tạo|huấn luyện|biaya|melatih|pelatihan|εκπαιδ|κόστ|ξόδεψ|"
    r"δαπάν|עלות|אימון|הוצא|लागत|खर्च|प्रशिक्षण|ต้นทุน|ค่าใช้จ่าย|ฝึก|コスト|"
    # the languages of South Asia: cost and training (Telugu, Tamil, Bengali, Gujarati, Punjabi,
    # Urdu, Malayalam, Kannada) and Hungarian, Czech, Polish
    r"ఖర్చు|శిక్షణ|செலவு|பயிற்சி|খরচ|লাগত|প্রশিক্ষণ|ખર્ચ|તાલીમ|ਖਰਚ|ਸਿਖਲਾਈ|لاگت|خرچ|تربیت|"
    r"ചെലവ്|പരിശീലന|ವೆಚ್ಚ|ತರಬೇತಿ|költ|betanít|náklad",
    re.IGNORECASE,
)


#: A negation shortly before a figure in its clause ("didn't train it for $294,000", "does not
#: have 1.5 trillion parameters", "wasn't just trained for $294,000", "don't believe the claim
#: that"): the text denies the framing or the figure. Not a negation that asserts what follows
#: ("Don't forget R1 cost $294K", "I can't believe", "it isn't surprising that").
NEGATED = re.compile(
    r"(?:\bnot|(?<!\bca)(?<!\bcould)n't|\b(?:ca|could)n't(?!\s+believe\b)|\bnever|\bno longer)\b"
    r"(?!\s+(?:forget|surpris\w*|wonder\w*|to mention)\b)[^.;:,]{0,50}$",
    re.IGNORECASE,
)


#: Chips or GPUs named right before a name, after the figure: the name is their maker.
CHIPS_BEFORE = re.compile(
    r"\b(?:chips?|chip(?:ach|ów|y|ami)|čip(?:y|ech|ů)|gpus?|procesor(?:y|ach|ów)?|processors?"
    r"|processeurs?|prozessoren|puces|grafikkarten|kart(?:y|ach)|placas)"
    r"(?:\s+(?:de|von|of|from)\s+|(?:\s+\w+)?\s+(?:da|do|de|del|della|di|du)\s+|\s+)$",
    re.IGNORECASE,
)

#: A chip's model or a word for chips right after a name: the name is their maker ("3 million
#: GPU hours on Nvidia V100s", "trained on Nvidia chips", "on Nvidia's GPUs"), not the figure's
#: subject; not the market's words for the maker's business ("Nvidia's chip stock", "Nvidia
#: technology shares", "Nvidia's GPU empire").
CHIPS_AFTER = re.compile(
    r"(?P<own>['’]s)?(?:\s+(?:[A-Z]\d{2,4}[A-Za-z]{0,3}|GPUs?|chips?|graphics|accelerators?"
    r"|hardware|technology)\b"
    # or joined to it in a compound ("auf abgespeckten Nvidia-Chipsystemen", "Nvidia-brikker")
    r"|-(?i:chips?(?:ätze|systeme?n?|s)?|gpus?|grafikkarten|brikker|prozessoren)\b)"
    r"(?!-|\s+(?:stocks?|shares?|business\w*|empire|franchise|sales|revenues?|market\w*"
    r"|valu\w*|division|unit|dominance|monopoly|lead\w*|supremacy|giant|maker|titan|king)\b)"
)


def names_chips(text: str, fig_start: int, start: int, end: int, maker: bool) -> bool:
    """Does the name at ``start:end`` (after a figure at ``fig_start``) stand as the maker of
    chips named right before or after it? A possessive only names the maker when the name is
    one (``maker``) and the chips are what was bought or used ("spent on Nvidia's GPUs"; not
    "spent on DeepSeek's GPUs", its owner's spending, nor "wiped off Nvidia's GPU juggernaut")."""
    after = CHIPS_AFTER.match(text, end)
    return bool(
        CHIPS_BEFORE.search(text, fig_start, start)
        or (
            after is not None
            and (not after.group("own") or (maker and _USED_ON.search(text, fig_start, start)))
        )
    )


#: Words before a chipmaker's possessive that make its chips what was used or bought.
_USED_ON = re.compile(
    r"\b(?:on|using|with|from|buying|bought|renting|rented|atop"
    r"|(?:powered|made|built|designed|supplied) by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: Words after a sum that make it the price tag of a model ("a $6 million AI model").
MODEL_AFTER = re.compile(
    r"\s*(?:(?:AI\s+|reasoning\s+|language\s+)?(?:model|chatbot)\b"
    # "DeepSeek's $6 Million AI Revolution": the AI it bought, not AI stocks or spending
    r"|AI\b(?!\s+(?:stocks?|shares|market|industry|sector|spending|investment|infrastructure"
    r"|race|boom|bubble|capex|budgets?)\b))",
    re.IGNORECASE,
)


#: "One of its models": the sentence speaks of some model of the company, not of the one the
#: text is about ("spent to train one of its earlier models", "um de seus modelos").
ONE_OF_ITS = re.compile(
    r"\b(?:one of (?:its|their|the company['’]s|DeepSeek['’]s)|um de seus|uno de sus|"
    r"l['’]un de ses|eines seiner|uno dei suoi|een van (?:zijn|haar))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:models|modelos|modèles|Modelle|modelli|modellen)\b",
    re.IGNORECASE,
)


#: Words that make a sum a company's takings, which the record holds none of: right before it in
#: its phrase ("revenues of more than US$700 million", "revenue climbing to $39.3 billion"), or
#: right after it ("$5.6 million in profit"). Not a margin: "profit margin" names a share.
_TAKINGS = (
    r"(?:revenues?|sales|income|profits?(?! margin)|earnings|turnover|takings|ingresos"
    r"|receitas?|faturamento|chiffre d['’]affaires|b[ée]n[ée]fices?|Umsatz\w*|Gewinn\w*"
    r"|ricavi|fatturato|utili|omzet|winst|营收|收入|利润|營收|利潤|매출|売上高?|利益)"
)
#: What may stand between takings and their sum: linking words, not another verb's phrase
#: ("revenues of more than", "revenue climbing to", "annual revenue probably tops"; not "no
#: revenue yet spent", "record sales Nvidia lost").
_TAKINGS_LINK = (
    r"(?:\s+(?:of|at|to|was|were|is|are|could|would|may|might|have|has|probably|likely"
    r"|reached?|hit|hits|tops?|topped|totall?(?:ed|ing)|came|amounted|climb(?:ed|ing)|r(?:o|i)se"
    r"|rising|gr(?:e|o)w(?:ing)?|fell|falling|above|over|around|about|nearly|almost|more|less"
    r"|than|roughly|up|some|only|just|estimated|generated|brought|in|by|de|von|di|da"
    # and the period they are of ("revenue for 2024 was", "sales last year reached")
    r"|for|the|last|this|year|quarter|fiscal|annual|(?:19|20)\d\d))*"
)
REVENUE_BEFORE = re.compile(
    r"(?<![\w-])" + _TAKINGS + r"(?![\w-])" + _TAKINGS_LINK + r"\s*$", re.IGNORECASE
)
REVENUE_AFTER = re.compile(
    r"\)?\s+(?:in|of)\s+(?:annual\s+|yearly\s+)?" + _TAKINGS + r"(?![\w-])", re.IGNORECASE
)


#: Claim kind -> words that name the measure itself, for kinds whose unit is generic (dollars,
#: percent): "lost $750 billion in market value" pins a market-value change even with no scope
#: word, where "$750 billion" alone could be any dollar figure of the company.
KIND_WORDS: dict[str, re.Pattern[str]] = {
    "fund_return": re.compile(
        # (a rise of assets, "assets under management surged 57%", is set aside by the judge)
        r"\breturn(?:s|ed|ing)?\b|\bgain(?:s|ed)?\b|\bsurg\w*|\bsoar\w*|\brendimiento|\brendement"
        r"|\bRendite|\brentabilidade|收益|수익률",
        re.IGNORECASE,
    ),
    # a share's move: its stock or shares named in the clause ("Nvidia shares plunged 21%",
    # "Shares of Nvidia"; not "a share of its revenue"), in English, whose words of other
    # times `moves.rout_move` can read
    "share_price_change": re.compile(
        r"\bshares\b|\bstock\b(?!\s+market)|\bshare price|\bstock price",
        re.IGNORECASE,
    ),
    # an index's move: an index the record holds named ("the Nasdaq composite down by 5%"; not
    # "the Dow", which it holds no move of, nor the Nasdaq-100, another index than the Composite)
    "index_change": re.compile(
        r"\bnasdaq(?![- ]?100)|\bs&p\b|\bsox\b|semiconductor index", re.IGNORECASE
    ),
    "market_cap_change": re.compile(
        r"market (?:value|cap\w*)|valuation|market capitali[sz]ation"
        r"|stock (?:drop|plunge|loss|fall|crash|wipe-?out|rout|sell-?off)"
        # a listed company's value ("wiped off its value", "lost $589 billion in value")
        r"|\b(?:off|from|in) (?:its |their |the company's )?value\b",
        re.IGNORECASE,
    ),
}


#: Words that add up what they list ("pre-training and post-training together").
_TOGETHER = re.compile(
    r"\b(?:together|combined|in total|altogether|all told|in all|summed)\b", re.IGNORECASE
)


def stages_together(tag_names: set[str], text: str) -> bool:
    """Does ``text`` add up the stages its scope words (``tag_names``) name, pre-training and
    post-training ("pre-training, context extension and post-training together took 2.788
    million GPU hours"), so that the figure is the whole run's?"""
    return (
        {"pretraining", "rl"} <= tag_names
        and _TOGETHER.search(text) is not None
        # not the stage the others are on top of ("On top of V3's pre-training, R1's RL
        # stages together cost $294,000")
        and _ON_TOP.search(text) is None
    )


_ON_TOP = re.compile(r"\b(?:on top of|atop|in addition to|beyond|after)\b", re.IGNORECASE)
