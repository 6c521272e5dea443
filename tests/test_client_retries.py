"""The client's patience: a timeout on every call, bounded retries for 429 and 503 only."""

import pytest

from why_finetune.clients.guard import ATTEMPTS, BACKOFF_SECONDS
from why_finetune.clients.lamini_client import PatientRequests


class Response:
    def __init__(self, status, retry_after=None):
        self.status_code = status
        self.headers = {"Retry-After": retry_after} if retry_after is not None else {}


@pytest.fixture
def scripted(monkeypatch):
    """requests.post answering with the given statuses in turn; records what it was called with."""

    def install(*responses):
        calls = []

        def post(url, **kwargs):
            calls.append(kwargs)
            return responses[min(len(calls) - 1, len(responses) - 1)]

        monkeypatch.setattr("why_finetune.clients.lamini_client.requests.post", post)
        return calls

    return install


def test_every_call_gets_the_timeout(scripted):
    calls = scripted(Response(200))
    PatientRequests(timeout=7).post("http://x")
    assert calls[0]["timeout"] == 7


def test_retry_after_is_honoured_including_zero(scripted):
    scripted(Response(429, "3"), Response(503, "0"), Response(200))
    waits = []
    assert PatientRequests(timeout=1, sleep=waits.append).post("http://x").status_code == 200
    assert waits == [3.0, 0.0]


def test_without_retry_after_the_backoff_grows_and_is_bounded(scripted):
    calls = scripted(Response(429))
    waits = []
    assert PatientRequests(timeout=1, sleep=waits.append).post("http://x").status_code == 429
    assert len(calls) == ATTEMPTS
    assert waits == list(BACKOFF_SECONDS)


@pytest.mark.parametrize("status", [400, 401, 500, 594])
def test_other_errors_are_not_retried(scripted, status):
    calls = scripted(Response(status), Response(200))
    assert PatientRequests(timeout=1, sleep=lambda s: None).post("http://x").status_code == status
    assert len(calls) == 1


def test_a_retry_after_beyond_a_minute_is_not_waited_for(scripted):
    calls = scripted(Response(429, "3600"), Response(200))
    waits = []
    assert PatientRequests(timeout=1, sleep=waits.append).post("http://x").status_code == 429
    assert waits == [] and len(calls) == 1


@pytest.mark.parametrize("value", ["soon", "0", "-5", "nan", "inf"])
def test_a_timeout_setting_that_is_not_a_positive_number_is_said_naming_the_variable_before_sending(
        scripted, monkeypatch, value):
    # It is the setting's mistake, not the endpoint's: it must not read as one, nor count against it.
    from why_finetune.clients.circuit import Circuit
    from why_finetune.clients.endpoint import Endpoint
    from why_finetune.clients.guard import ModelCallError
    from why_finetune.clients.lamini_client import complete

    calls = scripted(Response(200))
    monkeypatch.setenv("WHY_FINETUNE_TIMEOUT", value)
    circuit = Circuit()
    for _ in range(circuit.give_up_after):
        with pytest.raises(ModelCallError) as raised:
            complete("p/q/raw/base", "m", "Mars?", 8, Endpoint("http://127.0.0.1:9", "wf-test-timeout", "K"),
                     circuit=circuit)
        assert str(raised.value) == (f"p/q/raw/base: WHY_FINETUNE_TIMEOUT must be a positive number of seconds, "
                                     f"not {value!r}; set it to one (such as 120) or unset it")
    assert calls == []
    assert circuit.given_up("http://127.0.0.1:9/v1/completions") is None
