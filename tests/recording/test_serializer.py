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


def test_a_cassette_is_written_in_its_own_key_order_with_bodies_parsed_and_text_as_written():
    original = interaction()
    original["request"]["body"] = json.dumps({"prompt": "Quelle température fait-il sur Mars ?"}).encode()
    text = serializer.serialize({"provenance": {"case": "c"}, "interactions": [original], "version": 1})
    assert text.startswith("provenance:\n  case: c\ninteractions:\n- request:\n")
    assert text.endswith("version: 1\n")
    data = serializer.load_yaml(text)
    request, response = data["interactions"][0]["request"], data["interactions"][0]["response"]
    assert "body" not in request and request["parsed_body"] == {"prompt": "Quelle température fait-il sur Mars ?"}
    assert "body" not in response and response["parsed_body"] == {"output": OUTPUT}
    assert "Quelle température fait-il sur Mars ?" in text


def test_other_parts_of_a_response_body_are_kept_beside_the_parsed_one():
    original = interaction()
    original["response"]["body"]["encoding"] = "utf-8"
    text = serializer.serialize({"interactions": [original], "version": 1})
    assert serializer.load_yaml(text)["interactions"][0]["response"]["body"] == {"encoding": "utf-8"}
    loaded = serializer.deserialize(text)["interactions"][0]["response"]["body"]
    assert loaded == {"encoding": "utf-8", "string": json.dumps({"output": OUTPUT})}


@pytest.mark.parametrize("body", [None, "", "1e3", " 42", '"text"', b"\xff not utf-8"])
def test_a_body_that_is_no_json_object_or_list_is_kept_byte_for_byte(body):
    original = interaction()
    original["request"]["body"] = body
    original["response"]["body"] = {"string": body}
    loaded = serializer.deserialize(serializer.serialize({"interactions": [original], "version": 1}))["interactions"][0]
    assert loaded["request"]["body"] == body
    assert loaded["response"]["body"] == {"string": body}


def test_a_long_line_of_text_is_not_folded():
    line = " ".join(["word"] * 18)  # 89 characters: PyYAML folds at 80 unless told otherwise
    assert serializer.dump_readable({"output": line}) == f"output: {line}\n"


def test_a_string_with_a_next_line_character_is_double_quoted():
    assert serializer.dump_readable({"output": "x\x85y"}) == 'output: "x\\Ny"\n'


@pytest.mark.parametrize("text", ["- a list\n", "version: 1\n", "interactions: {}\n"])
def test_text_that_is_no_cassette_is_refused(text):
    with pytest.raises(ValueError, match=r"^not a cassette: expected a mapping with an 'interactions' list$"):
        serializer.deserialize(text)


def test_headers_are_sorted_in_requests_and_responses():
    original = interaction()
    original["request"]["headers"] = {"b": ["2"], "a": ["1"]}
    original["response"]["headers"] = {"Z": ["2"], "Content-Type": ["application/json"]}
    data = serializer.load_yaml(serializer.serialize({"interactions": [original], "version": 1}))["interactions"][0]
    assert list(data["request"]["headers"]) == ["a", "b"]
    assert list(data["response"]["headers"]) == ["Content-Type", "Z"]
