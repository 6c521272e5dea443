"""JSON that parses in Python but is no request: NaN, Infinity, and nesting deep enough to exhaust the
parser. Each is the client's error (400, saying what is wrong), on the Lamini route and on the OpenAI
routes alike, never the server's (500). In-process, with a stand-in model that is never reached."""

import io
import threading

import pytest
import requests

from why_finetune.server.app import make_server

pytestmark = pytest.mark.loopback

ROUTES = {
    "lamini": ("/v1/completions", '{{"model_name": "stand/in", "prompt": "Hi", "max_tokens": {value}}}'),
    "openai completions": ("/openai/v1/completions", '{{"model": "stand/in", "prompt": "Hi", "max_tokens": {value}}}'),
    "openai chat": ("/openai/v1/chat/completions",
                    '{{"model": "stand/in", "messages": [{{"role": "user", "content": "Hi"}}], "max_tokens": {value}}}'),
}


class UnreachedModel:
    name = "stand/in"
    file_name = "stand-in.gguf"

    def complete(self, prompt, max_new_tokens, should_stop=None):
        raise AssertionError("a refused request must not reach the model")

    generate = complete


@pytest.fixture(scope="module")
def app():
    server = make_server("127.0.0.1", 0, {"stand/in": UnreachedModel()}, runtime="stand-in 0", log=io.StringIO())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def post(app, path: str, body: str):
    return requests.post(f"{app.url}{path}", data=body.encode(), timeout=30,
                         headers={"Content-Type": "application/json"})


def detail(response) -> str:
    body = response.json()
    return body["detail"] if "detail" in body else body["error"]["message"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_a_non_finite_number_is_the_clients_error(app, route, value):
    path, template = ROUTES[route]
    response = post(app, path, template.format(value=value))
    assert response.status_code == 400, response.text
    assert value in detail(response) and "not valid JSON" in detail(response)


@pytest.mark.parametrize("route", ROUTES)
def test_50000_nested_brackets_are_the_clients_error(app, route):
    path, _ = ROUTES[route]
    response = post(app, path, "[" * 50_000 + "]" * 50_000)
    assert response.status_code == 400, response.text
    assert "nested too deeply" in detail(response)

