"""A reading test: a short exchange between named speakers, then a question of its own line that names them ("Do Lin
and Lucie have a lot of bread?"). The question is answered; no turn of the exchange is taken, so a bare "No." is a
direct answer to it. A speaker's turn that goes on to a second line asking ("Where is it?") names no speaker: the
exchange is still a transcript to reply to. Constructed after a real output (LLaMA-7B self-aligned, a French reading
test asked in English).
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.dialogue import parse_dialogue

STORY = ("Read the story and answer the question.\n\nLucie is at home with Lin.\nLucie: Oh no! We have no bread!\n"
         "Lin: Are you going to the supermarket?\nLucie: Yes, I want a baguette.\n")


@pytest.mark.parametrize("output", ["No.", "No, they have no bread at home."])
def test_a_question_naming_the_speakers_under_their_exchange_is_answered(output):
    verdict = judge(STORY + "Do Lin and Lucie have a lot of bread?", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_turn_going_on_to_a_question_of_its_own_line_is_still_a_turn_to_reply_to():
    dialogue = parse_dialogue("Agent: How can I help?\nCustomer: I didn't get my blanket.\nAgent: When did you order "
                              "it?\nCustomer: Last week.\nWhere is it?")
    assert dialogue is not None and dialogue.role_label == "Agent"
