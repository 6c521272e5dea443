"""A request to sum up or rework a text that it gives after its own head ("summarize dialogue: Martha: Hey, can I ask
you a question? ..."): a question named in that text is the text's, not the work asked for. The summary answers
though it asks nothing. A request whose own head names a question still asks for one; where the text to rework is itself a question, or the
request asks for one after its text, a question written is the work asked for.
Constructed after real outputs (flan-t5-small and its SAMSum LoRA summing up a chat that opens with "can I ask you a
question?")."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .templates import alpaca

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


def test_a_chat_under_the_templates_input_summed_up_answers():
    verdict = judge(alpaca("Summarize the dialogue.", CHAT),
                    "Martha asks Ophelia where she bought her lenses; Ophelia says Crazy Lenses, which ships fast.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Fix the grammar: can you ask me a question about the trip when you gets back",
                 "Can you ask me a question about the trip when you get back?", id="a-question-to-correct"),
    pytest.param("Rewrite this sentence: The museum opens at nine. Make it into a question.",
                 "Does the museum open at nine?", id="a-question-asked-for-after-the-text"),
])
def test_a_question_written_where_the_text_or_the_request_makes_one_answers(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt", [
    pytest.param(alpaca("Rewrite the following sentence as a yes/no question.", "The train leaves at noon."),
                 id="asked-in-the-templates-instruction"),
    pytest.param("Rewrite this sentence: The museum opens at nine. Make it into a question.",
                 id="asked-in-a-last-sentence-after-the-text"),
    pytest.param("Rewrite this sentence: The museum opens at nine. Please make it into a question.",
                 id="asked-politely-after-the-text"),
    pytest.param("Rewrite this sentence: The museum opens at nine. Can you turn it into a question?",
                 id="asked-as-a-question-after-the-text"),
])
def test_a_rewrite_asked_as_a_question_is_not_answered_by_a_statement(prompt):
    verdict = judge(prompt, "The train departs at 12 pm." if "train" in prompt else "The museum opens at nine o'clock.")
    assert not verdict.answers, verdict.explain()


def test_a_text_to_sum_up_that_ends_asking_its_reader_for_a_question_is_summed_up():
    prompt = ("Summarize the following email in one sentence.\n\nHi all,\nFriday's all-hands ends with an open Q&A "
              "with the CEO. Think about what you'd most like to know. Write down one question for her and send it to "
              "me by Thursday.")
    verdict = judge(prompt, "Dana asks everyone to send her one question for the CEO's Q&A on Friday by Thursday.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
