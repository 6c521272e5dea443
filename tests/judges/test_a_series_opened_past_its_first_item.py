"""A base model given a request often writes the middle of a page: "Step 5:\n\nSend the message to your friend."
for "Write a thank you message.", a worksheet or a how-to whose first steps are not there. A reply that opens
with an item of a series numbered past the first is no answer. A series from its first item, one the prompt
numbers itself, and a step the prompt asks for by its number are replies. Constructed by hand for each shape."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

MIDDLES = [
    pytest.param("Write a thank you message.",
                 "Step 5:\n\nSend the thank you message to your friend.\n\nStep 6:\n\nWait for your friend to reply "
                 "to the message.", id="step-5"),
    pytest.param("Write a short story about a fox.",
                 "Part 3. The fox crossed the river at night and found the farm where the hens slept. Part 4. The "
                 "farmer's dog woke up and chased the fox back into the woods.", id="part-3"),
    pytest.param("Explain how to change a bicycle tyre.",
                 "Step 4: Put the new tyre on the bicycle wheel and pump it up. Step 5: Check the tyre's pressure.",
                 id="step-4"),
    pytest.param("Schreibe eine kurze Anleitung zum Teekochen.",
                 "Schritt 3: Beim Teekochen den Tee drei Minuten ziehen lassen. Schritt 4: Den Teebeutel herausnehmen.",
                 id="schritt-3"),
]


@pytest.mark.parametrize("prompt, output", MIDDLES)
def test_a_reply_opening_past_the_first_item_of_a_series_is_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.mid_series" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", MIDDLES)
def test_so_it_is_in_a_chat_template(prompt, output):
    assert not judge(chatml(prompt), output).answers


REPLIES = [
    pytest.param("Explain how to change a bicycle tyre.",
                 "Step 1: Take the wheel off the bicycle. Step 2: Lever the old tyre off the rim. Step 3: Put the "
                 "new tyre on and pump it up.", id="from-step-1"),
    pytest.param("What is the fifth step of baking bread?",
                 "Step 5: Knead the bread dough for ten minutes until it is smooth.", id="step-asked-for"),
    pytest.param("Step 1: Boil the water.\nStep 2: Warm the teapot.\nWhat comes next when making tea?",
                 "Step 3: Put the tea leaves in the pot and pour the water over them.", id="prompts-own-series"),
    pytest.param("How many stars would you give this film?", "3.5 stars: the film is slow but well acted.",
                 id="a-number-that-is-no-item"),
]


@pytest.mark.parametrize("prompt, output", REPLIES)
def test_a_series_from_its_first_item_or_one_the_prompt_asks_for_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
