"""Where the round's readings stop: the cases a code review of them found them reaching past, each kept here with
the verdict the definitions give. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

OFF = ("Our store offers free shipping on all orders over fifty dollars, and returns are accepted within thirty days of "
       "purchase with the original receipt and packaging intact. Gift cards can be bought online or in any branch and "
       "never expire. Opening hours are nine to six on weekdays and ten to four on Saturdays; we are closed on Sundays "
       "and public holidays.")


def drift_measures(verdict):
    return [e.measure for e in verdict.evidence if e.property == "drifts"]


# --- a reply in another script: only the request's frame, never its subject, is set aside ------------------------

@pytest.mark.parametrize("prompt", [
    "Rust lifetimes: what are they?",
    "Korean or Japanese?",
    "Python: что это такое и зачем он нужен?",
    "Rust：它和C++有什么区别？",
])
def test_a_subject_heading_the_question_or_a_question_of_language_names_still_holds_an_unrelated_page(prompt):
    verdict = judge(prompt, OFF)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- the list said back: a label for each item is no list begun again -------------------------------------------

TAGS = ("Tag each of the five tweets below with one label from this list, as a comma-separated line in the tweets' "
        "order.\n- positive: the writer is happy\n- negative: the writer is upset\n- neutral: neither\n\n"
        "1. Loving the new phone!\n2. My train is late again.\n3. It is Tuesday.\n4. Best concert ever.\n"
        "5. The app keeps crashing.")


@pytest.mark.parametrize("output", ["positive, negative, neutral, positive, negative",
                                    "positive, negative, neutral, positive, neutral"])
def test_a_label_for_each_item_in_the_lists_order_answers(output):
    verdict = judge(chatml(TAGS), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a passage under an open label: no transcript's last turn ---------------------------------------------------

def test_a_turn_of_a_two_speaker_transcript_is_no_passage_and_its_words_said_back_are_an_echo():
    prompt = ("Alice: Hi Bob, how was your trip?\nBob: It was wonderful. We spent three days hiking in the mountains "
              "and two more by the lake, where the water was warm enough to swim every morning. I already want to go "
              "back next summer with the whole family.\nAlice:")
    verdict = judge(prompt, "It was wonderful. We spent three days hiking in the mountains. I already want to go back "
                            "next summer.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- an aside: a bracketed answer in the model's own format is no note ----------------------------------------------

@pytest.mark.parametrize("prompt, output", [
    pytest.param("Q: What is the capital of France?\nA:", "(Paris)\nQ: What is the capital of Spain?\nA: (Madrid)\nQ:",
                 id="a-bracketed-answer-then-new-questions"),
    pytest.param("Translate into English: Je suis fatigué.\nEnglish:",
                 "[I am tired.]\nFrench: Il fait froid.\nEnglish: [It is cold.]\nFrench:", id="a-bracketed-translation"),
    pytest.param("Which planet is known as the Red Planet?\n(A) Venus\n(B) Mars\n(C) Jupiter\nAnswer:",
                 "(B)\nWhich planet is the largest?\n(A) Venus\n(B) Mars\n(C) Jupiter\nAnswer: (C)",
                 id="an-option-letter-then-a-new-question"),
    pytest.param("Give the colours of the French flag as a JSON array.",
                 '["blue", "white", "red"]\nGive the colours of the Italian flag as a JSON array.', id="json-then-a-request"),
])
def test_a_bracketed_answer_before_a_drift_still_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


# --- a range asked as a length: only with its unit after it ---------------------------------------------------------

@pytest.mark.parametrize("prompt", ["Question: What is 15 - 27 then?\nAnswer:", "Question: 15 - 27 is?\nAnswer:"])
def test_a_difference_with_a_word_after_it_is_still_a_sum_to_work_out(prompt):
    verdict = judge(prompt, " Students' grades depend on many things: how much they sleep, how often they read at home, "
                            "and whether their friends take school seriously.")
    assert not verdict.answers, verdict.explain()


# --- a few-shot line: more examples asked for are the reply ---------------------------------------------------------

@pytest.mark.parametrize("prompt, output", [
    ("Here are some capitals: Paris, France; Rome, Italy; Berlin, Germany; Madrid, Spain; name two more",
     "Lisbon, Portugal; Vienna, Austria"),
    ("Give the next two: Monday=1; Tuesday=2; Wednesday=3; Thursday=", "4; Friday=5; Saturday=6"),
])
def test_more_examples_asked_for_are_no_new_example_of_the_format(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.inline_example" not in drift_measures(verdict), verdict.explain()


def test_the_examples_shape_is_the_same_whatever_the_order_of_a_set():
    prompt = "Examples: 1+2=3; 4+5=9; 2+2=4; cat => chat; dog => chien; sea => mer; 6+1="
    verdict = judge(prompt, "7; 3+3=6; 8+1=9")
    assert "prompt.inline_example" in drift_measures(verdict), verdict.explain()


# --- token soup: scripts joined by a digit or a hyphen are glued too ----------------------------------------------

def test_soup_whose_scripts_are_joined_by_digits_or_hyphens_drifts():
    answer = "Three consecutive integers add up to three times the middle one, so the smallest cube is 27. "
    soup = ("lineup-numberXM43俦清洗 Victim-玫瑰 бывает-ok2 ภาษา-AB 한국-xyz9 abc12俦清洗 def34привет ghi56안녕 "
            "jkl78ภาษา mno9Ωmega")
    verdict = judge("What is the smallest positive perfect cube that is the sum of three consecutive integers?",
                    answer + soup)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "script.mixed" in drift_measures(verdict), verdict.explain()


# --- a reading task asking for what the passage mentions: pieces of it answer ---------------------------------------

def test_events_the_question_asks_for_taken_from_the_passage_answer():
    context = ("The city museum opened in 1921 in a former grain exchange. Its first curator was Elena Marsh, a "
               "botanist who collected local fossils. In 1958 a fire destroyed the west wing. The museum was rebuilt "
               "in 1962 with a new glass roof. Today it welcomes about ninety thousand visitors a year.")
    verdict = judge(f"Passage: {context}\nQuestion: Which events in the museum's history does the passage mention?",
                    "It opened in 1921 in a former grain exchange; in 1958 a fire destroyed the west wing; it was "
                    "rebuilt in 1962 with a new glass roof.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- "yes or no" closing a sentence is no answer by itself ----------------------------------------------------------

def test_yes_or_no_said_as_a_choice_is_no_direct_answer():
    verdict = judge("Is the Earth flat?", "Choose: yes or no")
    assert "a direct answer" not in verdict.explain(), verdict.explain()
