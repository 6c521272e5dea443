"""An output that is only a new request for text: "Describe class imbalance in ML/DS." for "Explain class imbalance in
simple terms.". A small instruction tune gives the request back as another one; it names the topic but asks, in the
imperative, for the text it should have written: the prompt's own genre, the next request. It drifts and answers
nothing. Advice or a tip in the imperative, an item or an instruction asked for, a translation, and an answer that
opens with such a verb and goes on are no new request. Constructed by hand after real outputs (flan-t5-small and its
ML-tutor LoRA under a "Context:/Instruction:/Response:" template)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

TEMPLATE = "Context: You are a patient study assistant.\n\nInstruction: {}\n\nResponse:"


@pytest.mark.parametrize("request_, output", [
    pytest.param("Explain overfitting in simple terms.", "Describe overfitting as a study assistant.", id="describe"),
    pytest.param("What is gradient descent?", "Explain gradient descent in a concise manner.", id="explain"),
    pytest.param("Describe the main causes of the French Revolution.", "Summarize the French Revolution's main causes.",
                 id="summarize"),
])
def test_only_a_new_request_drifts_and_answers_nothing(request_, output):
    verdict = judge(TEMPLATE.format(request_), output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "prompt.new_request" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("request_, output", [
    pytest.param("How do I get my child to sleep earlier?", "Explain to your child why sleep matters.",
                 id="advice-to-the-asker"),
    pytest.param("What should I do before seeing a doctor?", "Describe your symptoms in a notebook.",
                 id="advice-about-the-askers-own"),
    pytest.param("Write an instruction that asks a student to describe photosynthesis.",
                 "Describe how plants turn sunlight into sugar.", id="an-instruction-asked-for"),
    pytest.param("Explain overfitting in simple terms.", "Explain it like this: a model that memorises its "
                 "training examples does well on them and badly on new ones. That is overfitting.",
                 id="an-answer-that-opens-with-the-verb"),
    pytest.param("How can I remember more of what I read?", "Summarize each chapter in a few sentences right after "
                 "reading it.", id="a-study-tip"),
    pytest.param("Make up an exam item about the water cycle.", "Describe the four stages of the water cycle.",
                 id="an-item-asked-for"),
    pytest.param("Translate into English: 'Décrivez les causes de la Révolution française.'",
                 "Describe the causes of the French Revolution.", id="a-translation"),
])
def test_advice_an_instruction_asked_for_or_an_answer_is_no_new_request(request_, output):
    verdict = judge(TEMPLATE.format(request_), output)
    assert "prompt.new_request" not in drift_measures(verdict), verdict.explain()
