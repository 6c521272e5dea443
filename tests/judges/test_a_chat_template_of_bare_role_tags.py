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


# A template whose tags carry the speakers' names ("<user>求助者：", "<AI>支持者：", a counselling tune's) and opens on
# a system turn: the tags are the turns, the names their speakers; the question is the user's words. Constructed
# after real outputs (a counselling LoRA of a 4B chat model and the model before it, both replying in one turn).
NAMED = ("<system>你是一位专业的心理咨询师，请只生成一轮回复，不要继续对话。\n<user>求助者：我最近总是睡不着，很焦虑。\n"
         "<AI>支持者：")


def test_tags_before_the_speakers_names_are_the_turns():
    assert parse_prompt(NAMED).query == "我最近总是睡不着，很焦虑。"
    assert parse_prompt("<system>You are a support agent.\n<user>Customer: My parcel is late.\n<AI>Agent:").query == (
        "My parcel is late.")


def test_a_word_and_a_colon_after_a_tag_are_the_turns_own_where_the_model_has_no_name():
    assert parse_prompt("<user>Rewrite: the cat sat on the mat, formally. <assistant>").query == (
        "Rewrite: the cat sat on the mat, formally.")


def test_a_reply_to_the_named_speaker_answers_without_drift():
    verdict = judge(NAMED, "听起来你最近压力很大，睡不着一定很难受。能和我说说是什么让你感到焦虑吗？")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_users_named_turn_written_by_the_model_is_another_speakers():
    verdict = judge(NAMED, "听起来你最近压力很大，试着睡前放松一下。\n<user>求助者：我试过了，还是睡不着。\n<AI>支持者：那我们再想想别的办法。")
    assert verdict.drifts, verdict.explain()


def test_an_ai_label_opening_a_line_is_the_models_turn():
    prompt = ("The following is a friendly conversation between a human and an AI.\n\nCurrent conversation:\n\n"
              "Human: What is the capital of France?\nAI:")
    assert parse_prompt(prompt).query == "What is the capital of France?"
    assert parse_prompt("User: Explain the difference between ML and AI:").query.endswith("ML and AI:")
