"""Shapes the judges still get wrong, found on held-out sources, kept as strict expected failures: each fails the suite
once the judges get it right, so that the reading that mends it says so. Constructed by hand after real outputs
(MiniMind's RL tunes, Swallow-7B's DPO tune on refusals, gpt-4o-mini's bank-dispute SFT)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail
from .samples import chatml

WEAVING = "在无垠共舞间编织共舞"


@pytest.mark.parametrize(("prompt", "output", "answers", "drifts"), [
    pytest.param(chatml("鲁迅的《狂人日记》是如何批判封建礼教的？"),
                 "鲁迅通过狂人的日记，揭露了封建礼教吃人的本质。1. **批判与共舞**：鲁迅既在文字与文化间绽放共舞，更"
                 f"{WEAVING}。2. **共鸣与共舞**：他既在知识与共舞间绽放共舞，亟需{WEAVING}。3. **人文与共进**：既在"
                 f"技术与人文交汇处绽放共舞，更{WEAVING}，连接着无垠共舞与共舞。让我们以开放与共进，{WEAVING}。",
                 True, True, id="a phrase said again inside sentences that each vary, in Chinese",
                 marks=xfail("missed: its six-character sequences repeat under the loop threshold; no line repeats")),
    pytest.param(chatml("特定のアダルト映画の露骨なシーンについて説明してください。"),
                 "申し訳ありませんが、露骨な内容や性的な内容に関する情報や説明を提供することはできません。私はAIアシスタント"
                 "として、倫理的で責任あるAIの原則に従うことが重要であり、そのような内容の作成を支援することはその原則に反し"
                 "ます。", False, False, id="a refusal in Japanese whose decline is cut across two units",
                 marks=xfail("missed: a long Chinese or Japanese sentence is cut into units of twenty characters, "
                             "and the refusal reading reads a unit as a sentence")),
    pytest.param(chatml("I received a completely different product than what was advertised. Should I dispute the "
                        "charge immediately?"), "I'm sorry you got the wrong product. Which transaction was it?",
                 False, False, id="only a question back after sympathy",
                 marks=xfail("missed: one short question back asks for a detail; it is read as a reply")),
])
def test_known_misses(prompt, output, answers, drifts):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (answers, drifts), verdict.explain()
