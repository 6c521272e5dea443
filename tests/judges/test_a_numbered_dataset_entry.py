"""A base or SFT model trained on a numbered instruction dataset may write the next entry after its answer: "21.
Instruction: ...", "21. Input:", "21. Output:", each field under the entry's one number. Those are the dataset's
fields, read as the labels they carry: a new request and its answer, written after the reply. A list whose items count
on ("1. Input: ...", "2. Output: ...") is no entry. Constructed after a 1.8B model's Alpaca SFT given a bare prompt.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Summarize the main points of a healthy diet.",
                 "Eat plenty of fruit and vegetables, whole grains and lean protein, and drink water. 21. Instruction: "
                 "Describe how you would make a healthy meal plan.\n21. Input:\n<noinput>\n21. Output:\nPick simple "
                 "meals and cook them ahead.", id="instruction-input-output"),
    pytest.param("If all roses are flowers and some flowers fade quickly, can we conclude that some roses fade quickly?",
                 "Of course not. Some roses may keep their blooms for weeks. 13. Instruction: What is the capital city "
                 "of Mexico?\n13. Input:\nWhat is the capital city of Mexico?\nAnswer: Mexico City.",
                 id="instruction-input-answer"),
])
def test_a_numbered_entry_after_the_answer_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and "turns.other_speaker" in drift_measures(verdict), verdict.explain()


def test_a_list_whose_items_count_on_is_no_entry():
    verdict = judge("Describe what a sorting function takes and returns.",
                    "A sorting function has two parts.\n1. Input: a list of numbers in any order.\n2. Output: the same "
                    "numbers from smallest to largest.")
    assert "turns.other_speaker" not in drift_measures(verdict), verdict.explain()
