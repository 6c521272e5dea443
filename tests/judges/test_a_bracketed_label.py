"""A speaker's label written in brackets at a line's start, with no colon ("[Question]A certain school has 1000
students ...", "[Answer] To draw a sample ..."), as math data sets write their items, is that label: after an
answer to "Question: ...\nAnswer:", the next "[Question]" is a new example of the prompt's format, the asker's next
turn, and the output drifts. After Qwen2.5-0.5B answering GSM8K problems sent raw, then writing more problems.
Only the prompt's own asking label is read so: a tag, a heading, a placeholder or a section the prompt never labels a
field with ("[User] opens the login page", "[Client]" under a contract, "[Answer]" heading a reply, "[Human]" and
"[Engine]" sections) is no speaker, nor is a letter in brackets ("[Q] marks a question") or a markdown link
("[Question](tutorial_tides/index.html)").
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

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


@pytest.mark.parametrize("request_, output", [
    pytest.param("Write acceptance test steps for an account lockout on the login page.",
                 "[User] opens the login page\n[User] enters a wrong password three times in a row\n[System] shows the "
                 "message that the account is locked\n[User] receives an email with a link to unlock the account",
                 id="test-steps"),
    pytest.param("Write a short freelance design contract template.",
                 "This agreement is made between the Designer and the Client for the design of a logo.\nThe Designer "
                 "will deliver three concepts within two weeks, and the Client will pay half of the fee up front.\n\n"
                 "Signed,\n[Designer]\n[Client]\n[Date]", id="a-signature-block"),
    pytest.param("Make a 2-question quiz about the solar system, with answers.",
                 "[Question] Which planet is the largest in the solar system?\n[Answer] Jupiter.\n\n[Question] Which "
                 "planet is closest to the Sun?\n[Answer] Mercury.", id="a-quiz-asked-for"),
    pytest.param("What is 15% of 80?", "[Answer]\n12\n\n[Working]\n0.15 times 80 equals 12.", id="an-answer-heading"),
    pytest.param("Compare how a human and a chess engine choose a move, with a short section for each.",
                 "[Human]\nA strong player looks at a handful of candidate moves, guided by patterns and plans.\n\n"
                 "[Engine]\nAn engine searches millions of positions and scores each with an evaluation function.",
                 id="sections"),
])
def test_a_bracketed_tag_the_prompt_never_uses_as_a_label_is_no_speaker(request_, output):
    verdict = judge(chatml(request_), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
