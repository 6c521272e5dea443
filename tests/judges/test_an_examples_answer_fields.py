"""A task shown by one worked example whose answer fields are named after it ("Example: ...\nExample solution: B\n
Example explanation: ..."), then the item to do under a label of its own ("Problem: ..."), as instruction collections
write tasks. The output answers under the example's answer fields ("Example solution: A\nExample explanation: ..."):
the answer's own fields the first time each comes, no new example of the format. The same block again is one.
Constructed by hand after real outputs (an instruct model and its preference tune, prompted without a chat template)."""

from __future__ import annotations

from why_finetune.judges import judge

from .probes import drift_measures

PROMPT = ("You are given a question and answer options. Choose the correct answer based on commonsense knowledge.\n"
          "Example: Where would you find magazines along side many other printed works?\n"
          "(A)doctor (B)bookstore (C)market (D)train station (E)mortuary\n"
          "Example solution: B\n"
          "Example explanation: libraries contain magazines and many other printed works.\n\n"
          "Problem: Where do you keep milk cold at home?\n"
          "(A)oven (B)garden (C)refrigerator (D)library (E)garage\n")
ANSWER = "Example solution: C\nExample explanation: a refrigerator keeps food such as milk cold.\n"


def test_an_answer_under_the_examples_answer_fields_answers_without_drift():
    verdict = judge(PROMPT, ANSWER)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_answer_block_again_is_a_new_example():
    verdict = judge(PROMPT, ANSWER + "\nExample solution: C\nExample explanation: milk is kept in a refrigerator.\n")
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.format" in drift_measures(verdict), verdict.explain()


def test_a_new_problem_after_the_answer_is_a_new_example():
    verdict = judge(PROMPT, ANSWER + "\nProblem: Where do you put dirty clothes?\n(A)hamper (B)sink (C)oven\n")
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_answer_fields_named_after_the_examples_first_word_are_filled_once():
    prompt = ("Add the two numbers.\nExample input: 3 5\nExample output: 8\n\nInput: 7 2\n")
    verdict = judge(prompt, "Example output: 9")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
