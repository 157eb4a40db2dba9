"""A cause after a figure ("after DeepSeek's launch", "following the R1 frenzy", "because of
V3's groundwork") names what brought the figure about, not what the figure is of: the name in
it is neither the clause's subject nor the predicate's model, and a release it names is not
the event a date before it dates."""

from __future__ import annotations

import pytest

from conftest import judged


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the subject before the figure keeps it, with the cause's model set aside
        (
            "SemiAnalysis estimated DeepSeek's server capex at about $1.6 billion following the"
            " R1 frenzy.",
            "$1.6 billion",
            ("supported", "deepseek-server-capex"),
        ),
        (
            "The $5.6 million figure, widely cited after R1's launch, actually refers to V3's"
            " final training run.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        (
            "DeepSeek's R1, launched on January 20, 2025, cost $294,000 for its RL stage after"
            " the V3 base model was ready.",
            "$294,000",
            ("supported", "r1-training-cost"),
        ),
        # ... so a model named first keeps a figure that is another model's
        (
            "DeepSeek's R1 has 671 billion parameters and cost $5.6 million because of V3's"
            " groundwork.",
            "$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        # a weekday with the rout's cause after it dates the figure to the rout
        (
            "Nvidia lost $800 billion in market value on Monday after DeepSeek's R1 launch.",
            "$800 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        (
            "Nvidia lost $589 billion in market value on Monday after DeepSeek's R1 launch.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
        # a release after a cause word is another event than the date's
        (
            "Italy's privacy regulator blocked DeepSeek on January 30 after R1's release.",
            "January 30",
            ("unverifiable", None),
        ),
        (
            "Microsoft's Azure added R1 on January 29 after DeepSeek's launch.",
            "January 29",
            ("unverifiable", None),
        ),
        (
            "DeepSeek's app was downloaded 2.6 million times on January 28 after R1's release.",
            "January 28",
            ("unverifiable", None),
        ),
        # ... but a market's words after it are the day's own
        (
            "The Nasdaq dropped 3.1% on January 27 amid the DeepSeek selloff.",
            "January 27",
            ("supported", "nvidia-rout-date"),
        ),
        (
            "According to the research report SemiAnalysis released on July 3, user traffic"
            " surged after the DeepSeek R1 model was released.",
            "July 3",
            ("unverifiable", None),
        ),
    ],
)
def test_a_cause_after_a_figure_is_not_its_subject(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a date whose clause names its own subject is that subject's event, not a name's in
        # the cause after it; nor is a release after "before" or "in the wake of" the date's
        ("OpenAI launched Deep Research on February 2 after the R1 frenzy.", "February 2"),
        (
            "Nvidia hit a record high on Jan. 7, long before DeepSeek's R1 release on Jan. 20.",
            "Jan. 7",
        ),
        (
            "New York State banned DeepSeek on government devices on February 10, 2025, in the"
            " wake of the R1 launch.",
            "February 10, 2025",
        ),
    ],
)
def test_a_date_is_not_the_causes_event(text: str, figure: str) -> None:
    assert judged(text, figure) == ("unverifiable", None)


def test_a_wrong_date_of_the_clauses_own_release_is_refuted() -> None:
    text = "DeepSeek released R1 on January 24, weeks before the Nvidia rout."
    assert judged(text, "January 24") == ("refuted", "r1-release-date")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a name in a phrase of cause or time that opens the sentence is not the subject
        (
            "In the wake of DeepSeek's R1 release, SemiAnalysis estimated DeepSeek's server capex"
            " at about $1.6 billion.",
            "$1.6 billion",
            ("supported", "deepseek-server-capex"),
        ),
        (
            "After R1's launch, Nvidia shares fell 27%.",
            "27%",
            ("refuted", "nvidia-share-drop-close"),
        ),
        ("On news of R1, Nvidia shares fell 27%.", "27%", ("refuted", "nvidia-share-drop-close")),
        (
            "One week after R1, SemiAnalysis put DeepSeek's server capex at $1.6 billion.",
            "$1.6 billion",
            ("supported", "deepseek-server-capex"),
        ),
        (
            "Right after R1's release, SemiAnalysis estimated DeepSeek had about 50,000 Hopper GPUs.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        (
            "Due to R1, DeepSeek's app climbed to No. 1 on the US App Store.",
            "No. 1",
            ("supported", "app-store-rank"),
        ),
        # ... nor is any name after the phrase's comma in it
        (
            "Because of DeepSeek's efficiency claims, investors dumped Nvidia, sending it down 17%"
            " on Monday, Jan. 27.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # the release as the cause is no other time than the session's
        (
            "Following the release of R1, Nvidia lost $889 billion in market value.",
            "$889 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        # a market value named as the figure's noun is a level, not a loss
        (
            "Once the world's most valuable company with a $3.5 trillion market cap, Nvidia lost"
            " nearly $600 billion in market value following the emergence of China's DeepSeek.",
            "$3.5 trillion",
            ("unverifiable", None),
        ),
    ],
)
def test_a_cause_that_opens_the_sentence(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase of a sum after a comma goes on with the predicate before it: "developed"
        # governs the budget, a development budget V3's final run is not
        (
            "DeepSeek developed a strong AI model in only two months, with a budget of less than"
            " $6 million.",
            ("misleading", "v3-training-cost"),
        ),
        # ... but not a phrase with a noun of its own ("with operating expenses estimated at")
        (
            "The company's total investment in servers is around $1.6 billion, with operating"
            " expenses estimated at $944 million.",
            ("supported", "deepseek-cluster-opex"),
        ),
    ],
)
def test_a_phrase_of_a_sum_after_a_comma_shares_the_predicate(
    text: str, expected: tuple[str, str | None]
) -> None:
    figure = "$6 million" if "$6" in text else "$944 million"
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the opening phrase goes on past its first comma: its figure stays the name's
        (
            "After V3, which cost $5.576 million, and R1, DeepSeek became famous.",
            "$5.576 million",
            ("supported", "v3-training-cost"),
        ),
        # after a cause with no other subject named, the main clause is not certainly the
        # cause's ("After R1-Zero, training took about 80 hours": what came after it)
        (
            "After R1's launch, the RL stage reportedly cost $2.94 million.",
            "$2.94 million",
            ("unverifiable", None),
        ),
        # a loss of market value tied to DeepSeek, undated and under half the rout's, is not
        # certainly the rout's; a slip of magnitude still is
        (
            "Nvidia lost $100 billion in market value on fresh DeepSeek concerns.",
            "$100 billion",
            ("unverifiable", None),
        ),
        (
            "DeepSeek wiped 17% off Nvidia's stock and $589 million off its market cap.",
            "$589 million",
            ("refuted", "nvidia-market-cap-loss"),
        ),
    ],
)
def test_an_opening_phrase_that_goes_on_and_an_undated_loss(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected
