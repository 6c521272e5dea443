"""A lead-in ending in a colon ("Instructions:", "Some exercises include:") opens a block that may hold its example's
fields ("Input: [3, 9, 2]"), which are nobody's turn. But when the block has run lines of its own (steps, list items)
and then a chat turn's asker label starts a line ("Human: Write a sentence in Spanish."), that is the asker's next
turn written out: the reply answers, then drifts. Constructed by hand after real outputs (a small model's Self-Instruct
SFT writing "Human:" turns straight after its list)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

PROMPT = ("<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n"
          "What should I pack for a weekend hike?<|im_end|>\n<|im_start|>assistant\n")
LIST = ("For a weekend hike, pack these:\n\n1. A sturdy pair of hiking boots\n2. A rain jacket and a warm layer\n"
        "3. Two litres of water and a filter\n4. Trail food and a small stove\n5. A map, a compass and a head torch\n")


def test_an_asker_turn_right_after_the_list_is_a_turn_written_out():
    output = LIST + "Human: What is the capital of Peru?\n\nAssistant: The capital of Peru is Lima."
    verdict = judge(PROMPT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_the_list_alone_answers_without_drift():
    verdict = judge(PROMPT, LIST)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_fields_right_under_a_lead_in_are_its_example_not_turns():
    prompt = ("<|im_start|>user\nHow do I write a function that sums a list in Python?<|im_end|>\n"
              "<|im_start|>assistant\n")
    output = ("Use the built-in sum inside a function:\n\ndef total(xs):\n    return sum(xs)\n\nFor example:\n"
              "Input: [3, 9, 2]\nOutput: 14\n")
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_user_label_after_only_one_line_of_the_block_is_still_its_example():
    output = ("Here is how such a chat could go:\nThe hiker asks the ranger about the weather.\n"
              "User: Will it rain on Saturday?\nRanger: Yes, pack a rain jacket and a warm layer for the hike.")
    verdict = judge(PROMPT, output)
    assert not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("How do I log in to the router's admin page?",
                 "To log in:\nOpen a browser and go to 192.168.1.1\nEnter the default credentials printed on the label\n"
                 "User: admin\nPassword: admin", id="a-user-field-of-one-word"),
    pytest.param("How do I file a bug report in our tracker?",
                 "Fill the form like this:\nOpen the tracker and press New.\nPick the project from the list.\n"
                 "Summary: a short title for the bug\nUser: the account that hit the bug\nSteps: what you clicked",
                 id="a-user-field-among-other-fields"),
    pytest.param("How do I file a bug report in our tracker?",
                 "Fill the form like this:\nPick the project and set the type to Bug\nWrite a one-line summary\n"
                 "User: the account that hit the bug\nSteps: what you clicked, in order", id="a-user-field-before-others"),
    pytest.param("Show me what a User and Assistant transcript for chatbot training data looks like.",
                 "Here is a typical layout:\nEach turn starts on its own line.\nThe labels are followed by a colon.\n"
                 "User: How do I reset my password?\nAssistant: Open the settings page and choose Reset.",
                 id="the-label-the-request-names"),
    pytest.param("Write a very short story about a girl who confides in a chatbot late at night.",
                 "Lena opened the app and typed:\nShe hesitated for a long time.\nThen she pressed send.\n"
                 "User: I don't think anyone would notice if I left.\nBot: I would notice, Lena.\nShe smiled.",
                 id="a-chat-in-a-story-asked-for"),
])
def test_a_user_line_that_is_a_field_or_asked_for_is_no_turn(prompt, output):
    verdict = judge(prompt, output)
    assert "turns.other_speaker" not in drift_measures(verdict), verdict.explain()
