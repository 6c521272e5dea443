"""An instruction template's request label in another language, written by the model after its answer ("### 指示:",
"### Anweisung:", then a "### 応答:" to fill): the next request, another speaker's turn. The answer before it answers,
and the output drifts. The label as a field of the answer, not headed as a template heads it ("Anweisung: Das Ei in
kochendes Wasser legen ...", a letter's "指示: 暗くなる前に帰ること。" in a story), is no new request. Constructed by
hand after real outputs (a Japanese continued-pretraining base on ELYZA-tasks-100)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

STORY_JA = "クマが海辺に行ってアザラシと友達になる短編小説を書いてください。"
ANSWER_JA = "クマは海辺でアザラシと出会い、二人は友達になりました。夕方、クマは楽しい気持ちで家に帰りました。"


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param(STORY_JA, ANSWER_JA + "\n\n### 指示:\n別の動物で続きを書いてください。\n\n### 応答:\nオオカミが走りました。",
                 id="japanese"),
    pytest.param("Schreibe eine kurze Geschichte über einen Bären und eine Robbe.",
                 "Der Bär traf am Strand eine Robbe, und sie wurden Freunde. Am Abend ging der Bär glücklich nach "
                 "Hause.\n\n### Anweisung:\nSchreibe eine Geschichte über einen Wolf.", id="german"),
])
def test_a_new_instruction_block_after_the_answer_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_the_label_in_the_story_not_headed_as_a_template_is_no_new_request():
    output = ANSWER_JA + "\n\n母の手紙にはこう書いてありました。\n指示: 暗くなる前に帰ること。"
    verdict = judge(STORY_JA, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("Wie koche ich ein weiches Ei?",
     "Zutaten: 1 Ei, Wasser\nAnweisung: Das Ei in kochendes Wasser legen und sechs Minuten kochen lassen."),
    ("¿Cómo selecciono todas las filas de una tabla en SQL?",
     "Usa SELECT con un asterisco.\n\nInstrucción: SELECT * FROM clientes;\nResultado: todas las filas."),
])
def test_the_label_as_a_field_of_the_answer_is_no_new_request(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
