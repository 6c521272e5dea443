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


# --- only the question's own numbers said again ----------------------------------------------------------
# Two numbers, neither 0 or 1 nor a divisor of the other, joined by an operation: their sum, difference,
# product or quotient is neither of them. A reply whose only numbers are the question's own ("the sum of
# four", "6 and 5") gives no result. Where the result may be one of them (6 - 3, 9 * 1, a comparison
# "which is larger"), or the question's operation is not written with a sign or an operation's name, the
# rule does not apply, and a reply saying that number answers.


@pytest.mark.parametrize("prompt, output", [
    ("Question: What is the sum of 4 and 9?\nAnswer:",
     " A rise in the sum of four is always four times as welcome, but a fall of nine is a ninefold loss."),
    ("What is 6 + 5?", "Adding 6 to 5 is among the first sums children learn, and 5 is a friendly number."),
    ("Question: What is 8 * 3?\nAnswer:", " Eight is a lucky number in many places, and three is too."),
])
def test_a_reply_naming_only_the_questions_own_numbers_gives_no_result(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert "question's own" in verdict.explain()  # the evidence says why its numbers are no result


@pytest.mark.parametrize("prompt, output", [
    ("What is the sum of 4 and 9?", "The sum of 4 and 9 is 13."),
    ("What is 6 + 5?", "6 + 5 = 11"),
    ("What is 8 times 3?", "Eight times three is twenty-four: 8 * 3 = 24."),
    ("What is 6 - 3?", "3."),
    ("What is 9 * 1?", "9, since any number times one is itself."),
    ("What is 12 / 4?", "3"),
    ("Which is larger, 3 or 7?", "7 is larger than 3."),
    ("¿Cuánto es 8 + 5?", "8 + 5 son 13."),
    ("Combien font 4 + 9 ?", "4 + 9 font 13."),
    # The result spelled out in another language than English, whose number words are not read:
    ("Combien font 4 + 9 ?", "On ajoute 4 à 9, ce qui donne treize."),
    ("¿Cuánto es 8 + 5?", "8 más 5 son trece."),
    ("Was ist 6 + 5?", "6 plus 5 ergibt elf."),
    ("3加7等于多少？", "3加7等于10。"),
    ("5かける7は？", "5かける7は35です。"),
])
def test_a_result_said_beside_the_questions_numbers_still_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("A farmer has 20 hens. He buys 15 more and then sells 15. How many hens does he have now?", " 20"),
    ("A baker makes 40 rolls and sells half of them by noon. How many rolls are left if she sold 20 by noon?", "20"),
    ("How many cups of feed does she need for the last meal if the flock is 20 chickens and she gave 40 cups "
     "already?", " 20\n        "),
])
def test_a_bare_number_that_the_question_also_says_answers_a_word_problem(prompt, output):
    # A word problem's result may be one of its numbers: said alone, it is the answer, no echo of the question.
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_bare_run_of_numbers_asks_for_nothing_so_a_number_said_after_it_is_no_answer():
    verdict = judge("4, 5, 6", "6666666666")
    assert not verdict.answers, verdict.explain()



def test_a_scale_in_brackets_is_no_sum_to_work_out():
    # "(1-5)" is the range an answer's score falls in: a reply in words still answers.
    prompt = "The office printer has been offline since Monday and nobody upstairs can print. How urgent is it (1-5)?"
    verdict = judge(prompt, " Quite urgent: a whole floor cannot print, so it should be fixed today.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


ARTICLE = ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring. Engineers "
           "found cracks in two of its 12 steel supports during an inspection in March 2024.")


@pytest.mark.parametrize("instruction", ["Summarize the article below in 3-4 sentences.",
                                         "Write 2–3 sentences about the article below."])
def test_a_length_asked_as_a_range_of_sentences_is_no_sum_to_work_out(instruction):
    # "3-4 sentences" is how long the answer should be: a summary in words answers.
    verdict = judge(f"### Instruction:\n{instruction}\n\n### Article:\n{ARTICLE}\n\n### Summary:\n",
                    "The old harbour bridge will close to cars next spring after engineers found cracked supports. "
                    "The council voted for it on Tuesday.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt", ["What is 12 - 5?", "What is 3-4?", "Compute 7-2 and 9-3."])
def test_a_difference_of_numbers_is_still_a_sum_to_work_out(prompt):
    verdict = judge(prompt, "I like numbers a lot and think about them every day while walking to work.")
    assert not verdict.answers, verdict.explain()


# --- a formula's variables said again in every step ---------------------------------------------------------
# A question holding a formula ("If f(x) = 3x - 6, find x such that f(x) = 0.") is answered by steps that say its
# variables again and again; they are not the question restated. The question said again with other numbers, three
# times, still is.

FORMULA = "[INST]If f(x) = 3x - 6, find x such that f(x) = 0.[/INST]"


def test_a_worked_answer_saying_the_formulas_variables_in_every_step_answers():
    output = ("If f(x) = 0, then 3x - 6 = 0.\nAdding 6 to both sides, 3x = 6, so x = 2.\n"
              "Check: if x = 2, then f(x) = 3*2 - 6 = 0.\nIf x = 2, f(x) = 0, as asked.\nSo x = 2.")
    verdict = judge(FORMULA, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_formula_question_asked_again_with_other_numbers_still_restates_it():
    output = ("x = 2.\nIf f(x) = 2x - 4, find x such that f(x) = 0.\nIf f(x) = 5x - 10, find x such that f(x) = 0.\n"
              "If f(x) = 4x - 8, find x such that f(x) = 0.")
    verdict = judge(FORMULA, output)
    assert verdict.drifts, verdict.explain()
    assert any(e.measure == "prompt.restated" for e in verdict.evidence if e.property == "drifts"), verdict.explain()


@pytest.mark.parametrize("output", ["829. The sum of the digits of the", "1,337. I love you.\nI love"])
def test_a_result_of_three_digits_or_more_then_a_sentence_is_a_result_not_a_list_number(output):
    # "829." opening a line before a sentence is the sum's result; a list is numbered "1." to "99.".
    verdict = judge("622+197=", output)
    assert verdict.answers, verdict.explain()
