"""A prompt that begins its own answer: the answer's field opened and its first words written ("### Answer:\\nThe
sentiment in this sentence is", "A: The capital of France is"). The output finishes that sentence: its words are the
answer, however few, not the prompt's sentence going on. Past the sentence, the usual drift still counts. Constructed
for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

SENTIMENT = ("### Instruction:\nClassify the sentiment of the sentence as 'negative' or 'positive'.\n\n"
             "### Text:\nI loved every minute of the film.\n\n### Answer:\nThe sentiment in this sentence is")
STIMMUNG = ("### Anweisung:\nBestimme die Stimmung des Satzes als 'negativ' oder 'positiv'.\n\n"
            "### Satz:\nDas Essen war wunderbar.\n\n### Antwort:\nDie Stimmung dieses Satzes ist")
CAPITAL = "Q: What is the capital of France?\nA: The capital of France is"


@pytest.mark.parametrize("prompt, output", [
    (SENTIMENT, ' "positive".'),
    (SENTIMENT, " positive, because the writer loved the film."),
    (STIMMUNG, " positiv."),
    (CAPITAL, " Paris."),
])
def test_the_begun_sentence_finished_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_begun_sentence_finished_then_a_new_example_drifts():
    output = (' "positive".\n\n### Instruction:\nClassify the sentiment of the sentence as \'negative\' or '
              "'positive'.\n\n### Text:\nThe service was slow.\n\n### Answer:\nThe sentiment in this sentence is "
              '"negative".')
    verdict = judge(SENTIMENT, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_begun_sentence_with_no_answer_field_is_still_the_prompt_going_on():
    # No field opened for the answer: the last line is the prompt's own text, and finishing it is no reply.
    verdict = judge("Here is a story about my dog. Every morning he", " runs to the door.")
    assert not verdict.answers, verdict.explain()
