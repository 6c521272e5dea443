"""A base model given a word problem and "Answer:" writes its answer, then goes on as the forum post the problem came
from: the asker telling of their attempts ("I have tried to solve this question but I am not getting the correct
answer."). It answers, and it drifts (``page.boilerplate``: a forum question's sign-off). The answer may be a number
and its unit ("15 cups of feed"), to a question whose number is asked after a condition ("If Eliza worked 45 hours
this week, how much ...?"). Constructed after real outputs (Llama-2-13B on GSM8K)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.question import NUMBER, read_question

ELIZA = ("Answer the following question.\n\nQuestion: Eliza's rate per hour for the first 40 hours she works each week "
         "is $10. She also receives an overtime pay of 1.2 times her regular hourly rate. If Eliza worked for 45 hours "
         "this week, how much are her earnings for this week?\nAnswer:")
WENDI = ("Answer the following question.\n\nQuestion: Wendi gives her chickens 15 cups of feed in the morning and 25 "
         "cups of feed in the afternoon. How many cups of feed does she need to give her chickens in the final meal of "
         "the day if each of her 20 chickens eats three cups a day?\nAnswer:")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(ELIZA, " $450\n\nI have tried to solve this question but I am not getting the correct answer.\n\nMy "
                 "answer is:\n\n40 hours * $10 = $400\n\n45 hours * $10 = $450\n", id="a-sum-of-money-then-the-attempt"),
    pytest.param(WENDI, " 15 cups of feed\n\nI have tried to solve this question using the following code:\n\n"
                 "int total = cups * chickens;\n\nI am not sure if this is the correct way to solve this question.\n",
                 id="a-number-and-its-unit-then-the-attempt"),
    pytest.param("What is the derivative of x^3 + 2x^2?", "The derivative of x^3 + 2x^2 is 3x^2 + 4x.\nHow do I "
                 "calculate this derivative?\nI tried to solve for x by drawing the graph and reading its slope, but it "
                 "was too complicated and I couldn't get an accurate answer.", id="an-attempt-that-could-not-get-an-answer"),
])
def test_an_answer_then_the_askers_attempts_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "page.boilerplate" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_a_number_asked_after_a_condition_is_a_number_question():
    assert read_question("If Eliza worked overtime this week, how much are her earnings?").kind == NUMBER


def test_a_reply_working_the_question_is_no_attempt_told():
    verdict = judge(ELIZA, " $460\n\nShe earns 40 × $10 = $400 for the regular hours and 5 × $12 = $60 for the overtime, "
                           "so $460 in all.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("A shop sells pens at $3 each. How much do 7 pens cost?", "7 x 3 = 20. Wait, I'm not getting the "
                 "correct answer, let me recompute: 7 x 3 = 21. So 7 pens cost $21.", id="a-self-correction"),
    pytest.param("What is 15% of 80?", "15% of 80 is 12.\nI have tried to solve this question in two ways, dividing 80 "
                 "by 100 and multiplying by 15, or taking 10% and 5% and adding them, and both give 12.",
                 id="an-answer-checked-two-ways"),
    pytest.param("What is 15% of 80?", "15% of 80 is 12. I have tried to solve this question but the book says 12 too.",
                 id="inside-a-paragraph"),
    pytest.param("What is the derivative of x^3?", "It is 3x^2. At first I tried reading it off a graph, but I couldn't "
                 "get an accurate answer that way, so the power rule it is.", id="a-failed-way-inside-a-paragraph"),
    pytest.param("Why does my Newton's method code not converge?", "Your update step divides by the wrong derivative.\n"
                 "I tried your function starting from x0 = 0, but I couldn't get an accurate answer either: the "
                 "derivative there is zero.", id="the-replys-own-trial"),
    pytest.param("Write a short diary entry from a student after a hard maths test.", "Dear Diary,\nI tried to "
                 "remember the quadratic formula all through the test, but I couldn't get the right answer to the last "
                 "question.", id="a-diary-asked-for"),
])
def test_a_reply_telling_how_it_worked_the_question_is_no_forum_post(prompt, output):
    verdict = judge(prompt, output)
    assert "page.boilerplate" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_a_student_played_as_asked_tells_of_its_attempts_without_drift():
    verdict = judge("Pretend you are a student who is stuck on a homework question about fractions. Tell me what you "
                    "tried.", "I have tried to solve this question by finding a common denominator, but I am not getting "
                    "the correct answer. I keep adding the denominators together too.")
    assert verdict.answers and not verdict.drifts, verdict.explain()

