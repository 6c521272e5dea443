"""What never reaches a cassette: keys, credentials in URLs, and headers that change every run.

Headers are kept by allow-list, not dropped by deny-list: a new header a client or server starts
sending stays out of the recordings until someone decides it belongs there. So `Authorization`,
cookies, `OpenAI-Organization`, `OpenAI-Project`, `User-Agent` and the openai client's `X-Stainless-*`
headers (its OS, architecture, Python version, retry count and timeout) never reach a cassette; each
client's version header is kept (`Lamini-Version`, sent by lamini; `X-Why-Finetune-OpenAI-Version`, sent by
why_finetune.clients.openai_client), for the provenance. As a last line of
defence, `refuse_secrets` stops a write if the exact value of a key in use would be written.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "<redacted key>"  # the one placeholder for a key, in recordings, reports and messages
KEPT_REQUEST_HEADERS = {"content-type"}  # and each client's version header (kept_request_headers)
KEPT_RESPONSE_HEADERS = {"content-type"}
KEPT_RESPONSE_HEADER_PREFIX = "x-why-finetune-"
# Whole field names only: "max_tokens" is not a secret, "api_key" is.
_SECRET_NAME = re.compile(
    r"^(api[_-]?key|key|(access|auth|api|bearer)?[_-]?token|secret|password|authorization|credentials?)$",
    re.IGNORECASE,
)
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}

# Anything shaped like an API key or bearer token: a standing scan of committed files uses this.
# A long run of letters *and* digits covers hex and base62 keys; requiring both keeps a model's
# "aaaa..." loop or a long word from looking like a key.
KEY_SHAPED = re.compile(
    r"Bearer\s+[A-Za-z0-9._~+/=-]{12,}"
    r"|\bsk-[A-Za-z0-9_-]{16,}"
    r"|\b(?=[A-Za-z0-9]*[0-9])(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{32,}\b"
)


class SecretLeakError(RuntimeError):
    """A file about to be written holds the exact value of a key in use."""


def scrub_request(request):
    """vcrpy before_record_request hook (vcrpy hands us a copy)."""
    # Sorted: the order headers arrive in is not stable across runs, and must not show as a diff.
    kept = kept_request_headers()
    request.headers = {k: v for k, v in sorted(request.headers.items()) if k.lower() in kept}
    request.uri = _scrub_uri(request.uri)
    body = json_or_none(request.body)
    redacted = _redact_fields(body)
    if redacted != body:  # a body without key fields, at any depth, is recorded exactly as sent
        request.body = json.dumps(redacted).encode("utf-8")
    return request


def kept_request_headers() -> set[str]:
    from why_finetune.clients import registered

    return KEPT_REQUEST_HEADERS | {client.version_header.lower() for client in registered() if client.version_header}


def scrub_response(response: dict) -> dict | None:
    """vcrpy before_record_response hook. Error responses are never recorded (None drops them):
    a retried 429 must not end up in the cassette beside the answer that followed it."""
    if not 200 <= int(response["status"]["code"]) < 300:
        return None
    headers = response.get("headers", {})
    response["headers"] = {
        k: v
        for k, v in sorted(headers.items())
        if k.lower() in KEPT_RESPONSE_HEADERS or k.lower().startswith(KEPT_RESPONSE_HEADER_PREFIX)
    }
    return response


# Why a recording whose answer holds a key in use is not kept: the endpoint's doing, not a scrubbing bug.
ENDPOINT_RETURNED_KEY = "the endpoint returned the API key in its output"


def holds_secret(value, secrets) -> bool:
    """Does any text in `value` (a response as vcrpy holds it: dicts, lists, text, bytes) hold a secret?"""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        return any(secret and secret in value for secret in secrets)
    if isinstance(value, dict):
        return any(holds_secret(item, secrets) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(holds_secret(item, secrets) for item in value)
    return False


def refuse_secrets(text: str, secrets, where: str) -> None:
    if any(value and value in text for value in secrets):
        raise SecretLeakError(
            f"{where}: not written, because it would contain the API key in use. "
            "Nothing was saved; please report this as a bug in why-finetune's scrubbing."
        )


@lru_cache(maxsize=256)  # vcrpy scrubs every request four times while matching it; the URI rarely changes
def _scrub_uri(uri: str) -> str:
    parts = urlsplit(uri)
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    # A loopback server's port is random per run: dropping it keeps cassettes stable across refreshes.
    if parts.port and host not in _LOOPBACK:
        netloc = f"{netloc}:{parts.port}"
    # Userinfo (user:key@host) is dropped; every query value is redacted (names stay, for reading).
    query = urlencode([(name, REDACTED) for name, _ in parse_qsl(parts.query, keep_blank_values=True)])
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _redact_fields(value):
    if isinstance(value, dict):
        return {k: REDACTED if _SECRET_NAME.search(str(k)) else _redact_fields(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_fields(v) for v in value]
    return value


def json_or_none(body):
    """A request or response body parsed as JSON, or None."""
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None
