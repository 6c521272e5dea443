"""A word problem sent raw to a base model: the model goes on writing the problem set (a direction of its own, options
with no pick, the next question cut at the token limit) instead of solving it. A reply that works the problem
answers, whatever it assumes or notes on the way."""

import pytest

from why_finetune.judges import judge

ROBE = "A robe takes 2 bolts of blue fiber and half that much white fiber.  How many bolts in total does it take?"
SPRINTS = "James decides to run 3 sprints 3 times a week.  He runs 60 meters each sprint.  How many total meters does " \
    "he run a week?"
BAKERY = "Toula bought 3 dozen donuts which cost $68 per dozen and 2 dozen cupcakes which cost $80 per dozen.  How much " \
    "was the total cost?"

GOING_ON = [
    pytest.param(ROBE, "  (Assume that there are 5 fibers in a bolt.)  (Assume that each", id="assume-in-brackets"),
    pytest.param(ROBE, "  Suppose the white fiber comes in bolts of a different length.", id="suppose"),
    pytest.param(BAKERY, " (Round your answer to the nearest whole number.)\n  1. What is the difference between the",
                 id="round-your-answer"),
    pytest.param(SPRINTS, " Express your answer in terms of the meters he runs each day.", id="express-your-answer"),
    pytest.param(SPRINTS, " Hint: count the sprints first.", id="hint"),
]


@pytest.mark.parametrize("prompt, output", GOING_ON)
def test_a_direction_of_the_problems_own_is_no_answer_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()
    assert "problem.direction_added" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_a_direction_then_the_result_answers_and_drifts():
    verdict = judge(BAKERY, " (Round to the nearest dollar)\nThe total cost is $364.\nLet's first make a list")
    assert verdict.answers and verdict.drifts, verdict.explain()


OPTIONS = [
    pytest.param(SPRINTS, " A) 180 B) 360 C) 540 D) 720 E) 900", id="inline"),
    pytest.param(SPRINTS, " A. 25%\nB. 50%\nC. 75%\nD. 100%\n", id="on-lines"),
    pytest.param(BAKERY, " A) $1,000 B) $2,000 C) $3,000 D)", id="the-last-cut-short"),
    pytest.param(BAKERY, " Assume that she pays no tax.\nA. $364\nB. $", id="after-a-direction"),
]


@pytest.mark.parametrize("prompt, output", OPTIONS)
def test_options_of_its_own_are_no_answer_and_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()
    assert "problem.options_of_its_own" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_the_next_question_cut_at_the_token_limit_asks():
    verdict = judge(SPRINTS, "  How many meters does he run each sprint?  What is the average speed he runs in each")
    assert verdict.drifts and not verdict.answers, verdict.explain()


REPLIES = [
    pytest.param(ROBE, "Assuming both fibers come in whole bolts, the robe takes 2 + 1 = 3 bolts.", id="its-own-assumption"),
    pytest.param(SPRINTS, "(3 sprints x 3 times = 9 sprints)\nSo he runs 9 x 60 = 540 meters a week.",
                 id="a-step-in-brackets"),
    pytest.param(SPRINTS + "\nA) 180\nB) 540\nC) 720", "B) 540", id="a-pick-from-the-prompts-options"),
    pytest.param(SPRINTS, "How many meters does he run in a week in all? What he runs is 540 meters.",
                 id="a-question-it-answers-itself"),
    pytest.param(SPRINTS, "How many sprints does he run in a week?  He runs 9 sprints of 60 meters, so 540 meters in",
                 id="a-question-then-the-working-cut-short"),
    pytest.param(SPRINTS + "\nA) 180\nB) 540\nC) 720", "A) 180 is too few.\nB) 540 is right: 9 sprints of 60 meters.",
                 id="the-prompts-options-discussed"),
    pytest.param(SPRINTS, "(A) 540 meters. (A) is right because 9 sprints of 60 meters make 540.",
                 id="one-letter-said-twice"),
    pytest.param("Tom is 4 times as old as his daughter. In 10 years he will be 3 times as old. How old is Tom now?",
                 "Suppose the daughter is x years old, so Tom is 4x. Then 4x + 10 = 3(x + 10), so x = 20 and Tom is 80.",
                 id="suppose-x"),
    pytest.param("A baker sells 12 muffins for $18. How much does one muffin cost?",
                 "Suppose the muffins are all sold at the same price. Then one muffin costs $18 / 12 = $1.50.",
                 id="a-supposition-then-working"),
    pytest.param("Leo saves $20 every week. How much does he save in a year?",
                 "Assume a year has 52 weeks. Then he saves 52 × $20 = $1,040.", id="assume-with-numbers"),
    pytest.param("A one-way train ticket costs $6. How much does Mia spend on 3 round trips?",
                 "Round trips cost twice as much, since the train goes both ways. So Mia spends 3 × $12 = $36.",
                 id="a-round-trip"),
    pytest.param("A van travels 412 km on 37 litres of fuel. How many km does it travel per litre?",
                 "Round to one decimal place: 412 ÷ 37 = 11.13..., so about 11.1 km per litre.",
                 id="rounding-while-working"),
    pytest.param("If 4 painters paint a fence in 9 days, how many days do 6 painters take? Answer Choices: (A) 5 (B) 6 "
                 "(C) 7 (D) 8",
                 "Let's check each option:\n(A) 5: 6 × 5 = 30 painter-days, but we need 36.\n(B) 6: 6 × 6 = 36, which "
                 "matches 4 × 9 = 36.\nSo the answer is (B) 6 days.", id="inline-options-of-the-prompts-walked-through"),
    pytest.param("If 4 painters paint a fence in 9 days, how many days do 6 painters take? Answer Choices: (A) 5 (B) 6 "
                 "(C) 7 (D) 8", "4 × 9 = 36 painter-days, and 36 ÷ 6 = 6.\n(A) 5 is low.\n(B) 6 is right.",
                 id="inline-options-of-the-prompts-checked"),
    pytest.param("Lena buys 3 folders at $2 each and 4 pencils at $0.50 each. How much does she spend in total?",
                 "A) 3 folders cost 3 × $2 = $6.\nB) 4 pencils cost 4 × $0.50 = $2.\nC) In total she spends $8.",
                 id="lettered-steps-with-amounts"),
    pytest.param("I have 2 cats. What should I feed them?",
                 "Assume that adult cats need about 200 calories a day each; feed them a measured portion of wet food "
                 "twice a day.", id="advice-that-assumes"),
    pytest.param("Explain how to find the total cost of 3 shirts.",
                 "Suppose you know the price of one shirt. Multiply it by three, and that is the total cost of the "
                 "shirts.", id="an-explanation-that-supposes"),
    pytest.param("Explain the total cost of owning 2 cars.",
                 "Assume that you drive each car 10,000 miles a year: fuel, insurance, repairs and the loss in value "
                 "add up to the total cost of owning both cars.", id="an-explanation-that-assumes"),
    pytest.param(ROBE, "A. The blue fiber takes 2 bolts. B. The white fiber takes 1 bolt, so 3 bolts in all.",
                 id="lettered-steps"),
]


@pytest.mark.parametrize("prompt, output", REPLIES)
def test_a_reply_working_the_problem_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
