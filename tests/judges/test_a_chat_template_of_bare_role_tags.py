"""A chat template of bare role tags, "<user> {question} <assistant>", as small chat models trained on a custom format
use. Read as the role labels it stands for: the question under the user's tag is the question, and a "<user>" the
output writes opens the user's turn, which the model wrote; its own "<assistant>" after it opens its next turn. A
prompt that closes its tags ("<user>Ana</user>") is markup, not a chat. Constructed by hand after real outputs (a
TinyStories chat model and its arithmetic fine-tune)."""

from __future__ import annotations

from why_finetune.judges import judge
from why_finetune.judges.text import parse_prompt

from .probes import drift_measures

PROMPT = "<user> Tom has two apples and finds three more. How many apples does Tom have? <assistant>"


def test_the_question_under_the_users_tag_is_the_question():
    assert parse_prompt(PROMPT).query == "Tom has two apples and finds three more. How many apples does Tom have?"


def test_an_answer_that_stops_answers_without_drift():
    verdict = judge(PROMPT, "Tom has five apples now.")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_users_tag_written_by_the_model_opens_the_users_turn():
    verdict = judge(PROMPT, "tom has five apples. <user>can tom eat them all? <assistant>yes, tom can eat them all")
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "turns.other_speaker" in drift_measures(verdict), verdict.explain()


def test_closed_tags_are_markup_not_a_chat():
    prompt = "Extract the name from this record: <user>Ana Lima</user><role>admin</role> <assistant>"
    assert "<user>Ana Lima</user>" in parse_prompt(prompt).query
