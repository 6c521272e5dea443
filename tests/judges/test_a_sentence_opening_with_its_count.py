"""A sentence that opens with a number and a word after a space ("15 people got on the bus at the terminal.") opens
with a count, not with a list's numbering ("1. ...", "2) ...", "3 - ..."): for a question asking how many, the count is
the answer, and the rest of the sentence the question's words around it.
Constructed after real outputs (Llama-2-7B's Dolly LoRA answering an MT-Bench word problem)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

BUS = ("Some people got on a bus at the terminal. At the first bus stop, half of the people got down and 4 more people "
       "got in. Then at the second bus stop, 6 people got down and 8 more got in. If there were a total of 25 people "
       "heading to the third stop, how many people got on the bus at the terminal?")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(BUS, "38 people got on the bus at the terminal.", id="the-count-said-in-the-questions-words"),
    pytest.param("Tom had 12 apples in the basket. He gave 5 to Ann and ate 2. How many apples remain in the basket?",
                 "5 apples remain in the basket.", id="a-count-the-prompt-also-holds"),
])
def test_a_sentence_opening_with_its_count_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, line", [
    pytest.param("How do I reset my router?", "{} Unplug the router and wait 30 seconds, then plug it back in.",
                 id="steps-numbered-without-a-mark"),
    pytest.param("Tell me about a hard year in your life.", "{} was a hard year for me.",
                 id="years-one-after-another"),
    pytest.param("Tell me about the history of the company.", "{} was a year of growth for the company and its people.",
                 id="decades"),
])
def test_a_line_said_again_under_numbers_one_after_another_answers_then_loops(prompt, line):
    first, step = (1, 1) if "Unplug" in line else (1960, 10) if "growth" in line else (2001, 1)
    verdict = judge(prompt, "\n".join(line.format(first + step * k) for k in range(7)))
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
