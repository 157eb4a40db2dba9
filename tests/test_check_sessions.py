"""Market figures and the trading session they belong to: which session a move or a loss of
market value is, and whose loss it is, decide whether the record can contradict it."""

from __future__ import annotations

import pytest

from conftest import judged


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share's close on the session the record holds: a wrong size is refuted; a move
        # merely dated to the day is not (it may be the day's level at any hour, in euros, in
        # Frankfurt, or another year's January 27: the fifth review found 123 such sentences
        # that 9eb45b1 refuted, and the rule that read a dated fall as the close is withdrawn)
        (
            "Nvidia shares closed down 27% on January 27, 2025, after DeepSeek's app topped the"
            " charts.",
            "27%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        ("Nvidia shares fell 27% on January 27, 2025.", "27%", ("unverifiable", None)),
        (
            "Nvidia shares fell 12% on January 27, 2025, in euro terms.",
            "12%",
            ("unverifiable", None),
        ),
        (
            "Nvidia shares fell 1% on January 27, one year after the DeepSeek sell-off.",
            "1%",
            ("unverifiable", None),
        ),
        (
            "Shares of Nvidia customer Microsoft fell 2.1% on January 27, 2025.",
            "2.1%",
            ("unverifiable", None),
        ),
        (
            "Nvidia shares fell 17% on January 27, 2025.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # not by a weekday alone, even with the rout's words: another Monday's as likely (the
        # first review's counterexamples, refuted on 9a61ae4)
        (
            "On Monday, Nvidia shares fell 25%, the biggest one-day loss in its history.",
            "25%",
            ("unverifiable", None),
        ),
        (
            "Nvidia shares fell 3.5% on Monday as investors recalled January's DeepSeek rout.",
            "3.5%",
            ("unverifiable", None),
        ),
        (
            "Nvidia shares fell 3% on Monday as DeepSeek V3.1 sparked a sell-off.",
            "3%",
            ("unverifiable", None),
        ),
        # nor a move as it stood, at a time of day, in another market or from another base
        (
            "Nvidia shares were down 12.5% on January 27, 2025 at 11 a.m.",
            "12.5%",
            ("unverifiable", None),
        ),
        ("Nvidia shares are down 13% on January 27, 2025.", "13%", ("unverifiable", None)),
        ("Nvidia shares traded 15% lower on January 27, 2025.", "15%", ("unverifiable", None)),
        (
            "Nvidia shares fell 3.7% on January 27, 2025 after hours.",
            "3.7%",
            ("unverifiable", None),
        ),
        ("Nvidia shares fell 12% on January 27, 2025 in Frankfurt.", "12%", ("unverifiable", None)),
        (
            "Nvidia shares fell 21% on January 27, 2025 from their record high.",
            "21%",
            ("unverifiable", None),
        ),
        (
            "On 27 January 2025 Nvidia stock closed 27% lower.",
            "27%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        # not another company's move, nor a level the close is not (the fourth review's,
        # refuted on 0db2f81)
        (
            "On January 27, 2025, Microsoft shares fell 2.1% and Nvidia stock dropped 17%.",
            "2.1%",
            ("unverifiable", None),
        ),
        (
            "On January 27, 2025, the stock of Nvidia's largest customer, Microsoft, fell 2.1%.",
            "2.1%",
            ("unverifiable", None),
        ),
        (
            "Nvidia's stock option volume fell 40% on January 27, 2025.",
            "40%",
            ("unverifiable", None),
        ),
        (
            "Nvidia stock fell 12% on January 27, 2025, before paring losses.",
            "12%",
            ("unverifiable", None),
        ),
        # not a moment of the day, which the record does not hold
        (
            "Nvidia shares fell 12% in premarket trading on January 27.",
            "12%",
            ("unverifiable", None),
        ),
        # a level passed during the day contradicts not the day's deepest fall, which only a
        # deeper one does (both trees refuted the first)
        (
            "Nvidia shares were down 12.5% at one point on January 27, 2025.",
            "12.5%",
            ("unverifiable", None),
        ),
        (
            "Nvidia stock fell 25% at its intraday low on January 27, 2025.",
            "25%",
            ("refuted", "nvidia-intraday-drop"),
        ),
        # not a fall held against a rise, nor a session the record lacks
        ("Nvidia shares fell 9% on January 28, 2025.", "9%", ("unverifiable", None)),
        ("Nvidia shares fell 5% on January 29, 2025.", "5%", ("unverifiable", None)),
        ("Nvidia shares fell 5% on Monday.", "5%", ("unverifiable", None)),
        # another weekday than the rout's, even in a sentence about DeepSeek, is another week's
        (
            "On Tuesday Nvidia shares rose 3%, recovering some DeepSeek losses.",
            "3%",
            ("unverifiable", None),
        ),
        # a date of reference is not the session's ("since January 27")
        ("Nvidia shares have fallen 30% since January 27, 2025.", "30%", ("unverifiable", None)),
        # a session named by a weekday the record holds none of is not contradicted
        (
            "DeepSeek wiped $130 billion off Nvidia's market value on Thursday.",
            "$130 billion",
            ("unverifiable", None),
        ),
        (
            "DeepSeek wiped $130 billion off Nvidia's market value on Monday.",
            "$130 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
    ],
)
def test_the_session_a_market_move_is_dated_to(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a sum of market value taken from a company named after it is that company's loss,
        # whoever took it
        (
            "DeepSeek's R1 wiped out $589 billion in market value from Nvidia on Monday.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
        (
            "DeepSeek wiped out $700 billion in market value from tech giant Nvidia on Monday.",
            "$700 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        (
            "DeepSeek erased $600 billion from chipmaker Nvidia on Monday.",
            "$600 billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
        # a time bound after the figure is no comparison ("in less than a day")
        (
            "The market's reaction was to wipe $500 billion off the market cap of Nvidia (stock"
            " dropped 17% in less than a day).",
            "$500 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        # not the sum of several companies listed, nor money raised from one
        (
            "The release wiped $1 trillion from Nvidia, Microsoft and Meta.",
            "$1 trillion",
            ("unverifiable", None),
        ),
        ("DeepSeek raised $10 million from Nvidia.", "$10 million", ("unverifiable", None)),
        # nor another company the name describes (the first review's, refuted on 9a61ae4)
        (
            "The DeepSeek scare took $465 billion off the market cap of Nvidia's biggest"
            " customers.",
            "$465 billion",
            ("unverifiable", None),
        ),
        (
            "DeepSeek wiped $35 billion in market value from Nvidia supplier ASML.",
            "$35 billion",
            ("unverifiable", None),
        ),
        (
            "DeepSeek wiped $20 billion in market value from Nvidia's CEO Jensen Huang.",
            "$20 billion",
            ("unverifiable", None),
        ),
        # a threshold the value crossed is a level, not the loss (both trees refuted it)
        (
            "Nvidia's market value fell below $3 trillion on January 27, 2025.",
            "$3 trillion",
            ("unverifiable", None),
        ),
    ],
)
def test_the_company_a_loss_of_market_value_was_taken_from(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a later session that carries the rout on has a date of its own (both trees refuted
        # these as a wrong day of the rout)
        (
            "Nvidia shares fell another 4.1% on January 29, extending Monday's DeepSeek rout.",
            "January 29",
            ("unverifiable", None),
        ),
        (
            "Nvidia's shares slid again on Jan. 30, extending the DeepSeek sell-off.",
            "Jan. 30",
            ("unverifiable", None),
        ),
        (
            "The DeepSeek rout's second wave hit Nvidia on January 29, 2025.",
            "January 29, 2025",
            ("unverifiable", None),
        ),
        (
            "Nvidia's record one-day rout came on January 28, 2025.",
            "January 28, 2025",
            ("refuted", "nvidia-rout-date"),
        ),
        # ... but not a day the sentence gives the rout's own marks, nor one before the rout
        # (the second review's, no longer refuted on 8c75e29)
        (
            "Nvidia's rout continued on Tuesday, January 28, 2025, with a 17% drop erasing $589"
            " billion.",
            "Tuesday, January 28, 2025",
            ("refuted", "nvidia-rout-date"),
        ),
        (
            "The DeepSeek rout continued on January 28, 2025, when Nvidia suffered its record"
            " one-day loss.",
            "January 28, 2025",
            ("refuted", "nvidia-rout-date"),
        ),
        (
            "The selloff continued on Friday, January 24, 2025, when Nvidia lost 17%.",
            "Friday, January 24, 2025",
            ("refuted", "nvidia-rout-date"),
        ),
        # a loss DeepSeek caused is no earlier session's, unless the sentence compares it
        (
            "The DeepSeek scare wiped $279 billion in market value from Nvidia.",
            "$279 billion",
            ("unverifiable", None),
        ),
        (
            "The DeepSeek rout's $589 billion loss more than doubled Nvidia's $279 billion record.",
            "$279 billion",
            ("supported", "nvidia-previous-record-loss"),
        ),
        # a company's move outside the session is neither the session's nor an index's
        # (both trees linked it to the S&P 500's rounded fall)
        (
            "Nvidia shares dropped 2% after the closing bell on January 27, 2025.",
            "2%",
            ("unverifiable", None),
        ),
        (
            "Nvidia shares closed down 25% in extended trading on January 27, 2025.",
            "25%",
            ("unverifiable", None),
        ),
        (
            "Nvidia shares closed down 25% on January 27, 2025.",
            "25%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        # a fall in dollars a share is the size of the move, not the price it left, and no
        # loss of market value a billion times larger (both were refuted before 34e0366's
        # successor as the close or the $589 billion)
        ("Nvidia shares fell $24.20 on January 27, 2025.", "$24.20", ("unverifiable", None)),
        ("Nvidia shares fell 17%, or $24.20, on Monday.", "$24.20", ("unverifiable", None)),
        (
            "Nvidia stock dropped by about $24 on Monday, January 27, 2025.",
            "$24",
            ("unverifiable", None),
        ),
        (
            "Nvidia shares fell to $100.50 at the close on January 27, 2025.",
            "$100.50",
            ("refuted", "nvidia-close-2025-01-27-cnbc"),
        ),
        (
            "Nvidia lost $589 million in market value on January 27, 2025.",
            "$589 million",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        # a fall "an average of" 9% restates no rise of 9%
        (
            "Nvidia and other chip stocks fell an average of 9% on Monday after DeepSeek's launch.",
            "9%",
            ("unverifiable", None),
        ),
    ],
)
def test_the_rout_and_the_sessions_around_it(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a date the event came after is a point of reference, the day of no event of the
        # clause's subject: never refuted as its release, linked only when it is supported
        (
            "DeepSeek a publié R1 après le 27 janvier 2025.",
            "27 janvier 2025",
            ("unverifiable", None),
        ),
        (
            "R1 launched soon after December 26, 2024, when V3 came out.",
            "December 26, 2024",
            ("unverifiable", None),
        ),
        (
            "DeepSeek released R1 a few weeks after January 27, 2025.",
            "January 27, 2025",
            ("unverifiable", None),
        ),
        (
            "DeepSeek publicó R1 después del 27 de enero de 2025.",
            "27 de enero de 2025",
            ("unverifiable", None),
        ),
        (
            "DeepSeek released R1 on January 27, 2025.",
            "January 27, 2025",
            ("refuted", "r1-release-date"),
        ),
        (
            "DeepSeek released R1 on January 20, 2025.",
            "January 20, 2025",
            ("supported", "r1-release-date"),
        ),
    ],
)
def test_a_date_of_reference_is_no_event_of_the_subject(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a stock has a session every trading day: its date is the rout's only when the
        # sentence is about the rout, and a record high is not
        ("Nvidia's stock hit a record high on Jan. 7.", "Jan. 7", ("unverifiable", None)),
        ("Nvidia's stock hit a record on Jan. 7.", "Jan. 7", ("unverifiable", None)),
        (
            "Nvidia's shares suffered a record loss on January 21.",
            "January 21",
            ("refuted", "nvidia-rout-date"),
        ),
    ],
)
def test_a_stocks_date_is_the_routs_only_in_a_sentence_about_it(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected
