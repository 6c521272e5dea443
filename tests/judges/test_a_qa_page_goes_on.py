"""A question sent raw, with no chat template, is continued by a base model as a Q&A page: after its answer, lines
that open with the page's next questions and answer them on the same line ("When was World War II started? World
War II began in September 1939 ..."). Two such lines ask more questions of the prompt's kind, as two lines ending in a
question do (``prompt.more_questions``). One question opening a line is a reply's own ("Why does this matter? ...")
or its closing offer, and under a chat template a reply may structure itself with questions it answers.
Constructed after real outputs (Qwen3-1.7B-Base after a short SFT, asked bare questions)."""

from __future__ import annotations

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


def test_under_a_chat_template_a_reply_may_answer_questions_it_asks():
    prompt = f"<|im_start|>user\n{QUESTION}<|im_end|>\n<|im_start|>assistant\n"
    verdict = judge(prompt, PAGE)
    assert "prompt.more_questions" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()
