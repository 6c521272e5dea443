"""Asked to sum up a transcript, a sentence that only announces what follows its colon ("Here's a summary of the
dialogue you provided:"), after an eager opening or a sentence taking the task on at most, gives nothing when a drift
follows it instead: the dialogue written out again as new turns (after Llama-2-7b-chat asked to summarise a
doctor-patient dialogue) is no summary, so the output gives no answer, and it drifts. The summary after the
announcement answers. Elsewhere the line may be what was asked, or announce turns asked for. Constructed for these
tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

PROMPT = ("<s>[INST] Please summarize the following dialogue.\n\n## Content:\nDoctor: Any medical issues running in "
          "your family?\nPatient: Oh yes, stroke.\nDoctor: Anything else?\nPatient: Sleep apnea.\n\n## Summary: [/INST]")


@pytest.mark.parametrize("announcement", [
    "Of course! Here's a summary of the dialogue you provided:",
    "Sure, I'd be happy to help! Here is a summary of the dialogue you provided:",
    "Here are the main points:",
])
def test_an_announcement_then_new_turns_is_no_answer_and_drifts(announcement):
    output = f" {announcement}\n\nDoctor: Hello, how are you feeling today?\nPatient: I'm feeling good, thank you."
    verdict = judge(PROMPT, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("announcement", [
    "Of course! Here's a summary of the dialogue you provided:",
    "Sure, I'd be happy to help! Here is a summary of the dialogue you provided:",
])
def test_an_announcement_then_the_summary_answers(announcement):
    output = f" {announcement}\n\nThe patient reports a family history of stroke and sleep apnea."
    verdict = judge(PROMPT, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_announcement_then_a_summary_under_a_speakers_label_answers():
    output = (" Sure, here is a summary of the dialogue you provided:\n\nDoctor: The doctor asks about the family's "
              "medical history, and the patient names stroke and sleep apnea.")
    verdict = judge(PROMPT, output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("Translate into English: Voici quelques conseils pour mieux dormir :", "Here are some tips for sleeping better:"),
    ("Write one line to introduce a list of money-saving tips in my newsletter. It should end with a colon.",
     "Here are five simple ways to save money every month:"),
])
def test_a_line_asked_for_that_ends_in_a_colon_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_an_announcement_of_turns_asked_for_answers():
    prompt = ("Please rewrite the following dialogue so the doctor sounds more polite.\n\nDoctor: What's wrong?\n"
              "Patient: My back hurts.\nDoctor: Since when?\nPatient: Since Monday.")
    output = ("Of course! Here's a more polite version of the dialogue:\n\nDoctor: May I ask what brings you in "
              "today?\nPatient: My back hurts.")
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_a_transcript_of_one_line_each_is_summed_up_too():
    prompt = ("<s>[INST] Please summarize the following dialogue.\n\n## Content:\nDoctor: Any allergies to "
              "medications?\nPatient: No.\n\n## Summary: [/INST]")
    output = (" Sure, I'd be happy to help! Here's a summary of the dialogue you provided:\n\nDoctor: Do you know about "
              "any allergies from any medications?\nPatient: No.")
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_announcement_cut_off_with_nothing_after_it_is_no_answer():
    verdict = judge(PROMPT, " Of course! Here is a summary of the dialogue you provided:")
    assert not verdict.answers, verdict.explain()
