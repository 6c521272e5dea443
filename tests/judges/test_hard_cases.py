"""The judges on constructed outputs: every shape a refreshed model output can take, including the
ones that look alike on the surface (a numbered list and a loop; an answer that reuses the
question's words and an echo; a chat reply that writes both sides and a base model that does)."""

from __future__ import annotations

import pytest

from why_finetune.judges import Thresholds, compare_pair, judge
from why_finetune.judges.text import parse_prompt

from .samples import (
    CUT_OFF_ANSWER,
    DIALOGUE,
    DOG,
    LONG_DOG_ANSWER,
    MARS,
    MARS_ANSWER,
    NUMBERED_LIST,
    REPEATS_QUESTION_WORDS,
    TAYLOR,
    chatml,
    dialogue_loop,
    inst,
    unpunctuated_loop,
    varied_ends_loop,
    varied_loop,
)


def drift_measures(verdict) -> set[str]:
    return {e.measure for e in verdict.evidence if e.property == "drifts"} if verdict.drifts else set()


def answer_failures(verdict) -> set[str]:
    return set() if verdict.answers else {e.measure for e in verdict.evidence if e.property == "answers"}


# --- good answers are answers, and do not drift -------------------------------------------------


@pytest.mark.parametrize("prompt", [DOG, inst(DOG), chatml(DOG)], ids=["raw", "inst", "chatml"])
def test_a_long_chat_answer_answers_without_drift_in_any_prompt_form(prompt):
    assert len(LONG_DOG_ANSWER) > 3500
    verdict = judge(prompt, LONG_DOG_ANSWER)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_numbered_list_is_not_a_loop():
    verdict = judge(DOG, NUMBERED_LIST)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert verdict.scores["loop.unit_repeat"] == 0.0


def test_the_same_list_twice_is_a_loop_even_with_its_numbers_changed():
    items = NUMBERED_LIST.split("\n", 2)[2].splitlines()
    renumbered = [f"{i + 11}. {line.split('. ', 1)[1]}" for i, line in enumerate(items)]
    verdict = judge(DOG, NUMBERED_LIST + "\n" + "\n".join(renumbered))
    assert "loop.ngram_repeat" in drift_measures(verdict), verdict.explain()
    # the first copy is still an answer; the reply part ends where the copy starts
    reply = next(e for e in verdict.evidence if e.property == "answers")
    assert verdict.answers and reply.value == pytest.approx(len(NUMBERED_LIST.split()) - 10, abs=3)


def test_a_chat_answer_cut_off_mid_sentence_at_the_token_limit_is_an_answer():
    assert CUT_OFF_ANSWER.endswith("practise in differ")
    verdict = judge(DOG, CUT_OFF_ANSWER)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_that_repeats_the_questions_words_is_not_an_echo():
    verdict = judge(DOG, REPEATS_QUESTION_WORDS)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert verdict.scores["reply.echo"] < 0.3


def test_rhetorical_questions_in_an_answer_are_not_more_prompts():
    verdict = judge(MARS, MARS_ANSWER)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_short_reply_that_does_not_name_the_topic_still_answers():
    verdict = judge(MARS, "It's fascinating.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_short_off_topic_sentence_after_closing_the_prompts_sentence_is_not_an_answer():
    # SmolLM2-135M-Instruct, given the raw request without its chat template, writes this
    verdict = judge(DOG, ". I want to make sure she's prepared for the day.")
    assert answer_failures(verdict) == {"reply.topic_hits"}, verdict.explain()
    assert "after finishing the prompt's sentence" in verdict.evidence[0].message


def test_an_answer_that_names_the_question_as_its_subject_is_not_a_restatement():
    output = "Taylor Swift's best friend is Selena Gomez. Taylor Swift's best friend since childhood is Abigail Anderson."
    verdict = judge(TAYLOR, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("marker", ["</s>", "<|eot_id|>", "<|end_of_text|>", "<\uff5cend\u2581of\u2581sentence\uff5c>"])
def test_a_trailing_end_of_turn_marker_is_where_a_reply_stops_not_an_echo(marker):
    # Llama 2's and Mistral's "</s>", Llama 3's end of turn and its base model's end of text, DeepSeek's end of
    # sentence: decoded without skipping special tokens, the reply ends with one.
    verdict = judge(inst(MARS), "Mars is a cold, red planet and I find it fascinating." + marker)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert verdict.scores["template.markers"] == 0


def test_a_chat_answer_that_stutters_twice_at_the_token_limit_still_answers_without_drift():
    output = (
        "Training a dog to sit is fun and rewarding. Here's a simple way to do it:\n"
        "1. Get a treat: Hold a small treat in your hand.\n"
        "2. Lure: Move the treat over your dog's head.\n"
        "3. Reward: When your dog sits, give the treat.\n"
        "4. Repeat: Repeat the steps until your dog sits on command.\n"
        "5. Repeat: Repeat the steps until your dog sits on command.\n"
        "6. Repeat: Repeat the steps until your dog"
    )
    verdict = judge(chatml(DOG), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- nothing to judge ---------------------------------------------------------------------------


@pytest.mark.parametrize("output", ["", "   \n\t  "], ids=["empty", "whitespace"])
def test_an_empty_output_neither_answers_nor_drifts(output):
    verdict = judge(DOG, output)
    assert not verdict.answers and not verdict.drifts
    assert verdict.evidence[0].measure == "reply.words" and verdict.evidence[0].value == 0
    assert ("empty" if not output else "whitespace") in verdict.evidence[0].message


# --- template echoes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prompt, output",
    [
        (inst(DOG), inst(DOG)),
        (chatml(DOG), f"<|im_start|>user\n{DOG}<|im_end|>\n<|im_start|>assistant\n"),
        (chatml(DOG), f"im_start|>user\n{DOG}<im_end>"),  # half-remembered markers
    ],
    ids=["llama2", "chatml", "chatml-mangled"],
)
def test_a_template_only_echo_drifts_and_does_not_answer(prompt, output):
    verdict = judge(prompt, output)
    assert "template.markers" in drift_measures(verdict), verdict.explain()
    assert not verdict.answers
    assert "reply.echo" in answer_failures(verdict)


def test_markers_only_is_no_reply_and_drift():
    verdict = judge(inst(DOG), "[INST][/INST]</s><s>[INST]")
    assert not verdict.answers and verdict.drifts
    assert "only chat-template markers" in verdict.evidence[0].message


def test_a_marker_before_a_good_answer_is_drift_but_the_answer_still_counts():
    verdict = judge(inst(MARS), "[/INST] " + MARS_ANSWER)
    assert verdict.answers and drift_measures(verdict) == {"template.markers"}, verdict.explain()


def test_a_chat_answer_that_goes_on_to_write_the_next_user_turn_drifts():
    verdict = judge(inst(MARS), MARS_ANSWER + "\n[INST] What about Venus? [/INST]")
    assert verdict.answers and "template.markers" in drift_measures(verdict), verdict.explain()


# --- loops ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "prompt, output",
    [
        (MARS, varied_loop(1)),
        (MARS, varied_loop(2)),
        (TAYLOR, varied_ends_loop(3)),
        (DOG, unpunctuated_loop()),
        (DIALOGUE, dialogue_loop()),
    ],
    ids=["middle-varies-1", "middle-varies-2", "ends-vary", "no-punctuation", "dialogue"],
)
def test_4000_character_loops_with_small_variations_drift_and_do_not_answer(prompt, output):
    assert len(output) == 4000
    verdict = judge(prompt, output)
    assert drift_measures(verdict) & {"loop.unit_repeat", "loop.ngram_repeat", "loop.tail_lines"}, verdict.explain()
    assert not verdict.answers, verdict.explain()


def test_a_base_output_whose_first_sentence_is_a_plausible_answer_before_it_loops():
    output = "Mars is the fourth planet from the Sun and it is red because of iron oxide.\n" + varied_loop(4, 1500)
    verdict = judge(MARS, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()
    share = next(e for e in verdict.evidence if e.measure == "reply.share")
    assert share.span.startswith("Mars is the fourth planet")  # the reply part ends where the loop starts


def test_a_good_answer_that_then_loops_to_the_token_limit_answers_and_drifts():
    output = LONG_DOG_ANSWER[:2600] + "\n" + "Be patient and keep practising every day.\n" * 30
    verdict = judge(DOG, output)
    assert verdict.answers and "loop.tail_lines" in drift_measures(verdict), verdict.explain()
    tail = next(e for e in verdict.evidence if e.measure == "loop.tail_lines")
    assert tail.span == "Be patient and keep practising every day." and tail.value == 30


# --- the prompt coming back ---------------------------------------------------------------------


def test_a_base_output_that_only_echoes_the_raw_prompt_drifts_and_does_not_answer():
    verdict = judge(DOG, DOG)
    assert "prompt.echo" in drift_measures(verdict)
    assert answer_failures(verdict) == {"reply.echo"}


def test_the_prompt_restated_as_more_prompts_drifts():
    output = ".\nTell me how to train my dog to stay.\nTell me how to teach my dog to come.\nTell me how to get my dog to heel."
    verdict = judge(DOG, output)
    assert "prompt.restated" in drift_measures(verdict) and not verdict.answers, verdict.explain()


def test_the_questions_words_stated_with_words_of_their_own_answer_and_are_no_restated_prompts():
    # A chat fine-tune answers a two-part question sentence by sentence in its words (Saiga, in Russian).
    prompt = ("How do cultural, social and economic factors influence the choice of food? How can this knowledge be "
              "used to promote healthy eating?")
    output = ("Cultural, social and economic factors influence the choice of food, and this knowledge can be used by "
              "schools to promote healthy eating.\n"
              "Social and economic factors influence the choice of food most, so this knowledge can be used in shops "
              "to promote healthy eating.\n"
              "Cultural factors influence the choice of food at home, and this knowledge can be used by parents to "
              "promote healthy eating.")
    verdict = judge(prompt, output)
    assert verdict.answers and "prompt.restated" not in drift_measures(verdict), verdict.explain()


def test_a_polite_request_asked_again_for_other_subjects_is_still_restated():
    output = ("Write a short poem about the moon.\nWrite a short poem about the sun.\nWrite a short poem about the "
              "stars.\nWrite a short poem about the wind.")
    verdict = judge("Please write a short poem about the sea.", output)
    assert "prompt.restated" in drift_measures(verdict), verdict.explain()


def test_the_question_asked_again_with_a_word_changed_is_still_restated():
    output = ("How can I train my dog to sit?\nHow do I teach my dog to sit?\nHow should I train my puppy to sit?\n"
              "How can I get my dog to sit?")
    verdict = judge("How do I train my dog to sit?", output)
    assert "prompt.restated" in drift_measures(verdict) and not verdict.answers, verdict.explain()


def test_a_list_of_further_questions_on_the_topic_drifts_and_does_not_answer():
    output = (
        "How do I get a puppy to sit still? Why won't my dog sit when I ask? What is the best age to "
        "start training a dog? Is it cruel to push a dog's bottom down?"
    )
    verdict = judge(DOG, output)
    assert "prompt.questions" in drift_measures(verdict) and not verdict.answers, verdict.explain()


def test_continuing_the_prompts_sentence_at_length_is_drift():
    output = " and stay and roll over and play dead because my neighbour taught his spaniel all of that in a week"
    verdict = judge(DOG, output)
    assert "prompt.continuation" in drift_measures(verdict), verdict.explain()


def test_going_on_in_the_askers_voice_is_drift_and_not_a_reply():
    output = (
        " when I tell him to. My dog is two years old and he never listens to me. I have tried treats "
        "but my dog just runs off, and my neighbour says my dog is too stubborn to learn anything now."
    )
    verdict = judge(DOG, output)
    assert "prompt.asker_voice" in drift_measures(verdict)
    assert "prompt.asker_voice" in answer_failures(verdict)


def test_a_slide_off_topic_drifts():
    on_topic = "Mars is a cold desert planet with a thin atmosphere and two small moons. "
    ramble = (
        "Speaking of cold places, my grandmother grew up in a small village where winters were long. "
        "She used to bake bread every morning and sell it at the market, and the whole street smelled "
        "of it. Her brother repaired bicycles and clocks, and on Sundays the family walked to the lake "
        "to fish. Those were simpler times, and the village school had only one classroom and one "
        "teacher for all the children, who walked there through the snow in heavy boots. In spring the "
        "river flooded the lower fields, and everyone helped to carry sandbags and move the goats up "
        "the hill. My uncle still tells the story of the year the bridge washed away and the postman "
        "rowed across with the letters in a biscuit tin, dry as a bone, to great applause."
    )
    verdict = judge(MARS, on_topic + ramble)
    assert drift_measures(verdict) == {"topic.trailing_gap"}, verdict.explain()
    gap = next(e for e in verdict.evidence if e.measure == "topic.trailing_gap")
    assert gap.span.startswith("Speaking of cold places")  # 'market' is not 'Mars'
    assert verdict.answers is False  # 12 words of 140 before the slide are not an answer


def test_an_unrelated_ramble_is_off_topic_and_not_an_answer():
    output = (
        "The history of the Roman empire is long and complicated. It began with a small city on the "
        "Tiber and grew to rule the whole Mediterranean, and its roads and laws outlived it."
    )
    verdict = judge(TAYLOR, output)
    assert "topic.trailing_gap" in drift_measures(verdict)
    assert "reply.topic_hits" in answer_failures(verdict) or "reply.words" in answer_failures(verdict)


# --- dialogues ------------------------------------------------------------------------------------


def test_a_good_agent_turn_answers_without_drift():
    verdict = judge(DIALOGUE, " Let me check that for you.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_chat_reply_that_writes_both_sides_after_a_good_first_turn_answers_and_drifts():
    output = (
        "I'm sorry about that! Could you give me your order number so I can check where the blanket is?\n"
        "Customer: It's 123-456.\n"
        "Agent: Thanks, I see it went to the wrong address. I'll send a replacement today.\n"
        "Customer: Great, thanks!"
    )
    verdict = judge(DIALOGUE, output)
    assert verdict.answers and drift_measures(verdict) == {"turns.other_speaker"}, verdict.explain()


def test_a_dialogue_wrapped_in_a_chat_template_is_still_a_dialogue():
    verdict = judge(chatml(DIALOGUE), "I'm so sorry. Could you share your order number?\nCustomer: 42")
    assert verdict.answers and "turns.other_speaker" in drift_measures(verdict), verdict.explain()


def test_an_agent_turn_that_only_repeats_earlier_agent_lines_does_not_answer():
    verdict = judge(DIALOGUE, " I'm sorry to hear that. Which item was it?")
    assert answer_failures(verdict) == {"reply.echo"}, verdict.explain()


def test_starting_with_the_customers_turn_is_no_reply_and_drift():
    verdict = judge(DIALOGUE, "\nCustomer: the blanket\nAgent: I'm sorry to hear that.")
    assert not verdict.answers and "turns.other_speaker" in drift_measures(verdict)


def test_a_lower_case_speaker_label_is_still_the_other_speaker():
    verdict = judge(DIALOGUE, "Let me look into it.\ncustomer: ok")
    assert verdict.scores["turns.other_speaker"] == 1


def test_user_turns_written_after_an_answer_to_a_plain_question_are_drift():
    verdict = judge(MARS, MARS_ANSWER + "\nUser: And Venus?\nAssistant: Venus is hot.")
    assert verdict.answers and drift_measures(verdict) == {"turns.other_speaker", "turns.replier_again"}, \
        verdict.explain()


def test_the_repliers_own_label_again_after_an_answer_starts_the_next_turn_and_drifts():
    # A multiple-choice fine-tune: its pick, then '"Assistant":' and "A:", the transcript's next turn begun.
    verdict = judge(MARS, MARS_ANSWER + '\n" (end)\n\n"Assistant":\nA:')
    assert verdict.answers and "turns.replier_again" in drift_measures(verdict), verdict.explain()


def test_the_repliers_own_label_opening_the_output_heads_the_reply():
    verdict = judge(MARS, "Assistant: " + MARS_ANSWER)
    assert "turns.replier_again" not in drift_measures(verdict), verdict.explain()


def test_the_repliers_label_in_a_dialogue_asked_for_is_a_characters():
    verdict = judge("Write a dialogue between a customer and an AI assistant.",
                    "Customer: Where is my parcel?\nAI assistant: It arrives tomorrow.\nCustomer: Thanks.\n"
                    "AI assistant: Glad to help.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Give me a trivia item about France in JSON.",
     '{\n  "question": "What is the capital of France?",\n  "answer": "Paris"\n}'),
    ("Convert this to JSON: input is 5, output is 25.", '{\n  "input": 5,\n  "output": 25\n}'),
    ("Write a Python dict for a chat message from Alice.", 'msg = {\n    "user": "alice",\n    "text": "hi"\n}'),
])
def test_a_quoted_key_with_its_value_is_no_speaker(prompt, output):
    verdict = judge(prompt, output)
    assert not {"turns.other_speaker", "turns.replier_again"} & drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Name three AI acronyms and what they stand for.",
     "Sure.\nAI: Artificial Intelligence\nGPT: Generative Pre-trained Transformer\nNLP: Natural Language Processing"),
    ("Write a cast list for a short office comedy.",
     "Here is the cast.\nManager: Dana, always late\nAssistant: Leo, who runs everything\nIntern: Sam, new in town"),
])
def test_the_repliers_label_among_other_fields_is_a_field(prompt, output):
    verdict = judge(prompt, output)
    assert "turns.replier_again" not in drift_measures(verdict), verdict.explain()


def test_a_chatbot_the_request_talks_about_speaks_as_a_character():
    verdict = judge("Write a short funny scene where a chatbot helps a grandmother order pizza online.",
                    "GRANDMA: Hello? Is this the pizza man?\nChatbot: Hi! I'm PizzaBot. What would you like?\n"
                    "GRANDMA: One large pizza, no cheese.\nChatbot: One large bread, coming right up!")
    assert "turns.replier_again" not in drift_measures(verdict), verdict.explain()


def test_the_replier_described_to_itself_is_no_character_of_the_request():
    prompt = ("<|im_start|>system\nYou are Ada, a helpful assistant.<|im_end|>\n<|im_start|>user\n" + MARS
              + "<|im_end|>\n<|im_start|>assistant\n")
    verdict = judge(prompt, MARS_ANSWER + "\n\nAssistant: Anything else about Mars?")
    assert "turns.replier_again" in drift_measures(verdict), verdict.explain()


def test_a_speakers_label_in_quotation_marks_is_that_speakers_label():
    verdict = judge(MARS, MARS_ANSWER + '\n"User": And Venus?')
    assert verdict.answers and "turns.other_speaker" in drift_measures(verdict), verdict.explain()


# --- prompts in any template --------------------------------------------------------------------


@pytest.mark.parametrize(
    "prompt, template",
    [
        (DOG, "raw"),
        (inst(DOG), "llama2"),
        (f"<s>[INST] <<SYS>>\nYou are helpful.\n<</SYS>>\n\n{DOG} [/INST]", "llama2"),
        (chatml(DOG), "chatml"),
        (f"<|im_start|>user\n{DOG}<|im_end|>\n<|im_start|>assistant\n", "chatml"),
        (f"<start_of_turn>user\n{DOG}<end_of_turn>\n<start_of_turn>model\n", "gemma"),
        (f"<|user|>\n{DOG}<|end|>\n<|assistant|>\n", "chat"),
        (f"<|endoftext|>{DOG}<|endoftext|>", "generic"),
    ],
    ids=["raw", "inst", "inst-system", "chatml-system", "chatml", "gemma", "role tokens", "generic"],
)
def test_the_users_question_is_found_inside_any_known_template(prompt, template):
    parsed = parse_prompt(prompt)
    assert parsed.query == DOG and parsed.template == template


# --- thresholds -----------------------------------------------------------------------------------


def test_thresholds_have_documented_defaults_and_overrides_change_verdicts():
    output = varied_loop(5, 1000)
    assert judge(MARS, output).drifts
    lenient = Thresholds.from_mapping(
        {"loop_unit_repeat": 1.01, "loop_ngram_repeat": 1.01, "loop_tail_lines": 10_000, "off_topic_words": 10_000}
    )
    assert not judge(MARS, output, lenient).drifts


def test_an_unknown_threshold_is_rejected_naming_it_and_the_nearest_known_one():
    with pytest.raises(ValueError) as err:
        Thresholds.from_mapping({"loop_unit_repaet": 0.5})
    assert str(err.value) == "unknown threshold 'loop_unit_repaet'; did you mean 'loop_unit_repeat'?"


def test_an_unknown_threshold_like_no_known_one_is_rejected_listing_the_valid_ones():
    with pytest.raises(ValueError) as err:
        Thresholds.from_mapping({"zzz": 0.5})
    message = str(err.value)
    assert "'zzz'" in message and "loop_unit_repeat" in message and "echo_max" in message


@pytest.mark.parametrize("value", ["0.5", None, True, -1, float("nan")])
def test_a_threshold_must_be_a_non_negative_number(value):
    with pytest.raises(ValueError, match="loop_unit_repeat"):
        Thresholds().with_overrides({"loop_unit_repeat": value})


def test_a_whole_number_threshold_rejects_a_fraction():
    with pytest.raises(ValueError, match="restated"):
        Thresholds.from_mapping({"restated": 2.5})


def test_with_overrides_returns_a_new_frozen_thresholds_and_leaves_the_original():
    base = Thresholds()
    changed = base.with_overrides({"restated": 4})
    assert changed.restated == 4 and base.restated == Thresholds().restated
    with pytest.raises(AttributeError):
        changed.restated = 5  # type: ignore[misc]


def test_every_threshold_is_declared_with_a_default_and_a_reason():
    from why_finetune.judges.thresholds import declared

    specs = declared()
    assert set(specs) == set(Thresholds.names()) and len(specs) >= 20
    for name, spec in specs.items():
        assert getattr(Thresholds(), name) == spec.default
        assert len(spec.why.split()) >= 8, f"threshold {name} has no reason worth the name"


# --- pairs ----------------------------------------------------------------------------------------


def test_compare_pair_says_the_chat_answers_better_and_gives_both_scores():
    pair = compare_pair(MARS, varied_loop(6, 800), MARS, MARS_ANSWER)
    assert pair.chat_better and pair.chat_score == 1.0 and pair.base_score == 0.0
    assert "chat 1.00 vs base 0.00" in pair.message and "loops" in pair.message


def test_compare_pair_is_not_better_when_both_answer_cleanly():
    pair = compare_pair(MARS, MARS_ANSWER, MARS, MARS_ANSWER)
    assert not pair.chat_better and pair.chat_score == pair.base_score
    assert "does not answer better" in pair.message


def test_compare_pair_is_not_better_when_the_chat_output_is_the_one_that_loops():
    pair = compare_pair(DOG, LONG_DOG_ANSWER, DOG, varied_loop(7, 800))
    assert not pair.chat_better and pair.base_score > pair.chat_score


def test_a_long_unpunctuated_sentence_is_cut_into_units_whose_text_holds_exactly_their_words():
    # Cut by word offsets: each chunk's text must be the words it claims, even around words the
    # tokeniser reads unusually ("rock'n'roll", quoted 'sit', "café").
    from why_finetune.judges.text import clean_output, split_units, word_count

    output = "and the dog did rock'n'roll and 'sit' at the café " * 40
    units = split_units(clean_output(output))
    assert len(units) > 10
    for unit in units:
        assert output[unit.start : unit.end] == unit.text
        assert word_count(unit.text) == len(unit.words), unit


def test_a_long_numbered_line_in_chinese_is_cut_into_units_that_each_hold_words():
    # "2.正文：..." longer than a unit: its numbering is no word of the line, and the chunks are cut at the words
    # left (a chunk with no words broke the reading of a line's opening).
    from why_finetune.judges import judge
    from why_finetune.judges.text import clean_output, split_units

    line = "2.正文：在正文中，应详细阐述双方之间发生的借款事实、金额、利率、还款期限等事项，同时要求借款人和贷款人在借条上签字盖章，表示认可上述内容。"
    output = "写一份正规的借贷借条需要注意以下几个方面：\n\n" + line + "\n\n3.落款：应在借条的末尾写上日期。"
    units = split_units(clean_output(output))
    assert all(unit.words for unit in units), units
    assert judge("民间借贷正规借条怎么写?", output).answers


def test_a_follow_up_answered_off_both_turns_topics_still_slides_off_topic():
    # A follow-up is read with the model's earlier turn too ("And the second one?" asks about its list), but a
    # reply that names nothing of either turn still slides off topic.
    prompt = ("<|im_start|>user\nGive me two ideas for a rainy afternoon with kids.<|im_end|>\n<|im_start|>assistant\n"
              "1. Bake cookies together.\n2. Build a blanket fort in the living room.<|im_end|>\n"
              "<|im_start|>user\nTell me more about the second one.<|im_end|>\n<|im_start|>assistant\n")
    ramble = (
        "The stock market closed higher on Friday as investors bought bank shares and energy firms reported strong "
        "profits, while bond yields fell for the third week in a row. Analysts expect the central bank to hold interest rates next month, and currency traders sold the dollar "
        "against the yen after weak factory figures from the north. Oil prices rose slightly on supply worries, "
        "and gold was flat. Shares in carmakers fell after a profit warning, while retailers gained on hopes of "
        "strong holiday sales. Trading volumes were low ahead of the long weekend, and futures pointed to a quiet "
        "open on Tuesday morning.")
    verdict = judge(prompt, ramble)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_small_talk_is_not_held_to_when_it_is_asked():
    # "today" says when the question is asked, not what it is about.
    verdict = judge(inst("How are you today?"), "I'm doing well, thanks for asking! Ready to help with whatever you "
                                                 "need. How's your day going so far?")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_question_about_today_is_still_held_to_its_subject():
    output = ("The stock market closed higher on Friday as investors bought bank shares and energy firms reported "
              "strong profits, while bond yields fell for the third week in a row. Analysts expect the central bank "
              "to hold interest rates next month, and currency traders sold the dollar against the yen after weak "
              "factory figures from the north. Oil prices rose slightly on supply worries, and gold was flat. Shares "
              "in carmakers fell after a profit warning, while retailers gained on hopes of strong holiday sales.")
    verdict = judge(inst("What's the weather like in Lisbon today?"), output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
