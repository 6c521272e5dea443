"""The prompt's input said back on the output's first line, then the reply: the sentence to translate above its
translation, the paragraph to summarise above its summary, a base model's schema above its SQL query. It answers (the
reply follows) and it drifts: the prompt echoed (``prompt.question_again``). An option said whole is the one picked, a
function's head above its body is code written out, and a line set as a title heads the reply: none of them drift.
A task's headed fields ("Schema:", "User Query:", "SQL Query:", each on a line of its own with its text under it) are
no speakers taking turns. Constructed after real outputs (Qwen3-0.6B writing SQL for a schema)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.dialogue import parse_dialogue

from .probes import drift_measures

SQL = ("Schema:\nCREATE TABLE df (loss INTEGER, name VARCHAR, gain VARCHAR)\n\nUser Query:\nWhat is the lowest Loss "
       "with Gain larger than 319 for derrick locke?\n\nSQL Query:\n")


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Translate to French: The cat sleeps on the warm mat by the kitchen door.",
                 "The cat sleeps on the warm mat by the kitchen door.\nLe chat dort sur le tapis chaud près de la porte "
                 "de la cuisine.", id="the-sentence-then-its-translation"),
    pytest.param("Summarize: The city council voted on Tuesday to build a new public library in the centre, with a "
                 "reading room for children, opening in 2026.",
                 "The city council voted on Tuesday to build a new public library in the centre, with a reading room "
                 "for children, opening in 2026.\nSummary: A new library with a children's room opens in 2026.",
                 id="the-paragraph-then-its-summary"),
    pytest.param(SQL, "CREATE TABLE df (loss INTEGER, name VARCHAR, gain VARCHAR);\n\nSELECT MIN(loss) FROM df WHERE "
                      "name = 'derrick locke' AND gain > 319;", id="the-schema-then-the-query"),
])
def test_the_prompts_input_said_back_then_the_reply_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "prompt.question_again" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Which drug treats allergic conjunctivitis best?\nA: Warm compresses for a week\nB: Ketotifen eye "
                 "drops twice a day\nAnswer:", "B: Ketotifen eye drops twice a day\nExplanation: it is an antihistamine "
                 "that calms the itching.", id="an-option-said-whole"),
    pytest.param("Complete the function.\n\ndef add_all(numbers, start, scale):\n    \"\"\"Add up the numbers.\"\"\"",
                 "def add_all(numbers, start, scale):\n    return (start + sum(numbers)) * scale",
                 id="a-functions-head-then-its-body"),
    pytest.param("Context: Cats purr when they are content and sometimes when they are hurt.\nWhy do cats purr so "
                 "loudly at night?", "**Why do cats purr so loudly at night?**\nThey purr when content, and the house "
                 "is quiet at night, so you hear it more.", id="a-line-set-as-a-title"),
])
def test_a_pick_a_head_of_code_or_a_title_is_no_echo(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.question_again" not in drift_measures(verdict), verdict.explain()
    assert verdict.answers, verdict.explain()


def test_headed_fields_are_no_speakers():
    assert parse_dialogue(SQL.rstrip()) is None


@pytest.mark.parametrize("query", [
    pytest.param("User:\nHi there, can you help me?\n\nAssistant:", id="one-exchange"),
    pytest.param("User:\nhi\n\nAssistant:\nHello! How can I help?\n\nUser:\nWhat is a cat?\n\nAssistant:",
                 id="labels-said-again"),
    pytest.param("Alice: Anyone up for pizza tonight?\nBob: Sure, where shall we go?\nCarol:", id="speakers-on-their-lines"),
])
def test_a_transcript_with_its_turns_under_the_labels_is_still_a_dialogue(query):
    assert parse_dialogue(query) is not None
