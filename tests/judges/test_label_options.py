"""A request to classify that lists its options and asks to pick one ("... into one of Restaurants, Home
Services, Auto Services or Miscellaneous", "... as Positive, Negative, or Neutral") is answered by a reply
that names one of them, in a word or in a sentence, and not by a reply that names none (an advert for the
business, a line of the review). On constructed outputs written for these tests (not copied from any
labelled corpus), with the near misses that must keep "answers, no drift": a label alone, a label in a
sentence, a label by its stem ("Automotive" for "Auto Services"), a label in another script, a request in
another language, and a list the request does not offer to pick from.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.options import offered_options

SHOP = ("Categorize the shop into one of Restaurants, Home Services, Auto Services or Miscellaneous.\n\n"
        "Input: We fix leaking pipes, install water heaters and unblock drains across the city, day or night.\n"
        "Output:")
GARAGE = ("Categorize the business into one of the Restaurants, Home Services, Auto Services and Miscellaneous "
          "based on what it offers.\n\nInput: Brakes, batteries and oil changes while you wait. Open six days a "
          "week.\nOutput:")
REVIEW = ("Classify the sentiment of the review as Positive, Negative, or Neutral.\n\n"
          "Review: The battery died after two days and support never replied.\nSentiment:")


# --- no option named: no answer ---------------------------------------------------------------------------

def test_an_advert_for_the_business_instead_of_a_category_does_not_answer():
    output = " Call now for a free estimate on your plumbing job.\n\n" + (SHOP + " Call now for a free estimate.\n\n") * 2
    verdict = judge(SHOP, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "names none of the options" in verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    (GARAGE, " Ask about our weekend discounts for students and seniors."),
    (REVIEW, " I bought this phone for my daughter last month and she uses it every day."),
])
def test_a_sentence_of_its_own_that_names_no_option_does_not_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


# --- an option named: it answers ------------------------------------------------------------------------

@pytest.mark.parametrize("prompt, output", [
    (SHOP, " Home Services"),
    (SHOP, " This is a home services business: it does plumbing repairs."),
    (GARAGE, " Auto Services"),
    (GARAGE, " Automotive"),  # the option's word opens it: the option named by its stem
    (GARAGE, " Based on what it offers, it belongs in Auto Services, since it repairs cars."),
    (REVIEW, " Negative. The reviewer is unhappy with the battery and with the support."),
    (REVIEW, " 负面"),  # an option in another script: the reply cannot name its English words
])
def test_a_reply_naming_an_option_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("Classez l'avis comme Positif, Négatif ou Neutre.\n\nAvis : La batterie a lâché au bout de deux jours.\n"
     "Sentiment :", " Négatif : l'auteur se plaint de la batterie."),
    ("请把这条评论分类为正面、负面或中性。\n\n评论：电池两天就没电了，客服也不回复。\n分类：", "负面。用户对电池和客服都很不满意。"),
    ("次のレビューを肯定的、否定的、中立のいずれかに分類してください。\n\nレビュー：二日で電池が切れました。\n分類：",
     "否定的です。電池の持ちに不満を述べています。"),
])
def test_a_label_in_the_requests_own_language_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_list_that_is_not_offered_to_pick_from_holds_no_reply_to_it():
    # "Identify three countries in Europe, Asia, and Africa": the list is what to look in, not options.
    verdict = judge("Identify three countries in Europe, Asia, and Africa.", "France, Japan and Kenya.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [" A", " C", " A) Paris", " The answer is A, Paris."])
def test_an_options_letter_names_it(output):
    verdict = judge("Choose the capital of France from A) Paris, B) London, or C) Rome.\nAnswer:", output)
    assert verdict.answers, verdict.explain()


def test_a_yes_or_no_answers_a_request_to_decide_whether_among_options():
    prompt = ("Decide whether the tweet is offensive, not offensive, or unclear.\n\n"
              "Tweet: What a lovely morning for a run!\nOutput:")
    verdict = judge(prompt, " No")
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("sentence, options", [
    ("categorize it as positive, negative, or neutral.", ("positive", "negative", "neutral")),
    ("classify it into positive, neutral, or negative: <br/>what a day", ("positive", "neutral", "negative")),
    ("sort the shop into one of restaurants, home services and auto services.",
     ("restaurants", "home", "services", "auto")),
    ("identify three countries in europe, asia, and africa.", ()),  # not offered to pick from
    ("classify the tweet as offensive or not offensive.", ()),  # two: too few to be a list
])
def test_the_options_are_read_from_the_requests_punctuation(sentence, options):
    assert offered_options(sentence) == options
