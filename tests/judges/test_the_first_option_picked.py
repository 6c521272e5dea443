"""Option A picked: the letter "a" is also English's article, and a pick of the first option ("A", "\\nA", "A.")
answers as a pick of any other does, without drift. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

PROMPTS = [
    "Who wrote Hamlet?\nA) Shakespeare\nB) Dickens\nC) Austen\nAnswer:",
    "Which planet is the largest?\nA. Jupiter\nB. Mars\nC. Venus\nAnswer:",
    ("Context: After almost everyone had gone home from the party, only Helena and Moritz stayed behind.\n"
     "Question: Who behaved calmly and sensibly?\nA: Helena\nB: unknown\nC: Moritz\nAnswer the question.\nAnswer:\n"),
]


@pytest.mark.parametrize("prompt", PROMPTS)
@pytest.mark.parametrize("output", ["A", "\nA", "A.", "B"])
def test_a_letter_of_the_prompts_options_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_lone_article_with_no_options_offered_is_still_no_answer():
    verdict = judge("Who wrote Hamlet?", "A")
    assert not verdict.answers, verdict.explain()
