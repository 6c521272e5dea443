"""What never reaches a cassette: keys, credentials in URLs, volatile headers."""

import json
from urllib.parse import quote_plus

import pytest
from vcr.request import Request

from why_finetune.recording.scrubbing import (
    KEY_SHAPED,
    REDACTED,
    SecretLeakError,
    holds_secret,
    refuse_secrets,
    scrub_request,
    scrub_response,
)

THROWAWAY = "wf-test-" + "q7" * 12  # built at run time: no key-shaped literal in the repository


def lamini_request(uri="https://api.lamini.ai/v1/completions", body=None):
    body = body or {"model_name": "m", "prompt": "p", "output_type": None, "max_tokens": None, "max_new_tokens": 8}
    headers = {
        "Content-Type": "application/json",
        "Authorization": f"Bearer {THROWAWAY}",
        "Lamini-Version": "3.4.6",
        "User-Agent": "python-requests/2.34.2",
        "Accept-Encoding": "gzip, deflate",
    }
    return Request("POST", uri, json.dumps(body), headers)


def test_only_content_type_and_lamini_version_headers_are_kept():
    scrubbed = scrub_request(lamini_request())
    assert set(scrubbed.headers) == {"Content-Type", "Lamini-Version"}


def test_a_key_in_the_query_string_is_redacted_and_credentials_in_the_host_dropped():
    scrubbed = scrub_request(lamini_request(uri=f"https://user:{THROWAWAY}@llm.example/v1/completions?key={THROWAWAY}"))
    assert THROWAWAY not in scrubbed.uri
    assert scrubbed.uri == f"https://llm.example/v1/completions?key={quote_plus(REDACTED)}"


def test_the_loopback_port_is_dropped_because_it_changes_every_run():
    assert scrub_request(lamini_request(uri="http://127.0.0.1:41234/v1/completions")).uri == "http://127.0.0.1/v1/completions"


def test_key_fields_in_a_json_body_are_redacted_but_token_limits_are_not():
    body = {"model_name": "m", "prompt": "p", "api_key": THROWAWAY, "max_tokens": 5, "max_new_tokens": 8}
    scrubbed = json.loads(scrub_request(lamini_request(body=body)).body)
    assert scrubbed == {"model_name": "m", "prompt": "p", "api_key": REDACTED, "max_tokens": 5, "max_new_tokens": 8}


def test_response_headers_keep_content_type_and_provenance_only():
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Content-Type": ["application/json"],
            "Date": ["Fri, 27 Nov 2026 05:00:00 GMT"],
            "Set-Cookie": ["session=abc"],
            "X-Why-Finetune-Runtime": ["xllamacpp 2026.10.11549"],
        },
        "body": {"string": "{}"},
    }
    assert set(scrub_response(response)["headers"]) == {"Content-Type", "X-Why-Finetune-Runtime"}


def test_writing_the_exact_key_is_refused():
    with pytest.raises(SecretLeakError, match="cassettes/x.yaml"):
        refuse_secrets(f"uri: https://h/?k={THROWAWAY}", {THROWAWAY}, "cassettes/x.yaml")
    refuse_secrets("nothing secret here", {THROWAWAY}, "cassettes/x.yaml")


@pytest.mark.parametrize("response", [
    f"the key is {THROWAWAY}",
    f"the key is {THROWAWAY}".encode(),
    {"body": {"string": f'{{"output": "{THROWAWAY}"}}'}},
    {"headers": {"X-Echo": [f"Bearer {THROWAWAY}"]}},
    ("status", [{"deep": [f"...{THROWAWAY}..."]}]),
], ids=["text", "bytes", "a body in a mapping", "a header in a list", "nested in a tuple"])
def test_a_key_anywhere_in_a_response_is_found(response):
    # An endpoint that returns the key in its output: the case is refused with that said, not recorded.
    assert holds_secret(response, {THROWAWAY})


@pytest.mark.parametrize("response", [
    "an ordinary answer",
    b"\xff\xfe not UTF-8, no key",
    {"body": {"string": "{}"}, "status": {"code": 200}},
    [200, None, 3.5, {"headers": {}}],
    5,
    None,
], ids=["text", "bytes", "mapping", "list", "number", "none"])
def test_a_response_without_the_key_holds_no_secret(response):
    assert not holds_secret(response, {THROWAWAY})


def test_an_empty_secret_is_no_secret():
    # An empty key variable must not make every response "hold" it (the empty string is in every text).
    assert not holds_secret("an ordinary answer", {""})
    assert not holds_secret("an ordinary answer", set())
    assert holds_secret(f"x{THROWAWAY}x", {"", THROWAWAY})


@pytest.mark.parametrize(
    "text",
    ["Authorization: Bearer " + "abc123XYZ" * 3, "sk-" + "a1" * 12, "0f1e" * 10, "A1b2" * 9],
)
def test_key_shaped_text_is_recognised(text):
    assert KEY_SHAPED.search(text)


@pytest.mark.parametrize("text", ["max_new_tokens: 128", "Training your dog to sit is a basic command", "a" * 50])
def test_ordinary_text_is_not_key_shaped(text):
    assert not KEY_SHAPED.search(text)


@pytest.mark.parametrize("code, kept", [(199, False), (200, True), (299, True), (300, False), (429, False)])
def test_only_2xx_responses_are_recorded(code, kept):
    response = {"status": {"code": code, "message": ""}, "headers": {}, "body": {"string": "{}"}}
    assert (scrub_response(response) is not None) is kept


def test_a_response_without_headers_is_recorded_without_headers():
    assert scrub_response({"status": {"code": 200, "message": "OK"}, "body": {"string": "{}"}})["headers"] == {}


@pytest.mark.parametrize("body", [None, b"", "not json", '["a", "list"]', '{"model_name":"m","prompt":"p"}'])
def test_a_body_without_key_fields_is_recorded_exactly_as_sent(body):
    request = Request("POST", "https://api.lamini.ai/v1/completions", body, {})
    assert scrub_request(request).body == (body.encode() if isinstance(body, str) else body)


def test_key_fields_inside_lists_are_redacted():
    body = {"model_name": "m", "requests": [{"api_key": THROWAWAY, "prompt": "p"}, "text"]}
    scrubbed = json.loads(scrub_request(lamini_request(body=body)).body)
    assert scrubbed["requests"] == [{"api_key": REDACTED, "prompt": "p"}, "text"]


def test_a_body_that_is_not_utf_8_is_recorded_as_sent():
    request = Request("POST", "https://api.lamini.ai/v1/completions", b"\xff\xfe not text", {})
    assert scrub_request(request).body == b"\xff\xfe not text"


@pytest.mark.parametrize("uri, body", [
    ("https://api.lamini.ai/v1/completions", None),
    (f"https://user:{THROWAWAY}@llm.example:8443/v1/completions?key={THROWAWAY}&api-version=2", None),
    ("http://127.0.0.1:41234/openai/v1/chat/completions",
     {"model": "m", "messages": [{"role": "user", "content": "Hi", "api_key": THROWAWAY}], "token": THROWAWAY}),
])
def test_scrubbing_a_scrubbed_request_changes_nothing(uri, body):
    # Replay relies on it: the copy vcrpy scrubs for one question about a request serves for the next.
    once = scrub_request(lamini_request(uri=uri, body=body))
    seen = (once.method, once.uri, once.body, dict(once.headers))
    twice = scrub_request(once)
    assert (twice.method, twice.uri, twice.body, dict(twice.headers)) == seen
