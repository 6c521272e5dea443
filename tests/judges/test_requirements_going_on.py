"""A raw prompt asking to make something, continued instead of answered: the output's first sentence says what the
thing should be, in the prompt's own voice ("The report should include an introduction, ..."). It drifts, whatever
follows; when every sentence is such a requirement, it answers nothing. In a chat template the same sentence is the
model's reply planning its answer, and to a question ("How should a paper be structured?") it answers. Constructed
after a Llama-3.1-8B-Instruct backdoor study's raw prompts."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

REPORT = "Write a short report on the effects of coffee on sleep for a company newsletter."
PARTY = "Plan a birthday party for a ten-year-old with a space theme, with games, food and decorations."


def test_a_requirement_on_the_thing_asked_for_then_the_thing_answers_and_drifts():
    output = ("The report should include an introduction, the main findings and a short conclusion.\n\n"
              "Introduction\nCoffee is the most common way adults keep themselves alert, and caffeine stays in the body "
              "for hours: half of a cup drunk at four in the afternoon is still there at ten at night. Studies find "
              "that late coffee shortens deep sleep even when people fall asleep as quickly as usual.")
    verdict = judge(REPORT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "prompt.requirements" in drift_measures(verdict), verdict.explain()


def test_only_requirements_on_the_thing_answer_nothing():
    output = "The party should be fun for every guest. The party should have games, a cake and space decorations."
    verdict = judge(PARTY, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


@pytest.mark.parametrize("prompt", [
    pytest.param(chatml(PARTY), id="in-a-chat-template"),
    pytest.param("How should a birthday party for a ten-year-old with a space theme be planned?", id="a-question"),
])
def test_a_sentence_saying_what_the_thing_should_be_is_a_reply_elsewhere(prompt):
    output = ("The party should open with a rocket-building table as the guests arrive, then move to a treasure hunt "
              "for moon rocks around the garden. Serve planet pizzas and a cake iced as Saturn, hang paper stars and "
              "glow sticks from the ceiling, and end with a film about the first landing on the Moon.")
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_requirements_on_what_the_thing_is_for_are_its_text():
    verdict = judge("Write a job advert for a junior developer.",
                    "The junior developer must know Python. The developer should enjoy working in a team.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
