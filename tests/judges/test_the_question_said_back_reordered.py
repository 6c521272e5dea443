"""A short reply made only of the question's words, put in another order ("Veins look blue why." for "Why do veins look
blue?"), says nothing the question did not: no answer. Read from the words alone, so it holds in any language. A
question that asks yes or no, or offers its options, may be answered in its own words ("The sun is a star.", "The
sun is larger."), and so may a request to reorder words. Constructed for these tests, not copied from a labelled
corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml


# Few-shot examples before the question, as a chat's earlier turns.
def few_shot(question: str) -> str:
    turns = [("Q: Who wrote Hamlet?", "A: William Shakespeare wrote Hamlet."),
             ("Q: Where were the 1992 Olympic Games held?", "A: The 1992 Olympic Games were held in Barcelona.")]
    shots = "".join(f"<|im_start|>user\n{q}<|im_end|>\n<|im_start|>assistant\n{a}<|im_end|>\n" for q, a in turns)
    return f"{shots}<|im_start|>user\nQ: {question}<|im_end|>\n<|im_start|>assistant\n"


@pytest.mark.parametrize("prompt, output", [
    (few_shot("Why do veins look blue?"), "A: Blue veins look why."),
    (few_shot("Zergatik dute zainek itxura urdina?"), "A: Zainek itxura urdina dute zergatik."),
])
def test_the_question_said_back_in_another_order_after_examples_is_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Why do veins look blue?", "Veins look blue why."),
    ("What happens if you eat watermelon seeds?", "If you eat watermelon seeds what happens"),
    ("¿Por qué el cielo es azul?", "El cielo es azul por qué."),
    ("Warum ist das Meer salzig?", "Salzig das Meer ist warum."),
    ("¿Por qué las hojas cambian de color en otoño?", "Las hojas en otoño color cambian de por qué."),
    ("Zergatik dute zainek itxura urdina?", "Zainek itxura urdina dute zergatik."),  # Basque: why do veins look blue?
])
def test_the_question_said_back_in_another_order_is_no_answer(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Is the sun a star?", "The sun is a star."),
    ("Which is larger, the sun or the moon?", "The sun is larger."),
    ("Put these words in order to make a sentence: blue sky the is", "The sky is blue."),
    ("Why do veins look blue?", "Veins look blue because skin scatters red light more than blue."),
])
def test_a_reply_in_the_questions_words_that_answers_it_still_answers(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers, verdict.explain()


def test_the_question_said_back_reordered_echoes_the_prompt():
    verdict = judge(few_shot("Zergatik dute zainek itxura urdina?"), "A: Zainek itxura urdina dute zergatik.")
    assert verdict.drifts, verdict.explain()
    assert "prompt.reordered" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    (chatml("Hi! My name is Anna and I live in Oslo.") .replace("<|im_start|>assistant\n", "<|im_start|>assistant\n"
     "Nice to meet you, Anna!<|im_end|>\n<|im_start|>user\nWhat city do I live in?<|im_end|>\n<|im_start|>assistant\n"),
     "You live in Oslo."),
    (chatml("ما هي عاصمة فرنسا؟"), "باريس هي عاصمة فرنسا."),  # Arabic: Paris is the capital of France
])
def test_an_answer_with_words_of_its_own_is_no_question_reordered(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and "prompt.reordered" not in drift_measures(verdict), verdict.explain()


def test_the_arabic_question_said_back_reordered_is_no_answer():
    verdict = judge(chatml("لماذا السماء زرقاء؟"), "زرقاء السماء لماذا.")  # Arabic: why is the sky blue? said back
    assert not verdict.answers and "prompt.reordered" in drift_measures(verdict), verdict.explain()
