"""Whose figure is it, and of what: names the record does not know, the words around them, and
the benchmark a score is of."""

from __future__ import annotations

import pytest

import r1claims
from conftest import judged
from r1claims.record.claimset import ClaimSet


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "American" describes the tech Nvidia leads; it names no other subject
        (
            "Nvidia, long hailed as the crown jewel of American tech, saw its market "
            "capitalization plunge by an astonishing $600 billion in a single day.",
            "$600 billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
        # ... while a name beside it still does
        (
            "Shares of Broadcom, an American chipmaker, fell 17% on Monday.",
            "17%",
            ("supported", "broadcom-share-drop-2025-01-27"),
        ),
    ],
)
def test_a_demonym_is_no_name(text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert judged(text, figure) == expected


def test_a_name_after_a_comma_is_another_clauses() -> None:
    text = (
        "Nvidia, which had recently become the world's most valuable company, fell 17% that "
        "day, costing CEO Jensen Huang more than $20 billion."
    )
    assert judged(text, "17%") == ("supported", "nvidia-share-drop-close")


def test_a_date_opening_a_sentence_dates_the_name_after_its_comma() -> None:
    # the date's clause runs on to its subject: Alibaba's launch, not R1's release
    text = (
        "Alibaba's QwQ-32B: How a Small Model Challenges DeepSeek-R1's Compute Dominance\n"
        "On March 5, 2025, Alibaba's Qwen team unveiled QwQ-32B, an open-source model with just "
        "32 billion parameters that claims to rival DeepSeek-R1 (671 billion parameters) in "
        "math reasoning."
    )
    assert judged(text, "March 5, 2025") == ("unverifiable", None)


@pytest.mark.parametrize(
    "text",
    [
        "The Qwen team unveiled QwQ-32B, a model that claims to rival DeepSeek-R1 in math "
        "reasoning. Released on March 5, 2025, QwQ-32B is available under the Apache 2.0 license.",
        "Qwen's new model claims to rival DeepSeek-R1 in math. QwQ-32B is available under the "
        "Apache 2.0 license.",
        "DeepSeek-R1 was a shock. Mistral Small 3 is available under the Apache 2.0 license.",
        "DeepSeek-R1 is released under the MIT license, while Mistral Small 3 ships under "
        "Apache 2.0.",
        # the distilled models keep their Qwen or Llama base's licence
        "DeepSeek-R1 is released under the MIT license. Its distilled Qwen models remain under "
        "Apache 2.0.",
    ],
)
def test_a_licence_of_a_model_the_record_lacks_is_not_refuted(text: str) -> None:
    assert judged(text, "Apache 2.0")[0] == "unverifiable"


def test_a_licence_follows_the_sentence_before_when_nothing_else_is_named() -> None:
    text = "DeepSeek-R1 was a shock. It is available under the Apache 2.0 license."
    assert judged(text, "Apache 2.0") == ("refuted", "r1-licence")


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        (
            "R1 sends each token to a small handful of its 256 experts, so the compute per token "
            "is modest.",
            "256 experts",
            "v3-routed-experts",
        ),
        ("R1 has 61 layers.", "61 layers", "v3-layers"),
    ],
)
def test_r1s_architecture_is_v3s(text: str, figure: str, claim: str) -> None:
    # the R1 README refers to DeepSeek-V3 for its architecture: V3's figures are R1's too
    assert judged(text, figure) == ("supported", claim)


def test_a_benchmark_written_with_a_hyphen_and_a_space() -> None:
    text = (
        "| Benchmark | DeepSeek-R1 | OpenAI o1 |\n|---|---|---|\n"
        "| SWE-bench Verified | 49.2% | 48.9% |"
    )
    assert judged(text, "49.2%") == ("supported", "r1-swe-bench-verified")
    assert judged(text, "48.9%") == ("supported", "o1-1217-swe-bench-verified")


@pytest.mark.parametrize("name", ["Arena-Hard", "Arena Hard", "ArenaHard"])
def test_a_benchmark_whose_slug_glues_its_words_is_written_apart(name: str) -> None:
    # the record's slug 'arenahard' and label "ArenaHard": coverage writes "Arena-Hard"
    text = f"DeepSeek-R1 scored 92.3% on {name}, V3 85.5%."
    assert judged(text, "92.3%") == ("supported", "r1-arenahard")
    assert judged(text, "85.5%") == ("supported", "v3-arenahard")


def test_a_benchmarks_name_cut_short_is_another_benchmark() -> None:
    # SWE-bench is not SWE-bench Verified: V3's 42.0 there does not contradict this
    text = "And DeepSeek V3 scores 54.8% on SWE-bench, which tests real-world software tasks."
    assert judged(text, "54.8%") == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "On SWE-bench Verified, R1 trails Anthropic's Claude 3.5 Sonnet, scoring 49.2% to "
            "Claude's 50.8%.",
            "50.8%",
        ),
        (
            "DeepSeek-R1 keeps pace with leading AI systems while using about 2,000 GPUs against "
            "ChatGPT's reported 10,000 GPUs.",
            "10,000 GPUs",
        ),
        ("On MMLU, DeepSeek-V3 scores 88.5, slightly trailing Llama3.1's 88.6.", "88.6"),
    ],
)
def test_a_name_the_record_lacks_owns_the_figure_after_its_possessive(
    text: str, figure: str
) -> None:
    assert judged(text, figure) == ("unverifiable", None)


def test_a_places_possessive_tells_where_a_figure_is_from() -> None:
    text = "DeepSeek R1: How China's $6M AI Model Just Wiped $600B Off NVIDIA"
    assert judged(text, "$6M") == ("misleading", "v3-training-cost")


_R1_BEFORE = "DeepSeek's R1 reasoning model stunned the industry. "


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # the figure's own words name the record's stage, and no model: the text scopes it
        # rightly, whatever the paragraph is about
        ("The $5.5M is the final training run, not the total bill.", "$5.5M", "supported"),
        # no such words: the paragraph's model is what the figure is given to
        ("The company claimed it spent only $6 million.", "$6 million", "misleading"),
        # "total training costs" is no stage: R1's total it is not
        ("It cost $5.57 million in total training costs.", "$5.57 million", "misleading"),
    ],
)
def test_a_figure_its_own_words_scope_is_not_the_paragraphs(
    text: str, figure: str, verdict: str
) -> None:
    assert judged(_R1_BEFORE + text, figure) == (verdict, "v3-training-cost")


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek says it trained R1 on 2,000 Nvidia H800 GPUs and spent $5.6 million, while "
        "training GPT-4 cost over $100 million.",
        "DeepSeek asegura que entrenó a R1 con 2.000 GPU Nvidia H800 y que gastó 5,6 millones de "
        "dólares, mientras que entrenar GPT-4 de OpenAI costó más de 100 millones de dólares.",
    ],
)
def test_a_model_after_a_contrast_is_another_clauses(text: str) -> None:
    # the cost is given to R1, trained in the same predicate; GPT-4 is the contrast's
    [finding] = [f for f in r1claims.check(text).findings if f.kind == "money"][:1]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "misleading",
        "v3-training-cost",
    )
    assert "DeepSeek-R1" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        # "，而" (whereas) in Chinese: the figure after it is the other model's, never V3's
        "DeepSeek-V3預訓練僅需約270萬GPU小時，而同樣規模的開源LLaMA模型則需要約3000萬GPU小時。",
        "DeepSeek-V3的预训练只用了约270万GPU小时，相比之下，同等规模的模型需要约3000万GPU小时。",
    ],
)
def test_a_figure_after_a_contrast_in_chinese_is_not_refuted(text: str) -> None:
    assert [f.text for f in r1claims.check(text).findings if f.verdict == "refuted"] == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # R1's run time given to R1-Zero, whose run was its own (about 198 hours)
        (
            "R1-Zero, the pure-RL precursor, needed only about 80 hours of training.",
            "80 hours",
            ("misleading", "r1-rl-hours"),
        ),
        # ... while the size the two share is R1-Zero's own
        (
            "R1-Zero has 671 billion parameters in total.",
            "671 billion parameters",
            ("supported", "r1-zero-total-parameters"),
        ),
    ],
)
def test_one_runs_figure_is_not_a_sibling_models(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("model", "verdict"), [("DeepSeek-R1", "misleading"), ("DeepSeek-R1-Zero", "supported")]
)
def test_a_figure_that_carries_on_the_predicate_keeps_its_subject(model: str, verdict: str) -> None:
    # "rising to" carries on what the model before managed: R1-Zero's scores, given to R1
    text = f"On AIME 2024, {model} managed 71.0% pass@1, rising to 86.7% with majority voting."
    assert judged(text, "86.7%") == (verdict, "r1-zero-aime-2024-cons64")


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek-R1 est open source. Il est publié sous licence MIT.",
        "Like Mistral Small 3, DeepSeek-R1 is released under the MIT license.",
    ],
)
def test_a_licence_keeps_its_subject_past_an_opener_or_a_comparison(text: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.kind == "licence"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "r1-licence",
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Scoring 77.5% on AIME 2024, Kimi k1.5 came close to DeepSeek-R1.", "77.5%"),
        ("Con un 77,5 % en AIME 2024, Kimi k1.5 se acerca a DeepSeek-R1.", "77,5 %"),
        ("Down 17% on Monday, Oracle shares lagged Nvidia.", "17%"),
        ("For just $5.6 million, Sky-T1 was trained to rival DeepSeek-R1.", "$5.6 million"),
    ],
)
def test_an_opening_phrases_figure_is_the_name_after_its_comma(text: str, figure: str) -> None:
    assert judged(text, figure) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the record's own estimator, with a possessive: its estimate, not an unknown name's
        (
            "SemiAnalysis's $1.6 billion estimate covers servers.",
            "$1.6 billion",
            ("supported", "deepseek-server-capex"),
        ),
        # "It's" is no owner, even after a sentence that ends in a capital
        (
            "> R1 is a 1.5 trillion param monster\n\nNo. It's 671B total and 37B active per token.",
            "671B",
            ("supported", "r1-total-parameters"),
        ),
    ],
)
def test_a_possessive_that_names_no_other_owner(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_pronoun_keeps_the_paragraphs_model_against_stage_words() -> None:
    text = (
        "DeepSeek's R1 model shocked the industry. Its final training run cost just $5.6 million."
    )
    assert judged(text, "$5.6 million") == ("misleading", "v3-training-cost")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "At 30.8 million GPU hours, Llama 3.1's training dwarfed DeepSeek-V3's.",
            "30.8 million GPU hours",
        ),
        ("Released on January 29, Qwen2.5-Max was pitched against DeepSeek-V3.", "January 29"),
    ],
)
def test_an_opening_phrases_figure_is_never_refuted_for_a_later_name(
    text: str, figure: str
) -> None:
    # the subject after the comma is a model the record does not hold
    assert judged(text, figure) == ("unverifiable", None)


def test_a_demonym_after_an_opening_phrase_describes_the_subject_after_it() -> None:
    text = (
        "On Tuesday, 28 January, Chinese AI start-up DeepSeek launched DeepSeek-R1, a language"
        " model similar to OpenAI's ChatGPT."
    )
    assert judged(text, "28 January") == ("refuted", "r1-release-date")
    # (a release after "after" is another event than the date's: `test_check_causes`)
    text = text.replace("launched", "caused a historic shock in the AI market after launching")
    assert judged(text, "28 January") == ("unverifiable", None)


def test_an_asset_manager_is_no_image_model() -> None:
    # "Janus" alone is Janus Henderson as often as DeepSeek's Janus-Pro: no alias of it
    text = (
        "For more analysis of the DeepSeek surprise, Janus Henderson's insight piece is worth a"
        " read. As the world took in the shocking news, one number stood out: how cheap it all "
        'was. But perhaps not all is as it seems: "Take the capex number with a pinch of '
        "salt…the capex numbers referred to are just comparing apples to oranges. The $5m cited"
        " relates to just one training run, ignoring any prior training runs and the training "
        "of the larger teacher models, whether at DeepSeek or the third-party open source LLMs "
        'they were built on."'
    )
    assert judged(text, "$5m") == ("supported", "v3-training-cost")


@pytest.mark.parametrize(
    "text",
    [
        # the text rejects the claim it quotes
        "The claim that DeepSeek-R1 scored 95% on GPQA Diamond is false.",
        # a later version, described rather than named
        "The new version of R1 improved its AIME 2024 score to 91.4%.",
        # another setting of the benchmark
        "MathArena found R1 scored 65.8% on AIME 2025.",
        # another evaluator's own measurement
        "Epoch AI measured R1 at 67% on GPQA Diamond.",
        # a condition, and a question
        "If R1 scored 90% on AIME 2024, it would beat o3-mini.",
        "Is R1's GPQA Diamond score 80%? No, it's 71.5%.",
        # a market figure of another, dated session
        "Nvidia lost $140 billion in market value on February 27, 2025.",
        # the GPUs of a cluster written after its nodes are its total, not per node
        "V3 was trained on 256 nodes with 2,048 GPUs.",
        # a later version and a rejected claim, in other languages
        "更新后的R1在AIME 2024上达到91.4%。",
        "Die aktualisierte Version von R1 erreicht 91,4 Prozent bei AIME 2024.",
        "Утверждение, что R1 набрал 95% на GPQA Diamond, ложно.",
        "MathArena测得R1在AIME 2025上为65.8%。",
        # someone's own estimate, a reproduction named earlier in the sentence
        "My guess: R1's total training cost was closer to $20 million.",
        "Open-R1, Hugging Face's reproduction, matched R1 on MATH-500 with 95.4% using a 7B model.",
        # a relative change, the span of an estimate, a month of another session
        "A 10% improvement on R1's 79.8% AIME score would take it to about 88%.",
        "SemiAnalysis says DeepSeek's total cost of ownership is about $2.6 billion over four years.",
        "Nvidia lost $160 billion in market value in a single session in October 2025.",
        # a date the text calls wrong
        "Reddit posts said R1 launched on January 15; that date is wrong.",
        # another's estimate; a dot before three digits that may group thousands
        "Epoch AI estimated that R1's RL stage cost around $1 million.",
        "P: ¿Cuántas horas de GPU necesitó R1?\nR: Unas 147.000 horas de H800 para la fase de R1.",
    ],
)
def test_kinds_of_text_that_no_record_contradicts(text: str) -> None:
    assert [f.text for f in r1claims.check(text).findings if f.verdict == "refuted"] == []


def test_chinese_simpleqa_is_c_simpleqa() -> None:
    text = "On Chinese SimpleQA R1 scored 63.7%, below V3's 68.0%."
    assert judged(text, "63.7%") == ("supported", "r1-c-simpleqa")


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek-R1 activa ocho expertos por token.",
        "DeepSeek-V3 aktiviert pro Token 8 Experten.",
        "DeepSeek-R1 использует архитектуру MoE и активирует восемь экспертов.",
        # the experts left unnamed after the layer's count
        "Mélange d'experts (MOE) de DeepSeek V3 : 256 réseaux de neurones, dont huit activés "
        "pour chaque jeton.",
        "DeepSeek V3 usa una Mixture di esperti (MOE) con 256 reti neurali, di cui otto "
        "attivate per token.",
    ],
)
def test_experts_per_token_in_other_languages(text: str) -> None:
    finding = r1claims.check(text).findings[-1]
    assert (finding.verdict, finding.claim and finding.claim.id) == (
        "supported",
        "v3-routed-experts-per-token",
    )


def test_a_mixtures_neural_networks_in_portuguese_are_its_experts() -> None:
    text = (
        "A arquitetura Mistura de Especialistas do DeepSeek V3 usa 256 redes neurais, sendo "
        "oito ativadas para cada token."
    )
    assert judged(text, "256 redes") == ("supported", "v3-routed-experts")


@pytest.mark.parametrize(
    "text",
    [
        # "shares in Arm" are Arm's, not those of the listed company before (Nvidia) ...
        "Nvidia lost almost $600bn of market value. Shares in Arm fell about 10 per cent.",
        # ... and so are they with a relative clause between the name and the figure
        "Nvidia lost almost $600bn of market value. Shares in Arm, which Haas has run since "
        "2022, fell about 10 per cent.",
    ],
)
def test_shares_named_after_are_that_companys(text: str) -> None:
    assert judged(text, "10 per cent") == ("unverifiable", None)
    # the record's own subject before a relative clause is still its subject
    text = "Nvidia lost $589 billion. The stock, which Huang has led since 1993, fell 17%."
    assert judged(text, "17%")[0] == "supported"


def test_a_table_cell_names_its_own_figures_subjects() -> None:
    # in a cell that lists moves company by company, each figure is the name's before it ...
    row = "| 27 Jan, Monday open | **NVDA -17%**, SK Hynix -11%, Samsung -8% |"
    assert judged(row, "-17%") == ("supported", "nvidia-share-drop-close")
    assert judged(row, "-11%") == ("unverifiable", None)
    assert judged(row, "-8%") == ("unverifiable", None)
    # ... while a name in another cell is the row's label, not the figure's subject
    row = "| Samsung's chip unit | Nvidia share move | -17% |"
    assert judged(row, "-17%")[0] == "supported"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # Hungarian: "developed from a mere $5.6 million, its latest AI model, DeepSeek-R1"
        # ("MI" is Hungarian for AI, no name): V3's cost given to R1
        (
            "A kínai startup papíron mindössze 5,6 millió dollárból fejlesztett legújabb "
            "MI-modellje, a DeepSeek-R1 állítólag simán hozza ugyanazt a teljesítményt.",
            "5,6 millió dollárból",
            ("misleading", "v3-training-cost"),
        ),
        # "The R1 model was released on 25 January 2025": a release the record dates otherwise
        (
            "Az R1 modellt 2025. január 25-én adták ki.",
            "2025. január 25-én",
            ("refuted", "r1-release-date"),
        ),
        (
            "A DeepSeek 2025. január 20-án adta ki az R1 modellt.",
            "2025. január 20-án",
            ("supported", "r1-release-date"),
        ),
        # "the full training of the DeepSeek-V3 model took only 2.8 million H800 GPU-hours"
        (
            "A DeepSeek-V3 modell teljes betanítása mindössze 2,8 millió H800 GPU-órát igényelt.",
            "2,8 millió H800 GPU-órát",
            ("supported", "v3-gpu-hours-total"),
        ),
        # "R1's reinforcement-learning stage cost 294 thousand dollars on top of the V3-Base
        # model": the stage, rightly framed, with the base named after it ("felül")
        (
            "A DeepSeek szerint az R1 megerősítéses tanulási szakasza 294 ezer dollárba került "
            "a V3-Base modellen felül.",
            "294 ezer dollárba",
            ("supported", "r1-training-cost"),
        ),
        # Lithuanian and Latvian billions in every case form ("671 milijardą parametrų" was
        # read as 671 parameters and refuted)
        (
            "DeepSeek R1 modelis turi 671 milijardą parametrų.",
            "671 milijardą parametrų",
            ("supported", "r1-total-parameters"),
        ),
        (
            "R1 modelis turi 671 mlrd. parametrų.",
            "671 mlrd. parametrų",
            ("supported", "r1-total-parameters"),
        ),
        (
            "Modelis R1 ir 671 miljards parametru.",
            "671 miljards parametru",
            ("supported", "r1-total-parameters"),
        ),
        # ... and a count of parameters with no magnitude word is never refuted
        ("DeepSeek R1 has 671 parameters.", "671 parameters", ("unverifiable", None)),
        # the experts of a mixture named in Russian and Polish ("routed", "per token")
        (
            "Модель DeepSeek-V3 имеет 256 маршрутизируемых экспертов, из которых 8 активны для "
            "каждого токена.",
            "256 маршрутизируемых экспертов",
            ("supported", "v3-routed-experts"),
        ),
        (
            "Model DeepSeek-V3 aktywuje 256 ekspertów.",
            "256 ekspertów",
            ("supported", "v3-routed-experts"),
        ),
    ],
)
def test_scope_words_of_central_and_eastern_europe(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # Marathi: "Nvidia's shares fell 17 percent on Monday, its ... 593 billion dollars"
        (
            "सोमवारी चिपमेकर एनव्हीडियाचे शेअर्स १७ टक्क्यांनी घसरले. त्यामुळे त्यांच्या ५९३ अब्ज "
            "डॉलर्स बाजार भांडवलाचा काही मिनिटांत चुराडा झाला.",
            "५९३ अब्ज डॉलर्स",
            ("supported", "nvidia-market-cap-loss-lseg"),
        ),
        # a case ending glued to the name ("एनव्हीडियाचे शेअर्स": Nvidia's shares fell 17%)
        (
            "सोमवारी चिपमेकर एनव्हीडियाचे शेअर्स १७ टक्क्यांनी घसरले.",
            "१७ टक्क्यांनी",
            ("supported", "nvidia-share-drop-close-cnbc"),
        ),
        # Hindi: "according to DeepSeek this AI model ... only $6 million was spent to make it":
        # V3's final run given as what the model cost to build ...
        (
            "DeepSeek कंपनी के मुताबिक, यह AI मॉडल सिर्फ दो महीने में बनकर तैयार हुआ है। इसे तैयार "
            "करने में केवल 6 मिलियन डॉलर खर्च हुए हैं।",
            "6 मिलियन डॉलर",
            ("misleading", "v3-training-cost"),
        ),
        # Tamil: "compared with other AI models, only 6 million dollars were spent to build it"
        (
            "சமீபத்தில் சீனாவின் ஸ்டார்ட் அப் நிறுவனமான டீப் சீக் ஒரு புதிய ஏ.ஐ மொடலை "
            "அறிமுகப்படுத்தியது. மற்ற ஏ.ஐ மொடல்களோடு ஒப்பிடுகையில் இதை உருவாக்க வெறும் 6 "
            "மில்லியன் டொலர்கள் மட்டுமே செலவானதாக அந்நிறுவனம் தெரிவித்தது.",
            "6 மில்லியன் டொலர்கள்",
            ("misleading", "v3-training-cost"),
        ),
        # ... and "on the training of the DeepSeek-V3 model, under $6 million was spent"
        (
            "DeepSeek-V3 मॉडल की ट्रेनिंग पर $6 मिलियन से कम खर्च आया।",
            "$6 मिलियन",
            ("supported", "v3-training-cost"),
        ),
        # Telugu: "in Monday's session the tech index Nasdaq fell 3 percent"
        (
            "సోమవారం ట్రేడింగ్ సెషన్లో టెక్ ఇండెక్స్ నాస్డాక్ 3శాతం పతనమైంది.",
            "3శాతం",
            ("supported", "nasdaq-composite-change-2025-01-27"),
        ),
        # Telugu: "DeepSeek R1 ... so it has 670 billion parameters"
        (
            "డీప్సీక్ ఆర్1 మోడల్‌పై పనిచేస్తుంది. అంటే ఇది 670 బిలియన్ పారామీటర్లు కలిగి ఉంది.",
            "670 బిలియన్ పారామీటర్లు",
            ("supported", "r1-total-parameters"),
        ),
        # Urdu: "Nvidia's share price fell 17%, cutting its market value by $600 billion"
        (
            "Nvidia کے شیئر کی قیمت کل 17% گر گئی، جس سے کمپنی کی مارکیٹ ویلیو $600 بلین کم ہو گئی۔",
            "$600 بلین",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
    ],
)
def test_figures_of_south_asian_languages(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_bare_sum_of_nothing_said_is_no_count_of_gpu_hours() -> None:
    # "2,6 millions" of downloads is not V3's 2.664M pre-training GPU-hours ...
    text = (
        "DeepSeek dit avoir formé ses modèles pour une fraction du prix. Vendredi dernier, "
        "l'appli plafonnait à un million de téléchargements ; lundi matin, ce chiffre "
        "atteignait 2,6 millions."
    )
    assert judged(text, "2,6 millions") == ("unverifiable", None)
    # ... while a bare sum in a sentence that speaks of hours may be
    text = "DeepSeek-V3's pre-training took 2.664 million H800 GPU hours."
    assert judged(text, "2.664 million H800 GPU hours")[1] == "v3-pretraining-gpu-hours"


def test_a_bare_round_number_restates_no_count_whose_measure_is_unnamed() -> None:
    # "10" is R1's count of Codeforces contests only where the text names the contests
    assert judged("DeepSeek-R1 was evaluated; its score rose by 10 on the scale.", "10") == (
        "unverifiable",
        None,
    )
    text = "R1's Codeforces rating comes from 10 contests."
    assert judged(text, "10 contests") == ("supported", "r1-codeforces-contests")


def test_a_german_preposition_opening_a_sentence_is_no_model_name() -> None:
    # "Von 671" is "of 671", not a model called Von with a version
    text = (
        "Deepseek arbeitet effizient. Aktivierung nur benötigter Parameter: Von 671 Milliarden "
        "Parametern sind nur 37 Milliarden gleichzeitig aktiv."
    )
    assert judged(text, "37 Milliarden") == ("supported", "r1-activated-parameters")


def test_the_stock_exchange_is_no_name() -> None:
    # "Nvidia fell on the Bourse on Monday, losing nearly 590 billion dollars of its value"
    text = (
        "Nvidia a plongé en Bourse lundi, perdant près de 590 milliards de dollars de "
        "capitalisation."
    )
    assert judged(text, "590 milliards de dollars") == ("supported", "nvidia-market-cap-loss")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the Spanish and Portuguese "mil." (a thousand) ending a sentence is no Czech million
        (
            "El entrenamiento de R1 costó 294 mil. USD 5,6 millones fue el de V3.",
            "USD 5,6 millones",
            ("supported", "v3-training-cost"),
        ),
        (
            "O treino do R1 custou US$ 294 mil. USD 5,6 milhões foi o custo do V3.",
            "US$ 294 mil",
            ("misleading", "r1-training-cost"),
        ),
        # the developers, and what a company developed, frame no cost as a development's
        (
            "A DeepSeek fejlesztői szerint a V3 betanítása 5,6 millió dollárba került.",
            "5,6 millió dollárba",
            ("supported", "v3-training-cost"),
        ),
        (
            "A DeepSeek által fejlesztett V3 betanítása 5,6 millió dollárba került.",
            "5,6 millió dollárba",
            ("supported", "v3-training-cost"),
        ),
        (
            "Potrivit dezvoltatorilor DeepSeek, antrenarea V3 a costat 5,6 milioane de dolari.",
            "5,6 milioane de dolari",
            ("supported", "v3-training-cost"),
        ),
        # stages on top of another one are not added up with it
        (
            "On top of V3's pre-training, R1's reinforcement learning stages together cost "
            "$294,000.",
            "$294,000",
            ("supported", "r1-training-cost"),
        ),
        # a German compound names the app ("Die DeepSeek-App"), whose rank and day these are
        (
            "Die DeepSeek-App stand am 27. Januar 2025 auf Platz 1 im App Store.",
            "27. Januar 2025",
            ("supported", "app-store-no1-date-reuters"),
        ),
        # R1's RL cost given as R1's cost, in Telugu ("the cost R1 paid: only 2.94 lakh dollars")
        (
            "R1 చెల్లించిన ఖర్చు 2.94 లక్షల డాలర్లు మాత్రమే.",
            "2.94 లక్షల డాలర్లు",
            ("misleading", "r1-training-cost"),
        ),
    ],
)
def test_foreign_thousands_developers_base_stages_and_app_compounds(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_team_green_is_nvidia() -> None:
    # the trade press's nickname; "the firm" after it is Nvidia, not DeepSeek
    text = (
        "DeepSeek's R1 release was an ugly day for Team Green: the firm lost a whopping "
        "$600 billion in market value."
    )
    assert judged(text, "$600 billion") == ("supported", "nvidia-market-cap-loss-cnbc")


def test_a_benchmark_spelled_out_is_the_benchmark() -> None:
    text = (
        "In tests such as the American Invitational Mathematics Examination, DeepSeek-R1 "
        "reached 79.8%, ahead of OpenAI o1-1217 with 79.2%."
    )
    assert judged(text, "79.8%") == ("supported", "r1-aime-2024")
    assert judged(text, "79.2%") == ("supported", "o1-1217-aime-2024")


def test_a_pronoun_before_the_name_it_stands_for_is_as_good_as_the_name() -> None:
    # "its" resolves to R1 from the sentence before, and R1 is named in the same clause: the
    # text gives V3's cluster to R1 by name
    text = (
        "DeepSeek, however, says it spent only $6 million to make R1. Notably, DeepSeek stated "
        "in its research paper that it used 2,048 H800 chips to train its R1 model."
    )
    assert judged(text, "2,048 H800 chips") == ("misleading", "v3-cluster-gpus")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "R1-Zero and R1" joins two names: the stage words before them stay in the clause
        (
            "In a September 2025 Nature supplement, DeepSeek said the reinforcement-learning "
            "stages that produced R1-Zero and R1 cost about $294,000.",
            "$294,000",
            ("supported", "r1-training-cost"),
        ),
        # the stage named before the figure, in the clause of an earlier figure
        (
            "Pre-training alone accounted for 2,664K H800 GPU hours, worth $5.328 million at "
            "the paper's $2 rental assumption, the V3 report says.",
            "$5.328 million",
            ("supported", "v3-pretraining-cost"),
        ),
        # ... but not a word that fits any stage ("rental price"), nor one after the figure
        (
            "By comparison, the training cost of DeepSeek's V3 (rental price, during the formal "
            "training phase) is $5.6 million, and that of R1 is $294,000.",
            "$294,000",
            ("misleading", "r1-training-cost"),
        ),
        # a benchmark's year written short
        (
            "distill-qwen-1.5b gets 28.9% on aime24 and 83.9 on math-500.",
            "28.9%",
            ("supported", "r1-distill-qwen-1.5b-aime-2024"),
        ),
    ],
)
def test_stage_words_and_names_of_the_clause(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_claim_the_text_calls_unsupported_is_not_refuted() -> None:
    text = (
        "A viral claim that R1 answered 85% of Codeforces problems against GPT-4o's 88% is not "
        "supported: DeepSeek's table gives R1 the 96.3rd percentile and GPT-4o the 23.6th."
    )
    verdicts = {f.text: f.verdict for f in r1claims.check(text).findings}
    assert (verdicts["85%"], verdicts["88%"]) == ("unverifiable", "unverifiable")


def test_a_model_after_comparable_to_is_not_the_subject() -> None:
    # o1 is brought in to compare: the sum is R1's, which makes V3's cost R1's
    text = (
        "DeepSeek's R1 model reached performance comparable to OpenAI's ChatGPT o1 and other "
        "leading AI systems while requiring just $5.6 million in training costs."
    )
    assert judged(text, "$5.6 million") == ("misleading", "v3-training-cost")


def test_a_total_asked_after_training_words_is_the_trainings() -> None:
    text = (
        "In just 55 days, DeepSeek trained its V3 model with only 2,000 Nvidia GPUs. The total "
        "cost? A surprisingly low $5.58 million."
    )
    assert judged(text, "$5.58 million") == ("supported", "v3-training-cost")


def test_an_upper_bound_does_not_restate_a_value_far_below_it() -> None:
    # other labs' clusters of "as many as 16,000" GPUs are not SemiAnalysis's 10,000 H800s
    text = (
        "Whereas the world's leading A.I. companies train their chatbots on supercomputers with "
        "as many as 16,000 high-end graphics processing units, DeepSeek claims it needed only "
        "about 2,000 GPUs."
    )
    assert judged(text, "16,000 high-end graphics processing units") == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # two sources date the founding (July and May 2023): a date far from both is wrong
        (
            "DeepSeek was founded in December 2023 by Liang Wenfeng.",
            "December 2023",
            ("refuted", "deepseek-founding-date"),
        ),
        # a release in Chinese
        (
            "DeepSeek-V3是深度求索于2024年12月16日发布的人工智能大型语言模型。",
            "2024年12月16日",
            ("refuted", "v3-release-date"),
        ),
        # ... but Nvidia's rout and its last larger drop are two events, not two datings of one
        (
            "October 2023: the U.S. widens export controls, blocking Nvidia's A800 and H800, the "
            "chips made for the Chinese market.",
            "October 2023",
            ("unverifiable", None),
        ),
    ],
)
def test_dates_of_one_event_by_several_sources(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a size right after another lab's model name and version, even in lower case
        ("deepseek v3: 2.788M H800 hours. llama 3 405B: 30.8M H100 hours.", "405B"),
        # a counterfactual
        (
            "DeepSeek's paper says without safety RL, R1 could score over 70% on Chinese SimpleQA.",
            "70%",
        ),
    ],
)
def test_figures_no_record_can_contradict(text: str, figure: str) -> None:
    assert judged(text, figure) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the sum beside a rival is the model of the record's family that the sentence names
        (
            "With DeepSeek R1, they've matched the performance of OpenAI's o1-1217 at just $5 "
            "million, a 20x cost reduction.",
            "$5 million",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek R1模型的性能可比肩OpenAI的o1模型正式版，但訓練成本只有560萬美元。",
            "560萬美元",
            ("misleading", "v3-training-cost"),
        ),
        # ... not a date, which is no model's spend
        (
            "Running on its DeepSeek-V3 model, the DeepSeek app, which outshone ChatGPT, has "
            "been a huge hit with US users since its January 10 release.",
            "January 10",
            ("supported", "app-launch-date"),
        ),
        # a model's final run given to the company by a description ("the company", "it")
        (
            "The arrival of DeepSeek's new AI model, which was reported to have been developed on "
            "a shoestring budget of $6m, has stirred worries about the outlook for spending.",
            "$6m",
            ("misleading", "v3-training-cost"),
        ),
        # "developed on a budget" is what building cost; "built on V3" is the base
        (
            "DeepSeek unveiled an open-source AI model developed on a modest budget of under "
            "$6 million, challenging established U.S. AI firms.",
            "$6 million",
            ("misleading", "v3-training-cost"),
        ),
        # the present tense of the same verbs
        ("China builds an AI model for just $6m.", "$6m", ("misleading", "v3-training-cost")),
        (
            "DeepSeek V3 was developed on 2,048 H800s and cost $5.6 million to train.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
    ],
)
def test_a_models_spend_beside_a_rival_or_a_description(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "from 15.6% to 71.0%": the second score is the same subject's (R1-Zero's, given to R1)
        (
            "DeepSeek-R1's score in the AIME 2024 math competition leapt from 15.6% to 71.0%.",
            "71.0%",
            ("misleading", "r1-zero-aime-2024"),
        ),
        # ... not two sizes, which are several models
        (
            "DeepSeek-R1: the model that changed everything. Distilled variants from 1.5B to 70B "
            "available.",
            "70B",
            ("supported", "r1-distill-llama-70b-parameters"),
        ),
    ],
)
def test_a_score_after_to_carries_on_the_one_before(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "the app" is the one app of the article's company, and a model it is built on is its
        # base, not its subject
        (
            "The app, built on the DeepSeek-V3 model from Hangzhou-based DeepSeek, came out on "
            "10 January 2025 and took just over two weeks to top Apple's App Store.",
            "10 January 2025",
            ("supported", "app-launch-date"),
        ),
        # ... while a base described by its own apposition keeps its own date
        (
            "R1 is built on DeepSeek V3, a 671-billion parameter mixture-of-experts architecture "
            "released in late December 2024.",
            "late December 2024",
            ("supported", "v3-release-date"),
        ),
    ],
)
def test_the_app_and_the_model_it_is_built_on(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        "R1 is built on top of V3 via reinforcement learning. Additional training cost ~$294K "
        "beyond the base model.",
        "Training costs came to approximately $294,000, plus $6 million for the base model.",
        # a gerund after "while" is the next figure's subject, and its scope words its own
        "DeepSeek disclosed that training R1 cost just $294,000, while building its "
        "foundational model ran about $6 million.",
        # the base the stages were run on top of is not the predicate's subject either
        "The $294,000 figure covers only the reinforcement-learning stages run on top of "
        "V3-Base, roughly one-twentieth of the $5.6 million that V3's own final run cost.",
    ],
)
def test_a_stage_beside_the_base_it_sits_on_is_not_the_bases(text: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if "294" in f.text]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "r1-training-cost",
    )


def test_a_speaker_with_adverbs_before_the_verb_gives_the_estimate() -> None:
    # Alexandr Wang's claim, not DeepSeek's own statement of SemiAnalysis's estimate
    text = (
        "Scale AI's Alexandr Wang, however, recently claimed DeepSeek has 50,000 Nvidia H100 "
        "chips, without offering evidence."
    )
    assert judged(text, "50,000 Nvidia H100 chips") == ("supported", "deepseek-gpu-fleet")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # June and April 2023 lie within the sources' own disagreement (May and July 2023)
        (
            "DeepSeek, founded in June 2023, is based in Hangzhou.",
            "June 2023",
            ("unverifiable", None),
        ),
        (
            "Founded in April 2023, DeepSeek is based in Hangzhou.",
            "April 2023",
            ("unverifiable", None),
        ),
    ],
)
def test_a_date_within_the_sources_disagreement_is_not_refuted(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # other words for founding, in English and other languages
        (
            "DeepSeek was set up by Liang Wenfeng in December 2023 and put out its first large "
            "model the year after.",
            "December 2023",
            ("refuted", "deepseek-founding-date"),
        ),
        (
            "DeepSeek wurde im Dezember 2023 gegründet.",
            "Dezember 2023",
            ("refuted", "deepseek-founding-date"),
        ),
        ("DeepSeek成立于2023年2月。", "2023年2月", ("refuted", "deepseek-founding-date")),
        # ... but not a cluster set up
        (
            "DeepSeek set up its GPU cluster in December 2023.",
            "December 2023",
            ("unverifiable", None),
        ),
    ],
)
def test_a_founding_in_other_words_is_dated(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name in an apposition describes the name before it, and is not the figure's subject
        "DeepSeek, a Chinese AI lab funded by the quant fund High-Flyer, trained a "
        "671-billion-parameter mixture-of-experts model.",
        "DeepSeek, the lab that the hedge fund High-Flyer spun out, trained a "
        "671-billion-parameter model.",
    ],
)
def test_a_name_in_an_apposition_is_not_the_subject(text: str) -> None:
    verdict, claim = judged(text, "671-billion-parameter")
    assert (verdict, claim in ("v3-total-parameters", "r1-total-parameters")) == ("supported", True)


def test_a_day_the_sentence_names_pins_that_days_records() -> None:
    # the day pins the session, whose estimators' figures all say about $590 billion ...
    text = "On January 27, Nvidia lost $200 billion in market value."
    assert judged(text, "$200 billion") == ("refuted", "nvidia-market-cap-loss")
    # ... but not a moment of that day, nor another day
    text = "On January 27, Nvidia lost $200 billion in the first hour of trading."
    assert judged(text, "$200 billion")[0] == "unverifiable"
    assert judged("On January 28, Nvidia regained $260 billion.", "$260 billion")[0] == (
        "unverifiable"
    )


def test_a_name_with_an_apposition_owns_the_figure_after_it() -> None:
    # a name that opens the sentence, with an apposition after it, is a name (not a capital
    # that only opens a sentence), and a known name inside the apposition is not the subject
    text = (
        "Nvidia fell 17% on Monday. Advantest, a chip-testing equipment maker that supplies "
        "Nvidia, lost 10% on Tuesday."
    )
    assert judged(text, "10%") == ("unverifiable", None)
    assert judged(text, "17%") == ("supported", "nvidia-share-drop-close")


def test_a_dates_possessive_names_its_own_event() -> None:
    # "Jan. 24's closing price": the date of a price the possessive names, not of the rout
    text = (
        "Nvidia stock went from Jan. 24's closing price of $142.62 to $118.51 by the end of "
        "Jan. 27, a drop of nearly 17 percent."
    )
    assert judged(text, "Jan. 24")[0] != "refuted"
    assert judged(text, "Jan. 27") == ("supported", "nvidia-rout-date")
    # without the possessive, a wrong day of the rout is refuted
    text = "Nvidia's record one-day rout came on Jan. 24, a drop of nearly 17 percent."
    assert judged(text, "Jan. 24")[0] == "refuted"


def test_a_refuted_date_names_every_sources_date() -> None:
    [finding] = r1claims.check("DeepSeek was founded in December 2023 by Liang Wenfeng.").findings
    assert finding.verdict == "refuted"
    assert "May 2023" in finding.explanation and "Jul 2023" in finding.explanation


def test_the_companys_own_people_speak_for_it() -> None:
    # SemiAnalysis's estimate in the founder's mouth is presented as the company's own
    text = "Liang Wenfeng, however, recently said DeepSeek has 50,000 GPUs."
    assert judged(text, "50,000 GPUs") == ("misleading", "deepseek-gpu-fleet")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a comparison between two figures, not a score
        ("R1's price is 96% lower than o1's; its AIME score rose to 79.8%.", "96%"),
        # a relative clause of a version the record does not hold
        ("DeepSeek-V3 supersedes V2.5, which had 236B parameters.", "236B parameters"),
    ],
)
def test_figures_of_a_comparison_or_an_unknown_version_are_not_refuted(
    text: str, figure: str
) -> None:
    assert judged(text, figure) == ("unverifiable", None)


def test_a_fall_written_as_lower_is_still_a_fall() -> None:
    assert judged("Nvidia closed 12 per cent lower on Monday.", "12 per cent")[0] == "refuted"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a later version named by its date tag has a release date of its own
        (
            "DeepSeek-R1 (0528 version, released May 28, 2025) kept the architecture.",
            "May 28, 2025",
        ),
        (
            "DeepSeek-R1 (Version 0528, veröffentlicht am 28. Mai 2025) bleibt gleich.",
            "28. Mai 2025",
        ),
        ("DeepSeek-R1（0528版，2025年5月28日发布）仍为671B参数架构。", "2025年5月28日"),
        # a preprint's day on arXiv is not the release's
        (
            "The V3 technical report was posted to arXiv on December 27, 2024, a day after the "
            "GitHub release.",
            "December 27, 2024",
        ),
        ("DeepSeek-V3技术报告于2024年12月27日发布在arXiv上。", "2024年12月27日"),
        # the release of another model named in the date's clause, which the record does not
        # date, is not the release of R1 named after it
        (
            "OpenAI's o1 model was released on Sept. 12, 2024, roughly four months ahead of "
            "DeepSeek's R1 release in January.",
            "Sept. 12, 2024",
        ),
    ],
)
def test_dates_of_a_later_version_or_a_preprint_are_not_refuted(text: str, figure: str) -> None:
    assert judged(text, figure)[0] != "refuted"


def test_the_rout_is_the_latest_of_a_companys_dated_sessions() -> None:
    """A sentence about the rout itself ("record one-day rout", "historic plunge") dates the
    latest of Nvidia's recorded sessions, not the earlier drops the record holds to compare
    with; a sentence that also names another time or an earlier event refutes no date."""
    text = "Nvidia's record one-day rout came on Tuesday, January 28, 2025."
    assert judged(text, "Tuesday, January 28, 2025") == ("refuted", "nvidia-rout-date")
    for text, figure in (
        (
            "Nvidia clawed back roughly 9% on Tuesday, Jan. 28, a day after its record rout.",
            "Tuesday, Jan. 28",
        ),
        (
            "Nvidia fell 8.5% on February 27, 2025, a month after the DeepSeek rout.",
            "February 27, 2025",
        ),
        ("It was Nvidia's worst day since March 16, 2020.", "March 16, 2020"),
    ):
        assert judged(text, figure)[0] != "refuted", text


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the whole run's precise figure given to one stage the record holds apart
        (
            "DeepSeek-V3's pre-training alone cost $5.576 million at rental prices.",
            "$5.576 million",
            ("misleading", "v3-training-cost"),
        ),
        (
            "The entire pre-training process finishes in under two months, costing just 2.788M "
            "GPU hours.",
            "2.788M GPU hours",
            ("misleading", "v3-gpu-hours-total"),
        ),
        # ... not a stage named after the figure, for the next one
        (
            "DeepSeek-V3 cost $5.576 million to train, of which pre-training was $5.328 million.",
            "$5.576 million",
            ("supported", "v3-training-cost"),
        ),
        # ... nor the stages named and added up: they make the whole run
        (
            "The V3 report says pre-training, context extension and post-training together "
            "took 2.788 million H800 GPU hours.",
            "2.788 million H800 GPU hours",
            ("supported", "v3-gpu-hours-total"),
        ),
        (
            "Pre-training and post-training combined cost $5.576 million.",
            "$5.576 million",
            ("supported", "v3-training-cost"),
        ),
        # ... while one stage's figure given to the stages added up is misframed
        (
            "DeepSeek-V3's pre-training and post-training together took 2.664M H800 GPU hours.",
            "2.664M H800 GPU hours",
            ("misleading", "v3-pretraining-gpu-hours"),
        ),
        (
            "DeepSeek-R1's pre-training and RL combined cost $294,000.",
            "$294,000",
            ("misleading", "r1-training-cost"),
        ),
        # ... and a round figure may be the stage's own
        (
            "DeepSeek-V3's pre-training cost about $5.5 million.",
            "$5.5 million",
            ("supported", "v3-pretraining-cost"),
        ),
    ],
)
def test_a_runs_figure_given_to_one_stage(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the founding and the first model, quoted from Wikipedia (and the first commit's date)
        (
            "DeepSeek was founded in July 2023 by Liang Wenfeng.",
            "July 2023",
            ("supported", "deepseek-founding-date"),
        ),
        (
            "DeepSeek released its first model, DeepSeek Coder, in November 2023.",
            "November 2023",
            ("supported", "deepseek-first-open-repo-date"),
        ),
        # a day with no year is no month's record unless the text names its event
        (
            "According to the report SemiAnalysis released on July 3, DeepSeek's traffic surged.",
            "July 3",
            ("unverifiable", None),
        ),
        ("DeepSeek was founded on July 17.", "July 17", ("supported", "deepseek-founding-date")),
    ],
)
def test_the_companys_founding_and_first_model(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "the app" of the one company the text names, before or after it; "its release on
        # January 10" is the event, not a model described
        "Powered by the DeepSeek-V3 model, the app has surged in popularity among US users since "
        "its release on January 10, according to app data firm Sensor Tower.",
        "The app runs on the DeepSeek-V3 model and has become hugely popular with US users since "
        "its release on January 10, Reuters reports.",
    ],
)
def test_the_apps_release_beside_the_model_it_runs_on(text: str) -> None:
    assert judged(text, "January 10") == ("supported", "app-launch-date")


def test_a_days_ordinal_period_ends_no_sentence() -> None:
    """ "am 27. Januar 2025": the period of a German (Czech, Polish...) ordinal day before a
    month's name ends no sentence, so the subject before it still frames what follows."""
    text = "Die Aktie von Nvidia verlor am 27. Januar 2025 fast 17 Prozent."
    [finding] = [f for f in r1claims.check(text).findings if f.text == "17 Prozent"]
    assert finding.basis == "supported/subject"


def test_a_rival_paying_after_cost_owns_the_sum() -> None:
    """ "cost OpenAI more than $5.6 million": the payer named after "cost" is the sum's subject,
    so a rival's spending is not DeepSeek's figure (the record's own company paying is framed
    by the rest of its clause)."""
    text = (
        "DeepSeek's R1 rivals OpenAI's o1, a model that reportedly cost OpenAI more than $5.6 "
        "million to train."
    )
    assert judged(text, "$5.6 million") == ("unverifiable", None)


@pytest.mark.parametrize(
    "text",
    [
        # a sum per period is a rate, which no record's total contradicts
        "We moved to a fine-tuned DeepSeek model on their own cloud instance and the monthly "
        "cost fell to under $1,200, mostly compute.",
        "Running DeepSeek on rented servers costs the lab $3,000 a month.",
    ],
)
def test_a_sum_per_period_is_not_refuted(text: str) -> None:
    assert [f.text for f in r1claims.check(text).findings if f.verdict == "refuted"] == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a bare round amount restates a count only of what it counts, named in the text
        (
            "In Hangzhou, a city of over eight million on China's east coast, DeepSeek staff left "
            "their modest offices for the holiday.",
            "eight million",
            ("unverifiable", None),
        ),
        (
            "DeepSeek-R1 has been downloaded 10.9 million times on Hugging Face.",
            "10.9 million",
            ("supported", "r1-hf-downloads"),
        ),
    ],
)
def test_a_bare_round_amount_counts_only_what_the_text_names(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the earlier record's day, named with its year, is not the rout's
        (
            "Nvidia's historic plunge on September 3, 2024 erased $279 billion.",
            "September 3, 2024",
            ("unverifiable", None),
        ),
        # the founding day the record holds; another day of that month is not it
        ("DeepSeek was founded on July 3, 2023.", "July 3, 2023", ("unverifiable", None)),
        (
            "DeepSeek was founded on July 17, 2023.",
            "July 17, 2023",
            ("supported", "deepseek-founding-date"),
        ),
        # an event word before the date belongs to the name before it, not to a later one
        (
            "According to the research report SemiAnalysis released on July 3, user traffic "
            "surged after the DeepSeek R1 model was released.",
            "July 3",
            ("unverifiable", None),
        ),
        # a sum with no parts named after "including" is still the sum
        (
            "Nvidia lost $900 billion in market value on January 27, 2025, including after-hours "
            "trading.",
            "$900 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        # downloads named by the verb and the place the record counts them
        (
            "DeepSeek-R1 has been downloaded more than 10 million times on Hugging Face.",
            "10 million",
            ("supported", "r1-hf-downloads"),
        ),
        (
            "Downloads of DeepSeek on the Apple and Android stores reached 16 million and 10 "
            "million.",
            "10 million",
            ("unverifiable", None),
        ),
    ],
)
def test_review_of_the_tenth_session(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "held its own against" is the idiom for competing well, not owning hardware
        (
            "DeepSeek released DeepSeek-V3, a 671-billion parameter model trained for about $5.6 "
            "million that held its own against GPT-4o and Claude 3.5 Sonnet.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        # ... while owning still frames a sum as hardware
        (
            "DeepSeek-V3 was trained for about $5.6 million on GPUs the company owns.",
            "$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        # a name opens a Nordic compound, lowercase ("V3-modell": the V3 model; "Nvidia-aksjen":
        # Nvidia's share), which the record's short names are written in too; the app's
        # launch day given to the V3 model is given to the wrong subject
        (
            "Utviklerne skrev at deres V3-modell, lansert 10. januar, ble trent på Nvidias "
            "H800-brikker.",
            "10. januar",
            ("misleading", "app-launch-date"),
        ),
        (
            "R1-modellen ble lansert 20. januar 2025.",
            "20. januar 2025",
            ("supported", "r1-release-date"),
        ),
        (
            "V3-modellen ble lansert 20. januar 2025.",
            "20. januar 2025",
            ("misleading", "r1-release-date"),
        ),
        (
            "Nvidia-aksjen falt 17 prosent mandag.",
            "17 prosent",
            ("supported", "nvidia-share-drop-close"),
        ),
        # ... but not an English hyphenated noun after a name ("V3-base-model --> SFT")
        (
            "The real R1 training is V3-base-model --> SFT (with the 800K data) --> RL.",
            "800K data",
            ("supported", "r1-sft-samples"),
        ),
        # a name opens a Dutch compound ("V3-neurale netwerk": V3's neural network)
        (
            "Deepseek beweerde zijn krachtige Deepseek V3-neurale netwerk voor slechts $ 6 miljoen "
            "te hebben getraind.",
            "$ 6 miljoen",
            ("supported", "v3-training-cost"),
        ),
    ],
)
def test_idioms_and_compounds_around_a_name(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a model named in an aside between dashes is the aside's, not the subject after it
        (
            "DeepSeek-V3 is a transformer with 671 billion parameters. The team trained it in "
            "2.79 million GPU hours - less than 1/10 the time needed to train Llama 3.1 405B - at "
            "an extraordinarily low cost of $5.6 million, on roughly 15 trillion tokens.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        # neither the name nor the scope words of a relative clause between commas are the
        # figure's after it
        (
            "DeepSeek, whose chatbot became the top-rated free app on Apple's US App Store, said "
            "it spent only US$5.6 million developing its model.",
            "US$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        # nor is the name in a participle of place between commas ("available on the Apple
        # Store"), in English or Spanish
        (
            "DeepSeek launched on January 20, 2025. This free chatbot, available on the Apple "
            "Store, has surprised with a development cost of only 6 million dollars.",
            "6 million dollars",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek se lanzó el 20 de enero de 2025. Este chatbot gratuito, disponible en la "
            "Apple Store, ha sorprendido por un costo de desarrollo de solo 6 millones de dólares.",
            "6 millones de dólares",
            ("misleading", "v3-training-cost"),
        ),
    ],
)
def test_asides_before_a_figure(text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "its latest model" is the model the record holds as released last (R1): V3's run
        # cost given to it is misframed
        (
            "DeepSeek says its latest model cost less than $6 million to train.",
            "$6 million",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek claimed it trained its most recent model for only $5 million.",
            "$5 million",
            ("misleading", "v3-training-cost"),
        ),
        # ... and R1 has V3's architecture
        (
            "DeepSeek says its latest model has 671 billion parameters.",
            "671 billion parameters",
            ("supported", "r1-total-parameters"),
        ),
        # not when the text names the model right after, nor one of several, nor the model of
        # an earlier paper
        (
            "DeepSeek said it spent just $5.6 million to train its latest model, V3.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        (
            "A month earlier it said one of its latest AI models cost only $5.6 million to train.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        (
            "In its paper on its newest AI model, the company said total training costs amounted "
            "to $5.576 million.",
            "$5.576 million",
            ("supported", "v3-training-cost"),
        ),
    ],
)
def test_the_latest_model(text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a model described by its release month is the record's model released then: R1's
        # month given V3's run cost misframes it, V3's month does not
        (
            "DeepSeek's January 2025 model, reportedly trained for $6 million, showed how far "
            "Chinese firms can get.",
            "$6 million",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek says the January model cost $6 million to train.",
            "$6 million",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek says the late-December model cost $5.6 million to train.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        # not another maker's model
        ("Meta's January model cost $6 million to train.", "$6 million", ("unverifiable", None)),
    ],
)
def test_a_model_described_by_its_release_month(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a model described by its kind, none named: the record describes R1 (and R1-Zero, of
        # fewer figures) as a reasoning model, V3 as a chat model; V3's figures given to the
        # reasoning model misframe it
        (
            "DeepSeek's AI shows surprising competence. According to reports, the company "
            "created its advanced reasoning model for under $6 million using 2,000 chips.",
            "2,000 chips",
            ("misleading", "v3-cluster-gpus"),
        ),
        (
            "DeepSeek is on everyone's lips. The reasoning model is rivaling others at the "
            "frontier, for an alleged $5.6m cost.",
            "$5.6m",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek is on everyone's lips. The chat model is rivaling others at the frontier, "
            "for an alleged $5.6m cost.",
            "$5.6m",
            ("supported", "v3-training-cost"),
        ),
        # a model the record does not hold, described with its own version, is none of them
        (
            "DeepSeek is on everyone's lips. Its 540-billion-parameter V4 model is new.",
            "540-billion-parameter",
            ("unverifiable", None),
        ),
    ],
)
def test_a_model_described_by_its_kind(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_kind_is_the_models_only_when_one_model_holds_most_figures_of_it() -> None:
    from r1claims.checker.described import of_kind

    cs = r1claims.load()
    assert of_kind(cs, "its reasoning model", "deepseek") == "deepseek-r1"
    assert of_kind(cs, "its smallest distilled model", "deepseek") == (
        "deepseek-r1-distill-qwen-1.5b"
    )
    # five distilled models of one figure each: none stands out
    assert of_kind(cs, "the distilled model", "deepseek") is None
    # words no model's kind holds, or another maker's models
    assert of_kind(cs, "the article says the model", "deepseek") is None
    assert of_kind(cs, "its reasoning model", "openai") is None
    assert of_kind(cs, "its reasoning model", None) is None


def test_the_latest_model_is_the_flagship_of_its_release_day() -> None:
    # R1 and its distilled models came out the same day; the distilled ones are described by
    # R1 ("curated with R1"), so "its latest model" is R1 and the explanation says so
    (finding,) = r1claims.check("DeepSeek built its latest model for under $6 million.").findings
    assert finding.explanation.startswith(
        "Right figure, wrong framing: the text is about DeepSeek-R1; the text frames it as"
    )


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # developing words of more languages frame a run's cost as what a model cost to build
        (
            "DeepSeek-V3 एक ओपन-सोर्स AI मॉडल है, जिसे सिर्फ $5.5 मिलियन की लागत में विकसित किया गया है।",
            "$5.5 मिलियन",
            ("misleading", "v3-training-cost"),
        ),
        # a company's GPU spending over its history is no model's development cost ...
        (
            "중국 AI 스타트업 딥시크의 AI 모델 개발 비용이 5억달러 이상일 수 있다는 분석이 나왔다.",
            "5억달러",
            ("misleading", "deepseek-gpu-spend-history"),
        ),
        (
            "SemiAnalysis estimates DeepSeek spent well over $500 million developing its AI model.",
            "$500 million",
            ("misleading", "deepseek-gpu-spend-history"),
        ),
        # ... but the hardware a model needed is that spending
        (
            "세미애널리시스는 딥시크 AI 모델 개발에 필요한 하드웨어에 들어간 비용만 최소 5억 달러 "
            "이상일 것으로 추정했다.",
            "5억 달러",
            ("supported", "deepseek-gpu-spend-history"),
        ),
    ],
)
def test_what_a_model_cost_to_develop(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_clause_runs_on_after_an_aside_between_dashes() -> None:
    # "to train its model" after the aside is the figure's own clause; the aside's
    # "hardware" is not
    text = (
        "DeepSeek reportedly leveraged 50,000 Nvidia H100 GPUs—last-generation AI hardware—to "
        "train its model."
    )
    assert judged(text, "50,000 Nvidia H100 GPUs") == ("misleading", "deepseek-gpu-fleet")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the next sentence puts the stages' cost on top of the base model's
        (
            "Its supplementary information reveals for the first time what R1 cost to train: "
            "merely $294,000. This is on top of the $6 million or more that the company spent to "
            "create the basic LLM R1 is built on.",
            "$294,000",
        ),
        # ... and so does a Chinese sentence that adds the base model's cost ("even adding")
        (
            "DeepSeek-R1的訓練成本只有29.4萬美元；即使再加上約600萬美元的基礎模型成本，整體開支仍然遠低於"
            "OpenAI。",
            "29.4萬美元",
        ),
    ],
)
def test_stage_cost_put_on_top_of_the_base(text: str, figure: str) -> None:
    assert judged(text, figure) == ("supported", "r1-training-cost")


@pytest.mark.parametrize(
    "text",
    [
        # another maker's latest model is not R1 (a review found these refuted)
        "Meta says its newest model has 405 billion parameters.",
        "DeepSeek is the star of the week. Meta says its newest model has 405 billion parameters.",
        "Its latest model has 405 billion parameters, Meta said.",
        "Alibaba released its latest model on 29 January 2025.",
        "Google said its newest model scored 73.3% on AIME 2024.",
    ],
)
def test_another_makers_latest_model_is_not_refuted(text: str) -> None:
    assert all(f.verdict == "unverifiable" for f in r1claims.check(text).findings)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a score in a bracket right after a rival's name is the rival's, whatever the sentence
        # said of R1 before it (the record has no MATH-500 score of Claude's) ...
        ("R1 reached 97.3% on MATH-500, beating Claude 3.5 Sonnet (95.1%).", "95.1%"),
        ("R1 reached 97.3% on MATH-500, beating Claude 3.5 Sonnet (95.1%, 94.2%).", "94.2%"),
        # ... nor is a score R1's when a rival's name stands nearer it
        ("R1 reached 97.3% on MATH-500, ahead of Claude 3.5 Sonnet at 95.1%.", "95.1%"),
        # a study's own measurement, with its error bar, is no figure of DeepSeek's tables
        ("In the hospital's study, DeepSeek-R1 reached 92.0% ± 1.2 on MATH-500.", "92.0%"),
        ("DeepSeek-R1 reached 92.0% +/- 1.2 on MATH-500.", "92.0%"),
    ],
)
def test_a_rivals_or_a_studys_score_is_not_r1s(text: str, figure: str) -> None:
    assert judged(text, figure) == ("unverifiable", None)
    # without the rival or the error bar, the record contradicts it
    assert judged("DeepSeek-R1 reached 92.0% on MATH-500.", "92.0%")[0] == "refuted"
    # and a rival's score DeepSeek's table holds is the rival's, held against that record
    text = "R1 reached 97.3% on MATH-500, beating GPT-4o (95.5%)."
    assert judged(text, "95.5%") == ("refuted", "gpt-4o-math-500")


@pytest.mark.parametrize(
    "text",
    [
        # futures on an index are not the index ...
        "Nasdaq futures fell -4.9% at the day's low before closing -2.8% lower.",
        "Futures on the Nasdaq 100 lost 3.1%, while S&P 500 contracts fell 1.5%.",
    ],
)
def test_futures_on_an_index_are_not_the_index(text: str) -> None:
    assert all(f.verdict == "unverifiable" for f in r1claims.check(text).findings)
    # ... but the index's own fall named after them is
    text = "S&P 500 futures pointed 0.4 per cent higher after Monday's 1.5 per cent fall."
    assert judged(text, "1.5 per cent")[0] == "supported"
    assert judged("The Nasdaq fell 3.1% on Monday.", "3.1%")[0] == "supported"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a text of V3's time: its latest model is V3
        (
            "On 26 December 2024 DeepSeek released V3. The company says its latest model cost $5.6 "
            "million to train.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        (
            "In December, DeepSeek said its latest model had cost $5.6 million to train.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        # the relative clause's "builds open models" and GPU spending frame no model's cost
        (
            "DeepSeek, which builds open models, has spent well over $500 million on GPUs over its "
            "history.",
            "$500 million",
            ("supported", "deepseek-gpu-spend-history"),
        ),
        (
            "SemiAnalysis estimates DeepSeek spent well over $500 million on GPUs to develop its "
            "models.",
            "$500 million",
            ("supported", "deepseek-gpu-spend-history"),
        ),
    ],
)
def test_review_regressions(text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert judged(text, figure) == expected


def test_a_preposition_before_a_number_is_no_model_name() -> None:
    # "Within 48" is no versioned model name ("Llama 3") that would own the figures after it
    text = (
        "Within 48 hours, Nvidia's stock had dropped nearly 17 percent — roughly $600 billion in "
        "market capitalisation wiped off in a single session."
    )
    assert judged(text, "$600 billion") == ("supported", "nvidia-market-cap-loss-cnbc")


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence gives the record's own value: a claim the text takes back
        "A post claimed R1 scored 90% on AIME 2024. The paper reports 79.8% pass@1.",
        '"DeepSeek-R1 has 1 trillion parameters" — no, that is Moonshot\'s Kimi K2. R1 has 671 '
        "billion.",
        # ... or rejects it
        "One blog said R1 answered 85% of Codeforces challenges. DeepSeek's paper reports nothing "
        "of the kind.",
        'The claim "GPT-4o scored 88% on Codeforces" has no source in DeepSeek\'s tables.',
        # a size per item is no total
        "Its weights alone are about 700 GB, so 16 H100s of 80 GB each.",
        # a count per query is no count of samples
        "R1 was evaluated with 64 samples per query for pass@1.",
        # another evaluator's run of a benchmark
        "OpenAI said o1 averaged 74% on AIME 2024; GPT-4o managed about 12%.",
        # a licence the text denies
        "No, R1 was not released under Apache 2.0.",
    ],
)
def test_a_figure_the_text_takes_back_is_not_refuted(text: str) -> None:
    assert [f.text for f in r1claims.check(text).findings if f.verdict == "refuted"] == []


def test_a_figure_beside_the_records_value_in_another_scope_is_still_refuted() -> None:
    # "671 billion are active" in the same sentence gives the record's total another scope; it
    # does not take back "1.6 trillion total parameters"
    text = (
        "DeepSeek-V3 represents the peak of Mixture-of-Experts design. While it has a staggering "
        "1.6 trillion total parameters, only 671 billion are active during any given cycle."
    )
    assert judged(text, "1.6 trillion total parameters") == ("refuted", "v3-total-parameters")


def test_a_name_in_a_relative_clause_is_not_the_subject_after_it() -> None:
    text = (
        "Japan chip stocks fall as DeepSeek's challenge to U.S. AI dominance worries Asian tech "
        "firms. Shares of chip-testing supplier Advantest, which counts Nvidia as a client, fell "
        "8.6%. Tokyo Electron dropped 4.9%."
    )
    assert judged(text, "8.6%") == ("unverifiable", None)
    # ... but an apposition after it keeps the clause open: "which threw Nvidia, the undisputed
    # giant of the AI revolution, into chaos, causing ... $600 billion in a single day"
    text = (
        "On January 27, 2025, DeepSeek unveiled a model called R1, which threw Nvidia, the "
        "undisputed giant of the AI revolution, into chaos, causing the largest loss of value in "
        "financial market history: $600 billion in a single day."
    )
    assert judged(text, "$600 billion") == ("supported", "nvidia-market-cap-loss-cnbc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday and the rout's fall date a share price the record holds for several days
        ("Nvidia shares fell 17% to $150 on Monday.", "refuted"),
        # ... not another day, nor a move of another size and month
        ("Nvidia shares closed at $112.69 on Monday, March 10.", "unverifiable"),
        (
            "Nvidia shares fell 3% to $120 on Monday after DeepSeek released a new model in "
            "August.",
            "unverifiable",
        ),
    ],
)
def test_a_share_price_dated_by_its_weekday(text: str, expected: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text.startswith("$")]
    assert finding.verdict == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Mais une nouvelle enquête de SemiAnalysis met en lumière un investissement colossal "
            "de 1,6 milliard de dollars.",
            "1,6 milliard de dollars",
            ("supported", "deepseek-server-capex"),
        ),
        (
            "Het aandeel Nvidia heeft maandag 589 miljard dollar aan beurswaarde verloren. Het "
            "aandeel verloor 17 procent, de grootste koersdaling sinds maart 2020.",
            "17 procent",
            ("supported", "nvidia-share-drop-close"),
        ),
        # a weekday Indonesian capitalises ("Senin", Monday)
        (
            "Saham Nvidia melorot hampir 17% dan kehilangan nilai pasar US$ 588,8 miliar pada "
            "perdagangan Senin (27/1).",
            "US$ 588,8 miliar",
            ("supported", "nvidia-market-cap-loss"),
        ),
    ],
)
def test_a_function_word_of_another_language_is_no_unknown_name(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    """A function word opening a sentence ("Mais", "Het") is no name the record lacks."""
    assert judged(text, figure) == expected


def test_a_verb_opening_a_sentence_is_no_unknown_name() -> None:
    """ "Getting" opens the sentence as a verb: no name the record lacks."""
    text = "Getting to DSV3 is the hard part, done on older and crippled infra (2.8M GPU hours)."
    assert judged(text, "2.8M GPU hours") == ("supported", "v3-gpu-hours-total")


def test_a_relative_clause_after_an_unknown_name_is_that_names() -> None:
    """ "ASML, which slid 18% on Monday" gives the figure to ASML, not to the Nvidia before."""
    text = "Nvidia lost $589bn in market value. ASML, which slid 18% on Monday, recovered later."
    assert judged(text, "18%") == ("unverifiable", None)


def test_a_known_names_ticker_is_no_unknown_name() -> None:
    """ "(^GSPC)" after "S&P 500" is the index's ticker, not a subject the record lacks."""
    text = (
        "Il Nasdaq Composite è sceso di oltre il 3%, mentre l'S&P 500 (^GSPC) ha registrato un "
        "calo di quasi l'1,5%."
    )
    assert judged(text, "1,5%") == ("supported", "sp-500-change-2025-01-27-rounded")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the score of the model compared with, after the figure, given to the one named
        # before it: misleading; the other model's own score, after "the", is its score
        (
            "On GPQA Diamond, R1 scored 75.7%, above the 71.5% of OpenAI's o1.",
            {
                "75.7%": ("misleading", "o1-1217-gpqa-diamond"),
                "71.5%": ("supported", "r1-gpqa-diamond"),
            },
        ),
        (
            "No GPQA Diamond, o R1 marcou 75,7%, acima dos 71,5% do o1 da OpenAI.",
            {
                "75,7%": ("misleading", "o1-1217-gpqa-diamond"),
                "71,5%": ("supported", "r1-gpqa-diamond"),
            },
        ),
        # each model's own score, in order
        (
            "On GPQA Diamond, o1 scored 75.7% and R1 71.5%.",
            {
                "75.7%": ("supported", "o1-1217-gpqa-diamond"),
                "71.5%": ("supported", "r1-gpqa-diamond"),
            },
        ),
    ],
)
def test_another_makers_score_given_to_the_model_named_first(
    text: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    found = {
        f.text: (f.verdict, f.claim.id if f.claim else None) for f in r1claims.check(text).findings
    }
    assert found == expected


def test_a_market_figure_among_the_estimators_spread_is_not_refuted() -> None:
    # estimators give Nvidia's loss as $589B, $593B and $593.7B: "US$586 billion" is no further
    # from them than they are from each other (another share count), so it is not refuted ...
    text = (
        "Deepseek's emergence contributed to a record one-day loss of US$586 billion in Nvidia "
        "Corp's market capitalisation on Monday."
    )
    assert judged(text, "US$586 billion")[0] == "unverifiable"
    # ... while a loss far outside it still is
    text = text.replace("US$586 billion", "US$520 billion")
    assert judged(text, "US$520 billion")[0] == "refuted"


def test_a_possessive_in_an_apposition_describes_the_name_before_it() -> None:
    # "America's AI-chip leader" describes Nvidia; it names no other owner of the figure
    text = "The news made Nvidia, America's AI-chip leader, lose $600 billion in a matter of hours."
    assert judged(text, "$600 billion") == ("supported", "nvidia-market-cap-loss-cnbc")


@pytest.mark.parametrize(
    "text",
    [
        "If the claims hold, the 50,000 GPU limit would allow several data centres in Malaysia.",
        "The rule sets a 50,000 GPU cap per country for DeepSeek's rivals.",
    ],
)
def test_a_limit_is_no_quantity_held(text: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text.startswith("50,000")]
    assert (finding.verdict, finding.claim) == ("unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # machines, each of several GPUs (64 nodes of 8 H800s are R1's 512), are no GPU count
        ("R1's RL stage ran on 64 H800 nodes after V3.", "64 H800", ("unverifiable", None)),
        ("V3 was trained on 256 H800 servers.", "256 H800", ("unverifiable", None)),
        (
            "R1 was trained on 64 nodes of eight H800 GPUs each.",
            "64 nodes of eight H800 GPUs",
            ("supported", "r1-rl-gpus"),
        ),
        # ... but the GPUs a machine holds are ("a single 8-GPU node")
        ("R1 runs on a single 8-GPU node.", "8-GPU", ("supported", "r1-selfhost-gpus-awq")),
    ],
)
def test_a_count_of_machines_is_no_gpu_count(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a count per second is a throughput, which the record holds none of: not the most
        # tokens R1 was let write per answer (32,768), nor refuted by it
        (
            "Blackwell reaches a maximum throughput of over 30,000 tokens per second on R1.",
            "30,000 tokens",
            ("unverifiable", None),
        ),
        ("DeepSeek-R1 generates 250 tokens/s on one node.", "250 tokens", ("unverifiable", None)),
        (
            "R1 was allowed up to 32,768 tokens per answer.",
            "32,768 tokens",
            ("supported", "r1-eval-max-generation-tokens"),
        ),
    ],
)
def test_a_rate_per_second_is_no_quantity_held(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text.startswith(figure)]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the other side of a comparison with no name of its own is not the subject's figure
        (
            "DeepSeek says it built its system for $5.6 million, against the $500 million or more "
            "that U.S. companies spend.",
            "$500 million",
            ("unverifiable", None),
        ),
        # ... a name after it gives it its subject
        (
            "R1 scored 79.8% on AIME versus 79.2% for o1.",
            "79.2%",
            ("supported", "o1-1217-aime-2024"),
        ),
        # ... and a pair in parentheses is the pair of the names before it
        (
            "On AIME 2024 it narrowly beat OpenAI o1-1217 (79.8% vs 79.2%).",
            "79.2%",
            ("supported", "o1-1217-aime-2024"),
        ),
        # ... a name of another maker on its side makes no DeepSeek record its, whatever the
        # text names around it
        (
            "DeepSeek launched R1, a game-changing AI model.\nBuilt for just $6M (compared to "
            "$600M for GPT-4).",
            "$600M",
            ("unverifiable", None),
        ),
        (
            "DeepSeek R1 stands out for its efficiency, built for just $6 million compared to "
            "OpenAI's $540 million ChatGPT.",
            "$540 million",
            ("unverifiable", None),
        ),
        # ... but a name after it that opens a clause of its own is the cause, not the owner
        (
            "Nvidia's $279 billion loss in September 2024 was dwarfed by the $589 billion "
            "DeepSeek wiped off in January.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
        (
            "In September 2024 Nvidia shed 9%, compared to 17% when DeepSeek rattled markets.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # ... but a name before the comparison word is the first figure's
        (
            "It was the reported $6 million price tag DeepSeek claimed, compared to an estimated "
            "$100 million for GPT-4.",
            "$100 million",
            ("unverifiable", "gpt4-training-cost"),
        ),
    ],
)
def test_the_other_side_of_a_comparison(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum "in raw computing power" is the runs' compute; the building is Meta's, in what
        # the figure is compared with
        (
            "DeepSeek-V3's engineers needed only about US$6mil in raw computing power, roughly "
            "one-tenth of what Meta spent building its latest AI technology.",
            ("supported", "v3-training-cost"),
        ),
        # ... while building words of the figure's own clause still frame it
        (
            "DeepSeek-V3's engineers built the model for only about US$6mil, roughly one-tenth "
            "of what Meta spent.",
            ("misleading", "v3-training-cost"),
        ),
    ],
)
def test_compute_and_what_a_figure_is_compared_with(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, "US$6mil") == expected


def test_a_description_holds_no_preposition() -> None:
    # "the cost of rival models" is no description of a model (of DeepSeek's distilled
    # models): the cost stays R1's, and V3's final run given to R1 is misleading
    text = (
        "DeepSeek's claim to have trained R1 for a fraction of the cost of rival models such as "
        "ChatGPT - just $6m - has spooked investors."
    )
    assert judged(text, "$6m") == ("misleading", "v3-training-cost")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "S&P" heads "S&P 500"; "S&P Global" is another company of the brand, a data
        # provider: the share price's fall is not the index's
        (
            "The GPU leader's share price dropped 15.8% from its level at the previous week's "
            "close, according to data from S&P Global Market Intelligence.",
            "15.8%",
            ("unverifiable", None),
        ),
        # ... while the rest of the name itself, glued into a compound, is still the index
        (
            "De S&P 500-index sloot 1,5 procent lager.",
            "1,5 procent",
            ("supported", "sp-500-change-2025-01-27-rounded"),
        ),
        ("The S&P fell 1.5% on Monday.", "1.5%", ("supported", "sp-500-change-2025-01-27-rounded")),
        # a headline in title case capitalises its verb
        (
            "Nasdaq Falls 3.1% As DeepSeek Rattles Tech",
            "3.1%",
            ("supported", "nasdaq-composite-change-2025-01-27"),
        ),
    ],
)
def test_a_short_name_the_text_continues_names_another_entity(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_name_in_an_apposition_is_not_what_the_next_sentence_inherits() -> None:
    # the sentence before trains V3; R1 only describes it ("a cousin of R1")
    text = (
        "Chinese AI firm DeepSeek released its latest model, R1, on January 20. In a technical "
        "report, DeepSeek said it used a cluster of roughly 2,000 Nvidia chips to train V3, a "
        "cousin of R1, far fewer than Western companies use. DeepSeek also reported that its "
        "training costs came to only $5.6 million."
    )
    assert judged(text, "$5.6 million") == ("supported", "v3-training-cost")


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek released R1 last week. The company said it trained one of its most recent "
        "models for $5.6 million in about two months.",
        "A DeepSeek lançou o R1 na semana passada. A companhia disse que treinou um de seus "
        "modelos mais recentes por US$ 5,6 milhões em cerca de dois meses.",
    ],
)
def test_one_of_its_models_is_not_the_model_the_text_is_about(text: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if "5,6" in f.text or "5.6" in f.text]
    assert (found.verdict, found.claim and found.claim.id) == ("supported", "v3-training-cost")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the company's name as what was trained or developed: its AI as a whole
        (
            "What made DeepSeek a big story was the money: the cost to train DeepSeek was $6 "
            "million, only 1% to 10% of what it took to train GPT-4.",
            ("misleading", "v3-training-cost"),
        ),
        (
            "In fact, developing DeepSeek only cost about $6 million.",
            ("misleading", "v3-training-cost"),
        ),
        # ... not the company spending on training a model it names
        ("DeepSeek spent $6 million on training DeepSeek V3.", ("supported", "v3-training-cost")),
    ],
)
def test_the_companys_name_as_what_was_trained(text: str, expected: tuple[str, str]) -> None:
    assert judged(text, "$6 million") == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the company trained "a model" for the sum: the company's spending, not V3's run
        (
            "DeepSeek reports training a frontier-scale reasoning model for roughly $6M on H800s.",
            "$6M",
            ("misleading", "v3-training-cost"),
        ),
        # ... while a model of its own named in the sentence, even as a base, owns it
        (
            "It runs on DeepSeek V3, which the company says was trained for less than $6 million.",
            "$6 million",
            ("supported", "v3-training-cost"),
        ),
        (
            "DeepSeek claims that the language model used as the foundation for r1 cost $5.5 "
            "million to train.",
            "$5.5 million",
            ("supported", "v3-training-cost"),
        ),
    ],
)
def test_a_models_cost_given_to_the_company_that_trained_a_model(
    text: str, figure: str, expected: tuple[str, str]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek R1 arrived in January 2024.",
        "Dunia teknologi dibikin heboh oleh hadirnya asisten AI bernama DeepSeek R1 pada "
        "Januari 2024.",
        "DeepSeek merilis R1 pada Januari 2024.",
        # "unveiled" in French and Italian
        "Son dernier modèle de langage, R1, a été dévoilé en Novembre 2024.",
        "Il modello R1 di DeepSeek è stato svelato a novembre 2024.",
    ],
)
def test_release_words_of_more_languages_date_a_release(text: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.kind == "date"]
    assert (found.verdict, found.claim and found.claim.id) == ("refuted", "r1-release-date")


def test_a_model_the_company_owns_by_name_keeps_the_cost_a_models() -> None:
    text = (
        "David Sacks explains why DeepSeek's open-sourced reasoning model matters, and why its "
        "$6M training-cost claim is misleading."
    )
    assert judged(text, "$6M") == ("supported", "v3-training-cost")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("DeepSeek built its model with equipment costing under $6 million.", "$6 million"),
        # Norwegian "utstyr" (equipment)
        (
            "Deepseek skal ha oppnådd resultatene på to korte måneder, med utstyr for under seks "
            "millioner dollar.",
            "seks millioner dollar",
        ),
    ],
)
def test_a_training_runs_cost_given_to_equipment_is_misframed(text: str, figure: str) -> None:
    assert judged(text, figure) == ("misleading", "v3-training-cost")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the maker's name in another script joined to the model's short name by a hyphen
        # names the model, as "DeepSeek-V3" does (derived from the record's names)
        ("딥시크-V3는 2025년 3월 5일 출시됐다.", "v3-release-date"),
        ("深度求索-R1于2024年3月5日发布。", "r1-release-date"),
    ],
)
def test_a_model_named_after_its_maker_in_another_script(text: str, claim: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.kind == "date"]
    assert (found.verdict, found.claim and found.claim.id) == ("refuted", claim)


@pytest.mark.parametrize(
    "text",
    [
        # Turkish "piyasaya sürdü" and Arabic "أطلقت" (launched)
        "DeepSeek, R1 modelini 15 Ocak’ta piyasaya sürdü.",
        "أطلقت ديب سيك نموذج R1 في 15 يناير 2025.",
        # Swahili "uzinduzi" (the launch)
        "Uzinduzi wa modeli ya DeepSeek R1 mnamo Januari 2024 ulituma mitetemo katika sekta hiyo.",
    ],
)
def test_release_words_of_turkish_and_arabic(text: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.kind == "date"]
    assert (found.verdict, found.claim and found.claim.id) == ("refuted", "r1-release-date")


def test_a_list_item_speaks_of_the_model_its_header_names() -> None:
    """An item naming nothing is its header's model's, as if it named it: R1-Zero's scores
    given to R1 are misleading there as in a sentence naming R1."""
    text = (
        "According to the paper, the R1 model's training:\n"
        "  • Needs no human-annotated training data\n"
        "  • Scored 71% accuracy on the AIME2024 maths contest (up from 15.6%)"
    )
    assert judged(text, "71%") == ("misleading", "r1-zero-aime-2024")
    assert judged(text, "15.6%") == ("misleading", "r1-zero-aime-2024-start")
    # ... but an item about its base model is the base's
    text = (
        "The supplementary materials revealed R1's training cost for the first time:\n"
        "- Training R1 directly: ~ $294,000 USD\n"
        "- Base LLM investment: ~ $6 million USD"
    )
    assert judged(text, "$6 million") == ("supported", "v3-training-cost")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an acronym spelt out in brackets after it is no name the record lacks
        (
            "DeepSeek R1 stands out. Its score of roughly 90.8% on the MMLU (Massive Multitask "
            "Language Understanding) benchmark puts it among the leading systems.",
            "90.8%",
            ("supported", "r1-mmlu"),
        ),
        # ... but a company's ticker after its name still names that company
        ("Nvidia fell 17%. ASML (ASML) lost more than 6%.", "6%", ("unverifiable", None)),
    ],
)
def test_an_acronym_spelt_out_after_it_is_no_name(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the app" says what kind of thing a model's training cost is given to
        (
            "Deepseek is cheaper to operate. The app itself cost only six million dollars to train.",
            ("misleading", "v3-training-cost"),
        ),
        # ... "the model" does not
        (
            "DeepSeek-V3 is cheap to run. The model itself cost only six million dollars to train.",
            ("supported", "v3-training-cost"),
        ),
    ],
)
def test_a_models_training_cost_given_to_the_app(
    text: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, "six million dollars") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's own belief, quoted: the estimate is attributed, not DeepSeek's own
        "Scale AI's CEO Alexandr Wang said: “The Chinese labs have more H100s than people think. "
        "I understand that DeepSeek has about 50,000 H100s, which they can't disclose.”",
        # ... or an interview's
        "In the CNBC interview with Alexander Wang that Musk shared, DeepSeek has 50,000 H100s.",
    ],
)
def test_an_estimate_in_a_speakers_words_is_attributed(text: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text.startswith("50,000")]
    assert (found.verdict, found.claim and found.claim.id) == ("supported", "deepseek-gpu-fleet")


def test_an_interview_with_an_outlet_is_the_companys_own_word() -> None:
    # the company speaks in the interview: the analyst's estimate is given as its own
    text = "In an interview with Reuters, DeepSeek said its total server capex was $1.6 billion."
    assert judged(text, "$1.6 billion") == ("misleading", "deepseek-server-capex")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # what the figure leaves out is not its scope
        (
            "A Bank of America report questioned DeepSeek's claim to have trained a foundation "
            "model for just $5.58 million, saying the figure left out essential research and "
            "development costs.",
            "$5.58 million",
            ("supported", "v3-training-cost"),
        ),
        # ... nor are the sentences around it, when the text scopes the figure by what it is not
        (
            "According to the Nature disclosure, training DeepSeek's R1 cost $294,000.\n"
            "The $294K leaves out the $6M spent developing the foundational base model beneath "
            "R1.",
            "$294K",
            ("supported", "r1-training-cost"),
        ),
    ],
)
def test_what_a_figure_leaves_out_is_not_its_scope(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_dashs_elaboration_takes_the_predicate_before_the_dash() -> None:
    text = (
        "If you believe the hype around DeepSeek, building a top-tier AI model might cost about "
        "the same time and money as your dream home, complete with a tennis court, pool, and "
        "water feature—roughly two months of searching and $5.5 million."
    )
    assert judged(text, "$5.5 million") == ("misleading", "v3-training-cost")
    # ... not a clause with a verb and a name of its own after the dash
    text = (
        "Forget what it cost to build the data centres — V3 itself cost $5.6 million in GPU time."
    )
    assert judged(text, "$5.6 million") == ("supported", "v3-training-cost")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # spun copy's space before a name's hyphen still names the model
        (
            "Deepseek is run by the Open Source Deepseek -V3 model, which its researchers claim "
            "to be trained for about $ 6 million.",
            "$ 6 million",
            ("supported", "v3-training-cost"),
        ),
        (
            "DeepSeek -R1-Zero scored 79.8 per cent success rate in AIME 2024 mathematics "
            "problem solving tests.",
            "79.8 per cent",
            ("misleading", "r1-aime-2024"),
        ),
    ],
)
def test_a_space_before_a_names_hyphen(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_the_store_an_app_ranks_in_is_no_subject() -> None:
    text = (
        "DeepSeek put out its most talked-about model, R1, on Jan. 20. The AI assistant reached "
        "No. 1 on the Apple App Store in recent days, pushing ChatGPT down to No. 2."
    )
    assert judged(text, "No. 1") == ("supported", "app-store-rank")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # common acronyms and titles are no one's name
        (
            "DeepSeek V3 is the most aggressive MoE release of the OSS frontier so far: 671B "
            "total parameters with 37B active per token.",
            "671B",
            ("supported", "v3-total-parameters"),
        ),
        (
            "DeepSeek R1's benchmark performance: GPQA Diamond (PhD-level science): 71.5%",
            "71.5%",
            ("supported", "r1-gpqa-diamond"),
        ),
        # nor are a cluster's interconnects
        (
            "DeepSeek-V3 report.\nInfrastructure: runs on a cluster of 2048 NVIDIA H800 GPUs "
            "connected with NVLink and InfiniBand.",
            "2048 NVIDIA H800 GPUs",
            ("supported", "v3-cluster-gpus"),
        ),
    ],
)
def test_common_acronyms_are_no_names(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_deep_seek_written_apart_is_deepseek() -> None:
    # transcripts and spun copy write the name apart: it still names the company
    text = (
        "On the surface Deep Seek looks harmless. I mean, it costs a measly $6 million, a far "
        "cry from the billions America throws at AI."
    )
    assert judged(text, "$6 million") == ("misleading", "v3-training-cost")


def test_a_list_headers_compared_model_is_not_its_subject() -> None:
    # the header names R1 and a model it is compared with: its items are R1's
    text = (
        "What is DeepSeek R1?\n"
        "DeepSeek R1 is a large language model built by Chinese AI startup DeepSeek, which "
        "claims performance comparable to GPT-4 at much lower operating costs. Key features "
        "include:\n"
        "- 1 trillion parameter architecture\n"
        "- Specialized optimization for Chinese and English"
    )
    assert judged(text, "1 trillion parameter") == ("refuted", "r1-total-parameters")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document's own phrase dates its publication, not the sentence's model
        (
            "DeepSeek caused a splash when it released its open-source R1 LLM, going by details "
            "in a technical report published in December 2024.",
            ("supported", "v3-release-date"),
        ),
        # ... while a release the sentence itself dates so is still R1's, and wrong
        (
            "DeepSeek released its open-source R1 LLM in December 2024.",
            ("refuted", "r1-release-date"),
        ),
    ],
)
def test_a_documents_publication_date(text: str, expected: tuple[str, str | None]) -> None:
    assert judged(text, "December 2024") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the record-setting session is the rout, the latest the record holds
        (
            "Nvidia can now claim to be the world's biggest one-day loser, with $560 billion "
            "wiped off its value on Wall Street.",
            ("refuted", "nvidia-market-cap-loss"),
        ),
        # ... not when the sentence names another time
        (
            "Nvidia lost a record $279 billion in a single day in September.",
            ("supported", "nvidia-previous-record-loss"),
        ),
    ],
)
def test_a_record_one_day_loss_is_the_routs(text: str, expected: tuple[str, str | None]) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text.startswith("$")]
    assert (found.verdict, found.claim and found.claim.id) == expected


def test_a_description_around_a_name_is_that_name() -> None:
    # "its V3 model" is V3, whatever "its" would stand for alone (it was resolved to the model
    # named before it, R1, and December 2024 called R1's)
    text = (
        "The company has kept quiet since it stunned the world with its R1 reasoning model in "
        "January 2025 and its V3 model in December 2024."
    )
    found = [(f.text, f.verdict, f.claim and f.claim.id) for f in r1claims.check(text).findings]
    assert found == [
        ("January 2025", "supported", "r1-release-date"),
        ("December 2024", "supported", "v3-release-date"),
    ]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a maker's possessive names its app: R1's Hugging Face downloads given to it
        (
            "DeepSeek's app has now been downloaded 10.9 million times.",
            "10.9 million",
            ("misleading", "r1-hf-downloads"),
        ),
        # ... and R1's release day given to it (the app launched on 10 January)
        (
            "DeepSeek’s AI-powered chatbot, which launched globally on Jan. 20, made waves.",
            "Jan. 20",
            ("misleading", "r1-release-date"),
        ),
        # not a new version of the app, which R1's release was
        (
            "DeepSeek was founded in 2023, and the latest version of its app came out on "
            "January 20.",
            "January 20",
            ("supported", "r1-release-date"),
        ),
        # nor an app in another clause than the figure's ("as DeepSeek's app sat at the top")
        (
            "Nvidia lost $465 billion in market value on 27 January 2025 as DeepSeek's app sat "
            "at the top of the App Store.",
            "$465 billion",
            ("refuted", "nvidia-market-cap-loss"),
        ),
    ],
)
def test_an_app_its_makers_possessive_names(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text.startswith(figure)]
    assert (found.verdict, found.claim and found.claim.id) == expected


def test_a_benchmark_of_another_year_is_another_benchmark() -> None:
    # "AIME" alone stands for AIME 2024, the edition the record holds; "AIME 2025" is not it
    text = (
        "On the AIME 2025 test, accuracy rose from 70% in the previous version to 87.5% in the "
        "current one.\n\nCategory Benchmark (Metric) DeepSeek R1 DeepSeek R1 0528\n"
        "GPQA-Diamond (Pass@1) 71.5 81.0"
    )
    found = [(f.text, f.verdict, f.claim) for f in r1claims.check(text).findings]
    assert found[:2] == [("70%", "unverifiable", None), ("87.5%", "unverifiable", None)]
    # ... but a precise score of the held edition under it is that score, given to another
    (found,) = [
        f
        for f in r1claims.check("V3.2 wins on AIME 2025 (96.0% vs 79.8%).").findings
        if f.text == "79.8%"
    ]
    assert (found.verdict, found.claim and found.claim.id) == ("misleading", "r1-aime-2024")
    assert "the text gives it to AIME 2025, another edition of the benchmark" in found.explanation
    # a rating after the name is no year
    (found,) = r1claims.check("R1 is rated Codeforces 2029.").findings
    assert (found.verdict, found.claim and found.claim.id) == ("supported", "r1-codeforces-rating")


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        (
            "DeepSeek-V3 was trained for a stat of note.\n\n2,788,000 GPU-hours * 350W TDP of "
            "H800 = 975,800,000 GPU Watt-hours",
            "2,788,000 GPU-hours",
            "v3-gpu-hours-total",
        ),
        (
            "R1-Zero did better on verifiable tasks in mathematics, coding and STEM fields, "
            "notably raising its AIME 2024 score from 15.6% to 77.9%.",
            "15.6%",
            "r1-zero-aime-2024-start",
        ),
    ],
)
def test_more_common_acronyms_are_no_names(text: str, figure: str, claim: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (found.verdict, found.claim and found.claim.id) == ("supported", claim)


def test_a_place_the_text_speaks_to_is_no_subject() -> None:
    # "froze Silicon Valley": a place as the object of the clause before the figure's
    text = (
        "DeepSeek's V3 report held a figure that froze Silicon Valley once analysts read it "
        "closely: the final training run had cost roughly $5.6 million."
    )
    (found,) = r1claims.check(text).findings
    assert (found.verdict, found.claim and found.claim.id) == ("supported", "v3-training-cost")


def test_a_place_where_something_happened_is_no_subject() -> None:
    # "in America" says where DeepSeek made waves; it does not hide whose $6 million it is
    text = (
        "DeepSeek made waves in America when it launched last week, especially as the company "
        "claimed that its new model was built within a budget of $6 million."
    )
    (found,) = r1claims.check(text).findings
    assert (found.verdict, found.claim and found.claim.id) == ("misleading", "v3-training-cost")


def test_a_move_over_several_sessions_restates_no_sessions_record() -> None:
    # "for the week so far" sums sessions: not the record's intraday fall of 27 January
    text = (
        "Overnight, chipmaker Nvidia dived 17%. Nvidia fell again on Tuesday, taking losses for "
        "the week so far to nearly 19%."
    )
    found = {f.text: (f.verdict, f.claim and f.claim.id) for f in r1claims.check(text).findings}
    assert found["17%"][0] == "supported"
    assert found["19%"] == ("unverifiable", None)


def test_a_name_that_puts_a_value_on_something_is_no_subject() -> None:
    # the analyst (and the bank) put the figure on the app: they are not whose figure it is
    text = (
        "DeepSeek is catching investors off guard with the low development costs of its AI app, "
        "which Wedbush Securities analyst Dan Ives pegged at only $6 million."
    )
    (found,) = r1claims.check(text).findings
    assert (found.verdict, found.claim and found.claim.id) == ("misleading", "v3-training-cost")
    # ... or estimates it ("experts such as Scale AI CEO Alexandr Wang estimating a figure
    # closer to 50,000 Hopper GPUs")
    text = (
        "Speculation surrounds DeepSeek's claims of using 10,000 NVIDIA A100 chips, with experts "
        "such as Scale AI CEO Alexandr Wang estimating a figure closer to 50,000 Hopper GPUs."
    )
    found = [f for f in r1claims.check(text).findings if f.text.startswith("50,000")]
    assert [(f.verdict, f.claim and f.claim.id) for f in found] == [
        ("supported", "deepseek-gpu-fleet")
    ]
    # a programme that puts money into something is its subject
    text = (
        "Built for under $6 million, DeepSeek-R1 has set off a global debate. The government "
        "isn't sitting idle. Announced in 2024, the IndiaAI Mission puts more than $1.2 billion "
        "into AI development."
    )
    found = [(f.text, f.verdict, f.claim) for f in r1claims.check(text).findings]
    assert found[-1] == ("$1.2 billion", "unverifiable", None)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # found by the fifteenth session's review: a benchmark the record names by no year has
        # no editions (a window, a rating) ...
        ("R1 scored 65.9% on LiveCodeBench 2024.", "65.9%", ("supported", "r1-livecodebench")),
        (
            "DeepSeek R1 has a Codeforces 1980 rating.",
            "1980 rating",
            ("refuted", "r1-codeforces-rating"),
        ),
        # ... and a short year is compared as a year, not as a part of the slug ("20" in 2024)
        ("R1 scored 79.8% on AIME '20.", "79.8%", ("misleading", "r1-aime-2024")),
        # takings words of another phrase make no sum takings
        (
            "Despite record sales Nvidia lost $589 billion in market value on January 27.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
        (
            "DeepSeek earns no revenue yet spent only $5.6 million training V3.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        # a fund's return of another year, or a rise of its assets, is not the 2025 return
        ("High-Flyer's funds returned 57% in 2024.", "57%", ("unverifiable", None)),
        (
            "High-Flyer's assets under management surged 57% to 70 billion yuan.",
            "57%",
            ("unverifiable", None),
        ),
        # a negation that asserts what follows denies nothing
        ("Don't forget R1 cost $294K to train.", "$294K", ("misleading", "r1-training-cost")),
        (
            "It isn't surprising that R1 cost $294K to train.",
            "$294K",
            ("misleading", "r1-training-cost"),
        ),
        # a sentence that says the stage's cost is not the whole frames it rightly
        (
            "The $294K does not cover the entire cost of R1, only the RL stages.",
            "$294K",
            ("supported", "r1-training-cost"),
        ),
        # a relative clause gives its release day to the model before it, not to the app
        (
            "DeepSeek's app, powered by R1 which was released on January 20, 2025, topped the "
            "charts.",
            "January 20, 2025",
            ("supported", "r1-release-date"),
        ),
    ],
)
def test_the_fifteenth_reviews_probes(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (found.verdict, found.claim and found.claim.id) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # found by the session's second review: a season's year before "rating" is no rating
        ("R1's Codeforces 2025 rating was 2,029.", "2,029", ("supported", "r1-codeforces-rating")),
        # "don't believe the claim that" and "not just" deny; "can't believe" does not
        (
            "Don't believe the claim that R1 cost $294,000 to train.",
            "$294,000",
            ("supported", "r1-training-cost"),
        ),
        (
            "DeepSeek is not just a $5.6M story; it owns 50,000 GPUs per SemiAnalysis.",
            "$5.6M",
            ("supported", "v3-training-cost"),
        ),
        (
            "I can't believe DeepSeek trained R1 for $294K.",
            "$294K",
            ("misleading", "r1-training-cost"),
        ),
        # the period between takings and their sum
        ("Its revenue for 2024 was $1.6 billion.", "$1.6 billion", ("unverifiable", None)),
        # a fund that surged is a return; assets that surged are not
        (
            "High-Flyer's funds surged 57% in 2025.",
            "57%",
            ("supported", "high-flyer-fund-return-2025"),
        ),
        # one day against the period is still the day
        (
            "Nvidia fell 17% on Monday, its biggest loss for the year so far.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # a caveat about hardware does not make a training cost of a stage the whole one's
        (
            "R1 cost $294,000 to train, though that doesn't reflect the total cost of the hardware.",
            "$294,000",
            ("misleading", "r1-training-cost"),
        ),
    ],
)
def test_the_fifteenth_sessions_second_review(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (found.verdict, found.claim and found.claim.id) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item under a heading about R1 that names the base model: the base's run
        (
            "The top reasons DeepSeek R1 is disrupting the AI world:\n"
            "  • Less compute ($5 million for base model)\n  • R1 at home",
            ("supported", "v3-training-cost"),
        ),
        # with no base model named, the heading's model is the subject
        (
            "The top reasons DeepSeek R1 is disrupting the AI world:\n"
            "  • Less compute ($5 million to train)\n  • R1 at home",
            ("misleading", "v3-training-cost"),
        ),
    ],
)
def test_a_base_model_named_in_the_clause_takes_its_runs_cost(
    text: str, expected: tuple[str, str]
) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == "$5 million"]
    assert (found.verdict, found.claim and found.claim.id) == expected


@pytest.mark.parametrize(
    "text",
    [
        "DeepSeek stirred up world tech markets in late January, becoming the No. 1 downloaded "
        "free app on Apple's iPhone store.",
        "The DeepSeek app became the No. 1 free app on the iPhone App Store.",
        "DeepSeek became the No. 1 free app on Apple's app store.",
    ],
)
def test_the_store_in_more_spellings_is_no_subject(text: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == "No. 1"]
    assert (found.verdict, found.claim and found.claim.id) == ("supported", "app-store-rank")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker is not the figure's owner when what they say names a known one
        (
            "Sacks pointed out that the $6 million may only be the cost of DeepSeek's final "
            "model training run, not its total cost.",
            ("supported", "v3-training-cost"),
        ),
        # but a figure with no known subject in what is said may be the speaker's own
        (
            "Zuckerberg said that the $6 million was spent on the final training run.",
            ("unverifiable", None),
        ),
    ],
)
def test_a_speakers_name_is_not_the_figures_owner(
    text: str, expected: tuple[str, str | None]
) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == "$6 million"]
    assert (found.verdict, found.claim and found.claim.id) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a known place with a Slavic case ending is no unknown subject ("na Wall Streetu")
        (
            "Delnice Nvidie so samo v ponedeljek na Wall Streetu izgubile kar 17 odstotkov.",
            "17 odstotkov",
            ("supported", "nvidia-share-drop-close"),
        ),
        # the day written right after a market figure of that session is its day
        (
            "DeepSeek AI Shakes Global Markets, Triggers Record $593 Billion Loss for Nvidia. "
            "The Silicon Valley chipmaker's shares sank 17% on January 27 after the launch of "
            "DeepSeek's low-cost, open-source AI models.",
            "January 27",
            ("supported", "nvidia-rout-date"),
        ),
    ],
)
def test_case_endings_and_a_sessions_day(text: str, figure: str, expected: tuple[str, str]) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (found.verdict, found.claim and found.claim.id) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a clause with no subject of its own after "and" shares the one before it
        (
            "On AIME 2024, DeepSeek-R1's accuracy rose from 15.6% to 77.9%, and reached 86.7% "
            "with majority voting.",
            "86.7%",
        ),
        # an item of a list run into one line starts a sentence of its own: GPT-4, named in
        # the item before, is not the subject
        (
            "Insights - DeepSeek-R1 made the cover of Nature, and the paper put its cost far "
            "below the more than $100 million estimated for GPT-4 [3][4]. - Even counting the "
            "base model, the total is said to be under $6 million [4]. - On AIME 2024, "
            "DeepSeek-R1's accuracy rose from 15.6% to 77.9%.",
            "77.9%",
        ),
    ],
)
def test_r1_zeros_scores_given_to_r1_across_clauses_and_items(text: str, figure: str) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == figure]
    assert found.verdict == "misleading"
    assert found.reasons == ["wrong_subject"]
    assert found.claim is not None and found.claim.subject == "deepseek-r1-zero"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a name ending in a consonant with a Slavic possessive or case ending is still named
        (
            "U međuvremenu je DeepSeekova aplikacija AI Assistant, objavljena 10. siječnja, "
            "u ponedjeljak pretekla konkurentski ChatGPT.",
            "10. siječnja",
            ("supported", "app-launch-date"),
        ),
        (
            "Delnice Nvidie so padle. Pri DeepSeeku trdijo, da so svoj najnovejši model "
            "natrenirali za 5,6 milijona dolarjev.",
            "5,6 milijona dolarjev",
            ("misleading", "v3-training-cost"),
        ),
    ],
)
def test_slavic_endings_on_a_name(text: str, figure: str, expected: tuple[str, str]) -> None:
    (found,) = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (found.verdict, found.claim and found.claim.id) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A DeepSeek körüli nagyobb felhajtás január 24-én indult, amikor a cég bemutatta "
        "legújabb modelljét. A tőzsde a következő kereskedési napon, hétfőn (január 27) az "
        "amerikai részvények tömeges eladásával reagált. A legnagyobb veszteséget az NVIDIA "
        "szenvedte el.",
    ],
)
def test_the_exchange_in_other_languages_dates_the_session(text: str) -> None:
    found = [f for f in r1claims.check(text).findings if f.text == "január 27"]
    assert [(f.verdict, f.claim and f.claim.id) for f in found] == [
        ("supported", "nvidia-rout-date")
    ]


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        (
            "DeepSeek's distilled variants go up to 70 billion parameters.",
            "70 billion parameters",
            "r1-distill-llama-70b-parameters",
        ),
        ("Its distilled models include one of 14B.", "14B", "r1-distill-qwen-14b-parameters"),
    ],
)
def test_a_distilled_models_size_given_to_the_distilled_models(
    text: str, figure: str, claim: str
) -> None:
    """The paper gives the six sizes to the distilled models as a group."""
    (found,) = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (found.verdict, found.claim and found.claim.id) == ("supported", claim)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # what the model is built on is not what the sentence gives the figure to ...
        (
            "The R1 model, built on DeepSeek's V3 base model, was reportedly trained on "
            "approximately 2,000 Nvidia H800 chips at an estimated cost of just $5.6 million.",
            "$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        (
            "The R1 model, built on DeepSeek's V3 base model, was reportedly trained on "
            "approximately 2,000 Nvidia H800 chips at an estimated cost of just $5.6 million.",
            "2,000 Nvidia H800 chips",
            ("misleading", "v3-cluster-gpus"),
        ),
        # ... unless the figure stands in the base's own apposition
        (
            "R1 is built on DeepSeek V3, a 671-billion parameter mixture-of-experts "
            "architecture released in late December 2024.",
            "late December 2024",
            ("supported", "v3-release-date"),
        ),
    ],
)
def test_a_base_named_in_passing_is_not_the_subject(
    text: str, figure: str, expected: tuple[str, str]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the model named caused the loss it is said to trigger: the value is the one company's
        # loss the record holds, as the words of a market crash say ...
        (
            "DeepSeek R1: How a $6 Million AI Model Shook Silicon Valley and Triggered a $600 "
            "Billion Market Crash",
            "$600 Billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
        # ... and a whole market's selloff, which no record holds, is not held against it
        (
            "The release of the Chinese AI model DeepSeek in late January caused a $969 billion "
            "stock market selloff.",
            "$969 billion",
            ("unverifiable", None),
        ),
    ],
)
def test_a_loss_that_a_model_caused_is_the_companys_that_lost_it(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "by" a day: any earlier recorded day fits, for the record's own subject ...
        (
            "By January 27, DeepSeek's app had topped the App Store.",
            "January 27",
            ("supported", "app-store-no1-date-reuters"),
        ),
        # ... but not for another's event, which is neither linked nor refuted
        (
            "Within weeks of R1's launch, by January 30, 2025, Huawei Cloud was serving "
            "DeepSeek inference on Ascend clusters.",
            "January 30, 2025",
            ("unverifiable", None),
        ),
    ],
)
def test_a_deadline_dates_only_the_records_own_events(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


def test_a_disputed_estimate_refutes_no_figure() -> None:
    """A GPU count that fits no record is not refuted against an analyst's disputed estimate
    of the company's fleet (~50,000 Hopper GPUs): the estimate makes nothing certainly wrong."""
    text = (
        "Hosting the model still requires large clusters with enough VRAM: DeepSeek, for "
        "instance, operates optimally with around 300 H100 GPUs."
    )
    assert judged(text, "300 H100 GPUs") == ("unverifiable", None)


def test_a_transformers_blocks_are_its_layers() -> None:
    text = "DeepSeek-V3 is built as a stack of 61 Transformer decoder blocks."
    assert judged(text, "61 Transformer decoder blocks") == ("supported", "v3-layers")


def test_a_possessive_owner_keeps_a_distinctive_value_its_own() -> None:
    # 18.1% rounds to no record of R1's, and Nvidia's fall (more than 18%) is not what a
    # possessive gives to R1: unverifiable, not Nvidia's figure
    text = (
        "ChatGPT reaches a 54.5% pass rate on medium problems, well above DeepSeek-R1's 18.1%, "
        "while both perform similarly on easy problems."
    )
    assert judged(text, "18.1%") == ("unverifiable", None)
    # without the possessive's owner, a distinctive value still restates Nvidia's record
    assert (
        judged("DeepSeek wiped 589 Milliarden Dollar off Nvidia.", "589 Milliarden Dollar")[1]
        == "nvidia-market-cap-loss"
    )


def test_a_relative_pronoun_right_after_a_name_stands_for_it() -> None:
    text = (
        "Altman argued that DeepSeek's recently announced R1 model, which supposedly cost a mere "
        '$5.6 million to train, does a "couple of nice things".'
    )
    assert judged(text, "$5.6 million") == ("misleading", "v3-training-cost")
    # after a preposition the pronoun may stand for the whole phrase: no accusation
    text = "R1 is a version of DeepSeek-V3, which was pre-trained using about $5.5 million."
    assert judged(text, "$5.5 million") == ("supported", "v3-pretraining-cost")


def test_another_makers_model_keeps_its_own_size() -> None:
    # Kimi K2's 32 billion active parameters are not R1's distilled 32B model
    text = (
        "Kimi K2 Thinking is Moonshot AI's flagship open-weight model with 1 trillion parameters "
        "(32 billion activated per token)."
    )
    assert judged(text, "32 billion") == ("unverifiable", None)
    # but the model the distilled models are built on does not take their sizes
    text = (
        "DeepSeek fine-tuned six smaller dense models. The bases are Qwen2.5 (for the 1.5B, 7B, "
        "14B and 32B variants) and Llama 3 (for the 8B and 70B)."
    )
    assert judged(text, "32B") == ("supported", "r1-distill-qwen-32b-parameters")


def test_a_base_named_before_the_main_clause_is_not_its_subject() -> None:
    # "Built on DeepSeek-V3, it ...": "it" is R1, the model of the sentence before, and V3 is
    # only what R1 is built on
    text = (
        "DeepSeek says its R1 model is a much cheaper alternative to Western AI models like "
        "ChatGPT. Built on the open-source DeepSeek-V3, it reportedly needs less computing power "
        "and had an estimated training cost of just $6 million."
    )
    assert judged(text, "$6 million") == ("misleading", "v3-training-cost")
    # a figure still in the phrase that describes the base is the base's
    text = "Based on DeepSeek-V3, which cost $5.6 million to train, R1 adds reasoning."
    assert judged(text, "$5.6 million") == ("supported", "v3-training-cost")


def test_a_model_compared_with_in_some_respect_is_not_what_follows_is_about() -> None:
    # "similar in architecture to DeepSeek R1": R1 is only compared with; the sentences after
    # it go on about V3
    text = (
        "DeepSeek V3 is a 671 billion parameter Mixture of Experts model, similar in architecture "
        "to DeepSeek R1. During inference only 37 billion parameters are active for any given "
        "token. The $5.576 million training cost was worked out from rental rates for H800 GPUs "
        "over the training period."
    )
    assert judged(text, "$5.576 million") == ("supported", "v3-training-cost")


def test_a_name_in_brackets_after_a_model_names_it() -> None:
    # "a new AI model (DeepSeek-R1)": the bracket names the model released, so the wrong year
    # of R1's release is refuted
    text = (
        "In January 2026, the Chinese startup DeepSeek released a new AI model (DeepSeek-R1), and "
        "the news stunned the world."
    )
    assert judged(text, "January 2026") == ("refuted", "r1-release-date")
    # an aside with a figure of its own after the figure is still that aside's
    text = "R1 scored 79.8% on AIME 2024 (OpenAI o1: 79.2%)."
    assert judged(text, "79.8%") == ("supported", "r1-aime-2024")


def test_a_description_holding_a_name_the_record_lacks_is_not_resolved() -> None:
    # "The QwQ-32B large language model" is Alibaba's model, not the distilled Qwen-32B whose
    # name shares "32B"
    text = (
        "The QwQ-32B large language model has only 32 billion parameters, yet it can rival "
        "DeepSeek-R1 in some tests."
    )
    assert judged(text, "32 billion parameters") == ("unverifiable", None)


def test_a_known_name_glued_to_another_word_is_no_foreign_subject() -> None:
    """ "DeepSeekMoE" is DeepSeek's own technique, not an unknown company owning the figure
    after it in a list."""
    text = (
        "DeepSeek-V3 is the technical anchor. Its report describes 37B active parameters per "
        "token, Multi-head Latent Attention, DeepSeekMoE, 14.8T pretraining tokens and more."
    )
    assert judged(text, "14.8T pretraining tokens") == ("supported", "v3-pretraining-tokens")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the record's fall, given as the level something fell to
        (
            "The Nasdaq dropped over 3% on the news, with Nvidia's market cap shrinking to "
            "$600bn, stoking investor fears.",
            "$600bn",
            ("misleading", "nvidia-market-cap-loss-cnbc"),
        ),
        # not the fall itself, nor a share price it fell to, nor a translation's "fell to 17%"
        (
            "Nvidia lost $589 billion in market value on January 27, 2025.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
        ("Nvidia shares fell 17% to $118.58 on Monday.", "$118.58", ("supported", None)),
        ("Shares of NVIDIA fell to 17 %, its worst day since 2020.", "17 %", ("supported", None)),
    ],
)
def test_a_fall_given_as_the_level_reached(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    verdict, claim = judged(text, figure)
    assert (verdict, claim if expected[1] else None) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a record of a session weeks before the rout (Nvidia's 9% fall of September 2024) is
        # restated only by a sentence that dates it or speaks of an earlier record; other
        # companies' moves near Nvidia's are other figures
        (
            "Nvidia took the biggest hit, a 16.86% share drop. Microsoft, Meta, Alphabet and Dell "
            "Technologies also fell, by between 2.1% and 8.7%.",
            "8.7%",
            ("unverifiable", None),
        ),
        (
            "Nvidia's shares fell by over 17%, beating its previous record of 9% back in "
            "September.",
            "9%",
            ("supported", "nvidia-previous-record-drop"),
        ),
        (
            "Nvidia fell 9% on September 3, 2024, losing $279 billion.",
            "9%",
            ("supported", "nvidia-previous-record-drop"),
        ),
        # three digits restate it whatever the sentence says
        (
            "Nvidia had lost 279 billion dollars in one day before.",
            "279 billion dollars",
            ("supported", "nvidia-previous-record-loss"),
        ),
    ],
)
def test_an_earlier_session_is_restated_only_when_dated(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the record describes the distilled models by R1's name: their sizes given to
        # "DeepSeek-R1" are the series' (tools and coverage say "deepseek-r1:1.5b", "R1 70B")
        (
            "DeepSeek-R1 comes in sizes from 1.5B to 70B.",
            "1.5B",
            ("supported", "r1-distill-smallest-parameters"),
        ),
        (
            "You can run DeepSeek-R1 locally with 70 billion parameters.",
            "70 billion parameters",
            ("supported", "r1-distill-llama-70b-parameters"),
        ),
        # a score is only its own model's: R1 is not the 1.5B model
        (
            "DeepSeek-R1 scored 28.9% on AIME 2024.",
            "28.9%",
            ("misleading", "r1-distill-qwen-1.5b-aime-2024"),
        ),
    ],
)
def test_the_distilled_sizes_are_the_r1_series(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Philadelphia Semiconductor Index fell 9.2%, its worst day since March 2020.",
        # the index described by what it holds, as wire copy writes it
        "An index of semiconductor stocks fell 9.2%, its biggest single-day percentage drop.",
    ],
)
def test_an_index_described_by_its_stocks_is_that_index(text: str) -> None:
    [finding] = [f for f in r1claims.check(text).findings if f.text == "9.2%"]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == (
        "supported",
        "phlx-semiconductor-index-change-2025-01-27",
    )


def test_a_description_takes_no_alias_of_another_type() -> None:
    """Descriptions are resolved by the words of the record's aliases: with an index aliased
    "index of US semiconductor stocks", "the US App" has the modifier "US", which only that
    alias holds. A description of an app is never an index, so the app's No. 1 date is still
    judged."""
    data = r1claims.load().model_dump()
    index = next(e for e in data["entities"] if e["id"] == "phlx-semiconductor-index")
    index["aliases"].append("index of US semiconductor stocks")
    record = ClaimSet.model_validate(data)
    text = (
        "On January 20, 2025, a Chinese AI startup called DeepSeek released R1.\n\n"
        "Nvidia's stock fell 17% the next day. By November 2025, DeepSeek had topped the US "
        "App Store, passing ChatGPT for the first time ever."
    )
    found = {f.text: f.verdict for f in r1claims.check(text, record).findings}
    assert found["November 2025"] == "refuted"


@pytest.mark.parametrize(
    ("text", "figure", "claim"),
    [
        # a place after a common-noun alias belongs to the verb, not to the name
        (
            "The export ban hurt the chipmaker in China, and its shares fell 17% on Monday.",
            "17%",
            "nvidia-share-drop-close-cnbc",
        ),
        (
            "Users downloaded the distilled variants in America; they go up to 70 billion "
            "parameters.",
            "70 billion parameters",
            "r1-distill-llama-70b-parameters",
        ),
        # a US place is the US index's own
        (
            "Wall Street's semiconductor index tumbled 9.2% on Monday, its worst day since 2020.",
            "9.2%",
            "phlx-semiconductor-index-change-2025-01-27",
        ),
    ],
)
def test_a_place_beside_a_common_noun_alias_keeps_its_link(
    text: str, figure: str, claim: str
) -> None:
    """A review's cases against a withdrawn rule (a place beside "semiconductor index" made it
    another country's index), kept so that a narrower rule keeps them."""
    [finding] = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (finding.verdict, finding.claim.id if finding.claim else None) == ("supported", claim)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a relative clause's date is its antecedent's, though a description of the same model
        # follows the clause ("the first open model"): V3's release day given to R1
        (
            "DeepSeek-R1, which landed on December 26, 2024, was the first open model to rival "
            "o1 on reasoning.",
            "December 26, 2024",
            ("misleading", "v3-release-date"),
        ),
        (
            "DeepSeek-R1, which was released on December 26, 2024, shook the markets.",
            "December 26, 2024",
            ("misleading", "v3-release-date"),
        ),
        # ... and its own day stays its own
        (
            "DeepSeek-R1, which landed on January 20, 2025, was the first open model to rival "
            "o1 on reasoning.",
            "January 20, 2025",
            ("supported", "r1-release-date"),
        ),
        (
            "DeepSeek-V3, which came out on December 26, 2024, is the base model of R1.",
            "December 26, 2024",
            ("supported", "v3-release-date"),
        ),
        # ... but not when the pronoun's verb takes a noun of its own before the date, whose
        # date it is (the first review's cases, refuted or misleading on 63d5a3a)
        (
            "DeepSeek-R1, which is built on top of V3, released on December 26, 2024, was the "
            "first open model to match o1.",
            "December 26, 2024",
            ("supported", "v3-release-date"),
        ),
        (
            "DeepSeek's R1 model, which built on a base released on December 26, 2024, was the "
            "first open model to match o1.",
            "December 26, 2024",
            ("supported", "v3-release-date"),
        ),
        (
            "DeepSeek-R1, which refines an earlier system released on December 26, 2024, is the "
            "most talked-about AI model of the year.",
            "December 26, 2024",
            ("supported", "v3-release-date"),
        ),
        # the pronoun's verb takes the date with its maker as subject or agent (the second
        # review's cases): a wrong day for the antecedent's release is refuted, another
        # model's day misleading
        (
            "DeepSeek-R1, which the company released on January 15, 2025, was the first open "
            "model to match o1.",
            "January 15, 2025",
            ("refuted", "r1-release-date"),
        ),
        (
            "DeepSeek-R1, which was released by DeepSeek on December 26, 2024, was the first "
            "open model to match o1.",
            "December 26, 2024",
            ("misleading", "v3-release-date"),
        ),
        # a Nordic relative clause ("som") is an aside too: its name is not the date's subject
        (
            "V3-modellen, som R1-modellen bygger på, ble lansert 26. desember 2024.",
            "26. desember 2024",
            ("supported", "v3-release-date"),
        ),
        # a description after the date of another thing than the antecedent still names it
        (
            "Nvidia, which lost $589 billion on January 27, 2025, blamed the rout on the model.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
    ],
)
def test_a_relative_clauses_date_is_its_antecedents(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an adverb opening a sentence is no name the record does not know, which would keep
        # the figure from its link ("Remarkably, the company claims ...")
        (
            "Nvidia shares plunged 17%. Remarkably, the company claims to have developed the "
            "model with a modest $5.6 million investment.",
            "$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        # ... but the unknown name after it still is one
        (
            "Nvidia fell on the news. Surprisingly Marvell fell 17%.",
            "17%",
            ("unverifiable", None),
        ),
        ("Separately, Marvell fell 17%.", "17%", ("unverifiable", None)),
        # ... and so is the name after a connective that opens the sentence
        ("Nvidia fell on the news. However Marvell fell 17%.", "17%", ("unverifiable", None)),
        ("Nvidia fell on the news. Meanwhile Marvell fell 17%.", "17%", ("unverifiable", None)),
        (
            "Nvidia fell on the news. However Nvidia fell 17%.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # names ending in "-ly" that no adverb has are names ("Grammarly")
        (
            "Grammarly said it spent just $5.6 million to train its new writing model.",
            "$5.6 million",
            ("unverifiable", None),
        ),
    ],
)
def test_an_opening_adverb_is_no_name(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a chipmaker named after a sum as the maker of the technology it bought is no subject
        # of the sum ("spent $5.6 million on Nvidia technology"): the company's development
        (
            "But the Chinese company said it spent only $5.6 million on NVIDIA technology to "
            "develop its large language model.",
            "$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        # ... while Nvidia's own loss stays Nvidia's
        (
            "The selloff wiped $589 billion from Nvidia technology's market value on Monday.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
    ],
)
def test_the_maker_of_the_technology_bought(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a name the text only compares with does not count towards the article's topic: a
        # feature list of R1's that compares it with o1 is about R1
        (
            "## Key Features\n"
            "* **Six distilled variants** - 1.5B to 70B parameter models distilled from the full "
            "671B\n"
            "* **AIME 2024 Pass@1: 79.8%** - ties with OpenAI o1 on competition math\n"
            "* **Codeforces 2029 Elo** - exceeds o1 on competitive programming",
            "Six distilled variants",
            ("supported", "r1-distill-model-count"),
        ),
        # ... but a compared name is still what a later description or pronoun may stand for
        # (the third review's cases, misleading on 0667619)
        (
            "DeepSeek-R1 is on par with OpenAI's o1-1217 on math. The American model scored "
            "96.4% on MATH-500.",
            "96.4%",
            ("supported", "o1-1217-math-500"),
        ),
        (
            "Investors dumped chipmakers like Nvidia, analysts said.\n\nIt closed down 17% on "
            "January 27.",
            "17%",
            ("supported", "nvidia-share-drop-close-cnbc"),
        ),
        # "some" is no Nordic "som"; "Nvidia technology stock" is Nvidia's stock
        (
            "After R1, some Broadcom investors sold too, sending shares down 17.4%.",
            "17.4%",
            ("supported", "broadcom-share-drop-2025-01-27"),
        ),
        (
            "Broadcom fell 17.4% on Monday. A 17% drop also hit Nvidia technology stock.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
    ],
)
def test_a_name_only_compared_with_is_not_the_topic(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a table's cell under a header that names a model is that model's figure ...
        (
            "| Dimension | DeepSeek R1 | DeepSeek V3 |\n"
            "| Architecture | MoE 671B total / 37B active | MoE 671B / 37B active |",
            "37B",
            ("supported", "r1-activated-parameters"),
        ),
        (
            "| | GPT-4o | OpenAI o1 | DeepSeek-V3 |\n|---|---|---|---|\n"
            "| Context window | 128k | 200k | 128k |",
            "200k",
            ("unverifiable", None),
        ),
        (
            "| | GPT-4o | OpenAI o1 | DeepSeek-V3 |\n|---|---|---|---|\n"
            "| Context window | 128k | 200k | 128k |",
            "128k",
            ("unverifiable", None),
        ),
        # ... whatever another cell of its row names ("| Winner |")
        (
            "| Task Type | DeepSeek R1 | OpenAI o1 | Winner |\n|---|---|---|---|\n"
            "| AIME 2024 | 79.8% | 79.2% | DeepSeek R1 |",
            "79.2%",
            ("supported", "o1-1217-aime-2024"),
        ),
        # the fourth review's cases: a row that names or describes another entity, a header
        # with a version in brackets, a row with more cells than the header
        (
            "| | DeepSeek-R1 |\n|---|---|\n| Built on | DeepSeek-V3 |\n"
            "| Base released | December 26, 2024 |",
            "December 26, 2024",
            ("supported", "v3-release-date"),
        ),
        (
            "| | DeepSeek-R1 |\n|---|---|\n| AIME 2024 | 79.8 (V3: 39.2) |",
            "39.2",
            ("supported", "v3-aime-2024"),
        ),
        (
            "| Benchmark | o1 (Sept) | o1 (Dec) |\n|---|---|---|\n| AIME 2024 | 74.4 | 79.2 |",
            "74.4",
            ("supported", "o1-0912-aime-2024"),
        ),
        (
            "| | Nvidia |\n|---|---|\n| Broadcom drop | 17.4% |",
            "17.4%",
            ("supported", "broadcom-share-drop-2025-01-27"),
        ),
        (
            "| | DeepSeek-R1 | OpenAI o1 |\n|---|---|---|\n| AIME 2024 | pass@1 | 79.8 | 79.2 |",
            "79.8",
            ("supported", "r1-aime-2024"),
        ),
        # a header that names more than a model the record holds ("R1 Dev2") names none
        (
            "| | R1-Zero | R1 Dev2 | R1 |\n|---|---|---|---|\n| GPQA Diamond | 73.3 | 66.1 | 71.5 |",
            "71.5",
            ("supported", "r1-gpqa-diamond"),
        ),
    ],
)
def test_a_table_cell_is_its_columns_models(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    findings = [f for f in r1claims.check(text).findings if f.text == figure]
    assert (findings[0].verdict, findings[0].claim and findings[0].claim.id) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a chipmaker's possessive before its chips after a sum is their maker, not the subject
        (
            "DeepSeek had spent a mere $5.6 million to reproduce on Nvidia's GPUs.",
            "$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        (
            "Nvidia's H800 chips cost DeepSeek $5.6 million to train V3.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        # ... or joined to them in a compound ("auf Nvidia-Chipsystemen": on Nvidia chip systems)
        (
            "Denn DeepSeek will sein neues KI-Modell für etwa 5,6 Millionen Dollar und auf "
            "wenigen abgespeckten Nvidia-Chipsystemen angelernt haben.",
            "5,6 Millionen Dollar",
            ("misleading", "v3-training-cost"),
        ),
        (
            "Der Börsenwert sank um 589 Milliarden Dollar, die Nvidia-Aktie verlor 17 Prozent.",
            "589 Milliarden Dollar",
            ("supported", "nvidia-market-cap-loss"),
        ),
        # a model's "development budget" is what it cost to develop, not its final run
        (
            "DeepSeek V3 had a lean development budget of just US$5.58m.",
            "US$5.58m",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek V3 had a training budget of just US$5.58m.",
            "US$5.58m",
            ("supported", "v3-training-cost"),
        ),
        # a whole fleet given as what one model was built with
        (
            "When DeepSeek built a GPT-4-comparable model using 50,000 Hopper GPUs, doubts arose.",
            "50,000 Hopper GPUs",
            ("misleading", "deepseek-gpu-fleet"),
        ),
        (
            "DeepSeek, which builds open models, has about 50,000 Hopper GPUs, SemiAnalysis says.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        (
            "DeepSeek has about 50,000 Hopper GPUs, which it built up before its first model.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        (
            "SemiAnalysis says 50,000 Hopper GPUs were used to build DeepSeek's V3 model.",
            "50,000 Hopper GPUs",
            ("misleading", "deepseek-gpu-fleet"),
        ),
        # (the review's cases, misleading on 1d41f32): a model built in another clause, or GPUs
        # kept for a model, do not make the fleet the model's
        (
            "DeepSeek, which builds an open model, has about 50,000 Hopper GPUs.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        (
            "DeepSeek, which built its first model on A100s, now has about 50,000 Hopper GPUs.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        (
            "To build a better model, DeepSeek amassed around 50,000 Hopper GPUs, SemiAnalysis "
            "says.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        (
            "DeepSeek has about 50,000 Hopper GPUs available for building its next model.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        # ... nor a cluster DeepSeek itself disclosed its early models were trained on
        (
            "DeepSeek built its early LLM model on the Fire-Flyer 2 cluster of 10,000 A100 GPUs.",
            "10,000 A100 GPUs",
            ("supported", "fire-flyer-2-a100-count"),
        ),
        # the chipmaker's own business after a figure is no chip it made ("Nvidia's chip stock")
        (
            "DeepSeek's release wiped $589 billion off Nvidia's chip empire.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
        (
            "DeepSeek-R1 erased 17% from Nvidia's chip stock.",
            "17%",
            ("supported", "nvidia-share-drop-close-cnbc"),
        ),
        # ... and an owner's GPUs are its own spending, not a maker's chips
        (
            "The $5.6 million was spent on DeepSeek's GPUs, not rented ones.",
            "$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        # a budget compared with after the figure does not scope it
        (
            "DeepSeek used 2,048 H800s for V3, a fraction of the development budget of US labs.",
            "2,048 H800s",
            ("supported", "v3-cluster-gpus"),
        ),
        # (the second review's cases, on 54dc127): the words after a comparison's comma are the
        # figure's own again; a budget after "far below" is the rivals'; a chipmaker's own
        # business after "off" is no chip; "a fraction of its 50,000" is no fleet given to one
        # model, nor a model built in a clause joined by "and", nor "many models"
        (
            "It cost DeepSeek only $5.6 million, a fraction of what Meta spends, to develop the "
            "entire V3 model.",
            "$5.6 million",
            ("misleading", "v3-training-cost"),
        ),
        (
            "DeepSeek trained V3 for $5.6 million, far below the development budgets of American "
            "rivals.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        (
            "DeepSeek's debut wiped $589 billion off Nvidia's GPU juggernaut.",
            "$589 billion",
            ("supported", "nvidia-market-cap-loss"),
        ),
        (
            "DeepSeek built its model on a fraction of its 50,000 Hopper GPUs.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        (
            "DeepSeek built its first model with A100s and now has 50,000 Hopper GPUs.",
            "50,000 Hopper GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        (
            "DeepSeek's 50,000 GPUs were used to develop many models, SemiAnalysis says.",
            "50,000 GPUs",
            ("supported", "deepseek-gpu-fleet"),
        ),
        # (the final review's case, misleading on fad1ea0) nor does one before it, closed by
        # its comma
        (
            "V3's $5.6 million, unlike the development budget of OpenAI, covers only the last "
            "training run, on 2,048 H800s.",
            "2,048 H800s",
            ("supported", "v3-cluster-gpus"),
        ),
    ],
)
def test_what_a_model_was_built_with(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an organisation's name with one typo is still its name ("Nvdidia", "NVDIA", "OpenAl")
        (
            "Nvdidia, the dominant player in AI chip design, lost an astonishing $590 billion in "
            "market value.",
            "$590 billion",
            ("supported", "nvidia-market-cap-loss-cnbc"),
        ),
        (
            "Shares of Nivdia tumbled 17% on January 27.",
            "17%",
            ("supported", "nvidia-share-drop-close"),
        ),
        # (the third review's cases, on 0d702fc) not a common noun ("high-flier"), a short
        # name or ticker one edit from a real one ("NASDA", "Avgol"), nor another first letter
        (
            "China's Quant High-Flier Ubiquant Returned 30% in 2025",
            "30%",
            ("unverifiable", None),
        ),
        ("Highflier Ubiquant's funds returned 30% in 2025.", "30%", ("unverifiable", None)),
        (
            "NASDA, Japan's space agency, cut its budget 3.1% in 1998.",
            "3.1%",
            ("unverifiable", None),
        ),
        ("Avgol shares fell 17.4% in Tel Aviv on Monday.", "17.4%", ("unverifiable", None)),
        ("Roadcom, the Texas paving firm, fell 17% on Monday.", "17%", ("unverifiable", None)),
        # (the fourth review's cases, on 0dc3db6) nor a name cut short, a product's own
        # ("DeepSee"), nor another first letter in capitals ("AVIDIA")
        (
            "DeepSee, a Dutch marine-tech startup, raised $294,000 in seed funding.",
            "$294,000",
            ("unverifiable", None),
        ),
        ("AVIDIA BANK REPORTS 17% DROP IN DEPOSITS", "17%", ("unverifiable", None)),
        # a model named beside a guessed name still pins a figure to refute
        ("Depseek's R1 scored 91% on AIME 2024.", "91%", ("refuted", "r1-aime-2024")),
        # ... and a name read from a typo never makes a figure certain enough to refute
        (
            "DeepSleek's GPU spending was $100 million over its history.",
            "$100 million",
            ("unverifiable", None),
        ),
        # ... not a name one letter from a model's, nor a short one
        ("Claudia fell 17% on Monday.", "17%", ("unverifiable", None)),
        ("Nvid fell 17% on Monday.", "17%", ("unverifiable", None)),
        # a date given to a model the record does not hold is not a record's date of another
        # event ("planned to release R2 in early May" is no founding in May)
        (
            "Deepsek had planned to release R2 in early May, but now wants it out sooner.",
            "early May",
            ("unverifiable", None),
        ),
        (
            "DeepSeek had planned to release R2 in early May, but now wants it out sooner.",
            "early May",
            ("unverifiable", None),
        ),
        (
            "DeepSeek was spun off from High-Flyer in May 2023.",
            "May 2023",
            ("supported", "deepseek-founding-date-semianalysis"),
        ),
    ],
)
def test_misspelt_names_and_other_models_dates(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a relative clause that governs the figure gives it to the name its "which" stands for,
        # not to a model named after the clause closes
        (
            "V3, which DeepSeek released on January 20, 2025, is the base of R1.",
            "January 20, 2025",
            ("refuted", "v3-release-date"),
        ),
        (
            "V3, which DeepSeek released on December 26, 2024, is the base of R1.",
            "December 26, 2024",
            ("supported", "v3-release-date"),
        ),
        (
            "R1, which DeepSeek released on January 20, 2025, is built on V3.",
            "January 20, 2025",
            ("supported", "r1-release-date"),
        ),
        # (the fifth review's cases, refuted on 276cabe) not a day the clause puts the model
        # after or before, named again in an apposition; not a model the "which" follows as an
        # object ("running V3"); nor a main clause that is the clause's agent ("by Janus-Pro")
        (
            "R1, which arrived weeks after December 26, 2024, the day V3 launched, rivals o1.",
            "December 26, 2024",
            ("supported", "v3-release-date"),
        ),
        (
            "The DeepSeek app, running V3, which launched on January 10, 2025, switched to R1.",
            "January 10, 2025",
            ("supported", "app-launch-date"),
        ),
        (
            "An assistant built around V3, which launched on January 10, 2025, later added R1.",
            "January 10, 2025",
            ("supported", "app-launch-date"),
        ),
        (
            "R1, which costs less than $5.6 million, the price of V3, is cheap to run.",
            "$5.6 million",
            ("supported", "v3-training-cost"),
        ),
        # ... and not a description of another thing ("The app, which ...")
        (
            "The app, which DeepSeek launched on January 10, 2025, runs on V3.",
            "January 10, 2025",
            ("supported", "app-launch-date"),
        ),
    ],
)
def test_a_governing_relative_clause_keeps_its_antecedent(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a bare version after another maker's name inside a sentence closes that name: OpenAI's
        # Whisper V3 is no DeepSeek-V3, Alibaba's Qwen V3 no DeepSeek-V3 (both refuted as V3)
        (
            "OpenAI's Whisper V3 has 1.55 billion parameters, far fewer than DeepSeek's 671"
            " billion.",
            "1.55 billion parameters",
            ("unverifiable", None),
        ),
        (
            "Alibaba's Qwen V3 has 235 billion parameters.",
            "235 billion parameters",
            ("unverifiable", None),
        ),
        # not after a function word, a demonym, its own maker's name or a misspelling of it
        (
            "Unlike V3, R1 was trained with RL for $294,000.",
            "$294,000",
            ("supported", "r1-training-cost"),
        ),
        (
            "The Chinese V3 has 135 billion parameters.",
            "135 billion parameters",
            ("refuted", "v3-total-parameters"),
        ),
        (
            "The lab's V3 has 135 billion parameters.",
            "135 billion parameters",
            ("refuted", "v3-total-parameters"),
        ),
        (
            "The training cost of DeepSeeker R1, for instance, is $6 million.",
            "$6 million",
            ("misleading", "v3-training-cost"),
        ),
    ],
)
def test_a_version_after_another_makers_name_is_that_makers(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    assert judged(text, figure) == expected
