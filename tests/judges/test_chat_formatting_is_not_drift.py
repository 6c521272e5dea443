"""A chat model's reply has its own formatting and its own questions to the asker: headings written as
questions, clarifying questions after a lead-in, a closing offer or two, a restated question as a bold
title, a translation or a sentence in the language the asker asked for, a short quoted translation.
None of these is the drift a base model shows (the next questions of a Q&A page, a switch to another
script's page, an echo of the question before the answer). Constructed outputs written for these
tests; each group keeps the near miss the rule was made for, which must still drift."""

from __future__ import annotations

from why_finetune.judges import judge


def drift_measures(verdict) -> set[str]:
    return {e.measure for e in verdict.evidence if e.property == "drifts"} if verdict.drifts else set()


# Finding 1: questions that are a reply's formatting or are asked of the asker.

def test_markdown_headings_written_as_questions_are_a_replys_sections():
    prompt = "Can you explain photosynthesis?"
    output = ("## What is photosynthesis?\nIt is how plants turn light, water and carbon dioxide into sugar.\n"
              "## Why does it matter?\nIt feeds almost every food chain and puts oxygen in the air.\n"
              "## Where does it happen?\nIn the chloroplasts, mostly in the cells of the leaves.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_bold_lines_written_as_questions_are_a_replys_sections_too():
    prompt = "How do I start running?"
    output = ("Start slowly and build up over a few weeks.\n"
              "**How often should I run?**\nThree times a week, with a rest day between runs.\n"
              "**How far should I go?**\nBegin with twenty minutes of running and walking in turn.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_clarifying_questions_after_a_lead_in_are_asked_of_the_asker():
    prompt = "Can you plan a trip for me?"
    output = ("I'd love to help! A few questions first:\nWhere would you like to go?\n"
              "How many days do you have?\nWhat's your budget?")
    verdict = judge(prompt, output)
    # Only this rule's verdict: the questions never name the trip, which the topic measure reads.
    assert "prompt.more_questions" not in drift_measures(verdict), verdict.explain()
    assert verdict.scores["prompt.more_questions"] < 2, verdict.explain()


def test_two_closing_offers_are_a_replys_ending():
    prompt = "How do I fix a flat bicycle tyre?"
    output = ("Take the wheel off, lever the tyre from the rim and pull out the inner tube. Find the hole by "
              "pumping the tube up and listening, then patch it or fit a new tube and pump it to pressure.\n"
              "Do you have a patch kit?\nOr would you rather buy a new tube?")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_pages_next_questions_after_an_answer_still_drift():
    # The shape the rule was made for: an answer, then the questions a Q&A page lists next.
    prompt = "Why do cats purr, and do they purr only when they are happy?"
    output = ("Cats purr by twitching the muscles of the larynx as they breathe in and out.\n"
              "They purr when content, but also when hurt or frightened, which may help them calm down.\n"
              "Why do cats knead with their paws?\nDo dogs have anything like purring?\nHow long do cats sleep?")
    verdict = judge(prompt, output)
    assert "prompt.more_questions" in drift_measures(verdict), verdict.explain()


# Finding 3: the question restated as a title.

def test_the_question_restated_as_a_bold_title_is_formatting_not_an_echo():
    prompt = "Why is the sky blue?"
    output = ("**Why is the sky blue?**\n\nThe sky is blue because sunlight is scattered by the air, "
              "and blue light scatters the most.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_question_restated_as_a_markdown_heading_is_formatting_not_an_echo():
    prompt = "How do bees make honey?"
    output = ("## How do bees make honey?\n\nBees drink nectar from flowers, pass it between them in the hive "
              "and fan it with their wings until most of the water has gone.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_question_said_again_as_plain_text_before_the_answer_still_drifts():
    prompt = "Why is the sky blue?"
    output = ("Why is the sky blue? The sky is blue because sunlight is scattered by the air, "
              "and blue light scatters the most.")
    verdict = judge(prompt, output)
    assert "prompt.question_again" in drift_measures(verdict), verdict.explain()
