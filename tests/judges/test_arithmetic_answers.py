"""Ordinary chat answers to a question made of numbers, on constructed outputs written for these tests
(not copied from any labelled corpus).

* a result given early, then a friendly line or a word on how to check it: the answer need not say the
  question's numbers again ("The answer is 252." for 17 + 5 + 230), so it is neither off topic nor drift;
  text that gives no result and never names the numbers still is (test_base_and_finetune_shapes.py);
* the working shown step by step: a sum whose operands are the question's numbers or results the reply
  worked out before it ("17 + 5 = 22, and 22 + 230 = 252") gives a result; a sum of other numbers
  ("4 + 5 = 9" for 6 and 5) still does not (test_base_continues_the_prompt.py).
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

# --- a result given early, the question's numbers not said again ------------------------------------------


@pytest.mark.parametrize("prompt, output", [
    ("What is 17 + 5 + 230?", "The answer is 252. Let me know if you have any other math questions."),
    ("Question: What is 6 * 7?\nAnswer:",
     " 42. Multiplying these two numbers gives 42, which is the product you were looking for today."),
    ("What is 12 * 12?", "144\n\nIf you need more help with multiplication or anything else, just ask me."),
    ("What is 1234 + 4321?", "The sum is 5555. You can check it by adding the digits column by column."),
    ("What is 9 + 8?", "Seventeen. Counting on from nine, eight more steps take you all the way there."),
])
def test_a_result_given_early_answers_without_repeating_the_questions_numbers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_result_said_only_after_a_page_of_something_else_is_still_off_topic():
    output = ("The students of the school wrote their essays on the history of the town and its old bridge, "
              "the river and the market square, and one of them got 252 marks.")
    verdict = judge("What is 17 + 5 + 230?", output)
    assert verdict.drifts, verdict.explain()
    assert any(e.measure == "topic.numbers" for e in verdict.evidence if e.property == "drifts"), verdict.explain()


# --- the working shown step by step -----------------------------------------------------------------------


@pytest.mark.parametrize("prompt, output", [
    ("What is 17 + 5 + 230?", "17 + 5 = 22, and 22 + 230 = 252."),
    ("What is 25 * 4 + 10?", "25 * 4 = 100\n100 + 10 = 110"),
    ("Calculate 3 * (4 + 2).", "First, 4 + 2 = 6. Then 3 * 6 = 18."),
    ("Question: What is 8 * 3 - 4?\nAnswer:", " First 8 * 3 = 24, then 24 - 4 = 20."),
])
def test_a_sum_worked_from_the_questions_numbers_and_earlier_results_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_a_step_that_brings_in_a_number_neither_asked_nor_worked_out_gives_no_result():
    verdict = judge("What is 17 + 5 + 230?", "17 + 9 = 26, and 26 + 40 = 66.")
    assert not verdict.answers, verdict.explain()
    assert "not the result" in verdict.explain()


def test_a_sum_of_part_of_the_questions_numbers_that_no_step_takes_up_gives_no_result():
    verdict = judge("What is 12 + 30 + 7?", "12 + 30 = 42 because the tens go together")
    assert not verdict.answers, verdict.explain()
