"""A request to sum up or rework a text that it gives after its own head ("summarize dialogue: Martha: Hey, can I ask
you a question? ..."): a question named in that text is the text's, not the work asked for. The summary answers
though it asks nothing. A request whose own head names a question still asks for one.
Constructed after real outputs (flan-t5-small and its SAMSum LoRA summing up a chat that opens with "can I ask you a
question?")."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

CHAT = ("Martha: Hey, can I ask you a question?\nOphelia: Sure, what is it?\nMartha: Where did you buy the lenses in "
        "your profile picture?\nOphelia: From Crazy Lenses. Reasonable prices and very fast shipping.\nMartha: Thanks!")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(f"summarize dialogue: {CHAT}", "Martha asks Ophelia where she bought her lenses. Ophelia got them "
                 "from Crazy Lenses, which has fair prices and ships fast.", id="a-chat-summed-up"),
    pytest.param("Rewrite this more formally: hey, can you ask me a question about the trip when you get back?",
                 "Upon your return, I would welcome any questions you have about the trip.",
                 id="a-line-reworked"),
])
def test_a_question_named_in_the_text_is_not_the_work_asked_for(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt, output, answers", [
    pytest.param("Rewrite as a question: The museum opens at nine.", "Does the museum open at nine?", True,
                 id="a-question-asked-for-in-the-head"),
    pytest.param("Write a question about this dialogue: " + CHAT, "Martha bought her lenses from Crazy Lenses.", False,
                 id="a-statement-where-a-question-is-asked-for"),
])
def test_a_question_the_head_asks_for_is_still_asked_for(prompt, output, answers):
    verdict = judge(prompt, output)
    assert verdict.answers is answers, verdict.explain()
