"""Letters of many scripts at once (``script.mixed``): a small model sampled hot after its answer writes token soup,
Latin, Han, Hangul, Cyrillic, Arabic and Thai letters in a few dozen words, glued inside words ("numberXM43俦清洗").
No language writes so; a reply that names words of several languages writes each whole, in its own script. Read
from the letters alone, so it holds whatever the asker's language. Constructed for these tests, not copied from a
labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

QUESTION = "What is the smallest positive perfect cube that is the sum of three consecutive integers?"
ANSWER = ("Three consecutive integers n - 1, n and n + 1 add up to 3n, so 3n must be a perfect cube. The smallest "
          "positive one is 27, with n = 9. The answer is 27.")
SOUP = ("starters-th lineup-numberXM43俦清洗 Understanding感应 method мобиль compounded trialanseing 更么 hyperdział "
        "込 within 原来是立即 Compute 值 نظام handwritten_IMPL าก alma 젖邀请 Victim玫瑰Sl beginner установ J好友 "
        "boxes c exact.rect 维修Any 桌 sessions Soviet petals guildFACE outlookNoise bronze ribbon 恭 equivalent "
        "社交媒体 back symexcept 豇 spray partitions Gc 我的 website actorlevels Studio newtonапример JSONArray")


def drift_measures(verdict):
    return [e.measure for e in verdict.evidence if e.property == "drifts"]


def test_token_soup_after_an_answer_answers_and_drifts():
    verdict = judge(QUESTION, ANSWER + " " + SOUP)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "script.mixed" in drift_measures(verdict), verdict.explain()


def test_token_soup_alone_is_no_answer_and_drifts():
    verdict = judge(QUESTION, SOUP)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("How do you say thank you in eight languages?",
     "- English: thank you\n- French: merci\n- Russian: спасибо (spasibo)\n- Greek: ευχαριστώ (efcharistó)\n"
     "- Arabic: شكرا (shukran)\n- Hebrew: תודה (toda)\n- Japanese: ありがとう (arigatou)\n- Korean: 감사합니다 "
     "(gamsahamnida)\n- Thai: ขอบคุณ (khop khun)"),
    ("用中文解释一下深度学习框架。",
     "常用的深度学习框架有PyTorch、TensorFlow和JAX。PyTorch使用动态计算图，适合研究；TensorFlow在部署方面更成熟。"
     "在PyTorch中，用torch.nn.Module定义模型，再用DataLoader加载数据，损失函数常写作L(θ)，学习率记为α或η。"),
    ("韓国語と日本語で「こんにちは」は何と言いますか？",
     "日本語では「こんにちは」、韓国語では「안녕하세요」(annyeonghaseyo)と言います。中国語なら「你好」(nǐ hǎo)、"
     "ロシア語なら「Здравствуйте」です。"),
])
def test_words_of_several_languages_each_written_whole_are_no_soup(prompt, output):
    verdict = judge(prompt, output)
    assert "script.mixed" not in drift_measures(verdict), verdict.explain()
