"""After its answer a small fine-tune may go on as a quiz: a new question with its answer marked after it on the same
line ("What will happen after I buy 5 more? (Answer: 7)"). Those are more questions of the prompt's kind, written by
the output: it drifts (``prompt.more_questions``), wherever its lines break. Not where the request asks for questions. Constructed after a 1.8B model's Alpaca SFT given bare prompts.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


@pytest.mark.parametrize("prompt, output", [
    pytest.param("I have 3 apples. I give away 2 and buy 5 more. How many do I have now?",
                 "(Answer: 6) 6 apples are left. What will happen to my total after I buy 5 more? (Answer: 11) 11 "
                 "apples. What share of the apples did I give away? (Answer: 40%) That is the answer.",
                 id="on-one-line"),
    pytest.param("A train travels 120 miles in 2 hours. What is its average speed?",
                 "(Answer: 60 miles per hour)\nThe average speed is the distance over the time.\nWhat is the speed of a "
                 "car that goes 90 miles in 3 hours? (Answer: 30 miles per hour)\nHow far does it go in 4 hours? "
                 "(Answer: 120 miles)", id="on-lines-of-their-own"),
])
def test_new_questions_with_their_answers_marked_after_the_answer_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and "prompt.more_questions" in drift_measures(verdict), verdict.explain()


def test_quiz_items_the_request_asks_for_are_no_drift():
    verdict = judge("Can you write two quiz questions about trains, each with its answer?",
                    "What is the fastest train in Japan? (Answer: the Shinkansen)\nWhere was the first public railway "
                    "opened? (Answer: England, in 1825)")
    assert verdict.answers and not verdict.drifts, verdict.explain()
