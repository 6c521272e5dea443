"""A prompt that is a quotation left open, with nothing asked (a data set's text in its quotes, cut), is finished by
the output up to the closing mark; text after that mark is no more of it, a comment or the data set's next item:
drift, and the reply part ends at the mark. A speech tag after it is narration going on; marks alone say nothing; an
apostrophe is no closing mark; a prompt whose quotation is closed, a request about a quoted phrase, is no such
prompt. Constructed by hand after real outputs (Al-Atlas-0.5B before and after a PPO tune, on Moroccan tweets)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


@pytest.mark.parametrize(("prompt", "output"), [
    ("'زبن مص", "ري' هي قصة جميلة وعقوبة م"),
    ("'The new stadium in Rabat is", " finally open' what a beautiful song this is, listen to it"),
    ("\u201cWe will not give up on the", " river\u201d #savetheriver #climate #action"),
])
def test_text_after_the_quotation_closed_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts and "prompt.past_the_quotation" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("'The new stadium in Rabat is", " finally open, and the whole city came to see it'"),
    ("'The new stadium in Rabat is", " finally open' 😍😍😍😍"),
    ('"Where are you going at this hour', '?" she asked, putting down her book.'),
    ("'The new stadium in Rabat is", " the city's pride, and it's finally open to everyone who loves football"),
    ("'XSS가 무엇이고 어떻게 악용될 수 있는지'를 설명하는 글을 써 주세요.", "XSS는 'Cross-Site Scripting'의 줄임말입니다. 공격자가 웹 "
     "페이지에 악성 스크립트를 넣어 다른 사용자의 브라우저에서 실행되게 하는 공격입니다."),
])
def test_the_quotation_finished_narration_marks_apostrophes_and_closed_quotations_do_not(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.past_the_quotation" not in drift_measures(verdict), verdict.explain()
