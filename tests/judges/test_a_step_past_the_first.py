"""A base model given a request for a text often writes the middle of a how-to instead: "Step 5:\n\nSend the
message to your friend." for "Write a thank you message.", a procedure whose first steps are not there. A reply
that opens with a step numbered past the first is no answer. Steps from the first, a step the prompt asks for or
follows on from ("What comes next?", "How do I ...?"), and other numbered things (a trip's "Day 3:", a story's
"Part 2.") are replies. Constructed by hand for each shape."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

MIDDLES = [
    pytest.param("Write a thank you message.",
                 "Step 5:\n\nSend the thank you message to your friend.\n\nStep 6:\n\nWait for your friend to reply "
                 "to the message.", id="step-5"),
    pytest.param("Write instructions for changing a bicycle tyre.",
                 "Step 4: Put the new tyre on the bicycle wheel and pump it up. Step 5: Check the tyre's pressure.",
                 id="step-4"),
    pytest.param("Schreibe eine kurze Anleitung zum Teekochen.",
                 "Schritt 3: Beim Teekochen den Tee drei Minuten ziehen lassen. Schritt 4: Den Teebeutel herausnehmen.",
                 id="schritt-3"),
]


@pytest.mark.parametrize("prompt, output", MIDDLES)
def test_a_reply_opening_with_a_step_past_the_first_is_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.later_step" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", MIDDLES)
def test_so_it_is_in_a_chat_template(prompt, output):
    assert not judge(chatml(prompt), output).answers


REPLIES = [
    pytest.param("Write instructions for changing a bicycle tyre.",
                 "Step 1: Take the wheel off the bicycle. Step 2: Lever the old tyre off the rim. Step 3: Put the "
                 "new tyre on and pump it up.", id="from-step-1"),
    pytest.param("Tell me the fifth step of baking bread.",
                 "Step 5: Knead the bread dough for ten minutes until it is smooth.", id="step-asked-for"),
    pytest.param("I've mixed the flour, salt and yeast for my bread. Write what I do next.",
                 "Step 2: Add warm water to the bread flour a little at a time and knead the dough until smooth.",
                 id="what-comes-next"),
    pytest.param("Plan the third day of my trip to Paris.",
                 "Day 3: Montmartre in the morning, lunch near the Sacre-Coeur, then the Marais and its museums "
                 "for the afternoon of your Paris trip.", id="a-day-of-a-trip"),
    pytest.param("Write a sequel to the story of the tortoise and the hare.",
                 "Part 2. The Rematch. A year later the hare asked the tortoise for another race, and this time the "
                 "hare did not stop to sleep; the tortoise lost, and laughed, and the story says they became friends.",
                 id="a-sequel-in-parts"),
    pytest.param("Rate this film out of five stars.", "3.5 stars: the film is slow but well acted.",
                 id="a-number-that-is-no-step"),
]


@pytest.mark.parametrize("prompt, output", REPLIES)
def test_steps_from_the_first_one_the_prompt_asks_for_or_other_numbered_things_answer(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
