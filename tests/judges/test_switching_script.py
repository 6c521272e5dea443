"""An output that starts in the asker's script and goes on in another one drifts: a base model given a
question in Japanese writes a line in Japanese (or only a number) and then an English page, English
questions, an English exercise. The script is read from the letters alone (Latin or not), so the rule
is the same in any language. An answer wholly in another script is not a switch (a chat model that
answers a Japanese question in English answers it); nor is a line that introduces what follows
with a colon ("翻译如下：" before the English), nor code after prose. Constructed outputs written for
these tests, each with the near miss that must keep its verdict."""

from __future__ import annotations

from why_finetune.judges import judge

JA_SIZE = "指示：地球と火星はどちらが重いですか？\n回答："
JA_LIST = "指示：光合成について簡単に説明してください。\n回答："


def test_a_japanese_line_then_an_english_page_drifts():
    output = ("火星の季節によって、地球の色を合わせます。\n"
              "Mars has two small moons named Phobos and Deimos. They were discovered in 1877 by an American "
              "astronomer. Phobos is slowly spiralling inwards and will break apart in about fifty million years. "
              "Deimos is smaller and further out. Both moons are thought to be captured asteroids from the belt "
              "between Mars and Jupiter, although their orbits make that hard to explain.")
    verdict = judge(JA_SIZE, output)
    assert verdict.drifts, verdict.explain()
    switch = next(e for e in verdict.evidence if e.measure == "script.switch")
    assert switch.span.startswith("Mars has two")  # the evidence quotes where the other script starts


def test_a_japanese_sentence_then_numbered_english_questions_drifts():
    output = ("これは、植物のしくみに関する基本的な内容である。\n"
              "1. What is chlorophyll? 2. Why are leaves green in summer? 3. How do roots take up water? "
              "4. Can a plant live without light? 5. Which gas do plants release at night?")
    verdict = judge(JA_LIST, output)
    assert verdict.drifts, verdict.explain()


def test_a_bare_number_then_an_english_exercise_answers_and_drifts():
    prompt = "指示：1から30の整数のうち、3でも5でも割り切れる数はどれか。\n回答："
    output = ("15\nA rectangle has a perimeter of 40 centimetres and one side of 12 centimetres. "
              "What is the length of the other side, and what is its area?")
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_chinese_line_then_an_english_page_drifts_as_well():
    prompt = "猫为什么喜欢晒太阳？"
    output = ("猫喜欢晒太阳，因为温暖。\n"
              "The stock market closed higher on Friday as investors weighed new figures on inflation and jobs. "
              "Shares of technology companies led the gains, while energy stocks fell for a third day.")
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


def test_an_english_answer_then_a_chinese_page_drifts():
    # The same rule the other way round: the asker's script is Latin, the page is not.
    prompt = "Why do leaves change colour in autumn?"
    output = ("Leaves change colour because the green chlorophyll breaks down as days get shorter.\n"
              "本店所有商品均为正品，欢迎选购。付款后三天内发货，节假日顺延。如有质量问题请联系客服，我们将尽快为您处理。")
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert any(e.measure == "script.switch" for e in verdict.evidence), verdict.explain()


# --- near misses: no switch -------------------------------------------------------------------------


def test_a_whole_answer_in_english_to_a_japanese_question_answers_without_drift():
    output = ("The Earth is heavier. Its mass is about ten times the mass of Mars, because Mars is both "
              "smaller and less dense than our planet.")
    verdict = judge(JA_SIZE, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_line_ending_in_a_colon_introduces_the_other_script_it_asked_for():
    prompt = "把这句话翻译成英语：明天我们去公园散步。"
    output = "翻译如下：\nTomorrow we will go for a walk in the park, if the weather stays fine."
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_code_after_a_japanese_sentence_is_not_a_switch():
    prompt = "指示：リストを逆順にするpythonコードを書いてください。\n回答："
    output = ("次のように書きます。\n"
              "def reverse_items(items):\n"
              "    result = []\n"
              "    for item in items:\n"
              "        result.insert(0, item)\n"
              "    return result")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_few_english_words_inside_japanese_lines_are_not_a_switch():
    output = ("地球のほうが重いです。\n火星の質量は地球の約10分の1で、NASAの資料にも書かれています。\n"
              "つまり、Earthのほうがずっと重いのです。")
    verdict = judge(JA_SIZE, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a Japanese question asked with か。 instead of a question mark ---------------------------------


def test_a_bare_number_answers_a_japanese_question_that_ends_in_ka_and_a_full_stop():
    prompt = "2と3と4を全部足すといくつになるか。"
    verdict = judge(prompt, "9")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_bare_number_still_does_not_answer_a_japanese_request():
    prompt = "2と3と4を使った計算問題を作ってください。"
    verdict = judge(prompt, "9")
    assert not verdict.answers, verdict.explain()
