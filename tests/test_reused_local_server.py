"""WHY_FINETUNE_LOCAL_SERVER: a refresh or `compare --live` sends local pairs to a running server instead of
starting one. Before anything is sent, the variable must name a why-finetune server on loopback that serves
both local models; anything else is one line naming the variable and saying what to do.

These tests stand in for the server with a small loopback HTTP server answering /health (no models load);
tests/recording/test_reused_local_server_refresh.py refreshes through a real one.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import vcr

from why_finetune.server import process
from why_finetune.server.models import SERVED_MODELS
from why_finetune.server.process import REUSE_ENV, ReusedServer, ReusedServerError, local_server, reused_server

MODELS = list(SERVED_MODELS)
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


@pytest.fixture
def answering():
    """`answering(status, body)`: the URL of a loopback server whose GET /health answers so."""
    servers = []

    def start(status: int, body: bytes, post_status: int = 422) -> str:
        class Health(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):  # why-finetune's server: 422 for an empty body, 401 first if it needs a key
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.send_response(post_status)
                self.end_headers()

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Health)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def health(models=MODELS) -> bytes:
    return json.dumps({"status": "ok", "models": models}).encode()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_why_finetune_server_on_loopback_is_reused(answering):
    url = answering(200, health())
    server = reused_server(url + "/", MODELS)
    assert isinstance(server, ReusedServer) and server.url == url


def test_with_the_variable_set_nothing_is_started(answering):
    url = answering(200, health())
    assert isinstance(local_server({REUSE_ENV: f" {url} "}), ReusedServer)


@pytest.mark.parametrize("value, problem", [
    ("127.0.0.1:8800", "not the address of a local server (http://HOST:PORT, no user or password)"),
    ("https://127.0.0.1:8800", "not the address of a local server (http://HOST:PORT, no user or password)"),
    ("http://127.0.0.1", "not the address of a local server (http://HOST:PORT, no user or password)"),
    ("http://127.0.0.1:8800/v1", "not the address of a local server (http://HOST:PORT, no user or password)"),
    ("http://127.0.0.1:99999", "not the address of a local server (http://HOST:PORT, no user or password)"),
    ("http://10.1.2.3:8800", "10.1.2.3 is not a loopback address"),
    ("http://example.com:8800", "example.com is not a loopback address"),
])
def test_a_value_that_is_not_a_loopback_server_address_is_refused_before_anything_is_sent(value, problem):
    with pytest.raises(ReusedServerError) as refused:
        reused_server(value, MODELS)
    assert str(refused.value) == (
        f"{REUSE_ENV}={value!r}: {problem}; start one with `python -m why_finetune serve --port 8800` and set "
        f"{REUSE_ENV}=http://127.0.0.1:8800, or unset {REUSE_ENV}")


def test_nothing_listening_is_said_in_one_line():
    url = f"http://127.0.0.1:{closed_port()}"
    with pytest.raises(ReusedServerError) as refused:
        reused_server(url, MODELS)
    message = str(refused.value)
    assert message.startswith(f"{REUSE_ENV}={url!r}: no why-finetune server answers there (")
    assert "\n" not in message and f"or unset {REUSE_ENV}" in message


@pytest.mark.parametrize("status, body", [
    (404, b'{"detail": "not found"}'),
    (200, b"<html>a web page</html>"),
    (200, b'{"status": "ok"}'),
    (200, b'["google/gemma-3-270m"]'),
])
def test_something_else_answering_there_is_not_taken_for_the_server(answering, status, body):
    url = answering(status, body)
    with pytest.raises(ReusedServerError, match="what answers there is not a why-finetune server"):
        reused_server(url, MODELS)


def test_a_server_without_one_of_the_models_is_refused_naming_it(answering):
    url = answering(200, health(MODELS[:1]))
    with pytest.raises(ReusedServerError, match=f"it does not serve {MODELS[1]};"):
        reused_server(url, MODELS)


def test_the_check_is_not_recorded_in_the_cassette_it_runs_in(answering, tmp_path):
    # The plugin asks for the server inside the first local case's cassette: vcrpy must not see the check.
    url = answering(200, health())
    with vcr.use_cassette(str(tmp_path / "case.yaml"), record_mode="all") as cassette:
        reused_server(url, MODELS)
    assert len(cassette) == 0


@pytest.mark.parametrize("value", ["http://:hunter2@127.0.0.1:8800", "http://me:hunter2@127.0.0.1:8800"])
def test_a_value_with_a_user_or_password_is_refused_without_showing_the_password(value):
    with pytest.raises(ReusedServerError) as refused:
        reused_server(value, MODELS)
    assert "hunter2" not in str(refused.value)
    assert "no user or password" in str(refused.value)


def test_a_server_that_requires_a_key_is_refused_before_any_case_is_sent(answering):
    url = answering(200, health(), post_status=401)
    with pytest.raises(ReusedServerError, match=r"requires a key \(started with --api-key-env\); local pairs send"):
        reused_server(url, MODELS)


def test_a_body_nested_too_deep_to_parse_is_not_taken_for_the_server(answering):
    url = answering(200, b"[" * 60_000)
    with pytest.raises(ReusedServerError, match="what answers there is not a why-finetune server"):
        reused_server(url, MODELS)


@pytest.fixture
def raw_server():
    """`raw_server(handle)`: a loopback port whose every connection is given to `handle(connection)`."""
    listeners = []

    def start(handle) -> str:
        listener = socket.create_server(("127.0.0.1", 0))
        listeners.append(listener)

        def serve():
            while True:
                try:
                    connection, _ = listener.accept()
                except OSError:
                    return
                threading.Thread(target=handle, args=(connection,), daemon=True).start()

        threading.Thread(target=serve, daemon=True).start()
        return f"http://127.0.0.1:{listener.getsockname()[1]}"

    yield start
    for listener in listeners:
        listener.close()


def answer_and_stay_open(connection):
    request = connection.recv(65536)
    status = b"200 OK" if request.startswith(b"GET") else b"422 Unprocessable"
    body = health() if request.startswith(b"GET") else b"{}"
    connection.sendall(b"HTTP/1.1 " + status + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    time.sleep(30)  # the answer is whole: the check must not wait for the close
    connection.close()


def dribble(connection):
    connection.recv(65536)
    try:
        for byte in b"HTTP/1.0 200 OK\r\n\r\n" + health():
            connection.sendall(bytes([byte]))
            time.sleep(0.2)
    except OSError:
        pass


def test_a_whole_answer_is_read_by_its_length_without_waiting_for_the_close(raw_server):
    url = raw_server(answer_and_stay_open)
    assert reused_server(url, MODELS).url == url  # waiting for the close would pass the deadline and fail


def test_a_server_that_answers_byte_by_byte_is_given_up_at_one_deadline(raw_server, monkeypatch):
    monkeypatch.setattr(process, "_ASK_SECONDS", 1.0)  # one deadline for the whole check, not one per read
    url = raw_server(dribble)  # its whole answer takes about 20 s: each byte alone comes well in time
    with pytest.raises(ReusedServerError, match="no why-finetune server answers there"):
        reused_server(url, MODELS)
