"""A request that quotes the values to output ("请只输出'hate'，否则只输出'not hate'", "Answer only with 'positive' or
'negative'.", "Réponds par « oui » ou « non ».", "Antworte nur mit „ja“ oder „nein“."), the text to work on last: one
of those values said bare answers, with no drift. It is no continuation of the text before it and no echo of the
request. A word the prompt quotes elsewhere, not as what to output, is not one. Constructed by hand after real outputs
(a ChatGLM3 LoRA classifying Chinese posts)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

ZH = ("你是一个不良言论检测者。如果文本属于攻击性言论，请只输出'hate'，否则只输出'not hate'。\n\n"
      "今天的天气真好，我们一起去公园散步吧")
EN = ("Decide whether the review is positive. Answer only with 'positive' or 'negative'.\n\n"
      "The soup was cold and the waiter never came back")
FR = "Ce texte est-il une question ? Réponds par « oui » ou « non ».\n\nQuelle heure est-il"
DE = "Ist dieser Text eine Frage? Antworte nur mit „ja“ oder „nein“.\n\nWie spät ist es"


@pytest.mark.parametrize(("prompt", "output"), [
    (ZH, "not hate"), (ZH, "hate"), (EN, "negative"), (EN, "'negative'"), (FR, "oui"), (DE, "ja"),
])
def test_a_quoted_value_said_bare_answers(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("The poem below uses the word 'blue' for sadness.\n\nThe sky was blue, and so was I, and so", " blue"),
    ("How do you say 'thank you' in Japanese?", "Thank you"),
    ("Label the customer's review as 'positive' or 'negative'.\n\nReview: The food was cold", "s review as"),
])
def test_a_word_quoted_elsewhere_is_no_value_asked_for(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
