"""A base model given a request often writes the next requests instead of the thing requested, in the
asker's voice: "Tell us about the tree and the people who live around it. What is the name of the tree?" for
"Write a short story about a tree.", as the course's Llama-2-7b wrote "Tell me how to train my dog to stay.
Tell me how to teach my dog to come." for "... to sit". An instruction's verb and "me" or "us" opening the
reply, then a question or another such request, where the prompt is itself an instruction, is the asker going
on: no answer. A reply whose steps are imperatives ("Make a list ..."), a rewrite or a translation of a
request, a request asked for, and one such sentence alone or before a statement (a greeting, a quote, a
riddle) are replies. Constructed by hand for each shape."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

NEXT_REQUESTS = [
    pytest.param("Write a short story about a lighthouse.",
                 "Tell us about the lighthouse and the keeper who lives in it. What does the keeper see at night? "
                 "Write about the storms and the ships that pass.", id="story"),
    pytest.param("Explain how a rainbow forms.",
                 "Tell me why a rainbow has seven colours. Give me an example of a rainbow over a waterfall.",
                 id="explain"),
    pytest.param("Give me three tips for better sleep.",
                 "Give me three tips for waking up early. Tell me which one works best for students.", id="tips"),
    pytest.param("Describe your favourite city.",
                 "Tell me about the city where you grew up. Why did you leave it behind?", id="describe"),
]


@pytest.mark.parametrize("prompt, output", NEXT_REQUESTS)
def test_the_next_request_in_the_askers_voice_is_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.another_request" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", NEXT_REQUESTS)
def test_so_it_is_in_a_chat_template(prompt, output):
    assert not judge(chatml(prompt), output).answers


REPLIES = [
    pytest.param("Give me three tips for better sleep.",
                 "Make a bedtime routine and keep to it, so your body knows when to sleep. Write down your worries "
                 "before bed so they leave your head. Keep the bedroom cool and dark.", id="imperative-tips"),
    pytest.param("Rewrite these lines more simply: Provide me with the total cost of the order. Inform me of the "
                 "date of its delivery.",
                 "Tell me the total cost of the order. Tell me the delivery date.", id="rewrite"),
    pytest.param("Translate into English: Dime la hora. ¿Qué día es hoy?", "Tell me the time. What day is it today?",
                 id="translation"),
    pytest.param("Write two questions a customer might ask a bakery.",
                 "Tell me, does the bakery bake its rye bread fresh each morning? And when does it open on Sundays?",
                 id="questions-asked-for"),
    pytest.param("Write a greeting for our customer support chatbot.",
                 "Tell us what's going wrong with your order, and our support team will sort it out within the hour.",
                 id="a-greeting-asked-for"),
    pytest.param("Tell me a riddle.",
                 "Tell me this: what has keys but cannot open a single lock? The riddle's answer is a piano.",
                 id="a-riddle-opening-as-a-request"),
    pytest.param("Tell me how to make tea.",
                 "Boil fresh water, pour it over the tea leaves and let them steep for three minutes.", id="steps"),
]


@pytest.mark.parametrize("prompt, output", REPLIES)
def test_a_reply_that_is_or_holds_a_request_of_its_own_kind_still_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
