"""An instruction template split over a chat's turns: "### Instruction: ..." in one user turn, the model's "Okay, I'm
ready. Please provide the input." and then "### Input: ...\n\n### Response:" in the next. The input is the text the
instruction works on, as it is when both fields share a turn: a reply that names it in its own sentence ("The bending
of light ... is called refraction.") works on it, and is no echo. Constructed for these tests, not copied from a
labelled corpus.
"""

from __future__ import annotations

from tests.judges.templates import llama3
from why_finetune.judges import judge

PREAMBLE = ("Below is an instruction that describes a task, paired with an input that provides further context. Write a "
            "response that appropriately completes the request.\n\n")
INSTRUCTION = "### Instruction:\nGive the term for the input's description, in one sentence."
INPUT = "### Input:\nThe bending of light as it passes from one medium into another\n\n### Response:"
TERM = "The bending of light as it passes from one medium into another is called refraction."


def test_the_input_sent_after_the_models_acknowledgement_is_worked_on_not_echoed():
    prompt = llama3(INPUT, history=[(PREAMBLE + INSTRUCTION, "Okay, I'm ready. Please provide the input.")])
    verdict = judge(prompt, TERM)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_as_it_is_when_both_fields_share_a_turn():
    verdict = judge(llama3(PREAMBLE + INSTRUCTION + "\n\n" + INPUT), TERM)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_input_said_back_alone_is_still_an_echo():
    prompt = llama3(INPUT, history=[(PREAMBLE + INSTRUCTION, "Okay, I'm ready. Please provide the input.")])
    verdict = judge(prompt, "The bending of light as it passes from one medium into another.")
    assert not verdict.answers and verdict.drifts, verdict.explain()
