"""The real `openai` client against the local server's OpenAI routes (under /openai/v1), which require a key here.

A completion through the openai client must give exactly the text Lamini's route gives for the same
prompt and token limit; chat completions go through the model's own template; answers are byte-for-byte
the same for the same request; errors come in OpenAI's shape, which the client turns into its own
exceptions; and Lamini's route still answers in its own shape.
"""

import json
import secrets
from pathlib import Path

import jsonschema
import openai
import pytest
import requests

import why_finetune.server
from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback

BASE = "google/gemma-3-270m"
CHAT = "HuggingFaceTB/SmolLM2-135M-Instruct"
KEY = "test-" + secrets.token_urlsafe(24)


@pytest.fixture(scope="module")
def server():
    with start_server(api_key=KEY) as running:
        yield running


@pytest.fixture(scope="module")
def client(server):
    return openai.OpenAI(base_url=f"{server.url}/openai/v1", api_key=KEY, max_retries=0, timeout=120)


def lamini_route(server, model, prompt, max_new_tokens):
    response = requests.post(f"{server.url}/v1/completions", timeout=120,
                             json={"model_name": model, "prompt": prompt, "max_new_tokens": max_new_tokens},
                             headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("model", [BASE, CHAT])
def test_a_completion_is_the_text_lamini_route_gives(server, client, model):
    prompt = "Tell me how to train my dog to sit"
    answer = client.completions.create(model=model, prompt=prompt, max_tokens=12, temperature=0)
    assert answer.choices[0].text == lamini_route(server, model, prompt, 12)["output"]
    assert answer.object == "text_completion" and answer.model == model
    assert answer.id.startswith("cmpl-")
    assert answer.choices[0].finish_reason in ("stop", "length")
    assert answer.usage.completion_tokens <= 12 and answer.usage.prompt_tokens > 0
    assert answer.usage.total_tokens == answer.usage.prompt_tokens + answer.usage.completion_tokens


def test_a_completion_cut_by_max_tokens_says_length(client):
    answer = client.completions.create(model=BASE, prompt="One, two, three, four,", max_tokens=3)
    assert answer.choices[0].finish_reason == "length"
    assert answer.usage.completion_tokens == 3


def test_a_list_of_prompts_is_answered_in_order(server, client):
    prompts = ["The capital of France is", "Water boils at"]
    answer = client.completions.create(model=BASE, prompt=prompts, max_tokens=4)
    assert [choice.index for choice in answer.choices] == [0, 1]
    assert [choice.text for choice in answer.choices] == [lamini_route(server, BASE, p, 4)["output"] for p in prompts]


def test_the_same_request_gets_the_same_bytes(server):
    body = {"model": CHAT, "messages": [{"role": "user", "content": "What do you think of Mars?"}], "max_tokens": 8}
    answers = [requests.post(f"{server.url}/openai/v1/chat/completions", json=body, timeout=120,
                             headers={"Authorization": f"Bearer {KEY}"}) for _ in range(2)]
    assert [a.status_code for a in answers] == [200, 200]
    assert answers[0].content == answers[1].content
    assert answers[0].json()["created"] == 0


def test_chat_applies_the_models_own_template(server, client):
    question = "What is the capital of France?"
    answer = client.chat.completions.create(model=CHAT, messages=[{"role": "user", "content": question}],
                                            max_tokens=16, temperature=0)
    message = answer.choices[0].message
    assert message.role == "assistant" and message.content
    assert answer.object == "chat.completion" and answer.id.startswith("chatcmpl-")
    # SmolLM2's own template (ChatML with its default system turn, as the catalogue spells it): the same
    # text as completing the templated prompt by hand.
    templated = ("<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face"
                 f"<|im_end|>\n<|im_start|>user\n{question}<|im_end|>\n<|im_start|>assistant\n")
    by_hand = client.completions.create(model=CHAT, prompt=templated, max_tokens=16).choices[0].text
    raw = client.completions.create(model=CHAT, prompt=question, max_tokens=16).choices[0].text
    assert message.content == by_hand
    assert message.content != raw


def test_chat_accepts_text_parts_and_max_completion_tokens(client):
    plain = client.chat.completions.create(model=CHAT, max_tokens=6,
                                           messages=[{"role": "user", "content": "Say hello"}])
    parts = client.chat.completions.create(model=CHAT, max_completion_tokens=6,
                                           messages=[{"role": "user", "content": [{"type": "text", "text": "Say hello"}]}])
    assert parts.choices[0].message.content == plain.choices[0].message.content


def test_the_models_are_listed(client):
    assert sorted(model.id for model in client.models.list()) == sorted([BASE, CHAT])


def test_answers_name_where_the_text_came_from(client):
    raw = client.completions.with_raw_response.create(model=BASE, prompt="Hi", max_tokens=1)
    assert raw.headers["X-Why-Finetune-Backend"] == "why-finetune local server"
    assert raw.headers["X-Why-Finetune-Model-File"].endswith(".gguf")


# -- errors -----------------------------------------------------------------------------------------


def test_a_wrong_key_is_an_authentication_error(server):
    wrong = openai.OpenAI(base_url=f"{server.url}/openai/v1", api_key="wrong-" + KEY, max_retries=0)
    with pytest.raises(openai.AuthenticationError) as raised:
        wrong.completions.create(model=BASE, prompt="Hi", max_tokens=1)
    assert raised.value.status_code == 401
    assert raised.value.code == "invalid_api_key"
    assert KEY not in server.stderr_text()


def test_an_unknown_model_is_not_found(client):
    with pytest.raises(openai.NotFoundError) as raised:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "Hi"}])
    assert raised.value.code == "model_not_found" and raised.value.param == "model"
    assert BASE in raised.value.message


@pytest.mark.parametrize("settings, param", [
    ({"temperature": 0.7}, "temperature"),
    ({"top_p": 0.5}, "top_p"),
    ({"n": 2}, "n"),
    ({"stop": ["\n"]}, "stop"),
    ({"max_tokens": 0}, "max_tokens"),
    ({"max_tokens": 100000}, "max_tokens"),
    ({"extra_body": {"best_of": 3}}, "best_of"),
])
def test_settings_other_than_greedy_are_refused(client, settings, param):
    with pytest.raises(openai.BadRequestError) as raised:
        client.completions.create(model=BASE, prompt="Hi", **{"max_tokens": 4, **settings})
    assert raised.value.status_code == 400
    assert raised.value.param == param
    assert raised.value.type == "invalid_request_error"


def test_streaming_is_refused(client):
    with pytest.raises(openai.BadRequestError) as raised:
        client.chat.completions.create(model=CHAT, stream=True, messages=[{"role": "user", "content": "Hi"}])
    assert raised.value.param == "stream"


@pytest.mark.parametrize("messages, param", [
    ([], "messages"),
    ([{"role": "wizard", "content": "Hi"}], "messages.[0].role"),
    ([{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}], "messages.[0].content"),
])
def test_malformed_messages_are_refused(client, messages, param):
    with pytest.raises(openai.BadRequestError) as raised:
        client.chat.completions.create(model=CHAT, messages=messages)
    assert raised.value.param == param


def test_an_over_budget_request_is_refused_before_any_work(client):
    with pytest.raises(openai.BadRequestError) as raised:
        client.completions.create(model=BASE, prompt=["Hi"] * 3, max_tokens=1024)
    assert "at most 2048" in raised.value.message


@pytest.mark.parametrize("path, body, status", [
    ("/openai/v1/completions", b"{not json", 400),
    ("/openai/v1/completions", b"[1, 2]", 400),
    ("/openai/v1/chat/completions", b'{"model": "x"}', 400),
    ("/openai/v1/embeddings", b"{}", 404),
])
def test_every_error_under_the_prefix_has_openais_shape(server, path, body, status):
    response = requests.post(f"{server.url}{path}", data=body, timeout=30,
                             headers={"Authorization": f"Bearer {KEY}", "Content-Type": "application/json"})
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error" and error["message"]


def test_a_wrong_method_under_the_prefix_has_openais_shape(server):
    response = requests.get(f"{server.url}/openai/v1/chat/completions", timeout=30)
    assert response.status_code == 405 and response.headers["Allow"] == "POST"
    assert response.json()["error"]["message"]


def test_lamini_route_keeps_its_own_shape(server):
    """An OpenAI body sent to Lamini's route is Lamini's error, as before: the prefix, not the body, decides."""
    response = requests.post(f"{server.url}/v1/completions", json={"model": BASE, "prompt": "Hi"}, timeout=30,
                             headers={"Authorization": f"Bearer {KEY}"})
    assert response.status_code == 422
    assert response.json() == {"detail": "field 'model_name' is required"}


# -- the document --------------------------------------------------------------------------------------

OPENAPI = json.loads(Path(why_finetune.server.__file__).with_name("openapi.json").read_text())


def assert_conforms(response, path, method="post"):
    documented = OPENAPI["paths"][path][method]["responses"].get(str(response.status_code))
    assert documented, f"{method.upper()} {path} answered {response.status_code}, which openapi.json does not document"
    schema = documented["content"]["application/json"]["schema"]
    jsonschema.validate(response.json(), {**schema, "components": OPENAPI["components"]},
                        cls=jsonschema.Draft202012Validator)
    for name in documented.get("headers", {}):
        assert name in response.headers, f"header {name} is missing"


def test_every_answer_matches_openapi_json(server):
    auth = {"Authorization": f"Bearer {KEY}"}

    def post(path, body, headers=auth):
        return requests.post(f"{server.url}{path}", json=body, headers=headers, timeout=120)

    chat = {"model": CHAT, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 3}
    completion = {"model": BASE, "prompt": ["Hi", "Bye"], "max_tokens": 3}
    for path, body in [("/openai/v1/chat/completions", chat), ("/openai/v1/completions", completion)]:
        jsonschema.validate(body, {**OPENAPI["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"],
                                   "components": OPENAPI["components"]}, cls=jsonschema.Draft202012Validator)
        assert_conforms(post(path, body), path)
        assert_conforms(post(path, body, {}), path)  # 401
        assert_conforms(post(path, {**body, "model": "nope"}), path)  # 404
        assert_conforms(post(path, {**body, "temperature": 1}), path)  # 400
    assert_conforms(requests.get(f"{server.url}/openai/v1/models", headers=auth, timeout=10), "/openai/v1/models", "get")
