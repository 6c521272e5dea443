"""An output of nothing but questions, the same few said again and again, gives no answer, though a loop ends its reply
part after two of them: the questions after the loop's start are still questions, and the last may be cut off at the
token limit. Questions said after a reply part that answers leave that answer standing. Constructed by hand after real
outputs (Llama-3.2-1B and its LoRA on a technical manual's questions)."""

from __future__ import annotations

from why_finetune.judges import judge

from .samples import chatml

QUESTION = "What is the purpose of the Fan Energy Index (FEI) in HVAC systems? (In a sentence)"


def test_questions_said_again_to_the_end_give_no_answer():
    output = ("How is it calculated?   How is it calculated? What is the Fan Energy Index (FEI) in HVAC systems? How is "
              "it calculated?  What is the Fan Energy Index (FEI) in HVAC systems? How is it calculated")
    verdict = judge(chatml(QUESTION), output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_an_answer_then_questions_said_again_answers_and_drifts():
    output = ("The FEI rates how efficiently a fan uses energy at its duty point, compared with a reference fan. How is "
              "it calculated? How is it calculated? How is it calculated? How is it calculated?")
    verdict = judge(chatml(QUESTION), output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_two_questions_and_then_a_statement_are_not_only_questions():
    output = ("How is it calculated? How is it calculated? It divides the reference fan's power by the actual fan's "
              "power, so a value above one means the fan uses less energy than the reference one.")
    verdict = judge(chatml(QUESTION), output)
    assert verdict.answers, verdict.explain()


def test_questions_to_the_end_in_spanish_the_last_cut_off_give_no_answer():
    prompt = chatml("¿Para qué sirve el índice de energía del ventilador (FEI) en los sistemas de climatización?")
    output = ("¿Cómo se calcula? ¿Cómo se calcula? ¿Qué es el índice FEI en los sistemas de climatización? ¿Cómo se "
              "calcula? ¿Qué es el índice FEI")
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


def test_questions_said_again_then_a_statement_are_not_only_questions():
    # Its reply part is too short for an answer, a loop ending it; but the statement after the loop is no question.
    output = ("How is it calculated? How is it calculated? How is it calculated? How is it calculated? The FEI divides "
              "the reference fan's power by the actual fan's power, so a value above one means the fan uses less energy.")
    verdict = judge(chatml(QUESTION), output)
    assert "only a question" not in verdict.explain(), verdict.explain()
