"""A prompt of numbers and operators alone ("813+124=") asks for its result and nothing else, on constructed
outputs written for these tests (not copied from any labelled corpus):

* the result, then a sentence that names none of the prompt's numbers ("937. The weather in Paris is mild in
  spring.", "653. The number 653 is a prime number"): the result answers, and the sentence is text of the output's
  own, off the question;
* the result, then a sentence on the sum (its numbers named, or the operation: "937 is the sum of the two."), or
  the result alone: no drift;
* a question in words ("What is 17 + 5 + 230?") may be answered with a friendly line after the result
  (test_arithmetic_answers.py): this reads prompts with no words only.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge


@pytest.mark.parametrize("prompt, output", [
    ("813+124=", "937. The weather in Paris is mild in the spring"),
    ("26+512=", "538. I love you.\nI love"),
    ("45 * 12 =", "540. The number of people who live in the"),
    ("7 + 8 =", " 15\nMy favourite colour is blue and my dog is called Rex."),
    # The result named again, with another property of it: no longer the sum (MPT-7B: "719. The number 719 is a
    # composite").
    ("65+588=", "653. The number 653 is a prime number, the 119th"),
])
def test_the_result_then_a_sentence_naming_no_number_of_the_sum_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert any(e.measure == "topic.after_the_result" for e in verdict.evidence if e.property == "drifts"), \
        verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("813+124=", "937"),
    ("813+124=", "937. 813 plus 124 makes 937."),
    ("813+124=", "937. 937 is the sum of the two numbers."),
    ("178+567=", "745, so the answer is 745."),
    ("178+567=", "745. 745 is correct."),
    ("813 + 124 = ?", "937\n\nExplanation: adding 813 and 124 column by column gives 937."),
    ("1,200 + 300 =", "1,500. Adding 300 to 1,200 gives 1,500."),
    ("100/3=", "33.333... The result is a repeating decimal."),
    ("60*24=", "1440. That's the number of minutes in a day."),
    ("1000-1=", "999. That's one less than a thousand."),
    ("25+17=", "42。这是两个数的和。"),
    ("12*12=", "144. Let me know if you need help with anything else!"),
])
def test_the_result_alone_or_a_sentence_on_the_sum_does_not_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_question_in_words_may_end_on_a_friendly_line():
    verdict = judge("What is 17 + 5 + 230?", "252. Good luck with your homework this week.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_long_sum_with_words_after_it_is_read_at_once():
    # Twenty terms, then words: no bare sum, read in one pass whatever its length.
    prompt = " + ".join(str(1234 + 1111 * k) for k in range(20)) + " = ? Show your work."
    verdict = judge(prompt, "The total is 235,780.")
    assert verdict.answers, verdict.explain()
