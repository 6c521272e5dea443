"""A word problem said back word for word, its premises and its question ("Toulouse has twice as many sheep as
Charleston. ... How many sheep do they have together?"): its sentences state numbers, but only the problem's own, so
they work nothing out. An echo: no answer, and drift. A reply that restates a premise and goes on to a result
answers. Constructed by hand after real outputs (Llama-3.1-8B prompted with GSM8K problems in a code fence)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

PROBLEM = ("Anna has twice as many marbles as Ben. Ben has 5 times as many marbles as Carl. How many marbles do Anna, "
           "Ben, and Carl have together if Carl has 12 marbles?")
SYSTEM = ("# Instruction\nBelow is a conversation between a human and an AI assistant (you). Answer the query "
          "helpfully and honestly.\n\n")


def test_the_problem_said_back_is_an_echo():
    verdict = judge(PROBLEM, PROBLEM + "\n")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_the_problem_said_back_in_a_template_is_an_echo():
    prompt = f"{SYSTEM}# Query:\n```{PROBLEM}\nAnswer:```\n\n# Answer:\n```\n"
    verdict = judge(prompt, PROBLEM + "\n```\n\n")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(PROBLEM, "Ben has 5 times as many marbles as Carl. So Ben has 60 marbles and Anna has 120, and the "
                 "three have 192 marbles together.", id="a-premise-then-the-result"),
])
def test_a_premise_then_the_result_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
