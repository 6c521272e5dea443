"""Every client's patience, one policy for all: a timeout on every call, bounded retries for 429 and 503
only, Retry-After honoured up to a minute. Against a real loopback endpoint, through the real lamini and
openai clients; only the waiting is stood in for, so no test waits."""

import secrets

import pytest

from tests.recording.scripted_api import answer, drop, hang_for
from why_finetune.clients import lamini_client, openai_client
from why_finetune.clients.circuit import Circuit
from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import ATTEMPTS, BACKOFF_SECONDS, MAX_WAIT_SECONDS, ModelCallError

pytestmark = pytest.mark.loopback

KEY = "test-" + secrets.token_urlsafe(16)
LABEL = "p/q/raw/base"
ANSWERS = {  # what each client's server answers a completion with
    "lamini": {"output": "Red."},
    "openai": {"id": "cmpl-1", "object": "text_completion", "created": 0, "model": "m",
               "choices": [{"index": 0, "text": "Red.", "finish_reason": "stop", "logprobs": None}]},
}
BASE_PATHS = {"lamini": "", "openai": "/v1"}
COMPLETE = {"lamini": lamini_client.complete, "openai": openai_client.complete}


@pytest.fixture(params=["lamini", "openai"])
def client(request):
    return request.param


@pytest.fixture(autouse=True)
def fresh_openai_clients():
    openai_client._client.cache_clear()  # one per timeout: a test's WHY_FINETUNE_TIMEOUT must be used
    yield
    openai_client._client.cache_clear()


def ok(client):
    return answer(200, ANSWERS[client])


def refusal(status, retry_after=None):
    headers = [("Retry-After", retry_after)] if retry_after is not None else []
    return answer(status, {"detail": "not now", "error": {"message": "not now", "type": "busy"}}, headers)


def call(client, api, waits=None, circuit=None):
    endpoint = Endpoint(api.url + BASE_PATHS[client], KEY, "TEST_KEY")
    sleep = waits.append if waits is not None else (lambda seconds: None)
    return COMPLETE[client](LABEL, "m", "What do you think of Mars?", 8, endpoint, circuit=circuit or Circuit(),
                            sleep=sleep)


def failure(client, api, **kwargs) -> str:
    with pytest.raises(ModelCallError) as raised:
        call(client, api, **kwargs)
    message = str(raised.value)
    assert message.startswith(f"{LABEL}: ") and "\n" not in message and KEY not in message
    return message


def test_every_call_gets_the_timeout_retries_included(client, scripted, monkeypatch):
    monkeypatch.setenv("WHY_FINETUNE_TIMEOUT", "1")
    api = scripted(refusal(503, "0"), hang_for(2))
    assert "did not answer within 1 s" in failure(client, api)
    assert api.requests == 2  # the retry waited no longer than the first try, and was not tried again


def test_retry_after_is_honoured_including_zero(client, scripted):
    api = scripted(refusal(429, "3"), refusal(503, "0"), ok(client))
    waits = []
    assert call(client, api, waits) == "Red."
    assert waits == [3.0, 0.0] and api.requests == 3


def test_without_retry_after_the_backoff_grows_and_is_bounded(client, scripted):
    api = scripted(refusal(429))
    waits = []
    assert "not now" in failure(client, api, waits=waits)
    assert waits == list(BACKOFF_SECONDS) and api.requests == ATTEMPTS


@pytest.mark.parametrize("status", [400, 401, 408, 409, 500, 502, 594])
def test_other_statuses_are_not_retried(client, scripted, status):
    api = scripted(refusal(status, "0"), ok(client))
    waits = []
    failure(client, api, waits=waits)
    assert waits == [] and api.requests == 1


def test_a_dropped_connection_is_not_retried(client, scripted):
    api = scripted(drop, ok(client))
    assert "could not reach" in failure(client, api)
    assert api.requests == 1


def test_a_retry_after_beyond_a_minute_is_not_waited_for(client, scripted):
    too_long = f"{MAX_WAIT_SECONDS * 60:g}"
    api = scripted(refusal(429, too_long), ok(client))
    waits = []
    assert "not now" in failure(client, api, waits=waits)
    assert waits == [] and api.requests == 1


@pytest.mark.parametrize("value", ["soon", "0", "-5", "nan", "inf"])
def test_a_timeout_setting_that_is_not_a_positive_number_is_said_naming_the_variable_before_sending(
        client, scripted, monkeypatch, value):
    # It is the setting's mistake, not the endpoint's: it must not read as one, nor count against it.
    monkeypatch.setenv("WHY_FINETUNE_TIMEOUT", value)
    api = scripted(ok(client))
    circuit = Circuit()
    for _ in range(circuit.give_up_after):
        assert failure(client, api, circuit=circuit) == (
            f"{LABEL}: WHY_FINETUNE_TIMEOUT must be a positive number of seconds, not {value!r}; "
            "set it to one (such as 120) or unset it")
    assert api.requests == 0
    monkeypatch.delenv("WHY_FINETUNE_TIMEOUT")
    assert call(client, api, circuit=circuit) == "Red."  # the endpoint was not given up
