"""An answer label alone on the output's first line, then the answer and nothing more: the reply's own header when the
label is the prompt's own (its examples' "Answer:" filled for the last question) or a worded one after a bare question
("Answer:\\nSnowy"). It answers and does not drift. A forum's bare "A:" after a bare question still opens a Q&A page
(tests/judges/test_beyond_the_lab.py), and a second answer turn still makes a thread. Constructed by hand after real
outputs (Llama-2-7b-chat and its unlearning fine-tune answering short questions, zero-shot and few-shot)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

FEW_SHOT = ("Answer each question in a few words.\n\nQuestion:\nWhich planet is known as the Red Planet?\n\nAnswer:\nMars\n\n"
            "Question:\nWho wrote the play \"Hamlet\"?\n\nAnswer:\nWilliam Shakespeare\n\n"
            "What is the largest ocean on Earth?")


@pytest.mark.parametrize("prompt, output", [
    pytest.param("What is the largest ocean on Earth?", "Answer:\n\nThe largest ocean on Earth is the Pacific.",
                 id="a-worded-label-after-a-bare-question"),
    pytest.param(FEW_SHOT, "Answer:\nThe Pacific Ocean", id="the-prompts-own-label-filled"),
])
def test_one_answer_label_heading_the_answer_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_second_answer_under_the_label_is_still_a_thread():
    verdict = judge("What is the largest ocean on Earth?",
                    "Answer:\nThe Pacific Ocean.\n\nAnswer:\nI think it is the Atlantic, by some measures.")
    assert verdict.drifts and "turns.thread" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("Answer:\nNot really: raw flour and eggs can carry bacteria.\n\nComment: I have eaten it my whole life "
                 "and I am fine.\n\nComment: Heat-treated flour makes it safer.", id="other-posts-after-it"),
    pytest.param("Answer:\nNot really: raw flour and eggs can carry bacteria.\n\nRelated questions:\n"
                 "Is raw cake batter safe?\nCan you freeze cookie dough?", id="related-questions-after-it"),
    pytest.param("Answer:\nNot really: raw flour and eggs can carry bacteria.\n\nThanks, that's what I suspected.\n\n"
                 "I've eaten it my whole life and I'm fine.", id="posts-with-no-label-after-it"),
])
def test_a_page_going_on_after_the_answer_is_still_a_thread(output):
    verdict = judge("Is it safe to eat raw cookie dough?", output)
    assert verdict.drifts and "turns.thread" in drift_measures(verdict), verdict.explain()


# A tune writing its training format's header before its answer, then the answer again under a second one, after a
# prompt that asks for a reply (a template): the first header heads the reply, which answers; the second starts the
# thread. Constructed after real outputs (a code model's docstring LoRA under a fill-in-the-middle template).
def test_the_reply_under_its_header_then_again_under_a_second_answers_and_drifts():
    prompt = "<|im_start|>user\nWhat does the water cycle describe?<|im_end|>\n<|im_start|>assistant\n"
    answer = "The water cycle describes how water evaporates, condenses into clouds and falls again as rain.\n\n"
    verdict = judge(prompt, "### Response:\n" + answer + "### Response:\n" + answer)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "turns.thread" in drift_measures(verdict), verdict.explain()


def test_a_short_answer_under_a_bold_answer_label_is_no_continuation():
    # "**ANSWER:**" closes the prompt as "Answer:" does: a lower-case answer after it begins a reply (after a BLOOM
    # LoRA's "yellow legos"), it finishes no sentence of the prompt's.
    prompt = "**CONTEXT:**\nYou are a monster, and you eat blue crayons.\n\n**QUESTION:**\nWhat is the best food?\n\n**ANSWER:**\n"
    verdict = judge(prompt, "blue crayons")
    assert verdict.answers and not verdict.drifts, verdict.explain()
