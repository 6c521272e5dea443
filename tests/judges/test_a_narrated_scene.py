"""A base model given a chat turn may take it for a line of a story or a news report: its first line closes a
quotation it never opened ('... then we'll do our best."') and what follows reports speech ('"I know," said the
woman'). The scene around the turn is narrated, other people's words written: it drifts (``turns.narrated``).
A reply that quotes someone, or a story asked for, opens its quotations and does not. Constructed after GPT-2 on a
single-line "Human: ... Assistant:" prompt.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


def hh(request: str) -> str:
    return f"Human: {request} Assistant:"


@pytest.mark.parametrize("request_, output", [
    pytest.param("Tell me a joke about my job.",
                 "I'm not saying it will be easy, but if people don't like your work then we'll do our best.\"\n"
                 "\"I know,\" said the woman at the desk, \"but what are they going to say?\"", id="said-the-woman"),
    pytest.param("Write an angry letter to my neighbour.",
                 "Don't send it, but don't be afraid to say what you think.\"\n\"That's the most important thing,\" "
                 "Ms. Burdick added. \"If you're going out with friends, keep it quiet.\"", id="ms-burdick-added"),
])
def test_a_reply_that_closes_an_unopened_quotation_then_reports_speech_drifts(request_, output):
    verdict = judge(hh(request_), output)
    assert "turns.narrated" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("request_, output", [
    pytest.param("Give me a quote about imagination.",
                 "As Einstein put it: \"Imagination is more important than knowledge.\"\n\"Logic will get you from A "
                 "to B,\" he also said, \"imagination will take you everywhere.\"", id="a-quotation-opened"),
    pytest.param("Write a two-line story about a cat.",
                 "\"Where is my fish?\" asked the cat.\n\"In the river,\" said the fox, and ran away.",
                 id="a-story-asked-for"),
    pytest.param("Tell me a joke about my job.",
                 "Why did the manager bring a ladder to work? To reach the next level.\"", id="no-speech-reported"),
])
def test_quotations_opened_or_no_speech_reported_is_no_narrated_scene(request_, output):
    verdict = judge(hh(request_), output)
    assert "turns.narrated" not in drift_measures(verdict), verdict.explain()
