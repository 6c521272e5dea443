"""The clients, by name, and the one dispatch point from a case to its model.

A pair names its client in the catalogue (`client: lamini`, the default, or `client: openai`). Each
client is a `Client` (interface.py) in a module of its own; `register` adds one. Everything else asks
the pair's client, never its name: the case's call, the endpoint of a local or hosted pair, the key
it needs, and how its recordings are read back.
"""

from __future__ import annotations

from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import REPLAY_ENDPOINT, ModelCallError
from why_finetune.clients.interface import Client
from why_finetune.clients.lamini_client import LaminiClient
from why_finetune.clients.openai_client import OpenAIClient

__all__ = ["Client", "Endpoint", "ModelCallError", "REPLAY_ENDPOINT", "register", "client_named", "client_of"]

DEFAULT_CLIENT = "lamini"
_REGISTRY: dict[str, Client] = {}


def register(client: Client) -> None:
    """Make `client` usable as `client: <its name>` in a catalogue."""
    _REGISTRY[client.name] = client


register(LaminiClient())
register(OpenAIClient())


def names() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def registered() -> tuple[Client, ...]:
    return tuple(_REGISTRY.values())


def client_named(name: str) -> Client:
    """The client registered as `name`; KeyError when none is."""
    return _REGISTRY[name]


def client_of(pair) -> Client:
    return _REGISTRY[pair.client]


def call_model(case, endpoint: Endpoint) -> str:
    """The case's output, from its pair's client; a failed call raises `ModelCallError`."""
    client = client_of(case.pair)
    if case.form == "chat":
        return client.chat(case.id, case.model, case.query.text, case.pair.max_new_tokens, endpoint)
    return client.complete(case.id, case.model, case.prompt, case.pair.max_new_tokens, endpoint)


LOCAL_SERVER_KEY = "local-server-no-key"  # the local server checks no key unless told to


def local_url(pair, server_url: str) -> str:
    """Where a local pair's client sends its requests: the server itself, or a route under it."""
    return server_url.rstrip("/") + client_of(pair).local_route


def local_endpoint(pair, server_url: str) -> Endpoint:
    """A local pair's endpoint on the project's own server."""
    return Endpoint(local_url(pair, server_url), LOCAL_SERVER_KEY, "the local server's default")


# The catalogue's roles, spelt here too: the catalogue imports this package, never the reverse.
ROLES = ("base", "chat")


def hosted_endpoint(pair, role: str, environ=None) -> Endpoint | None:
    """Where a hosted pair's `role` is reached, and with which key, as its client finds them (each role
    may name its own url and key_variable); None when the key is not set (see missing_key)."""
    return client_of(pair).hosted_endpoint(pair.reached_by(role), environ)


def where_hosted(pair, role: str) -> str:
    """Where a hosted pair's `role` is served, in words: "the hosted Lamini API", "http://127.0.0.1:8000"."""
    from why_finetune.clients.endpoint import shown_url

    url = pair.url_of(role)
    return shown_url(url) if url else f"the {client_of(pair).hosted_by}"


def needed_key(pair, role: str) -> str:
    """What a hosted pair's `role` needs before it can be reached, in words: "the key in VLLM_API_KEY"."""
    return client_of(pair).needed_key(pair.reached_by(role))


def missing_key(pair, role: str) -> str:
    """What a hosted pair's `role` needs before it can be recorded, naming the variable to set."""
    return client_of(pair).missing_key(pair.reached_by(role))


def missing_key_message(pair, role: str, hint: str) -> str:
    """The refresh's one line when the key of a hosted pair's `role` is not set; `hint` is the command."""
    return client_of(pair).missing_key_message(pair.reached_by(role), hint)


def keys_in_use(pairs, environ=None) -> set[str]:
    """The keys no file or report may hold: Lamini's (wherever found) and those of the hosted pairs
    whose key is set, each role's own when the two roles name two. A key too short to be used is not
    one of them: it is refused before any request (endpoint.key_problem), and hiding its few letters
    wherever they occur would garble every report of the run."""
    from why_finetune.clients.endpoint import key_problem

    endpoints = [client_named(DEFAULT_CLIENT).hosted_endpoint(None, environ)]
    for pair in pairs:
        if pair.backend == "hosted":
            endpoints += [hosted_endpoint(pair, role, environ) for role in ROLES]
    return {each.key for each in endpoints if each is not None and each.key and not key_problem(each.key, "")}


def reader_for(provenance: dict) -> tuple[Client, ...]:
    """The clients that may have written a recording: the one its provenance names, else every one."""
    named = tuple(client for client in registered() if client.version_key in provenance)
    return named or registered()
