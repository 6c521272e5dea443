"""A request that asks for its answer in JSON is answered by JSON, in a code fence or not, even cut off at
the token limit; text about the item with no JSON in it (an article, a how-to, the field names as hashtags)
is no answer, whatever words of the request it names. A question about JSON asks for prose. Constructed for
these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.formats import asks_for_json

TICKET = ("Analyze this support ticket:\n\nTitle: Printer offline\nContent: The office printer has shown as offline "
          "since Monday, and nobody on the second floor can print.\n\nProvide a JSON response with:\n"
          "- priority (1-5): how urgent is it?\n- summary: one sentence")


@pytest.mark.parametrize("request_", [
    "Provide a JSON response with the fields name and age.",
    "Return the extracted dates as JSON.",
    "Respond in valid JSON only.",
    "Give me the answer in JSON format.",
])
def test_requests_that_ask_for_json(request_):
    assert asks_for_json(request_)


@pytest.mark.parametrize("request_", [
    "What is the difference between JSON and XML?",
    "Why does my JSON file fail to parse?",
    "Provide a short history of JSON.",
    "Provide the history of JSON.",
    "Give me a summary about JSON and YAML.",
])
def test_questions_about_json_ask_for_prose(request_):
    assert not asks_for_json(request_)


@pytest.mark.parametrize("output", [
    '{"priority": 4, "summary": "The second-floor printer has been offline since Monday."}',
    '```json\n{\n  "priority": 4,\n  "summary": "The second-floor printer has been offline since Monday."\n}\n```',
    '{"priority": 4, "summary": "The second-floor printer has been offline since',
    # Written escaped, as a string of JSON is (literal "\n" and "\""), and cut off: still the JSON asked for.
    'Here is the ticket as JSON:\\n{\\n  \\"priority\\": 4,\\n  \\"summary\\": \\"The printer is offline.\\"\\n',
])
def test_json_answers_a_request_for_json(output):
    verdict = judge(TICKET, output)
    assert verdict.answers, verdict.explain()


@pytest.mark.parametrize("output", [
    "Priority 4: the printer on the second floor has been offline since Monday. Printers go offline for many reasons: a "
    "loose cable, a sleeping network card or a driver update. Restarting the printer often brings it back.",
    "#priority #summary",
])
def test_text_with_no_json_is_no_answer_to_a_request_for_json(output):
    verdict = judge(TICKET, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.format" in [e.measure for e in verdict.evidence], verdict.explain()


def test_prose_answers_a_question_about_json():
    verdict = judge("What is the difference between JSON and XML?",
                    "JSON writes data as objects and arrays of key-value pairs, while XML wraps each value in "
                    "named tags; JSON is shorter and maps straight onto most languages' dictionaries and lists.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    '{"priority": 4}',
    "```json\n{priority: 4, summary: 'The second-floor printer is offline.'}\n```",
])
def test_json_with_one_of_the_listed_keys_answers(output):
    verdict = judge(TICKET, output)
    assert verdict.answers, verdict.explain()


def test_json_with_none_of_the_keys_the_request_lists_is_no_answer():
    # The item continued as its repository's page: a package.json, not the fields asked for.
    output = ('## Installation\n\nAdd this to your package.json:\n\n```json\n"dependencies": {\n  "printer-status": '
              '"^2.1.0"\n}\n```\n\nThen restart the printer from the second floor settings page.')
    verdict = judge(TICKET, output)
    assert not verdict.answers, verdict.explain()
    assert "none of those keys" in verdict.explain(), verdict.explain()


def test_json_answers_a_request_that_lists_no_keys():
    verdict = judge("Return the dates in this sentence as JSON: we met on 3 May and again on 9 June.",
                    '{"dates": ["3 May", "9 June"]}')
    assert verdict.answers, verdict.explain()


def test_a_set_in_latex_is_no_json():
    # "\\{\\theta: ...\\}" opens with a brace and a backslash, as JSON written escaped does ('{\\n  \\"day1\\"'): no JSON.
    verdict = judge("Give the feasible set as a JSON object with keys lower and upper.",
                    "The feasible set is $\\{\\theta: 0 < \\theta < \\pi\\}$, an open interval.")
    assert not verdict.answers, verdict.explain()
