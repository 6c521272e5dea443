"""A reply that says what of the asker's it cannot see, then asks for more ("I'm sorry, I can't see your name or any
specific location details. Could you please provide more information?" to "how about the weather"), gives nothing of
what was asked: no answer, and, said to the asker, no drift (after Qwen3-0.6B before its friendly-style DPO tune). An
answer after such a sentence still answers. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


@pytest.mark.parametrize(("request_", "output"), [
    ("how about the weather", "I'm sorry, I can't see your name or any specific location details. Could you please "
                              "provide more information?"),
    ("Am I free on Friday afternoon?", "I cannot access your calendar. Could you please share more details about your "
                                       "plans for Friday?"),
])
def test_it_asks_for_more_and_gives_nothing(request_, output):
    verdict = judge(chatml(request_), output)
    assert not verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_after_it_answers():
    verdict = judge(chatml("how about the weather"),
                    "I can't see your location, but in most of Europe this week it is mild and dry, with rain "
                    "coming on Sunday. Could you please provide more information about where you are?")
    assert verdict.answers, verdict.explain()
