"""Bytes that are no text (``text.broken``): a model whose decoding broke writes control characters and the
replacement character ("Да\x00\x00\x03\ufffd...", "^Нет\x00!"!"!"). No reply holds them, in any language: the output
drifts, and the reply part ends where they start. A replacement character that only ends the output is a character
the token limit cut in two, no drift; tabs and line breaks are a reply's layout. Constructed after real outputs (an
instruction-tuned ruGPT-3 Large on few-shot Russian SuperGLUE)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

FEW_SHOT = ("Текст: Кубок не помещается в коричневый чемодан, потому что он слишком большой.\n"
            "Вопрос: Фраза \"он слишком большой\" ссылается на \"чемодан\"?\nОтвет: Нет\n---\n"
            "Текст: Дядя Фрэнка все еще может победить его в теннисе, хотя он на 30 лет моложе.\n"
            "Вопрос: Фраза \"он\" ссылается на \"Фрэнка\"?\nОтвет: ")


def drift_measures(verdict):
    return {e.measure for e in verdict.evidence if e.property == "drifts"}


@pytest.mark.parametrize("prompt, output", [
    pytest.param(FEW_SHOT, "\nДа\x00\x00\x03\ufffd\x00\x03\ufffd\x00!\x00\x03\ufffd", id="a-label-then-control-bytes"),
    pytest.param("Is the Moon smaller than the Earth?", "Yes, it is much smaller.\x00\x1d````\ufffd\ufffd",
                 id="an-answer-then-bytes"),
])
def test_an_answer_then_bytes_that_are_no_text_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "text.broken" in drift_measures(verdict), verdict.explain()


def test_bytes_that_are_no_text_alone_do_not_answer():
    verdict = judge(FEW_SHOT, "\ufffd\x00\x03\x1d\ufffd\x0b\x02")
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("जवाब है: संबंधकारक। उदाहरण: अल्\ufffd", id="a-character-cut-at-the-token-limit"),
    pytest.param("Name\tAge\nAnna\t34\r\nMarco\t28", id="tabs-and-line-breaks"),
])
def test_a_cut_character_at_the_end_or_a_replys_layout_is_no_broken_text(output):
    verdict = judge("Give me an example.", output)
    assert "text.broken" not in drift_measures(verdict), verdict.explain()
