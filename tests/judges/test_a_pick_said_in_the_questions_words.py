"""A question that offers two options around "or", answered by a statement that opens with one of them, in the
question's own words: "The light-induced reaction has a higher activation energy." for "Which reaction,
thermally-driven or light-induced, has a higher activation energy?". Where the passage above the question says those
words too, nearly every three-word sequence of the answer is the prompt's, and it read as an echo; but the pick is
the answer. The question said back, its options joined by "or" again or both made its subject, a question back in its
words, or the passage said back in one long sentence that opens with an option, is still an echo. Constructed by hand after real outputs (Llama-2-7B and Mistral-7B
on chemistry papers' passages, before and after their tunes)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

PASSAGE = ("Figure 3: Arrhenius plot for determining the activation energy of the thermally-driven reaction. Its "
           "activation energy is 0.75 eV. Figure 4: Arrhenius plot for determining the activation energy of the "
           "light-induced reaction. For the light-induced reaction, the activation energy is 0.21 eV. Comparison of "
           "activation energies determined for the thermally-driven and light-induced reaction.")
QUESTION = "Which reaction, thermally-driven or light-induced, has a higher activation energy?"
TRANSCRIPT = f"Context:\n{PASSAGE}\n\nQuestion:\n{QUESTION}\n\nAnswer:\n"
CHAT = chatml(f"{PASSAGE}\n\n{QUESTION}")


@pytest.mark.parametrize("prompt", [TRANSCRIPT, CHAT], ids=["a transcript's answer", "a chat's reply"])
@pytest.mark.parametrize("output", [
    "The light-induced reaction has a higher activation energy.",
    "The light-induced reaction has a higher activation energy compared to the thermally-driven reaction.",
])
def test_a_statement_opening_with_one_option_answers_and_does_not_drift(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param(QUESTION, id="the question said back"),
    pytest.param("Thermally-driven or light-induced reaction has a higher activation energy.",
                 id="its options joined by or again"),
    pytest.param("The light-induced reaction has a higher activation energy, doesn't it?", id="a question back"),
    pytest.param("The thermally-driven and light-induced reaction has a higher activation energy.",
                 id="both options as its subject"),
    pytest.param("The light-induced reaction, the activation energy is 0.21 eV, Arrhenius plot for determining the "
                 "activation energy of the thermally-driven reaction, Arrhenius plot for determining the activation "
                 "energy of the light-induced reaction, comparison of activation energies determined for the "
                 "thermally-driven and light-induced reaction.", id="the passage said back in one long sentence"),
])
def test_the_question_or_the_passage_said_back_is_still_an_echo(output):
    verdict = judge(TRANSCRIPT, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
