"""A question closed by the unit its answer is in ("What is the boiling point of water at sea level in Celsius?", "...
in kilometres") asks for a number: its number and unit ("100 °C.") answer it, under a transcript's "A:" too,
whether the question is in the user's turn or in the system turn above a user turn of "A:" only (found by a review of
the reading that takes the question from the system turn). Constructed for these tests, not copied from a labelled
corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

BOILING = "Q: What is the boiling point of water at sea level in Celsius?"
SYSTEM_TURN = ("<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n" + BOILING
               + "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nA:<|eot_id|><|start_header_id|>assistant"
               "<|end_header_id|>\n\n")


@pytest.mark.parametrize(("prompt", "output"), [
    (chatml(f"{BOILING}\nA:"), "100 °C."),
    (SYSTEM_TURN, "100 °C."),
])
def test_its_number_and_unit_answer_it(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()

