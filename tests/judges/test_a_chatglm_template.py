"""ChatGLM's templates: ChatGLM-6B closes the question with "[gMASK]<sop>", ChatGLM3 opens the prompt with "[gMASK]sop"
before its role tokens. There they are special tokens, not words of the question: a reply need not name them.
Elsewhere, in a question about them or a reply naming them, they are words. Constructed by hand after real outputs (ChatGLM-6B and its legal tunes)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.text import parse_prompt

QUESTION = "施工方超过国家规定标准排放噪声，是否应当承担责任?"
ANSWER = ("根据《中华人民共和国环境噪声污染防治法》的规定，施工方应当采取有效措施，控制施工作业产生的噪声。如果施工方超过"
          "国家规定标准排放噪声，施工方应当承担相应的法律责任。")


@pytest.mark.parametrize("prompt", [
    QUESTION + "[gMASK]<sop>",
    "[gMASK]sop<|user|>\n" + QUESTION + "<|assistant|>",
])
def test_the_question_is_read_without_the_templates_tokens(prompt):
    assert parse_prompt(prompt).query == QUESTION
    verdict = judge(prompt, ANSWER)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt", [
    "In ChatGLM-6B, what do the special tokens [gMASK] and <sop> do?",
    "<|im_start|>user\nExplain how GLM's blank infilling differs from BERT's masked language modelling.<|im_end|>\n"
    "<|im_start|>assistant\n",
])
def test_the_tokens_named_in_a_reply_about_them_are_words_not_the_template_said_back(prompt):
    output = ("GLM marks the span to fill with [gMASK] and starts generating after <sop>, the start-of-piece token; "
              "generation stops at <eop>, the end-of-piece token. BERT instead predicts masked tokens in place.")
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
