"""A statement asked as a question ("So you have a lot of free time?", "You like pizza?") asks yes or no, as "Do you
...?" does: a reply saying it so in the question's words ("I've had a lot of free time lately.") answers it, and is
no echo. A question word anywhere in it ("So you want to know what?"), a comma (a remark, then the question in its own words)
or no question mark keeps it open. Constructed
after real outputs (Pythia-2.8B and GPT-2 on HH-RLHF dialogues)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.question import YES_NO, read_question

from .samples import chatml


@pytest.mark.parametrize("question", ["So you have a lot of free time?", "You like pizza?", "And he said yes?"])
def test_a_statement_asked_as_a_question_asks_yes_or_no(question):
    assert read_question(question).kind == YES_NO


@pytest.mark.parametrize("question", ["So you want to know what?", "You know how to cook?", "I need help with my essay.",
                                      "I have leftover chicken and rice, do you know a good recipe?"])
def test_a_question_word_a_comma_or_no_question_mark_keeps_it_open(question):
    assert read_question(question).kind != YES_NO


def test_a_reply_saying_it_so_in_the_questions_words_answers_without_drift():
    verdict = judge(chatml("So you have a lot of free time?"), "I've had a lot of free time lately.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
