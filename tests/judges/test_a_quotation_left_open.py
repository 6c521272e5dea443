"""A prompt that is a quotation left open, with nothing asked (a data set's text in its quotes, cut inside a word), is
finished by the output up to the closing mark; text after that mark is no more of it, a comment or the data set's next
item: drift, and the reply part ends at the mark. A speech tag or a comma after it goes on with the sentence; marks
alone say nothing; an apostrophe, or a mark opening the output's own quotation, is no closing mark; a line of a story
left open at a word's end may be followed by narration in any language; a prompt that asks, or whose quotation is
closed, is no such prompt. Constructed by hand after real outputs (Al-Atlas-0.5B before and after a PPO tune, on Moroccan tweets)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


@pytest.mark.parametrize(("prompt", "output"), [
    ("'زبن مص", "ري' هي قصة جميلة وعقوبة م"),
    ("'The new stadium in Rabat is finally op", "en' what a beautiful song this is, listen to it"),
    ("\u201cWe will not give up on the riv", "er\u201d #savetheriver #climate #action"),
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
    ("« Je ne partirai pas sans toi", " », murmura-t-elle en lui prenant la main."),
    ("「你這麼晚要去哪裡", "？」她放下手中的書，抬頭看著他。窗外的雨還在下。"),
    ('"Where are you going at this hour', '?" Maria looked up from her book and waited.'),
    ('"Why is the sky blue? Answer in two sentenc', 'es. Sunlight is scattered by the air. Physicists call this '
     '"Rayleigh scattering".'),
    ("'إقطع العلاقة مع الجز", "يرة'، اللي كتمثل قيمة العقد"),
    ('"Why is the sky blue? Answer in two sentenc', 'es." Sunlight is scattered by the air, blue light the most.'),
    ('"The sky looks blue because the air scatters sunl', 'ight; physicists call this "Rayleigh scattering", after '
     'the man who described it."'),
])
def test_the_quotation_finished_narration_marks_apostrophes_and_closed_quotations_do_not(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.past_the_quotation" not in drift_measures(verdict), verdict.explain()
