"""Requests to rework a passage the prompt holds: summarize it, rewrite it, fix it. A good reply
reuses the passage's words by design, so it is no echo; a near-copy of the passage still is, and a
model that goes on writing more passages still drifts. A question on a context given in fields
("Context: ...\nQuestion: ...?") is such a request, in whatever chat template it comes: an answer
taken from the context's words answers. Constructed by hand for each shape."""

from __future__ import annotations

import pytest

from why_finetune.judges import Thresholds, judge
from why_finetune.judges.passage import off_the_passage
from why_finetune.judges.question import OPEN, REWRITE, read_question
from why_finetune.judges.reading import Reading

from .samples import chatml

PASSAGE = ("The quarterly meeting was moved from Monday to Wednesday because the manager was ill, "
           "and the budget review will now take place on Friday afternoon instead.")


@pytest.mark.parametrize("prompt, kind", [
    (f"Summarize: {PASSAGE}", REWRITE),
    (f"Rewrite this more politely: {PASSAGE}", REWRITE),
    ("Fix the grammar in this sentence: me and him goes to school.", REWRITE),
    ("Paraphrase the following: the cat sat on the mat.", REWRITE),
    ("Tell me how to train my dog to sit", OPEN),
])
def test_a_request_to_rework_a_passage_is_read_as_one(prompt, kind):
    assert read_question(prompt).kind == kind


REWORKED = [
    pytest.param(f"Summarize: {PASSAGE}",
                 "The meeting moved to Wednesday because the manager was ill; the budget review is on Friday.",
                 id="summary"),
    pytest.param(f"Rewrite this more politely: {PASSAGE}",
                 "Please note that the quarterly meeting has kindly been moved from Monday to Wednesday, as the "
                 "manager was unwell, and the budget review will now take place on Friday afternoon.",
                 id="polite-rewrite"),
    pytest.param("Fix the grammar in this sentence: me and him goes to school.",
                 "He and I go to school.", id="grammar-fix"),
]


@pytest.mark.parametrize("prompt, output", REWORKED)
def test_a_reworked_passage_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
    templated = judge(chatml(prompt), output)
    assert (templated.answers, templated.drifts) == (True, False), templated.explain()


def test_the_passage_copied_back_is_still_an_echo():
    verdict = judge(f"Summarize: {PASSAGE}", PASSAGE)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.echo" in {e.measure for e in verdict.evidence if e.property == "drifts"}


def test_more_passages_to_summarize_still_drift():
    more = (f"Summarize: {PASSAGE}\n\nSummarize: The library will close early on Thursday for a staff event.\n\n"
            "Summarize: The team lunch is cancelled this week.\n\nSummarize: Parking is free on Sundays.")
    verdict = judge(f"Summarize: {PASSAGE}", more)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_more_requests_are_named_as_such():
    more = ("Summarize: The library will close early on Thursday.\nSummarize: The team lunch is cancelled.\n"
            "Summarize: Parking is free on Sundays.")
    verdict = judge(f"Summarize: {PASSAGE}", more)
    assert "prompt.more_requests" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_bullets_that_share_the_requests_verb_are_not_more_requests():
    tips = ("Give yourself a fixed bedtime and keep it on weekends too.\nGive up coffee after noon: it stays "
            "in your body for hours and keeps you from sleep.\n"
            "Give your bedroom a cool, dark and quiet setting.\nGive screens a rest an hour before bed.")
    verdict = judge("Give me four tips to sleep better.", tips)
    assert "prompt.more_requests" not in {e.measure for e in verdict.evidence if e.property == "drifts"}
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


# --- a passage in a labelled field ------------------------------------------------------------------
# An instruction, then the passage it works on in a labelled field ("Input: ...", "**Idea**: ..."): a
# correction, a rewrite or a title of it reuses its words by design; the passage or the instruction
# copied back is still an echo.

SLIP = "She recieved the parcel from her brother yesterday."
CORRECT = f"Given a sentence with a spelling slip, rewrite it correctly.\n\nInput: {SLIP}\nOutput:"


def test_a_correction_of_the_input_answers():
    verdict = judge(CORRECT, " She received the parcel from her brother yesterday.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_correction_then_the_same_example_again_answers_and_drifts():
    fixed = "She received the parcel from her brother yesterday."
    output = f" {fixed}" + f"\n\nInput: {SLIP}\nOutput: {fixed}" * 20
    verdict = judge(CORRECT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()


def test_a_title_from_an_idea_in_a_labelled_field_answers():
    prompt = chatml("Write a catchy title for the article idea below.\n\n"
                    "**Article idea**: sourdough baking at home\n\n**Guidance**:\n- Keep it short")
    verdict = judge(prompt, "Sourdough Baking at Home for Beginners")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_input_copied_back_is_still_an_echo():
    verdict = judge(CORRECT, f" {SLIP}")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_the_instruction_copied_back_is_still_an_echo():
    verdict = judge(CORRECT, " Given a sentence with a spelling slip, I would fix it.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# A rework names the passage's words: a corrected or shortened passage keeps its names and terms. A reply
# that names none of them works on some other text (a base model's unrelated page).

TO_CORRECT = ("Correct the spelling in the paragraph below.\n\n"
              "Our garden has to apple trees and a smal pond were the ducks swim every moring. "
              "Last sumer the pond dried up and the ducks went to the river insted.")


def test_an_unrelated_text_for_a_passage_to_correct_is_no_answer():
    # It names the instruction's words ("spelling", "paragraph"), never the passage's.
    output = ("Spelling checkers were first sold for office computers in the late seventies. Each paragraph of a "
              "report was compared with a dictionary, and unknown words were marked for the typist to look at.")
    verdict = judge(TO_CORRECT, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.passage_hits" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_a_page_of_unrelated_text_for_a_passage_to_correct_slides_off_topic():
    # ... and a page of it drifts: off the topic the passage sets, though it names the instruction's words.
    output = ("Spelling checkers were first sold for office computers in the late seventies. Each paragraph of a "
              "report was compared with a dictionary, and unknown words were marked for the typist to look at. "
              "Early programs knew only a few thousand words, so names and technical terms were flagged all the "
              "time, and typists learned to ignore most of the marks. Later versions let each office add its own "
              "list of words, and by the late eighties the checker came with the word processor itself. Grammar "
              "checkers followed, first as separate programs and then as part of the same package, and they "
              "were slower and far less trusted than the spelling checkers that came before them.")
    verdict = judge(TO_CORRECT, output)
    assert verdict.drifts, verdict.explain()
    assert "topic.off_the_passage" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_a_short_reply_naming_none_of_the_passage_does_not_slide_off_topic():
    verdict = judge(TO_CORRECT, "The paragraph has no spelling mistakes.")
    assert not verdict.drifts, verdict.explain()


def test_a_reworded_paragraph_naming_none_of_the_passage_is_shorter_than_the_page_off_the_passage_needs():
    # A rework of a few sentences may say all of them in other words; only a page (a hundred words) that never names
    # the passage is off it.
    output = ("In our yard stand a pair of fruit-bearing plants beside a little lake, where waterfowl paddle at "
              "dawn; when it ran dry a year ago, they flew off towards a stream.")
    found = off_the_passage(Reading(TO_CORRECT, output, Thresholds()), Thresholds())
    assert found.value == 1.0 and not found.holds, found


@pytest.mark.parametrize("output", [
    pytest.param("Our garden has two apple trees and a small pond where the ducks swim every morning. Last summer "
                 "the pond dried up and the ducks went to the river instead.", id="the passage corrected"),
    pytest.param("Here is the corrected paragraph: the garden has two apple trees and a small pond, where ducks "
                 "swim each morning; last summer it dried up, so they went to the river.", id="with a lead-in"),
])
def test_the_passage_reworked_answers(output):
    verdict = judge(TO_CORRECT, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A quotation said again with the case of its letters changed is work on it (title case, capitals); said
# again as written, it is still no answer.

TITLE = chatml('Convert this title to title case: "the lord of the rings"')


@pytest.mark.parametrize("output", ["The Lord of the Rings", "THE LORD OF THE RINGS"])
def test_a_quotation_said_again_in_other_case_answers(output):
    verdict = judge(TITLE, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_quotation_said_again_as_written_is_still_no_answer():
    verdict = judge(TITLE, "the lord of the rings")
    assert not verdict.answers, verdict.explain()


# --- a question on a context given in fields --------------------------------------------------------------

RIVER = ("Context: The Amazon river carries more water than any other river in the world. It flows through Brazil, "
         "Peru and Colombia.\nQuestion: Which countries does the Amazon flow through?")
RIVER_PROMPTS = {
    "plain fields": f"{RIVER}\nAnswer:",
    "a USER turn": f"USER: {RIVER}\nASSISTANT:",
    "a Human turn": f"### Human: {RIVER}\n### Assistant:",
    "ChatML": chatml(RIVER),
}


@pytest.mark.parametrize("template", list(RIVER_PROMPTS))
def test_an_answer_taken_from_the_contexts_words_answers(template):
    verdict = judge(RIVER_PROMPTS[template], "The Amazon flows through Brazil, Peru and Colombia.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("template", ["plain fields", "a USER turn"])
def test_the_context_said_back_whole_is_still_an_echo(template):
    output = ("The Amazon river carries more water than any other river in the world. It flows through Brazil, "
              "Peru and Colombia.")
    verdict = judge(RIVER_PROMPTS[template], output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_answer_then_a_new_context_and_question_answers_and_drifts():
    output = (" Brazil, Peru and Colombia.\n\nContext: The Nile is the longest river in Africa. It flows through "
              "eleven countries.\nQuestion: How long is the Nile?\nAnswer: About 6,650 km.")
    verdict = judge(RIVER_PROMPTS["plain fields"], output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_the_question_said_back_in_a_reading_task_is_still_an_echo():
    # The question and the instruction said back: words of the prompt, none that the context gives beyond the question.
    prompt = ("Answer the question using the context.\nContext: The Eiffel Tower is a wrought-iron lattice tower in "
              "Paris. It was designed by Gustave Eiffel's company and completed in 1889 for the World's Fair. At 330 "
              "metres, it was the tallest structure in the world until 1930.\nQuestion: When was the Eiffel Tower "
              "completed?")
    verdict = judge(prompt, "When was the Eiffel Tower completed? Answer the question using the context.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# A passage written in the first person keeps its writer's "my" in a summary or a rewrite of it: that is the
# passage's voice, not the asker speaking instead of replying (an OPT fine-tune's TL;DRs of Reddit posts).
POST = ("SUBREDDIT: r/relationships\nTITLE: My girlfriend is envious of my past relationships\n\nPOST: Me and my "
        "girlfriend have been together for seven months. She is envious of my past girlfriends, my last ex in "
        "particular, and I don't know how to talk her out of it.\nTL;DR:")


@pytest.mark.parametrize("prompt, output", [
    (POST, " My girlfriend is envious of my past relationships and I'd like to help her see it differently."),
    ("POST: I have been dating my girlfriend for a year and she keeps asking about my exes and my old messages.\n"
     "TL;DR:", " My girlfriend gets upset about my exes and I don't know how to reassure her."),
    ("Rewrite this more formally: I lost my keys and my wallet at the station.",
     "I misplaced my keys and my wallet at the station."),
    ("Summarize the text below.\n\nI lost my keys and my wallet at the station yesterday, and my phone too. My boss "
     "was angry.", "I lost my keys, my wallet and my phone at the station, and my boss was angry."),
    ("Expand the given sentence and give it more details and depth.\n\nMy trip to Lisbon changed my life.",
     "My trip to Lisbon changed my life in many ways. Walking its steep streets alone, I learned to trust my own "
     "judgement, and the friends I made there still shape my plans."),
])
def test_a_summary_or_a_rewrite_of_a_first_person_passage_keeps_its_voice(prompt, output):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_askers_own_words_said_back_in_their_voice_still_speak_as_the_asker():
    verdict = judge("How do I stop my dog barking at night? My dog is two.",
                    "My dog barks at night too. My dog is three and I don't know how to stop my dog either.")
    assert "prompt.asker_voice" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


# A "TL;DR:" field asks for the one line that sums up the post: the output's first line is it, whatever follows (a
# pretrained OPT-1.3B: the summary line, then a commenter's line said again to the token limit).
def test_a_summary_line_after_tldr_answers_whatever_follows():
    output = (" My girlfriend is jealous of the women I dated before her.\n\n" + "I think you're being reasonable.\n" * 10
              + "I think")
    verdict = judge(POST, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_first_line_after_tldr_naming_nothing_of_the_post_is_no_summary():
    output = " Thanks for reading, everyone.\n\n" + "I think you're being reasonable.\n" * 10 + "I think"
    verdict = judge(POST, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_summary_line_of_a_post_that_asks_is_a_question_in_the_posts_voice():
    prompt = ("POST: My girlfriend and I used to talk about everything, but lately we barely share anything. Is this "
              "normal after two years?\nTL;DR:")
    verdict = judge(prompt, " Girlfriend and I talk less and less, is it normal after two years?")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_questions_after_the_summary_line_still_ask():
    prompt = "POST: My girlfriend and I barely talk any more. Is this normal after two years?\nTL;DR:"
    output = (" Is it normal to talk less after two years?\nIs it normal that my girlfriend talks less?\nShould my "
              "girlfriend and I talk more?\nIs talking less normal for couples after two years?")
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


def test_a_question_after_tldr_for_a_post_that_asks_nothing_is_no_summary():
    prompt = "POST: We moved to Lisbon last spring and found a flat near the river after three months.\nTL;DR:"
    verdict = judge(prompt, " What should I do about my flat now?")
    assert not verdict.answers, verdict.explain()


# A passage may be laid out right under the instruction's one line, as a table or a list, with no blank line between:
# what is extracted from it is work on it, no echo of the prompt.
@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param("以下の表から、すべての科目名を抽出してください。\n| 科目名｜講師名｜教室名\n| 線形代数｜佐藤教授｜301号室\n"
                 "| 日本史｜鈴木教授｜ホールB", "以下の科目を抽出しました。\n\n* 線形代数\n* 日本史", id="japanese-table"),
    # (Pieces are three words long at least: in Japanese, names of three characters or more.)
    pytest.param("以下の映画タイトルのリストから、タイトルに含まれる都市名をすべて書き出しなさい。\n・ロサンゼルスの休日\n"
                 "・シンガポールの空\n・海の物語", "以下の都市名が映画タイトルに含まれています。\n\n* ロサンゼルス\n* シンガポール",
                 id="japanese-list"),
    pytest.param("Extract every city named in these titles.\n- Midnight in Paris\n- Lost in Tokyo\n- The Sea Story",
                 "The cities named in the titles are:\n- Paris\n- Tokyo", id="english-list"),
])
def test_what_is_extracted_from_a_table_or_list_under_the_instruction_answers(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_table_under_the_instruction_said_back_is_still_an_echo():
    prompt = ("以下の表から、すべての科目名を抽出してください。\n| 科目名｜講師名｜教室名\n| 線形代数｜佐藤教授｜301号室\n"
              "| 日本史｜鈴木教授｜ホールB")
    verdict = judge(prompt, "| 科目名｜講師名｜教室名\n| 線形代数｜佐藤教授｜301号室\n| 日本史｜鈴木教授｜ホールB")
    assert not verdict.answers and verdict.drifts, verdict.explain()


# A conversation to summarise, its speakers labelled as DialogSum labels them ("#Person1#:").
DIALOGSUM = ("\nSummarize the following conversation.\n\n#Person1#: Hi, what are we having for dinner tonight?\n"
             "#Person2#: Mum and Dad are going out, so we could order a pizza.\n#Person1#: Great, I'll call the pizza "
             "place now.\n\nSummary: ")


def test_a_speakers_line_written_with_its_closing_hash_left_out_is_the_conversation_going_on():
    verdict = judge(DIALOGSUM, "#Person1: Hi, can you tell me what's for dinner tonight?")
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.format" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_a_summary_of_the_conversation_answers_without_drift():
    verdict = judge(DIALOGSUM, "#Person2# suggests ordering a pizza for dinner because their parents are going out, "
                               "and #Person1# agrees to call the pizza place.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


ABSTRACT = ("The NK-deficient mouse was made by weekly injections of an antibody from birth through adulthood. Spleen "
            "cells from these mice have fewer killer cells. Their killing activity was low and was not raised by "
            "interferon. This mouse model is valuable to study how killer cells develop.")
YES_NO_ON_THE_ABSTRACT = f"Abstract: {ABSTRACT}\nQuestion: Does the abstract contain any numerical data?\nAnswer:"


def test_a_yes_no_question_on_a_passage_answered_by_its_first_sentences_copied_is_an_echo():
    output = ("The NK-deficient mouse was made by weekly injections of an antibody from birth through adulthood. "
              "Spleen cells from these mice have fewer killer cells. Their killing activity")
    verdict = judge(YES_NO_ON_THE_ABSTRACT, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_a_yes_no_question_on_a_passage_answered_by_a_sentence_naming_what_it_asks_answers():
    output = "No, the abstract contains no numerical data: it speaks of weekly injections but gives no counts."
    verdict = judge(YES_NO_ON_THE_ABSTRACT, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
    lifted = judge(f"Context: {ABSTRACT}\nQuestion: Was the killing activity of the mice raised by interferon?",
                   "Their killing activity was low and was not raised by interferon.")
    assert (lifted.answers, lifted.drifts) == (True, False), lifted.explain()
    said_so = judge("Is it true that the Nile is the longest river in the world?",
                    "The Nile is the longest river in the world.")
    assert (said_so.answers, said_so.drifts) == (True, False), said_so.explain()


CRASH = ("A small airplane crashed yesterday in southeast Alaska, killing five people and injuring four others on "
         "board. Alaska State Troopers said that among the survivors is a two-year-old girl from Ketchikan. The plane "
         "crashed into a tree at Traitors Cove. Rescue crews reached the site by boat within an hour. The plane "
         "belonged to a local air taxi company that flies tourists between the islands in summer. Investigators from "
         "the national safety board are expected to arrive tomorrow to examine the wreckage and interview the "
         "survivors. The weather at the time was reported as foggy with light winds.")
CAN_WE_INFER = (f"Read the news report and answer the question.\n\nReport: {CRASH}\nOPTIONS:\n- yes\n- no\n"
                "Question: Can we infer the following?\n25 people died in an airplane crash.")


def test_the_passage_said_back_after_a_lead_in_naming_it_is_no_answer_and_an_echo():
    output = ("The context information is that a small airplane crashed yesterday in southeast Alaska, killing five "
              "people and injuring four others on board. Alaska State Troopers said that among the survivors is a "
              "two-year-old girl from Ketchikan. Rescue crews reached the site by boat within an hour.")
    verdict = judge(CAN_WE_INFER, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("No. The passage says a small airplane crashed yesterday in southeast Alaska, killing five, not 25.",
                 id="a-no-then-the-passage"),
    pytest.param("No, five people died; 25 miles is the distance from Ketchikan.", id="a-no-and-why"),
    pytest.param("No, a small airplane crashed yesterday in southeast Alaska, killing five people and injuring four "
                 "others on board. Alaska State Troopers said that among the survivors is a two-year-old girl.",
                 id="a-no-leading-the-passage"),
    pytest.param("According to the passage, a small airplane crashed yesterday in southeast Alaska, killing five "
                 "people and injuring four others on board. So no.", id="a-sentence-of-it-cited"),
])
def test_a_yes_or_no_before_the_passage_said_back_answers(output):
    verdict = judge(CAN_WE_INFER, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# Names taken out of a list laid out under the instruction, one from each of several items and each less than its item,
# are an extraction: work on the list, however much of it short items make them (the city names of three film titles
# are most of the titles' characters). The list said back whole is still an echo.
FILM_TITLES = ("以下の映画タイトルのリストが与えられたとき、タイトルに含まれる都市名をすべて書き出しなさい。\n"
               "・サンフランシスコの朝\n・アムステルダムへ\n・ブエノスアイレスの夜")
HEADLINES = "List the full names in these headlines.\n- Anna Maria Lopez wins\n- John Paul Smith resigns\n- Mary Ann Jones tours"


@pytest.mark.parametrize("prompt, output", [
    pytest.param(FILM_TITLES, "サンフランシスコ、アムステルダム、ブエノスアイレス", id="japanese-cities-from-film-titles"),
    pytest.param(FILM_TITLES, "1. サンフランシスコ\n2. アムステルダム\n3. ブエノスアイレス", id="japanese-as-a-numbered-list"),
    pytest.param(HEADLINES, "Anna Maria Lopez, John Paul Smith, Mary Ann Jones", id="english-names-from-headlines"),
])
def test_parts_taken_out_of_a_lists_items_are_an_extraction(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_list_said_back_whole_is_still_an_echo():
    verdict = judge(FILM_TITLES, "・サンフランシスコの朝\n・アムステルダムへ\n・ブエノスアイレスの夜")
    assert not verdict.answers and verdict.drifts, verdict.explain()


TRANSLATE_LIST = ("Translate the following sentences into French:\n1. The weather is nice today.\n"
                  "2. I would like a cup of coffee.\n3. Where is the train station?")


@pytest.mark.parametrize("output", [
    pytest.param("The weather is nice today.\nI would like a cup of coffee.\nWhere is the train station?",
                 id="without-its-numbers"),
    pytest.param("- The weather is nice today.\n- I would like a cup of coffee.\n- Where is the train station?",
                 id="with-bullets-for-numbers"),
])
def test_a_numbered_list_said_back_without_its_numbers_is_still_an_echo(output):
    verdict = judge(TRANSLATE_LIST, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
