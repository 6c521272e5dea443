"""The unmodified lamini 3.4.6 client against the local server, which requires a key here.

`lamini.Lamini(model, api_url=server.url, api_key=key).generate(...)` must get exactly what a direct
HTTP request gets, send bodies that conform to Lamini's published schema once nulls are dropped, and
turn the server's errors into lamini's own exceptions. The key must never reach the server's log.
"""

import json
import secrets
from pathlib import Path

import jsonschema
import pytest
import requests

import why_finetune.server
from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback

BASE = "google/gemma-3-270m"
CHAT = "HuggingFaceTB/SmolLM2-135M-Instruct"
KEY = "test-" + secrets.token_urlsafe(24)
OPENAPI = json.loads(Path(why_finetune.server.__file__).with_name("openapi.json").read_text())
PAYLOAD_SCHEMA = {"$ref": "#/components/schemas/CompletionsPayload", "components": OPENAPI["components"]}


@pytest.fixture(scope="module")
def server():
    with start_server(api_key=KEY) as running:
        yield running


@pytest.fixture
def lamini(monkeypatch):
    """lamini as installed. why_finetune's client, when a test in this process has used it, has put its
    own stand-ins for `requests` and `importlib` into lamini's rest_requests; lamini's own are put back."""
    import importlib

    import lamini  # about two seconds, the first time
    from lamini.api import rest_requests

    monkeypatch.setattr(rest_requests, "requests", requests)
    monkeypatch.setattr(rest_requests, "importlib", importlib)
    return lamini


@pytest.fixture
def sent_bodies(monkeypatch):
    """The JSON bodies lamini posts during the test (the requests still go to the server)."""
    bodies = []
    real_post = requests.post

    def spy(*args, **kwargs):
        bodies.append(kwargs.get("json"))
        return real_post(*args, **kwargs)

    monkeypatch.setattr(requests, "post", spy)
    return bodies


def direct(server, model, prompt, key=KEY, **extra):
    """The same request lamini would send, made with requests directly."""
    body = {"model_name": model, "prompt": prompt, "output_type": None, "max_tokens": None, **extra}
    response = requests.post(f"{server.url}/v1/completions", json=body, timeout=120,
                             headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200, response.text
    return response.json()


MARS_CHATML = "<|im_start|>user\nWhat do you think of Mars?<|im_end|>\n<|im_start|>assistant\n"


@pytest.mark.parametrize("model, prompt", [(BASE, "What do you think of Mars?"), (CHAT, MARS_CHATML)])
def test_lamini_generate_returns_what_a_direct_request_gets(server, lamini, model, prompt):
    client = lamini.Lamini(model, api_url=server.url, api_key=KEY)
    text = client.generate(prompt, max_new_tokens=12)
    assert isinstance(text, str) and text.strip()
    assert text == direct(server, model, prompt, max_new_tokens=12)["output"]


def test_lamini_generate_with_a_list_returns_the_texts_in_order(server, lamini):
    prompts = ["What do you think of Mars?", "Tell me how to train my dog to sit", "Hello"]
    texts = lamini.Lamini(CHAT, api_url=server.url, api_key=KEY).generate(prompts, max_new_tokens=10)
    assert texts == [direct(server, CHAT, prompt, max_new_tokens=10)["output"] for prompt in prompts]


def test_lamini_max_new_tokens_limits_the_output(server, lamini):
    client = lamini.Lamini(BASE, api_url=server.url, api_key=KEY)
    short = client.generate("Tell me how to train my dog to sit", max_new_tokens=4)
    longer = client.generate("Tell me how to train my dog to sit", max_new_tokens=14)
    assert longer.startswith(short) and len(longer) > len(short)


def test_lamini_sends_nulls_and_the_body_without_them_conforms_to_completions_payload(server, lamini, sent_bodies):
    client = lamini.Lamini(CHAT, api_url=server.url, api_key=KEY)
    client.generate("Hello")
    client.generate(["Hello", "Hi"], max_new_tokens=4)
    client.generate("Hello", max_tokens=4)
    assert sent_bodies[0] == {"model_name": CHAT, "prompt": "Hello", "output_type": None, "max_tokens": None}
    assert sent_bodies[1]["max_new_tokens"] == 4
    for body in sent_bodies:
        with pytest.raises(jsonschema.ValidationError):  # the published schema types them object / integer
            jsonschema.validate(body, PAYLOAD_SCHEMA, cls=jsonschema.Draft202012Validator)
        present = {name: value for name, value in body.items() if value is not None}
        jsonschema.validate(present, PAYLOAD_SCHEMA, cls=jsonschema.Draft202012Validator)


def test_lamini_raises_model_not_found_error_for_an_unknown_model(server, lamini):
    from lamini.error.error import ModelNotFoundError

    client = lamini.Lamini("meta-llama/Llama-2-7b-hf", api_url=server.url, api_key=KEY)
    with pytest.raises(ModelNotFoundError, match="the served models are: google/gemma-3-270m, HuggingFaceTB/"):
        client.generate("Hello")


def test_lamini_raises_authentication_error_for_a_wrong_key(server, lamini):
    from lamini.error.error import AuthenticationError

    client = lamini.Lamini(CHAT, api_url=server.url, api_key=KEY + "-wrong")
    with pytest.raises(AuthenticationError, match="API key"):
        client.generate("Hello")


def test_lamini_raises_user_error_for_an_output_type(server, lamini):
    from lamini.error.error import UserError

    client = lamini.Lamini(CHAT, api_url=server.url, api_key=KEY)
    with pytest.raises(UserError, match="output_type"):
        client.generate("Hello", output_type={"answer": "str"})


@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer ", f"Basic {KEY}", f"Bearer {KEY}x",
                                           f"Bearer {KEY[:-1]}", f"Token {KEY}"],
                         ids=["no-header", "empty", "scheme-only", "scheme-and-space", "basic-scheme",
                              "key-plus-a-character", "key-minus-a-character", "token-scheme"])
def test_a_missing_or_wrong_key_is_401(server, authorization):
    headers = {} if authorization is None else {"Authorization": authorization}
    response = requests.post(f"{server.url}/v1/completions", timeout=30, headers=headers,
                             json={"model_name": CHAT, "prompt": "Hi", "output_type": None, "max_tokens": None})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert "API key" in response.json()["detail"]


def test_the_key_is_checked_before_the_model_name(server):
    response = requests.post(f"{server.url}/v1/completions", timeout=30,
                             json={"model_name": "no/such-model", "prompt": "Hi"})
    assert response.status_code == 401
    assert "google/gemma-3-270m" not in response.text


def test_the_right_key_is_accepted_with_any_case_of_bearer(server):
    body = {"model_name": CHAT, "prompt": "Hi", "max_new_tokens": 2}
    for scheme in ("Bearer", "bearer", "BEARER"):
        response = requests.post(f"{server.url}/v1/completions", json=body, timeout=30,
                                 headers={"Authorization": f"{scheme} {KEY}"})
        assert response.status_code == 200, scheme


def test_health_and_openapi_json_need_no_key(server):
    assert requests.get(f"{server.url}/health", timeout=10).status_code == 200
    assert requests.get(f"{server.url}/openapi.json", timeout=10).status_code == 200


def test_the_key_and_the_authorization_header_never_reach_the_server_log(server, lamini):
    lamini.Lamini(CHAT, api_url=server.url, api_key=KEY).generate("Hi", max_new_tokens=2)
    for key in (KEY, KEY + "-wrong"):
        requests.post(f"{server.url}/v1/completions", json={"model_name": "x", "prompt": 1}, timeout=30,
                      headers={"Authorization": f"Bearer {key}"})
    log = server.stderr_text()
    assert "POST /v1/completions 200" in log and "POST /v1/completions 401" in log  # the log is there ...
    assert KEY not in log and KEY[5:] not in log  # ... without the key
    assert "authorization" not in log.lower()
