"""The HTTP layer in-process, with stand-in models: failures become JSON errors and the server keeps serving.

These need no model weights; they check what the real models cannot be made to do on demand
(raise an unexpected exception), plus the small pure functions the handler is built from.
"""

import io
import socket
import threading

import pytest
import requests

from why_finetune.server.app import HTTPError, bearer_key_matches, make_server, max_new_tokens_of, parse_payload
from why_finetune.server.models import SERVED_MODELS, ContextTooLongError, GenerationError

pytestmark = pytest.mark.loopback


class StandInModel:
    name = "stand/in"
    file_name = "stand-in.gguf"

    def __init__(self):
        self.calls = []

    def complete(self, prompt, max_new_tokens, should_stop=None):
        self.calls.append((prompt, max_new_tokens))
        if prompt == "crash":
            raise ZeroDivisionError("a bug")
        if prompt == "runtime error":
            raise GenerationError("stand/in: the runtime failed")
        if prompt == "too long":
            raise ContextTooLongError("the prompt is too long for the context of stand/in")
        return prompt.upper()


@pytest.fixture
def app():
    log = io.StringIO()
    model = StandInModel()
    server = make_server("127.0.0.1", 0, {"stand/in": model}, runtime="stand-in 0", log=log)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    server.model, server.log_text = model, log.getvalue
    yield server
    server.shutdown()
    server.server_close()


def post(app, prompt, **extra):
    return requests.post(f"{app.url}/v1/completions", timeout=10,
                         json={"model_name": "stand/in", "prompt": prompt, "output_type": None, "max_tokens": None,
                               **extra})


def test_an_unexpected_exception_is_a_json_500_and_the_server_keeps_serving(app):
    response = post(app, "crash")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal server error; the server log has the details"}
    assert "ZeroDivisionError: a bug" in app.log_text()
    assert post(app, "still there").json() == {"output": "STILL THERE"}


def test_a_runtime_error_is_a_500_saying_generation_failed(app):
    response = post(app, "runtime error")
    assert response.status_code == 500
    assert response.json()["detail"] == "generation failed: stand/in: the runtime failed"


def test_a_prompt_too_long_for_the_context_is_422(app):
    response = post(app, "too long")
    assert response.status_code == 422 and "too long" in response.json()["detail"]


def test_the_model_gets_the_default_of_128_tokens_when_lamini_sends_null(app):
    post(app, "hello")
    assert app.model.calls == [("hello", 128)]


def test_provenance_headers_name_the_model_file_and_the_runtime(app):
    response = post(app, "hello")
    assert response.headers["X-Why-Finetune-Backend"] == "why-finetune local server"
    assert response.headers["X-Why-Finetune-Model-File"] == "stand-in.gguf"
    assert response.headers["X-Why-Finetune-Runtime"] == "stand-in 0"


def test_a_list_is_answered_in_order(app):
    assert post(app, ["a", "b", "c"]).json() == [{"output": "A"}, {"output": "B"}, {"output": "C"}]


def test_keep_alive_connections_serve_several_requests(app):
    with requests.Session() as session:
        for prompt in ("one", "two", "three"):
            response = session.post(f"{app.url}/v1/completions", json={"model_name": "stand/in", "prompt": prompt},
                                    timeout=10)
            assert response.json() == {"output": prompt.upper()}


# -- the pieces -----------------------------------------------------------------------------------------


def test_a_non_ascii_key_sent_as_utf8_bytes_matches():
    header = "Bearer ключ".encode("utf-8").decode("latin-1")  # what http.server hands the handler
    assert bearer_key_matches(header, "ключ")
    assert not bearer_key_matches(header, "ключи")


def test_a_request_line_with_control_characters_logs_one_short_clean_line(app):
    path = b"/a\x1b[31mred\x07" + b"x" * 1000
    with socket.create_connection(app.server_address[:2], timeout=10) as connection:
        connection.sendall(b"GET " + path + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        answer = connection.makefile("rb").read()
    assert answer.startswith(b"HTTP/1.1 404 ")
    line = app.log_text().splitlines()[-1]
    assert line.startswith("GET /a?[31mred?xxx") and line.endswith(" ms") and " 404 " in line
    assert len(line) < 300 and "\x1b" not in line and "\x07" not in line


def test_served_models_are_the_base_and_the_chat_model_each_with_a_gguf_file():
    assert list(SERVED_MODELS) == ["google/gemma-3-270m", "HuggingFaceTB/SmolLM2-135M-Instruct"]
    for locate in SERVED_MODELS.values():
        path = locate()
        assert path.suffix == ".gguf" and path.is_file() and path.stat().st_size > 50_000_000


@pytest.mark.parametrize("authorization, expected", [
    ("Bearer k3y", True), ("bearer k3y", True), ("Bearer  k3y ", True),
    ("Bearer k3y2", False), ("Bearer k3", False), ("Basic k3y", False), ("k3y", False), ("", False), (None, False),
    ("Bearer ключ", False),
])
def test_bearer_key_matches_only_the_exact_key(authorization, expected):
    assert bearer_key_matches(authorization, "k3y") is expected


@pytest.mark.parametrize("payload, expected", [
    ({}, 128), ({"max_tokens": 7}, 7), ({"max_new_tokens": 5}, 5), ({"max_tokens": 7, "max_new_tokens": 5}, 5),
    ({"max_new_tokens": 16.0}, 16), ({"max_new_tokens": 1}, 1), ({"max_new_tokens": 1024}, 1024),
])
def test_max_new_tokens_of_a_payload(payload, expected):
    assert max_new_tokens_of(payload) == expected
    assert type(max_new_tokens_of(payload)) is int


def test_parse_payload_drops_null_fields():
    body = b'{"model_name": "m", "prompt": "p", "output_type": null, "max_tokens": null, "cache_id": null}'
    assert parse_payload(body) == {"model_name": "m", "prompt": "p"}


def test_parse_payload_names_a_nested_bad_prompt():
    with pytest.raises(HTTPError) as raised:
        parse_payload(b'{"model_name": "m", "prompt": ["ok", 3]}')
    assert raised.value.status == 422 and "'prompt" in raised.value.detail
