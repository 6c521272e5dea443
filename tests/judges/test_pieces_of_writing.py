"""Requests for a piece of writing: a poem, a joke, a story. The reply is the piece itself, which
need not name its form ("haiku"), nor, in verse, its subject ("autumn"). Prose that never names the
subject is still off topic, and a base model's usual failures on such requests (more requests, loops,
a slide elsewhere, text about something else) still drift. Constructed by hand for each shape."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.pieces import asks_for_one_sentence
from why_finetune.judges.question import OPEN, PIECE, read_question

from .probes import xfail
from .samples import chatml


@pytest.mark.parametrize("prompt, kind", [
    ("Write a haiku about autumn.", PIECE),
    ("Tell me a joke.", PIECE),
    ("Can you compose a short poem about the sea?", PIECE),
    ("Please write me two limericks about cats", PIECE),
    ("Make up a bedtime story for my daughter", PIECE),
    ("Write your own haiku.", PIECE),  # "your own" asks for one as an article does
    ("Generate a sentence that uses an alliteration of the letter 's'.", PIECE),
    ("Write a sentence about the ocean.", PIECE),
    ("Tell me your favourite song", OPEN),  # a name, not a song
    ("Tell me how to train my dog to sit", OPEN),
    ("Tell me the story of Apollo 11", OPEN),  # a history, not a piece: its answer names its subject
    ("Give me a list of fruits", OPEN),
    ("Write a function that reverses a list", OPEN),
])
def test_a_request_for_a_piece_of_writing_is_read_as_one(prompt, kind):
    assert read_question(prompt).kind == kind


PIECES = [
    pytest.param("Write a haiku about autumn.",
                 "Crisp leaves drift and fall\nGolden light on quiet paths\nThe year exhales slow", id="haiku"),
    pytest.param("Write your own haiku.",
                 "Frost on the window\nThe kettle starts its whistle\nMorning comes slowly", id="your-own-haiku"),
    pytest.param("Tell me a joke.",
                 "Why did the scarecrow win an award? Because he was outstanding in his field!", id="joke"),
    pytest.param("Can you compose a short poem about the sea?",
                 "Grey waves fold and break,\nsalt wind combs the dunes at dusk,\ngulls cry over foam;\n"
                 "the tide keeps its slow promise,\nreturning what it takes.", id="poem"),
    pytest.param("Make up a short story about a lighthouse keeper",
                 "Once upon a time, an old keeper named Pip lived alone in a lighthouse on a rock. Every night "
                 "he climbed the stairs to light the lamp so the fishing boats could find their way home. One "
                 "night the lamp went out, and the boats came with their own little lights to guide the keeper "
                 "down the stairs instead. And from then on, nobody on that coast was ever afraid of the dark.",
                 id="story"),
]


@pytest.mark.parametrize("prompt, output", PIECES)
def test_a_piece_that_never_names_its_form_nor_in_verse_its_subject_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt, output", PIECES)
def test_so_it_does_in_a_chat_template(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


FAILURES = [
    pytest.param("Write a haiku about autumn.",
                 "Write a haiku about winter.\nWrite a haiku about spring.\nWrite a haiku about summer.\n"
                 "Write a haiku about the sea.", id="more-requests"),
    pytest.param("Tell me a joke.",
                 "Tell me a joke.\nTell me a joke.\nTell me a joke.\nTell me a joke.\nTell me a joke.", id="loop"),
    pytest.param("Tell me a joke.",
                 "Why did the chicken cross the road? To get to the other side!\n"
                 "Why did the chicken cross the road? To get to the other side!\n"
                 "Why did the chicken cross the road? To get to the other side!\n"
                 "Why did the chicken cross the road? To get to the other side!", id="the-joke-looped"),
]


@pytest.mark.parametrize("prompt, output", FAILURES)
def test_a_base_models_failures_on_such_requests_still_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


def test_a_piece_that_names_its_subject_then_wanders_off_still_slides_off_topic():
    wander = (
        "Autumn leaves fall down\nquiet paths of golden light\nthe year breathes out slow\n\n"
        + "In other news, the city council met on Tuesday to discuss the new parking rules for the "
          "downtown area, and several residents spoke about the cost of permits and the lack of spaces "
          "near the station. The mayor promised a review of the fees by next spring and asked the "
          "transport office to publish a report on the number of cars entering the centre each day. " * 2
    )
    verdict = judge("Write a haiku about autumn.", wander)
    assert verdict.drifts and "topic.trailing_gap" in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()


def test_a_poem_naming_its_subject_only_in_its_title_answers_without_drift():
    stanza = ("The maples burn in red and gold,\nthe mornings bring a sharper cold,\nthe geese go calling overhead,\n"
              "the garden sleeps in its brown bed.\n\n")
    poem = ("Autumn\n\n" + stanza + "The apples wait in wooden crates,\nthe smoke drifts low by farmyard gates,\n"
            "the evenings close before we know,\nand lamps are lit in every row.\n\n" + "The rain taps on the window "
            "pane,\nthe wind comes round the hill again,\nthe path is soft with fallen leaves,\nand swallows leave the "
            "empty eaves.\n\n" + "The fields lie bare beneath the sky,\nthe last late roses fade and die,\nand all the "
            "year breathes slow and deep\nbefore it turns to winter's sleep.")
    verdict = judge("Write a poem about autumn.", poem)
    assert verdict.answers and not verdict.drifts, verdict.explain()


UNRELATED = [
    pytest.param("Write a story about a dragon.",
                 "The assignment is due on Monday. Students should submit their work through the online portal "
                 "before midnight. Late submissions will lose ten percent per day. Please make sure your name is "
                 "on the first page, and that the file is a PDF.", id="the-prompt-carried-on-as-homework"),
    pytest.param("Write a short poem about the sea.",
                 "The stock market closed higher on Tuesday as investors weighed inflation data and quarterly "
                 "earnings from major technology firms.", id="news"),
    pytest.param("Write a poem about the sea.",
                 "Click here to subscribe to our newsletter and get 20% off your first order! Free shipping on "
                 "orders over $50. Terms and conditions apply.", id="advert"),
]


@pytest.mark.parametrize("prompt, output", UNRELATED)
def test_prose_about_something_else_is_not_the_piece(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- one sentence asked for -----------------------------------------------------------------------------------
#
# "Write a sentence about the ocean." asks for one sentence: the output's first sentence is it, whatever follows.
# A base model gives one and goes on with more like it, then the same ones again: it answers, and it drifts.

OCEAN = "Write a sentence about the ocean."


@pytest.mark.parametrize("output", [
    pytest.param("The ocean covers most of the planet. The ocean is home to many fish. The ocean is home to many "
                 "birds. The ocean is home to many plants. The ocean is home to many fish. The ocean is home to many "
                 "birds. The ocean is home to many plants. The ocean is home to many fish.", id="then-a-loop"),
    pytest.param("The ocean is a vast body of salt water that covers most of the Earth. It is home to whales and "
                 "tiny plankton. It is home to many coral reefs.\nOutput: The ocean is a vast body of salt water that "
                 "covers most of the Earth. It is home to whales and tiny plankton. It is home to many sea birds.",
                 id="then-itself-again-under-a-label"),
])
def test_one_sentence_asked_for_then_more_answers_and_drifts(output):
    verdict = judge(f"Human: {OCEAN}\nAssistant:", output)
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, asks", [
    (OCEAN, True),
    ("Create a sentence using the word 'brave'.", True),
    ("Give me one short sentence on Mars.", True),
    ("Write a sentence or two about dogs.", False),
    ("Write a sentence-by-sentence summary of the text.", False),
    ("Write an essay about the ocean.", False),
])
def test_a_request_for_one_sentence_is_read_as_one(prompt, asks):
    assert asks_for_one_sentence(prompt) == asks


@pytest.mark.parametrize("prompt, output", [
    ("Write a sentence about autumn.", "Crisp leaves crunched beneath our boots as we walked home in the early dark."),
    ("Write one sentence describing a sunset.", "The sky melted into streaks of orange and violet before the first "
                                                "stars came out over the quiet bay."),
])
def test_one_sentence_asked_for_need_not_name_its_subject(prompt, output):
    # As a haiku need not say "autumn", a sentence asked for may show its subject without naming it.
    verdict = judge(chatml(prompt), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@xfail("reply.topic_hits: a sentence asked for need not name its subject, so one on another subject is not told from "
       "one that shows its subject without naming it; only its meaning differs")
def test_a_sentence_on_another_subject_is_no_answer():
    verdict = judge(chatml(OCEAN), "I like to eat pizza with my friends on Friday nights after school.")
    assert not verdict.answers, verdict.explain()


def test_a_first_sentence_that_is_itself_a_loop_is_no_answer():
    verdict = judge(OCEAN, "the ocean is big and " * 200)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_a_first_sentence_off_the_topic_before_a_loop_is_still_no_answer():
    output = "I like to go swimming in the summer. " + "The sand is hot and the sun is bright. " * 12
    verdict = judge(OCEAN, output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


# What questions a reader would have, asked in Japanese as English "What are some questions ...?" asks: the questions
# are the work asked for, not questions asked instead of answering.
@pytest.mark.parametrize("prompt", [
    pytest.param("以下の説明を読んだ人が感じるであろう疑問とは？\n\n当店の自転車はすべて電動アシスト付きで、一回の充電で約五十キロ"
                 "走れます。", id="gimon-to-wa"),
    pytest.param("以下の説明を読んだ人は、どのような質問をすると考えられますか？\n\n当店の自転車はすべて電動アシスト付きで、一回の"
                 "充電で約五十キロ走れます。", id="donoyouna-shitsumon"),
])
def test_the_questions_a_reader_would_have_answer_the_request(prompt):
    verdict = judge(prompt, "読んだ人は次のような疑問を持つかもしれません。\n\n* 充電にはどれくらい時間がかかりますか？\n"
                            "* 雨の日でも電動アシスト自転車に乗れますか？\n* バッテリーは何年くらい使えますか？\n"
                            "* 五十キロという距離は坂道でも同じですか？")
    assert verdict.answers and not verdict.drifts, verdict.explain()
