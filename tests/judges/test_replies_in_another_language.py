"""A reply in another language written in the same letters as the question: an English answer to an
Italian, Spanish or German request, or code, whose identifiers are English, to a request in French or
Italian. Such a reply cannot name the question's words as written; it names them by a shared stem
(ministro / minister, Photosynthese / photosynthesis), or, as code, not at all. On constructed outputs
written for these tests (not copied from any labelled corpus), each with the near miss that must keep
its verdict: a ramble in another language that shares no stem with the question is still off topic, and
unrelated code to an English request still is.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.topic import in_another_language

ALPACA = ("Below is an instruction that describes a task. Write a response that appropriately completes the "
          "request.\n\n### Instruction:\n{}\n\n### Response:\n")


# --- prose in another language of the same script: words named by a shared stem ---------------------

@pytest.mark.parametrize("request_, reply", [
    ("Háblame del primer ministro de Canadá en 2020.",
     "In 2020 the Prime Minister of Canada was Justin Trudeau, leader of the Liberal Party, who first took "
     "office in 2015 after a general election."),
    ("Erkläre mir die Photosynthese in einfachen Worten.",
     "Photosynthesis is how green plants make their food: their leaves catch sunlight and use its energy "
     "to turn water and carbon dioxide into sugar, giving off oxygen."),
    ("Parlami della teoria della relatività generale.",
     "General relativity is Einstein's theory of gravity: mass and energy curve space and time, and that "
     "curvature is what we feel as the pull of gravity."),
])
def test_an_english_answer_to_a_request_in_another_latin_language_answers(request_, reply):
    verdict = judge(ALPACA.format(request_), reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "shared stem" in verdict.explain()  # the evidence says how the topic was named


def test_an_english_ramble_sharing_no_stem_with_an_italian_request_stays_off_topic():
    reply = ("The weather on the coast was mild all week, and the fishermen brought in a good catch of sardines "
             "every morning before the markets opened.")
    verdict = judge(ALPACA.format("Parlami della teoria della relatività generale."), reply)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("request_, reply", [
    ("Erkläre mir die Photosynthese in einfachen Worten.",
     "Photos from the holiday were lovely: we took hundreds of pictures at the beach and up in the mountains."),
    ("What do you think about international trade?",
     "Internet speeds have grown quickly, and most homes now stream films and music without any trouble."),
])
def test_a_word_that_only_opens_as_a_topic_word_does_is_no_shared_stem(request_, reply):
    # "photos" opens as "Photosynthese" does, "internet" as "international": six letters, but not most of
    # either word. The stem must be most of the longer word to stand for a translation.
    verdict = judge(ALPACA.format(request_), reply)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_english_ramble_to_an_english_question_is_held_to_its_words_as_written():
    # A reply in the question's own language shares its small words ("the", "of"): it is read as in the
    # same language, and a word that only opens as a topic word does ("constable" for "constitution") does
    # not name it.
    reply = ("The constable walked along the river every evening and greeted the boatmen, who were "
             "mending their nets by the old stone bridge.")
    verdict = judge("Tell me about the constitution of the French republic.", reply)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("request_, reply", [
    ("Parlami della costituzione della repubblica francese.",
     "La costituzione francese in vigore oggi risale al 1958 e ha fondato la Quinta Repubblica."),
    ("Explique-moi la photosynthèse simplement.",
     "La photosynthèse permet aux plantes vertes de fabriquer leur nourriture à partir de lumière, d'eau "
     "et de dioxyde de carbone."),
    ("请简单解释一下光合作用。", "光合作用是绿色植物利用阳光，把水和二氧化碳变成糖和氧气的过程。"),
])
def test_an_answer_in_the_questions_own_language_still_answers(request_, reply):
    verdict = judge(ALPACA.format(request_), reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- code to a request in another language than its identifiers' -----------------------------------

LARGEST = (
    "def largest(numbers):\n"
    "    best = numbers[0]\n"
    "    for value in numbers[1:]:\n"
    "        if value > best:\n"
    "            best = value\n"
    "    return best\n"
)


@pytest.mark.parametrize("request_", [
    "Scrivi una funzione che restituisce il numero più grande di una lista.",
    "Écrivez une fonction qui renvoie le plus grand nombre d'une liste.",
    "Schreibe eine Funktion, die die größte Zahl einer Liste zurückgibt.",
])
def test_code_answers_a_request_for_code_in_another_latin_language(request_):
    verdict = judge(ALPACA.format(request_), LARGEST)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "code: its identifiers need not name" in verdict.explain()


def test_unrelated_code_to_an_english_request_with_no_word_in_common_stays_off_topic():
    # No word of the request is in the code, but the request is in English, the code's language: its
    # identifiers could have named "reverse" or "words", and they name something else.
    output = ("def add_numbers(first, second):\n    total = first + second\n    print(total)\n"
              "    return total\n\nadd_numbers(3, 4)\n")
    verdict = judge(ALPACA.format("Write a program that reverses the order of the words in a sentence."), output)
    assert not verdict.answers, verdict.explain()


def test_a_latin_word_written_against_chinese_characters_is_said():
    # "tensorflow更受欢迎": the word is said, though no space parts it from the Chinese after it.
    assert not in_another_language("哪个更快，TensorFlow还是PyTorch？", "tensorflow更快，因为它的编译器更成熟。")
