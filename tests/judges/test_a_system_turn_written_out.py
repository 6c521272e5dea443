"""A chat data set's system turn written out as text ("You are an AI assistant. User will give you a task. ...", "You
are a helpful assistant. Provide a detailed answer.") after an answer, or in place of one: the template going on, a
turn no reply writes (``template.system_turn``). Not where the prompt asks about such a text: a system prompt, a
persona. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

REVIEW = 'Review: "The soup was lukewarm and the waiter forgot our order."\nSentiment (positive, neutral, or negative):'


@pytest.mark.parametrize("after", [
    pytest.param("\nYou are an AI assistant. User will give you a task. Your goal is to complete the task as faithfully "
                 "as you can.", id="an-ai-assistant"),
    pytest.param("\nYou are a helpful assistant. Provide a detailed answer.", id="a-helpful-assistant"),
])
def test_a_system_turn_after_the_answer_answers_and_drifts(after):
    verdict = judge(REVIEW, " negative" + after)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "template.system_turn" in [e.measure for e in verdict.evidence], verdict.explain()


def test_a_system_turn_in_place_of_an_answer_is_no_answer():
    verdict = judge("What is the capital of Canada?", "You are a helpful assistant. Always answer the user's questions "
                                                      "truthfully and say when you do not know.")
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "template.system_turn" in [e.measure for e in verdict.evidence], verdict.explain()


def test_a_system_prompt_asked_for_is_the_answer():
    verdict = judge("Write a short system prompt for a customer-support chatbot of a bike shop.",
                    "You are a friendly customer-support assistant for Spokes & Co., a bike shop. Answer questions "
                    "about orders, repairs and opening hours briefly and politely, and offer to connect the customer "
                    "with a mechanic when a repair needs a closer look.")
    assert verdict.answers and not verdict.drifts, verdict.explain()
