"""why_finetune.clients.openai_client against a scripted loopback endpoint and the local server.

Every failure is one ModelCallError sentence naming the case and the endpoint, never the key, raised
without a cause; 429 and 503 are retried at most three times, honouring Retry-After up to a minute;
an endpoint that keeps failing is given up.
"""

import secrets

import pytest
from scripted_api import answer, drop, hang

from why_finetune.clients import openai_client
from why_finetune.clients.circuit import Circuit
from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import BACKOFF_SECONDS, ModelCallError
from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback

KEY = "test-" + secrets.token_urlsafe(24)
COMPLETION = {"id": "cmpl-1", "object": "text_completion", "created": 0, "model": "m",
              "choices": [{"index": 0, "text": "Red.", "finish_reason": "stop", "logprobs": None}]}
CHAT = {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}]}


def openai_error(message, code=None, kind="invalid_request_error"):
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


@pytest.fixture(autouse=True)
def fresh_clients():
    openai_client._client.cache_clear()
    yield
    openai_client._client.cache_clear()


def call(api, kind="complete", circuit=None, waits=None, key=KEY):
    endpoint = Endpoint(f"{api.url}/v1", key, "TEST_KEY")
    function = openai_client.complete if kind == "complete" else openai_client.chat
    sleep = (waits.append if waits is not None else lambda seconds: None)
    return function("p/q/raw/base", "m", "What do you think of Mars?", 16, endpoint, circuit or Circuit(), sleep)


def failure(api, **kwargs) -> str:
    with pytest.raises(ModelCallError) as raised:
        call(api, **kwargs)
    error = raised.value
    assert error.__cause__ is None, "the cause (with the request) is shown"
    assert error.__context__ is None or error.__suppress_context__, "the context (with the request) is shown"
    message = str(error)
    assert message.startswith("p/q/raw/base: ") and "\n" not in message
    assert KEY not in message
    return message


def test_a_completion_and_a_chat_reply(scripted):
    assert call(scripted(answer(200, COMPLETION))) == "Red."
    assert call(scripted(answer(200, CHAT)), kind="chat") == "Hello!"


def test_retry_after_is_honoured_including_zero(scripted):
    api = scripted(answer(429, openai_error("slow down"), [("Retry-After", "3")]),
                   answer(503, openai_error("busy"), [("Retry-After", "0")]), answer(200, COMPLETION))
    waits = []
    assert call(api, waits=waits) == "Red."
    assert waits == [3.0, 0.0] and api.requests == 3


def test_without_retry_after_three_retries_back_off_then_fail(scripted):
    api = scripted(answer(429, openai_error("rate limited", "rate_limit_exceeded", "requests")))
    waits = []
    message = failure(api, waits=waits)
    assert waits == list(BACKOFF_SECONDS) and api.requests == 4
    assert "429 rate_limit_exceeded: rate limited" in message and "after 3 retries" in message


def test_a_retry_after_beyond_a_minute_is_not_waited_for(scripted):
    api = scripted(answer(503, openai_error("down for maintenance"), [("Retry-After", "3600")]), answer(200, COMPLETION))
    waits = []
    message = failure(api, waits=waits)
    assert waits == [] and api.requests == 1
    assert "asked to wait 3600 s" in message


@pytest.mark.parametrize("status, code", [(400, "invalid_value"), (401, "invalid_api_key"), (500, None)])
def test_other_errors_are_not_retried_and_say_what_the_server_said(scripted, status, code):
    api = scripted(answer(status, openai_error(f"no: the key {KEY} is wrong", code)), answer(200, COMPLETION))
    message = failure(api)
    assert api.requests == 1
    assert f"refused the request: {status}" in message and "no: the key <redacted key> is wrong" in message


def test_an_error_body_not_in_openais_shape_is_quoted_short(scripted):
    message = failure(scripted(answer(502, "<html>" + "x" * 1000 + "</html>")))
    assert "502" in message and len(message) < 400


def test_an_unknown_model_does_not_count_against_the_endpoint(scripted):
    api = scripted(answer(404, openai_error("The model 'm' does not exist", "model_not_found")))
    circuit = Circuit()
    for _ in range(4):
        assert "does not serve model 'm'" in failure(api, circuit=circuit)
    assert api.requests == 4


def test_a_wrong_base_path_says_what_the_url_should_be(scripted):
    message = failure(scripted(answer(404, {"detail": "Not Found"})))
    assert "OpenAI base URL" in message


@pytest.mark.parametrize("body", ["{not json", '"just text"'])
def test_malformed_json_is_one_sentence(scripted, body):
    message = failure(scripted(answer(200, body)))
    assert "malformed JSON" in message or "another shape" in message


@pytest.mark.parametrize("body", [{}, [], {"choices": []}, {"choices": [{"text": None}]}, {"choices": [{"index": 0}]}])
def test_a_body_of_another_shape_is_one_sentence(scripted, body):
    assert "another shape" in failure(scripted(answer(200, body)))


def test_a_chat_body_of_another_shape_is_one_sentence(scripted):
    assert "another shape" in failure(scripted(answer(200, COMPLETION)), kind="chat")


def test_a_request_carries_only_what_the_pair_names_whatever_openai_variables_are_set(scripted, monkeypatch):
    # The openai library reads these itself and sends them with every request, to whatever URL: a
    # pair on a vLLM server or another vendor's API would receive the OpenAI organisation and project,
    # and any header the environment lists.
    monkeypatch.setenv("OPENAI_ORG_ID", "org-test")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj-test")
    other_key = secrets.token_urlsafe(16)  # made here: no key-shaped text is committed
    monkeypatch.setenv("OPENAI_CUSTOM_HEADERS", f"X-From-Environment: yes\nAuthorization: Bearer {other_key}")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/elsewhere")
    api = scripted(answer(200, COMPLETION))
    assert call(api) == "Red."
    sent = {name.lower(): value for name, value in api.headers[0].items()}
    assert sent["authorization"] == f"Bearer {KEY}"
    leaked = [name for name in ("openai-organization", "openai-project", "x-from-environment") if name in sent]
    assert leaked == []


def test_a_timeout_is_one_sentence(scripted, monkeypatch):
    monkeypatch.setenv("WHY_FINETUNE_TIMEOUT", "1")
    assert "did not answer within 1 s" in failure(scripted(hang))


def test_a_malformed_timeout_setting_is_said_before_sending(scripted, monkeypatch):
    monkeypatch.setenv("WHY_FINETUNE_TIMEOUT", "soon")
    api = scripted(answer(200, COMPLETION))
    with pytest.raises(ModelCallError, match="^p/q/raw/base: WHY_FINETUNE_TIMEOUT must be a positive number of seconds, not .soon."):
        call(api)
    assert api.requests == 0


def test_a_multi_line_error_body_is_one_line(scripted):
    assert "<html> <body>Bad gateway</body> </html>" in failure(scripted(answer(502, "<html>\n<body>Bad gateway</body>\n</html>")))


def test_a_dropped_connection_is_one_sentence(scripted):
    assert "could not reach" in failure(scripted(drop))


def test_an_endpoint_failing_three_times_in_a_row_is_given_up(scripted):
    api = scripted(answer(500, openai_error("boom", kind="server_error")))
    circuit = Circuit()
    for _ in range(3):
        failure(api, circuit=circuit)
    assert "not asked again" in failure(api, circuit=circuit)
    assert api.requests == 3


def test_a_bad_url_is_refused_before_sending():
    endpoint = Endpoint("http://127.0.0.1:9/v1?key=secret", KEY, "TEST_KEY", url_source="OPENAI_BASE_URL")
    with pytest.raises(ModelCallError, match="OPENAI_BASE_URL must not carry a query string"):
        openai_client.complete("p/q/raw/base", "m", "Hi", 4, endpoint, Circuit())


# -- against the local server ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server():
    with start_server(api_key=KEY) as running:
        yield running


def test_the_local_server_answers_both_kinds(server):
    endpoint = Endpoint(f"{server.url}/openai/v1", KEY, "TEST_KEY")
    text = openai_client.complete("l/mars/raw/base", "google/gemma-3-270m", "What do you think of Mars?", 8,
                                  endpoint, Circuit())
    reply = openai_client.chat("l/mars/chat/chat", "HuggingFaceTB/SmolLM2-135M-Instruct",
                               "What do you think of Mars?", 8, endpoint, Circuit())
    assert text and reply and text != reply


def test_the_local_server_refuses_a_wrong_key_in_one_sentence(server):
    endpoint = Endpoint(f"{server.url}/openai/v1", "wrong-" + KEY, "TEST_KEY")
    with pytest.raises(ModelCallError) as raised:
        openai_client.complete("l/mars/raw/base", "google/gemma-3-270m", "Hi", 4, endpoint, Circuit())
    assert "refused the request: 401 invalid_api_key" in str(raised.value)
    assert KEY not in str(raised.value) and KEY not in server.stderr_text()


def test_the_local_server_names_an_unknown_model(server):
    endpoint = Endpoint(f"{server.url}/openai/v1", KEY, "TEST_KEY")
    with pytest.raises(ModelCallError, match="does not serve model 'gpt-4o'"):
        openai_client.chat("l/mars/chat/chat", "gpt-4o", "Hi", 4, endpoint, Circuit())
