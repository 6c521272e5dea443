"""The OpenAI-compatible side of the local server: request checks, answers and errors, in OpenAI's shapes.

Served under ``/openai/v1`` (``openai.OpenAI(base_url=f"{server.url}/openai/v1")``), beside Lamini's own
``/v1/completions``, which stays as it was: a path prefix, not the body, tells the two dialects apart,
so even a request whose body cannot be read gets its error in the shape its client expects.

- ``POST /openai/v1/completions``: ``model``, ``prompt`` (a string or a list of strings), ``max_tokens``.
- ``POST /openai/v1/chat/completions``: ``model``, ``messages`` (``role`` and text ``content``),
  ``max_tokens`` or ``max_completion_tokens``. The runtime renders the messages with the model's own
  chat template (llama.cpp's ChatML when the GGUF has none, as for google/gemma-3-270m).
- ``GET /openai/v1/models``: the served models.

Generation is greedy, exactly as on Lamini's route, so settings that ask for anything else are refused
rather than ignored: ``temperature`` other than 0, ``top_p`` other than 1, ``n`` other than 1, ``stream``,
``stop``. ``seed`` and ``user`` are accepted and change nothing. Null fields count as absent; any other
field is refused, as OpenAI does. ``id`` is a digest of the request and ``created`` is 0: the same
request always gets the same bytes, so re-recording an unchanged case changes no file.

Errors are ``{"error": {"message", "type", "param", "code"}}`` with OpenAI's statuses: 400 for a bad
request, 401 for a missing or wrong key, 404 for an unknown model or path, 500 for a runtime failure.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Mapping

from why_finetune.server.json_body import BodyError, json_object
from why_finetune.server.models import DEFAULT_MAX_NEW_TOKENS, MAX_NEW_TOKENS_LIMIT, Generation

PREFIX = "/openai/v1"
COMPLETIONS = f"{PREFIX}/completions"
CHAT_COMPLETIONS = f"{PREFIX}/chat/completions"
MODELS = f"{PREFIX}/models"
ROUTES = {COMPLETIONS: "POST", CHAT_COMPLETIONS: "POST", MODELS: "GET"}

#: Fields that must be absent, null or this value: anything else would ask for other than greedy decoding.
_GREEDY_ONLY = {"temperature": 0, "top_p": 1, "n": 1, "stream": False}
_IGNORED = {"seed", "user"}
_COMPLETION_FIELDS = {"model", "prompt", "max_tokens", "stop", *_GREEDY_ONLY, *_IGNORED}
_CHAT_FIELDS = {"model", "messages", "max_tokens", "max_completion_tokens", "stop", *_GREEDY_ONLY, *_IGNORED}
_ROLES = ("system", "developer", "user", "assistant")
_ERROR_TYPES = {400: "invalid_request_error", 401: "invalid_request_error", 404: "invalid_request_error",
                405: "invalid_request_error", 411: "invalid_request_error", 413: "invalid_request_error"}


class OpenAIError(Exception):
    """An error answer in OpenAI's shape."""

    def __init__(self, status: int, message: str, param: str | None = None, code: str | None = None,
                 headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.headers = dict(headers or {})


def error_body(status: int, message: str, param: str | None = None, code: str | None = None) -> dict:
    kind = _ERROR_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


def is_openai_path(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")


@dataclass(frozen=True)
class CompletionRequest:
    model: str
    prompts: list[str]
    is_list: bool
    max_tokens: int


@dataclass(frozen=True)
class ChatRequest:
    model: str
    messages: list[dict]
    max_tokens: int


def parse_completion(body: bytes) -> CompletionRequest:
    payload = _json_object(body, _COMPLETION_FIELDS)
    prompt = payload.get("prompt")
    if prompt is None:
        raise _missing("prompt")
    if isinstance(prompt, str):
        prompts, is_list = [prompt], False
    elif isinstance(prompt, list) and prompt and all(isinstance(item, str) for item in prompt):
        prompts, is_list = list(prompt), True
    else:
        raise OpenAIError(400, "'prompt' must be a string or a non-empty list of strings "
                               "(token arrays are not supported here)", "prompt")
    return CompletionRequest(_model(payload), prompts, is_list, _max_tokens(payload, "max_tokens"))


def parse_chat(body: bytes) -> ChatRequest:
    payload = _json_object(body, _CHAT_FIELDS)
    messages = payload.get("messages")
    if messages is None:
        raise _missing("messages")
    if not isinstance(messages, list) or not messages:
        raise OpenAIError(400, "'messages' must be a non-empty list of messages", "messages")
    if "max_tokens" in payload and "max_completion_tokens" in payload:
        raise OpenAIError(400, "send 'max_tokens' or 'max_completion_tokens', not both", "max_tokens")
    name = "max_completion_tokens" if "max_completion_tokens" in payload else "max_tokens"
    return ChatRequest(_model(payload), [_message(m, i) for i, m in enumerate(messages)], _max_tokens(payload, name))


def prompt_text(request: ChatRequest) -> str:
    """All the text of a chat request's messages, for the budget's count of prompt tokens."""
    return "\n".join(message["content"] for message in request.messages)


def completion_answer(request: CompletionRequest, body: bytes, generations: list[Generation]) -> dict:
    choices = [{"index": i, "text": g.text, "finish_reason": g.finish_reason, "logprobs": None}
               for i, g in enumerate(generations)]
    return _answer("cmpl", "text_completion", request.model, body, choices, generations)


def chat_answer(request: ChatRequest, body: bytes, generation: Generation) -> dict:
    choices = [{"index": 0, "message": {"role": "assistant", "content": generation.text},
                "finish_reason": generation.finish_reason, "logprobs": None}]
    return _answer("chatcmpl", "chat.completion", request.model, body, choices, [generation])


def models_answer(names) -> dict:
    return {"object": "list", "data": [{"id": name, "object": "model", "created": 0, "owned_by": "why-finetune"}
                                       for name in names]}


def _answer(prefix: str, kind: str, model: str, body: bytes, choices: list, generations: list[Generation]) -> dict:
    prompt_tokens = sum(g.prompt_tokens for g in generations)
    completion_tokens = sum(g.completion_tokens for g in generations)
    return {
        "id": f"{prefix}-{hashlib.sha256(kind.encode() + b' ' + body).hexdigest()[:24]}",
        "object": kind,
        "created": 0,
        "model": model,
        "choices": choices,
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def _json_object(body: bytes, allowed: set[str]) -> dict[str, Any]:
    try:
        payload = json_object(body)
    except BodyError as error:
        raise OpenAIError(400, str(error)) from None
    for name in sorted(payload):
        if name not in allowed:
            raise OpenAIError(400, f"Unrecognized request argument supplied: {_short(name)}", _short(name))
    for name, only in _GREEDY_ONLY.items():
        if name in payload and not _is_exactly(payload[name], only):
            raise OpenAIError(400, f"'{name}' must be {json.dumps(only)} or left out: this server "
                                   "generates greedily, one answer per prompt, in one piece", name)
    if "stop" in payload:
        raise OpenAIError(400, "'stop' is not supported by this server; leave it out", "stop")
    return payload


def _model(payload: Mapping[str, Any]) -> str:
    model = payload.get("model")
    if model is None:
        raise _missing("model")
    if not isinstance(model, str):
        raise OpenAIError(400, "'model' must be a string", "model")
    return model


def _max_tokens(payload: Mapping[str, Any], name: str) -> int:
    if name not in payload:
        return DEFAULT_MAX_NEW_TOKENS
    value = payload[name]
    if not _is_number(value) or value != int(value) or not 1 <= value <= MAX_NEW_TOKENS_LIMIT:
        raise OpenAIError(400, f"'{name}' must be an integer between 1 and {MAX_NEW_TOKENS_LIMIT}, "
                               f"not {_short(json.dumps(value))}", name)
    return int(value)


def _message(message: Any, index: int) -> dict:
    where = f"messages.[{index}]"
    if not isinstance(message, dict):
        raise OpenAIError(400, f"'{where}' must be an object with 'role' and 'content'", where)
    role, content = message.get("role"), message.get("content")
    if role not in _ROLES:
        raise OpenAIError(400, f"'{where}.role' must be one of {', '.join(_ROLES)}", f"{where}.role")
    if isinstance(content, list) and all(isinstance(part, dict) and part.get("type") == "text"
                                         and isinstance(part.get("text"), str) for part in content):
        content = "".join(part["text"] for part in content)
    if not isinstance(content, str):
        raise OpenAIError(400, f"'{where}.content' must be text (a string, or a list of text parts)",
                          f"{where}.content")
    return {"role": role, "content": content}


def _missing(name: str) -> OpenAIError:
    return OpenAIError(400, f"you must provide '{name}'", name)


def _is_exactly(value: Any, only: bool | int) -> bool:
    if isinstance(only, bool):
        return value is only
    return _is_number(value) and value == only


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"
