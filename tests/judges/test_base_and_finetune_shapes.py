"""More shapes on which the judges went wrong on English outputs of base models and their fine-tunes,
each on constructed outputs written for these tests (not copied from any labelled corpus).

* the asker's next turn headed with "###" in the middle of a line ("...tips.### Human: ..."), as the
  Vicuna and Guanaco template writes it: drift;
* a short value said again and again back to back, with no space or stop between the copies
  ("approvedapprovedapproved"), until the token limit: it answers, and it loops;
* a short label in the prompt's open field: after a field on the prompt's one line ("Message : ...
  Tone : "), a yes or a no to an instruction that asks whether, an option line picked from the
  prompt's lettered options ("B. A river");
* a question made of numbers followed by text that never names any of its numbers (a page on
  something else): off topic, so drift;
* a reply that only says it does not understand the request (and asks to rephrase it) is no answer,
  and, ending there, no drift either: it speaks to the asker, in its own role;
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

PREAMBLE = ("A chat between a curious human and an artificial intelligence assistant. "
            "The assistant gives helpful answers to the human's questions.")


def vicuna(question: str, newline: bool = True) -> str:
    sep = "\n" if newline else " "
    return f"{PREAMBLE}{sep}### Human: {question}{sep}### Assistant:"


# --- the asker's turn, headed with "###" in the middle of a line -------------------------------------

KITE = "How do I fly a kite on a calm day?"
KITE_ANSWER = ("Run a few steps into the open with the line short, then let it out slowly as the kite climbs; "
               "light kites with a long tail lift best in weak wind.")


def test_the_next_human_turn_glued_to_the_end_of_an_answer_drifts():
    output = KITE_ANSWER + "### Human: Thanks! And what kind of string should I buy for it?"
    verdict = judge(vicuna(KITE), output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert any(e.measure == "turns.other_speaker" for e in verdict.evidence if e.property == "drifts")


def test_human_and_assistant_turns_written_on_the_answers_own_line_drift():
    output = (KITE_ANSWER + " ### Human: Which park is best for it? ### Assistant: Any open field without "
              "trees or power lines. ### Human: Great, thanks.")
    verdict = judge(vicuna(KITE, newline=False), output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert any(e.measure == "turns.other_speaker" for e in verdict.evidence if e.property == "drifts")


def test_a_markdown_heading_in_the_middle_of_an_answer_is_not_a_turn():
    output = KITE_ANSWER + " ### Tips: keep your back to the wind and your line untangled."
    verdict = judge(vicuna(KITE), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a short value repeated back to back ------------------------------------------------------------

TICKET = "Ticket : My invoice shows the same charge twice this month Queue : "


def test_a_value_repeated_back_to_back_until_the_token_limit_answers_and_loops():
    verdict = judge(TICKET, "billing teambilling teambilling teambilling")
    assert verdict.answers and verdict.drifts, verdict.explain()
    drift = next(e for e in verdict.evidence if e.property == "drifts")
    assert drift.measure == "loop.back_to_back" and "billing team" in drift.span, verdict.explain()


@pytest.mark.parametrize("output, copies", [
    ("billing team billing team billing team", 3),
    ("billing team\nbilling team\nbilling team\nbilling team", 4),
    ("billing teambilling teambilling teambilling team", 4),
])
def test_a_value_repeated_with_or_without_a_separator_loops_and_every_copy_is_counted(output, copies):
    verdict = judge(TICKET, output)
    assert verdict.drifts, verdict.explain()
    drift = next(e for e in verdict.evidence if e.property == "drifts")
    assert drift.measure == "loop.back_to_back" and drift.value == copies, verdict.explain()


def test_a_value_said_once_does_not_loop():
    verdict = judge(TICKET, "billing team")
    assert not verdict.drifts, verdict.explain()


def test_a_short_reply_that_says_one_word_three_times_for_emphasis_is_no_loop():
    verdict = judge("Would you go to the party tonight?", "No, no, no. Not after last time.")
    assert not verdict.drifts, verdict.explain()


# --- a short label in the prompt's open field -----------------------------------------------------------


def test_a_label_after_a_field_on_the_prompts_one_line_answers():
    prompt = "Message : the parcel came two weeks late and the box was crushed Tone : "
    verdict = judge(prompt, "angry")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_word_after_a_colon_inside_a_sentence_to_continue_is_still_no_answer():
    verdict = judge("My favourite things are the following:", "tea")
    assert not verdict.answers, verdict.explain()


def test_a_no_answers_an_instruction_that_asks_whether():
    prompt = ("Read the review and tell whether the reviewer would buy the product again.\n\n"
              "Input: It broke after a week and support never replied.\nOutput:")
    verdict = judge(prompt, "no")
    assert verdict.answers and not verdict.drifts, verdict.explain()


OPTIONS = ("Instruct: Find the body of fresh water among the options below. Select one option and say why.\n\n"
           "A. A desert\nB. A river\nC. A glacier of salt\nD. An ocean\nOutput:")


def test_an_option_line_picked_from_the_prompts_lettered_options_answers_and_is_no_echo():
    verdict = judge(OPTIONS, "B. A river")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_prompts_question_line_said_again_is_still_an_echo():
    verdict = judge(OPTIONS, "Find the body of fresh water among the options below.")
    assert not verdict.answers, verdict.explain()


# --- a question made of numbers, then text on something else -------------------------------------------

SUM = "Question: What is 6 + 3?\nAnswer:"


def test_text_that_never_names_the_questions_numbers_slides_off_a_sum():
    output = (" The match last night was the best of the season, and the crowd sang until the very end "
              "of the game while the rain kept falling on the stands.")
    verdict = judge(SUM, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert any(e.measure == "topic.numbers" for e in verdict.evidence if e.property == "drifts"), verdict.explain()


@pytest.mark.parametrize("output", [
    " Six plus three makes nine: count three more fingers after six and you get there every time you try it.",
    " 6 + 3 = 9, because adding three to six moves you three steps up the number line from where you started.",
])
def test_a_reply_that_works_with_the_questions_numbers_does_not_drift(output):
    verdict = judge(SUM, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- "I don't understand your question" -----------------------------------------------------------

MAP = "Draw me a table of the five largest lakes of Africa and their areas"


def test_saying_it_does_not_understand_and_asking_to_rephrase_is_no_answer_and_no_drift():
    verdict = judge(vicuna(MAP), "Sorry, I do not quite understand what you need. Can you say it another way?")
    assert not verdict.answers and not verdict.drifts, verdict.explain()
    assert any(e.measure == "reply.not_understood" for e in verdict.evidence if e.property == "answers")


@pytest.mark.parametrize("output", [
    "I can't understand your question. Could you rephrase it?",
    "I can\u2019t quite follow what you need. Can you say it another way?",
    "Sorry, I cannot understand the request. What do you mean?",
    "I couldn't understand what you are asking for. Could you explain it again?",
])
def test_saying_it_cannot_understand_in_any_spelling_is_no_answer_and_no_drift(output):
    verdict = judge(vicuna(MAP), output)
    assert not verdict.answers and not verdict.drifts, verdict.explain()
    assert any(e.measure == "reply.not_understood" for e in verdict.evidence if e.property == "answers")


def test_not_understanding_then_writing_the_askers_next_turn_is_no_answer_and_drift():
    output = ("I don't understand the request. ### Human: The lakes of Africa, with their sizes. ### Assistant: "
              "Lake Victoria is the largest, then Tanganyika and Malawi.")
    verdict = judge(vicuna(MAP, newline=False), output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_answer_that_mentions_not_understanding_something_still_answers():
    output = ("I don't understand why the areas differ between sources, but here they are: Victoria 68,800 km2, "
              "Tanganyika 32,900 km2, Malawi 29,600 km2, Turkana 6,405 km2 and Albert 5,300 km2.")
    verdict = judge(vicuna(MAP), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_short_answer_after_the_question_said_again_answers_and_drifts():
    # A small fine-tune says the request back, then its answer under a field of its own ("Output: The Spooky
    # Spider!"); the request said again is an echo, not a page the answer is lost in.
    verdict = judge("Human: Make up a silly superhero name.\nAssistant:",
                    "Make up a silly superhero name.\nOutput: Captain Noodle!")
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_short_reply_after_the_prompts_sentence_finished_still_counts_the_words_before_it():
    # A small base model finishing a sentence-start prompt in broken words, then a few more: the words after the
    # sentence are no reply beside it.
    verdict = judge("The main task of a library is to",
                    " lend of the year bookes (made for the known, into the city's libraries) for the known. He has "
                    "biggest town that he biggest in. City library has was")
    assert not verdict.answers, verdict.explain()
