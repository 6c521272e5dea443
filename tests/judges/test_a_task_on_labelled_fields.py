"""A request laid out in labelled fields ("Analyze this ticket:", "Title: ...", "Content: ...", "Provide a JSON
response with:") is a task, not a transcript: a label that is a request heads a field, a speaker's label is a
name or a role. And an output that opens one of the prompt's input fields again ("Content: ...") writes a new
example of the prompt's format from its first line, while one that opens the field it fills ("Output:") does
not. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

from why_finetune.judges import judge
from why_finetune.judges.dialogue import parse_dialogue

TICKET = ("Analyze this support ticket:\n\nTitle: Printer offline\nContent: The office printer has shown as offline "
          "since Monday, and nobody on the second floor can print.\n\nProvide a JSON response with:\n"
          "- priority (1-5): how urgent is it?\n- summary: one sentence")


def test_a_request_in_labelled_fields_is_no_transcript():
    assert parse_dialogue(TICKET) is None


def test_the_json_asked_for_answers_without_drift():
    output = '{"priority": 4, "summary": "The second-floor office printer has been offline since Monday."}'
    verdict = judge(TICKET, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_heading_that_asks_a_question_back_is_no_answer():
    verdict = judge(TICKET, "## What is the headline?")
    assert not verdict.answers, verdict.explain()


def test_an_input_field_opened_again_on_the_first_line_is_a_new_example_of_the_prompts_format():
    output = "Content: The printer in the lobby has a paper jam and shows an error light since this morning."
    verdict = judge(TICKET, output)
    assert verdict.drifts, verdict.explain()
    assert "prompt.format" in [e.measure for e in verdict.evidence if e.property == "drifts"], verdict.explain()


def test_the_field_the_output_fills_may_head_its_reply():
    verdict = judge("Review: The soup was cold and the waiter was rude.\nSentiment:", "Sentiment: negative")
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A prompt whose fields are headed with "#" ("###指示: ...\n###返答:"): a label so headed inside a line of the
# output opens a new turn of its format; a markdown heading opens its own line and is no such turn.

HEADED = "以下はタスクを説明する指示です。\n\n###指示: 熊野古道の歴史について教えてください。\n###返答:"


def test_a_headed_label_inside_a_line_of_the_output_is_a_new_turn_of_the_prompts_format():
    output = "熊野古道は、日本で最も長い歴史を持つ巡礼路の一つです。 ###質問: 熊野古道のルートには、どのような特徴がありますか?"
    verdict = judge(HEADED, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.format" in [e.measure for e in verdict.evidence if e.property == "drifts"], verdict.explain()


def test_a_markdown_heading_on_its_own_line_is_no_new_turn():
    prompt = "### Instruction:\nGive me a recipe for pancakes.\n\n### Response:"
    output = ("Here is a simple recipe for pancakes.\n\n### Ingredients:\n- 200 g flour\n- 2 eggs\n- 300 ml milk\n\n"
              "### Method:\nWhisk everything together, rest for ten minutes, then fry thin pancakes in butter.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_heading_with_a_space_after_its_marks_inside_a_line_is_no_new_turn():
    output = "熊野古道は、日本で最も長い歴史を持つ巡礼路の一つです。 ### 見どころ: 那智の滝と熊野本宮大社です。"
    verdict = judge(HEADED, output)
    assert not verdict.drifts, verdict.explain()
