"""A base model given "Question: ...\nAnswer:" may print the answer's line as a worksheet does, to be filled in by
hand, and go on as the worksheet's page: a blank is no answer, and what follows it is no reply (``answer.blank``).
An answer that writes a blank of its own, or a rule between sections, is still an answer. Constructed after real
outputs (Gemma-2B and Gemma-7B, pretrained, on one-phrase factual questions)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

ASKED = "Answer the following question in one short phrase.\n\nQuestion: What is the capital of France?\nAnswer:"
GEFRAGT = "Beantworte die folgende Frage kurz.\n\nFrage: Was ist die Hauptstadt von Frankreich?\nAntwort:"


@pytest.mark.parametrize("prompt, output", [
    pytest.param(ASKED, "$\\rule{6cm}{0.15mm}$\n\nStep 1\n1 of 2", id="a-latex-rule-then-the-solution-page"),
    pytest.param(ASKED, "_______________________________.\n\nQuestion: What is the capital of Spain?\nAnswer:",
                 id="underscores-then-the-next-question"),
    pytest.param(GEFRAGT, "____________________\n\nAufgabe 2: Nenne drei Flüsse in Frankreich.", id="in-german"),
])
def test_a_blank_answer_line_then_the_worksheet_is_no_answer_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "answer.blank" in drift_measures(verdict), verdict.explain()


def test_a_blank_alone_is_no_answer_and_goes_on_with_nothing():
    verdict = judge(ASKED, "$\\rule{6cm}{0.15mm}$")
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Write a fill-in-the-blank sentence about Paris.", "Paris is the capital of __________.",
                 id="a-blank-asked-for"),
    pytest.param(ASKED, "Paris.\n\n__________\n\nIt has been the capital since the Middle Ages.", id="a-blank-after-the-answer"),
    pytest.param(ASKED, "___\nParis is the capital of France.", id="a-markdown-rule-first"),
    pytest.param(ASKED, "________ Paris ________ is the capital of France.", id="the-answer-underlined"),
])
def test_an_answer_with_a_blank_or_a_rule_of_its_own_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
    assert "answer.blank" not in drift_measures(verdict), verdict.explain()
