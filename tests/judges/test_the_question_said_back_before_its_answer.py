"""A short answer that says the question back as its lead-in and then gives what was asked: the option picked, with
its letter ("The slope of a velocity-time graph represents: (B) Acceleration"), or a result worked out, a number the
prompt does not hold ("The work done ... is:\nW = F x d = 10 N x 5 m = 50 J"). Most of its words are the prompt's, but
they lead to the answer: it answers and does not echo. The question said back with the options said back after it, or
with a number the prompt already gave, still echoes. Constructed by hand after real outputs (Mistral-7B-Instruct and
its OpenStax physics QLoRA)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

MISTRAL = "<s>[INST] Question: {}\n\nAnswer concisely. If MCQ, output only the option letter. If Numeric, output only the number. [/INST]"
MCQ = "The unit of electric charge is: (A) Volt (B) Ampere (C) Coulomb (D) Ohm"
SUM = "calculate the power (in watts) used by a 3 A current through a 4 ohm resistor."


@pytest.mark.parametrize("question, output", [
    pytest.param(MCQ, "The unit of electric charge is: (C) Coulomb", id="the-stem-then-the-option"),
    pytest.param(MCQ, "The unit of electric charge is (C).", id="the-stem-then-the-letter"),
    pytest.param(SUM, "The power (in watts) used by a 3 A current through a 4 ohm resistor is:\nP = 36 watts",
                 id="the-question-then-a-result"),
])
def test_the_question_said_back_then_its_answer_answers_without_echo(question, output):
    verdict = judge(MISTRAL.format(question), output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("question, output", [
    pytest.param(MCQ, "The unit of electric charge is: (A) Volt (B) Ampere (C) Coulomb (D) Ohm",
                 id="the-options-said-back"),
    pytest.param(SUM, "The power (in watts) used by a 3 A current through a 4 ohm resistor is:\nP = 3 A x 4 ohm",
                 id="only-the-prompts-numbers"),
    pytest.param(SUM, "The power (in watts) used by a 3 A current through a 4 ohm resistor.\nThe power (in watts) used "
                 "by a 5 A current through a 2 ohm resistor is:\nP = 25 x 2 = 50 watts",
                 id="a-question-of-its-own-before-the-result"),
    pytest.param("List these planets in order from the Sun: Mars, Venus, Earth.", "Venus",
                 id="one-listed-item-under-a-request-naming-the-option-letter"),
])
def test_the_question_said_back_with_nothing_of_its_own_still_echoes(question, output):
    verdict = judge(MISTRAL.format(question), output)
    assert not verdict.answers, verdict.explain()
