"""A prompt whose text ends on a numbered list it gives to work on ("Facts:\n1. ...\n2. ..."), under an instruction
that asks for something else (a total, a summary): an output that opens with the list's next item ("3. ...") is the
passage going on, no answer, and drift. Where the request asks for the list to go on ("Continue the list:"), the next
items are the answer. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

FACTS_EN = ("Add up the money stolen in the facts below and give only the total.\nFacts:\n1. On 2 May he took 500 dollars "
            "from a parked car.\n2. On 9 May he took 200 dollars from a shop till.")
FACTS_ZH = ("请计算文书中涉及的犯罪总金额，只需给出最终金额。\n文书：具体犯罪事实如下：\n1、2016年1月2日，被告人在公交车上盗走现金1500元。"
            "\n2、2016年1月20日，被告人在公交车上盗走现金7000元。")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(FACTS_EN, "3. On 16 May he took 300 dollars from a handbag on a bus.", id="english"),
    pytest.param(FACTS_ZH, "3、2016年1月21日，被告人在公交车上盗走现金10000元。\n4、2016年1月22日，被告人在公交车上盗走现金10000元。",
                 id="chinese"),
])
def test_the_next_item_of_the_prompts_list_is_no_answer_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.list_goes_on" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(FACTS_EN, "700 dollars", id="the-total"),
    pytest.param("Continue the list of fruits:\n1. apples\n2. pears", "3. plums\n4. cherries", id="asked-to-go-on"),
    pytest.param("What should I add to these steps?\n1. Mix the flour and water.\n2. Knead for ten minutes.",
                 "3. Let the dough rise for an hour before you shape it.", id="asked-for-the-next-step"),
    pytest.param("Give me five tips for studying. I already have these:\n1. Sleep well\n2. Take breaks",
                 "3. Use active recall with flashcards\n4. Study in a quiet place\n5. Teach the material to someone",
                 id="a-list-the-asker-starts"),
    pytest.param("请补全第3条：\n1、早睡早起\n2、多喝水", "3、坚持锻炼身体。", id="a-list-to-complete-in-chinese"),
])
def test_an_answer_or_the_list_asked_for_does_not_drift(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.list_goes_on" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()
