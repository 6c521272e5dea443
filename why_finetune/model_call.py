"""The one dispatch point from a case to its model: the pair's client, and the form's API.

A `lamini` pair's case goes through `client.generate` (Lamini's `/v1/completions`). An `openai` pair's
`raw` and `templated` cases go through the completions API with the case's prompt, and its `chat`
cases through the chat completions API with the query as the user's message.
"""

from __future__ import annotations

from why_finetune.catalogue import Case
from why_finetune.endpoint import Endpoint

# The local server's OpenAI-compatible routes, under its URL.
LOCAL_OPENAI_PATH = "/openai/v1"


def call_model(case: Case, endpoint: Endpoint) -> str:
    """The case's output, from its pair's client; a failed call raises `client.ModelCallError`."""
    if case.pair.client == "openai":
        from why_finetune import openai_client

        if case.form == "chat":
            return openai_client.chat(case.id, case.model, case.query.text, case.pair.max_new_tokens, endpoint)
        return openai_client.complete(case.id, case.model, case.prompt, case.pair.max_new_tokens, endpoint)
    from why_finetune import client

    return client.generate(case, endpoint)


def local_url(pair, server_url: str) -> str:
    """Where a local pair's client sends its requests: the server itself, or its OpenAI routes."""
    return server_url.rstrip("/") + LOCAL_OPENAI_PATH if pair.client == "openai" else server_url


LOCAL_SERVER_KEY = "local-server-no-key"  # the local server checks no key unless told to


def local_endpoint(pair, server_url: str) -> Endpoint:
    """A local pair's endpoint on the project's own server."""
    return Endpoint(local_url(pair, server_url), LOCAL_SERVER_KEY, "the local server's default")


def hosted_openai_endpoint(pair, environ=None) -> Endpoint | None:
    """A hosted openai pair's URL and key, the key read from the pair's `key_variable`; None when that
    variable is unset. A pair without a `key_variable` is reached without a key (a local vLLM, Ollama)."""
    import os

    environ = os.environ if environ is None else environ
    url_source = f"the url of pair {pair.id!r}"
    if pair.key_variable is None:
        return Endpoint(pair.url, "", "no key: the pair names no key_variable", url_source)
    key = environ.get(pair.key_variable, "").strip()
    return Endpoint(pair.url, key, pair.key_variable, url_source) if key else None


def hosted_endpoint(pair, find_credentials=None) -> Endpoint | None:
    """A hosted pair's URL and key, from its key_variable (openai) or Lamini's credentials
    (`find_credentials`, the real lookup by default); None when the key is not set (see missing_key)."""
    if pair.client == "openai":
        return hosted_openai_endpoint(pair)
    if find_credentials is None:
        from why_finetune.credentials import find_credentials
    return find_credentials()


def needed_key(pair) -> str:
    """What a hosted pair needs before it can be reached, in words: "the key in VLLM_API_KEY"."""
    return f"the key in {pair.key_variable}" if pair.client == "openai" else "a Lamini API key"


def missing_key(pair) -> str:
    """What a hosted pair needs before it can be recorded, naming the variable to set."""
    if pair.client == "openai":
        return f"set {pair.key_variable}" if pair.key_variable else "have it serving"
    return "set LAMINI_API_KEY"


def keys_in_use(pairs, environ=None) -> set[str]:
    """The keys no file or report may hold: Lamini's (wherever found) and those of the hosted openai
    pairs whose key variable is set. A key too short to be used is not one of them: it is refused
    before any request (endpoint.key_problem), and hiding its few letters wherever they occur would
    garble every report of the run ("Ass<redacted key>rtion")."""
    from why_finetune.credentials import find_credentials
    from why_finetune.endpoint import key_problem

    endpoints = [find_credentials(environ)]
    for pair in pairs:
        if pair.client == "openai" and pair.backend == "hosted" and pair.key_variable:
            endpoints.append(hosted_openai_endpoint(pair, environ))
    return {each.key for each in endpoints if each is not None and each.key and not key_problem(each.key, "")}
