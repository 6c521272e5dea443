"""Base models that go on with the prompt's own genre, on constructed outputs written for these tests
(not copied from any labelled corpus).

* more questions of the same kind: a raw question answered, then new questions of the asker's kind,
  each on a line of its own (a reader's next questions on a Q&A page): it answers, and it drifts.
  A list of questions the asker asked for (numbered or bulleted) and a single question closing a
  reply ("Want a recipe too?") are no drift;
* numbers that are not the result: a question made of numbers answered with a sum of other numbers
  ("4 + 5 = 9" for the sum of 6 and 5), or with a string of the question's numbers and others that
  states no result, gives no result; the question's own sum worked out, or a bare number, does.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

# --- more questions of the same kind, after an answer ----------------------------------------------------

TIDES = "Why does the sea have two high tides a day?"
TIDES_ANSWER = (
    "The Moon pulls the water nearest to it into a bulge, and a second bulge forms on the far side of the "
    "Earth, where the water lags behind. As the Earth turns, each coast passes through both bulges every "
    "day, so it sees two high tides roughly twelve and a half hours apart."
)


def test_an_answer_followed_by_new_questions_each_on_its_own_line_answers_and_drifts():
    output = (TIDES_ANSWER + "\nWhy is the sea salty?\nHow deep is the deepest trench?\n"
              "Could a tide ever stop?")
    verdict = judge(TIDES, output)
    assert verdict.answers, verdict.explain()
    assert verdict.drifts, verdict.explain()
    assert "more questions of the prompt's kind" in verdict.explain()


def test_an_answer_then_a_new_askers_question_answered_and_another_asked_drifts():
    output = (TIDES_ANSWER + "\nI live by the coast and wonder about this too. Do tides change with the seasons?\n"
              "They do a little: the biggest come near the equinoxes.\nWhat makes a spring tide?\n")
    verdict = judge(TIDES, output)
    assert verdict.answers, verdict.explain()
    assert verdict.drifts, verdict.explain()


def test_a_reply_that_closes_with_one_question_to_the_asker_does_not_drift():
    verdict = judge(TIDES, TIDES_ANSWER + "\nWould you like to know how tide tables are computed?")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_numbered_list_of_questions_the_asker_asked_for_does_not_drift():
    prompt = "What should I ask the landlord before I sign a lease?"
    output = ("A few questions worth asking before you sign:\n"
              "1. Which bills are included in the rent?\n"
              "2. How much notice do I need to give before moving out?\n"
              "3. Who handles repairs, and how quickly?\n"
              "4. Can I paint the walls or hang shelves?")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_that_quotes_a_question_inside_a_sentence_does_not_drift():
    output = (TIDES_ANSWER + "\nPeople often ask why there are not just one. The far bulge is the answer.\n"
              "So the next time you wonder whether the tide is coming in, check the time since the last one.")
    verdict = judge(TIDES, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- numbers that are not the result --------------------------------------------------------------------

SUM = "Question: What is the sum of 6 and 5?\nAnswer:"
DIFFERENCE = "Question: What is 90 - 45?\nAnswer:"


def test_a_sum_of_other_numbers_gives_no_result():
    verdict = judge(SUM, "\n\n4 + 5 = 9 since\n\nmy sum of them came out wrong in the spreadsheet again.\n")
    assert not verdict.answers, verdict.explain()
    assert "not the result" in verdict.explain()


def test_the_questions_numbers_in_calls_of_code_state_no_result():
    verdict = judge(SUM, " I wrote total(6) + total(5) in my script to get the sum but it printed an error.")
    assert not verdict.answers, verdict.explain()


def test_a_string_of_the_questions_numbers_and_others_states_no_result():
    verdict = judge(DIFFERENCE, " The answer to the question is:\n\n90 - 12? - 45? - 30 and so it goes on")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("output", [
    " 6 + 5 = 11, so the sum is eleven.",
    " 11. Adding 6 and 5 gives 11.",
    " 90 - 45 = 45",
])
def test_the_questions_own_sum_worked_out_or_a_bare_number_answers(output):
    prompt = DIFFERENCE if "90" in output else SUM
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()


def test_a_chat_answer_that_starts_after_a_space_on_a_raw_prompt_does_not_drift():
    # Completion endpoints often return a chat model's answer starting with a space; a rule reading "the
    # output begins on the prompt's own line" as the asker writing on would call every such answer drift.
    prompt = "What do you think of Mars?"
    output = (" Mars is a fascinating planet, with red dust, huge volcanoes and two small moons.\n"
              "Its thin air makes it cold, and scientists hope to find signs of water that flowed there long ago.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A request whose verb comes last (Korean) opens with its subject: an answer line that names the subject opens
# the same way and is no further request. A request opening with its own words ("Tell me") still marks one.

def test_an_answer_line_opening_with_the_subject_of_a_korean_request_is_no_further_request():
    prompt = "시간 복잡도를 어떻게 구할 수 있는지 설명해주세요."
    output = ("시간 복잡도는 알고리즘의 실행 시간을 입력 크기의 함수로 나타낸 것입니다.\n\n"
              "시간 복잡도를 구하는 방법은 다음과 같습니다.\n\n1. 반복문이 몇 번 도는지 셉니다.\n"
              "2. 가장 큰 항만 남깁니다.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_then_a_line_opening_as_the_english_request_does_still_drifts():
    output = ("Hold a treat above its nose and move it back until it sits, then reward it.\n\n"
              "Tell me how to train my dog to stay.")
    verdict = judge("Tell me how to train my dog to sit.", output)
    assert verdict.drifts, verdict.explain()


# --- a forum thread's next post -------------------------------------------------------------------------
#
# A base model that answers as a forum post often goes on with the thread: "Comment:" opening a paragraph is
# the next post, by someone else. A comment asked for is the thing requested.


def test_an_answer_then_a_comment_under_it_answers_and_drifts():
    output = TIDES_ANSWER + ("\n\nComment: But the Sun pulls on the sea too, so I think there should be four "
                             "tides a day, not two, at least on some coasts.")
    verdict = judge(TIDES, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "turns.other_speaker" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_an_answer_with_a_lead_in_line_then_a_comment_under_it_still_drifts():
    # "Here is why:" leads in the answer; it is no field of a form, which would make "Comment:" one of them.
    output = "Here is why: " + TIDES_ANSWER + ("\n\nComment: But the Sun pulls on the sea too, so I think there "
                                               "should be four tides a day, not two.")
    verdict = judge(TIDES, output)
    assert verdict.drifts, verdict.explain()


def test_a_comment_among_a_reviews_fields_is_one_of_them():
    verdict = judge("Review this Python function and rate it out of ten.\n\ndef add(a, b):\n    return a + b",
                    "Rating: 9/10\nComment: Clean and simple; add a docstring and type hints to the function.")
    assert not verdict.drifts, verdict.explain()


def test_a_comment_asked_for_under_its_label_answers_without_drift():
    verdict = judge("Write a short comment on this blog post about baking bread at home.",
                    "Comment: Great post about baking bread! I tried your recipe at home and it worked.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_an_answer_then_a_bare_q_line_of_a_q_and_a_page_drifts():
    output = " Thirteen is the sum, as anyone who counts on their fingers can see.\nQ.\nA.\nYou do not believe"
    verdict = judge("Question: What is the sum of 4 and 9?\nAnswer:", output)
    assert verdict.drifts, verdict.explain()
    assert "turns.other_speaker" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


def test_a_q_inside_a_line_is_no_label():
    verdict = judge("Who wrote the report?", "The report was written by Anna Q. Smith, the team's lead engineer, in May.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A worked answer restates the problem's data word for word ("Step 1: ... Tom has 5 bags with 6 marbles each."), then
# works on it: no new problem of the prompt's genre. The problem's opening with nothing after it, or its question
# said again, still is one.
MARBLES = "Tom has 5 bags with 6 marbles each, and gives away 4 marbles. How many marbles does Tom have left?\nAnswer:"


def test_a_premise_restated_in_a_worked_answer_is_no_new_problem():
    verdict = judge(MARBLES, " Let's work it out step by step.\n\nStep 1: Find how many marbles Tom starts with.\nTom "
                             "has 5 bags with 6 marbles each. So he has 5 * 6 = 30 marbles.\n\nStep 2: Subtract the "
                             "marbles he gives away: 30 - 4 = 26.\n\nSo, Tom has 26 marbles left.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_premise_restated_in_other_words_with_a_result_drawn_from_it_is_no_new_problem():
    verdict = judge(MARBLES, " Tom has 5 bags of 6 marbles, so he has 5 * 6 = 30 marbles.\nTom has 30 marbles and gives "
                             "away 4, so he has 30 - 4 = 26 marbles left.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_premise_drawn_on_then_a_question_is_a_new_problem():
    verdict = judge(MARBLES, " 26.\nTom has 5 bags with 6 marbles each, so he buys 3 more bags. How many marbles does he "
                             "have now?")
    assert verdict.drifts, verdict.explain()


def test_a_new_problem_with_a_so_that_in_it_is_still_one():
    verdict = judge(MARBLES, " 26.\nTom has 5 bags with 6 pens each, so that every pupil in his class gets one.")
    assert verdict.drifts, verdict.explain()


@pytest.mark.parametrize("after", [
    pytest.param("\nTom has 5 bags with 6 marbles each, and gives away 4 marbles.", id="the-opening-with-nothing-after"),
    pytest.param("\nHow many marbles does Tom have left?\nAnswer: 26", id="the-question-again"),
])
def test_the_problem_begun_again_after_the_answer_still_drifts(after):
    verdict = judge(MARBLES, " 26." + after)
    assert verdict.drifts, verdict.explain()


# A premise said again and again in place of a result ("Tom has 5 bags with 6 marbles each." looped) gives no number
# of its own: no direct answer. A short result that is one of the problem's numbers still is one.
ORCHARD = ("An orchard has twice as many apple trees as pear trees, and 4 times as many pear trees as plum trees. How "
           "many trees are there if there are 20 plum trees?\nAnswer:")


def test_a_premise_said_again_in_a_loop_is_no_answer():
    premise = " The orchard has 2 times as many apple trees as pear trees. It has 4 times as many pear trees as plum trees."
    verdict = judge(ORCHARD, premise * 12)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_short_result_then_a_loop_still_answers():
    verdict = judge(ORCHARD, " 260 trees." + " There are 20 plum trees and 80 pear trees in the orchard." * 12)
    assert verdict.answers and verdict.drifts, verdict.explain()


# A bare question continued as a Q&A page's question: its body in the asker's words, ending on a question, then the
# answer's label alone on its line ("A:"). The text before the label is the page's question, not a reply.
@pytest.mark.parametrize("output", [
    pytest.param("\n\nI wrote a small program whose main loop never ends, and nothing in it calls exit.\nHow do I "
                 "terminate the program cleanly?\n\nA:", id="the-question-body-then-a-bare-answer-label"),
    pytest.param("\n\nWhat is the cleanest way to stop a C program? And is it the same on Windows?\n\nA:\n\nThe "
                 "following answers cover", id="the-question-restated-then-the-answer-begun"),
])
def test_a_question_then_an_answer_label_is_the_pages_question_not_a_reply(output):
    verdict = judge("How do I terminate a C program?", output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_an_answer_then_a_new_question_and_its_label_still_answers():
    output = (" Return from main to terminate the program. I would close any open files first.\nWhat does exit code 1 "
              "mean?\n\nA:\nIt signals an error.")
    verdict = judge("How do I terminate a C program?", output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_reply_then_an_answer_label_still_answers():
    output = " Call exit(0) from main, or return from main; both end the program cleanly.\n\nA:"
    verdict = judge("How do I terminate a C program?", output)
    assert verdict.answers, verdict.explain()


# --- the asker's turn under the prompt's own heading, its colon left out -----------------------------------

HUMAN_TEMPLATE = "\n### Human:\nRecommend a quick soup for a cold evening.\n\n### Assistant\n"


def test_the_askers_heading_without_its_colon_starts_the_askers_turn():
    output = ("A leek and potato soup takes twenty minutes: soften the leeks in butter, add diced potato and stock, "
              "simmer and blend.\n\n### Human\nThat sounds good, thank you.")
    verdict = judge(HUMAN_TEMPLATE, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "turns.other_speaker" in [e.measure for e in verdict.evidence], verdict.explain()


def test_a_heading_the_prompt_does_not_use_is_no_turn():
    output = ("A leek and potato soup takes twenty minutes.\n\n### Method\nSoften the leeks in butter, add diced "
              "potato and stock, simmer and blend.")
    verdict = judge(HUMAN_TEMPLATE, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    ("### Human: Write a short markdown document comparing a human worker and an AI assistant, one heading each.\n"
     "### Assistant:", "## Human\nA human worker brings creativity and judgment.\n\n## Assistant\nAn AI assistant is "
     "fast and available all day."),
    ("### User: Explain user roles in Linux with headings.\n### Assistant:", "Linux has two main kinds of accounts.\n\n"
     "### User\nA regular user has limited permissions.\n\n### Root\nThe root account can change anything."),
])
def test_a_section_heading_on_a_word_the_request_says_is_no_turn(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- the request itself continued with more things asked for ----------------------------------------------
# A raw request finished with more of what it asks for, joined to its last words ("Give me advice about leadership"
# + ", management, and personal development."): the asker's text going on, however short. After Llama-3.2-3B-
# Instruct given raw requests for advice; written for these tests. A phrase that completes the request ("on
# command.") may open a chat model's reply and stays no drift.

@pytest.mark.parametrize(("prompt", "output"), [
    ("Give me advice about patience", " and kindness. I have been trying to be calmer with my kids.\n\nPatience "
                                      "grows with practice: pause before you answer, and breathe."),
    ("Give me tips for saving money", ", budgeting, and investing.\n\nStart by tracking every expense for a month."),
])
def test_a_request_continued_with_more_things_asked_for_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()


def test_a_request_continued_with_more_asked_for_in_spanish_drifts():
    verdict = judge("Dame consejos sobre liderazgo", " y gestión del equipo para un nuevo gerente.\n\nSoy nuevo en el "
                                                      "puesto y quiero hacerlo bien.")
    assert verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("List the primary colors", ", which are red, yellow, and blue."),
    ("Give me a word that rhymes with cat", ", like hat or bat."),
])
def test_a_clause_after_the_comma_that_gives_the_answer_does_not_drift(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.drifts, verdict.explain()


def test_a_request_completed_by_a_short_phrase_then_answered_does_not_drift():
    verdict = judge("Give me tips for saving money", " each month.\n\nSaving money starts with tracking every "
                                                      "expense; then set a budget for food and transport.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# --- a short remark, then more questions of the prompt's kind ----------------------------------------------
# A short line naming none of the question's words gets the benefit of the doubt as a reply, unless more questions
# of the prompt's kind follow it: then it is the asker's remark opening them. A number is no remark. After a base
# LLaMA asked why one procrastinates; written for these tests.

WHY = "In spite of the fact that gambling feels bad to you, why do you do it?"
MORE = "\n\nWhat is it about gambling that makes it so appealing?\n\nDo you know why you gamble?\n\nDo you think you gamble because you are bored?\n\nDo you think you gamble because you are lonely?\n"


def test_a_short_remark_before_more_questions_of_the_prompts_kind_is_no_answer():
    verdict = judge(WHY, "\n\nYou know you should stop, but you go on anyway." + MORE)
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_number_before_more_questions_of_the_prompts_kind_still_answers():
    ask = "Se eu alugar um barco por 3 horas a $20/h, qual é o custo total em {}? Mostre a conta."
    prompt = ask.format("dólares") + "\n\nResposta:"
    more = "".join(f"\n\nE qual é o custo total em {coin} por 3 horas a $20/h?" for coin in ("reais", "euros", "libras"))
    verdict = judge(prompt, "$60" + more)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_short_chat_reply_before_questions_back_to_the_asker_keeps_the_doubt():
    # Questions back about the asker's trip are not the prompt's question asked again of other things.
    verdict = judge("Can you help me plan a trip to Italy?", " Sure, happy to help!\nHow long is your trip to Italy? "
                    "Which cities in Italy do you want to see? What is your budget for the trip?")
    assert verdict.answers, verdict.explain()
