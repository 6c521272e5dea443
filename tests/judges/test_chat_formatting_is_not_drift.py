"""A chat model's reply has its own formatting and its own questions to the asker: headings written as
questions, clarifying questions after a lead-in, a closing offer or two, a restated question as a bold
title, a translation or a sentence in the language the asker asked for, a short quoted translation.
None of these is the drift a base model shows (the next questions of a Q&A page, a switch to another
script's page, an echo of the question before the answer). Constructed outputs written for these
tests; each group keeps the near miss the rule was made for, which must still drift."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge


def drift_measures(verdict) -> set[str]:
    return {e.measure for e in verdict.evidence if e.property == "drifts"} if verdict.drifts else set()


# Finding 1: questions that are a reply's formatting or are asked of the asker.

def test_markdown_headings_written_as_questions_are_a_replys_sections():
    prompt = "Can you explain photosynthesis?"
    output = ("## What is photosynthesis?\nIt is how plants turn light, water and carbon dioxide into sugar.\n"
              "## Why does it matter?\nIt feeds almost every food chain and puts oxygen in the air.\n"
              "## Where does it happen?\nIn the chloroplasts, mostly in the cells of the leaves.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_bold_lines_written_as_questions_are_a_replys_sections_too():
    prompt = "How do I start running?"
    output = ("Start slowly and build up over a few weeks.\n"
              "**How often should I run?**\nThree times a week, with a rest day between runs.\n"
              "**How far should I go?**\nBegin with twenty minutes of running and walking in turn.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_clarifying_questions_after_a_lead_in_are_asked_of_the_asker():
    prompt = "Can you plan a trip for me?"
    output = ("I'd love to help! A few questions first:\nWhere would you like to go?\n"
              "How many days do you have?\nWhat's your budget?")
    verdict = judge(prompt, output)
    # Only this rule's verdict: the questions never name the trip, which the topic measure reads.
    assert "prompt.more_questions" not in drift_measures(verdict), verdict.explain()
    assert verdict.scores["prompt.more_questions"] < 2, verdict.explain()


def test_two_closing_offers_are_a_replys_ending():
    prompt = "How do I fix a flat bicycle tyre?"
    output = ("Take the wheel off, lever the tyre from the rim and pull out the inner tube. Find the hole by "
              "pumping the tube up and listening, then patch it or fit a new tube and pump it to pressure.\n"
              "Do you have a patch kit?\nOr would you rather buy a new tube?")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_pages_next_questions_after_an_answer_still_drift():
    # The shape the rule was made for: an answer, then the questions a Q&A page lists next.
    prompt = "Why do cats purr, and do they purr only when they are happy?"
    output = ("Cats purr by twitching the muscles of the larynx as they breathe in and out.\n"
              "They purr when content, but also when hurt or frightened, which may help them calm down.\n"
              "Why do cats knead with their paws?\nDo dogs have anything like purring?\nHow long do cats sleep?")
    verdict = judge(prompt, output)
    assert "prompt.more_questions" in drift_measures(verdict), verdict.explain()


# Finding 2: the other language, when the asker asked for it.

def test_a_translation_into_english_that_was_asked_for_does_not_drift():
    verdict = judge("请把这句话翻译成英文：我喜欢散步。", "好的，以下是英文翻译\n\nI like to go for walks.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_english_example_the_asker_asked_for_in_japanese_does_not_drift():
    verdict = judge("英語で自己紹介の例文を書いてください。",
                    "はい、例文です。\n\nHello, my name is Taro. I am a student from Osaka and I like soccer and music.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_japanese_sentence_the_asker_asked_for_in_english_does_not_drift():
    verdict = judge("Write a short sentence in Japanese about cats.",
                    "Sure! Here's a sentence in Japanese.\n\n猫はとてもかわいいです。毎日たくさん寝ます。")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_list_of_english_book_titles_after_a_lead_in_answers_without_drift():
    verdict = judge("プログラミングのおすすめの英語の本を教えてください。",
                    "おすすめの本は以下の通りです。\n\n1. The Pragmatic Programmer\n2. Clean Code\n3. Code Complete\n"
                    "4. Structure and Interpretation of Computer Programs\n5. Refactoring")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_list_of_titles_in_the_other_script_is_names_not_a_switch():
    # The question does not name the language: the titles are listed as they are written.
    verdict = judge("初心者におすすめのプログラミングの本を教えてください。",
                    "初心者には次の本がおすすめです。\n\n- The Pragmatic Programmer\n- Clean Code\n"
                    "- Code Complete\n- Head First Java\n- Automate the Boring Stuff with Python")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_english_sentences_after_a_japanese_line_still_switch_when_english_was_not_asked_for():
    verdict = judge("指示：月と地球はどちらが大きいですか？\n回答：",
                    "月の光によって、海の色を合わせます。\n"
                    "The Moon is the brightest object in our night sky. It reflects sunlight and goes around "
                    "the Earth once a month, so we see different parts of its face at different times.")
    assert "script.switch" in drift_measures(verdict), verdict.explain()


# Finding 3: the question restated as a title.

def test_the_question_restated_as_a_bold_title_is_formatting_not_an_echo():
    prompt = "Why is the sky blue?"
    output = ("**Why is the sky blue?**\n\nThe sky is blue because sunlight is scattered by the air, "
              "and blue light scatters the most.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_question_restated_as_a_markdown_heading_is_formatting_not_an_echo():
    prompt = "How do bees make honey?"
    output = ("## How do bees make honey?\n\nBees drink nectar from flowers, pass it between them in the hive "
              "and fan it with their wings until most of the water has gone.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_question_said_again_as_plain_text_before_the_answer_still_drifts():
    prompt = "Why is the sky blue?"
    output = ("Why is the sky blue? The sky is blue because sunlight is scattered by the air, "
              "and blue light scatters the most.")
    verdict = judge(prompt, output)
    assert "prompt.question_again" in drift_measures(verdict), verdict.explain()


# Finding 4: a short translation in the asked language.

def test_a_short_quoted_translation_does_not_drift():
    verdict = judge("「Hello, how are you?」を日本語に訳してください。", "「こんにちは、お元気ですか？」です。")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_short_quoted_translation_into_chinese_does_not_drift_either():
    verdict = judge("把“Good morning, everyone.”翻译成中文。", "“大家早上好。”就是这句话的意思。")
    assert not verdict.drifts, verdict.explain()


def test_short_page_residue_that_never_names_the_topic_still_drifts():
    # A short quotation among page lines is not most of the output: the rule it was made for holds.
    prompt = "指示：「雪国」の冒頭を短くしてください。\n回答："
    output = "「なるほど」\n関連する記事の一覧: 全部で十二件あります"
    verdict = judge(prompt, output)
    assert "topic.trailing_gap" in drift_measures(verdict), verdict.explain()


RANK = ("Below is an instruction that describes a task, paired with an input that provides further context. Write a "
        "response that appropriately completes the request.\n\n### Instruction:\nRank the following topics by "
        "importance:\n\n### Input:\nFitness, nutrition, mental health\n\n### Response:\n")


def test_the_instruction_said_again_before_the_inputs_answer_still_drifts():
    # Under an instruction template with an input, the instruction alone is the question said again.
    output = "Rank the following topics by importance:\nMental health: 1\nNutrition: 2\nFitness: 3"
    verdict = judge(RANK, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.question_again" in drift_measures(verdict), verdict.explain()


def test_an_answer_opening_with_the_instructions_words_is_not_the_instruction_said_again():
    output = "Ranked by importance, the topics are: mental health first, then nutrition, then fitness."
    verdict = judge(RANK, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A chat template's special token opens the model's turn: what follows is a reply, whatever its first letter.

ISSUE = ("<bos><start_of_turn>user\nReturn only a comma-separated line of labels from: bug, enhancement, "
         "maintenance, configuration.\n\nIssue title: Update our dependencies\nIssue body: We need to update our "
         "stuff.\n\n### Anything else?\n\n_No response_<end_of_turn>\n<start_of_turn>model\n")


ISSUE_TEXT = ISSUE.removeprefix("<bos><start_of_turn>user\n").split("<end_of_turn>")[0]


@pytest.mark.parametrize("prompt", [
    pytest.param(ISSUE, id="gemma"),
    pytest.param(f"<|im_start|>user\n{ISSUE_TEXT}<|im_end|>\n<|im_start|>assistant\n", id="chatml"),
    pytest.param(f"<s>[INST] {ISSUE_TEXT} [/INST]", id="llama-2"),
    pytest.param(f"<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n{ISSUE_TEXT}<|eot_id|>"
                 "<|start_header_id|>assistant<|end_header_id|>\n\n", id="llama-3"),
    pytest.param(f"<|user|>\n{ISSUE_TEXT}<|end|>\n<|assistant|>\n", id="phi-3"),
])
def test_a_reply_in_lower_case_after_a_turn_token_does_not_finish_the_users_sentence(prompt):
    verdict = judge(prompt, "enhancement, maintenance")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_users_own_turn_left_open_is_still_finished_by_a_lower_case_start():
    # No token opens the model's turn: the output goes on with the user's sentence.
    prompt = ("<|im_start|>user\nWrite a short note to my neighbours asking them to keep the courtyard quiet at night "
              "because")
    output = (" my daughter has exams all of next week and really needs her sleep, so I would be grateful to each one "
              "of them. Thank you.")
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


def test_the_same_labels_with_no_template_still_finish_the_sentence():
    # Raw text has no turn: a lower-case start goes on with the prompt's last words ("_No response_ enhancement").
    raw = ISSUE.removeprefix("<bos><start_of_turn>user\n").split("<end_of_turn>")[0]
    verdict = judge(raw, "enhancement, maintenance")
    assert "prompt.continuation" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_a_brand_name_in_lower_case_camel_case_does_not_finish_the_users_sentence():
    # "iPhone", "eBay", "macOS" open a reply in lower case without going on with the question's words.
    verdict = judge("iPhone กับ Android ต่างกันอย่างไร",
                    "iPhone ใช้ระบบปฏิบัติการ iOS ที่พัฒนาโดย Apple ส่วน Android เป็นระบบเปิดที่ผู้ผลิตหลายรายใช้")
    assert "prompt.continuation" not in drift_measures(verdict) and verdict.answers, verdict.explain()


def test_a_list_closing_the_prompt_is_no_sentence_a_lower_case_reply_goes_on_with():
    # "...\nhydro\ngeothermal": the prompt ends in a list's items, one or two words a line; its sentence was the
    # question above them.
    verdict = judge("Which of these are renewable energy sources?\nsolar\ncoal\nwind\nhydro\ngeothermal",
                    "solar, wind, hydro, geothermal")
    assert verdict.answers and "prompt.continuation" not in drift_measures(verdict), verdict.explain()


def test_a_sentence_broken_off_after_a_list_is_still_gone_on_with():
    verdict = judge("Pick one:\n- tea\n- coffee\nI would like to order a large cup of",
                    " coffee with oat milk and two sugars, and please make it extra hot because I am freezing today")
    assert "prompt.continuation" in drift_measures(verdict), verdict.explain()
