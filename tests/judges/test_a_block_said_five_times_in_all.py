"""A block of two lines said again and again at the end of an answer: how many times it is said counts its first
saying. A small chat fine-tune asked for shell commands gives a few, then says "To check if the environment has been
activated, run:" over a new command, five times in all. The loop is found to start at the first copy (the block before
it was said once), but the line is said five times: a loop at the end, however good the answer above it. Said three
or four times in all (a line begun again and cut off counts as a saying) it stays a small model's stutter, no drift. Constructed by
hand after a real output (TinyLlama-1.1B-Chat's shell-command LoRA)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

QUESTION = chatml("Set up a virtual environment and install requests.")
ANSWER = ("To create a new virtual environment, run:\npython3 -m venv myenv\n\n"
          "To activate the environment, run:\nsource myenv/bin/activate\n\n"
          "To install the package in it, run:\npip install requests\n\n")
COMMANDS = ["which python", "which pip", "which python3", "which pip3", "which python2"]


def block(times: int) -> str:
    return "".join(f"To check if the environment has been activated, run:\n{command}\n\n"
                   for command in COMMANDS[:times])


def test_a_block_said_five_times_in_all_answers_and_drifts():
    verdict = judge(QUESTION, ANSWER + block(5))
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "counted from character" in verdict.explain(), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param(ANSWER + block(4), id="four times"),
    pytest.param(ANSWER + block(3) + "To check if the", id="three times and begun a fourth"),
])
def test_a_block_said_three_or_four_times_in_all_is_no_drift(output):
    verdict = judge(QUESTION, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
