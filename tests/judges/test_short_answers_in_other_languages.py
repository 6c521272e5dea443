"""A question in another language is answered in one word as an English one is: a number for "Wie viele ...?",
"¿Cuántos ...?", "Berapa ...?", "... bao nhiêu ...?"; a yes or a no in the question's language for "Ist ...?",
"¿Es ...?", "Apakah ...?", "... có phải ... không?", "Este ...?", "...吗？"; a name for "Wer ...?", "Siapa ...?".
Its question words are read in its own language first: German "Was ist ...?" asks what, not whether. A word of the
wrong form still does not answer: a number for a question asking whether, a yes for one asking how many.
Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.question import NAME, NUMBER, OPEN, YES_NO, read_question

ANSWERED = [
    ("Wie viele Tage hat ein Schaltjahr?", "366."),
    ("¿Cuántos días tiene un año bisiesto?", "366."),
    ("Combien de jours compte une année bissextile ?", "366."),
    ("Berapa jumlah provinsi di Indonesia sekarang?", "38."),
    ("Năm nhuận có bao nhiêu ngày?", "366."),
    ("Сколько дней в високосном году?", "366."),
    ("Câte zile are un an bisect?", "366."),
    ("Ist der Wal ein Fisch?", "Nein."),
    ("¿Es la ballena un pez?", "No."),
    ("Apakah Danau Toba terbentuk dari letusan gunung berapi?", "Ya."),
    ("Cá voi có phải là loài cá không?", "Không."),
    ("Este balena un pește?", "Nu."),
    ("鲸鱼是鱼吗？", "不是。"),
    ("Was ist die Hauptstadt von Frankreich?", "Paris."),
    ("Wer schrieb Faust?", "Goethe."),
    ("Apa ibu kota provinsi Jawa Barat?", "Bandung."),
]


@pytest.mark.parametrize(("prompt", "output"), ANSWERED)
def test_one_word_of_the_form_asked_answers_a_question_in_another_language(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_yes_or_no_then_its_reason_answers_without_naming_the_subject():
    verdict = judge("Cá voi có phải là loài cá không?",
                    "Không. Chúng là động vật có vú: thở bằng phổi, đẻ con và nuôi con bằng sữa.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "kind"), [
    ("Wie viele Tage hat ein Schaltjahr?", NUMBER),
    ("Năm nhuận có bao nhiêu ngày?", NUMBER),
    ("Ist der Wal ein Fisch?", YES_NO),
    ("Apakah Danau Toba terbentuk dari letusan gunung berapi?", YES_NO),
    ("Was ist die Hauptstadt von Frankreich?", NAME),
    ("Wer schrieb Faust?", NAME),
    ("Siapa penulis Laskar Pelangi?", NAME),
])
def test_the_kind_of_a_question_in_another_language_is_read_from_its_own_words(prompt, kind):
    assert read_question(prompt).kind == kind


@pytest.mark.parametrize(("prompt", "output"), [
    ("Ist der Wal ein Fisch?", "366."),
    ("Wie viele Tage hat ein Schaltjahr?", "Ja."),
    ("Berapa jumlah provinsi di Indonesia sekarang?", "Ya."),
])
def test_a_word_of_another_form_does_not_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt", ["Hat size for a newborn?", "Dove soap or Dial?", "Chi square test?", "AI safety?"])
def test_an_english_question_opening_with_a_word_another_language_asks_with_keeps_its_english_reading(prompt):
    assert read_question(prompt).kind not in (YES_NO, NAME, NUMBER)


@pytest.mark.parametrize(("prompt", "output"), [
    ("Wann wurde Goethe geboren?", "1749."),
    ("¿Cuándo llegó Colón a América?", "1492."),
    ("Kapan Indonesia merdeka?", "1945."),
    ("Cuantos dias tiene una semana?", "Siete."),
    ("Es seguro comer huevos crudos?", "No."),
    ("Wie alt ist der Eiffelturm?", "135"),
    ("Wie viele Beine hat eine Spinne?", "Acht."),
    ("Siapa presiden pertama Indonesia?", "Soekarno."),
])
def test_a_year_for_when_a_number_for_how_old_and_questions_written_without_accents_or_opening_mark(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# "In what year ...?" asked in other languages: a year alone answers, as it does in English. A quiz's instruction may
# come first ("Rispondi alla seguente domanda ...: In che anno ...? Produci solo risposte del seguente tipo: un anno.",
# after the Italian questions put to Minerva's base and instruct models).
@pytest.mark.parametrize(("prompt", "output"), [
    ("In che anno è nato Dante?", "1265"),
    ("¿En qué año cayó el muro de Berlín?", "1989"),
    ("Em que ano o Brasil ficou independente?", "1822"),
    ("In welchem Jahr fiel die Berliner Mauer?", "1989"),
    ("В каком году основан Санкт-Петербург?", "1703"),
    ("Rispondi alla seguente domanda in modo chiaro e conciso: In che anno è nato Dante? Produci solo risposte del "
     "seguente tipo: un anno.", "\n1265"),
    # ... or written out as one word of number names
    ("In welchem Jahr fiel die Berliner Mauer?", "Neunzehnhundertneunundachtzig."),
    ("In che anno è stata scoperta l'America?", "Millequattrocentonovantadue."),
])
def test_a_year_alone_answers_in_what_year_asked_in_another_language(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert read_question(prompt).kind == NUMBER


@pytest.mark.parametrize(("prompt", "output"), [
    ("Was ist Fernweh?", "Ja."),
    ("Was bedeutet Fernweh?", "Ja."),
    ("Was ist Fernweh?", "Und."),
    ("Siapa presiden pertama Indonesia?", "Yang."),
    ("¿Quién escribió Don Quijote?", "Sí."),
    ("Wie viele Beine hat eine Spinne?", "Goethe."),
    ("Wie viele Beine hat eine Spinne?", "Siebenschläfer."),  # opens with a number's name, ends with none
    ("¿Cuántas patas tiene una araña?", "Para."),
    ("Is the sun a star?", "Da."),
])
def test_a_yes_a_no_or_a_small_word_of_another_language_names_nothing_and_counts_nothing(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


# Japanese and Korean ask yes or no with a polite question's ending and no question word ("...ですか？",
# "...입니까?"): the question restated after a yes or a no answers it, as "Yes, Mount Fuji is ..." does in English.
@pytest.mark.parametrize(("prompt", "kind"), [
    ("富士山は日本で一番高い山ですか？", YES_NO),
    ("日本で一番高い山は何ですか？", NAME),
    ("日本で一番高い山はどこですか？", NAME),
    ("서울은 한국의 수도입니까?", YES_NO),
    ("한국의 수도는 어디입니까?", NAME),
])
def test_a_japanese_or_korean_question_asks_yes_or_no_only_without_a_question_word(prompt, kind):
    assert (read_question(prompt).kind == YES_NO) == (kind == YES_NO)


@pytest.mark.parametrize(("prompt", "output"), [
    ("富士山は日本で一番高い山ですか？", "はい、富士山は日本で一番高い山です。"),
    ("서울은 한국의 수도입니까?", "네, 서울은 한국의 수도입니다."),
])
def test_a_japanese_or_korean_yes_no_question_restated_after_a_yes_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt", ["Warum ist das Meer salzig?", "¿Por qué las hojas cambian de color en otoño?",
                                    "Pourquoi le ciel est-il bleu ?", "Perché il mare è salato?"])
def test_a_question_asking_why_in_another_language_asks_neither_yes_nor_a_name(prompt):
    assert read_question(prompt).kind == OPEN


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param("Q: És perillós fer servir el mòbil en una gasolinera?\n\nA:",
                 " No, no és perillós fer servir el mòbil en una gasolinera.", id="catalan-said-in-its-words"),
    pytest.param("Pot un gos menjar xocolata?", "No.", id="catalan-no-opening-mark"),
    pytest.param("Si una persona conduce borracha y causa un accidente, ¿se puede decir que es culpa suya?", "Sí.",
                 id="spanish-after-a-clause"),
])
def test_a_yes_no_question_without_english_openers_is_answered_by_a_yes_or_a_no(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
