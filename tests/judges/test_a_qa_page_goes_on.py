"""A question sent raw, with no chat template, is continued by a base model as a Q&A page: after its answer, lines
that open with the page's next questions and answer them on the same line ("When was World War II started? World
War II began in September 1939 ..."). Two such lines ask more questions of the prompt's kind, as two lines ending in a
question do (``prompt.more_questions``). One question opening a line is a reply's own ("Why does this matter? ...")
or its closing offer, and under a chat template a reply may structure itself with questions it answers. A page's
entry opens with a question word, names its own subject, asks what the prompt did not and is answered in its words;
a reply's own questions point back ("How do we get that?"), and a poem's questions are not restated.
Constructed after real outputs (Qwen3-1.7B-Base after a short SFT, asked bare questions)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

QUESTION = "What year did World War II end?"

PAGE = ("World War II ended in 1945, when Japan surrendered on September 2.\n"
        "When did World War II start? World War II began in September 1939 when Germany invaded Poland.\n"
        "Who fought in World War II? The Allies, led by Britain, the Soviet Union and the United States, fought the "
        "Axis powers of Germany, Italy and Japan.")


def test_two_lines_opening_with_the_pages_next_questions_drift():
    verdict = judge(QUESTION, PAGE)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.more_questions" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_one_question_the_reply_asks_itself_does_not():
    output = ("World War II ended in 1945, when Japan surrendered on September 2.\n"
              "Why did it take so long after Germany's surrender? The war in the Pacific went on until the atomic "
              "bombings and the Soviet declaration of war in August.")
    verdict = judge(QUESTION, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("What is 15% of 80?", "15% of 80 is 12.\nHow do we get that? Multiply 80 by 0.15.\n"
                 "Why does that work? Because a percentage is a share of a hundred.", id="questions-pointing-back"),
    pytest.param("Should I stretch before running?", "Yes, but keep it dynamic.\nThe reason? Long static stretches "
                 "can weaken the muscle for a while.\nThe better approach? Five minutes of leg swings and lunges.",
                 id="not-opening-as-a-question"),
    pytest.param("What is a black hole? How does a black hole form? Can anything escape from a black hole?",
                 "A black hole is a region whose gravity nothing escapes.\nHow does a black hole form? A black hole "
                 "forms when a massive star collapses.\nCan anything escape from a black hole? Nothing can escape "
                 "from it, not even light.", id="the-prompts-own-questions-answered"),
    pytest.param("Is the Dyson V15 worth buying?", "For most people, yes.\nIs it expensive to run? It is not "
                 "expensive: the battery lasts an hour.\nIs it heavy to carry around? It is not heavy; it weighs "
                 "three kilos.", id="questions-about-the-subject-as-it"),
    pytest.param("Should I stretch before running?", "Yes, but keep it dynamic.\nThe best way to warm up? The best "
                 "way is five minutes of leg swings.\nThe worst mistake to avoid? The worst mistake is a long static "
                 "stretch.", id="not-opening-with-a-question-word"),
    pytest.param("What does the sea remember?", "The sea remembers the ships.\nWho hears the gulls? The harbour "
                 "sleeps.\nWhere do the tides go at night? Nobody knows, and the moon keeps still.",
                 id="a-poems-questions"),
])
def test_a_replys_own_questions_are_no_pages_entries(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.more_questions" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()


def test_under_a_chat_template_a_reply_may_answer_questions_it_asks():
    prompt = f"<|im_start|>user\n{QUESTION}<|im_end|>\n<|im_start|>assistant\n"
    verdict = judge(prompt, PAGE)
    assert "prompt.more_questions" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()
