"""A text corrected in place: asked to correct a sentence's grammar, spelling or punctuation, a model may change only
a mark, a hyphen or a space before a stop ("... in the poorer countries ." -> "... in the poorer countries."), as
Llama-3 grammar LoRAs did on JFLEG's near-correct sentences. Every word is the prompt's, in its order, as in an echo;
but an echo copies the text as written. The sentence said back as written, or with the request said again, is still
an echo. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.passage import corrected_in_place

from .samples import chatml

ASK = "Correct the grammar in this sentence: The new library , which opened last spring , attract many well-known visitors ."


@pytest.mark.parametrize("output", [
    "The new library, which opened last spring, attract many well-known visitors.",
    "The new library, which opened last spring, attracts many well known visitors.",
])
def test_the_sentence_with_its_marks_or_words_corrected_answers(output):
    verdict = judge(chatml(ASK), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    "The new library , which opened last spring , attract many well-known visitors .",
    "Correct the grammar in this sentence: The new library, which opened last spring, attract many well-known visitors.",
])
def test_the_sentence_said_back_as_written_or_with_the_request_is_an_echo(output):
    verdict = judge(ASK, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_correction_not_asked_for_is_no_work_on_the_text():
    prompt = "I don't want you to fix the grammar, only tell me what is wrong: The new library , which opened last spring , attract many visitors ."
    verdict = judge(prompt, "The new library, which opened last spring, attract many visitors.")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("output", [
    '"The new library , which opened last spring , attract many well-known visitors ."',
    "```\nThe new library , which opened last spring , attract many well-known visitors .\n```",
])
def test_the_sentence_in_quotation_marks_or_a_fence_is_still_said_back(output):
    verdict = judge(ASK, output)
    assert not verdict.answers, verdict.explain()


def test_the_sentence_said_back_then_more_of_its_own_is_no_correction():
    output = ("The new library , which opened last spring , attract many well-known visitors .\n"
              "The old museum , which close last winter , have few visitor .")
    assert not corrected_in_place(ASK, output)
    assert corrected_in_place(ASK, "The new library, which opened last spring, attracts many well-known visitors.")
