"""Cassettes read well in a diff and replay exactly what was recorded."""

import json

import pytest

from why_finetune.recording import serializer

OUTPUT = "Training a dog to sit is fun.\n1. Hold a treat.\n2. Say sit.\n"


def interaction():
    return {
        "request": {
            "body": json.dumps({"model_name": "m", "prompt": "Tell me", "output_type": None, "max_tokens": None}),
            "headers": {"Content-Type": ["application/json"]},
            "method": "POST",
            "uri": "http://127.0.0.1/v1/completions",
        },
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": {"Content-Type": ["application/json"]},
            "body": {"string": json.dumps({"output": OUTPUT})},
        },
    }


def test_json_bodies_are_stored_parsed_and_outputs_as_literal_blocks():
    text = serializer.serialize({"interactions": [interaction()], "version": 1})
    assert "parsed_body:" in text
    assert "output: |" in text
    assert "  1. Hold a treat.\n" in text


def test_a_cassette_round_trips_to_the_same_json():
    original = interaction()
    loaded = serializer.deserialize(serializer.serialize({"interactions": [original], "version": 1}))
    request, response = loaded["interactions"][0]["request"], loaded["interactions"][0]["response"]
    assert json.loads(request["body"]) == json.loads(original["request"]["body"])
    assert json.loads(response["body"]["string"]) == {"output": OUTPUT}


def test_a_non_json_body_is_kept_as_text():
    original = interaction()
    original["response"]["body"] = {"string": "not json"}
    loaded = serializer.deserialize(serializer.serialize({"interactions": [original], "version": 1}))
    assert loaded["interactions"][0]["response"]["body"] == {"string": "not json"}


@pytest.mark.parametrize("text", ["line one\nline two", "x\x85y\nz", "p\u2028q\nr", "a\rb\nc", "trailing \nspace"])
def test_multi_line_text_reads_back_exactly(text):
    assert serializer.load_yaml(serializer.dump_readable({"output": text})) == {"output": text}


def test_headers_are_written_in_one_order_whatever_order_they_came_in():
    def interaction(headers):
        return {"request": {"method": "POST", "uri": "http://x/v1/completions", "body": "{}", "headers": {}},
                "response": {"status": {"code": 200, "message": "OK"}, "headers": headers,
                             "body": {"string": '{"output": "hi"}'}}}

    one = {"A-Header": ["1"], "Content-Type": ["application/json"], "X-Why-Finetune-Runtime": ["r"]}
    other = dict(reversed(list(one.items())))
    assert serializer.serialize({"interactions": [interaction(one)]}) == serializer.serialize({"interactions": [interaction(other)]})
