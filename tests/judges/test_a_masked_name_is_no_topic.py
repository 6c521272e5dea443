"""A court record or a form masks what it withholds with x's ("新站路XXX号", "Mr. XX"). A mask is no word of the
question's topic: a reply that never writes it is not off topic. Constructed after a Chinese legal-judgment LoRA
asked to infer a verdict from a case whose address was masked."""

from __future__ import annotations

from why_finetune.judges import judge

from .samples import chatml

CASE = ("你是一位专业律师，关于如下案件，请推断可能的判决结果：\n\n“经审理查明，2019年5月3日晚，被告人李某某在本市东风路XXX号一家"
        "超市内，趁店员不备，将货架上价值人民币八百元的白酒两瓶藏于衣内，未付款即离开，后被保安当场拦下。上述事实，被告人在开庭审理"
        "过程中亦无异议，足以认定。”\n\n你的推断是：")


def test_a_reply_that_never_writes_the_mask_is_on_topic():
    verdict = judge(chatml(CASE), "根据以上案件事实和证据，可以推断被告人的行为构成盗窃罪，可能被判处拘役或者罚金。")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_page_about_something_else_is_still_off_topic():
    verdict = judge(chatml("What happens at a hearing for Mr. XX, charged with stealing a bicycle from a school?"),
                    "Our bakery opens at seven every morning with fresh sourdough bread from the wood oven. On Saturdays "
                    "we add a lemon cake to the counter, and our coffee is roasted in the next town by a family firm.")
    assert verdict.drifts, verdict.explain()
