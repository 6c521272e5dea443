"""A request closing its question with a note in brackets ("... in HVAC systems? (In a sentence)"), met by a question of
the output's own closed with the same note: the next request in the prompt's format, drift, and the reply part ends
there. The prompt's own question said again with its note is the question said back, and a bracketed note the prompt
does not write is the output's own. Constructed by hand after real outputs (Llama-3.2-1B and its LoRA on an
engineering manual's questions)."""

from __future__ import annotations

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

ASKED = chatml("What are the key components of the Green Roof Model for energy simulation? (In a sentence)")


def test_a_question_of_its_own_closed_with_the_prompts_note_is_a_new_request():
    verdict = judge(ASKED, "What is the difference between a roof and a roof deck? (In a sentence) (roof is the top of "
                           "a building")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "prompt.tagged_question" in drift_measures(verdict), verdict.explain()


def test_an_answer_then_a_new_request_closed_with_the_note_answers_and_drifts():
    verdict = judge(ASKED, "The model accounts for the plants, the growing media and the moisture they hold, which "
                           "together shade and insulate the roof. How is the soil moisture modelled? (In a sentence)")
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "prompt.tagged_question" in drift_measures(verdict), verdict.explain()


def test_a_question_with_a_note_the_prompt_does_not_write_is_the_outputs_own():
    prompt = chatml("What are the key components of the Green Roof Model for energy simulation?")
    verdict = judge(prompt, "The plants, the growing media and their moisture. Why does moisture matter? (In short) "
                            "Wet soil stores heat and cools the roof as it evaporates.")
    assert "prompt.tagged_question" not in drift_measures(verdict), verdict.explain()


def test_the_prompts_own_question_said_back_with_its_note_is_no_new_request():
    verdict = judge(ASKED, "What are the key components of the Green Roof Model for energy simulation? (In a "
                           "sentence)\nThe plants, the growing media and the moisture they hold.")
    assert "prompt.tagged_question" not in drift_measures(verdict), verdict.explain()


def test_the_prompts_own_question_said_back_after_a_preamble_is_no_new_request():
    prompt = chatml("Answer briefly. What are the key components of the Green Roof Model for energy simulation? (In a "
                    "sentence)")
    verdict = judge(prompt, "What are the key components of the Green Roof Model for energy simulation? (In a "
                            "sentence)\nThe plants, the growing media and the moisture they hold.")
    assert "prompt.tagged_question" not in drift_measures(verdict), verdict.explain()
