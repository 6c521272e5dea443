"""A request that shows its form with placeholder items ("such as:\\n* This is the first point.\\n* This is the second
point.") and an output that writes the next one ("* This is the third point."): more of the prompt's text, not the
reply in that form, so it drifts, and alone it answers nothing. A reply that fills the bullets with its own words, a
form whose slot is no count filled ("The answer is B.", "Today is Wednesday."), or a list the request asks to go on, is
no drift. Constructed by hand after real outputs (Mistral-7B and its self-rewarding
tunes on instruction-following prompts sent raw)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

PROMPT = ("Write a dialogue between a baker and a customer who wants a cake by tomorrow. Your answer must contain "
          "exactly 3 bullet points in the markdown format such as:\n* This is the first point.\n"
          "* This is the second point.")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(PROMPT, "\n* This is the third point.\n\n\n\n", id="the-next-placeholder"),
    pytest.param("List your reasons in this form:\n- Reason one is that ...\n- Reason two is that ...",
                 "- Reason three is that ...\n- Reason four is that ...", id="dashes"),
    pytest.param("Answer in numbered steps, for example:\n1. Step one: do this.\n2. Step two: do this.",
                 "3. Step three: do this.\n4. Step four: do this.", id="numbered"),
])
def test_the_next_item_of_the_prompts_examples_drifts_and_answers_nothing(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "prompt.example_list" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(PROMPT, "* Customer: Could you bake a chocolate cake for tomorrow?\n* Baker: Yes, it will be ready "
                 "by noon.\n* Customer: Wonderful, thank you!", id="bullets-filled-with-its-own-words"),
    pytest.param("Continue the list with two more items:\n* This is the first point.\n* This is the second point.",
                 "* This is the third point.\n* This is the fourth point.", id="a-list-asked-to-go-on"),
    pytest.param(PROMPT, "* This is the first point.", id="an-item-of-the-prompt-said-back"),
    pytest.param("Which planet is largest? A) Mars B) Jupiter C) Venus. Give your answer in this form:\n"
                 "- The answer is A.\n- The answer is B.", "- The answer is B.\n\nJupiter is the largest planet.",
                 id="a-form-filled-with-the-pick"),
    pytest.param("Write the line for Wednesday:\n- Today is Monday.\n- Today is Tuesday.", "- Today is Wednesday.",
                 id="a-slot-of-other-words-filled"),
    pytest.param("Which season do you like best? Answer like one of these:\n1. I like spring best.\n"
                 "2. I like summer best.", "1. I like autumn best.", id="a-numbered-form-filled"),
])
def test_a_reply_in_the_form_or_a_list_asked_to_go_on_is_no_such_drift(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.example_list" not in drift_measures(verdict), verdict.explain()
