"""Words of the languages of South Asia that coverage writes figures in: magnitude words,
currency words, the word for percent, and month names (Marathi, Telugu, Tamil, Malayalam,
Kannada, Punjabi, Gujarati, Bengali, Urdu; Hindi's are in `lexicon_world` and `months`).
Merged into the tables of `lexicon_world` and `months`."""

from __future__ import annotations

from decimal import Decimal

__all__ = ["INDIC_CURRENCY", "INDIC_LETTERS", "INDIC_MAG", "INDIC_MONTHS", "INDIC_PERCENT"]

#: The blocks of the scripts of South Asia (Devanagari to Sinhala), for a character class.
INDIC_LETTERS = "\u0900-\u0dff"

_THOUSAND, _LAKH, _MILLION = Decimal(1000), Decimal(10) ** 5, Decimal(10) ** 6
_CRORE, _BILLION, _TRILLION = Decimal(10) ** 7, Decimal(10) ** 9, Decimal(10) ** 12

# fmt: off
INDIC_MAG: dict[str, Decimal] = {
    # Marathi ("५९३ अब्ज डॉलर्स", "५.६ दशलक्ष डॉलर")
    "अब्ज": _BILLION, "दशलक्ष": _MILLION, "कोटी": _CRORE, "हजार": _THOUSAND,
    # Telugu
    "బిలియన్": _BILLION, "బిలియన్ల": _BILLION, "మిలియన్": _MILLION, "మిలియన్ల": _MILLION,
    "కోట్ల": _CRORE, "కోటి": _CRORE, "లక్షల": _LAKH, "లక్ష": _LAKH, "ట్రిలియన్": _TRILLION,
    # Tamil (lakh), Malayalam, Kannada
    "லட்சம்": _LAKH, "ബില്യൺ": _BILLION, "മില്യൺ": _MILLION, "കോടി": _CRORE, "ലക്ഷം": _LAKH,
    "ಬಿಲಿಯನ್": _BILLION, "ಮಿಲಿಯನ್": _MILLION, "ಕೋಟಿ": _CRORE, "ಲಕ್ಷ": _LAKH,
    # Punjabi, Bengali, Urdu ("$600 بلین")
    "ਬਿਲੀਅਨ": _BILLION, "ਮਿਲੀਅਨ": _MILLION, "ਕਰੋੜ": _CRORE, "ਲੱਖ": _LAKH, "ਅਰਬ": _BILLION,
    "বিলিয়নের": _BILLION, "মিলিয়ন": _MILLION, "ট্রিলিয়ন": _TRILLION, "بلین": _BILLION,
    "بلئین": _BILLION, "کروڑ": _CRORE, "لاکھ": _LAKH, "ہزار": _THOUSAND,
}
INDIC_CURRENCY: dict[str, str] = {
    "डॉलर्स": "USD", "डॉलरचे": "USD", "డాలర్లు": "USD", "డాలర్ల": "USD", "డాలర్": "USD",
    "டொலர்கள்": "USD", "டொலர்": "USD", "டாலர்": "USD", "டாலர்கள்": "USD", "ഡോളർ": "USD",
    "ಡಾಲರ್": "USD", "ਡਾਲਰ": "USD", "ડૉલરનો": "USD", "ડોલરનો": "USD", "ডলারের": "USD",
    "ڈالرز": "USD",
}
INDIC_PERCENT = frozenset(
    {"टक्के", "टक्क्यांनी", "टक्का", "శాతం", "ശതമാനം", "ಶೇಕಡಾ", "ਪ੍ਰਤੀਸ਼ਤ", "ਫੀਸਦੀ", "فیصد",
     "শতাংশ", "சதவீதம்", "சதவிகிதம்"}
)
#: January, September and December (the months of the record's dates, and of the figures
#: coverage gives them) in Marathi, Telugu, Tamil, Malayalam, Kannada, Punjabi, Gujarati and
#: Bengali.
INDIC_MONTHS: dict[str, int] = {
    **dict.fromkeys(
        ("जानेवारी", "జనవరి", "ஜனவரி", "ജനുവരി", "ಜನವರಿ", "ਜਨਵਰੀ", "જાન્યુઆરી", "জানুয়ারি"), 1
    ),
    **dict.fromkeys(
        ("सप्टेंबर", "సెప్టెంబర్", "செப்டம்பர்", "സെപ്റ്റംബർ", "ಸೆಪ್ಟೆಂಬರ್", "ਸਤੰਬਰ", "સપ્ટેમ્બર",
         "সেপ্টেম্বর"),
        9,
    ),
    **dict.fromkeys(
        ("डिसेंबर", "డిసెంబర్", "டிசம்பர்", "ഡിസംബർ", "ಡಿಸೆಂಬರ್", "ਦਸੰਬਰ", "ડિસેમ્બર", "ডিসেম্বর"),
        12,
    ),
}
# fmt: on
