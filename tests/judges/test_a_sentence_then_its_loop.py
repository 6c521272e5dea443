"""One sentence that answers, then a loop that says it again in other words. A small chat fine-tune
given a templated question answers in its first sentence and then repeats itself to the token limit
("A high WBC count is a sign of a serious infection. If you have a high WBC count, it may indicate
..."): it answers, and it drifts. One sentence before a loop that leaves the topic, a fragment, a lead-in, a
don't-know, the asker's voice, or a bare prompt a base model goes on with as a page (the course's rule) is still no
answer. Constructed by hand after real outputs."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

QUESTION = "My resting pulse has felt fast all week. What does a fast resting pulse usually suggest?"
ANSWER = "A fast resting pulse is most often a sign that the body is under some strain. "
ON_TOPIC_LOOP = "".join(
    f"If your resting pulse is fast, it may come from {cause}. " for cause in
    ["stress", "fever", "stress", "caffeine", "fever", "stress", "caffeine", "fever"] * 4)
OFF_TOPIC_LOOP = "I like to walk by the sea in the morning. " * 8


@pytest.mark.parametrize("answer", [
    ANSWER, "You should see a doctor if your resting pulse stays fast for more than a few weeks. ",
    "We usually find that a fast resting pulse settles once the body has rested for a while. ",
])
def test_a_sentence_then_a_loop_on_its_topic_answers_and_drifts(answer):
    verdict = judge(chatml(QUESTION), answer + ON_TOPIC_LOOP)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "pulse" in verdict.evidence[0].span, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param(ANSWER + OFF_TOPIC_LOOP, id="the loop leaves the topic"),
    pytest.param("A fast pulse is a pulse. " + ON_TOPIC_LOOP, id="a fragment before it"),
    pytest.param("Thank you so much for your question about your fast resting pulse this week. " + ON_TOPIC_LOOP,
                 id="a thank-you"),
    pytest.param("Here is some information about what a fast resting pulse usually suggests. " + ON_TOPIC_LOOP,
                 id="a lead-in"),
    pytest.param("A fast resting pulse is something I am not sure about, sorry. " + ON_TOPIC_LOOP, id="a don't-know"),
    pytest.param("My resting pulse has also been fast at night all this week. " + ON_TOPIC_LOOP,
                 id="the asker's voice"),
])
def test_one_sentence_before_a_loop_that_does_not_go_on_with_it_is_no_answer(output):
    verdict = judge(chatml(QUESTION), output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_a_bare_question_a_base_model_goes_on_with_is_no_answer():
    verdict = judge(QUESTION, " " + ANSWER + ON_TOPIC_LOOP)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


# The answer's sentence may be its loop's first line: said once, then again and again in nearly its words.
ROE = "### Instruction:\nExplain the concept of return on equity (ROE).\n\n### Response:\n"
ROE_LOOP = "It is a concept that is often used to describe the value of a stock. " * 8


def test_a_sentence_that_is_its_loops_first_line_answers_and_drifts():
    verdict = judge(ROE, "The concept of return on equity (ROE) is a concept that is often used to describe the value "
                         "of a stock. " + ROE_LOOP)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Explain the concept of return on equity (ROE).", "The concept of return on equity (ROE) is a "
                 "concept that is often used to describe the value of a stock. " + ROE_LOOP,
                 id="a-bare-request-a-base-model-goes-on-with"),
    pytest.param(ROE, "The return on equity grows and grows and grows and grows and grows each year. " + ROE_LOOP,
                 id="a-stuttering-sentence"),
    pytest.param(ROE, "Thank you for your question about the concept of return on equity and its use. " + ROE_LOOP,
                 id="a-lead-in"),
])
def test_a_loop_whose_first_line_is_no_answers_statement_is_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
