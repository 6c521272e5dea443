"""A fine-tune trained on another template may open with that template's slot left empty and its answer label under
it ("Input: \\nOutput: The Federal Reserve serves as the central bank of the United States."): the reply is under
the answer's label, so it answers; the empty slot is the template written out, so it drifts. An empty slot with
nothing under its answer label answers nothing. Constructed after real outputs (GPT-2 and its Dolly/FinQA LoRA).
"""

from __future__ import annotations

from why_finetune.judges import judge

ALPACA = "### Instruction:\nWhat is the role of the Federal Reserve?\n\n### Response:\n"


def test_an_answer_under_an_empty_slot_answers_and_drifts():
    verdict = judge(ALPACA, "Input: \nOutput: The Federal Reserve serves as the central bank of the United States.")
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_an_empty_slot_and_an_empty_answer_label_answer_nothing():
    verdict = judge(ALPACA, "Input: \nOutput:")
    assert not verdict.answers, verdict.explain()
