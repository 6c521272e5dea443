"""A request matches its recording on method, path and parsed JSON body; a miss says what differed."""

import json

import pytest
from vcr.request import Request

from why_finetune.recording.matching import closest_differences, json_body


def completion(uri="http://127.0.0.1:9/v1/completions", method="POST", **body):
    return Request(method, uri, json.dumps(body), {"Content-Type": "application/json"})


def test_key_order_in_the_body_does_not_matter():
    sent = Request("POST", "http://x/v1/completions", '{"prompt": "hi", "model_name": "m"}', {})
    recorded = Request("POST", "http://x/v1/completions", '{"model_name": "m", "prompt": "hi"}', {})
    json_body(sent, recorded)  # raises AssertionError on a mismatch


def test_a_changed_prompt_does_not_match_and_names_the_field():
    with pytest.raises(AssertionError, match=r"body field 'prompt': sent \"Hi\", recorded \"Hello\""):
        json_body(completion(model_name="m", prompt="Hi"), completion(model_name="m", prompt="Hello"))


def test_the_other_model_of_the_pair_does_not_match():
    with pytest.raises(AssertionError, match="model_name"):
        json_body(completion(model_name="base", prompt="p"), completion(model_name="chat", prompt="p"))


def test_a_field_present_on_one_side_only_is_a_difference():
    with pytest.raises(AssertionError, match=r"'max_new_tokens': sent 128, recorded <absent>"):
        json_body(completion(prompt="p", max_new_tokens=128), completion(prompt="p"))


def test_the_closest_recording_is_the_one_with_fewest_differences():
    sent = completion(model_name="chat", prompt="What do you think of Mars!")
    recordings = [
        completion(model_name="base", prompt="Tell me how to train my dog to sit"),
        completion(model_name="chat", prompt="What do you think of Mars?"),
    ]
    assert closest_differences(sent, recordings) == [
        "body field 'prompt': sent \"What do you think of Mars!\", recorded \"What do you think of Mars?\""
    ]


def test_a_different_path_is_reported():
    sent = completion(uri="http://x/v2/completions", prompt="p")
    assert closest_differences(sent, [completion(prompt="p")]) == [
        "path: sent /v2/completions, recorded /v1/completions"
    ]


def test_nothing_recorded_gives_no_closest():
    assert closest_differences(completion(prompt="p"), []) is None


def matches(sent, recorded) -> bool:
    """vcrpy's own verdict, with the matchers every VCR of ours is given, looked up by MATCH_ON."""
    from vcr import VCR
    from vcr.matchers import requests_match

    from why_finetune.recording.matching import MATCH_ON, MATCHERS

    known = {**VCR().matchers, **MATCHERS}
    return requests_match(sent, recorded, [known[name] for name in MATCH_ON])


def test_a_request_to_another_route_does_not_match_even_with_the_same_body():
    assert matches(completion(prompt="p"), completion(prompt="p"))
    assert not matches(completion(uri="http://x/v1/classify", prompt="p"), completion(prompt="p"))
    assert not matches(completion(uri="http://x/v1/completions/x", prompt="p"), completion(prompt="p"))


def test_a_recording_from_an_endpoint_with_a_base_path_replays():
    recorded = completion(uri="https://proxy.example/lamini/v1/completions", prompt="p")
    assert matches(completion(uri="http://127.0.0.1:9/v1/completions", prompt="p"), recorded)
    assert closest_differences(completion(prompt="p"), [recorded]) == []


def test_a_base_path_is_whole_path_segments():
    recorded = completion(uri="https://proxy.example/lamini/v1/completions", prompt="p")
    assert not matches(completion(uri="http://127.0.0.1:9/ni/v1/completions", prompt="p"), recorded)


def test_another_method_does_not_match():
    assert not matches(completion(method="PUT", prompt="p"), completion(prompt="p"))


def test_a_field_sent_as_null_is_not_a_field_left_out():
    with pytest.raises(AssertionError, match=r"'max_tokens': sent null, recorded <absent>"):
        json_body(completion(prompt="p", max_tokens=None), completion(prompt="p"))
    with pytest.raises(AssertionError, match=r"'max_tokens': sent <absent>, recorded null"):
        json_body(completion(prompt="p"), completion(prompt="p", max_tokens=None))


def text_request(body, method="POST"):
    return Request(method, "http://x/v1/completions", body, {})


def test_bodies_that_are_not_json_objects_are_compared_as_they_are():
    json_body(text_request("plain text"), text_request("plain text"))
    json_body(text_request(None), text_request(None))
    with pytest.raises(AssertionError, match=r'^body: sent "one", recorded "two"$'):
        json_body(text_request("one"), text_request("two"))
    with pytest.raises(AssertionError, match=r'^body: sent \{"prompt": "p"\}, recorded "p"$'):
        json_body(text_request('{"prompt": "p"}'), text_request("p"))


def test_a_body_that_is_not_utf_8_is_compared_as_text_not_an_error():
    with pytest.raises(AssertionError, match="body: sent"):
        json_body(text_request(b"\xff\xfe"), text_request(b"plain"))


def test_every_difference_is_named_at_once():
    sent = completion(uri="http://x/v2/completions", method="PUT", model_name="base", prompt="p")
    assert closest_differences(sent, [completion(model_name="chat", prompt="p")]) == [
        "method: sent PUT, recorded POST",
        "path: sent /v2/completions, recorded /v1/completions",
        "body field 'model_name': sent \"base\", recorded \"chat\"",
    ]


def test_a_route_miss_names_both_paths():
    from why_finetune.recording.matching import route

    with pytest.raises(AssertionError, match=r"^path: sent /v2/completions, recorded /v1/completions$"):
        route(completion(uri="http://x/v2/completions"), completion())


def test_long_values_are_cut_to_80_characters_and_text_is_shown_as_written():
    long = "é" * 100
    with pytest.raises(AssertionError) as error:
        json_body(completion(prompt=long), completion(prompt="é" * 78))
    sent, recorded = str(error.value).removeprefix("body field 'prompt': sent ").split(", recorded ")
    assert sent == '"' + "é" * 76 + "..."
    assert recorded == '"' + "é" * 78 + '"'  # 80 characters: kept whole


def test_differing_fields_are_named_in_one_message():
    with pytest.raises(AssertionError, match=r"^body field 'model_name': .*; body field 'prompt': "):
        json_body(completion(model_name="base", prompt="a"), completion(model_name="chat", prompt="b"))
