"""A thinking model opens its output with a reasoning block ("<think>\\nOkay, the user is asking for ...") and answers
after "</think>". Cut off by the token limit in the block, or looping there, it has given no answer, whatever
candidates its reasoning weighs (``reply.reasoning_only``). A closed block then the answer answers (closed as some
fine-tunes write it too, "<\\think>"), and so does a block that marks its answer all the same ("<answer>42</answer>",
"\\boxed{144}", "**Answer:** ...") and a reply that names the tag.
Constructed after real outputs (Qwen3-4B in thinking mode, asked in Persian for a family member's name, looping on
"Papa" in its reasoning to the token limit)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

QUESTION = "Name a fruit that starts with the letter B."


@pytest.mark.parametrize("output", [
    pytest.param('<think>\nOkay, the user is asking for a fruit that starts with B. Candidates could be "Banana", '
                 '"Banana", "Banana", "Banana", "Banana", "Banana", "Banana", "Banana", "Banana", "Banana", "Banana"',
                 id="looping-in-its-reasoning"),
    pytest.param("<think>\nThe user wants a fruit beginning with B. Blueberry works, and so does banana, which is the "
                 "best known. I should answer with one word and maybe a short note about why it", id="cut-off-in-it"),
])
def test_reasoning_never_closed_is_no_answer(output):
    verdict = judge(QUESTION, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.reasoning_only" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(QUESTION, "<think>\nBanana starts with B and is a fruit.\n</think>\n\nBanana.", id="closed-then-answered"),
    pytest.param("What does the think tag in a Qwen3 output mark?",
                 "The <think> tag marks where the model's reasoning begins; the answer comes after the block ends.",
                 id="a-reply-naming-the-tag"),
    pytest.param("How do I hide the <think> block in Qwen3 output?", "<think> blocks can be turned off by passing "
                 "enable_thinking=False to apply_chat_template.", id="a-reply-opening-with-the-tag-asked-about"),
    pytest.param(QUESTION, "<think>\nBanana starts with B.\n<\\think>\n\nBanana.", id="closed-with-a-backslash"),
    pytest.param(QUESTION, "<think>\nBanana starts with B.\n</thinking>\n\nBanana.", id="closed-as-thinking"),
    pytest.param("What is 17 + 25?", "<think>\n17 + 25 = 42.\n<answer>42</answer>", id="an-answer-tag-in-it"),
    pytest.param("What is 12 * 12?", "<think>\n12 * 12 = 144.\n\nFinal answer: \\boxed{144}", id="a-boxed-answer-in-it"),
    pytest.param("What is the capital of Australia?", "<think>\nSydney is the biggest city, but the capital is "
                 "Canberra.\n\n**Answer:** The capital of Australia is Canberra.", id="an-answer-line-in-it"),
])
def test_an_answer_after_the_reasoning_or_about_the_tag_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
