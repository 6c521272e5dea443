"""A request for a question by that name ("Generate a question that has the following answer: ...") is answered by
a reply part that asks one: its question mark, or in English a sentence opening with a question word, cut off
before its mark. A reply part that asks nothing gives nothing of what was asked (``reply.no_question``), and an
output that asks nothing and copies the passage only says it back: an echo, not work on the passage. A question
made from the passage's words answers; so does a quiz's or an interviewer's command, a blank to fill, a title,
and a reply to a prompt naming questions only to forbid or allow for them. Constructed after real outputs (Gemma-2B
and its chain-of-thought QLoRA on movie plots).
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

PLOT = ("Two Irish American fraternal twin brothers, Connor and Murphy MacManus, attend a Catholic Mass, where the "
        "priest mentions the fate of Kitty Genovese. Later, when Connor and Murphy are celebrating St. Patrick's Day "
        "with friends, three Russian mobsters arrive and announce they want to close the pub. A brawl ensues, and "
        "the next morning the mobsters are killed in an act of self-defense. Papa Joe contacts a hitman, Il Duce, "
        "to deal with the brothers.")
REQUEST = chatml(f"Generate a question that has the following answer:\nIl Duce.\nfor the following movie plot:\n{PLOT}")


@pytest.mark.parametrize("output", [
    pytest.param("Who is the hitman Papa Joe contacts to deal with the brothers?", id="a-question"),
    pytest.param("What is the name of the hitman Papa Joe contacts", id="cut-off-before-its-mark"),
    pytest.param("Question: Whom does Papa Joe hire to kill Connor and Murphy?", id="under-a-label"),
])
def test_a_question_made_from_the_passage_answers_without_drift(output):
    verdict = judge(REQUEST, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_statement_for_a_question_asked_for_is_no_answer():
    verdict = judge(REQUEST, "Il Duce is the hitman hired by Papa Joe.")
    assert not verdict.answers, verdict.explain()
    assert "reply.no_question" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_the_passage_said_back_for_a_question_asked_for_is_no_answer_and_an_echo():
    verdict = judge(REQUEST, "The context information is:\n- Two Irish American fraternal twin brothers, Connor and "
                             "Murphy MacManus, attend a Catholic Mass.\n- A brawl ensues, and the next morning the "
                             "mobsters are killed in an act of self-defense.\n- Papa Joe contacts a hitman")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(chatml("Ask me a question about World War II."), "Name the year in which World War II ended.",
                 id="a-quiz-item-in-the-imperative"),
    pytest.param(chatml("Act as a job interviewer and ask me one question."),
                 "Tell me about a time you failed and what you learned from it.", id="an-interviewers-command"),
    pytest.param(chatml("Give me a question to practise the past perfect."),
                 "By the time we arrived, the film ___ (start).", id="a-blank-to-fill"),
    pytest.param(chatml("Don't ask me any questions, just write a short thank-you note to my neighbour for the plants."),
                 "Dear Anna, thank you so much for watering my plants while I was away. They look wonderful!",
                 id="questions-forbidden"),
    pytest.param(chatml("I'll paste my essay next. If you have questions, ask me before you start editing."),
                 "Sounds good. Please paste your essay whenever you are ready.", id="questions-allowed-for"),
])
def test_a_question_in_another_form_or_none_asked_for_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_a_title_asked_for_needs_no_question_mark():
    verdict = judge(chatml(f"Write a short title for this movie plot:\n{PLOT}"), "The Saints of Boston")
    assert verdict.answers, verdict.explain()
