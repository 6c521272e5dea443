"""A question that asks for a count or a year in its words ("How many ...?", "In che anno ...?") and a short reply
that gives none: no digit, no number's name, no word of amount, and none of the asking sentence's own words. After Minerva's
Italian base model, asked for years and periods of time, writing web-page residue ("SPOILER: Attenzione, ...",
"Cazzi tuoi."). A short reply is otherwise given the benefit of the doubt on its topic; a number question's short
answer is its number. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

QUIZ = ("Rispondi alla seguente domanda in modo chiaro e conciso: In che anno è stato fondato il Museo Egizio di "
        "Torino? Produci solo risposte del seguente tipo: un anno.")


@pytest.mark.parametrize(("prompt", "output"), [
    (QUIZ, " Clicca qui per leggere tutti i commenti."),
    (QUIZ, " Un libro da leggere in una sera."),
    ("How many moons does Neptune have?", "Click here to subscribe."),
    ("¿Cuántos habitantes tiene Lima?", "Gracias por su visita."),
])
def test_a_short_reply_with_no_number_does_not_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    (QUIZ, " 1824"),
    (QUIZ, " Nel milleottocentoventiquattro."),
    ("How many moons does Neptune have?", "Fourteen known ones."),
    ("How many moons does Neptune have?", "A few dozen, maybe."),
    ("¿Cuántos habitantes tiene Lima?", "Unos diez millones."),
    ("一只猫有几条腿？", "四条。"),
    (QUIZ, " Il Museo Egizio di Torino fu fondato"),  # the answer begun on the question's subject, cut off
])
def test_a_number_a_name_of_one_an_amount_or_the_subject_begun_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_a_number_question_read_only_from_its_digits_is_not_held_to_a_number():
    # A question with digits in it, ending in its mark, is read as asking a number; here it asks whether to go on.
    prompt = "Llevo 3 horas estudiando y me quedan 2 temas, ¿me rindo ya?"
    verdict = judge(prompt, "No, sigue adelante.")
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("How many legs does a snake have?", "They're legless."),  # the question's own word, in another form
    ("How many siblings do you have?", "I don't have any, I'm an AI."),
    ("¿Cuántos hermanos tienes?", "No tengo hermanos."),
    ("Combien de frères as-tu ?", "Je n'en ai aucun."),
])
def test_none_or_the_questions_own_word_answers_a_count(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("How often should I water a cactus?", "Only when the soil is completely dry."),
    ("How long should I boil an egg?", "Until the yolk is just set."),
    ("How much does a Tesla cost?", "It depends on the model and options."),
    ("Combien de temps faut-il pour cuire des pâtes ?", "Jusqu'à ce qu'elles soient al dente."),
    ("Wie lange dauert der Flug von Berlin nach Tokio?", "Etwa einen halben Tag."),
])
def test_a_span_a_frequency_or_a_price_may_be_answered_in_words(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
