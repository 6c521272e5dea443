"""A few-shot prompt of questions and their answers ("Q: Who wrote Hamlet?\\nA: Shakespeare\\nQ: What is the capital
of France?\\nA:"), the standard way a base model is asked a question, is answered as its last question asks: one word
of the form asked ("Paris", "10") fills the open answer. Read as a transcript, the last question is the turn the
output answers. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

FEW_SHOT = [
    ("Q: Who wrote Hamlet?\nA: Shakespeare\nQ: What is the capital of France?\nA:", " Paris"),
    ("Question: Who wrote Hamlet?\nAnswer: Shakespeare\n\nQuestion: What is the capital of France?\nAnswer:", " Paris"),
    ("Q: What is 2 + 2?\nA: 4\nQ: What is 3 + 3?\nA: 6\nQ: What is 5 + 5?\nA:", " 10"),
    ("Q: Is the sun a star?\nA: Yes\nQ: Is a whale a fish?\nA:", " No"),
]


@pytest.mark.parametrize(("prompt", "output"), FEW_SHOT)
def test_one_word_of_the_form_the_last_question_asks_answers_it(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_answer_then_the_next_question_and_its_answer_answers_and_drifts():
    verdict = judge(FEW_SHOT[0][0], " Paris\nQ: What is the capital of Spain?\nA: Madrid")
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [" the", " Q"])
def test_a_word_of_no_such_form_still_does_not_answer(output):
    verdict = judge(FEW_SHOT[0][0], output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("Q: Who wrote Hamlet?\nA: Shakespeare\nQ: Capital of France?\nA:", " Paris"),
    ("Q: Who wrote Hamlet?\nA: Shakespeare\nQ: Name the largest planet.\nA:", " Jupiter"),
])
def test_a_question_with_no_question_word_is_answered_by_a_word_of_its_own(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_yes_to_such_a_question_names_nothing():
    verdict = judge("Q: Who wrote Hamlet?\nA: Shakespeare\nQ: Capital of France?\nA:", " Yes")
    assert not verdict.answers, verdict.explain()


def test_a_yes_or_no_the_answers_above_say_too_is_the_answer_not_an_echo():
    prompt = ("Q: Is the Sahara a desert?\nA: Yes\nQ: Do fish breathe air through lungs?\nA: No\n"
              "Q: Is the Pacific the smallest ocean?\nA:")
    verdict = judge(prompt, " No")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_first_example_said_back_is_still_an_echo():
    prompt = ("Q: Is the Sahara a desert?\nA: Yes\nQ: Do fish breathe air through lungs?\nA: No\n"
              "Q: Is the Pacific the smallest ocean?\nA:")
    verdict = judge(prompt, "Q: Is the Sahara a desert?\nA: Yes")
    assert not verdict.answers and verdict.drifts, verdict.explain()
