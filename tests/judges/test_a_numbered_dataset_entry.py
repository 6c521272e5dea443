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


def test_a_list_counting_on_from_an_instruction_is_no_entry():
    # An "Instruction" item, then the next item under the next number: a list's steps, not one entry's fields.
    verdict = judge("Explain the fetch-decode-execute cycle of a CPU.",
                    "A cycle has three parts.\n1. Instruction: the CPU fetches the next instruction from memory.\n2. "
                    "Input: it reads the operands the instruction names.\n3. Output: it writes the result back.")
    assert "turns.other_speaker" not in drift_measures(verdict), verdict.explain()


def test_a_list_whose_items_count_on_is_no_entry():
    verdict = judge("Describe what a sorting function takes and returns.",
                    "A sorting function has two parts.\n1. Input: a list of numbers in any order.\n2. Output: the same "
                    "numbers from smallest to largest.")
    assert "turns.other_speaker" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Describe what the functions sort_list and dedupe take and return.",
                 "**sort_list**\n1. Input: a list of numbers in any order.\n2. Output: the same numbers from smallest to "
                 "largest.\n\n**dedupe**\n1. Input: a list that may hold repeated values.\n2. Output: the list with each "
                 "value kept once, in its first order.", id="two-lists-counting-on"),
    pytest.param("Make me a two-item study guide on the French Revolution.",
                 "1. Question: When did the French Revolution begin?\n1. Answer: In 1789, with the storming of the "
                 "Bastille.\n2. Question: Which king was executed in January 1793?\n2. Answer: Louis XVI.",
                 id="a-study-guides-numbered-questions"),
    pytest.param("Write two numbered training examples for an instruction dataset, each with Instruction, Input and "
                 "Output fields.", "1. Instruction: Translate the sentence into Spanish.\n1. Input: Good morning, "
                 "everyone.\n1. Output: Buenos días a todos.\n\n2. Instruction: Give the antonym of the word.\n2. Input: "
                 "ancient\n2. Output: modern", id="entries-asked-for"),
])
def test_numbered_fields_a_reply_gives_are_no_entry(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("What does a row of the Alpaca dataset look like? Show me two rows.",
                 "Each row has three fields. Here are two rows:\n\n1. Instruction: Give three tips for staying healthy."
                 "\n1. Input: (empty)\n1. Output: Eat a balanced diet, exercise regularly and get enough sleep.\n\n2. "
                 "Instruction: Translate the word into French.\n2. Input: cat\n2. Output: chat", id="rows-shown"),
    pytest.param("Give me two input and output pairs for a function that doubles a number, numbered.",
                 "1. Input: 3\n1. Output: 6\n\n2. Input: 10\n2. Output: 20", id="pairs-asked-for"),
    pytest.param("Give me two practice exercises for Python string slicing.",
                 "1. Task: Reverse a string with slicing.\n1. Input: \"hello\"\n1. Expected output: \"olleh\"\n\n2. Task: "
                 "Take the first three characters.\n2. Input: \"python\"\n2. Expected output: \"pyt\"",
                 id="exercises-with-a-task-and-an-input"),
])
def test_numbered_entries_a_request_about_such_data_asks_for_are_no_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
