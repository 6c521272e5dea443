"""The shapes on which the judges went wrong on other base models and their fine-tunes,
each on constructed outputs written for these tests (not copied from any labelled corpus).

* a short answer that is a label, to a prompt that asks to classify, pick or identify;
* an answer, then invented "Instruction:/Response:" or "Input:/Output:" examples: answers AND drifts;
* the prompt's own genre continued (the next request, more questions of its kind, in any language):
  drift, and no answer;
* a new example of the prompt's own format after an answer: drift;
* work on a passage (a summary, an extraction) is not an echo; a request to summarise a
  conversation is not a dialogue to continue;
* an answer naming instances of the topic is on topic; parallel "If you're in X ..." sentences are no loop;
* only a question back, in the asker's voice, is no answer;
* other scripts: a reply in Chinese or Russian is read as words, the same rules apply.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.question import asks_for_a_question
from why_finetune.judges.text import parse_prompt

from .samples import inst

# --- a short label ---------------------------------------------------------------------------------

REVIEW = ("Classify the customer review below as Positive, Negative or Mixed.\n\n"
          "Review: The hotel room was spotless and the staff were lovely.\nLabel:")


def test_a_one_word_label_answers_a_classification_prompt_and_is_not_an_echo_of_its_options():
    verdict = judge(REVIEW, " Positive")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_label_answers_a_prompt_that_asks_for_it_in_the_passive():
    prompt = "The review below must be categorized as positive or negative.\n\nThe soup was cold and the waiter rude."
    verdict = judge(prompt, "negative")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_label_answers_a_classification_in_the_instruct_output_template():
    # "Instruct: ...\nOutput:" (phi-2's instruction format) is a template around one task, not a dialogue.
    prompt = ("Instruct: Classify the headline below as Sports or Politics.\n\n"
              "Headline: Minister resigns after budget vote\nOutput:")
    verdict = judge(prompt, "Politics")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_one_letter_option_answers_a_pick_prompt():
    prompt = "Pick the odd one out. A) apple B) pear C) hammer D) plum\nAnswer:"
    verdict = judge(prompt, " C")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_identify_prompts_are_answered_by_a_name():
    verdict = judge("Identify the instrument described: it has 88 keys and hammers that strike strings.", "Piano")
    assert verdict.answers, verdict.explain()


# --- a short answer to a question in a one-question template, in any script ---------------------
# A prompt made of one labelled field and an open field after it ("### Human: ... ### Assistant:",
# "Q: ...\nA:", "指示：...\n回答：") is a template around one question, not a dialogue: the question
# is the field's text. Its answer may be a word, a number or a pick from the prompt's own words.


def test_a_one_word_answer_in_a_human_assistant_template_answers():
    verdict = judge("### Human: What colour is grass?\n### Assistant:", " Green")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_one_line_human_assistant_template_after_a_preamble_is_one_question():
    prompt = ("A chat between a curious human and an artificial intelligence assistant. ### Human: "
              "What is the largest planet of the solar system? ### Assistant:")
    verdict = judge(prompt, " Jupiter is the largest planet of the solar system.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# Chat formats written with role labels: Vicuna's one line ("... questions. USER: ... ASSISTANT:"), a
# SYSTEM turn, or a system text before "User:" and "Assistant:" lines. The system text is not the question:
# a polite reply that names its words ("helpful", "detailed", "questions") and not the question's is off topic.
POLITE_RAMBLE = (" Thank you for your questions! I always try to give helpful, detailed and polite answers to everyone "
                 "who writes to me, and I hope you have a curious and pleasant day.")
PLANET = "What is the largest planet of the solar system?"
SYSTEM_TEXT = ("A chat between a curious user and an artificial intelligence assistant. The assistant gives helpful, "
               "detailed, and polite answers to the user's questions.")


@pytest.mark.parametrize("prompt", [
    f"{SYSTEM_TEXT} USER: {PLANET} ASSISTANT:",
    f"SYSTEM: {SYSTEM_TEXT}\nUSER: {PLANET}\nASSISTANT:",
    f"{SYSTEM_TEXT}\n\nUser: {PLANET}\n\nAssistant:",
], ids=["vicuna one line", "system turn", "system text before the turns"])
def test_the_system_text_of_a_role_labelled_chat_format_is_not_the_question(prompt):
    assert not judge(prompt, POLITE_RAMBLE).answers, judge(prompt, POLITE_RAMBLE).explain()
    verdict = judge(prompt, " Jupiter is the largest planet of the solar system.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_user_and_assistant_conversation_is_a_chat_history_whose_last_user_turn_asks():
    # Not one question in a field template: a chat's history, whose earlier turns are not the question either.
    prompt = "User: Hi!\nAssistant: Hello, how can I help?\nUser: " + PLANET + "\nAssistant:"
    assert parse_prompt(prompt).template == "chat"
    assert parse_prompt(prompt).query == PLANET
    assert not judge(prompt, POLITE_RAMBLE).answers, judge(prompt, POLITE_RAMBLE).explain()


@pytest.mark.parametrize("prompt", [
    "Agent: Hello, how can I help?\nCustomer: My blanket never arrived.\nAgent: I'm sorry to hear that.\nCustomer: "
    "What can you do?\nAgent:",
    "Q: What is 2 + 2?\nA: 4\nQ: What is the capital of France?\nA:",
    "Assistant: Hello!\nBot: Hi there.\nAssistant: How are you?\nBot:",
], ids=["speakers of a transcript", "a few-shot page", "two assistants"])
def test_other_speakers_taking_turns_are_still_a_conversation_to_continue(prompt):
    assert parse_prompt(prompt).template not in ("fields", "chat")


def test_a_number_answers_a_question_holding_numbers_in_any_script():
    verdict = judge("指示：6かける4は？\n回答：", "24")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_number_with_its_counter_word_is_not_list_numbering():
    verdict = judge("篮子里有5个橘子，吃了2个，还剩几个？", "3个")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_statement_that_turns_a_question_into_its_answer_is_not_an_echo_in_any_script():
    verdict = judge("把蓝色和黄色混在一起是什么颜色？", "蓝色和黄色混在一起是绿色。")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_name_picked_from_the_prompts_passage_answers_a_question_about_it():
    prompt = "Ana, Ben and Carl ran a race. Carl won and Ben came last. Who came second?"
    verdict = judge(prompt, "Ana")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_option_picked_from_the_prompt_answers_and_is_not_an_echo():
    prompt = "Which of these is a fruit?\nA. Hammer\nB. Apple\nC. Brick\nAnswer:"
    verdict = judge(prompt, " B. Apple")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_word_of_the_question_itself_is_still_no_answer():
    verdict = judge("### Human: What is the capital of France?\n### Assistant:", " France")
    assert not verdict.answers, verdict.explain()


def test_the_question_said_again_in_a_one_question_template_is_still_an_echo():
    verdict = judge("Q: What is the tallest mountain in Africa?\nA:", " What is the tallest mountain in Africa?")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- an answer, then invented examples -----------------------------------------------------------

STORM = "Explain why thunder follows lightning."
STORM_ANSWER = ("Lightning heats the air around it so fast that the air expands with a bang. Light travels "
                "much faster than sound, so you see the flash first and hear the thunder a little later.")


def test_an_answer_then_invented_instruction_response_examples_answers_and_drifts():
    output = (STORM_ANSWER + "\n\nInstruction:\nName three planets with rings.\n\nResponse:\nSaturn, Jupiter and "
              "Uranus all have rings, Saturn's the brightest.\n\nInstruction:\nWhat is a haiku?\n\nResponse:\n"
              "A haiku is a short poem of three lines in five, seven and five syllables, often about nature. "
              "It started in Japan and is still written there every day by many people.\n\nInstruction:\n"
              "Give me a word that rhymes with cat.\n\nResponse:\nHat.")
    verdict = judge(STORM, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert STORM_ANSWER.split(".")[0] in next(e.span for e in verdict.evidence if e.property == "answers")


def test_a_label_then_more_input_output_pairs_answers_and_drifts():
    output = (" Positive\n\nReview: The food was cold and the waiter was rude.\nLabel: Negative\n\n"
              "Review: Nice view, but the bed was too soft.\nLabel: Mixed\n\nReview: Great stay.\nLabel: Positive")
    verdict = judge(REVIEW, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert any(e.measure == "prompt.format" for e in verdict.evidence if e.property == "drifts"), verdict.explain()


def test_a_first_paragraph_of_two_sentences_then_a_loop_answers_and_drifts():
    # "its first part gives a relevant response, whatever follows": two sentences are a first paragraph,
    # when the prompt cues a reply (here phi-2's "Instruct: ...\nOutput:" template).
    output = ("Thunder is the sound of air heated by lightning expanding all at once. You hear it after the "
              "flash because light travels faster than the sound of thunder. " + "The sound was loud and the flash was bright. " * 30)
    verdict = judge(f"Instruct: {STORM}\nOutput:", output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_bare_question_continued_by_two_facts_then_a_loop_is_still_no_answer():
    # A base model given the bare question continues a page: its first facts, then a loop (the local
    # pair's gemma-3-270m on Mars). The course reads that as no answer.
    output = ("\n\nThunder storms are common in summer across the plains. The lightning season there lasts "
              "for several months every year. " + "The storm is loud and the rain is heavy. " * 30)
    verdict = judge(STORM, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_list_of_instances_then_a_loop_answers_and_drifts():
    prompt = "Suggest some crime TV shows."
    output = ("Luther, Broadchurch, Happy Valley, Line of Duty, Sherlock, Vera, Shetland, The Fall, The Bridge, "
              "The Killing" + ", The Fall, The Bridge, The Killing" * 20)
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_one_plausible_sentence_then_a_loop_is_still_no_answer():
    output = "I think thunder is very loud and scary sometimes. " + "I think the thunder is loud. " * 30
    verdict = judge(STORM, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- the prompt's genre continued ----------------------------------------------------------------


def test_the_next_request_instead_of_an_answer_drifts_and_does_not_answer():
    prompt = "Write a short toast for my sister's wedding."
    output = ("\nWrite a short speech for my brother's graduation.\nWrite a thank-you note to my teacher.\n")
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_more_questions_of_the_same_kind_drift_and_do_not_answer():
    prompt = "What is the boiling point of water at sea level?"
    output = "What is the boiling point of milk at sea level?\nWhat is the freezing point of water on a mountain?"
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_the_next_request_in_the_prompts_own_language_drifts():
    prompt = "Напиши короткое стихотворение о зиме."
    output = "Напиши короткое стихотворение о весне.\nНапиши короткий рассказ о лете."
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_answer_then_the_next_request_answers_and_drifts():
    prompt = "Give me a name for a bakery."
    output = "The Rolling Pin.\nGive me a name for a flower shop.\nBloom Room."
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_next_request_with_the_other_article_is_still_the_next_request():
    # "Write an ..." after "Write a ...": the article changes with the next word, the request's opening does not.
    # A paragraph of its own, as a next request stands (an item of the reply's list shares the verb too).
    prompt = "Write a title for a blog post about saving money on groceries."
    output = "Ten Small Habits That Cut Your Grocery Bill.\n\nWrite an opening line for a blog post about meal planning."
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


# The prompt begun again after the answer and cut by the token limit: its copy cannot end as the prompt does, it has
# no end at all; its words are the prompt's first words. After an Italian quiz put to Minerva 7B instruct.
QUIZ = ("Rispondi alla seguente domanda in modo chiaro e conciso: In che anno è nato Dante? Produci solo risposte del "
        "seguente tipo: un anno.")


@pytest.mark.parametrize("prompt, output", [
    (QUIZ, "\n1265\n\nRispondi alla seguente domanda in modo chiaro"),
    ("Answer the following question in one word: what is the capital of Peru?", "Lima.\nAnswer the following question"),
])
def test_an_answer_then_the_prompt_begun_again_and_cut_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    (QUIZ, "Rispondi alla seguente domanda in modo chiaro"),  # the output's first line: an echo, read as such
    # Three words are too few to tell the prompt begun again from a reply's own last words.
    ("Answer the following question in one word: what is the capital of Peru?", "Lima.\n\nAnswer the following"),
    ("Answer the following question in one word: what is the capital of Peru?",
     "Lima.\nAnswer the following in one word too"),
    # A poem asked to end on the request's own line, its refrain: the line is the poem's.
    ("Do not go gentle into that good night: write a short poem about my grandfather that ends with that line as its "
     "refrain.", "He fixed the fence in winter light,\nhe whistled through the longest fight,\n"
                 "Do not go gentle into that good night"),
])
def test_a_last_line_cut_that_is_not_the_prompts_first_words_after_an_answer_is_no_copy_of_it(prompt, output):
    from why_finetune.judges.echo import prompt_opening
    from why_finetune.judges.judging import DEFAULT_THRESHOLDS, Reading
    finding = prompt_opening(Reading(prompt, output, DEFAULT_THRESHOLDS), DEFAULT_THRESHOLDS)
    assert finding is None or not finding.holds, judge(prompt, output).explain()


@pytest.mark.parametrize("prompt, output", [
    ("Photosynthesis is a vital process for life on Earth. Could you outline its two main stages?",
     "Sure!\nPhotosynthesis is a process in which plants turn light into chemical energy. Its two main stages "
     "are the light-dependent reactions, which make ATP and NADPH, and the Calvin cycle, which fixes carbon dioxide."),
    ("The stock market has been volatile this year. What should a beginner do?",
     "Good question!\nThe stock market can be scary for beginners. Start with a broad index fund, invest a fixed "
     "amount each month, and avoid checking prices every day."),
], ids=["greeting, then the subject stated", "a lead-in, then the subject stated"])
def test_a_line_opening_as_the_statement_that_sets_up_the_question_is_an_answer_not_the_next_request(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_request_then_a_question_about_it_is_still_a_request_its_next_ones_repeat():
    # "Write a haiku ... Could you make it sad?" opens with a request, not a statement setting up a question.
    prompt = "Write a haiku about autumn. Could you make it sad?"
    output = ("Red leaves fall alone\nthe cold wind forgets their names\nthe branch stays silent\n\n"
              "Write a haiku about spring.\n\nWrite a haiku about winter.")
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_chat_written_on_the_answers_line_is_read_as_turns_and_not_catching_the_request_is_no_answer():
    prompt = "USER: Write a limerick about a cat.\nASSISTANT:"
    output = ("I'm sorry, I didn't quite catch that. USER: Write a limerick about a cat. ASSISTANT: I'm sorry, I "
              "didn't quite catch that.")
    verdict = judge(prompt, output)
    assert not verdict.answers and "turns.other_speaker" in [e.measure for e in verdict.evidence
                                                             if e.property == "drifts"], verdict.explain()


# --- a new example of the prompt's format --------------------------------------------------------


def test_a_new_example_of_the_prompts_labelled_fields_after_an_answer_is_drift():
    prompt = "Turn the sentence into a question.\n\nSentence: The museum opens at nine.\nQuestion:"
    output = " When does the museum open?\n\nSentence: The train leaves from platform two.\nQuestion:"
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_an_answer_that_uses_no_field_of_the_prompt_does_not_drift():
    prompt = "Turn the sentence into a question.\n\nSentence: The museum opens at nine.\nQuestion:"
    verdict = judge(prompt, " When does the museum open?")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- work on a passage ---------------------------------------------------------------------------


def test_an_extraction_from_a_passage_is_not_an_echo():
    prompt = ("Extract the names of the cities from this text: The tour starts in Lisbon, crosses into "
              "Seville for two nights and ends in Granada after a day of walking.")
    verdict = judge(prompt, "Lisbon, Seville, Granada")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_request_to_summarise_a_conversation_is_not_a_dialogue_to_continue():
    prompt = ("Summarize the conversation below in one sentence.\n\n"
              "Tom: Are we still meeting at six?\nAnna: Yes, but at the cafe, not the office.\n"
              "Tom: Fine, I'll bring the slides.")
    output = "Tom and Anna confirm they will meet at six at the cafe instead of the office, and Tom will bring the slides."
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- instances, not the topic's words ------------------------------------------------------------


def test_an_answer_naming_instances_of_the_topic_is_on_topic():
    prompt = "Which pets are easy to care for in a small flat?"
    output = ("Goldfish, hamsters, budgies and cats all do well in a small space. A cat needs a litter tray and "
              "a scratching post, a hamster a cage with a wheel, and fish only a clean tank and food once a day.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_listing_instances_in_a_sentence_never_naming_the_topic_is_on_topic():
    # Boots, a jacket, a map are what "pack for hiking" asks for; none of them says "pack" or "hiking".
    prompt = "What should I pack for a weekend of hiking?"
    output = ("Boots, a rain jacket, a map, water and some snacks. Wear wool socks rather than cotton ones "
              "and break the boots in before you leave.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_list_after_a_lead_in_names_instances_of_the_topic_too():
    # Sunlight, water and carbon dioxide are what photosynthesis is made of; the answer never says the word.
    prompt = "Explain how photosynthesis works."
    output = ("Plants take in sunlight, water and carbon dioxide through their leaves and roots. Inside the leaf, "
              "chlorophyll captures the light and uses its energy to build sugar, and oxygen goes into the air.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_page_naming_a_pair_of_things_is_no_list_of_instances():
    prompt = "Explain how photosynthesis works."
    output = ("Our shop opens at nine and sells fresh bread and cakes. Call us to order a birthday cake for your "
              "party, or visit us on Sundays when the whole family bakes together in the back room.")
    verdict = judge(prompt, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_a_numbered_list_run_into_one_line_is_a_list_of_instances_too():
    prompt = "Suggest some things to do with children on a rainy afternoon."
    output = ("1. Bake bread together 2. Build a blanket fort in the living room 3. Play cards or a board game "
              "4. Paint stones from the garden 5. Watch an old film with popcorn")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_ramble_that_never_names_the_topic_and_lists_nothing_is_still_off_topic():
    prompt = "What should I pack for a weekend of hiking?"
    output = ("The committee met on Tuesday to discuss the budget for next year. Several members argued that "
              "the library deserved more money than the swimming pool, and the vote was postponed.")
    verdict = judge(prompt, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_parallel_if_you_are_in_sentences_are_not_a_loop():
    prompt = "What should I eat on a trip to Asia?"
    output = ("Try the street food wherever you go. If you're in Bangkok, you should eat pad thai at a night "
              "market. If you're in Tokyo, you should eat ramen near the station. If you're in Hanoi, you should "
              "eat pho for breakfast. If you're in Seoul, you should eat bibimbap in a small family restaurant.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- only a question back -------------------------------------------------------------------------


def test_only_a_question_back_in_the_askers_voice_is_no_answer():
    verdict = judge("How do I keep basil alive indoors?", "Could you give me a few more tips on that?")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("output", [
    "I would like to know how I can earn one million dollars.",
    "- I want to write a list of ways to earn money on a small budget.",
    "I'm looking for a few good tips to earn money. Can you help?",
    "I was wondering if there is a simple way to earn money on a budget.",
])
def test_only_a_wish_to_be_told_in_the_askers_voice_is_no_answer(output):
    verdict = judge(inst("Tell me how to earn money with a small budget."), output)
    assert not verdict.answers, verdict.explain()
    assert any(e.measure == "reply.question_back" for e in verdict.evidence), verdict.explain()


@pytest.mark.parametrize("output", [
    "I would like to point out that there is no quick way to earn money. Start by saving a little every month.",
    "I'd like to share a few tips: save first, spend later, and put your savings in a low-cost index fund.",
    "I want to help you with that. Saving money every month and investing it in an index fund works best.",
])
def test_the_repliers_own_wish_before_an_answer_is_a_reply(output):
    verdict = judge(inst("Tell me how to earn money with a small budget."), output)
    assert verdict.answers, verdict.explain()


def test_a_question_in_the_prompts_reply_field_asks_instead_of_answering():
    # "### Response:" is the field for the reply, not for a question: the question there is the
    # prompt's genre continued.
    prompt = "### Instruction:\nName the two highest mountains in Japan after Mount Fuji.\n\n### Response:"
    verdict = judge(prompt, "Which is the next highest mountain in Japan after Mount Fuji?")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_question_back_in_a_raw_prompts_answer_field_asks_instead_of_answering():
    # "Answer:" is the reply's field, though the request says "respond to the question".
    prompt = "Please respond to the question below.\n\nWhat is the capital of France?\n\nAnswer:"
    verdict = judge(prompt, " What is the capital city of France called? Is France in Europe?")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_riddle_asked_for_opens_with_its_question_and_answers():
    verdict = judge("Tell me a joke about computers.", "Why did the computer go to the doctor? Because it had a virus!")
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "asks instead of answering" not in verdict.explain()


@pytest.mark.parametrize("request_", [
    "What is the title of the first Harry Potter book?",
    "How do I change the title of my Word document?",
    "Give a short answer to this question: what is two plus two?",
    "What is the best way to handle tough questions in an interview?",
    "निम्नलिखित प्रश्न का उत्तर लिखिए: भारत की राजधानी क्या है?",
    "次の質問への答えを書いてください：日本の首都はどこですか？",
    "我的电脑出现问题怎么办？",
])
def test_a_request_that_names_a_question_without_asking_for_one_is_not_read_as_asking_for_one(request_):
    assert not asks_for_a_question(request_)


def test_three_questions_back_and_nothing_else_ask_instead_of_answering():
    verdict = judge("Design a study plan for learning Spanish.",
                    "How many hours a week can you study? Do you already know some Spanish? What is your goal: travel, "
                    "work or exams?")
    assert not verdict.answers, verdict.explain()


def test_new_questions_of_the_askers_kind_in_chinese_are_no_answer():
    verdict = judge("请回答下面的问题：中国最长的河流是哪一条？",
                    "\n中国最高的山是哪一座？\n中国最大的湖泊是哪一个？\n中国人口最多的城市是哪一个？")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_clarifying_question_to_the_asker_in_the_repliers_voice_is_still_a_reply():
    verdict = judge("How do I keep basil alive indoors?",
                    "Happy to help! Is your basil on a windowsill, and how often do you water it?")
    assert verdict.answers, verdict.explain()


def test_a_clarifying_question_opening_the_output_is_a_reply_and_no_drift():
    # A chat model asks what is meant before answering (an SFT model on "Are there any weird Christmas traditions?").
    verdict = judge("Are there any weird Christmas traditions?",
                    "Do you mean weird Christmas traditions that people celebrate, or ones that people make fun of?")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_more_labelled_questions_of_the_prompts_kind_still_drift():
    verdict = judge("Interview question: Why do you want to work here?",
                    "Interview question: What would you change about your last job?\nInterview question: Where do you "
                    "see yourself in five years?")
    assert verdict.drifts, verdict.explain()


def test_questions_in_the_askers_own_voice_or_many_of_them_still_drift():
    for output in ("Can you tell me some weird Christmas traditions I could try this year?",
                   "Do you know weird Christmas traditions? Are Christmas traditions in Iceland weird? Do you have "
                   "weird Christmas traditions at home?"):
        verdict = judge("Are there any weird Christmas traditions?", output)
        assert verdict.drifts, verdict.explain()


# --- other scripts ----------------------------------------------------------------------------------


def test_a_chinese_answer_is_read_as_words_and_answers():
    verdict = judge("天空为什么是蓝色的？", "因为阳光在大气中被散射，蓝光的波长较短，散射得更多，所以天空看起来是蓝色的。")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_chinese_loop_is_a_loop():
    verdict = judge("天空为什么是蓝色的？", "我不知道。" * 40)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_unrelated_web_text_in_reply_to_a_japanese_question_is_off_topic():
    # Two Han or Katakana characters in a row (太陽, 地球) are the question's topic words, as words are elsewhere.
    prompt = "指示：太陽と地球はどちらが重いですか？\n回答："
    output = ("【送料無料】北欧デザインのソファベッド、組立簡単。人気商品のため在庫切れの場合がございます。"
              "ご注文の前にお問い合わせください。お届けまで二週間ほどいただきます。")
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_new_request_of_the_prompts_kind_in_japanese_is_no_answer():
    # It names one of the question's words (出力), but it ends as the request does (...ください): the
    # prompt's genre continued, a request for something else, not the code asked for.
    prompt = "指示：フィボナッチ数列を出力するpythonコードを書いてください。\n回答："
    output = "入力した数と、出力される数列のペアを表にしてください。(例)1, 1, 2, 3 (答え)(以上です。)"
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_new_request_of_the_prompts_kind_in_one_long_japanese_sentence_is_no_answer():
    # Fifty characters, so the loop measures cut the sentence into pieces; the request ending (...さい) is
    # read at the end of the whole sentence, not of its first piece.
    prompt = ("以下はタスクを説明する指示です。要求を適切に満たすような返答を書いてください。\n\n"
              "###指示: 明治維新の背景を説明し、これが日本の近代化に及ぼした影響について述べてください。\n###返答:")
    output = "江戸幕府の政治体制がどのようにして崩れたかを説明し、それが日本の近代化と社会の変化に与えた影響について述べてください。"
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_japanese_answer_opening_each_long_sentence_with_the_questions_words_restates_nothing():
    # Each sentence is longer than a unit, so the loop measures cut it into pieces; a piece that says the
    # question's characters is no restated question, which is a sentence of its own.
    prompt = "スマートフォンとタブレットの違いは何ですか？"
    output = ("スマートフォンとタブレットの違いは、まず画面の大きさにあり、スマートフォンは片手で持てる大きさですがタブレットは"
              "もっと大きな画面を持っています。スマートフォンとタブレットの違いは、次に通話の機能にあり、スマートフォンは電話と"
              "して使えますがタブレットの多くは電話として使えません。スマートフォンとタブレットの違いは、さらに持ち運びやすさに"
              "あり、スマートフォンはポケットに入りますがタブレットはかばんが必要になります。")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert verdict.scores["prompt.restated"] == 0, verdict.explain()


def test_long_japanese_advice_after_a_request_in_the_plain_te_form_is_no_new_request():
    # The request ends "…説明して。" (no ください): a long first sentence ending "…ようにして。" is advice, whose
    # verb is not the request's.
    prompt = "パスワードを安全に管理する方法を説明して。"
    output = ("パスワードは使い回さず、サービスごとに長くて推測されにくいものを作り、パスワード管理アプリにまとめて保存する"
              "ようにして。さらに、二段階認証を有効にすると安全性が大きく高まります。")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_new_question_of_the_prompts_kind_in_japanese_asks_instead_of_answering():
    # Its words are the question's pairs of characters (富士, 日本), read in the characters as written.
    prompt = ("以下はタスクを説明する指示です。要求を適切に満たすような返答を書いてください。\n\n"
              "###指示: 富士山は日本で最も高い山ですが、それに次ぐ高さの山を二つ挙げてください。\n###返答:")
    verdict = judge(prompt, "富士山の次に日本で高い山はどこですか？")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_japanese_answer_opening_with_the_question_it_answers_still_answers():
    prompt = ("以下はタスクを説明する指示です。要求を適切に満たすような返答を書いてください。\n\n"
              "###指示: 富士山は日本で最も高い山ですが、それに次ぐ高さの山を二つ挙げてください。\n###返答:")
    output = ("富士山の次に高い山はどこでしょうか？二番目は南アルプスの北岳で、標高は3,193メートルです。"
              "三番目は奥穂高岳と間ノ岳で、どちらも3,190メートルです。")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_english_reply_to_a_japanese_question_is_not_held_to_its_characters():
    prompt = "指示：ブロックチェーンについて専門用語を使わずに教えてください。\n回答："
    output = ("A blockchain is a shared notebook that many computers keep copies of. Every new page is linked "
              "to the one before, so nobody can secretly change an old page.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_japanese_answer_naming_the_questions_words_is_on_topic():
    prompt = "指示：太陽と地球はどちらが重いですか？\n回答："
    output = "太陽の方がずっと重いです。太陽の質量は地球のおよそ三十三万倍あります。"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_korean_answer_is_on_topic_with_a_space_inside_the_questions_compound_noun():
    # Korean writes a compound noun with a space inside it or without: "분산원장" and "분산 원장".
    prompt = "### 질문: 분산원장이란 무엇인가요?\n\n### 답변:"
    output = ("분산 원장은 여러 참여자가 같은 거래 기록을 나누어 보관하는 장부입니다. 한 곳에 모아 두지 않기 때문에 "
              "누군가 기록을 몰래 고치면 다른 참여자의 사본과 달라져 바로 드러납니다.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_korean_page_on_something_else_is_still_off_topic():
    prompt = "### 질문: 분산원장이란 무엇인가요?\n\n### 답변:"
    output = ("오늘 저녁 메뉴는 김치찌개와 계란말이입니다. 김치찌개는 돼지고기를 넣고 푹 끓여야 맛있고, 계란말이는 "
              "약한 불에서 천천히 말아야 부드럽게 됩니다. 반찬으로 멸치볶음을 곁들이면 좋습니다.")
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_korean_answer_is_on_topic_whatever_particle_ends_the_questions_word():
    # "딥러닝이" in the question, "딥러닝은" in the answer: the particle is not part of the topic.
    prompt = "### 질문: 머신러닝이 뭐야?\n\n### 답변:"
    output = ("머신러닝은 데이터에서 규칙을 스스로 배우는 인공지능의 한 분야입니다. 사람이 규칙을 직접 쓰지 않고 "
              "많은 예시를 보여 주면 모델이 그 안의 패턴을 찾아 새로운 입력에 대해 예측을 합니다.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_russian_answer_is_read_as_words_and_answers():
    verdict = judge("Почему небо голубое?", "Солнечный свет рассеивается в атмосфере, и синий свет рассеивается сильнее всего.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a short value in the prompt's open field ---------------------------------------------------------
# A prompt that ends with an open field ("Output:", "Label : ", an assistant turn) asks for the field's
# value. A value of a few words on one line fills it, whatever verb the instruction used: one song of an
# album, a rating, a part of speech. A value picked from the instruction's own words (its options) is a
# pick, not an echo; one copied from the input field it works on is the input said again.


def test_a_one_word_value_in_an_output_field_answers():
    prompt = "Name the album that the given song first appeared on.\n\nInput: Smells Like Teen Spirit\nOutput:"
    verdict = judge(prompt, " Nevermind")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_number_in_an_output_field_answers_a_rating_request():
    prompt = "Predict how many stars the author gave the restaurant.\n\nInput: The soup was cold and the bread stale.\nOutput:"
    verdict = judge(prompt, "2")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_option_the_instruction_names_is_a_pick_not_an_echo():
    prompt = "Decide whether the sentence is formal or informal.\n\nInput: Hey, what's up with the report?\nOutput:"
    verdict = judge(prompt, " informal")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_label_field_at_the_end_of_a_one_line_prompt_is_open():
    prompt = "Tweet text : my parcel never came and nobody answers the phone. Label : "
    verdict = judge(prompt, "complaint")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_one_word_reply_in_a_chat_template_answers_a_request_for_a_word():
    prompt = "<|prompter|>find a word for a very large amount of something<|endoftext|><|assistant|>"
    verdict = judge(prompt, "Abundance.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_name_from_the_question_in_a_human_assistant_template_is_a_pick():
    prompt = "### Human: Ann and Bob are siblings. Bob is older than Ann. Who is the younger one? ### Assistant:"
    verdict = judge(prompt, "Ann")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_word_copied_from_the_input_field_is_the_input_said_again():
    prompt = "Give the opposite of the given word.\n\nInput: generous\nOutput:"
    verdict = judge(prompt, " generous")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_yes_to_a_request_that_asks_no_yes_or_no_is_no_answer():
    prompt = "### Human: Write code for a bot that bans a user. ### Assistant:"
    verdict = judge(prompt, "Yes")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("cut_off", ["The", "I", "Ah,", "Mars"])
def test_a_reply_cut_off_after_a_word_that_says_nothing_is_no_answer(cut_off):
    # A chat model given one token: its reply has begun, but fills no field and answers nothing
    # (the question's own word included: an opinion asked for is not a label to fill in).
    prompt = "<|im_start|>user\nWhat do you think of Mars?<|im_end|>\n<|im_start|>assistant\n"
    verdict = judge(prompt, cut_off)
    assert not verdict.answers, verdict.explain()


def test_a_value_in_a_japanese_output_field_answers():
    prompt = "指示：次の単語の品詞を答えてください。\n入力：走る\n出力："
    verdict = judge(prompt, "動詞")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a question made of numbers -----------------------------------------------------------------------
# "What is 2 + 2?" has no topic words: every word of it is a number or scaffolding. What it asks for is
# a number, so a reply whose first words give none (a page on linear equations, "15-year-old students
# ...", "No.") has not answered it, in any language; one that gives the number early has.

SUM = "Question: What is 6 + 3?\nAnswer:"


def test_a_ramble_that_gives_no_number_does_not_answer_a_sum():
    output = " How to build a simple web page. Start with a text editor and an HTML file, then open it in a browser."
    verdict = judge(SUM, output)
    assert not verdict.answers, verdict.explain()


def test_a_number_used_as_an_adjective_is_not_the_result():
    output = " 20-year-old students get better grades in maths than older students, and every teacher knows it well."
    verdict = judge("Question: What is 12 * 4?\nAnswer:", output)
    assert not verdict.answers, verdict.explain()


def test_a_no_is_not_the_result_of_a_product():
    verdict = judge("Question: What is 10 * 5?\nAnswer:", ' No. The answer should also be "yes". If you are not sure, do not say it.')
    assert not verdict.answers, verdict.explain()


def test_the_sum_said_again_as_a_question_is_not_its_result():
    verdict = judge(SUM, " What is 6 + 3? To answer the question, look it up in a table of sums.")
    assert not verdict.answers, verdict.explain()


def test_unrelated_web_text_does_not_answer_a_japanese_product():
    output = "【送料無料】メンズジュエリー・アクセサリー ステンレススチールブラックレザーブレスレット 人気の商品は在庫が無い場合がございます。"
    verdict = judge("指示：6かける4は？\n回答：", output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("output", [" 9", " 9. Adding three to six gives nine.", " The answer is nine.",
                                    " Let's see: 6 + 3 = 9, since three more than six is nine."])
def test_a_reply_that_gives_a_number_early_answers_a_sum(output):
    verdict = judge(SUM, output)
    assert verdict.answers, verdict.explain()


def test_a_japanese_reply_giving_the_number_in_kanji_answers():
    verdict = judge("指示：6かける4は？\n回答：", "答えは二十四です。")
    assert verdict.answers, verdict.explain()


def test_a_number_question_that_is_not_a_sum_may_be_answered_without_a_number():
    verdict = judge("How long does it take to boil an egg?",
                    "It depends on the size of the egg and on how soft you like the yolk to be.")
    assert verdict.answers, verdict.explain()


def test_the_system_turn_said_back_is_an_echo_not_an_answer():
    prompt = f"SYSTEM: You are a helpful assistant who answers briefly and politely.\nUSER: {PLANET}\nASSISTANT:"
    verdict = judge(prompt, " You are a helpful assistant who answers briefly and politely.")
    assert not verdict.answers and verdict.drifts, verdict.explain()



# --- one word asked for -----------------------------------------------------------------------------------------
# A synonym, an opposite or a rhyme asked for is one word, and so is a formula ("H2O"); the next turn after it is
# drift, not a reason to read the word as too short. The given word said back is no synonym of itself, and a
# label ("Q2.") is no formula.


@pytest.mark.parametrize("prompt, output", [
    ("<|im_start|>user\nGive me a synonym for 'happy'.<|im_end|>\n<|im_start|>assistant\n",
     "Joyful.<|im_end|>\n<|im_start|>user\nGive me a synonym for 'sad'.<|im_end|>\n<|im_start|>assistant\nGloomy."),
    ("[INST] Give me a word that rhymes with 'day'. [/INST]", " Play. [/INST] [INST] Give me a word that rhymes with 'cat'."),
    ("问题：水的化学式是什么？\n答案：", "H2O\n\n问题：二氧化碳的化学式是什么？\n答案：CO2"),
])
def test_one_word_asked_for_then_the_next_turn_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Give me a synonym for 'happy'.", " happy"),
    ("Q1. What is the chemical symbol for gold?\nA:", " Q2. What is the chemical symbol for silver?"),
])
def test_the_given_word_or_a_label_is_no_word_asked_for(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
