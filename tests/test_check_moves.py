"""A share's or an index's move on the rout's day (`checker.moves`): shares and indexes move
every trading day, so a wrong percentage that no scope word dates is refuted only when its
sentence ties it to DeepSeek and names no other time; and a figure tied to the rout cannot
restate an earlier session's record."""

from __future__ import annotations

import pytest

from conftest import judged


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the stock or the index named, a fall, and DeepSeek as its cause: the rout's move (a
        # fall's, not the next day's rebound's, the latest session the record holds)
        (
            "The stock market reacted sharply, with NVIDIA's shares plummeting 21% as concerns"
            " arose that DeepSeek's advances could cut demand for high-end AI chips.",
            "21%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "Nvidia's shares plunged 35% on January 27 after DeepSeek's breakthrough.",
            "35%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "DeepSeek hit Big Tech stocks the hardest, with Nvidia suffering a 17% decline and"
            " dragging the Nasdaq composite down by 5%.",
            "5%",
            ("refuted", "nasdaq-composite-change-2025-01-27"),
        ),
        # the shares named before the company, or the company before a relative clause; a
        # cause after the figure is not its subject ("after DeepSeek's launch")
        (
            "Shares of Nvidia plunged 25% after DeepSeek's launch.",
            "25%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "Investors dumped Nvidia, whose shares plunged 25% after DeepSeek's launch.",
            "25%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "Broadcom shares slid about 17% after DeepSeek, just like Nvidia.",
            "17%",
            ("supported", "broadcom-share-drop-2025-01-27"),
        ),
        # the right size stays supported
        (
            "Nvidia shares fell 17% after DeepSeek's launch.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # a figure tied to the rout restates no earlier session's record ($279 billion in
        # September 2024 would round to $300 billion); that record's own value is a mix-up of
        # records, not judged
        (
            "DeepSeek's launch wiped $300 billion off Nvidia's market value.",
            "$300 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        (
            "DeepSeek's launch wiped $279 billion off Nvidia's market value.",
            "$279 billion",
            ("unverifiable", None),
        ),
    ],
)
def test_a_wrong_move_tied_to_the_rout_is_refuted(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # another day, or a span of sessions, by its end or its start
        ("By the end of January, Nvidia's stock was down 11% after the DeepSeek shock.", "11%"),
        ("Nvidia's stock is up about 40% from its DeepSeek-day low as of mid-2025.", "40%"),
        ("Nvidia shares slid 4% on Wednesday as DeepSeek fears returned.", "4%"),
        (
            "Nvidia shed 21 per cent off its stock price in two days after DeepSeek's launch.",
            "21 per cent",
        ),
        ("Nvidia shares fell 6% in 2025 even as DeepSeek's models spread.", "6%"),
        ("Nvidia shares are 20% below their peak despite the DeepSeek scare.", "20%"),
        ("Nvidia shares fell 3% as DeepSeek V3.1 sparked a sell-off.", "3%"),
        ("From its intraday low on Monday, Nvidia had climbed 11% by Tuesday's close.", "11%"),
        ("Over the two sessions after DeepSeek went viral, the Nasdaq fell about 1%.", "1%"),
        # a session after the rout, not the rout caused by DeepSeek
        ("Nvidia shares fell 4% after the DeepSeek sell-off as chip stocks kept sliding.", "4%"),
        # another year's January 27
        ("Nvidia shares fell 1% on January 27, the first anniversary of the DeepSeek rout.", "1%"),
        # a move that may come
        ("Some strategists warn the Nasdaq could fall 10% if the DeepSeek scare lasts.", "10%"),
        ("Analysts warned that Nvidia's stock might fall 25% more as DeepSeek spreads.", "25%"),
        # a share of an index, not its move
        ("Nvidia accounts for roughly 8% of the Nasdaq 100, so its DeepSeek plunge hurt.", "8%"),
        # an index the record holds no move of
        (
            "The Dow Jones Industrial Average fell 2% on January 27 as DeepSeek rattled markets.",
            "2%",
        ),
        # no DeepSeek in the sentence: any session's move
        ("Nvidia, an AI darling, saw its shares plunge 19.6%.", "19.6%"),
        ("Monday's slump dragged the Nasdaq composite down by 5%.", "5%"),
        # not a move of the stock at all
        ("Singapore's share of Nvidia's revenue reached 22% as DeepSeek questions mounted.", "22%"),
        # another language: its words of another time are not read, so nothing is pinned
        ("Les actions de Nvidia ont chuté de 25 % après le lancement de DeepSeek.", "25 %"),
    ],
)
def test_a_move_not_tied_to_the_rout_is_not_refuted(text: str, figure: str) -> None:
    assert judged(text, figure)[0] != "refuted"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a part of an index, a member of it, another company: not the index's or Nvidia's move
        (
            "The S&P 500's tech sector dropped 5.6% on January 27, 2025, while the S&P 500 itself"
            " fell 1.5%, after DeepSeek.",
            "5.6%",
            ("unverifiable", None),
        ),
        (
            "Vistra, an S&P 500 member, dropped 28% on January 27, 2025, after DeepSeek hit Nvidia.",
            "28%",
            ("unverifiable", None),
        ),
        (
            "Nvidia's biggest customer Microsoft saw its shares lose 2.1% on January 27, 2025,"
            " after DeepSeek.",
            "2.1%",
            ("unverifiable", None),
        ),
        (
            "More than half of S&P 500 stocks, about 60%, rose on January 27, 2025, even as"
            " DeepSeek sank Nvidia.",
            "60%",
            ("unverifiable", None),
        ),
        (
            "Nvidia, the S&P 500's largest stock at about 6.6%, dropped 17% on January 27, 2025,"
            " after DeepSeek.",
            "6.6%",
            ("unverifiable", None),
        ),
        # the Nasdaq-100 is another index than the Composite the record holds
        ("The Nasdaq-100 fell 3% on January 27, 2025, on DeepSeek.", "3%", ("unverifiable", None)),
        # a move someone else reported, which the text doubts or sets right
        (
            "Some readers believed the Nasdaq fell 6% on January 27, 2025, after DeepSeek.",
            "6%",
            ("unverifiable", None),
        ),
        (
            "Some commentators wrote that the SOX index plunged 12% on January 27, 2025, on"
            " DeepSeek, overstating the 9.2% drop.",
            "12%",
            ("unverifiable", None),
        ),
        (
            "I read that the Nasdaq sank 6% on January 27, 2025, because of DeepSeek. Is that"
            " right? No, it was about 3%.",
            "6%",
            ("unverifiable", None),
        ),
        (
            "A viral post said the S&P 500 dropped 5% on January 27, 2025, because of DeepSeek;"
            " it actually fell 1.5%.",
            "5%",
            ("unverifiable", None),
        ),
    ],
)
def test_another_movers_figure_or_a_doubted_report_is_not_refuted(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a cause that moves a company's shares: the move is the company's, whoever caused it
        (
            "DeepSeek's R1 sent Nvidia shares down 26% on January 27.",
            "26%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "The release of R1 sent Nvidia's shares plunging 27%.",
            "27%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "R1 triggered a 22% drop in Nvidia's shares.",
            "22%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        # ... and a fall after the figure is no rise ("knocked 12% off" is not the rebound)
        (
            "DeepSeek's R1 knocked 12% off Nvidia's share price.",
            "12%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "R1 triggered a 17% drop in Nvidia's shares.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # a listed company named right before its move is its stock, in a headline too
        ("Nvidia fell 25% after DeepSeek's launch.", "25%", ("refuted", "nvidia-share-drop-close")),
        (
            "Nvidia Plunges 27% As DeepSeek Sparks AI Selloff",
            "27%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "Nvidia Plunges 17% As DeepSeek Sparks AI Selloff",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # ... but not a name after a preposition, nor a sub-index, nor another session's record
        # given to another company
        (
            "Put-call ratios on Nvidia rose 30% as traders hedged against another DeepSeek-style"
            " shock.",
            "30%",
            ("unverifiable", None),
        ),
        (
            "On January 27, 2025, the S&P 500 information technology index fell 5.6% as DeepSeek"
            " hammered Nvidia.",
            "5.6%",
            ("unverifiable", None),
        ),
        (
            "Broadcom lost 9.2% after R1's release.",
            "9.2%",
            ("refuted", "broadcom-share-drop-2025-01-27"),
        ),
        (
            "The S&P 500 index fell 4.1% as DeepSeek hammered Nvidia.",
            "4.1%",
            ("refuted", "sp-500-change-2025-01-27-rounded"),
        ),
    ],
)
def test_a_caused_move_is_the_movers(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a move tied to DeepSeek in the rout's aftermath, or beside another event, is not
        # certainly the rout's, nor is an undated one under half its size (later coverage)
        ("Nvidia Falls 4.1% As DeepSeek Doubts Linger", "4.1%"),
        ("Nvidia fell 2.8% as tariffs added to DeepSeek worries.", "2.8%"),
        ("Renewed DeepSeek fears sent Nvidia shares down 4.1%.", "4.1%"),
        ("Nvidia Falls 4.1% As Investors Reassess DeepSeek Threat", "4.1%"),
        ("The Nasdaq fell 0.5% as DeepSeek doubts lingered.", "0.5%"),
        ("DeepSeek sent Nvidia shares down 10.6% for January.", "10.6%"),
        ("Nvidia's market value fell $122 billion as DeepSeek doubts lingered.", "$122 billion"),
        # ... and a fall is not the next day's rebound ("lost 8.9%")
        ("Nvidia lost 8.9% on Monday as DeepSeek sparked a selloff.", "8.9%"),
    ],
)
def test_a_move_in_the_routs_aftermath_is_not_the_routs(text: str, figure: str) -> None:
    assert judged(text, figure) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the rout's day named, a small wrong move is still the rout's
        (
            "Nvidia stock fell 4% on January 27, 2025, on DeepSeek.",
            "4%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        (
            "The Nasdaq ended down 1.1% on January 27 after DeepSeek's launch.",
            "1.1%",
            ("refuted", "nasdaq-composite-change-2025-01-27"),
        ),
        # a large undated one tied to DeepSeek's selloff is the rout's
        (
            "Nvidia lost 12% as DeepSeek sparked a selloff.",
            "12%",
            ("refuted", "nvidia-share-drop-close"),
        ),
    ],
)
def test_a_small_move_on_the_routs_day_is_still_the_routs(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected
