"""Loops that count, or say one character again, on one line.

A base model stuck on a numbered token writes "item1, item2, item3, ..." or "1. 2. 3. ..." until the
token limit cuts it off: each copy differs from the one before only by its number, so neither its
lines nor its three-word sequences repeat, and the loop measures that compare them see nothing. A
run of consecutive integers counting up by one, the same text between each two, that runs on to the
token limit (the output stops inside its next copy) is that loop (``loop.count_up``), unless the
prompt names a number at least as large as where the count got to: then the count may be the one it
asks for. An output that is one letter or digit said again and again with nothing else ("7777777777")
loops too (``loop.back_to_back``), unless the prompt's numbers hold enough digits for it to be their
sum or product.

What must keep "answers, no drift": a count the prompt asks for (to a number it names, in digits or in
words), the Fibonacci numbers or the primes listed, a numbered list of real items, a table of numbered
rows, a round number ("1000000000"), markdown rules, a product whose digits are all alike.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge


def drift_measures(verdict) -> set[str]:
    return {e.measure for e in verdict.evidence if e.property == "drifts"} if verdict.drifts else set()


def clean(verdict) -> bool:
    return verdict.answers and not verdict.drifts


# --- counts that run on to the token limit are loops ---------------------------------------------

SQL = "Instruct: Write an SQL query that lists every customer who ordered twice.\nOutput:"


def test_a_numbered_name_counting_up_to_the_token_limit_loops_and_does_not_answer():
    output = " SELECT " + ", ".join(f"field{n}" for n in range(1, 180)) + ", fie"
    verdict = judge(SQL, output)
    assert "loop.count_up" in drift_measures(verdict) and not verdict.answers, verdict.explain()


def test_a_numbered_name_counting_up_to_the_very_end_of_the_output_loops_cut_inside_a_copy_or_not():
    output = " SELECT " + ", ".join(f"field{n}" for n in range(1, 180))
    verdict = judge(SQL, output)
    assert "loop.count_up" in drift_measures(verdict) and not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt", ["정적분과 부정적분의 차이점에 대해 설명하십시오.",
                                    "Explain the difference between a definite and an indefinite integral."])
def test_bare_numbers_counting_past_a_hundred_to_the_very_end_of_the_output_loop_though_not_cut(prompt):
    # A base model counting "1, 2, 3, ..., 244" under a question it does not answer stops on a number as often as
    # inside one: past a hundred, with nothing cut, the count is still the loop.
    verdict = judge(prompt, " " + ", ".join(map(str, range(1, 245))))
    assert "loop.count_up" in drift_measures(verdict) and not verdict.answers, verdict.explain()
    evidence = next(e for e in verdict.evidence if e.measure == "loop.count_up")
    assert "runs on to the end of the output, not cut" in evidence.message, evidence


def test_bare_numbers_counting_to_the_end_of_the_output_under_a_hundred_and_not_cut_are_no_count_loop():
    verdict = judge("Explain the difference between a definite and an indefinite integral.",
                    " " + ", ".join(map(str, range(1, 61))))
    assert "loop.count_up" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param("Write the numbers from 1 to 300, separated by commas.", ", ".join(map(str, range(1, 301))),
                 id="its end named in digits"),
    pytest.param("请从一数到一百二十。", "，".join(map(str, range(1, 121))), id="its end named in Chinese numerals"),
    pytest.param("Zähle bitte bis hundertzwanzig.", ", ".join(map(str, range(1, 121))), id="a count asked in German"),
    pytest.param("List every year of Japan's Edo period, one per line.", "\n".join(map(str, range(1603, 1869))),
                 id="years, from a year on"),
    pytest.param("Which pages of the atlas show rivers?", ", ".join(map(str, range(212, 331))),
                 id="pages, from a page on"),
])
def test_bare_numbers_past_a_hundred_a_prompt_of_numbers_may_ask_for_are_no_count_loop(prompt, output):
    verdict = judge(prompt, output)
    assert "loop.count_up" not in drift_measures(verdict), verdict.explain()


def test_the_count_evidence_names_where_it_counts_from_and_to_and_what_stands_between():
    output = " SELECT " + ", ".join(f"field{n}" for n in range(1, 180)) + ", fie"
    evidence = next(e for e in judge(SQL, output).evidence if e.measure == "loop.count_up")
    assert evidence.value == 179 and "from 1 to 179" in evidence.message and "', field'" in evidence.message, evidence


def test_bare_list_numbers_counting_up_for_a_request_for_code_loop_in_any_language():
    numbers = " ".join(f"{n}." for n in range(1, 58)) + " 5"
    for prompt in ("Schreibe eine Python-Funktion, die eine Liste sortiert.",
                   "リストを並べ替えるPythonの関数を書いてください。",
                   "Écris une fonction Python qui trie une liste."):
        verdict = judge(f"Instruction : {prompt}\nRéponse :", numbers)
        assert "loop.count_up" in drift_measures(verdict) and not verdict.answers, (prompt, verdict.explain())


def test_an_answer_then_a_count_to_the_token_limit_answers_and_drifts():
    answer = ("Use GROUP BY on the customer and keep the groups with HAVING COUNT(*) >= 2. "
              "That returns every customer with two orders or more.\n")
    output = answer + " ".join(f"row{n}" for n in range(1, 120)) + " ro"
    verdict = judge(SQL, output)
    assert verdict.answers and "loop.count_up" in drift_measures(verdict), verdict.explain()


def test_one_digit_said_again_and_again_with_nothing_else_loops():
    verdict = judge("4, 5, 6", "66666666666666")
    assert "loop.back_to_back" in drift_measures(verdict) and not verdict.answers, verdict.explain()


# --- near misses: ordinary answers that count, list numbers or repeat a digit -------------------


def test_a_count_the_prompt_asks_for_in_digits_answers_and_does_not_drift():
    verdict = judge("Count from 1 to 40, separated by commas.",
                    "Sure! Counting from 1 to 40: " + ", ".join(map(str, range(1, 41))) + ".")
    assert clean(verdict), verdict.explain()


def test_a_count_asked_for_cut_off_before_the_number_the_prompt_names_does_not_drift():
    verdict = judge("Write the numbers from 1 to 500, one after another.",
                    "Here are the numbers from 1 to 500: " + " ".join(map(str, range(1, 80))) + " 8")
    assert not verdict.drifts, verdict.explain()


def test_a_count_asked_for_in_words_in_three_languages_answers_and_does_not_drift():
    cases = [("Count to thirty, please.", "Counting to thirty: " + ", ".join(map(str, range(1, 31))) + "."),
             ("Zähle bitte von eins bis fünfundzwanzig.", "Ich zähle bis fünfundzwanzig: " + " ".join(map(str, range(1, 26)))),
             ("Compte de un à trente.", "Je compte de un à trente : " + ", ".join(map(str, range(1, 31))) + " !"),
             ("请从一数到二十五。", "好的，从一数到二十五：" + "、".join(map(str, range(1, 26))) + "。")]
    for prompt, output in cases:
        verdict = judge(prompt, output)
        assert clean(verdict), (prompt, verdict.explain())


def test_fibonacci_numbers_and_primes_listed_answer_and_do_not_drift():
    fib = [1, 1]
    while len(fib) < 30:
        fib.append(fib[-1] + fib[-2])
    primes = [n for n in range(2, 200) if all(n % d for d in range(2, n))]
    cases = [("List the first thirty Fibonacci numbers.", "The first thirty Fibonacci numbers are " + ", ".join(map(str, fib)) + "."),
             ("Nenne die Primzahlen unter 200.", "Die Primzahlen unter 200 sind: " + ", ".join(map(str, primes)) + "."),
             ("请列出斐波那契数列的前三十项。", "斐波那契数列的前三十项是：" + "，".join(map(str, fib)) + "。")]
    for prompt, output in cases:
        verdict = judge(prompt, output)
        assert clean(verdict), (prompt, verdict.explain())


def test_a_long_numbered_list_of_real_items_answers_and_does_not_drift():
    cities = ("Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden "
              "Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg "
              "Wiesbaden").split()
    verdict = judge("Nenne die größten Städte Deutschlands.",
                    "\n".join(f"{n}. {city}" for n, city in enumerate(cities, 1)))
    assert clean(verdict), verdict.explain()


def test_a_table_of_numbered_rows_answers_and_does_not_drift():
    prefectures = "北海道 青森 岩手 宮城 秋田 山形 福島 茨城 栃木 群馬 埼玉 千葉 東京 神奈川 新潟 富山 石川 福井 山梨 長野 岐阜 静岡".split()
    rows = "\n".join(f"| {n} | {name} |" for n, name in enumerate(prefectures, 1))
    verdict = judge("日本の都道府県を表にしてください。", "| 番号 | 都道府県 |\n|---|---|\n" + rows)
    assert clean(verdict), verdict.explain()


def test_a_round_number_and_markdown_rules_answer_and_do_not_drift():
    cases = [("How do you write one billion in digits?", "One billion is 1000000000."),
             ("Écris un milliard en chiffres.", "Un milliard s'écrit 1000000000."),
             ("What is a horizontal rule in markdown?",
              "A horizontal rule is a line of three dashes or more on its own line:\n\n----------\n\nIt separates sections.")]
    for prompt, output in cases:
        verdict = judge(prompt, output)
        assert clean(verdict), (prompt, verdict.explain())


def test_a_product_whose_digits_are_all_alike_answers_and_does_not_drift():
    for prompt in ("What is 1111111111 times 3?", "1111111111 × 3 は？", "Combien font 1111111111 fois 3 ?"):
        verdict = judge(prompt, "3333333333")
        assert clean(verdict), (prompt, verdict.explain())


def test_a_short_numbered_name_list_that_ends_the_output_answers_and_does_not_drift_in_three_languages():
    # Numbered names an answer may give (the weeks of a year), ending where the model stopped: only a
    # count past any list an answer gives, or one cut inside its next copy, is read as a loop.
    cases = [("Name the weeks of a year.", ", ".join(f"Week {n}" for n in range(1, 53))),
             ("Nomme les semaines de l'année.", ", ".join(f"Semaine {n}" for n in range(1, 53))),
             ("一年の週を書き出してください。", "、".join(f"第{n}週" for n in range(1, 53)))]
    for prompt, output in cases:
        verdict = judge(prompt, output)
        assert "loop.count_up" not in drift_measures(verdict), (prompt, verdict.explain())


def test_a_letter_said_again_as_a_sound_is_no_loop():
    # "Zzzzzzzzzz" for a sleepy reply, "Aaaaaaaaaa" for a scream: a letter run is a sound, not a token
    # said again; only a digit run is read as one.
    for prompt, output in (("Say something sleepy.", "zzzzzzzzzz"), ("Crie !", "aaaaaaaaaaaa"),
                           ("Mach ein Geräusch wie eine Biene.", "ssssssssssss")):
        verdict = judge(prompt, output)
        assert "loop.back_to_back" not in drift_measures(verdict), (prompt, verdict.explain())


# An output with no words at all can loop too: one mark said on line after line.

def test_one_mark_said_on_line_after_line_loops():
    verdict = judge("The category of the text above is:", "\n\n\n" + "*\n\n" * 40)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "loop.wordless_lines" in {e.measure for e in verdict.evidence if e.property == "drifts"}


def test_a_few_emoji_said_again_and_again_on_one_line_loop():
    # Emoji asked for, then the same few said back to back to the token limit (a small fine-tune's output): they
    # answer, and they loop.
    output = " 🐱🎶🎵🎼🎹🎻🎺🎷🎸" + "🎹🎻🎼🎹🎻🎸" * 40
    verdict = judge("Use appropriate emojis to convey the meaning in the given text.\n\nInput: Cute cat\nOutput:", output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "loop.wordless_run" in {e.measure for e in verdict.evidence if e.property == "drifts"}


@pytest.mark.parametrize("prompt", ["Describe your perfect weekend using only emojis.", "用表情符号描述你的周末。",
                                    "週末を絵文字だけで表してください。"])
def test_emoji_asked_for_by_name_answer_though_they_hold_no_word(prompt):
    verdict = judge(prompt, "🏖️☀️🍹📚😴")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Describe your perfect weekend.", "🏖️☀️🍹📚😴"),
    ("Explain photosynthesis. Do not use emojis.", "🌱"),
    ("描述一下他听到消息时的表情。", "\u3000。。。"),  # a face's expression, and no picture
    ("Respond only with emojis: how was your day?", "\ufffd\ufffd"),
])
def test_emoji_not_asked_for_or_no_picture_are_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("output", ["★★★★★", "😂😂😂", "🐱😺🐈", "-" * 30, "👍 👍 👍 👍", "\u200b" * 500, "❤️" * 10,
                                    "👍🏽" * 12])
def test_a_rating_some_emphasis_a_few_emoji_or_a_rule_line_do_not_loop(output):
    verdict = judge("How was the film?", output)
    assert not verdict.drifts, verdict.explain()


def test_a_few_marks_with_no_words_are_no_answer_and_no_drift():
    verdict = judge("What do you think of Mars?", "...\n?")
    assert (verdict.answers, verdict.drifts) == (False, False), verdict.explain()


# A list begun and left empty: its numbers and nothing in them is no reply, unless a count is asked for.

@pytest.mark.parametrize("output", ["1. 2. 3. 4.", "1.\n2.\n3.\n4.", "\n1)\n2)\n3)", "Sure! Here are four tips:\n\n1.\n2.\n3.\n4.",
                                    "Here are four tips: 1. 2. 3. 4."])
def test_a_lists_numbers_with_nothing_in_them_are_no_reply(output):
    prompt = ("A chat between a curious human and an artificial intelligence assistant. ### Human: What should I do "
              "to avoid a hangover? ### Assistant:")
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


def test_a_number_of_things_asked_for_is_no_count_an_empty_list_fills():
    verdict = judge("Give me four tips for better sleep.", "1.\n2.\n3.\n4.")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Instruction: List the first three odd numbers.\nOutput:", "1. 3. 5."),
    ("Rank these by size, giving the ranks: cat, elephant, mouse.", "Ranks:\n2.\n3.\n1."),
    ("1から5まで数えてください。", "1.\n2.\n3.\n4.\n5."),
])
def test_numbers_that_are_the_answer_are_no_empty_list(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_a_japanese_request_for_tips_in_mathematics_asks_for_no_count():
    verdict = judge("数学の勉強のコツを4つ教えてください。", "4つのコツです：\n1.\n2.\n3.\n4.")
    assert not verdict.answers, verdict.explain()


def test_numbers_asked_for_as_a_count_are_a_reply():
    verdict = judge("Count from 1 to 4, one number a line.", "1.\n2.\n3.\n4.")
    assert verdict.answers, verdict.explain()


# One short sentence broken off on a colon or an article has said nothing yet.
@pytest.mark.parametrize("prompt, output", [
    ("How can L'Hopital's rule be used in day to day life?", "l'hopital's rule l'hopital's rule may refer to:"),
    ("Name a colour you like.", "Blue is a"),
    ("<|im_start|>user\nWhat is 17 times 23?<|im_end|>\n<|im_start|>assistant\n", "The answer is:"),  # an open field
])
def test_a_short_sentence_broken_off_on_a_colon_or_an_article_is_no_reply(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Which option is right? A) red B) blue", "Option A"),
    ("Which vitamin do carrots give you most of?", "Vitamin A"),
    ("Is it safe to swim here?", "Yes it is"),
    ("What is the film about?", "It's hard to say what it is all about"),
    ("Write this in capitals: 'keep calm and carry on'", "KEEP CALM AND CARRY ON"),
    ("Who should I talk to?", "Someone you trust to talk to"),
])
def test_a_short_reply_ending_on_a_preposition_or_a_verb_still_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
