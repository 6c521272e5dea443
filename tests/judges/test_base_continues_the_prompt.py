"""Base models that go on with the prompt's own genre, on constructed outputs written for these tests
(not copied from any labelled corpus).

* numbers that are not the result: a question made of numbers answered with a sum of other numbers
  ("4 + 5 = 9" for the sum of 6 and 5), or with a string of the question's numbers and others that
  states no result, gives no result; the question's own sum worked out, or a bare number, does.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

# --- numbers that are not the result --------------------------------------------------------------------

SUM = "Question: What is the sum of 6 and 5?\nAnswer:"
DIFFERENCE = "Question: What is 90 - 45?\nAnswer:"


def test_a_sum_of_other_numbers_gives_no_result():
    verdict = judge(SUM, "\n\n4 + 5 = 9 since\n\nmy sum of them came out wrong in the spreadsheet again.\n")
    assert not verdict.answers, verdict.explain()
    assert "not the result" in verdict.explain()


def test_the_questions_numbers_in_calls_of_code_state_no_result():
    verdict = judge(SUM, " I wrote total(6) + total(5) in my script to get the sum but it printed an error.")
    assert not verdict.answers, verdict.explain()


def test_a_string_of_the_questions_numbers_and_others_states_no_result():
    verdict = judge(DIFFERENCE, " The answer to the question is:\n\n90 - 12? - 45? - 30 and so it goes on")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("output", [
    " 6 + 5 = 11, so the sum is eleven.",
    " 11. Adding 6 and 5 gives 11.",
    " 90 - 45 = 45",
])
def test_the_questions_own_sum_worked_out_or_a_bare_number_answers(output):
    prompt = DIFFERENCE if "90" in output else SUM
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
