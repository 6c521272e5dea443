"""What every client's call goes through: one retry policy, a timeout, the circuit breaker, and one
sentence for every failure.

A failure becomes a `ModelCallError` raised without its cause: a traceback through a client library's
frames would print their local variables (the request headers hold the key) with pytest's -l, and
their messages quote the full URL.
"""

from __future__ import annotations

import os

from why_finetune.clients.circuit import CIRCUIT, Circuit
from why_finetune.clients.endpoint import Endpoint

# Replay never connects anywhere (vcrpy answers and the network is blocked); the URL only has to
# parse. Matching ignores host and port, so this works for cassettes recorded on any port. A client
# refuses to build a request without some key: any placeholder will do; it is not key-shaped, and
# scrubbing drops the header anyway.
REPLAY_KEY = "replay-no-key"
REPLAY_URL = "http://127.0.0.1:9"
REPLAY_ENDPOINT = Endpoint(REPLAY_URL, REPLAY_KEY, key_source="no key: replay sends no request")

# A CPU model writes 128 tokens in a few seconds, the hosted API in fewer; two minutes without an
# answer means the server is stuck, not slow. Set WHY_FINETUNE_TIMEOUT (seconds) to change it.
DEFAULT_TIMEOUT = 120.0

# The retry policy, for every client, stated here once and applied by `wait_before_retry`. 429 (rate
# limited) and 503 (busy) are worth waiting for; anything else is not, nor is a timeout or a dropped
# connection (a hung server would otherwise hold a case for several timeouts).
RETRIED_STATUSES = (429, 503)
ATTEMPTS = 4  # one try and three retries
BACKOFF_SECONDS = (2.0, 4.0, 8.0)  # without a Retry-After header
MAX_WAIT_SECONDS = 60.0  # a Retry-After longer than this is not honoured: the case fails instead


class ModelCallError(RuntimeError):
    """A case's call to its model failed; the message names the case, the endpoint and the cause."""


def retry_after(response) -> float | None:
    """Seconds from a Retry-After header given in seconds (the form APIs use), else None."""
    value = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def wait_before_retry(status: int, asked_wait: float | None, retries_done: int) -> float | None:
    """Seconds to wait before asking again after an answer with `status` (whose Retry-After asked for
    `asked_wait` seconds, or None), `retries_done` retries into a call; None: not asked again, and the
    answer stands. A Retry-After of 0 means now, and is honoured."""
    if status not in RETRIED_STATUSES or retries_done >= ATTEMPTS - 1:
        return None
    if asked_wait is None:  # no Retry-After: back off exponentially
        return BACKOFF_SECONDS[min(retries_done, len(BACKOFF_SECONDS) - 1)]
    return asked_wait if asked_wait <= MAX_WAIT_SECONDS else None


def timeout_seconds(label: str) -> float:
    """The timeout from WHY_FINETUNE_TIMEOUT, or the default. Read before anything is sent: a wrong
    setting is said as such, naming it, not as the endpoint's failure (nor counted against it)."""
    value = os.environ.get("WHY_FINETUNE_TIMEOUT", "")
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not 0 < seconds < float("inf"):  # also NaN, which no comparison holds for
        raise ModelCallError(f"{label}: WHY_FINETUNE_TIMEOUT must be a positive number of seconds, not {value!r}; "
                             "set it to one (such as 120) or unset it")
    return seconds


def guarded_call(label: str, endpoint: Endpoint, shown: str, attempt, circuit: Circuit = CIRCUIT) -> str:
    """The text `attempt()` gets from `endpoint`, through the circuit breaker.

    `attempt` returns (text, None) or (None, why it failed); every failure, and an endpoint whose URL
    or key cannot be used, becomes one ModelCallError sentence starting with `label`. A server's own
    words in it are shown neutralised: they reach the terminal, and must not drive it."""
    problem = endpoint.problem()
    if problem:
        raise ModelCallError(_one_line(f"{label}: {problem}"))
    # The breaker counts per endpoint, its URL and key: two roles on one URL with two keys are two
    # endpoints, and a wrong key on one side must not stop the other. The key is named by its variable.
    counted = f"{shown} with the key from {endpoint.key_source}" if endpoint.key else shown
    result, failure = circuit.guard(counted, attempt, replaying=endpoint == REPLAY_ENDPOINT)
    if failure or result is None:  # no output comes only with a failure
        raise ModelCallError(_one_line(f"{label}: {failure}"))
    return result


def redacted(text: str, endpoint: Endpoint) -> str:
    """A server's words with the endpoint's key hidden: a server could echo the key back."""
    from why_finetune.recording.scrubbing import REDACTED

    return text.replace(endpoint.key, REDACTED) if endpoint.key else text


def cassette_miss(error: BaseException | None):
    """vcrpy's "no recording matches" in the error or its causes, or None: not a failed call, but a
    request the plugin explains with the field that differed."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    while error is not None:
        if isinstance(error, CannotOverwriteExistingCassetteException):
            return error
        error = error.__cause__ or error.__context__
    return None


def _one_line(text: str) -> str:
    from why_finetune.report.safe_text import safe

    return safe(text).replace("\n", " ")
