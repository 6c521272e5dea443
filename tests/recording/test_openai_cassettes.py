"""The real `openai` client is recorded and replayed by vcrpy, and nothing it sends escapes a cassette.

The openai release pinned here sends through `httpx2`; vcrpy 9.4 patches `httpx2`'s transports as it
does `httpx`'s. Recorded through `why_finetune.clients.openai_client` against the local server, the calls
replay with the server stopped and every socket refused, and a call that is not in the cassette fails
instead of going out. Should a later openai or vcrpy stop being patched, these tests fail.
"""

import json
import secrets
import socket

import pytest
import vcr
from vcr.errors import CannotOverwriteExistingCassetteException

from why_finetune.clients import openai_client
from why_finetune.clients.circuit import Circuit
from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import REPLAY_ENDPOINT
from why_finetune.recording import matching, scrubbing, serializer
from why_finetune.server.process import start_server

BASE = "google/gemma-3-270m"
CHAT = "HuggingFaceTB/SmolLM2-135M-Instruct"
PROMPT = "What do you think of Mars?"
KEY = "test-" + secrets.token_urlsafe(24)

# The recording talks to a local server on loopback; replay then refuses every socket itself (no_sockets).
pytestmark = pytest.mark.loopback


def recorder(mode):
    """A VCR set up as the project's: its matchers, its scrubbing, its readable cassettes."""
    recorder = vcr.VCR(record_mode=mode, match_on=matching.MATCH_ON, serializer="readable",
                       before_record_request=scrubbing.scrub_request,
                       before_record_response=scrubbing.scrub_response, decode_compressed_response=True)
    recorder.register_serializer("readable", serializer)
    for name, matcher in matching.MATCHERS.items():
        recorder.register_matcher(name, matcher)
    return recorder


def calls(endpoint):
    """One call of each kind: a completion of each model, and a chat completion."""
    return [
        openai_client.complete("t/raw/base", BASE, PROMPT, 8, endpoint, Circuit()),
        openai_client.complete("t/raw/chat", CHAT, PROMPT, 8, endpoint, Circuit()),
        openai_client.chat("t/chat/chat", CHAT, PROMPT, 8, endpoint, Circuit()),
    ]


@pytest.fixture
def no_sockets(monkeypatch):
    """Every new connection fails, loopback included: whatever is not answered by vcrpy fails."""
    attempts = []

    def refuse(self, address):
        attempts.append(address)
        raise ConnectionRefusedError(f"network blocked by the test: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    """A cassette recorded through openai_client against the local server (with a key), and what it answered."""
    path = tmp_path_factory.mktemp("cassettes") / "openai.yaml"
    with start_server(api_key=KEY) as server:
        endpoint = Endpoint(f"{server.url}/openai/v1", KEY, "the test's key")
        with recorder("all").use_cassette(str(path)) as cassette:
            answers = calls(endpoint)
        sent = len(cassette)
    log = server.stderr_text()  # read once it stopped: a request's log line may follow its answer
    openai_client._client.cache_clear()  # replay must not reuse a connection to the stopped server
    return path, answers, sent, log


def test_every_call_was_recorded(recorded):
    path, answers, sent, log = recorded
    assert sent == 3
    assert answers[0] and answers[2]
    assert answers[1] != answers[2]  # the chat form is not the raw completion (here: nothing at all)
    assert log.count("POST /openai/v1/completions 200") == 2
    assert log.count("POST /openai/v1/chat/completions 200") == 1


def test_the_cassette_replays_with_the_server_stopped_and_the_network_blocked(recorded, no_sockets):
    path, answers, _, _ = recorded
    with recorder("none").use_cassette(str(path)) as cassette:
        assert calls(REPLAY_ENDPOINT) == answers
        assert cassette.play_count == 3
    assert no_sockets == []  # nothing even tried to connect


def test_a_call_not_in_the_cassette_fails_and_nothing_escapes(recorded, no_sockets):
    path, _, _, _ = recorded
    with recorder("none").use_cassette(str(path)):
        with pytest.raises(CannotOverwriteExistingCassetteException):
            openai_client.complete("t/raw/base", BASE, PROMPT + "!", 8, REPLAY_ENDPOINT, Circuit())
        with pytest.raises(CannotOverwriteExistingCassetteException):
            openai_client.complete("t/raw/base", BASE, PROMPT, 9, REPLAY_ENDPOINT, Circuit())
    assert no_sockets == []


def test_the_cassette_holds_no_key_and_no_client_headers(recorded):
    path, _, _, _ = recorded
    text = path.read_text()
    assert KEY not in text
    assert "127.0.0.1/openai/v1/chat/completions" in text  # loopback port dropped
    lowered = text.lower()
    for header in ("authorization", "x-stainless", "user-agent", "openai-organization", "openai-project", "cookie"):
        assert header not in lowered, header
    assert "x-why-finetune-model-file" in lowered  # provenance headers kept
    assert "x-why-finetune-openai-version" in lowered



def test_the_requests_are_greedy_with_the_pairs_limit(recorded):
    """What was sent: temperature 0 and max_tokens; for the chat form, the query as the user's message."""
    path, _, _, _ = recorded
    bodies = [interaction["request"]["body"] for interaction in serializer.deserialize(path.read_text())["interactions"]]
    assert [json.loads(body) for body in bodies] == [
        {"model": BASE, "prompt": PROMPT, "temperature": 0, "max_tokens": 8},
        {"model": CHAT, "prompt": PROMPT, "temperature": 0, "max_tokens": 8},
        {"model": CHAT, "messages": [{"role": "user", "content": PROMPT}], "temperature": 0, "max_tokens": 8},
    ]
