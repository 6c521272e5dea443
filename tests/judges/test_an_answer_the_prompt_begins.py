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
MOUNTAIN = "質問：日本で一番高い山は何ですか？\n回答：日本で一番高い山は"  # the highest mountain in Japan is
COUNCIL = ("### Instruction:\nSummarize the following text in one sentence.\n\n### Text:\nThe city council met on Monday "
           "and voted 7-2 to add protected bike lanes on Main Street. Construction is set to start in April.\n\n"
           "### Summary:\nIn short,")


@pytest.mark.parametrize("prompt, output", [
    (SENTIMENT, ' "positive".'),
    (SENTIMENT, " positive, because the writer loved the film."),
    (STIMMUNG, " positiv."),
    (CAPITAL, " Paris."),
    (MOUNTAIN, "富士山です。標高は3,776メートルです。"),  # Mount Fuji; it is 3,776 metres high
    (COUNCIL, " the council approved protected bike lanes on Main Street, with work starting in April."),
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


def test_a_transcript_of_a_and_b_whose_last_line_lacks_its_full_stop_is_answered_by_b():
    prompt = ("A: Hi, are you coming to the party tonight?\nB: I can't, I have to work late.\n"
              "A: That is a shame, maybe we can meet on Sunday then")
    verdict = judge(prompt, " B: Sunday works for me, let's have lunch.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("### Maagizo:\nTaja mji mkuu wa Kenya.\n\n### Jibu:\nMji mkuu wa Kenya ni", " Nairobi."),  # Swahili
    ("Pertanyaan: Apa ibu kota Jepang?\nJawaban: Ibu kota Jepang adalah", " Tokyo."),  # Indonesian
    ("### Anweisung:\nFasse den Text in einem Satz zusammen.\n\n### Text:\nDer Stadtrat hat am Montag neue Radwege "
     "beschlossen. Die Bauarbeiten beginnen im April.\n\n### Zusammenfassung:\nKurz gesagt,",
     " der Stadtrat hat neue Radwege beschlossen, die ab April gebaut werden."),  # a summary's label in German
])
def test_answer_and_summary_labels_in_other_languages_open_the_answer(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_passage_field_begun_and_continued_is_no_answer():
    # The last field is the text worked on, not the answer's: more of it is the prompt going on.
    verdict = judge("Summarize the following text in one sentence.\n\nText: The city council met on Monday and",
                    " voted to add bike lanes on Main Street, with work starting in April.")
    assert not verdict.answers, verdict.explain()
