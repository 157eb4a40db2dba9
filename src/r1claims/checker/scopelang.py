"""The words for training and for building a model in the other languages coverage is written
in, read by the scope tags of `scopewords` (CJK without word boundaries: the combined pattern
lets a CJK letter start a phrase)."""

from __future__ import annotations

__all__ = ["BUILD_WORDS", "EQUIPMENT_WORDS", "TRAIN_WORDS"]

#: "Training" and "trained".
TRAIN_WORDS = (
    r"entren(?!ch)\w*|entra[iî]n\w*|szkoleni\w*|(?:wy)?trenow\w*|trainier\w*|addestr\w*|"
    r"treina\w*|trening\w*|obučen\w*|"
    r"обучен\w*|обучи\w*|huấn luyện|pelatihan|dilatih|melatih|训练|訓練|学習|トレーニング|훈련|"
    r"학습|εκπαίδευ\w*|εκπαιδε[υύ]\w*|"
    # Vietnamese, Hindi, Arabic, Turkish and Thai
    r"đào tạo|प्रशिक्षण|تدريب\w*|eğiti\w*|ฝึก|"
    # Hungarian, Czech and Slovak, Croatian and Serbian, Lithuanian, Latvian, Estonian,
    # Swedish, Danish, Romanian, Finnish ("a DeepSeek-V3 modell teljes betanítása")
    r"(?:be)?tanít\w*|(?:na)?trénov\w*|trénink\w*|trenira\w*|treniran\w*|apmok\w*|"
    r"apmāc\w*|treeni\w*|träna\w*|tränad\w*|träning\w*|træn\w*|antren\w*|koulut\w*|"
    # "training" borrowed from English into the scripts of South Asia ("ट्रेनिंग पर")
    r"ट्रेनिंग|ट्रेन किया|ٹریننگ|ট্রেনিং|ట్రైనింగ్|ட்ரெய்னிங்|ટ્રેનિંગ|ਟ੍ਰੇਨਿੰਗ|ട്രെയിനിങ്"
)
#: "Building", "developing" and "creating".
BUILD_WORDS = (
    r"desarroll\w*|d[ée]velopp\w*|entwick\w*|svilupp\w*|desenvolv\w*|ontwikkel\w*|"
    r"разработ\w*|phát triển|mengembangkan|pengembangan|开发|研发|開發|開発|개발|"
    r"做出|打造|구축|만드|만들|"
    # Hindi, Thai, Arabic, Turkish, Polish, Ukrainian, Czech, Greek
    r"विकसित|พัฒนา|تطوير|geliştir\w*|opracow\w*|розроб\w*|vyvinu\w*|vývoj\w*|"
    r"δημιουργ\w*|ανάπτυξ\w*|αναπτ[υύ]\w*|κατασκευ\w*|"
    # "build" and "create" in the Romance languages, Dutch, the Nordic ones, Finnish, the
    # Slavic ones and Arabic ("per costruirlo", "om een AI-model te bouwen", "її створення")
    r"construi\w*|costrui\w*|bouw(?:en|de|t)\b|gebouwd|kehit\w*|utveckl\w*|udvikl\w*|"
    r"utvikl\w*|створ\w*|созда\w*|stworz\w*|بناء\w*|بنائ\w*|(?:di|mem)bangun|"
    # Hungarian, Croatian and Serbian, Romanian, Bulgarian, Polish, Lithuanian, Latvian,
    # Estonian ("5,6 millió dollárból fejlesztették ki": developed from $5.6 million)
    # (not the developers, "fejlesztői", "dezvoltatorilor", "arendajate", nor what a company
    # developed, "a DeepSeek által fejlesztett V3")
    r"(?<!által )fejleszt(?!ő)\w*|megépít\w*|létrehoz\w*|razvi\w*|razvoj\w*|izgrad\w*|"
    r"dezvolt(?!ator)\w*|създа\w*|rozw(?:ój|oj|in)\w*|sukūr\w*|kūrim\w*|izstrād\w*|"
    r"arenda(?!ja)\w*|"
    # the languages of South Asia, as stems (their vowel signs are no word characters):
    # Hindi and Marathi, Tamil, Telugu, Bengali, Gujarati, Punjabi, Urdu, Malayalam, Kannada
    # ("इसे तैयार करने में": to make it; "இதை உருவாக்க": to build it)
    r"तैयार कर|बनाने|बनाया|निर्माण|तयार कर|बनव|உருவாக்க|తయారు|అభివృద్ధి|రూపొంద|তৈরি|"
    r"উন্নয়ন|બનાવ|વિકસાવ|ਬਣਾਉਣ|ਤਿਆਰ|تیار|بنانے|വികസിപ്പ|നിർമ്മ|ಅಭಿವೃದ್ಧಿ|ನಿರ್ಮಿಸ"
)
#: "Equipment", in English and the languages coverage is written in ("med utstyr for under seks
#: millioner dollar": the equipment, which the record's training runs are not).
EQUIPMENT_WORDS = (
    r"\bequipment\b|\butstyr\w*|\budstyr\w*|\butrustning\w*|\bapparatuur|\bequipamento\w*"
    r"|\battrezzatur\w*|équipement\w*|ausrüstung\w*|оборудовани\w*|обладнанн\w*"
)
