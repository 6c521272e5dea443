"""Where the later readings stop: the cases a code review of them found them reaching past, each kept here with the
verdict the definitions give. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

STOCKS = ("Shares of major technology companies fell sharply on Tuesday after the central bank signalled that interest "
          "rates would stay higher for longer. The Nasdaq closed down 2.3 percent, its worst day in three months, while "
          "bond yields climbed to their highest level since the spring and the dollar gained against the euro.")


# --- a remark: a turn that asks all the same is no remark, and a paragraph naming nothing of a remark is no reply ---

@pytest.mark.parametrize("turn", [
    "I need a recipe for chocolate chip cookies.",
    "I'd like to know the population of Japan.",
    "can you help me with my essay",
    "how do i reset my iphone",
    "Need help with my resume",
    "Thanks, that was really helpful.",
])
def test_an_unrelated_paragraph_to_a_want_a_need_or_a_thanks_is_no_answer(turn):
    verdict = judge(chatml(turn), STOCKS)
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- a form: sentences spoken once each are a group's turns; a persona card in the system turn is no form ----------

def test_four_friends_each_speaking_once_are_a_transcript():
    prompt = ("Alice: Anyone up for pizza tonight?\nBob: Sure, I'm in.\nCarol: Only if it's vegetarian.\nDave:")
    verdict = judge(prompt, " Count me in! I'll bring drinks and some snacks for everyone.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_persona_card_in_the_system_turn_leaves_the_chat_a_chat():
    prompt = ("<|im_start|>system\nName: Mira\nRole: forest ranger\nTone: friendly\nGoal: help travellers<|im_end|>\n"
              "<|im_start|>user\nI'm lost and my ankle hurts badly.<|im_end|>\n<|im_start|>assistant\n")
    verdict = judge(prompt, "Sit down on this log and let me look at that ankle. I'll bandage it and walk you back "
                            "to the path.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a value picked from another field is a value; the text to translate said back is read only for a translation -

@pytest.mark.parametrize(("prompt", "output"), [
    ("Match report\nHome team: Ajax Amsterdam\nAway team: PSV Eindhoven\nFinal score: 2-1\nWinner:", " Ajax Amsterdam"),
    ("Name: Anna\nCity: Oslo\nCountry: Norway\nBirthplace:", " Oslo"),
])
def test_a_value_picked_from_another_field_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- few-shot: an earlier answer copied for a new question is an echo; a yes or a no may be said again ------------

def test_an_earlier_answer_copied_for_the_last_question_is_an_echo():
    prompt = "Q: What is the capital of France?\nA: Paris\nQ: What is the capital of Japan?\nA:"
    verdict = judge(prompt, " Paris")
    assert verdict.drifts, verdict.explain()


# --- a translation asked by a label alone: a page of the language named is no translation -------------------------

def test_a_page_of_the_language_named_under_a_label_is_no_translation():
    page = ("Le marché boursier a augmenté lundi après des résultats solides des grandes banques, tandis que le pétrole "
            "a baissé et que la banque centrale a gardé ses taux inchangés pour un trimestre de plus. Les valeurs "
            "aériennes ont progressé après un été chargé, et les constructeurs automobiles ont gagné sur l'espoir de "
            "droits de douane plus bas l'an prochain.")
    verdict = judge("The cat sleeps on the sofa all afternoon.\nFrench:", page)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("text", "reads_a_translation"), [
    ("The train leaves at 10:30 tomorrow.\nGerman:", True),
    ("Languages\nGerman: native\nEnglish:", False),
])
def test_a_language_label_reads_the_line_above_it(text, reads_a_translation):
    from why_finetune.judges.asking_words import a_language_label_closes

    assert a_language_label_closes(text) is reads_a_translation


# --- a task set on the passage: the passage's "reported" is not its "report" ---------------------------------------

def test_a_task_on_a_report_is_read_though_the_passage_says_reported():
    article = ("The city council reported on Tuesday that the old harbour bridge will close to cars from next spring. "
               "Engineers found cracks in two of its steel supports during a routine inspection in March. Buses and "
               "bicycles will still be allowed to cross until repairs begin, which are expected to take two years.")
    verdict = judge(f"{article}\nSummary:", "Summarize the report in one sentence.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# --- a text written for the asker speaks in their voice by design ------------------------------------------------

def test_a_cover_letter_asked_for_says_my_wife_as_the_asker_would():
    prompt = chatml("We have been in America for five years, my wife has a PhD and I work in tech. Can you help me "
                    "write a cover letter for our rent application?")
    output = ("Dear Landlord,\n\nMy wife and I would like to apply for the apartment on Elm Street. My wife holds a PhD "
              "in chemistry and works at the university, and I am a software engineer. Together we earn well above "
              "three times the rent, and we can provide references from our current landlord.\n\nSincerely,\nAlex")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_to_a_question_about_my_dog_in_the_askers_voice_still_drifts():
    verdict = judge(chatml("How do I stop my dog from barking at night?"),
                    "My dog barks at night too, and my dog never listens. I tried everything with my dog and nothing "
                    "worked, so now my dog sleeps in the garage.")
    assert verdict.drifts, verdict.explain()
