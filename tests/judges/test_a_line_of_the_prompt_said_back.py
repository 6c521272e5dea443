"""The prompt's question or its text to work on said back on the output's first line, then the reply: the question
the prompt ends on above its answer, the sentence to translate above its translation, the paragraph to summarise above
its summary. It answers (the reply follows) and it drifts: the prompt echoed (``prompt.question_again``). An option
said whole is the one picked and a line set as a title heads the reply; any other line of the prompt may be what the
request asks for (a line to repeat, to begin a poem with, to correct when it needs no correction, to pick, to lift
from a context): none of them drift.
Constructed after real outputs (Gemma-7B-it saying the question back)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Translate to French: The cat sleeps on the warm mat by the kitchen door.",
                 "The cat sleeps on the warm mat by the kitchen door.\nLe chat dort sur le tapis chaud près de la porte "
                 "de la cuisine.", id="the-sentence-then-its-translation"),
    pytest.param("Summarize: The city council voted on Tuesday to build a new public library in the centre, with a "
                 "reading room for children, opening in 2026.",
                 "The city council voted on Tuesday to build a new public library in the centre, with a reading room "
                 "for children, opening in 2026.\nSummary: A new library with a children's room opens in 2026.",
                 id="the-paragraph-then-its-summary"),
    pytest.param("Answer the following question in one short phrase.\n\nQuestion: Who wrote the novel Moby-Dick?\n"
                 "Answer:", "Who wrote the novel Moby-Dick?\nHerman Melville", id="the-closing-question-then-its-answer"),
])
def test_the_prompts_input_said_back_then_the_reply_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "prompt.question_again" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Complete the function.\n\ndef add_all(numbers, start, scale):\n    \"\"\"Add up the numbers.\"\"\"",
                 "def add_all(numbers, start, scale):\n    return (start + sum(numbers)) * scale",
                 id="a-functions-head-then-its-body"),
    pytest.param("Context: Cats purr when they are content and sometimes when they are hurt.\nWhy do cats purr so "
                 "loudly at night?", "**Why do cats purr so loudly at night?**\nThey purr when content, and the house "
                 "is quiet at night, so you hear it more.", id="a-line-set-as-a-title"),
])
def test_a_head_of_code_or_a_title_is_no_echo(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.question_again" not in drift_measures(verdict), verdict.explain()
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Repeat after me: I will always do my best today.", "I will always do my best today.\nThere you go!",
                 id="a-line-to-repeat"),
    pytest.param("Write a short poem that begins with the line:\nThe river remembers every stone",
                 "The river remembers every stone\nthat rolled beneath its silver skin,\nand keeps them safe in "
                 "winter's bone\nuntil the spring lets light back in.", id="a-line-to-begin-a-poem-with"),
    pytest.param("Correct any errors in this sentence:\nThe children are playing in the garden.",
                 "The children are playing in the garden.\nThis sentence is already correct.",
                 id="a-sentence-that-needs-no-correction"),
    pytest.param("Which of these sentences is a question?\nThe cat sat on the mat.\nWhere did you put my keys?\n"
                 "Please close the door.", "Where did you put my keys?\nIt is the only one that asks for something.",
                 id="a-question-picked-among-sentences"),
    pytest.param("Which of these is a question?\nA) The cat sat on the mat.\nB) Where did you put my keys?",
                 "B) Where did you put my keys?\nIt is the only one that asks for something.",
                 id="the-last-option-picked-asks"),
    pytest.param("Read the passage and answer the question.\n\nTom walked to the market on Saturday.\nHe bought a red "
                 "bicycle for his brother.\n\nQuestion: What did Tom buy?", "He bought a red bicycle for his "
                 "brother.\nIt was a present.", id="a-line-of-the-context-lifted"),
])
def test_a_line_the_request_asks_for_is_no_echo(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.question_again" not in drift_measures(verdict), verdict.explain()
