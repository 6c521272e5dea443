"""A new input written where the answer should be: asked a question over documents, a model tuned on records of
"Information: ... Question: ... Answer: ..." opens its output with an "Information:" field of its own and a passage
under it (after Kanana-1.5-8B's tourist-guide LoRA). The next record's input is no reply, and it drifts. An empty
input field before the answer's field, or a field the request names, stays a reply. Constructed for these tests, not
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

RAG = ("You are a city guide. Answer the question from the documents.\n\n[Document 1: Hotels]\n- Hotel Lumen: 41 "
       "rooms (12 Station Road)\n- The Wall Hotel: 40 rooms (3 Market Street)\n\nQuestion: Which hotel has more rooms, "
       "Hotel Lumen or The Wall Hotel?\n\nAnswer:")


@pytest.mark.parametrize("output", [
    "\n\nInformation:\nThe city is known for its lakes and mountains, and visitors enjoy its many hotels and cafes "
    "all year round.\n\nQuestion: Where can I rent a bike?\nAnswer: At the station.",
    " Context: The city has two large hotels near the station and a third one by the lake, all open in winter.",
])
def test_an_input_field_of_its_own_opening_the_output_is_no_answer_and_drifts(output):
    verdict = judge(RAG, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("value", ["", "N/A"])
def test_an_empty_input_field_before_the_answer_is_no_new_input(value):
    verdict = judge("What is dollar-cost averaging?\n\n### Response:\n",
                    f"Input: {value}\nOutput: Dollar-cost averaging is investing a fixed amount at regular intervals.")
    assert verdict.scores["template.new_input"] == 0, verdict.explain()


def test_a_field_the_request_names_is_what_it_asks_for():
    verdict = judge("Give me some information about the Eiffel Tower.",
                    "Information: The Eiffel Tower is a wrought-iron tower in Paris, finished in 1889.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_answer_itself_is_a_reply():
    verdict = judge(RAG, " Hotel Lumen has more rooms: 41 against The Wall Hotel's 40.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    ("Write a reading comprehension exercise about volcanoes for 5th graders.",
     "Text: Volcanoes are openings in the Earth's crust where melted rock escapes. When it reaches the surface it is "
     "called lava.\n\nQuestions:\n1. What is magma called when it reaches the surface?"),
    ("Write an email to my landlord about the broken heater.",
     "Context: Tenant in apartment 4B writing about a heater that stopped working.\n\nSubject: Broken heater\n\n"
     "Dear Mr. Lopez,\n\nThe heater in my apartment stopped working on Monday. Could you arrange a repair?"),
])
def test_a_field_heading_a_piece_asked_for_where_no_field_is_open_is_no_new_input(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.scores["template.new_input"] == 0, verdict.explain()
