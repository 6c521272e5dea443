"""A speaker's label written in brackets at a line's start, with no colon ("[Question]A certain school has 1000
students ...", "[Answer] To draw a sample ..."), as math data sets write their items, is that label: after an
answer to "Question: ...\nAnswer:", the next "[Question]" is a new example of the prompt's format, the asker's next
turn, and the output drifts. After Qwen2.5-0.5B answering GSM8K problems sent raw, then writing more problems.
A letter in brackets ("[Q] marks a question", a tag or a list's mark) and a markdown link ("[Question](tutorial_tides/index.html)")
are no labels.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

PROBLEM = ("Question: A baker makes 24 rolls and sells 3 boxes of 6. How many rolls are left?\nAnswer:")


@pytest.mark.parametrize("output", [
    pytest.param(" She sells 3 * 6 = 18 rolls, so 24 - 18 = 6 are left. The answer is 6.\n[Question]A certain school has "
                 "1000 students, among which 300 are in the first year and 400 in the second.", id="the-next-question"),
    pytest.param(" She sells 3 * 6 = 18 rolls, so 24 - 18 = 6 are left. The answer is 6.\n[Question] How many eggs are "
                 "in 4 dozen?\n[Answer] 4 * 12 = 48.", id="the-next-question-and-its-answer"),
])
def test_a_bracketed_question_after_the_answer_answers_and_drifts(output):
    verdict = judge(PROBLEM, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "turns.other_speaker" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("What do [Q] and [A] mean in old forum posts?",
                 "They are tags that old forums put before each post.\n[Q] marks a question someone asked.\n[A] marks "
                 "the answer given to it.", id="letters-in-brackets"),
    pytest.param("Question: Where can I read about how tides work?\nAnswer:",
                 " The NOAA tutorial on tides and water levels explains how tides work.\n[Question](tutorial_tides/"
                 "index.html) is the link to its first page, on the site's education section.", id="a-markdown-link"),
])
def test_a_letter_or_a_link_in_brackets_is_no_label(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
