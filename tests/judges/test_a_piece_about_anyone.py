"""A piece of writing about anyone at all ("Write a short story in the third person about a fictional person.",
"Schreibe einen kurzen Text in der dritten Person über einen fiktiven Menschen."): how it is told and a subject that is
any person are no topic words, as "write" and "story" are none: a story about a baker called Max is what was asked,
though it never says "person" or "fictional". What else the request names stays ("a person who lost their keys"). The
open label closing a prompt ("Answer:", "Antwort:") is the field the output fills, no topic word either. Constructed
for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

MAX = ("In a small village lived a baker called Max. Every morning he rose before dawn to light the oven, and the smell "
       "of fresh bread drifted down the narrow streets. One winter the flour ran out, and Max walked three days through "
       "the snow to the next town to bring back a sack on his shoulders. When he returned, the villagers were waiting "
       "at the gate with lanterns, and that night nobody went to bed hungry.")
LENA = ("Lena wohnte in einer kleinen Wohnung über einer Bäckerei. Jeden Morgen weckte sie der Duft von frischem Brot, "
        "und jeden Morgen nahm sie sich vor, endlich ihr Buch fertig zu schreiben. Sie setzte sich an den Tisch am "
        "Fenster, trank ihren Kaffee und sah den Leuten auf der Straße zu. Eines Tages klopfte der Bäcker an ihre Tür "
        "und brachte ihr ein Brot, weil er sie so oft am Fenster gesehen hatte. Von da an schrieb Lena jeden Tag eine "
        "Seite, und das erste Kapitel handelte von einem Bäcker.")
LUCIA = ("Lucía vivía en un pueblo junto al mar y cada mañana salía a pescar con su abuelo. Un día encontraron una "
         "botella con un mensaje escrito en un idioma que nadie del pueblo conocía. Lucía pasó todo el invierno en la "
         "biblioteca, buscando palabras en libros viejos, hasta que por fin entendió lo que decía: era una receta de "
         "pan de una tierra lejana. Esa primavera, todo el pueblo probó el pan de la botella.")


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param("Write a short story in the third person about a fictional person.", MAX, id="english"),
    pytest.param("Write a short story about a fictional person.\nAnswer:", MAX, id="english-under-an-answer-label"),
    pytest.param("Schreibe einen kurzen Text in der dritten Person über einen fiktiven Menschen.\nAntwort:", LENA,
                 id="german"),
    pytest.param("Verfasse eine kurze Geschichte über einen Menschen.", LENA, id="german-verfasse"),
    pytest.param("Escribe un cuento en tercera persona sobre una persona ficticia.", LUCIA, id="spanish"),
])
def test_a_story_about_a_character_answers_a_request_for_a_piece_about_anyone(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param("Write a short story about a person who lost their keys.", MAX, id="what-the-person-did-stays"),
    pytest.param("Write a short story about a dragon.", MAX, id="a-subject-that-is-no-person"),
    pytest.param("Explain the third person.", MAX, id="not-a-piece"),
])
def test_what_else_the_request_names_is_still_its_topic(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt", [
    pytest.param("Write a short story about a made-up person.", id="made-up"),
    pytest.param("Write a short story about someone.", id="someone"),
])
def test_anyone_said_otherwise_is_no_topic_word_either(prompt):
    verdict = judge(prompt, MAX)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_subjects_label_closing_the_prompt_is_its_topic():
    # Only the answer's field ("Answer:", "Antwort:") is set aside: "Entropy:" names what to explain.
    verdict = judge("Explain the following concept in simple words.\nEntropy:",
                    "Entropy is a measure of how spread out energy is in a system: the more ways its parts can be "
                    "arranged, the higher it is, which is why heat flows from hot things to cold ones.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_racconto_is_a_story_too():
    verdict = judge("Scrivi un breve racconto su qualcuno.",
                    "Nonna Rosa non aveva mai preso un aereo. A ottantadue anni decise che era il momento: voleva vedere "
                    "il mare di Sicilia, dove era nata sua madre. Il giorno della partenza arrivò all'aeroporto con tre "
                    "ore di anticipo e una borsa piena di panini.")
    assert verdict.answers and not verdict.drifts, verdict.explain()
