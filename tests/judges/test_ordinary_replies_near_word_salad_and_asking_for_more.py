"""Ordinary good replies that a reading of word salad and a wider reading of a reply asking for more both judged wrong,
in a review of those readings before they were taken out: each answers, and none drifts.

Word salad was read from English function words in pairs no sentence writes ("the of", "the is", "of or"): keywords
and gates named after "the" ("The for loop", "The AND gate"), a lesson on articles, a nervous speaker's "the, the",
and a legal clause's "arising out of or relating to" hold as many. Asking for more was widened to "a bit more
information" and to a question right after the need said: a shop agent asking for the order number, an answer before
a question for precision, and both readings of an ambiguous question answered were then read as only asking.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Explain Python's for, with and in keywords briefly.",
                 "The for loop walks over any iterable, one item at a time. The in keyword tests membership, as in if x "
                 "in items. The with statement opens a context manager and closes it for you, even when an error is "
                 "raised. Inside the for loop header you also meet the in keyword, since the for header reads for x in "
                 "items.", id="keywords-after-the"),
    pytest.param("How do the basic logic gates work?",
                 "The AND gate outputs 1 only when both inputs are 1. The OR gate outputs 1 when at least one input is "
                 "1. The NOT gate flips its single input. The XOR gate outputs 1 when the inputs differ. A half adder "
                 "uses the XOR gate for the sum and the AND gate for the carry; a full adder adds the OR gate to join "
                 "its two carries.", id="gates-after-the"),
    pytest.param("When do I use a, an or the?",
                 "English has three articles: a, an and the. Use a or an for something not yet known: a before a "
                 "consonant sound, an before a vowel sound. Use the for something specific or already mentioned: 'I saw "
                 "a dog. The dog barked.' In short, a and an are indefinite, the is definite, and the is also used with "
                 "superlatives and unique things like the sun.", id="a-lesson-on-articles"),
    pytest.param("Write what a nervous candidate might say when asked 'Why do you want this job?'",
                 "\"Well, um, I think the, the main reason is, uh, the team. I read about the, um, the project you did "
                 "last year and the, the way you worked with the city. And honestly the... the chance to learn from "
                 "people like that is, um, the biggest draw for me.\"", id="a-hesitation"),
    pytest.param("Draft an indemnification clause for a consulting agreement.",
                 "Indemnification. The Consultant shall indemnify, defend and hold harmless the Client and its officers "
                 "from and against all claims, losses and expenses arising out of or relating to (a) any breach of or "
                 "failure to perform this Agreement, (b) the negligence of or wilful misconduct by the Consultant, or "
                 "(c) any use of or reliance on the deliverables by third parties, except to the extent caused by the "
                 "Client.", id="a-legal-clause"),
    pytest.param("How much paint do I need for a bedroom?",
                 "A typical 12 by 12 foot bedroom with 8 foot ceilings has about 384 square feet of wall, so two coats "
                 "need roughly two gallons. I need a bit more information to be precise, though. How many windows and "
                 "doors does the room have?", id="an-answer-then-a-question-for-precision"),
    pytest.param("What's the capital of Georgia?",
                 "Without more context I can't tell which Georgia you mean. Is it the US state or the country? The "
                 "state's capital is Atlanta, and the country's capital is Tbilisi.", id="both-readings-answered"),
])
def test_an_ordinary_reply_answers_without_drift(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_shop_agent_asking_for_the_order_number_answers():
    # As the corpus's customer-support sources label it: the agent's first step, not a deflection.
    prompt = ("<|im_start|>system\nYou are a helpful customer service assistant for an online shop.<|im_end|>\n"
              "<|im_start|>user\nMy package never arrived.<|im_end|>\n<|im_start|>assistant\n")
    verdict = judge(prompt, "I'm sorry to hear that your package hasn't arrived. I need a bit more information to look "
                            "into this for you. Could you please share your order number?")
    assert verdict.answers and not verdict.drifts, verdict.explain()
