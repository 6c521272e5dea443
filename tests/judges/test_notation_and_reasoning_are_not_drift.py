"""Text whose shape comes from what it is, not from a model going astray: a table of the one number asked for names
no word of the request ("table of 2" answered "2 x 1 = 2 ..."), a formula says its letters again ("C(n, k) = n! /
[k!(n-k)!]"), and a reasoning block asks itself questions ("Hmm, where do I start?"). None of these is off topic, a
loop or more questions of the asker's kind; the same shapes outside them still are.
Constructed after real outputs (gemma-3-270m-it's table LoRA; Llama-3.3-70B-Instruct and DeepSeek-R1-Distill-Llama-70B
on reasoning questions)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

TABLE = "\n".join(f"2 x {n} = {2 * n}" for n in range(1, 11))


def test_a_table_of_the_one_number_asked_for_answers():
    verdict = judge("User: table of 2\nAssistant:", "Table of 2\n" + TABLE)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("User: table of 2\nAssistant:", "\n".join(f"3 x {n} = {3 * n}" for n in range(1, 11)),
                 id="another-numbers-table"),
    pytest.param("Describe the 5 stages of grief.", " ".join(["5"] * 24), id="the-number-said-over-and-over"),
    pytest.param("Question: What happened in 1969?\nAnswer:", "\n".join(["1969"] * 14), id="the-year-a-line"),
])
def test_numbers_that_are_no_rows_of_the_number_asked_for_are_still_held_to_the_topic(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


MARBLES = "In a bag of 100 marbles, 70 are blue and 30 are red. If you draw 2, what's the probability they differ?"


def test_a_formulas_letters_said_again_are_no_loop():
    output = ("The number of ways to choose is C(n, k) = n! / [k!(n-k)!], where n is the number of items and k the "
              "number chosen. So C(100, 2) = 4950, and the different-colour draws are 70 * 30 = 2100, which gives "
              "2100 / 4950 = 14/33.")
    verdict = judge(MARBLES, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


LONG = ("Draw two marbles and count the pairs of different colours against all the pairs you could draw from the bag, "
        "which comes to fourteen in thirty three.")


@pytest.mark.parametrize("output", [
    pytest.param(LONG + " x y x y x y x y", id="outside-a-formula"),
    pytest.param(LONG + " **Answer: B** B D B D B D B D", id="after-bold-marks"),
    pytest.param(LONG + " So (a+b)^3 = " + "(a+b)" * 12, id="a-factor-a-dozen-times"),
    pytest.param(LONG + " 所以 x = 5，所以所以所以", id="chinese-characters-by-a-formula"),
])
def test_letters_said_again_that_are_no_formulas_still_loop(output):
    verdict = judge(MARBLES, output)
    assert "loop.in_a_row" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


MARS = "Please answer the following question:\n\nWhat would be the systemic effects of colonizing Mars?"
THINKING = ("<think>Okay, so I need to figure out the systemic effects of colonizing Mars. Hmm, where do I start?\n"
            "What about the economy?\nAnd what would happen to politics on Earth?\n</think>\n\n")


def test_a_reasoning_blocks_own_questions_are_not_more_questions():
    output = THINKING + ("Colonizing Mars would reshape the economy through new industries, strain politics over "
                         "who governs the colony, and change how people on Earth see their place in the universe.")
    verdict = judge(MARS, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("What does the <think> tag do in DeepSeek-R1 outputs?", "The <think> tag opens the reasoning.\nThe "
                 "model writes its steps there.\nThen </think> closes it.\nHow do I hide the reasoning in my app?\n"
                 "Can I turn it off?", id="a-reply-naming-the-tags"),
    pytest.param(MARS, "<think>Okay, so where do I start?\nWhat about the economy?\nAnd politics?",
                 id="a-block-never-closed"),
])
def test_questions_beside_a_tag_that_opens_no_closed_block_still_count(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.more_questions" in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()


def test_a_block_opened_by_the_prompts_template_is_passed_over_too():
    prompt = ("<\uff5cbegin\u2581of\u2581sentence\uff5c><\uff5cUser\uff5c>What would be the systemic effects of "
              "colonizing Mars?<\uff5cAssistant\uff5c><think>\n")  # DeepSeek-R1's template opens the block
    output = THINKING.replace("<think>", "") + "Colonizing Mars would reshape the economy and politics on Earth."
    verdict = judge(prompt, output)
    assert "prompt.more_questions" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()


def test_questions_after_the_reasoning_block_still_count():
    output = THINKING + ("Colonizing Mars would reshape the economy and politics.\nWhat would be the effects of "
                         "colonizing the Moon?\nWhat would be the effects of colonizing Venus?")
    verdict = judge(MARS, output)
    assert "prompt.more_questions" in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()
