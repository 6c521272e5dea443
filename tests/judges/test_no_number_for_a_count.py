"""A question asking for a count or a year ("How many ...?", "In what year ...?", "Quanti anni ...?") is not answered by
a short line that holds no number and names none of the words of the sentence that asks: a stray line of some web
page ("Click on a room", "SPOILER: ...") that a base model writes instead (``reply.number``). A number answers, in
digits or in words, and so does a line about the question's subject; a question asking "how long" or "how often" may
be answered in words.
Constructed after real outputs (Minerva-7B base, asked Italian quiz questions whose answer is a year or a period)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

QUIZ = ("Rispondi alla seguente domanda in modo chiaro e conciso: {question} "
        "Produci solo risposte del seguente tipo: {kind}.")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(QUIZ.format(question="In che anno è uscito il primo romanzo di Italo Calvino?", kind="una data"),
                 " Il problema è che il …\nClicca su una stanza", id="italian-year-a-page-line"),
    pytest.param(QUIZ.format(question="Quanti anni visse Giacomo Leopardi?", kind="un periodo di tempo"),
                 " Produzione articolata. Empirica. Non c'è. Vado", id="italian-years-word-salad"),
    pytest.param("How many moons does Mars have?", "The weather was lovely all week.", id="english-count"),
    pytest.param("In what year did the Berlin Wall fall?", "Anyway ...\n\nThe bio-based materials have always",
                 id="english-year"),
    pytest.param("¿Cuántos jugadores tiene un equipo de fútbol?", "Inicio de sesión | Registrarse", id="spanish-count"),
])
def test_a_short_line_with_no_number_and_none_of_the_questions_words_is_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.number" in {e.measure for e in verdict.evidence}, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(QUIZ.format(question="Quanti anni visse Giacomo Leopardi?", kind="un periodo di tempo"),
                 " 38 anni.", id="digits"),
    pytest.param("How many moons does Mars have?", "Two.", id="a-number-word"),
    pytest.param(QUIZ.format(question="Quanti anni visse Giacomo Leopardi?", kind="un periodo di tempo"),
                 " Trentotto? No: visse trentanove anni.", id="the-questions-words"),
    pytest.param("How many legs does a spider have?", "Eight legs.", id="english-number-and-unit"),
    pytest.param("Wie viele Beine hat ein Vogel?", "Zwei.", id="german-number-word"),
    pytest.param("一周有多少天？", "七天。", id="chinese-numerals"),
    pytest.param("How often should I water a cactus?", "Only when the soil is completely dry.", id="how-often-in-words"),
    pytest.param("How many moons does Mars have?", "Are you asking about its natural satellites?",
                 id="a-question-back-is-read-elsewhere"),
])
def test_a_number_or_the_questions_subject_is_not_held_to_this(prompt, output):
    verdict = judge(prompt, output)
    assert "reply.number" not in {e.measure for e in verdict.evidence}, verdict.explain()
