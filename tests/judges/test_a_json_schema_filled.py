"""A JSON schema the prompt shows ('{"persons": [], "organizations": [], ...}' in a system turn), filled: its keys
are the format asked for, said again as the schema says them, and its values may be words of the text worked on (an
extraction's are). Neither is an echo of the prompt, and a line of numbers to extract from needs no number back.
The schema's keys may come with keys of the reply's own in nested objects. Constructed for these tests, not copied
from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

SYSTEM = ("You are an entity extraction assistant. Extract all named entities from the text into a valid JSON object "
          'matching this schema exactly:\n{\n  "people": [],\n  "companies": [],\n  "places": [],\n  "other": []\n}')


def prompt(text: str) -> str:
    return (f"<|im_start|>system\n{SYSTEM}<|im_end|>\n<|im_start|>user\n{text}<|im_end|>\n"
            "<|im_start|>assistant\n")


HEADLINE = "TENNIS - GRAF BEATS SELES IN BERLIN FINAL."


@pytest.mark.parametrize(("text", "output"), [
    pytest.param(HEADLINE, '{"people": ["GRAF", "SELES"], "companies": [], "places": ["BERLIN"], "other": []}',
                 id="filled"),
    pytest.param("WEATHER - RAIN EXPECTED IN BERLIN.", '{"people": [], "companies": [], "places": ["BERLIN"], '
                 '"other": []}', id="one-value"),
    pytest.param("Nothing to report today.", '{"people": [], "companies": [], "places": [], "other": []}',
                 id="nothing-found"),
    pytest.param(HEADLINE, '{\n  "people": [{"name": "Graf", "role": "winner"}, {"name": "Seles", "role": "runner-up"}],'
                 '\n  "companies": [],\n  "places": [{"name": "Berlin"}],\n  "other": []\n}', id="nested-objects"),
    pytest.param("WEATHER - RAIN EXPECTED IN BERLIN.", '{"people": [], "companies": [], "places": [], "other": '
                 '[{"name": "RAIN"}]}', id="a-nested-object-with-a-key-of-its-own"),
    pytest.param("Rotterdam 2 12 1 1 5 3 14", '{"people": [], "companies": [], "places": ["Rotterdam"], "other": []}',
                 id="a-line-of-numbers"),
])
def test_the_schema_filled_answers_without_drift(text, output):
    verdict = judge(prompt(text), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_instruction_said_back_is_still_an_echo():
    verdict = judge(prompt(HEADLINE), "Extract all named entities from the text into a valid JSON object matching this "
                                      "schema exactly.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_the_instruction_said_back_before_json_is_still_an_echo():
    verdict = judge(prompt(HEADLINE), SYSTEM)
    assert not verdict.answers and verdict.drifts, verdict.explain()


DETAILS = 'System: Return the user\'s details as JSON: {"name": "", "age": "number"}\n\nUser: My name is Sofia Lindqvist ' \
          "and I'm 27 years old."


def test_the_schema_filled_in_a_transcripts_turn_answers():
    verdict = judge(DETAILS, '{"name": "Sofia Lindqvist", "age": 27}')
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param('{"name": "", "age": "number"}', id="the-schema-said-back-with-its-types"),
    pytest.param('{"sentiment": "neutral", "language": "English", "word_count": 10}', id="none-of-its-keys"),
])
def test_json_that_does_not_fill_the_schema_does_not_answer(output):
    verdict = judge(DETAILS, output)
    assert not verdict.answers, verdict.explain()


def test_nothing_found_in_a_transcripts_turn_answers():
    verdict = judge('System: Extract all people and places in the user\'s text. Respond only with JSON in this format: '
                    '{"people": [], "places": []}\n\nUser: Please water the plants twice a week and keep them out of '
                    'direct sunlight.', '{"people": [], "places": []}')
    assert verdict.answers and not verdict.drifts, verdict.explain()


# A schema of a character's line and mood in a system turn ('{"utterance": "...", "mood": "..."}'), filled for a turn
# of a game's dialogue: the utterance is the reply, and a short one in character need not name the player's words.
NPC = ("You are a village blacksmith in a fantasy game. Stay in character and respond in valid JSON: "
       '{"utterance": "...", "mood": "..."}')


def npc_prompt(line: str) -> str:
    return f"<|im_start|>system\n{NPC}<|im_end|>\n<|im_start|>user\n{line}<|im_end|>\n<|im_start|>assistant\n"


def test_a_characters_line_in_the_schema_answers_without_drift():
    verdict = judge(npc_prompt("That sounds good to me. I will help you guard the old bridge against the raiders from "
                               "the hills, and in return you will pay me in bread and ale every single evening, on my "
                               "terms and at my table. We will be busy all winter. It is the work I was made for."),
                    '{"utterance": "Fair enough, friend. Meet me at the forge at dusk and we will settle it.", '
                    '"mood": "pleased"}')
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_schema_said_back_unfilled_is_no_answer():
    verdict = judge(npc_prompt("Can you mend my sword before the festival?"), '{"utterance": "...", "mood": "..."}')
    assert not verdict.answers, verdict.explain()


def test_type_names_asked_for_are_values_not_the_schema_said_back():
    prompt = chat_prompt('Give the JSON data type of each field of this record: name = "Anna", age = 34. Respond in '
                         'JSON: {"name": "...", "age": "..."}')
    verdict = judge(prompt, '{"name": "string", "age": "number"}')
    assert verdict.answers, verdict.explain()


def test_the_schema_said_back_with_an_ellipsis_character_is_no_answer():
    verdict = judge(npc_prompt("Can you mend my sword before the festival?"), '{"utterance": "\u2026", "mood": "\u2026"}')
    assert not verdict.answers, verdict.explain()


def chat_prompt(text: str) -> str:
    return f"<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n"


# A schema of one key whose value lists the values it takes ('"sentiment": 0 or 1'): the reply's JSON picks one,
# even the one said first, which the prompt's words hold. No data gives a value that way, so one key is enough.
# Constructed after real outputs (a code model's sentiment tune, before and after).
REVIEW = ("Please perform sentiment analysis on the following Chinese text.\n\nText Content:\n```sentence\n"
          "客服每天说下个工作日能到货，已经连续5天了，我无语。\n```\n\nOutput Format:\n```json\n{\n  \"sentiment\": "
          "0 or 1\n}\n```\n\nPlease output the JSON result only.")


@pytest.mark.parametrize("value", ["0", "1"])
def test_a_one_key_schema_of_the_values_it_takes_filled_answers(value):
    verdict = judge(chatml(REVIEW), '```json\n{\n  "sentiment": ' + value + "\n}\n```")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_one_key_json_value_in_the_prompt_is_data_not_a_schema():
    data = 'Convert this JSON to YAML: {"sentiment": 0} and nothing else.'
    verdict = judge(data, '{"sentiment": 0}')
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert "echo" in " ".join(drift_measures(verdict)), verdict.explain()


@pytest.mark.parametrize("said_back", ['"0 or 1"', "0 or 1"])
def test_a_one_key_schema_said_back_with_its_values_is_no_answer(said_back):
    verdict = judge(chatml(REVIEW), '```json\n{\n  "sentiment": ' + said_back + "\n}\n```")
    assert not verdict.answers, verdict.explain()


# ... the values joined by "or" in the schema's own language: "0 o 1", "正面" 或 "负面".
@pytest.mark.parametrize(("request_", "filled"), [
    ('Analiza el sentimiento de esta reseña: "El envío llegó tarde y la caja venía rota."\nResponde solo con JSON: '
     '{"sentimiento": 0 o 1}', '{"sentimiento": 0}'),
    ('请判断下面评论的情感倾向。\n评论：物流很快，包装也很好。\n输出格式：{"情感": "正面" 或 "负面"}', '{"情感": "正面"}'),
])
def test_a_one_key_schema_of_values_joined_in_another_language_filled_answers(request_, filled):
    verdict = judge(chatml(request_), filled)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_one_key_schema_said_back_with_values_joined_in_another_language_is_no_answer():
    request = ("请判断这条评论的情感：快递三周才到，而且坏了。\n输出格式：\n{\"情感\": \"正面\" 或 \"负面\"}\n只输出 JSON。")
    verdict = judge(chatml(request), '{"情感": "正面 或 负面"}')
    assert not verdict.answers, verdict.explain()
