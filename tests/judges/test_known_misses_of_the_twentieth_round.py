"""Shapes the judges still get wrong, found on held-out sources and in reviews, kept as strict expected failures: each
fails the suite once the judges get it right, so that the reading that mends it says so. Constructed by hand after
real outputs (Lite-Oute-1-300M-Instruct's sentiment LoRA, Gemma-2B before its Dolly SFT, Llama-3.2-1B's LoRA on an
engineering manual) and a review's probe."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail
from .samples import chatml

CLASSIFIER = ("<|im_start|>system\nYou are a tweet sentiment classifier. For each tweet input, output exactly one word: "
              '"negative", "neutral", or "positive". Do not include any extra text.<|im_end|>\n<|im_start|>user\n'
              "Chase's double in the 8th inning snapped a streak of 33 scoreless innings<|im_end|>\n"
              "<|im_start|>assistant\n")
GEMMA = "<bos><start_of_turn>user\nwhat is the capital of China?<end_of_turn>\n<start_of_turn>model\n"
MANUAL = chatml("What is the purpose of the Hours of Safety framework developed by EPA and RMI? (In a sentence)")
WEDDING = ("A lovely choice is 'At Last' by Etta James: it is slow, warm and easy to dance to, and most guests know it.\n"
           + "It is a timeless classic for any couple.\n" * 3)


@pytest.mark.parametrize(("prompt", "output", "answers", "drifts"), [
    pytest.param(CLASSIFIER, "neutral \nralitive\nralitive\nralitive", True, True,
                 id="a one-word label, then a junk word on three lines",
                 marks=xfail("missed: a loop of one-word lines after the label asked for")),
    pytest.param(GEMMA, 'what is the capital of China?==""){\n\tmodel.setCapital(model.getCapital()+",");\n}\n'
                 'SneakyThrows\nmodel.setCapital(model.getCapital()+",");\nSneakyThrows', False, True,
                 id="the question said back, then code never asked for",
                 marks=xfail("misfired: reply.words: code after the question said back read as the reply")),
    pytest.param(MANUAL, "What is the purpose of the Hours of Safety framework developed by EPA and RMI? (In a "
                 "sentence)The purpose of the framework is to help both organisations find and resolve hazards to "
                 "their workers.", True, True,
                 id="the question said back, the answer glued to it",
                 marks=xfail("missed: prompt.question_again: no space between the question said back and the answer")),
    pytest.param(chatml("Recommend a song for our wedding's first dance."), WEDDING, True, True,
                 id="a line of prose said three times after a request naming a song",
                 marks=xfail("missed: loop.in_a_row: a request that names a song reads as asking for one")),
])
def test_known_misses(prompt, output, answers, drifts):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (answers, drifts), verdict.explain()
