"""The one place that calls the `openai` client: completions (`raw`, `templated`) and chat completions (`chat`).

The endpoint's URL is the client's base URL, the part before `/completions`: `http://host:8000/v1` for
vLLM or llama-server, `{api_url}/inf` for Lamini, `{server.url}/openai/v1` for the local server.

The `openai` release pinned here sends through `httpx2`, which vcrpy 9.4 patches as it patches `httpx`:
calls are recorded and replayed like lamini's (tests/recording/test_openai_cassettes.py proves it,
and fails if a call ever reaches the network past a cassette).

Retries follow the project's one policy (guard.wait_before_retry), as urllib3 does for lamini under
`lamini_client.PolicyRetry`: 429 and 503 only, at most three, honouring `Retry-After` up to a minute.
The openai client's own `max_retries` is off, because it cannot be made to follow that policy (see
`_attempts`). Generation is greedy (temperature 0), and every failure becomes one `ModelCallError`
sentence without its cause, as in `lamini_client.complete`: the openai client's exceptions carry the
request, whose headers hold the key.
"""

from __future__ import annotations

import functools
import json
import time
from typing import Callable

from why_finetune.clients.circuit import CIRCUIT, Circuit, ModelNotServed
from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import (
    ATTEMPTS,
    MAX_WAIT_SECONDS,
    RETRIED_STATUSES,
    cassette_miss,
    guarded_call,
    redacted,
    retry_after,
    timeout_seconds,
    wait_before_retry,
)
from why_finetune.clients.interface import Client

# The openai client's version goes in this request header, which scrubbing keeps (its own
# X-Stainless-* headers are dropped), for the recording's provenance.
OPENAI_VERSION_HEADER = "X-Why-Finetune-OpenAI-Version"

COMPLETIONS = "completions"
CHAT_COMPLETIONS = "chat completions"


def complete(label: str, model: str, prompt: str, max_tokens: int | None, endpoint: Endpoint,
             circuit: Circuit = CIRCUIT, sleep: Callable[[float], None] = time.sleep) -> str:
    """The text a completion gives for `prompt` (the `raw` and `templated` forms)."""
    request = {"model": model, "prompt": prompt, "temperature": 0, **_limit(max_tokens)}
    return _call(label, COMPLETIONS, request, endpoint, circuit, sleep)


def chat(label: str, model: str, query: str, max_tokens: int | None, endpoint: Endpoint,
         circuit: Circuit = CIRCUIT, sleep: Callable[[float], None] = time.sleep) -> str:
    """The reply a chat completion gives to `query` as the user's message (the `chat` form)."""
    request = {"model": model, "messages": [{"role": "user", "content": query}], "temperature": 0,
               **_limit(max_tokens)}
    return _call(label, CHAT_COMPLETIONS, request, endpoint, circuit, sleep)


def _limit(max_tokens: int | None) -> dict:
    return {} if max_tokens is None else {"max_tokens": max_tokens}


def _call(label: str, kind: str, request: dict, endpoint: Endpoint, circuit: Circuit, sleep) -> str:
    shown = f"{endpoint.shown} ({kind})"
    timeout = timeout_seconds(label)  # a malformed WHY_FINETUNE_TIMEOUT is said before anything is sent
    return guarded_call(label, endpoint, shown, lambda: _attempts(kind, request, endpoint, timeout, shown, sleep),
                        circuit)


def _attempts(kind: str, request: dict, endpoint: Endpoint, timeout: float, shown: str, sleep):
    """(text, None), or (None, why the call failed, in words that hold no key and no full URL).

    The loop is here, not the openai client's `max_retries`: that also retries 408, 409, every 5xx, a
    timeout and a dropped connection (so a hung server holds a case for several timeouts), obeys a
    server's `x-should-retry` header, backs off from 0.5 s with random jitter, takes "Retry-After: 0"
    as no Retry-After, waits up to two minutes, and sleeps with `time.sleep` itself. Only its private
    methods could change the statuses and the waits, and nothing changes what it does after a timeout
    or a dropped connection."""
    import openai

    for attempt in range(ATTEMPTS):
        try:
            return _send(kind, request, endpoint, timeout), None
        except openai.APIStatusError as error:
            asked = retry_after(error.response)
            wait = wait_before_retry(error.status_code, asked, attempt)
            if wait is not None:
                sleep(wait)
                continue
            if error.status_code not in RETRIED_STATUSES:
                return None, _refused(error, request["model"], endpoint, shown)
            if asked is not None and asked > MAX_WAIT_SECONDS:
                return None, f"{_refused(error, request['model'], endpoint, shown)} and asked to wait {asked:g} s, " \
                             f"more than {MAX_WAIT_SECONDS:g}"
            return None, f"{_refused(error, request['model'], endpoint, shown)}, still after {attempt} retries"
        except Exception as error:
            miss = cassette_miss(error)
            if miss is not None:
                raise miss from None  # not a failed call: the plugin explains it with the field that differed
            return None, _failure(error, timeout, shown)
    raise AssertionError("unreachable: the last attempt always returns")


def _send(kind: str, request: dict, endpoint: Endpoint, timeout: float) -> str:
    client = _client(endpoint.url, endpoint.key, timeout)
    if kind == COMPLETIONS:
        text = client.completions.create(**request).choices[0].text
    else:
        text = client.chat.completions.create(**request).choices[0].message.content
    if not isinstance(text, str):
        raise _WrongShape(type(text).__name__)
    return text


class _WrongShape(Exception):
    """A 2xx answer without the text where OpenAI's shape has it."""


def _refused(error, model: str, endpoint: Endpoint, shown: str) -> str:
    """Why an error status was answered, from the OpenAI error body when there is one."""
    status = error.status_code
    body = error.body if isinstance(error.body, dict) else {}
    code = body.get("code") or body.get("type")
    message = " ".join(redacted(str(body.get("message") or _body_text(error.response)), endpoint).split())
    said = f"{status}{f' {code}' if code else ''}: {message}"
    if status == 404 and (code == "model_not_found" or "model" in message.lower()):
        return ModelNotServed(f"{shown} does not serve model {model!r} ({said}). "
                               "Check the model names in the catalogue.")
    if status == 404:
        return (f"{shown} answered {said}; is the URL the OpenAI base URL (the part before "
                "/completions, often ending in /v1)?")
    return f"{shown} refused the request: {said}"


def _failure(error: Exception, timeout: float, shown: str) -> str:
    import openai

    if isinstance(error, openai.APITimeoutError):
        return f"{shown} did not answer within {timeout:g} s"
    if isinstance(error, openai.APIConnectionError):
        # The type only: the cause's message may quote the URL, query string and any key in it.
        return f"could not reach {shown}, or it dropped the connection ({type(error.__cause__ or error).__name__})"
    if isinstance(error, (json.JSONDecodeError, openai.APIResponseValidationError)):
        return f"{shown} answered with malformed JSON"
    if isinstance(error, (_WrongShape, KeyError, TypeError, AttributeError, IndexError)):
        return f"{shown} answered JSON of another shape ({type(error).__name__}), not the output text"
    return f"calling {shown} failed unexpectedly ({type(error).__name__})"


def _body_text(response) -> str:
    try:
        text = response.text
    except Exception:
        return "(no readable body)"
    return text if len(text) <= 200 else text[:200] + "..."


@functools.lru_cache(maxsize=64)
def _client(base_url: str, api_key: str, timeout: float):
    """One `openai.OpenAI` per endpoint, reused. Its own retries are off: `_attempts` retries, under the
    project's policy."""
    import openai

    # openai refuses an empty key; a server without a key accepts any. Its version goes in a header that
    # scrubbing keeps (its own X-Stainless-* headers are dropped), for the recording's provenance.
    headers = {OPENAI_VERSION_HEADER: openai.__version__}
    client = openai.OpenAI(base_url=base_url, api_key=api_key or "no-key", timeout=timeout, max_retries=0,
                           default_headers=headers)
    # The library also fills in what it was not given from the environment, and sends it with every
    # request to whatever URL: OPENAI_ORG_ID and OPENAI_PROJECT_ID as headers, OPENAI_ADMIN_KEY, and
    # OPENAI_CUSTOM_HEADERS (which may even replace the Authorization header). A pair's requests carry
    # only what the pair names, so each of these is put back to what this client was given.
    client.organization = None
    client.project = None
    client.admin_api_key = None
    client._custom_headers = headers
    return client


class OpenAIClient(Client):
    """The `openai` client: completions for a prompt, chat completions for the `chat` form; the URL
    and the name of the key's variable from the catalogue."""

    name = "openai"
    forms = ("raw", "templated", "chat")
    local_route = "/openai/v1"
    hosted_by = "OpenAI-compatible API"
    version_header = OPENAI_VERSION_HEADER
    version_key = "openai_client"
    version_label = "openai"

    def complete(self, label, model, prompt, max_tokens, endpoint):
        return complete(label, model, prompt, max_tokens, endpoint)

    def chat(self, label, model, query, max_tokens, endpoint):
        return chat(label, model, query, max_tokens, endpoint)

    def hosted_endpoint(self, pair, environ=None):
        """The pair's URL and the key from its `key_variable`; None when that variable is unset. A
        pair without a `key_variable` is reached without a key (a local vLLM, Ollama)."""
        import os

        environ = os.environ if environ is None else environ
        url_source = f"the url of {pair.named}"
        if pair.key_variable is None:
            return Endpoint(pair.url, "", "no key: the pair names no key_variable", url_source)
        key = environ.get(pair.key_variable, "").strip()
        return Endpoint(pair.url, key, pair.key_variable, url_source) if key else None

    def needed_key(self, pair):
        return f"the key in {pair.key_variable}"

    def missing_key(self, pair):
        return f"set {pair.key_variable}" if pair.key_variable else "have it serving"

    def missing_key_message(self, pair, hint):
        return f"{pair.named} needs its key in {pair.key_variable}: set it and run {hint}"

    def model_sent(self, request):
        return request.get("model")

    def read_exchange(self, request, response):
        choice = response["choices"][0]
        if "messages" in request:  # chat completions: the query was the user's message
            prompt = [m["content"] for m in request["messages"] if m["role"] == "user"][-1]
            return prompt, request["model"], choice["message"]["content"]
        return request["prompt"], request["model"], choice["text"]
