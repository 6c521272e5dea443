"""An answer that names the question in its first sentence and then works out a term of its own at length:
"One mechanism that can produce asymmetric line shapes is a non-uniform magnetic field across the chip.", then
paragraphs on the magnetic field's formula that never say "asymmetric" or "line shape" again. The terms that first
sentence brings in are the answer's subject, so the paragraphs on them stay on topic. A slide to something the
first sentence never named still drifts, and words of the prompt's template ("Input") are not the answer's terms.
Constructed by hand after real outputs (a LoRA of Llama-3.1-8B on physics papers, a Self-Instruct story)."""

from __future__ import annotations

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

QUESTION = ("Non-ideal experimental conditions can produce asymmetric resonance line shapes. Describe a physical "
            "mechanism that can lead to this asymmetry.")
ANSWER = ("One physical mechanism that can produce asymmetric resonance line shapes is a non-uniform magnetic field "
          "across the chip. ")
FIELD_WORKED_OUT = (
    "In a magnetic field the qubit frequency shifts by an amount set by the Zeeman energy, so the frequency "
    "becomes the zero-field value plus the product of the g-factor, the Bohr magneton and the field strength, "
    "divided by the reduced Planck constant. Where the field differs from one side of the chip to the other, "
    "each part of the device sits at a slightly different frequency, and the magnetic field gradient therefore "
    "spreads the frequencies over a band whose width grows with the gradient. Measured together, these parts "
    "add up to a response that is broader on one side than on the other, which a fit with a single frequency "
    "cannot describe, and the magnetic field has to be mapped before the fit is trusted."
)


def test_paragraphs_working_out_the_first_sentences_own_term_stay_on_topic():
    verdict = judge(chatml(QUESTION), ANSWER + FIELD_WORKED_OUT)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_slide_to_something_the_first_sentence_never_named_still_drifts():
    slide = ("Anyway, the weekend is nearly here and the weather looks good for a picnic. We could take sandwiches, "
             "lemonade and a blanket to the lake, then walk around it in the afternoon and stop for ice cream at "
             "the kiosk by the boats. My sister wants to bring her new puppy, who is still learning to walk on a "
             "leash and barks at every duck he sees, so we may need to leave early if he gets too excited. After "
             "that we could cook pasta at home and watch a film, or play cards until late on the balcony. On Sunday "
             "the market opens early, so we might buy fresh bread, cheese and strawberries for the week.")
    verdict = judge(chatml(QUESTION), ANSWER + slide)
    assert verdict.drifts, verdict.explain()
    assert "topic.trailing_gap" in drift_measures(verdict), verdict.explain()


def test_words_of_the_prompts_template_are_not_the_answers_terms():
    prompt = ("Below is an instruction that describes a task. Write a response that appropriately completes the "
              "request.\n\n### Instruction:\nWhat is the tallest mountain in Africa?\n\n### Input:\n\n### Response:\n")
    # "Input" is in the first sentence naming the question, and in every line of the invented spec after it.
    output = ("The input asks for the tallest mountain in Africa. "
              + " ".join(f"Input {k} gives output {k * 7} for the table of sevens in the worksheet above."
                         for k in range(2, 12)))
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert "topic.trailing_gap" in drift_measures(verdict), verdict.explain()
