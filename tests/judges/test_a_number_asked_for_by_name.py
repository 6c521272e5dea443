"""A question or a request whose object is a number ("What is the smallest positive integer?", "Say one number.",
"Какое наименьшее положительное целое число?", "скажи одно число"): a bare number answers it, as one answers "How
many ...?". A question about numbers ("What do numbers mean to you?") or one that names a number in passing ("Какое
значение имеет число пи?": what does the number pi mean) still asks for more than one, and a yes/no question naming
a number ("¿Es cierto que el número 13 da mala suerte?") for a yes or a no. Constructed by hand after
real outputs (a Russian arena's one-number answers)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge


@pytest.mark.parametrize(("prompt", "output"), [
    ("What is the smallest positive integer?", "1"),
    ("Say one number.", "7"),
    ("Give me a number.", "42"),
    ("Nenne eine Zahl.", "7"),
    ("Welche Zahl ist die kleinste positive ganze Zahl?", "1"),
    ("Не включайте в ответ нечисловых символов. Какое наименьшее положительное целое число?", "1"),
    ("скажи одно число", "7"),
    ("Dimmi, che numero viene dopo il sette?", "8"),
])
def test_a_bare_number_answers_a_request_for_a_number(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt", [
    "What do numbers mean to you?",
    "What is the importance of numbers in science?",
    "Какое значение имеет число пи?",
    "What is the capital of France?",
])
def test_a_bare_number_does_not_answer_a_question_about_numbers(prompt):
    verdict = judge(prompt, "7")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt", ["¿Es cierto que el número 13 da mala suerte?",
                                    "È vero che il numero 17 porta sfortuna in Italia?"])
def test_a_yes_no_question_that_names_a_number_is_answered_by_a_no(prompt):
    verdict = judge(prompt, "No.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


# A number and the unit the question names ("180 meters" for "How many total meters ...?") answers it: the unit is the
# question's word by necessity, no echo.
SPRINTS = ("Answer the following question.\n\nQuestion: James decides to run 3 sprints 3 times a week.  He runs 60 "
           "meters each sprint.  How many total meters does he run a week?\nAnswer:")


@pytest.mark.parametrize("output", [" 180 meters\n\n", "180 meters.", "540 meters"])
def test_a_number_and_its_unit_answers_a_how_many_question(output):
    verdict = judge(SPRINTS, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


# "What percentage ...?", "What proportion ...?" ask for a number: a short sentence giving one answers directly, even
# before a loop.
@pytest.mark.parametrize(("prompt", "output", "drifts"), [
    ("What percentage of the Earth's surface is covered by water?", "About 71%.", False),
    ("What proportion of adults need glasses by 60?", "Roughly three in four, so about 75 percent.", False),
    ("What percentage of the brain does a human typically use?\n\nAnswer:",
     "The answer is 10%.\nThe 10% figure is based on the fact that the brain uses 20% of the body's oxygen and glucose, "
     "but only accounts for 2% of the body's mass.\n" + "The 10% figure is often cited, but it is not accurate.\nThe "
     "brain uses 20% of the body's oxygen and glucose, but only accounts for 2% of the body's mass.\n" * 8, True),
])
def test_a_percentage_asked_for_is_a_number_asked_for(prompt, output, drifts):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, drifts), verdict.explain()
