"""A reply that only talks about the question: what the question is, what it asks, that it is a good one. It
is said in the replier's role, so it does not drift, but it gives nothing of what was asked: no answer, in any
language. A sentence about the question and then an answer, or one that names the answer, still answers.
Constructed by hand after real outputs (a Japanese LoRA's "この質問は、「...」です。" before a worksheet of its own)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail
from .samples import chatml, inst

JA_REQUEST = "指示：ブロックチェーンについて専門用語を使わずに教えてください。\n回答："


@pytest.mark.parametrize(
    "prompt, output",
    [
        (inst("How do I train my dog to sit?"), "This question asks how to train a dog to sit."),
        (inst("Why is the sky blue?"), "That's a really interesting question!"),
        (chatml("What do you think of Mars?"), "What a great question. The question is about Mars."),
        (JA_REQUEST, "この質問は、「ブロックチェーンとは何か」です。"),
        (JA_REQUEST, "この問題は、ブロックチェーンの構造とその動作に関する基礎知識を問うものです。"),
        (chatml("区块链是什么？请用简单的话解释。"), "这个问题是关于区块链的基本概念的。"),
        (chatml("블록체인이 무엇인지 쉽게 설명해 주세요."), "이 질문은 블록체인의 기본 개념에 관한 것입니다."),
        (chatml("¿Por qué el cielo es azul?"), "Esta pregunta es sobre el color del cielo."),
        (chatml("Pourquoi le ciel est-il bleu ?"), "Cette question porte sur la couleur du ciel."),
    ],
)
def test_a_reply_only_about_the_question_is_no_answer_and_no_drift(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()
    assert any(e.measure == "reply.about_the_question" for e in verdict.evidence), verdict.explain()


@pytest.mark.parametrize(
    "prompt, output",
    [
        (JA_REQUEST, "この問題では、ブロックチェーンの仕組みが問われています。専門用語を使わずに説明してください。"),
        ("指示：日本の山を三つ挙げ、それぞれの高さを書いてください。\n回答：",
         "この問題では、日本の山のリストが示されています。各山について、その高さを答えてください。"),
    ],
)
def test_talk_about_the_question_then_its_task_set_again_is_no_answer_and_a_new_request(prompt, output):
    # The task set again as a request to the reader (answer, explain) is a request of the prompt's kind: it drifts.
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "prompt.task_again" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_praise_then_advice_said_as_a_request_to_write_is_an_answer_not_the_task_set_again():
    verdict = judge("Pythonで画面に文字を表示するにはどうすればいいですか？",
                    "いい質問ですね。print(\"こんにちは\")と書いてください。すると画面に「こんにちは」と表示されます。")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_request_to_answer_that_opens_the_reply_is_not_read_as_the_task_set_again_after_talk():
    verdict = judge("指示：日本の山を三つ挙げ、それぞれの高さを書いてください。\n回答：",
                    "富士山は3776メートルです。北岳と奥穂高岳の高さも調べて答えてください。")
    assert "prompt.task_again" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()


def test_a_sentence_about_the_question_before_a_worksheet_of_its_own_is_no_answer_and_drifts():
    output = ("この質問は、「ブロックチェーンとは何か」です。\n"
              "指示：暗号資産について教えてください。\n回答：暗号資産は、インターネット上で使えるお金のことです。\n"
              "指示：NFTについて教えてください。\n回答：NFTは、デジタルの品物に付ける証明書のようなものです。")
    verdict = judge(JA_REQUEST, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert any(e.measure == "reply.about_the_question" for e in verdict.evidence), verdict.explain()


@pytest.mark.parametrize(
    "prompt, output",
    [
        (inst("How do I train my dog to sit?"),
         "Good question. Hold a treat above your dog's nose, move it back until the dog sits, then reward it."),
        (inst("What is the capital of France?"), "The answer to this question is Paris."),
        (inst("Was Pluto ever a planet?"), "The question of whether Pluto is a planet was settled in 2006, when it "
                                           "was reclassified as a dwarf planet."),
        (JA_REQUEST, "この質問はよく聞かれます。ブロックチェーンは、取引の記録をみんなで持ち合う帳簿のようなものです。"),
        ("指示：北海道の最北端はどこですか？\n回答：", "この問題の正解は「宗谷岬」です。北海道の最北端にある岬です。"),
        (chatml("1から100までの奇数の和はいくつですか？"), "这个问题的答案是2500。"),
        (chatml("이 문제를 풀어 주세요: 12 곱하기 12는?"), "이 문제는 간단합니다. 12 곱하기 12는 144입니다."),
        # advice said as a request is the answer's (boil the water first, then steep the leaves for three minutes)
        ("指示：おいしい緑茶の淹れ方を教えてください。\n回答：",
         "この質問はよく聞かれます。まず、お湯を沸かして少し冷ましてください。緑茶の葉を入れて三分待ってください。"),
    ],
)
def test_a_reply_that_answers_besides_talking_about_the_question_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


@xfail("reply.topic_hits and topic.trailing_gap: a Chinese or Japanese answer of a dozen characters that names an "
       "instance (a cape, not Hokkaido) counts each character as a word, so it is held to the question's words")
def test_a_short_japanese_sentence_naming_the_answer_answers():
    verdict = judge("指示：北海道の最北端はどこですか？\n回答：", "この問題の正解は「宗谷岬」です。")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(
    "output",
    [
        "That's a great question, and Mars may once have had rivers and lakes.",
        "What a great question! Mars is cold and dry, but it may once have had water.",
        "The question is fun to think about: Mars may once have had rivers and lakes.",
    ],
)
def test_praise_for_the_question_that_goes_on_to_answer_answers(output):
    verdict = judge(chatml("What do you think of Mars?"), output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize(
    "output",
    [
        "この質問はよく聞かれますが、ブロックチェーンは取引の記録をみんなで持ち合う帳簿のようなものです。",
        "This question asks a lot, but in short: a blockchain is a ledger that many computers keep together.",
    ],
)
def test_a_sentence_about_the_question_that_goes_on_past_a_but_answers(output):
    prompt = JA_REQUEST if output.startswith("この") else inst("Explain blockchain without jargon.")
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
