"""What one request may ask of the server, exactly at each limit, and JSON that parses in Python but is
no request (NaN, Infinity, nesting deep enough to exhaust the parser), the client's error (400) on
every route, never the server's (500). In-process, with a stand-in model.

A limit that is off by one lets through, or refuses, the request exactly at it: each limit is
tried at its value (served) and one past it (refused with 422 and a detail naming the limit).
"""

import io
import threading

import pytest
import requests

from why_finetune.server import budget
from why_finetune.server.app import make_server
from why_finetune.server.models import N_CTX

pytestmark = pytest.mark.loopback


class EchoModel:
    name = "stand/in"
    file_name = "stand-in.gguf"

    def complete(self, prompt, max_new_tokens, should_stop=None):
        return prompt


@pytest.fixture(scope="module")
def app():
    server = make_server("127.0.0.1", 0, {"stand/in": EchoModel()}, runtime="stand-in 0", log=io.StringIO())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def post(app, prompt, max_new_tokens=1):
    return requests.post(f"{app.url}/v1/completions", timeout=30,
                         json={"model_name": "stand/in", "prompt": prompt, "max_new_tokens": max_new_tokens})


def assert_refused(response, *words):
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    for word in words:
        assert word in detail, f"{word!r} not in {detail!r}"


def test_the_limits_are_the_documented_ones():
    assert (budget.MAX_PROMPTS, budget.MAX_NEW_TOKENS_PER_REQUEST, budget.MAX_PROMPT_TOKENS_PER_REQUEST) == \
        (100, 2048, 4096)


def test_exactly_the_maximum_number_of_prompts_is_served_and_one_more_is_refused(app):
    prompts = [f"p{i}" for i in range(budget.MAX_PROMPTS)]
    answer = post(app, prompts)
    assert answer.status_code == 200, answer.text
    assert [item["output"] for item in answer.json()] == prompts
    assert_refused(post(app, ["p"] * (budget.MAX_PROMPTS + 1)), f"{budget.MAX_PROMPTS + 1} prompts",
                   f"at most {budget.MAX_PROMPTS}")


def test_new_tokens_exactly_at_the_budget_are_served_and_one_more_is_refused(app):
    assert budget.MAX_NEW_TOKENS_PER_REQUEST == 2 * 1024  # so both requests below sit at the edge
    assert post(app, ["a", "b"], max_new_tokens=1024).status_code == 200  # 2 x 1024 = 2048
    assert post(app, ["a"] * 16, max_new_tokens=128).status_code == 200  # 16 x 128 = 2048
    assert_refused(post(app, ["a", "b", "c"], max_new_tokens=683), "3 prompts x 683", "2049", "2048")


def test_prompt_text_exactly_at_the_budget_is_served_and_one_byte_more_is_refused(app):
    # Each prompt counts as its UTF-8 length + 1 (no token is shorter than a byte, plus the start token),
    # at most the context: 1365 + 1365 + 1366 = 4096.
    assert post(app, ["x" * 1364, "x" * 1364, "x" * 1365]).status_code == 200
    assert_refused(post(app, ["x" * 1364, "x" * 1364, "x" * 1366]), "4097", "4096")


def test_prompt_text_counts_utf8_bytes_not_characters(app):
    assert post(app, ["e" * 700] * 3).status_code == 200  # 3 x 701 = 2103
    assert_refused(post(app, ["é" * 700] * 3), "4203", "4096")  # 3 x (1400 + 1): é is 2 bytes


def test_a_single_prompt_longer_than_the_context_is_left_to_the_model():
    # It costs at most a context's worth of work: the model refuses it before generating anything.
    assert budget.prompt_tokens_at_most(["x" * 100_000]) == N_CTX
    budget.check_request(["x" * 100_000], 1024)  # no error: the model answers "too long for the context"


# JSON that is no request ---------------------------------------------------------------------

ROUTES = {
    "lamini": ("/v1/completions", '{{"model_name": "stand/in", "prompt": "Hi", "max_tokens": {value}}}'),
    "openai completions": ("/openai/v1/completions", '{{"model": "stand/in", "prompt": "Hi", "max_tokens": {value}}}'),
    "openai chat": ("/openai/v1/chat/completions",
                    '{{"model": "stand/in", "messages": [{{"role": "user", "content": "Hi"}}], "max_tokens": {value}}}'),
}


def post_raw(app, path: str, body: str):
    return requests.post(f"{app.url}{path}", data=body.encode(), timeout=30,
                         headers={"Content-Type": "application/json"})


def detail(response) -> str:
    body = response.json()
    return body["detail"] if "detail" in body else body["error"]["message"]


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_a_non_finite_number_is_the_clients_error(app, route, value):
    path, template = ROUTES[route]
    response = post_raw(app, path, template.format(value=value))
    assert response.status_code == 400, response.text
    assert value in detail(response) and "not valid JSON" in detail(response)


@pytest.mark.parametrize("route", ROUTES)
def test_50000_nested_brackets_are_the_clients_error(app, route):
    path, _ = ROUTES[route]
    response = post_raw(app, path, "[" * 50_000 + "]" * 50_000)
    assert response.status_code == 400, response.text
    assert "nested too deeply" in detail(response)

