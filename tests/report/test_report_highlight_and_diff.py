"""Evidence is found inside the text it came from; snapshot changes are shown word by word."""

from why_finetune.report.views.diff import changed_words, elide, word_diff
from why_finetune.report.views.highlight import marked_ranges, segments

LOOP = "I think it's a great planet.\nI think we should go there.\nI think we should stay there.\n"


def marked(text, spans):
    return [piece for piece, hit in segments(text, spans) if hit]


def test_pieces_join_back_to_the_text():
    assert "".join(piece for piece, _ in segments(LOOP, ["I think we"])) == LOOP
    assert segments("", ["x"]) == [("", False)]
    assert segments("no evidence", []) == [("no evidence", False)]


def test_a_looping_phrase_is_marked_everywhere_it_occurs():
    assert marked(LOOP, ["I think we"]) == ["I think we", "I think we"]


def test_a_pattern_marks_its_fixed_parts_regardless_of_case_and_punctuation():
    # The judges report lower-cased n-grams and patterns with "..." for the words that vary.
    assert marked(LOOP, ["I think we ... there."]) == ["I think we", "there.", "I think we", "there."]
    assert marked(LOOP, ["there i think we"]) == ["there.\nI think we"]
    assert marked("I’ve been a fan. I've been a fan.", ["i've been a fan"]) == ["I’ve been a fan", "I've been a fan"]


def test_a_cut_off_excerpt_marks_what_it_quotes():
    assert marked("Training a dog to sit is fun. Then more.", ["Training a dog to sit is fun..."]) == [
        "Training a dog to sit is fun"
    ]


def test_a_very_short_span_is_marked_once_and_overlaps_merge():
    assert marked("ok ok ok", ["ok"]) == ["ok"]
    assert marked_ranges("abcdefgh", ["abcde", "defgh"]) == [(0, 8)]


def test_a_span_that_is_not_in_the_text_marks_nothing():
    assert marked(LOOP, ["Jupiter"]) == []


def test_the_word_diff_gives_back_both_texts_and_counts_words():
    old, new = "A cat sat on the mat.", "A dog sat on the mat today."
    pieces = word_diff(old, new)
    assert "".join(t for op, t in pieces if op != "insert") == old
    assert "".join(t for op, t in pieces if op != "delete") == new
    assert changed_words(pieces) == (2, 3)  # "cat" and "mat." out, "dog", "mat" and "today." in
    assert [(op, t) for op, t in pieces if op != "equal"][:2] == [("delete", "cat"), ("insert", "dog")]


def test_a_word_changed_on_every_line_of_a_loop_shows_as_that_word():
    old = "I am not sure how to teach my dog.\n\n" * 5
    new = "I am not sure how to train my dog.\n\n" * 5
    pieces = word_diff(old, new)
    assert [t for op, t in pieces if op != "equal"] == ["teach", "train"] * 5
    assert changed_words(pieces) == (5, 5)


def test_long_unchanged_stretches_are_elided_around_a_change():
    old = " ".join(f"w{i}" for i in range(100))
    new = old.replace("w50", "CHANGED")
    shown = elide(word_diff(old, new), context=3)
    assert [op for op, _ in shown] == ["skip", "equal", "delete", "insert", "equal", "skip"]
    assert shown[1][1] == " w47 w48 w49 "
