"""A chat template that opens each turn with the sentence-start token and the role's name alone on its line, and
closes it with "</s>" (Saiga's and MiniMind's "<s>system\\n...</s>\\n<s>user\\n...</s>\\n<s>assistant\\n"): ChatML's
layout with the tokenizer's own tokens. The question is the user's last turn, as in ChatML; the system turn and the
role names are not its words. Read as one text, "system", "user" and "assistant" were the only words a Chinese reply
could name, so every reply was off topic. Constructed by hand after real outputs (MiniMind2 and its DPO tune)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

MINIMIND = "<s>system\n你是 MiniMind，是一个有用的人工智能助手。</s>\n<s>user\n{question}</s>\n<s>assistant\n"


@pytest.mark.parametrize(("question", "output"), [
    pytest.param("你更擅长哪一个学科？", "作为AI，我没有个人兴趣，但我可以讲解数学、物理和计算机科学等学科的知识。",
                 id="which subject it is best at"),
    pytest.param("你叫什么名字？", "我是一个基于文本的AI模型，我的设计目的是帮助用户解决问题、提供信息和进行对话。",
                 id="its name"),
])
def test_a_reply_in_the_askers_language_answers_as_it_does_under_chatml(question, output):
    verdict = judge(MINIMIND.format(question=question), output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
    under_chatml = judge(chatml(question), output)
    assert (verdict.answers, verdict.drifts) == (under_chatml.answers, under_chatml.drifts)


def test_the_users_next_turn_written_after_the_reply_answers_and_drifts():
    output = "我可以讲解数学和物理等学科的知识。</s>\n<s>user\n那你喜欢哪一个学科？</s>\n<s>assistant\n我喜欢数学。"
    verdict = judge(MINIMIND.format(question="你更擅长哪一个学科？"), output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
