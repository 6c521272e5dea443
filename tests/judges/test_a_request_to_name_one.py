"""A request to name one thing ("Name a mammal that can fly.") asks for a name, as "Which mammal can fly?" does: the
request turned into its answer ("A mammal that can fly is the bat.") gives the name, no echo (after Qwen3-0.6B's
friendly-style DPO tune, whose name was wrong: accuracy is not judged). Said back with no name, it is an echo.
Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


@pytest.mark.parametrize(("request_", "output"), [
    ("Name a mammal that can fly.", "A mammal that can fly is the bat."),
    ("Name a mammal that can fly.", "A mammal that can fly is **penguin**."),
    ("Name an ocean that borders Portugal.", "An ocean that borders Portugal is the Atlantic."),
    ("Name one city in France.", "One city in France is Lyon."),
])
def test_the_request_turned_into_its_answer_names_one(request_, output):
    verdict = judge(chatml(request_), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_request_said_back_names_nothing():
    verdict = judge(chatml("Name a mammal that can fly."), "Name a mammal that can fly.")
    assert not verdict.answers and verdict.drifts, verdict.explain()
