"""Every verdict carries evidence a person can check without opening the code: which measure, its
value, its threshold, and the words that triggered it, said in a sentence."""

from __future__ import annotations

import dataclasses
import json

import pytest

from why_finetune.judges import Evidence, Verdict, judge

from .samples import (
    DIALOGUE,
    DOG,
    LONG_DOG_ANSWER,
    MARS,
    MARS_ANSWER,
    NUMBERED_LIST,
    TAYLOR,
    chatml,
    dialogue_loop,
    inst,
    varied_ends_loop,
    varied_loop,
)

MARS_BASE_LOOP = (
    "I think it's a great planet.\nI think it's a good planet.\nI think we should go there.\n"
    "I think we should go back there.\nI think we should stay there.\nI think we should leave there.\n"
    "I think we should colonize there.\nI think we should terraform there.\nI think we should mine there.\n"
    "I think we should build there.\nI think we should live there.\nI think we will be there.\nI know I'll\n"
)

CASES = [
    pytest.param(MARS, MARS_BASE_LOOP, id="base-loop"),
    pytest.param(MARS, MARS_ANSWER, id="chat-answer"),
    pytest.param(DOG, LONG_DOG_ANSWER, id="long-answer"),
    pytest.param(DOG, NUMBERED_LIST, id="numbered-list"),
    pytest.param(inst(DOG), inst(DOG) + "\n[INST]How to teach my dog to sit[/INST]", id="template-echo"),
    pytest.param(chatml(DOG), "", id="empty"),
    pytest.param(DOG, DOG, id="raw-echo"),
    pytest.param(MARS, varied_loop(11), id="varied-loop"),
    pytest.param(TAYLOR, varied_ends_loop(12), id="varied-ends-loop"),
    pytest.param(DIALOGUE, dialogue_loop(), id="dialogue-loop"),
    pytest.param(DIALOGUE, " Sure, what is your order number?\nCustomer: 42\nAgent: Thanks.", id="dialogue-both-sides"),
    pytest.param(DOG, " when I ask. My dog ignores me and my dog runs off.", id="asker-voice"),
]


@pytest.mark.parametrize("prompt, output", CASES)
def test_each_property_has_evidence(prompt, output):
    verdict = judge(prompt, output)
    assert any(e.property == "answers" for e in verdict.evidence)
    assert any(e.property == "drifts" for e in verdict.evidence)


@pytest.mark.parametrize("prompt, output", CASES)
def test_each_evidence_names_a_measure_with_value_threshold_span_and_a_message(prompt, output):
    for e in judge(prompt, output).evidence:
        assert isinstance(e, Evidence)
        assert e.measure and "." in e.measure
        assert isinstance(e.value, float) and isinstance(e.threshold, float)
        assert isinstance(e.span, str) and e.message
        assert e.property in ("answers", "drifts")


@pytest.mark.parametrize("prompt, output", CASES)
def test_each_message_quotes_the_words_that_triggered_it(prompt, output):
    for e in judge(prompt, output).evidence:
        if e.span:
            assert e.span in e.message, (e.span, e.message)


@pytest.mark.parametrize("prompt, output", CASES)
def test_triggered_drift_evidence_is_at_or_over_its_threshold_and_matches_the_scores(prompt, output):
    verdict = judge(prompt, output)
    for e in verdict.evidence:
        if e.property == "drifts" and verdict.drifts:
            assert e.value >= e.threshold, e.message
            assert verdict.scores[e.measure] == pytest.approx(e.value)


@pytest.mark.parametrize(
    "prompt, output", [(MARS, MARS_ANSWER), (DOG, LONG_DOG_ANSWER), (DOG, NUMBERED_LIST)], ids=["mars", "long", "list"]
)
def test_a_verdict_without_drift_names_the_drift_measure_that_came_closest(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.drifts
    (closest,) = [e for e in verdict.evidence if e.property == "drifts"]
    assert closest.message.startswith("no drift; closest measure:")
    assert closest.value < closest.threshold or closest.message.endswith("its second condition is not met, so this is not drift")
    others = [m for m in ("loop.unit_repeat", "loop.ngram_repeat", "prompt.echo") if m != closest.measure]
    ratio = closest.value / closest.threshold
    assert all(verdict.scores[m] / getattr_threshold(m) <= ratio + 1e-9 for m in others)


def getattr_threshold(measure: str) -> float:
    from why_finetune.judges import Thresholds

    name = {"loop.unit_repeat": "loop_unit_repeat", "loop.ngram_repeat": "loop_ngram_repeat", "prompt.echo": "prompt_echo"}
    return getattr(Thresholds(), name[measure])


def test_a_measure_over_its_threshold_whose_second_condition_fails_says_so():
    # the same sentence twice, one word added: 53% of the words repeat an earlier line, but it is 1 line, not 3
    output = "Taylor Swift's best friend is Selena Gomez. Taylor Swift's best friend is still Selena Gomez."
    verdict = judge(TAYLOR, output)
    assert not verdict.drifts
    (closest,) = [e for e in verdict.evidence if e.property == "drifts"]
    assert closest.measure == "loop.unit_repeat" and closest.value == pytest.approx(verdict.scores["loop.unit_repeat"])
    assert closest.value >= closest.threshold and "(1 lines; threshold 50% and 3 lines)" in closest.message
    assert closest.message.endswith("its second condition is not met, so this is not drift")


def test_a_loop_names_its_line_pattern_and_how_often_it_repeats():
    verdict = judge(MARS, MARS_BASE_LOOP)
    loop = next(e for e in verdict.evidence if e.measure == "loop.unit_repeat")
    assert loop.span == "I think we ... there."
    assert "the line pattern 'I think we ... there.' occurs 10 times" in loop.message
    assert "threshold 50%" in loop.message


def test_a_template_echo_names_the_marker_and_where_it_is():
    verdict = judge(inst(DOG), "Sure.\n[INST]Tell me more[/INST]")
    marker = next(e for e in verdict.evidence if e.measure == "template.markers")
    assert marker.span == "[INST]" and marker.value == 2 and marker.threshold == 1
    assert "first at character 6" in marker.message


def test_another_speakers_turn_is_quoted():
    verdict = judge(DIALOGUE, " Sure, what is your order number?\nCustomer: 42\nAgent: Thanks.")
    turn = next(e for e in verdict.evidence if e.measure == "turns.other_speaker")
    assert turn.span == "Customer: 42" and "other than Agent" in turn.message


def test_a_reply_quotes_its_reply_part_and_says_how_much_of_the_output_it_is():
    verdict = judge(MARS, MARS_ANSWER)
    (reply,) = [e for e in verdict.evidence if e.property == "answers"]
    assert reply.span.startswith("Mars is a cold desert world")
    assert "(100% of the output)" in reply.message and "naming 'mars'" in reply.message.lower()


def test_no_reply_says_why_the_reply_part_is_empty():
    verdict = judge(MARS, MARS_BASE_LOOP)
    (no_reply,) = [e for e in verdict.evidence if e.property == "answers"]
    assert no_reply.measure == "reply.words" and no_reply.value == 0 and no_reply.threshold == 2
    assert "it ends where a loop starts at character 0" in no_reply.message


def test_explain_lists_every_piece_of_evidence_under_its_property():
    verdict = judge(MARS, MARS_BASE_LOOP)
    text = verdict.explain()
    lines = text.splitlines()
    assert lines[0] == "answers: no"
    assert "drifts: yes" in lines
    for e in verdict.evidence:
        assert f"  - {e.message}" in lines
    answers_part, drifts_part = text.split("drifts: yes")
    assert all(e.message in drifts_part for e in verdict.evidence if e.property == "drifts")
    assert all(e.message in answers_part for e in verdict.evidence if e.property == "answers")


def test_to_dict_is_json_ready_and_keeps_all_fields():
    verdict = judge(DIALOGUE, dialogue_loop())
    data = json.loads(json.dumps(verdict.to_dict()))
    assert data["answers"] is False and data["drifts"] is True
    assert all(isinstance(v, float) for v in data["scores"].values())
    assert data["evidence"] and all(
        set(e) == {"measure", "value", "threshold", "span", "message", "property"} for e in data["evidence"]
    )


def test_verdict_and_evidence_are_frozen():
    verdict = judge(MARS, MARS_ANSWER)
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.answers = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.evidence[0].value = 0.0  # type: ignore[misc]
    assert isinstance(verdict, Verdict)


def test_evidence_rejects_an_unknown_property():
    with pytest.raises(ValueError, match="property"):
        Evidence("loop.unit_repeat", 1.0, 0.5, "x", "x", "loops")


def test_the_evidence_of_a_question_made_of_numbers_reads_the_same_in_every_process():
    # The question's words are a set, whose order changes with Python's string hashing from one process to
    # the next: the numbers the evidence lists must not follow it.
    import os
    import subprocess
    import sys

    code = ("from why_finetune.judges import judge\n"
            "v = judge('Question: What is 17 + 5 + 230?\\nAnswer:', 'The students of the school wrote their essays on the history "
            "of the town and its old bridge and the river and the market square today.')\n"
            "print([e.message for e in v.evidence if e.measure == 'topic.numbers'])\n"
            # Numbers of equal value written differently ("7", "07", "007") must not be left in the set's order.
            "v = judge('Question: What is 7 + 07 + 007?\\nAnswer:', 'The students of the school wrote their essays on "
            "the history of the town and its old bridge and the river and the market square today.')\n"
            "print([e.message for e in v.evidence if e.measure == 'topic.numbers'])\n"
            "v = judge('Question: What is 7 + 07 + 007?\\nAnswer:', ' 2 + 9 = 11 is on the board.')\n"
            "print([e.message for e in v.evidence if e.measure == 'reply.number'])")
    seen = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           capture_output=True, text=True, check=True).stdout for seed in range(8)}
    assert len(seen) == 1, seen
    printed = seen.pop()
    assert "5, 17, 230" in printed and printed.count("007, 07, 7") == 2, printed
