"""A multiple-choice question listing its options on lines of their own under letters ("A: ...", "B. ...", "(C) ..."),
as MedQA and MMLU prompts do. The letters name options, no fields of a format: a reply's "B: Cholesterol
embolization" picks an option (it answers, no echo, no new example of the prompt's format), and an answer that
discusses the other options ("A: Erythromycin ointment is used for ...") does not drift. A pick followed by the
options said back ("B: ...\\nC: ...\\nD:") continues the prompt's list: it answers and drifts. Constructed by hand
after a held-out source (Apertus-70B and its MedQA LoRA), whose fine-tune picks in the "X: option" form."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.choices import lettered_choices

from .samples import chatml

QUESTION = ("A 30-year-old man has itchy, watery eyes and sneezing every spring. Which is the most appropriate "
            "treatment?")


def mcq(style: str = "{letter}: {text}") -> str:
    options = ["Erythromycin ointment", "Ketotifen eye drops", "Warm compresses", "Fluorometholone eye drops"]
    lines = "\n".join(style.format(letter=letter, text=text) for letter, text in zip("ABCD", options))
    return chatml(f"Answer the following multiple choice question.\n\n{QUESTION}\n\nOptions:\n{lines}\n\nAnswer:")


@pytest.mark.parametrize("output", [
    pytest.param("B: Ketotifen eye drops", id="the-pick-alone"),
    pytest.param("B: Ketotifen eye", id="the-pick-cut-at-the-token-limit"),
    pytest.param("The correct answer is B: Ketotifen eye drops.\n\nSeasonal itchy, watery eyes point to allergic "
                 "conjunctivitis, which an antihistamine such as ketotifen treats.", id="a-sentence-then-reasons"),
    pytest.param("B: Ketotifen eye drops\n\nThe symptoms come back each spring, so this is allergic conjunctivitis.\n\n"
                 "A: Erythromycin ointment is used for bacterial infections, which this is not.\n\n"
                 "C: Warm compresses help a blocked gland, not an allergy.", id="then-the-other-options-discussed"),
])
def test_a_pick_among_lettered_options_answers_without_drift(output):
    verdict = judge(mcq(), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("style", ["{letter}. {text}", "({letter}) {text}", "{letter}) {text}"])
def test_so_it_does_for_options_lettered_with_a_stop_or_brackets(style):
    verdict = judge(mcq(style), style.format(letter="B", text="Ketotifen eye drops"))
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("B: Ketotifen eye drops\nC: Warm compresses\nD:", id="the-next-options"),
    pytest.param("B: Ketotifen eye drops\n\nB: Ketotifen eye drops\n\nA:", id="the-pick-again-then-a-letter"),
])
def test_a_pick_then_the_options_said_back_answers_and_drifts(output):
    verdict = judge(mcq(), output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.choices_again" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_the_options_are_read_from_their_lines():
    assert lettered_choices(mcq()) == {"a": "erythromycin ointment", "b": "ketotifen eye drops",
                                       "c": "warm compresses", "d": "fluorometholone eye drops"}


def test_letters_that_take_turns_are_speakers_not_options():
    assert lettered_choices("A: Hi, are you coming tonight?\nB: Yes, at eight.\nA: Great, see you then.") == {}


def test_a_pick_after_a_short_lead_in_answers_without_drift():
    # "Correct answer - B) ...", "Answer: B) ...": the pick after a lead-in of a few words and a dash or a colon.
    for output in ("Correct answer - B) Ketotifen eye drops.", "Answer: B) Ketotifen eye drops"):
        verdict = judge(mcq("{letter}) {text}"), output)
        assert verdict.answers and not verdict.drifts, verdict.explain()


def test_uzbek_turned_commas_read_as_apostrophes():
    from why_finetune.judges.text import normalise_apostrophes

    assert normalise_apostrophes("to\u02bbg\u02bbri, o\u2018zbek") == "to'g'ri, o'zbek"  # same length, offsets kept


@pytest.mark.parametrize("mark", ["\u2018", "\u02bb"])  # a curly quote, and Uzbek's turned comma ("oʻ", "gʻ")
def test_an_option_with_curly_apostrophes_said_back_is_a_pick(mark):
    # The output's apostrophes are read straight; the options' must be too, or the pick said back reads as an echo.
    options = [f"“Men bugun kech qolaman,” dedi bo{mark}ri.", f"“Men bugun kech qolamman,” dedi bo{mark}ri.",
               f"“Men bugun kecha qolaman,” dedi bo{mark}ri."]
    prompt = f"Berilgan variantlar orasida qaysi biri to{mark}g{mark}ri yozilgan?\n" + "\n".join(
        f"{letter}) {option}" for letter, option in zip("ABC", options)) + "\n\nJavob: "
    verdict = judge(prompt, "Javob: A) " + options[0])
    assert verdict.answers and not verdict.drifts, verdict.explain()


FEW_SHOT = ("Context:\nThe service was slow and the food was cold.\n\nChoices:\n(A) Happy\n(B) Anger\n(C) Neutral\n\n"
            "Answer:\n(B) Anger\n\nContext:\nWhat a lovely day at the beach with my friends!\n\nChoices:\n(A) Anger\n"
            "(B) Neutral\n(C) Happy\n\nAnswer:\n")


def test_the_last_of_several_option_lists_is_the_open_questions():
    assert lettered_choices(FEW_SHOT) == {"a": "anger", "b": "neutral", "c": "happy"}
    verdict = judge(FEW_SHOT, "(C) Happy")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_letters_taking_turns_among_three_speakers_are_still_speakers():
    assert lettered_choices("A: Hi.\nB: Hello.\nC: Hey there.\nA: Shall we start?\nB: Yes.\nC: Fine by me.") == {}


# Options listed inline after a colon, separated by "、" or commas ("类别包括：婚姻家庭、劳动纠纷、交通事故、..."): a reply that
# is one of them, bare or in the format the prompt shows ("[类别]交通事故<eoa>"), picks it: no echo.
CATEGORIES = ("确定以下咨询的类别，每个咨询仅属于一个类别，类别包括：婚姻家庭、劳动纠纷、交通事故、债权债务、合同纠纷。将答案写在"
              "[类别]和<eoa>之间。\n咨询：\n开车撞了人，对方要求赔偿医药费怎么办")


@pytest.mark.parametrize("output", ["交通事故", "[类别]交通事故<eoa>", "类别：交通事故。"])
def test_one_of_the_options_listed_inline_is_a_pick(output):
    verdict = judge(chatml(CATEGORIES), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_prompts_own_example_said_back_whole_is_no_pick():
    prompt = CATEGORIES.replace("之间。", "之间，例如[类别]婚姻家庭<eoa>。")
    verdict = judge(chatml(prompt), "[类别]婚姻家庭<eoa>")
    assert not verdict.answers, verdict.explain()


def test_the_prompts_sentence_said_back_is_still_an_echo():
    verdict = judge(chatml(CATEGORIES), "确定以下咨询的类别，每个咨询仅属于一个类别")
    assert not verdict.answers, verdict.explain()


# Options lettered inline, on one line ("... A:被告人辩称无罪。B:我认为我没罪。C:被告人对事实无异议。"): the letter alone, in the
# format the prompt shows ("正确答案：B<eoa>"), or an option said back with its letter, is a pick.
INLINE = ("从A,B,C三个候选观点中选出与之形成争议的观点，并将答案写在[正确答案]和<eoa>之间，例如[正确答案]A<eoa>。\n句子：原告称被告"
          "拖欠货款两万元。A:被告称货款已经全部付清。B:原告的工厂位于城东。C:双方签订了买卖合同。")


@pytest.mark.parametrize("output", ["正确答案：A<eoa>", "A", "A:被告称货款已经全部付清。"])
def test_a_pick_among_options_lettered_inline_answers(output):
    verdict = judge(INLINE, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_letter_the_prompt_names_no_option_is_no_pick():
    verdict = judge(INLINE, "正确答案：F<eoa>")
    assert not verdict.answers, verdict.explain()


def test_a_format_token_said_twice_is_no_topic_word():
    # "<eoa>" marks where the answer ends, in the format and its example: a reply need not name it to stay on topic.
    prompt = ("请根据案情选出罪名，并将答案写在[罪名]和<eoa>之间，例如[罪名]盗窃罪<eoa>。\n案情：被告人利用职务便利，将单位财物"
              "非法占为己有，数额较大。\nA 职务侵占罪\nB 盗窃罪\nC 诈骗罪")
    output = ("A 职务侵占罪\n\n职务侵占罪是指公司、企业或者其他单位的人员，利用职务上的便利，将本单位财物非法占为己有，数额较大的"
              "行为。本案中被告人利用职务便利占有单位财物，符合该罪的构成要件。")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_tags_the_question_asks_about_stay_topic_words():
    verdict = judge("What is the difference between <b> and <strong>? Should I use <b> or <strong>?",
                    "Both make text bold, but strong also marks the text as important for screen readers. Prefer strong "
                    "when the meaning matters.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("What do these have in common: apple, banana, cherry?", "Apple."),
    ("Compare these programming languages: Python, Java, Go", "Python"),
])
def test_an_item_of_a_list_given_as_material_is_no_pick(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


# Letters that open lines in each of a few-shot prompt's examples ("A: <sentence>\nB: <sentence>\nВопрос: ...") are
# the fields of its format, not one question's options: a new "A:" line after the answer is a new example. After an
# instruction-tuned ruGPT-3 Large on Russian SuperGLUE's word-in-context task.
WORD_IN_CONTEXT = ("Ответь на вопрос про значение слова в контексте. Ответь коротко: да или нет.\n---\n"
                   "A: Бурые ковровые дорожки заглушали шаги\nB: Приятели решили выпить на дорожку в местном баре\n"
                   "Вопрос: Слово \"дорожка\" имеет одинаковое значение в A и B?\nОтвет: Нет\n---\n"
                   "A: Страсть и жар души превращают дыру в столе в пещеру\nB: Буду и в жар я полдневный сторожить\n"
                   "Вопрос: Слово \"жар\" имеет одинаковое значение в A и B?\nОтвет: ")


@pytest.mark.parametrize("output, answers", [
    ("^^\nA: Ищу жену для создания семьи\nB: Буду и в жар я", False),
    ("Нет\nA: Можно ли получить компенсацию за утерю паспорта?\nB: Нет конечно\nОтвет:", True),
])
def test_letters_opening_lines_in_each_example_are_fields_and_a_new_one_drifts(output, answers):
    verdict = judge(WORD_IN_CONTEXT, output)
    assert verdict.answers == answers and verdict.drifts, verdict.explain()


def test_options_lettered_once_are_still_options_discussed_without_drift():
    prompt = ("Which drug is first-line for absence seizures?\nA: Ethosuximide\nB: Phenytoin\nC: Carbamazepine\n"
              "Answer:")
    verdict = judge(prompt, " A: Ethosuximide\nB: Phenytoin can worsen absence seizures, and C: Carbamazepine too.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# Options lettered inline with a stop or in brackets, on the question's own line ("Options:  A. not enough information
# B. He stayed ...", "(A) The team hated Ned. (B) Ned's skills improved ..."), as reading-comprehension and
# story-ending tasks write them: the option said back with its letter, or its letter alone, is a pick. After
# Qwen2.5-0.5B and its DPO tune answering UltraFeedback's task prompts.
STORY = ("Choose the sentence that does not end the story coherently.\nSentence1: Ned wanted to learn basketball. "
         "Sentence2: He watched the team practice. Sentence3: Soon he shot a few hoops himself.\n"
         " (A) The team hated Ned. (B) Ned's skills improved as he practiced.\nOutput:")
AGENCY = ("Answer the following question: I left the shift early and never went back to that agency. According to the above context, choose the "
          "correct option to answer the following question. Question: After this, do you think he went back to work "
          "for the agency at some point in the future? "
          "Options:  A. not enough information  B. He stayed there happily for years.  C. Yes, but not for 2 years."
          "  D. Definitely not\nAnswer:")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(STORY, "(B) Ned's skills improved as he practiced.", id="bracketed-letter-and-option"),
    pytest.param(STORY, "(A)", id="bracketed-letter-alone"),
    pytest.param(AGENCY, "C. Yes, but not for 2 years.", id="stopped-letter-and-option"),
    pytest.param(AGENCY, "D", id="stopped-letter-alone"),
    pytest.param(chatml(AGENCY), "D. Definitely not", id="in-a-chat-template"),
])
def test_a_pick_among_options_lettered_inline_with_stops_or_brackets_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(chatml("I'm choosing between three job offers: A. a startup in Berlin B. a bank in London C. a "
                        "university in Paris. Write a list of pros and cons for each one."), "A. a startup in Berlin",
                 id="offers-to-weigh"),
    pytest.param(chatml("Write a paragraph on selecting a university, weighing (A) the cost and (B) the location."),
                 "(A) the cost", id="points-to-weigh"),
])
def test_a_lettered_item_of_a_list_to_work_on_said_back_is_no_pick(prompt, output):
    # Letters that list what to write about, under a request that asks for no pick ("choosing" and "selecting" tell
    # of the asker's choice): the item said back is an echo.
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_the_request_said_back_under_a_letter_is_no_pick():
    verdict = judge(STORY, "(A) Choose the sentence that does not end the story coherently.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# A list of labels in a sentence of its own, after "are" ("The possible categories are social gathering, sport, ...,
# and animal."), then the open "Output:": one of them, said alone, is a value picked for the open field (field_value.py).
CATEGORY_WORDS = ("Given a set of four words, generate the category that the words belong to. The possible categories "
                  "are social gathering, accommodation, physical property, sport, kitchenware, temperature, and "
                  "animal.\nInput: cat, dog, horse, cow\nOutput:")


@pytest.mark.parametrize("output", ["Animal", "Social Gathering", "kitchenware."])
def test_one_of_the_labels_a_sentence_lists_is_a_pick(output):
    verdict = judge(chatml(CATEGORY_WORDS), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# The task under a label of its own ("Definition: In this task, ...", "Instructions: Given ..."), then its fields and
# the open "Output:": a task's fields, no transcript of speakers; the letters the definition names before the list
# ("choices from (A) and (B)") are not the list.
DEFINED_STORY = ("Definition: In this task, you're given three sentences of a story. Complete it with one of the end "
                 "sentence choices from (A) and (B): select the one that does not sound coherent.\nInput: "
                 "Sentence1: Ned wanted to learn basketball. Sentence2: He watched the team practice. Sentence3: Soon he "
                 "shot a few hoops himself.\n (A) The team hated Ned. (B) Ned's skills improved as he practiced.\n"
                 "Output:")
LABELLED_CATEGORIES = "Instructions: " + CATEGORY_WORDS


@pytest.mark.parametrize("prompt, output", [
    pytest.param(DEFINED_STORY, "(B) Ned's skills improved as he practiced.", id="a-story-ending-picked"),
    pytest.param(chatml(DEFINED_STORY), "(A)", id="its-letter-in-a-chat-template"),
    pytest.param(chatml(LABELLED_CATEGORIES), "Animal", id="a-category-picked"),
])
def test_a_pick_under_a_task_with_a_label_of_its_own_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
