"""The judges on the real outputs the course printed in August 2023 (Llama-2-7b base, Llama-2-7b-chat,
ChatGPT), as the package ships them for the report (why_finetune/report/data).

What the course shows, as verdicts:
* every base output drifts and does not answer;
* every chat (and ChatGPT) output answers, and on a plain question does not drift;
* the dialogue (Agent/Customer, missing blanket): the base output writes both sides, so it drifts,
  and its agent turn only recycles the agent's earlier lines, so it does not answer; the chat output
  answers in the agent's role and then writes both sides too, so it answers *and* drifts;
* on every query and form with both outputs, the chat output answers better than the base output.

The thresholds were not fitted to these texts: the last tests check that each verdict holds with
a margin, so a refreshed output that loops a little less still gets the same verdict.
"""

from __future__ import annotations

import json

import pytest

from why_finetune.judges import Thresholds, compare_pair, judge
from why_finetune.report.sources.published import PUBLISHED_FILE as REFERENCE

RECORDS = json.loads(REFERENCE.read_text(encoding="utf-8"))["records"]
BASE = "meta-llama/Llama-2-7b-hf"
DEFAULTS = Thresholds()


def is_dialogue(record: dict) -> bool:
    return record["prompt"].rstrip().endswith("Agent:")


def case_id(record: dict) -> str:
    prompt = record["prompt"].replace("[INST]", "inst:").replace("[/INST]", "")
    return f"{record['model'].split('/')[-1]}|{prompt.splitlines()[0][:30]}"


base_records = [r for r in RECORDS if r["model"] == BASE]
chat_records = [r for r in RECORDS if r["model"] != BASE]
plain_chat_records = [r for r in chat_records if not is_dialogue(r)]


def test_the_reference_holds_the_eleven_course_outputs():
    assert len(RECORDS) == 11
    assert len(base_records) == 5 and len(chat_records) == 6


@pytest.mark.parametrize("record", base_records, ids=case_id)
def test_every_base_output_drifts(record):
    verdict = judge(record["prompt"], record["output"])
    assert verdict.drifts, verdict.explain()


@pytest.mark.parametrize("record", base_records, ids=case_id)
def test_every_base_output_does_not_answer(record):
    verdict = judge(record["prompt"], record["output"])
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("record", chat_records, ids=case_id)
def test_every_chat_output_answers(record):
    verdict = judge(record["prompt"], record["output"])
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("record", plain_chat_records, ids=case_id)
def test_chat_outputs_on_plain_questions_do_not_drift(record):
    verdict = judge(record["prompt"], record["output"])
    assert not verdict.drifts, verdict.explain()


def _one(model: str, prompt_start: str) -> dict:
    (record,) = [r for r in RECORDS if r["model"] == model and r["prompt"].startswith(prompt_start)]
    return record


def test_llama_chat_on_the_raw_dog_request_finishes_the_sentence_then_answers():
    record = _one("meta-llama/Llama-2-7b-chat-hf", "Tell me how")
    assert record["output"].startswith("on command.")
    verdict = judge(record["prompt"], record["output"])
    assert verdict.scores["prompt.continuation"] == 2  # "on command."
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_base_dialogue_drifts_by_writing_the_customers_lines():
    record = _one(BASE, "Agent:")
    verdict = judge(record["prompt"], record["output"])
    measures = {e.measure for e in verdict.evidence if e.property == "drifts"}
    assert verdict.drifts and "turns.other_speaker" in measures, verdict.explain()


def test_base_dialogue_does_not_answer_because_its_agent_turn_recycles_earlier_lines():
    # "I'm sorry to hear that but I'm here to help." is "I'm sorry to hear that" + "I'm here to help"
    record = _one(BASE, "Agent:")
    verdict = judge(record["prompt"], record["output"])
    assert not verdict.answers
    echo = next(e for e in verdict.evidence if e.measure == "reply.echo")
    assert echo.value >= 0.8 and "I'm sorry to hear that but I'm here to help." in echo.span


def test_chat_dialogue_answers_in_the_agent_role_and_drifts_by_writing_both_sides():
    record = _one("meta-llama/Llama-2-7b-chat-hf", "Agent:")
    verdict = judge(record["prompt"], record["output"])
    assert verdict.answers and verdict.drifts, verdict.explain()
    reply = next(e for e in verdict.evidence if e.property == "answers")
    assert reply.span.startswith("I see. Can you please provide me with your order number")
    assert "Agent role" in reply.message
    assert [e.measure for e in verdict.evidence if e.property == "drifts"] == ["turns.other_speaker"]


def _pairs():
    by_prompt: dict[str, dict[str, dict]] = {}
    for record in RECORDS:
        by_prompt.setdefault(record["prompt"], {})[record["model"]] = record
    for models in by_prompt.values():
        base = models.get(BASE)
        for model, chat in models.items():
            if model != BASE and base is not None:
                yield pytest.param(base, chat, id=f"{model.split('/')[-1]}|{case_id(chat).split('|')[1]}")


@pytest.mark.parametrize("base, chat", list(_pairs()))
def test_chat_answers_better_than_base_on_every_query_and_form(base, chat):
    pair = compare_pair(base["prompt"], base["output"], chat["prompt"], chat["output"])
    assert pair.chat_better, pair.message
    assert f"{pair.chat_score:.2f}" in pair.message and f"{pair.base_score:.2f}" in pair.message


def test_every_query_and_form_with_a_chat_output_has_a_base_output_to_compare():
    # raw dog, templated dog, Mars, Taylor Swift, dialogue; ChatGPT shares the raw dog prompt
    assert len(list(_pairs())) == 6


# --- margins: the verdicts do not sit on a threshold ------------------------------------------------


@pytest.mark.parametrize("record", base_records, ids=case_id)
def test_base_verdicts_survive_thresholds_half_again_as_strict(record):
    """Base outputs still drift when every drift threshold is 1.5x harder to reach."""
    stricter = Thresholds.from_mapping(
        {
            "loop_unit_repeat": DEFAULTS.loop_unit_repeat * 1.5,
            "loop_ngram_repeat": DEFAULTS.loop_ngram_repeat * 1.5,
            "loop_tail_lines": round(DEFAULTS.loop_tail_lines * 1.5),
            "restated": round(DEFAULTS.restated * 1.5),
            "prompt_echo": min(1.0, DEFAULTS.prompt_echo * 1.5),
            "other_turns": DEFAULTS.other_turns * 2,
        }
    )
    verdict = judge(record["prompt"], record["output"], stricter)
    assert verdict.drifts and not verdict.answers, verdict.explain()


@pytest.mark.parametrize("record", plain_chat_records, ids=case_id)
def test_chat_verdicts_survive_thresholds_twice_as_lenient(record):
    """Chat outputs still do not drift when every loop/echo threshold is halved."""
    laxer = Thresholds.from_mapping(
        {
            "loop_unit_repeat": DEFAULTS.loop_unit_repeat / 2,
            "loop_ngram_repeat": DEFAULTS.loop_ngram_repeat / 2,
            "loop_tail_lines": max(2, DEFAULTS.loop_tail_lines // 2),
            "prompt_echo": DEFAULTS.prompt_echo / 2,
            "echo_max": DEFAULTS.echo_max / 2,
        }
    )
    verdict = judge(record["prompt"], record["output"], laxer)
    assert verdict.answers and not verdict.drifts, verdict.explain()
