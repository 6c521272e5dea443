"""A reply that is only one short question made of the request's own words ("What is the style of Robert Frost?" for
a poem asked in that style, "What is the vibe?") asks what the request already says: it answers nothing. An answer put
as a question brings words of its own ("What is War and Peace?" to a quiz clue), and so does a question back that
asks about the asker's case ("Is your basil on a windowsill?"). Constructed after real outputs (LLaMA-7B self-aligned,
a QLoRA on OpenAssistant).
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Write a poem about a family sailing holiday in Tahiti in the style of Robert Frost.",
                 "What is the style of Robert Frost?", id="the-requests-own-words"),
    pytest.param("Compose a limerick about a cat named Tom.", "Who is Tom the cat?", id="the-requests-own-names"),
])
def test_only_a_question_back_on_the_requests_own_words_is_no_answer(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert not verdict.answers, verdict.explain()
    assert "reply.question_back" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Jeopardy! Literature, for 200: This Russian novel by Leo Tolstoy follows five aristocratic "
                 "families.", "What is War and Peace?", id="an-answer-put-as-a-question"),
    pytest.param("Jeopardy! Opposites, for 400: It is the opposite of under.", "What is over?",
                 id="an-answer-of-small-words"),
    pytest.param("My basil keeps wilting even though I water it every day. What should I do?",
                 "Is your basil on a sunny windowsill?", id="a-question-on-the-askers-case"),
])
def test_a_question_bringing_words_of_its_own_answers(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers, verdict.explain()
