"""The local server's HTTP API, as plain HTTP: what it answers, and that every answer matches openapi.json.

One real server (both models loaded, no key) serves the whole module. Generation is kept short.
"""

import json
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema
import pytest
import requests

import why_finetune.server
from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback

BASE = "google/gemma-3-270m"
CHAT = "HuggingFaceTB/SmolLM2-135M-Instruct"
OPENAPI = json.loads(Path(why_finetune.server.__file__).with_name("openapi.json").read_text())
RUNTIME = "xllamacpp 2026.10.11549"  # pinned in requirements.lock; greedy texts depend on it


@pytest.fixture(scope="module")
def server():
    with start_server() as running:
        yield running


def schema(name):
    return {"$ref": f"#/components/schemas/{name}", "components": OPENAPI["components"]}


def assert_conforms(response, path, method="post"):
    """The response's status is documented for this operation, and its body and headers match the document."""
    operation = OPENAPI["paths"][path][method]
    documented = operation["responses"].get(str(response.status_code))
    assert documented, f"{method.upper()} {path} answered {response.status_code}, which openapi.json does not document"
    assert response.headers["Content-Type"] == "application/json"
    body_schema = documented["content"]["application/json"]["schema"]
    jsonschema.validate(response.json(), {**body_schema, "components": OPENAPI["components"]},
                        cls=jsonschema.Draft202012Validator)
    for name, header in documented.get("headers", {}).items():
        assert name in response.headers, f"header {name} is missing"
        jsonschema.validate(response.headers[name], header["schema"])


def assert_error(response, status, *words):
    """An error in the documented shape {"detail": "..."} whose detail mentions every word."""
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"] == "application/json"
    body = response.json()
    jsonschema.validate(body, schema("Error"), cls=jsonschema.Draft202012Validator)
    for word in words:
        assert word in body["detail"], f"{word!r} not in {body['detail']!r}"
    return body["detail"]


def lamini_body(model, prompt, **extra):
    """The body exactly as lamini 3.4.6 builds it (nulls included), plus optional fields."""
    return {"model_name": model, "prompt": prompt, "output_type": None, "max_tokens": None, **extra}


def complete(server, body):
    return requests.post(f"{server.url}/v1/completions", json=body, timeout=120)


def output(server, model, prompt, **extra):
    response = complete(server, lamini_body(model, prompt, **extra))
    assert response.status_code == 200, response.text
    return response.json()["output"]


# -- the document itself ------------------------------------------------------------------------------


def test_every_schema_in_openapi_json_is_valid_json_schema_2020_12():
    assert OPENAPI["openapi"].startswith("3.1")
    for name in OPENAPI["components"]["schemas"]:
        jsonschema.Draft202012Validator.check_schema(schema(name))


def test_completions_payload_is_lamini_published_schema():
    payload = OPENAPI["components"]["schemas"]["CompletionsPayload"]
    assert payload["required"] == ["model_name", "prompt"]
    assert set(payload["properties"]) == {"model_name", "prompt", "output_type", "max_tokens", "max_new_tokens",
                                          "reservation_id"}
    assert "lamini-ai/lamini-ai.github.io" in payload["x-source"]


def test_get_openapi_json_serves_the_document_in_the_package(server):
    response = requests.get(f"{server.url}/openapi.json", timeout=10)
    assert response.status_code == 200
    assert response.json() == OPENAPI


def test_health_lists_both_served_models(server):
    response = requests.get(f"{server.url}/health", timeout=10)
    assert_conforms(response, "/health", "get")
    assert response.json() == {"status": "ok", "models": [BASE, CHAT]}


# -- completions --------------------------------------------------------------------------------------


@pytest.mark.parametrize("model, file_name", [(BASE, "gemma-3-270m-q4_k_m.gguf"),
                                              (CHAT, "SmolLM2-135M-Instruct.Q4_1.gguf")])
def test_a_string_prompt_gets_one_output_with_provenance_headers(server, model, file_name):
    response = complete(server, lamini_body(model, "The capital of France is", max_new_tokens=8))
    assert_conforms(response, "/v1/completions")
    assert set(response.json()) == {"output"} and response.json()["output"].strip()
    assert response.headers["X-Why-Finetune-Backend"] == "why-finetune local server"
    assert response.headers["X-Why-Finetune-Model-File"] == file_name
    assert response.headers["X-Why-Finetune-Runtime"] == RUNTIME


def test_a_list_of_prompts_gets_a_list_of_outputs_in_order(server):
    prompts = ["The capital of France is", "One, two, three,", "def hello():"]
    response = complete(server, lamini_body(CHAT, prompts, max_new_tokens=8))
    assert_conforms(response, "/v1/completions")
    assert response.json() == [{"output": output(server, CHAT, p, max_new_tokens=8)} for p in prompts]


def test_an_empty_list_of_prompts_gets_an_empty_list(server):
    response = complete(server, lamini_body(CHAT, [], max_new_tokens=8))
    assert_conforms(response, "/v1/completions")
    assert response.json() == []


def test_the_same_prompt_twice_gives_the_same_text(server):
    for model in (BASE, CHAT):
        first = output(server, model, "Tell me about the moon.", max_new_tokens=16)
        second = output(server, model, "Tell me about the moon.", max_new_tokens=16)
        assert first == second


def test_concurrent_requests_to_one_model_give_the_sequential_answer(server):
    expected = output(server, CHAT, "Once upon a time", max_new_tokens=12)
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: output(server, CHAT, "Once upon a time", max_new_tokens=12), range(4)))
    assert answers == [expected] * 4


def test_generation_is_greedy_the_base_model_continues_the_course_prompt_as_measured(server):
    # Measured with xllamacpp 2026.10.11549; a sampled,
    # non-greedy generation would not reproduce it. Another runtime version may legitimately differ.
    response = complete(server, lamini_body(BASE, "Tell me how to train my dog to sit", max_new_tokens=16))
    assert response.headers["X-Why-Finetune-Runtime"] == RUNTIME, "runtime changed: re-measure this text"
    assert response.json()["output"] == " on a chair?\n\nI'm not sure how to train my dog to"


def test_max_new_tokens_limits_the_output_and_a_shorter_limit_gives_a_prefix(server):
    prompt = "Tell me how to train my dog to sit"  # the base model loops: it never stops by itself
    short = output(server, BASE, prompt, max_new_tokens=4)
    longer = output(server, BASE, prompt, max_new_tokens=16)
    assert longer.startswith(short) and len(longer) > len(short)


def test_max_tokens_limits_the_output_when_max_new_tokens_is_absent(server):
    prompt = "Tell me how to train my dog to sit"
    assert output(server, BASE, prompt, max_tokens=4) == output(server, BASE, prompt, max_new_tokens=4)


def test_max_new_tokens_takes_precedence_over_max_tokens(server):
    prompt = "Tell me how to train my dog to sit"
    both = output(server, BASE, prompt, max_tokens=16, max_new_tokens=4)
    assert both == output(server, BASE, prompt, max_new_tokens=4)
    assert both != output(server, BASE, prompt, max_tokens=16)


def test_without_a_limit_128_tokens_are_generated(server):
    prompt = "1, 2, 3, 4, 5,"  # the chat model counts on and on: it never stops by itself
    default = output(server, CHAT, prompt)  # lamini sends "max_tokens": null
    assert default == output(server, CHAT, prompt, max_new_tokens=128)
    one_less = output(server, CHAT, prompt, max_new_tokens=127)
    assert default.startswith(one_less) and default != one_less


def test_cache_id_and_reservation_id_are_accepted_and_ignored(server):
    plain = output(server, CHAT, "Hello", max_new_tokens=8)
    assert output(server, CHAT, "Hello", max_new_tokens=8, cache_id="abc", reservation_id=7) == plain


def test_health_answers_while_a_model_is_generating(server):
    slow = threading.Thread(target=output, args=(server, BASE, "Tell me how to train my dog to sit"),
                            kwargs={"max_new_tokens": 128})
    slow.start()
    time.sleep(0.3)
    started = time.monotonic()
    response = requests.get(f"{server.url}/health", timeout=10)
    elapsed = time.monotonic() - started
    still_generating = slow.is_alive()
    slow.join()
    assert response.status_code == 200
    assert still_generating, "the generation ended too soon for this test to mean anything"
    assert elapsed < 1.0


# -- errors -------------------------------------------------------------------------------------------


def test_a_body_that_is_not_json_is_400(server):
    response = requests.post(f"{server.url}/v1/completions", data=b"{not json", timeout=10,
                             headers={"Content-Type": "application/json"})
    assert_conforms(response, "/v1/completions")
    assert_error(response, 400, "not valid JSON")


def test_a_body_that_is_not_utf8_is_400(server):
    response = requests.post(f"{server.url}/v1/completions", data=b'{"prompt": "\xff"}', timeout=10)
    assert_error(response, 400, "UTF-8")


def test_an_empty_body_is_400(server):
    response = requests.post(f"{server.url}/v1/completions", data=b"", timeout=10)
    assert_error(response, 400)


def test_a_json_body_that_is_not_an_object_is_422(server):
    response = complete(server, ["model_name", "prompt"])
    assert_conforms(response, "/v1/completions")
    assert_error(response, 422, "JSON object")


@pytest.mark.parametrize("missing", ["model_name", "prompt"])
def test_a_missing_required_field_is_422_naming_it(server, missing):
    body = lamini_body(CHAT, "Hello")
    del body[missing]
    response = complete(server, body)
    assert_conforms(response, "/v1/completions")
    assert_error(response, 422, f"'{missing}'", "required")


@pytest.mark.parametrize("field, value", [
    ("prompt", 42),
    ("prompt", ["ok", 42]),
    ("model_name", ["a", "b"]),
    ("max_tokens", "ten"),
    ("max_new_tokens", 2.5),
    ("max_new_tokens", True),
    ("output_type", "str"),
])
def test_a_field_of_the_wrong_type_is_422_naming_it(server, field, value):
    response = complete(server, {**lamini_body(CHAT, "Hello"), field: value})
    assert_conforms(response, "/v1/completions")
    assert_error(response, 422, f"'{field}")


def test_an_error_detail_stays_short_when_a_field_is_huge(server):
    response = complete(server, {**lamini_body(CHAT, "Hello"), "max_tokens": "x" * 500_000})
    assert len(assert_error(response, 422, "'max_tokens'")) < 400


def test_a_null_required_field_counts_as_missing(server):
    response = complete(server, lamini_body(CHAT, None))
    assert_error(response, 422, "'prompt'", "required")


@pytest.mark.parametrize("field, value", [("max_new_tokens", 0), ("max_new_tokens", -5), ("max_tokens", 0),
                                          ("max_new_tokens", 1025), ("max_tokens", 10**9)])
def test_a_token_limit_outside_1_to_1024_is_422(server, field, value):
    response = complete(server, lamini_body(CHAT, "Hello", **{field: value}))
    assert_conforms(response, "/v1/completions")
    assert_error(response, 422, f"'{field}'", "1024")


def test_a_non_null_output_type_is_422_saying_it_is_unsupported(server):
    response = complete(server, lamini_body(CHAT, "Hello", output_type={"answer": "str"}))
    assert_conforms(response, "/v1/completions")
    assert_error(response, 422, "output_type", "not supported")


def test_more_than_100_prompts_is_422(server):
    response = complete(server, lamini_body(CHAT, ["Hi"] * 101, max_new_tokens=1))
    assert_error(response, 422, "at most 100")


def test_an_unknown_model_is_594_naming_the_served_models(server):
    response = complete(server, lamini_body("meta-llama/Llama-2-7b-hf", "Hello"))
    assert_conforms(response, "/v1/completions")
    assert_error(response, 594, "meta-llama/Llama-2-7b-hf", BASE, CHAT)


@pytest.mark.parametrize("model", [BASE, CHAT])
def test_a_100000_character_prompt_is_422_too_long_for_the_context(server, model):
    response = complete(server, lamini_body(model, "All work and no play makes Jack a dull boy. " * 2273,
                                            max_new_tokens=8))
    assert_conforms(response, "/v1/completions")
    assert_error(response, 422, "too long", "context")
    assert output(server, model, "Hello", max_new_tokens=4) is not None  # and the server carries on


def test_a_list_with_one_prompt_too_long_is_422(server):
    response = complete(server, lamini_body(CHAT, ["Hello", "x" * 100_000], max_new_tokens=4))
    assert_error(response, 422, "too long")


def test_a_body_over_1_mib_is_413(server):
    response = complete(server, lamini_body(CHAT, "x" * (1024 * 1024)))
    assert_conforms(response, "/v1/completions")
    assert_error(response, 413, "1048576")


def test_an_unknown_path_is_404(server):
    for method in ("GET", "POST"):
        response = requests.request(method, f"{server.url}/v1/llama/run_program", json={}, timeout=10)
        assert_error(response, 404, "/v1/llama/run_program", "/v1/completions")


@pytest.mark.parametrize("method, path, allowed", [("GET", "/v1/completions", "POST"),
                                                   ("PUT", "/v1/completions", "POST"),
                                                   ("DELETE", "/v1/completions", "POST"),
                                                   ("POST", "/health", "GET"),
                                                   ("PROPFIND", "/openapi.json", "GET")])
def test_a_wrong_method_is_405_with_allow(server, method, path, allowed):
    response = requests.request(method, f"{server.url}{path}", timeout=10)
    assert_error(response, 405, allowed)
    assert response.headers["Allow"] == allowed


def test_no_key_is_needed_when_none_is_configured(server):
    response = requests.post(f"{server.url}/v1/completions", json=lamini_body(CHAT, "Hi", max_new_tokens=2),
                             headers={"Authorization": "Bearer anything"}, timeout=60)
    assert response.status_code == 200


def raw_exchange(server, data: bytes) -> bytes:
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(data)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_a_malformed_request_line_gets_a_json_400(server):
    answer = raw_exchange(server, b"THIS IS NOT HTTP\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.") and b" 400 " in head.split(b"\r\n")[0]
    assert "detail" in json.loads(body)


def test_a_post_without_content_length_is_411(server):
    answer = raw_exchange(server, b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    status_line, _, rest = answer.partition(b"\r\n")
    assert b" 411 " in status_line
    assert "Content-Length" in json.loads(rest.partition(b"\r\n\r\n")[2])["detail"]


def test_the_server_logs_one_line_per_request(server):
    requests.get(f"{server.url}/health?probe=log-line", timeout=10)
    time.sleep(0.2)
    assert "GET /health 200" in server.stderr_text()
