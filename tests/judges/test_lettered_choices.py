"""A multiple-choice question listing its options on lines of their own under letters ("A: ...", "B. ...", "(C) ..."),
as MedQA and MMLU prompts do. The letters name options, no fields of a format: a reply's "B: Cholesterol
embolization" picks an option (it answers, no echo, no new example of the prompt's format), and an answer that
discusses the other options ("A: Erythromycin ointment is used for ...") does not drift. A pick followed by the
options said back ("B: ...\\nC: ...\\nD:") continues the prompt's list: it answers and drifts. Constructed by hand
after a held-out source (Apertus-70B and its MedQA LoRA), whose fine-tune picks in the "X: option" form."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.choices import lettered_choices

from .samples import chatml

QUESTION = ("A 30-year-old man has itchy, watery eyes and sneezing every spring. Which is the most appropriate "
            "treatment?")


def mcq(style: str = "{letter}: {text}") -> str:
    options = ["Erythromycin ointment", "Ketotifen eye drops", "Warm compresses", "Fluorometholone eye drops"]
    lines = "\n".join(style.format(letter=letter, text=text) for letter, text in zip("ABCD", options))
    return chatml(f"Answer the following multiple choice question.\n\n{QUESTION}\n\nOptions:\n{lines}\n\nAnswer:")


@pytest.mark.parametrize("output", [
    pytest.param("B: Ketotifen eye drops", id="the-pick-alone"),
    pytest.param("B: Ketotifen eye", id="the-pick-cut-at-the-token-limit"),
    pytest.param("The correct answer is B: Ketotifen eye drops.\n\nSeasonal itchy, watery eyes point to allergic "
                 "conjunctivitis, which an antihistamine such as ketotifen treats.", id="a-sentence-then-reasons"),
    pytest.param("B: Ketotifen eye drops\n\nThe symptoms come back each spring, so this is allergic conjunctivitis.\n\n"
                 "A: Erythromycin ointment is used for bacterial infections, which this is not.\n\n"
                 "C: Warm compresses help a blocked gland, not an allergy.", id="then-the-other-options-discussed"),
])
def test_a_pick_among_lettered_options_answers_without_drift(output):
    verdict = judge(mcq(), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("style", ["{letter}. {text}", "({letter}) {text}", "{letter}) {text}"])
def test_so_it_does_for_options_lettered_with_a_stop_or_brackets(style):
    verdict = judge(mcq(style), style.format(letter="B", text="Ketotifen eye drops"))
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("B: Ketotifen eye drops\nC: Warm compresses\nD:", id="the-next-options"),
    pytest.param("B: Ketotifen eye drops\n\nB: Ketotifen eye drops\n\nA:", id="the-pick-again-then-a-letter"),
])
def test_a_pick_then_the_options_said_back_answers_and_drifts(output):
    verdict = judge(mcq(), output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.choices_again" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_the_options_are_read_from_their_lines():
    assert lettered_choices(mcq()) == {"a": "erythromycin ointment", "b": "ketotifen eye drops",
                                       "c": "warm compresses", "d": "fluorometholone eye drops"}


def test_letters_that_take_turns_are_speakers_not_options():
    assert lettered_choices("A: Hi, are you coming tonight?\nB: Yes, at eight.\nA: Great, see you then.") == {}
