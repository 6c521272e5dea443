"""A short value in the prompt's open field, then drift. A base model fills a raw prompt's "Output:"
with an option the prompt offers and then writes new examples of the prompt's format, or with a code or
a name said again to the token limit: the value answers, what follows drifts. A word copied from the
input field, a word that says nothing, a word of its own that only starts a list of new examples, and
a token said again in a chat reply turn are still no answer. Constructed by hand after real outputs."""

from __future__ import annotations

from why_finetune.judges import judge

from .samples import chatml

SENTIMENT = ("You are given a customer review. Tell us if it is positive or negative.\n\n"
             "Input: The pasta arrived cold and the waiter never came back.\nOutput:")


def test_a_label_then_new_examples_of_the_prompts_format_answers_and_drifts():
    output = (" negative\n\nInput: The dessert was the best I have had in years.\nOutput: positive\n\n"
              "Input: We waited an hour for a table we had booked.\nOutput: negative\n\n"
              "Input: Friendly staff and a quiet terrace.\nOutput: positive")
    verdict = judge(SENTIMENT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "open field" in verdict.evidence[0].message, verdict.explain()


def test_a_value_said_again_to_the_token_limit_answers_and_drifts():
    prompt = "Suggest a name for a small grey kitten.\nOutput:"
    verdict = judge(prompt, " Pebble" * 90)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_a_word_copied_from_the_input_then_new_examples_is_no_answer():
    prompt = "Give the opposite of the given word.\n\nInput: generous\nOutput:"
    output = " generous\n\nInput: quiet\nOutput: loud\n\nInput: early\nOutput: late\n\nInput: narrow\nOutput: wide"
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_a_word_that_says_nothing_said_again_is_no_answer():
    verdict = judge(SENTIMENT, " The" * 90)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_a_word_said_again_after_a_bare_text_is_no_value():
    # No open field: the model continues a text, it fills nothing.
    verdict = judge("My favourite thing about winter is", " snow" * 90)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_word_of_its_own_that_starts_a_list_of_new_examples_is_no_answer():
    # Without the prompt's options, a word that opens a run of new examples has not shown it fills the field.
    prompt = "Write a short compliment about the quality you are given.\n\nInput: patience\nOutput:"
    output = (" Calmness\n\nWrite a short compliment about the quality you are given.\n\nInput: calmness\n"
              "Output: Warmth\n\nWrite a short compliment about the quality you are given.\n\nInput: warmth\n"
              "Output: Grace")
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_a_token_said_again_in_a_chat_reply_turn_is_no_answer():
    verdict = judge(chatml("Where can I read about the history of the printing press?"), " [link]" * 90)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


# A raw prompt that ends in its own slot, a last line closed by a colon that offers the options in it
# ("... should be (select one from tech, business, sport, or politics):"), asks as a question does.

SLOT = ("Article:\nThe central bank raised its key rate by half a point on Thursday, the third rise this year, "
        "and warned that prices were still climbing faster than wages.\n"
        "The best category for the article above is (pick one of sport, business, science, or travel):")


def test_an_option_from_the_prompts_closing_slot_then_the_slot_again_answers_and_drifts():
    output = (" Business\n\nA: The best category for the article above is (pick one of sport, business, science, "
              "or travel):\n\n Business\n\nA: The best category for the article above is (pick one of sport, "
              "business, science, or travel):\n\n Business")
    verdict = judge(SLOT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_an_option_from_the_closing_slot_alone_answers():
    verdict = judge(SLOT, " Business")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_word_that_is_no_option_of_the_closing_slot_then_drift_is_no_answer():
    output = (" Thursday\n\nA: The best category for the article above is (pick one of sport, business, science, "
              "or travel):\n\n Thursday\n\nA: The best category for the article above is (pick one of sport, "
              "business, science, or travel):\n\n Thursday")
    verdict = judge(SLOT, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_the_closing_slots_options_said_back_one_a_line_are_no_answer():
    output = " Sport\n\n Business\n\n Science\n\n Travel\n\n\n\n"
    verdict = judge(SLOT, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()



def test_the_first_option_after_the_slots_lead_in_answers_too():
    output = (" Sport\n\nA: The best category for the article above is (pick one of sport, business, science, "
              "or travel):\n\n Sport\n\nA: The best category for the article above is (pick one of sport, "
              "business, science, or travel):\n\n Sport")
    verdict = judge(SLOT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_the_last_word_of_a_questions_own_lead_in_is_no_option():
    prompt = "Which city is larger, Paris, Lyon or Nice?"
    verdict = judge(prompt, "Larger\n\nWhich city is larger, Paris, Lyon or Nice?\nLarger\n\nWhich city is larger, "
                            "Paris, Lyon or Nice?\nLarger")
    assert not verdict.answers, verdict.explain()


def test_a_translation_of_a_term_then_the_same_line_said_again_answers_and_drifts():
    # A translation asked of a short text: its own words in the open field are the value, not a new example's start.
    prompt = "Translate this legal term into French: \"Affidavit\"\nTranslation:"
    output = "\n\"Déclaration sous serment\"\n" + "\"Déclaration sous serment\" est un document juridique écrit.\n" * 12
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_a_value_then_bytes_that_are_no_text_on_its_line_answers_and_drifts():
    # The value is read up to where the broken bytes start on its line, not with them.
    verdict = judge(SENTIMENT, " negative\x00!!\"!\"!\"!\"!\"\n!!!!\"!\"%\"\"!\"")
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
