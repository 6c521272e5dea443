"""A few words said again in a row inside an output (``loop.in_a_row``), and what is not such a loop.

Small models stutter inside a line ("kjent for kjent for kjent for") or say a one-word label on line
after line; the line-based loop measures miss both when the output is short or its first line long.
Emphasis, laughter, tables, times, matrices and songs say things in a row too, and do not drift.
"""

import pytest

from why_finetune.judges import judge

CATEGORY = ("Apple unveiled a new laptop with a faster chip and a longer battery life on Tuesday.\n"
            "The closest category for the above text should be (select one from tech, business, sport, "
            "entertainment, or politics):")


def drift_measures(verdict):
    return [e.measure for e in verdict.evidence if e.property == "drifts"]


def test_a_phrase_said_three_times_inside_a_short_line_drifts():
    verdict = judge("Tell me about Oslo.", "Oslo is a city known for known for known for its fjords and its museums.")
    assert verdict.drifts and "loop.in_a_row" in drift_measures(verdict), verdict.explain()


def test_a_sentence_that_stutters_is_no_reply():
    verdict = judge("Kunstig intelligens kan brukes til å",
                    " lage. Han var en del av katolske kirken, katolske kirken, katolske kirken i byen.")
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_a_label_said_on_line_after_line_after_the_question_said_again_answers_and_drifts():
    output = "A: The closest category for the above text should be (select one from tech, business, sport, " \
             "entertainment, or politics):\n\n" + "*\n\n*Tech\n\n" * 8
    verdict = judge(CATEGORY, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


def test_the_asking_sentence_turned_into_its_answer_with_one_option_answers_without_drift():
    verdict = judge(CATEGORY, "The closest category for the above text is tech.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Would you go to the party tonight?", "No, no, no, no. Not after last time."),
    ("Tell me a joke about cats.", "Ha ha ha ha! Why did the cat sit on the computer? To keep an eye on the mouse."),
    ("Compare the three plans in a table.",
     "| Feature | Basic | Plus | Pro | Team | Enterprise |\n|---|---|---|---|---|---|\n"
     "| Offline use | yes | yes | yes | yes | yes |\n| Shared folders | no | no | yes | yes | yes |"),
    ("Write a 3x3 zero matrix in Python.", "matrix = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]\nprint(matrix)"),
    ("When does the video start?", "The recording starts at 00:00:00 and the talk itself at 00:01:30."),
    ("给我讲个笑话。", "哈哈哈哈哈，好的！有一天，小明问老师：为什么天是蓝色的？老师说：因为它不开心。"),
    ("Describe the sound of rain on a roof.", "Drip, drip, drip: a soft, steady patter that slows into a lull."),
    ("Write a short song about summer.", "Summer days are here again,\nLa la la la la, sing with me,\n"
                                         "Sun is shining on the sea,\nLa la la la la, wild and free."),
])
def test_emphasis_laughter_tables_times_matrices_and_songs_are_no_loop(prompt, output):
    verdict = judge(prompt, output)
    assert "loop.in_a_row" not in drift_measures(verdict), verdict.explain()


# One mark said again past any line a reply draws: a token stuck, after an answer or not.

def test_a_mark_said_two_hundred_times_after_an_answer_answers_and_loops():
    verdict = judge("Where does the Shinano River start?",
                    "The Shinano River rises in the mountains of Nagano and flows into the Sea of Japan. " + "#" * 200)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("marks", ["> " * 300, " " + "> " * 300, " >" * 150 + "\n" + " >" * 150, "* " * 120])
def test_a_mark_said_again_and_again_with_a_space_between_answers_and_loops(marks):
    # A tokenizer's " >" token said to the token limit: one mark with a space before each copy.
    verdict = judge("Where does the Shinano River start?",
                    "The Shinano River rises in the mountains of Nagano and flows into the Sea of Japan. " + marks)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


# A short run of letters or digits said again inside one word, past any word's length: a token stuck with no space to
# show it ("10" three hundred times, a Bengali digit pair, a laugh to the token limit).
@pytest.mark.parametrize("stuck", ["10" * 300, "\u09e7\u09e6" * 300, "haha" * 60, "abc" * 80])
def test_a_few_characters_said_again_inside_one_word_answer_and_loop(stuck):
    verdict = judge("Where does the Shinano River start?",
                    "The Shinano River rises in the mountains of Nagano and flows into the Sea of Japan. " + stuck)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("reply", [
    "A googol is ten to the power of one hundred, written out as 1" + "0" * 100 + ".",
    "One third to 120 decimal places is 0." + "3" * 120 + ", and the threes go on for ever.",
])
def test_a_long_number_asked_for_written_out_is_no_stuck_token(reply):
    verdict = judge("Write out a very long number and say what it is.", reply)
    assert "loop.in_a_row" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("word", ["1" + "0" * 30, "ha" * 12, "1011" * 16, "AGTC" * 20,
                                  "0123456789" * 12, "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"])
def test_a_long_number_a_laugh_a_bit_pattern_or_a_long_name_is_no_stuck_token(word):
    verdict = judge("Where does the Shinano River start?",
                    f"The Shinano River rises in the mountains of Nagano. Someone once wrote {word} on its bank.")
    assert "loop.in_a_row" not in drift_measures(verdict), verdict.explain()


# One letter said again a dozen times or a few dozen is something written, asked for or not, no token stuck: a hex
# constant, a string asked about, a sound, a primer's sequence, keys to press.
@pytest.mark.parametrize("prompt, output", [
    ("Largest 64-bit unsigned integer in hex? Just the value.", "0xffffffffffffffff"),
    ("What does print('b' * 12) output? Only the output.", "bbbbbbbbbbbb"),
    ("Which Vim keys move down ten lines without a count?", "jjjjjjjjjj"),
    ("Как в комиксах пишут храп?", "Обычно «Zzz», или просто хрррррррррррр"),
    ("What is the largest unsigned 64-bit integer in hexadecimal?",
     "It is 0xffffffffffffffff, which is 18,446,744,073,709,551,615 in decimal."),
    ("What does print('a' * 12) output in Python?", "It prints aaaaaaaaaaaa followed by a newline."),
    ("Give me the sequence of an oligo(dT)20 primer.", "5'-tttttttttttttttttttt-3'"),
    ("Write a funny two-sentence story about a lazy cat.",
     "Whiskers planned to catch the mouse at dawn. By noon he was still on the sofa, going zzzzzzzzzzzz."),
    ("Write the commentary for a last-minute winning goal.", "He shoots... he scores! Goooooooooooool!"),
    ("Как болельщики поддерживают команду на стадионе?", "Они кричат «Урааааааааааа!» и поют песни."),
])
def test_one_letter_said_again_in_something_written_is_no_loop(prompt, output):
    verdict = judge(prompt, output)
    assert "loop.in_a_row" not in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("rule", ["-" * 80, "=" * 80, "\u200b" * 300, ("- " * 120).strip(), ("* " * 150).strip()])
def test_a_rule_a_line_wide_or_invisible_padding_is_no_loop(rule):
    verdict = judge("Where does the Shinano River start?",
                    "The Shinano River rises in the mountains of Nagano.\n" + rule + "\nIt flows into the Sea of Japan.")
    assert "loop.in_a_row" not in drift_measures(verdict), verdict.explain()


def test_a_mark_said_again_to_the_token_limit_after_a_story_loops():
    # A song or a poem may say a word again and again; a mark said two hundred times is no verse of it.
    story = ("Every evening a grey cat named Pepper waited on the bench at platform two. When the last train came in, "
             "she walked home beside the old station master.")
    verdict = judge("Write a very short story about a cat who waits at a train station.", story + "\n\n" + "* " * 220)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


# A whole line of five words or more said three times back to back is a loop however short the output, as a stretch
# of a few words is; not in a song asked for, nor in a quotation.
SONNET = "Scrivi un sonetto in stile petrarchesco che esprima il dolore per la perdita di una persona cara."


@pytest.mark.parametrize("prompt, output", [
    pytest.param(SONNET, "Amore, che non è più in questo mondo,\nNell'eternità non hai più spazio,\n"
                 "Che ti ho amata tanto, che ti ho voluto,\nE che non posso più amarti.\n\n"
                 "La tua memoria non mi abbandona mai,\nAnche se la tua carne è sepolta in terra,\n"
                 "E anche se la tua voce non mi risuona più,\nNon mi abbandona il tuo ricordo.\n\n"
                 "Nel mio cuore è un vuoto che non si sa,\nNel mio cuore è un vuoto che non si sa,\n"
                 "Nel mio cuore è un vuoto che non si sa,\nNon saprei come riempirlo.\n\nNote:\nLa prima strofa è "
                 "una traduzione libera di un sonetto di Petrarca, scritta per chi ha perso una persona cara e non sa "
                 "come colmare il vuoto.", id="a-sonnets-line-then-a-note"),
    pytest.param("How can I get better at chess?", "Play longer chess games and review them afterwards to find your "
                 "mistakes. The best way to learn is to practise every day. The best way to learn is to practise "
                 "every day. The best way to learn is to practise every day.", id="a-sentence-after-an-answer"),
])
def test_a_line_said_three_times_in_a_row_answers_and_loops(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "loop.in_a_row" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Write a short birthday song for my friend.", "Happy birthday, dear friend of mine,\n"
                 "Happy birthday, dear friend of mine,\nHappy birthday, dear friend of mine,\n"
                 "May all your days be bright and fine.", id="a-song-asked-for"),
    pytest.param("What did the fans sing at the final?", '"We will win this game tonight! We will win this game '
                 'tonight! We will win this game tonight! We will win this game tonight!" they sang until the final '
                 'whistle.', id="a-quoted-chant"),
])
def test_a_line_said_three_times_in_a_song_or_a_quotation_is_no_loop(prompt, output):
    verdict = judge(prompt, output)
    assert "loop.in_a_row" not in drift_measures(verdict), verdict.explain()
