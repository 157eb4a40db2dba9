"""A small synthetic corpus for `r1claims scan`, written for these tests (no real article).

Six *originals*, each copied three times (paraphrased, truncated, wrapped in boilerplate), and
six *independent* reports of the same figures in their own words. `COPY_PAIRS` is the ground
truth: every pair of documents of one original's family.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from pathlib import Path

ORIGINALS: dict[str, tuple[str, str, list[str]]] = {
    "wire-cost": (
        "2025-01-24",
        "Wire Service",
        [
            "DeepSeek says it trained R1 for just $5.6 million on 2,048 Nvidia H800 chips, a sum "
            "that several investors in Silicon Valley described this week as almost impossible to "
            "believe when set against the billions spent by American laboratories.",
            "The Hangzhou start-up, spun out of the quantitative fund High-Flyer, published the "
            "figure in a technical report that explained how the team squeezed efficiency from "
            "older hardware, and the claim spread quickly across trading desks on Friday.",
            "Analysts cautioned that the number leaves out research, salaries and earlier "
            "experiments, but the 55 days of training it describes still struck many engineers "
            "as a remarkable feat for a company of roughly 200 people.",
        ],
    ),
    "markets-rout": (
        "2025-01-27",
        "Markets Daily",
        [
            "Nvidia lost nearly $600 billion in market value on Monday, the largest one-day drop "
            "for any company in the history of American stock markets, as traders reacted to the "
            "rise of a cheap Chinese chatbot that topped the download charts.",
            "Shares of the chipmaker fell 17% in New York, dragging the Nasdaq Composite down by "
            "3.1% and wiping out the gains of the previous four months for a stock that had "
            "become the symbol of the artificial intelligence boom.",
            "Fund managers said the sell-off reflected a sudden doubt about how many processors "
            "the industry will really need if models as capable as R1 can be built with 2,048 "
            "chips, and several brokers cut their targets before the close.",
        ],
    ),
    "nature-paper": (
        "2025-09-17",
        "Science Desk",
        [
            "DeepSeek disclosed in a peer-reviewed paper in Nature that training R1 cost $294,000, "
            "a figure that covers the reinforcement learning stage run on top of its earlier V3 "
            "base model and not the base model itself, the authors wrote in a supplement.",
            "The supplement says the reasoning stage used 512 H800 chips for about 80 hours, and "
            "the company also confirmed for the first time that it had used A100 processors in "
            "the preparatory experiments for a smaller model.",
            "Researchers who reviewed the work said the $294,000 number should not be compared "
            "with the budgets of rival laboratories, because those budgets usually include the "
            "far larger cost of pre-training a model from scratch over many months.",
        ],
    ),
    "fleet-estimate": (
        "2025-01-31",
        "Chip Letter",
        [
            "SemiAnalysis estimates that DeepSeek has access to around 50,000 Hopper GPUs and "
            "that its total server capital expenditure is about $1.6 billion, numbers that paint "
            "a very different picture from the headline training cost shared by the company.",
            "The research firm said the fleet is split between H800, H100 and H20 processors, "
            "and that the cost of operating such clusters over four years would add hundreds of "
            "millions of dollars on top of the purchase price of the hardware itself.",
            "Its analysts argued that comparing a single training run with the spending of "
            "American rivals is misleading, because a laboratory pays for many failed runs and "
            "ablations before it gets to the one that produces a model worth releasing.",
        ],
    ),
    "architecture": (
        "2025-01-22",
        "Dev Weekly",
        [
            "The model activates 37 billion of its 671 billion parameters for each token, a "
            "mixture-of-experts design that lets it answer questions at a fraction of the "
            "compute a dense network of the same size would need for every single request.",
            "R1 scored 79.8% on the AIME 2024 mathematics benchmark, according to the release "
            "notes, slightly ahead of the o1 model from OpenAI that had been regarded as the "
            "strongest reasoning system available to the public at the end of last year.",
            "The weights were published under the MIT License on 20 January, which allows "
            "companies to download, modify and sell products built on the model without asking "
            "for permission or paying any licence fee to its developers in Hangzhou.",
        ],
    ),
    "app-store": (
        "2025-01-27",
        "Consumer Tech",
        [
            "The DeepSeek assistant overtook ChatGPT to become the No. 1 free app on Apple's App "
            "Store in the United States on Monday, a week after the release of the R1 model that "
            "powers it, and it stayed at the top of the chart for most of the following days.",
            "Downloads surged so quickly that the company limited new registrations to numbers "
            "from mainland China for a while, citing large-scale malicious attacks on its "
            "services, while existing users could keep chatting with the assistant as before.",
            "Reviewers praised the way the app shows its chain of thought before answering, and "
            "many said that watching the model reason through a problem for 30 seconds made "
            "them trust its final answer more than those of its better-known competitors.",
        ],
    ),
}

INDEPENDENT: dict[str, tuple[str, str, list[str]]] = {
    "indie-cost": (
        "2025-01-25",
        "Tech Column",
        [
            "How cheap was it really? DeepSeek's own paper puts the final training run of its "
            "V3 model at $5.576 million, assuming a rental price of $2 for every GPU hour, and "
            "says nothing about what the company spent on people or on failed attempts.",
            "Our reading of the report is that 2,048 accelerators were kept busy for less than "
            "two months, which is short by the standards of frontier labs, though not unheard "
            "of for a team that designed its own communication kernels.",
        ],
    ),
    "indie-rout": (
        "2025-01-28",
        "Evening Business",
        [
            "Monday's rout cost the world's most valuable chip designer $589 billion of its "
            "worth in a single session, and the pain spread to power utilities and data centre "
            "landlords whose fortunes are tied to the AI build-out.",
            "By Tuesday morning some of the losses had been recovered, with the stock up 8.9% "
            "before lunch as bargain hunters argued that cheaper models would only raise the "
            "overall demand for computing.",
        ],
    ),
    "indie-nature": (
        "2025-09-18",
        "Research Notes",
        [
            "In September the company finally answered its critics with numbers: a Nature "
            "article and its supplementary material list $294,000 for the reasoning stage of R1, "
            "rented on 512 chips, on top of roughly $6 million for the base model.",
            "That total is still modest, our correspondent notes, but it is not the bargain that "
            "some commentators had imagined in January when the first estimates circulated "
            "on social media and in trading notes.",
        ],
    ),
    "indie-fleet": (
        "2025-02-03",
        "Hardware Review",
        [
            "Industry consultants now think the Chinese lab may control tens of thousands of "
            "Nvidia processors, with one widely read estimate putting the number at 50,000 and "
            "the capital spent on servers well above a billion dollars.",
            "If that is right, the famous training bill describes only the last step of a long "
            "and expensive journey, and the real price of competing at the frontier has not "
            "fallen as much as the first headlines suggested.",
        ],
    ),
    "indie-architecture": (
        "2025-01-29",
        "Code Review",
        [
            "Under the hood, only a small slice of the network wakes up for each word it "
            "writes: 37 billion parameters are active out of 671 billion in total, which is "
            "why the hosted service can charge so little for every million tokens it returns.",
            "On competition mathematics the model posts 79.8% on AIME 2024, and its licence, "
            "MIT, lets anyone run it on their own machines without restrictions on commercial "
            "use.",
        ],
    ),
    "indie-app": (
        "2025-01-30",
        "Lifestyle Weekly",
        [
            "My teenage nephew installed the Chinese chatbot before I had even heard of it; by "
            "the time I did, it had been sitting at No. 1 among free downloads in the American "
            "App Store for three days and everyone at dinner had an opinion about it.",
            "Its makers claim a training bill of under $6 million, a number my nephew repeated "
            "with great confidence, although he could not tell me what exactly it paid for.",
        ],
    ),
}

#: Word swaps of the paraphrased copies (a rewrite desk's light touch).
SWAPS = {
    "says": "claims",
    "said": "stated",
    "company": "firm",
    "chips": "processors",
    "processors": "chips",
    "about": "around",
    "nearly": "almost",
    "largest": "biggest",
    "figure": "number",
    "quickly": "rapidly",
    "several": "a number of",
    "because": "since",
    "many": "numerous",
    "published": "released",
}
HEADER = "Subscribe now: your first 3 months for $1. Already a member? Sign in here."
FOOTER = (
    "© 2025 Example Media Group. All rights reserved. Call 1-800-555-0100 for help with your "
    "subscription. Related: 5 things to know about AI this week."
)


def paraphrase(text: str) -> str:
    """Swap words (see `SWAPS`) the way a rewrite desk does."""
    return re.sub(r"\b\w+\b", lambda m: SWAPS.get(m.group(0), m.group(0)), text)


def documents() -> list[dict[str, str]]:
    """Every document as a JSON Lines record, copies before originals for some families (the
    origin is found by date, not by order)."""
    docs = []
    for n, (name, (date, outlet, paras)) in enumerate(ORIGINALS.items()):
        later = (dt.date.fromisoformat(date) + dt.timedelta(days=2)).isoformat()
        truncated = [*paras[:2], paras[2][: len(paras[2]) // 2]]
        family = [
            {"id": name, "published": date, "outlet": outlet, "text": "\n\n".join(paras)},
            {
                "id": f"{name}-paraphrased",
                "published": later,
                "outlet": "Rewrite Desk",
                "text": "\n\n".join(paraphrase(p) for p in paras),
            },
            {
                "id": f"{name}-truncated",
                "published": later,
                "outlet": "Aggregator",
                "text": "\n\n".join(truncated),
            },
            {
                "id": f"{name}-boilerplate",
                "published": later,
                "outlet": "Portal",
                "text": "\n\n".join([HEADER, *paras, FOOTER]),
            },
        ]
        docs += family[::-1] if n % 2 else family
    for name, (date, outlet, paras) in INDEPENDENT.items():
        docs.append({"id": name, "published": date, "outlet": outlet, "text": "\n\n".join(paras)})
    return docs


def copy_pairs() -> set[tuple[str, str]]:
    """The planted copy pairs: every two documents of one original's family."""
    out = set()
    for name in ORIGINALS:
        family = [name, *(f"{name}-{k}" for k in ("paraphrased", "truncated", "boilerplate"))]
        out |= {tuple(sorted(p)) for p in itertools.combinations(family, 2)}  # type: ignore[misc]
    return out  # type: ignore[return-value]


def write_jsonl(path: Path) -> Path:
    """The corpus as a JSON Lines file."""
    path.write_text("".join(json.dumps(d) + "\n" for d in documents()), "utf-8")
    return path
