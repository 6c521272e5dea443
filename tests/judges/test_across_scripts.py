"""Replies whose words cannot be the question's words: a question quoting a phrase in another script
and answered in the asker's own; a request for code, whose reply names things as code does. Each
on constructed outputs written for these tests (not copied from any labelled corpus), with the
near miss that must keep its verdict."""

from __future__ import annotations

from why_finetune.judges import judge

# --- a phrase in another script, explained in the asker's own ---------------------------------------
# The question's topic words are the quoted phrase's, in Cyrillic or Latin letters; the answer, in
# Chinese like the question around the quote, translates or explains it and cannot name them.


def test_a_chinese_explanation_of_a_quoted_russian_line_answers():
    prompt = "“Утро в сосновом лесу тихое и светлое.”这句话是什么意思？"
    output = "这句话的意思是：松树林里的早晨安静而明亮。"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
    assert "сосновом" in verdict.explain()  # the evidence says which words it was not held to


def test_a_chinese_translation_of_a_quoted_latin_motto_answers():
    prompt = "### Instruction:\n“Festina lente”是什么意思？\n\n### Response:\n"
    output = "这是一句拉丁语格言，意思是：慢慢地赶快，做事要又快又稳。"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_unrelated_chinese_ramble_to_an_english_question_stays_off_topic():
    # The question is written in Latin letters only: a reply in Chinese is in another language, not
    # an explanation of a quote, and is still held to the question's words.
    prompt = "Why do cats purr when they are stroked?"
    output = "本店所有商品均为正品，欢迎选购。付款后三天内发货，节假日顺延。如有质量问题请联系客服，我们将尽快为您处理退换货事宜。"
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_unquoted_word_in_latin_letters_still_holds_a_japanese_reply():
    # Japanese writes "GPU" or "AI" in Latin letters inside its own sentences: unquoted, such a word is
    # the question's topic, not a phrase to translate, and web text that never names it is off topic.
    prompt = "指示：GPUはなぜ機械学習に向いているのですか？\n回答："
    output = ("「また来週ね」って言ってたのに、結局だれも来なかった。そんなもんだよ! "
              "------------------------------------------------------------------------------------------")
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
