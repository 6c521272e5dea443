"""The HTTP side of the local server: Lamini's `POST /v1/completions`, plus `/health` and `/openapi.json`,
and OpenAI's completions and chat completions under `/openai/v1` (see openai_api).

Standard library only (``http.server.ThreadingHTTPServer``). What is accepted and answered is described
in ``openapi.json`` beside this file; in short:

- The body lamini 3.4.6 sends: ``{"model_name", "prompt" (string or list of strings), "output_type": null,
  "max_tokens": null}``, plus ``max_new_tokens`` and ``cache_id`` when set. Null fields count as absent;
  the rest is validated against Lamini's published ``CompletionsPayload`` schema.
- ``{"output": text}`` for a string prompt, ``[{"output": text}, ...]`` in order for a list.
- Every error is JSON ``{"detail": "..."}``, with the statuses lamini maps to its exceptions
  (401 AuthenticationError, 400/422 UserError, 594 ModelNotFoundError, others APIError).
- Every 200 from ``/v1/completions`` says where the text came from in ``X-Why-Finetune-*`` headers.
- One request asks for bounded work (see budget). Requests to one model are served one prompt at a
  time in arrival order (see queueing); a request whose client has hung up stops generating at its
  next token, or is dropped when its turn comes (see connection).

Request logging is one line per request on stderr (method, path, status, milliseconds); a request
whose client hung up is logged with status 499 (nothing is sent). A connection that breaks between
requests is one line too, never a traceback. Neither the Authorization header nor the key is ever logged.
"""

from __future__ import annotations

import hmac
import json
import socket
import sys
import threading
import time
import traceback
from functools import cache
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, TextIO
from urllib.parse import urlsplit

import jsonschema

from why_finetune.server import budget, openai_api
from why_finetune.server.connection import peer_has_closed
from why_finetune.server.json_body import BodyError, json_object
from why_finetune.server.models import (
    DEFAULT_MAX_NEW_TOKENS,
    MAX_NEW_TOKENS_LIMIT,
    ContextTooLongError,
    GenerationError,
    GenerationStopped,
)
from why_finetune.server.openai_api import OpenAIError
from why_finetune.server.queueing import ArrivalOrder

OPENAPI_PATH = Path(__file__).with_name("openapi.json")
#: Largest accepted request body, in bytes.
MAX_BODY_BYTES = 1024 * 1024
#: Status Lamini uses for an unknown model (lamini raises ModelNotFoundError for it).
MODEL_NOT_FOUND = 594
#: Status logged (never sent) for a request whose client hung up before its answer: nginx's "client closed request".
CLIENT_GONE = 499
BACKEND = "why-finetune local server"
COMPLETIONS = "/v1/completions"
ROUTES = {COMPLETIONS: "POST", "/health": "GET", "/openapi.json": "GET", **openai_api.ROUTES}


class Model(Protocol):
    """What the app needs from a loaded model (see models.LoadedModel)."""

    name: str

    @property
    def file_name(self) -> str: ...

    def complete(self, prompt: str, max_new_tokens: int, should_stop: Callable[[], bool] | None = None) -> str: ...

    def generate(self, what: dict, max_new_tokens: int, should_stop: Callable[[], bool] | None = None): ...


class ClientGone(Exception):
    """The client hung up before its answer was ready: there is nobody to answer."""


class HTTPError(Exception):
    """An error answer: status and the JSON ``detail``."""

    def __init__(self, status: int, detail: str, headers: Mapping[str, str] | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})


@cache
def openapi_bytes() -> bytes:
    return OPENAPI_PATH.read_bytes()


@cache
def payload_validator() -> jsonschema.protocols.Validator:
    document = json.loads(openapi_bytes())
    schema = {"$ref": "#/components/schemas/CompletionsPayload", "components": document["components"]}
    return jsonschema.Draft202012Validator(schema)


def _field_name(error: jsonschema.ValidationError) -> str:
    if error.validator == "required":
        # "'prompt' is a required property": the missing field is in the message, not the path
        return str(error.message.split("'")[1]) if error.message.count("'") >= 2 else "body"
    return ".".join(str(part) for part in error.absolute_path) or "body"


def parse_payload(body: bytes) -> dict[str, Any]:
    """The request body as a dict with null fields dropped, or HTTPError 400/422."""
    try:
        payload = json_object(body)
    except BodyError as error:
        raise HTTPError(422 if error.not_an_object else 400, str(error)) from None
    invalid = jsonschema.exceptions.best_match(payload_validator().iter_errors(payload))
    if invalid is not None:
        field = _field_name(invalid)
        if invalid.validator == "required":
            raise HTTPError(422, f"field '{field}' is required")
        raise HTTPError(422, f"field '{field}' is invalid: {_shorten(invalid.message)}")
    return payload


def _shorten(text: str, limit: int = 200) -> str:
    """Keep error details readable when a client sends a huge value."""
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def _printable(text: str | None, limit: int = 200) -> str:
    """A client-chosen string made safe for one log line: no control characters, not too long."""
    text = "".join(c if c.isprintable() and not c.isspace() else "?" for c in (text or "-"))
    return _shorten(text, limit)


def max_new_tokens_of(payload: Mapping[str, Any]) -> int:
    """``max_new_tokens`` if given, else ``max_tokens``, else the default; each must be in 1..limit."""
    for name in ("max_new_tokens", "max_tokens"):
        if name in payload:
            value = payload[name]
            if not 1 <= value <= MAX_NEW_TOKENS_LIMIT:
                raise HTTPError(422, f"field '{name}' must be between 1 and {MAX_NEW_TOKENS_LIMIT}, not {value}")
    chosen = payload.get("max_new_tokens", payload.get("max_tokens", DEFAULT_MAX_NEW_TOKENS))
    return int(chosen)  # JSON 16.0 is a valid integer for JSON Schema


def bearer_key_matches(authorization: str | None, expected: str) -> bool:
    """Whether an Authorization header carries ``Bearer <expected>`` (constant-time comparison)."""
    scheme, _, provided = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return False
    # http.server decodes header bytes as Latin-1; encoding back gives the bytes that were sent.
    try:
        sent = provided.strip().encode("latin-1")
    except UnicodeEncodeError:
        sent = provided.strip().encode("utf-8")
    return hmac.compare_digest(sent, expected.encode("utf-8"))


class LaminiHandler(BaseHTTPRequestHandler):
    """One HTTP request. The server object carries ``models``, ``api_key``, ``runtime`` and ``log``."""

    server: "LaminiServer"
    server_version = "why-finetune"
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds of socket silence before a slow client is dropped

    def version_string(self) -> str:
        return self.server_version

    # Every method is dispatched here, so that any method on any path gets a JSON answer.
    def do_GET(self):
        self._dispatch()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_HEAD = do_GET

    def __getattr__(self, name: str):
        if name.startswith("do_"):  # an unusual method such as PROPFIND: 404 or 405 like any other
            return self._dispatch
        raise AttributeError(name)

    def _dispatch(self) -> None:
        started = time.monotonic()
        self._status = 0
        path = urlsplit(self.path).path
        shown = _printable(path)
        try:
            if path not in ROUTES:
                self._discard_body()
                raise HTTPError(404, f"no such path: {shown}; this server answers POST {COMPLETIONS}, "
                                     "GET /health and GET /openapi.json, and the OpenAI API under "
                                     f"{openai_api.PREFIX}")
            if self.command != ROUTES[path]:
                self._discard_body()
                raise HTTPError(405, f"{path} accepts {ROUTES[path]} only, not {self.command}",
                                {"Allow": ROUTES[path]})
            if path == "/health":
                self._send_json(200, {"status": "ok", "models": list(self.server.models)})
            elif path == "/openapi.json":
                self._send(200, openapi_bytes(), "application/json")
            elif path == COMPLETIONS:
                self._completions()
            else:
                self._openai(path)
        except HTTPError as error:
            if openai_api.is_openai_path(path):
                self._send_openai_error(OpenAIError(error.status, error.detail, headers=error.headers))
            else:
                self._send_error_json(error.status, error.detail, error.headers)
        except OpenAIError as error:
            self._send_openai_error(error)
        except ClientGone:
            self._status = CLIENT_GONE
            self.close_connection = True
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            self.close_connection = True
        except Exception:  # a bug or a runtime failure: answer 500, keep serving
            self._log_line(f"error while answering {_printable(self.command, 20)} {shown}:\n"
                           + traceback.format_exc().rstrip("\n"))
            if not self._status and openai_api.is_openai_path(path):
                self._send_openai_error(OpenAIError(500, "internal server error; the server log has the details"))
            elif not self._status:
                self._send_error_json(500, "internal server error; the server log has the details")
        finally:
            # One line per request; never the headers (they may carry the key).
            elapsed = (time.monotonic() - started) * 1000
            self._log_line(f"{_printable(self.command, 20)} {shown} {self._status or '-'} {elapsed:.0f} ms")

    def _completions(self) -> None:
        body = self._read_body()
        if self.server.api_key is not None and not bearer_key_matches(
            self.headers.get("Authorization"), self.server.api_key
        ):
            raise HTTPError(401, "missing or wrong API key: send the header 'Authorization: Bearer <key>'",
                            {"WWW-Authenticate": "Bearer"})
        payload = parse_payload(body)
        if "output_type" in payload:
            raise HTTPError(422, "field 'output_type' is not supported by this server (structured output "
                                 "needs Lamini's hosted service); send it as null or leave it out")
        model = self.server.models.get(payload["model_name"])
        if model is None:
            served = ", ".join(self.server.models)
            raise HTTPError(MODEL_NOT_FOUND, f"model '{_shorten(payload['model_name'])}' is not served here; "
                                             f"the served models are: {served}")
        max_new_tokens = max_new_tokens_of(payload)
        prompt = payload["prompt"]
        prompts = prompt if isinstance(prompt, list) else [prompt]
        try:
            budget.check_request(prompts, max_new_tokens)
        except budget.OverBudgetError as error:
            raise HTTPError(422, str(error)) from None
        turns = self.server.queues[payload["model_name"]]
        outputs = [{"output": self._generate(turns, model, text, max_new_tokens)} for text in prompts]
        headers = {
            "X-Why-Finetune-Backend": BACKEND,
            "X-Why-Finetune-Model-File": model.file_name,
            "X-Why-Finetune-Runtime": self.server.runtime,
        }
        self._send_json(200, outputs if isinstance(prompt, list) else outputs[0], headers)

    def _generate(self, turns: ArrivalOrder, model: Model, prompt: str, max_new_tokens: int) -> str:
        """One prompt's text, generated in its turn at the model, unless the client hangs up first."""
        with turns:  # one turn per prompt: a request with a long list cannot hold the model
            if self._client_gone():
                raise ClientGone()
            try:
                return model.complete(prompt, max_new_tokens, should_stop=self._client_gone)
            except GenerationStopped:
                raise ClientGone() from None
            except ContextTooLongError as error:
                raise HTTPError(422, str(error)) from None
            except GenerationError as error:
                raise HTTPError(500, f"generation failed: {error}") from None

    # -- OpenAI's routes ----------------------------------------------------------------------------

    def _openai(self, path: str) -> None:
        body = self._read_body()
        if self.server.api_key is not None and not bearer_key_matches(
            self.headers.get("Authorization"), self.server.api_key
        ):
            raise OpenAIError(401, "missing or wrong API key: send the header 'Authorization: Bearer <key>'",
                              code="invalid_api_key", headers={"WWW-Authenticate": "Bearer"})
        if path == openai_api.MODELS:
            self._send_json(200, openai_api.models_answer(self.server.models))
            return
        if path == openai_api.COMPLETIONS:
            request = openai_api.parse_completion(body)
            model = self._openai_model(request.model)
            self._openai_budget(request.prompts, request.max_tokens)
            turns = self.server.queues[request.model]
            generations = [self._openai_generate(turns, model, {"prompt": prompt}, request.max_tokens)
                           for prompt in request.prompts]
            answer = openai_api.completion_answer(request, body, generations)
        else:
            chat = openai_api.parse_chat(body)
            model = self._openai_model(chat.model)
            self._openai_budget([openai_api.prompt_text(chat)], chat.max_tokens)
            generation = self._openai_generate(self.server.queues[chat.model], model,
                                               {"messages": chat.messages}, chat.max_tokens)
            answer = openai_api.chat_answer(chat, body, generation)
        self._send_json(200, answer, self._provenance_headers(model))

    def _openai_model(self, name: str) -> Model:
        model = self.server.models.get(name)
        if model is None:
            served = ", ".join(self.server.models)
            raise OpenAIError(404, f"The model '{_shorten(name)}' does not exist here; the served models are: "
                                   f"{served}", "model", "model_not_found")
        return model

    @staticmethod
    def _openai_budget(prompts: list[str], max_tokens: int) -> None:
        try:
            budget.check_request(prompts, max_tokens)
        except budget.OverBudgetError as error:
            raise OpenAIError(400, str(error)) from None

    def _openai_generate(self, turns: ArrivalOrder, model: Model, what: dict, max_tokens: int):
        with turns:
            if self._client_gone():
                raise ClientGone()
            try:
                return model.generate(what, max_tokens, should_stop=self._client_gone)
            except GenerationStopped:
                raise ClientGone() from None
            except ContextTooLongError as error:
                raise OpenAIError(400, str(error), "messages" if "messages" in what else "prompt",
                                  "context_length_exceeded") from None
            except GenerationError as error:
                raise OpenAIError(500, f"generation failed: {error}") from None

    def _provenance_headers(self, model: Model) -> dict[str, str]:
        return {
            "X-Why-Finetune-Backend": BACKEND,
            "X-Why-Finetune-Model-File": model.file_name,
            "X-Why-Finetune-Runtime": self.server.runtime,
        }

    def _client_gone(self) -> bool:
        return peer_has_closed(self.connection)

    # -- connection ---------------------------------------------------------------------------------

    def handle_one_request(self) -> None:
        """http.server's loop step; a connection broken while no request is being answered is one log line.

        Without this, a client resetting a keep-alive connection (or one it never used) made
        socketserver print a traceback: http.server only expects a timeout while it waits."""
        try:
            super().handle_one_request()
        except (ConnectionError, TimeoutError) as error:
            self.close_connection = True
            self._log_line(f"connection from {self.client_address[0]} closed between requests: "
                           f"{_connection_problem(error)}")

    # -- body ---------------------------------------------------------------------------------------

    def _content_length(self) -> int | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.close_connection = True
            raise HTTPError(411, "chunked bodies are not accepted; send a Content-Length")
        value = self.headers.get("Content-Length")
        if value is None:
            return None
        try:
            length = int(value)
        except ValueError:
            length = -1
        if length < 0:
            self.close_connection = True
            raise HTTPError(400, "the Content-Length header is not a non-negative integer")
        return length

    def _read_body(self) -> bytes:
        length = self._content_length()
        if length is None:
            if self.command == "POST":
                self.close_connection = True
                raise HTTPError(411, "a Content-Length header is required")
            return b""
        if length > MAX_BODY_BYTES:
            self._discard(length)
            raise HTTPError(413, f"the body is {length} bytes; at most {MAX_BODY_BYTES} are accepted")
        return self.rfile.read(length)

    def _discard_body(self) -> None:
        try:
            length = self._content_length()
        except HTTPError:
            return
        if length:
            self._discard(length)

    def _discard(self, length: int) -> None:
        """Read and drop a body we will not use, so the client sees our answer instead of a reset."""
        if length > 16 * MAX_BODY_BYTES:  # not worth reading: answer and hang up
            self.close_connection = True
            return
        while length > 0:
            chunk = self.rfile.read(min(length, 65536))
            if not chunk:
                break
            length -= len(chunk)

    # -- answers ------------------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str, headers: Mapping[str, str] | None = None) -> None:
        self._status = status
        self.send_response(status, _reason(status))
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _send_json(self, status: int, value: Any, headers: Mapping[str, str] | None = None) -> None:
        body = json.dumps(value, ensure_ascii=False).encode("utf-8")
        self._send(status, body, "application/json", headers)

    def _send_openai_error(self, error: OpenAIError) -> None:
        body = openai_api.error_body(error.status, error.message, error.param, error.code)
        try:
            self._send_json(error.status, body, error.headers)
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            self.close_connection = True

    def _send_error_json(self, status: int, detail: str, headers: Mapping[str, str] | None = None) -> None:
        try:
            self._send_json(status, {"detail": detail}, headers)
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Errors raised by http.server itself (bad request line, header too long): JSON too."""
        self.close_connection = True
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"  # so that a status line and headers are written at all
        started = getattr(self, "command", None)
        self._status = code
        try:
            self._send_json(code, {"detail": message or _reason(code)})
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            pass
        self._log_line(f"{started or '-'} - {code} (malformed request)")

    # -- logging ------------------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        """http.server's own access log is off; _dispatch writes one line per request instead."""

    def _log_line(self, line: str) -> None:
        # One write per line, under a lock: print() writes the text and the newline separately, and
        # two requests ending together glued their lines into one.
        try:
            with self.server.log_lock:
                self.server.log.write(line + "\n")
                self.server.log.flush()
        except (OSError, ValueError):
            pass


def _connection_problem(error: OSError) -> str:
    if isinstance(error, ConnectionResetError):
        return "reset by the client"
    if isinstance(error, TimeoutError):
        return f"no data for {LaminiHandler.timeout} s"
    return error.strerror or type(error).__name__


def _reason(status: int) -> str:
    if status == MODEL_NOT_FOUND:
        return "Model Not Found"
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class LaminiServer(ThreadingHTTPServer):
    """A threading HTTP server holding the loaded models and the expected key (or None)."""

    daemon_threads = True
    allow_reuse_address = True
    # socketserver listens with a backlog of 5. A burst of clients (pytest -n, a thread pool) overflows
    # it; Linux then answers with SYN cookies, and a cookie that fails to validate resets the connection
    # (seen in CI: 'Connection reset by peer' on a 45-byte request). The kernel caps this at somaxconn.
    request_queue_size = 1024

    def __init__(
        self,
        address: tuple[str, int],
        models: Mapping[str, Model],
        api_key: str | None = None,
        runtime: str = "",
        log: TextIO | None = None,
    ):
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.models = dict(models)
        self.queues = {name: ArrivalOrder() for name in self.models}  # one queue of turns per model
        self.api_key = api_key
        self.runtime = runtime
        self.log = log or sys.stderr
        self.log_lock = threading.Lock()
        super().__init__(address, LaminiHandler)

    @property
    def url(self) -> str:
        host, port = str(self.server_address[0]), self.server_address[1]
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def make_server(
    host: str,
    port: int,
    models: Mapping[str, Model],
    api_key: str | None = None,
    runtime: str | None = None,
    log: TextIO | None = None,
) -> LaminiServer:
    """Bind (port 0 picks a free one) and return the server; call ``serve_forever()`` to answer."""
    if runtime is None:
        from why_finetune.server.models import runtime_version

        runtime = runtime_version()
    return LaminiServer((host, port), models, api_key=api_key, runtime=runtime, log=log)
