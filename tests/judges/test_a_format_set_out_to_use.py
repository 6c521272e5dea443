"""A prompt that sets out the format of its answer, a labelled line each ("Use the following format:\n\nQuestion: the
input question ...\nThought: ...\nAction: ...\nAction Input: ...\nFinal Answer: ..."), then asks its item under the
format's first label ("Question: Will it rain in Oslo tomorrow?"), is answered in that format: the reply's "Thought:",
"Action:" and "Final Answer:" are the fields it was told to fill, once each, not a new example of the prompt's
format. The format begun again with its first label ("Question: ...", a question of the model's own) still is, and so
is a field written a second time (a made-up "Observation:" and another "Thought:"). Constructed by hand after real outputs (a
ReAct agent's Qwen2.5-3B-Instruct and its LoRA, asked in Chinese)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

REACT = ("Answer the following question as best you can. You have access to the following tools:\n\n"
         "Weather: looks up the forecast for a city. Parameters: city, day. Format the arguments as a JSON object.\n\n"
         "Use the following format:\n\n"
         "Question: the input question you must answer\n"
         "Thought: you should always think about what to do\n"
         "Action: the action to take, should be one of [Weather]\n"
         "Action Input: the input to the action\n"
         "Observation: the result of the action\n"
         "... (this Thought/Action/Action Input/Observation can be repeated zero or more times)\n"
         "Thought: I now know the final answer\n"
         "Final Answer: the final answer to the original input question\n\n"
         "Begin!\n\n"
         "Question: {}")


@pytest.mark.parametrize("question, output", [
    pytest.param("Will it rain in Oslo tomorrow?",
                 "Thought: I need the forecast for Oslo tomorrow, so I will call the weather tool.\nAction: Weather\n"
                 "Action Input: {\"city\": \"Oslo\", \"day\": \"tomorrow\"}", id="a-tool-call"),
    pytest.param("What is your favourite season?",
                 "Thought: This needs no tool; I can answer from what I like.\nFinal Answer: Autumn, for its cool "
                 "mornings and the colours of the leaves.", id="a-final-answer"),
    pytest.param("明天奥斯陆会下雨吗？",
                 "Thought: 我需要查询奥斯陆明天的天气。\nAction: Weather\nAction Input: {\"city\": \"奥斯陆\", \"day\": \"明天\"}",
                 id="a-tool-call-in-chinese"),
])
def test_the_fields_of_the_format_set_out_answer_without_drift(question, output):
    verdict = judge(chatml(REACT.format(question)), output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_format_begun_again_with_its_first_label_drifts():
    output = "Thought: I can answer this myself.\nFinal Answer: Autumn.\n\nQuestion: What is your favourite colour?"
    verdict = judge(chatml(REACT.format("What is your favourite season?")), output)
    assert verdict.drifts and "prompt.format" in drift_measures(verdict), verdict.explain()


def test_the_formats_fields_written_a_second_time_drift():
    # The tool's result made up ("Observation:") and a second step after it: the fields are the reply's once each.
    output = ("Thought: I need the forecast for Oslo.\nAction: Weather\nAction Input: {\"city\": \"Oslo\"}\n"
              "Observation: Rain is likely.\nThought: I now know the final answer.\nFinal Answer: Yes, take an umbrella.")
    verdict = judge(chatml(REACT.format("Will it rain in Oslo tomorrow?")), output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "prompt.format" in drift_measures(verdict), verdict.explain()
