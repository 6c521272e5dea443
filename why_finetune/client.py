"""The one place that calls the lamini client.

Every case, hosted or local, goes through `lamini.Lamini(...).generate(...)` unmodified, so what a
cassette holds is exactly what lamini 3.4.6 sends and receives. lamini 3.4.6 itself has no timeout
and no retries (a hung server hangs it forever; a 429 fails at once), so the plain `requests.post`
it calls is given both here, and every failure is turned into one sentence naming the case and the
endpoint.
"""

from __future__ import annotations

import functools
import importlib.metadata
import os
import time
import types

import requests

from why_finetune.catalogue import Case
from why_finetune.circuit import CIRCUIT, Circuit, ModelNotServed
from why_finetune.endpoint import Endpoint

# lamini refuses to build a request without some key. During replay nothing leaves the process,
# so any placeholder will do; it is not key-shaped, and scrubbing drops the header anyway.
REPLAY_KEY = "replay-no-key"
# Replay never connects anywhere (vcrpy answers and the network is blocked); the URL only has to
# parse. Matching ignores host and port, so this works for cassettes recorded on any port.
REPLAY_URL = "http://127.0.0.1:9"
REPLAY_ENDPOINT = Endpoint(REPLAY_URL, REPLAY_KEY, key_source="no key: replay sends no request")

# A CPU model writes 128 tokens in a few seconds, the hosted API in fewer; two minutes without an
# answer means the server is stuck, not slow. Set WHY_FINETUNE_TIMEOUT (seconds) to change it.
DEFAULT_TIMEOUT = 120.0
# 429 (rate limited) and 503 (busy) are worth waiting for; anything else is not.
RETRIED_STATUSES = (429, 503)
ATTEMPTS = 4  # one try and three retries
BACKOFF_SECONDS = (2.0, 4.0, 8.0)  # without a Retry-After header
MAX_WAIT_SECONDS = 60.0  # a Retry-After longer than this is not honoured: the case fails instead


class ModelCallError(RuntimeError):
    """A case's call to its model failed; the message names the case, the endpoint and the cause."""


class PatientRequests:
    """Stands in for the `requests` module inside lamini: same calls, plus a timeout and retries."""

    def __init__(self, timeout: float, sleep=time.sleep, session: requests.Session | None = None):
        self.timeout = timeout
        self.sleep = sleep
        self.exceptions = requests.exceptions
        self.session = session  # None: a new connection per call, as lamini's requests.post makes

    def post(self, url, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        for attempt in range(ATTEMPTS):
            response = self._post(url, **kwargs)
            if response.status_code not in RETRIED_STATUSES or attempt == ATTEMPTS - 1:
                return response
            wait = retry_after(response)
            if wait is None:  # no Retry-After: back off exponentially ("0" means now, and is honoured)
                wait = BACKOFF_SECONDS[min(attempt, len(BACKOFF_SECONDS) - 1)]
            if wait > MAX_WAIT_SECONDS:
                return response
            self.sleep(wait)
        return response

    def _post(self, url, **kwargs):
        if self.session is None:
            return requests.post(url, **kwargs)
        return self.session.post(url, **kwargs)

    def get(self, url, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return requests.get(url, **kwargs)

    def delete(self, url, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return requests.delete(url, **kwargs)


def retry_after(response) -> float | None:
    """Seconds from a Retry-After header given in seconds (the form APIs use), else None."""
    value = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


@functools.cache
def _replay_session() -> requests.Session:
    """The one session all replayed calls share. Its connection is vcrpy's stand-in, kept from case to
    case while the cases share one cassette (recording/replay_deck.py): a new one would make vcrpy
    undo and redo all its patches. The environment (proxy settings, ~/.netrc) plays no part in an
    answer read from a cassette, and looking it up costs a fifth of a millisecond per case."""
    session = requests.Session()
    session.trust_env = False
    return session


# Stands in for the `importlib` module inside lamini.api.rest_requests, as PatientRequests does for
# `requests`. lamini sends its own version in a header, looked up with importlib.metadata.version on
# every request: a scan of sys.path and a parse of lamini's METADATA file, about 0.15 ms, a thirtieth
# of a replayed case. The header is the same (the version of the lamini this process imported); it is
# looked up once.
_LAMINI_IMPORTLIB = types.SimpleNamespace(
    metadata=types.SimpleNamespace(version=functools.cache(importlib.metadata.version))
)


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


def generate(case: Case, endpoint: Endpoint, transport: PatientRequests | None = None) -> str:
    """Send the case's prompt to the case's model and return the output text."""
    return complete(case.id, case.model, case.prompt, case.pair.max_new_tokens, endpoint, transport)


def complete(
    label: str,
    model: str,
    prompt: str,
    max_new_tokens: int | None,
    endpoint: Endpoint,
    transport: PatientRequests | None = None,
    circuit: Circuit = CIRCUIT,
) -> str:
    """One lamini completion; `label` (a case id) starts every error message.

    Every failure, expected or not, becomes one ModelCallError sentence, raised without its cause:
    a traceback through lamini's and requests' frames would print their local variables (the
    request headers hold the key) with pytest's -l, and their messages quote the full URL. An
    endpoint that failed several requests in a row is not asked again (why_finetune.circuit)."""
    shown = f"{endpoint.shown}/v1/completions"
    if transport is None:
        session = _replay_session() if endpoint == REPLAY_ENDPOINT else None
        transport = PatientRequests(timeout_seconds(label), session=session)
    return guarded_call(label, endpoint, shown, lambda: _call(model, prompt, max_new_tokens, endpoint, transport, shown),
                        circuit)


def guarded_call(label: str, endpoint: Endpoint, shown: str, attempt, circuit: Circuit) -> str:
    """The text `attempt()` gets from `endpoint`, through the circuit breaker (both clients call this).

    `attempt` returns (text, None) or (None, why it failed); every failure, and an endpoint whose URL
    or key cannot be used, becomes one ModelCallError sentence starting with `label`. A server's own
    words in it are shown neutralised: they reach the terminal, and must not drive it."""
    problem = endpoint.problem()
    if problem:
        raise ModelCallError(_one_line(f"{label}: {problem}"))
    result, failure = circuit.guard(shown, attempt, replaying=endpoint == REPLAY_ENDPOINT)
    if failure or result is None:  # no output comes only with a failure
        raise ModelCallError(_one_line(f"{label}: {failure}"))
    return result


def _one_line(text: str) -> str:
    from why_finetune.report.textwrap_styled import safe

    return safe(text).replace("\n", " ")


def _call(model, prompt, max_new_tokens, endpoint: Endpoint, transport, shown: str):
    """(output, None), or (None, why the call failed, in words that hold no key and no full URL)."""
    try:
        result = _generate(model, prompt, max_new_tokens, endpoint, transport)
        if not isinstance(result, str):
            return None, f"{shown} answered {type(result).__name__}, not the output text"
        return result, None
    except _passed_through():
        raise
    except requests.exceptions.Timeout:
        return None, f"{shown} did not answer within {transport.timeout:g} s"
    except requests.exceptions.JSONDecodeError:
        return None, f"{shown} answered with malformed JSON"
    except requests.exceptions.ConnectionError as error:
        # The type only: requests' own message quotes the URL, query string (and any key in it) included.
        return None, f"could not reach {shown}, or it dropped the connection ({type(error).__name__})"
    except requests.exceptions.RequestException as error:
        return None, f"could not send a request to {shown} ({type(error).__name__})"
    except _lamini_errors().ModelNotFoundError as error:
        return None, ModelNotServed(
            f"{shown} does not serve model {model!r} ({_redacted(error, endpoint)}). "
            "Check the model names in the catalogue."
        )
    except _lamini_errors().LaminiError as error:
        return None, f"{shown} refused the request: {type(error).__name__}: {_redacted(error, endpoint)}"
    except (KeyError, TypeError, AttributeError, IndexError) as error:
        # lamini reads result["output"]; a 2xx body of another shape ({}, [], "x", null) fails there.
        return None, f"{shown} answered JSON of another shape ({type(error).__name__}), not the output text"
    except Exception as error:  # anything else: its type, never its text (it may quote the URL)
        return None, f"calling {shown} failed unexpectedly ({type(error).__name__})"


def _generate(model, prompt, max_new_tokens, endpoint: Endpoint, transport: PatientRequests):
    import lamini  # imported here: `import lamini` costs about two seconds
    from lamini.api import rest_requests

    rest_requests.requests = transport
    rest_requests.importlib = _LAMINI_IMPORTLIB
    options = {} if max_new_tokens is None else {"max_new_tokens": max_new_tokens}
    return _lamini_client(lamini, model, endpoint.key, endpoint.url).generate(prompt, **options)


def _lamini_errors():
    from lamini.error import error

    return error


def _redacted(error: Exception, endpoint: Endpoint) -> str:
    # lamini's messages carry the server's `detail`; a server could echo the key back in it.
    return str(error).replace(endpoint.key, "<key>") if endpoint.key else str(error)


def _passed_through() -> tuple[type[BaseException], ...]:
    """Exceptions that are not a failed call: vcrpy's "no recording matches", which the plugin
    explains with the field that differed."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    return (CannotOverwriteExistingCassetteException,)


_CLIENTS: dict = {}


def _lamini_client(lamini, model: str, api_key: str, api_url: str):
    """One `lamini.Lamini` per model and endpoint, reused: building one reads lamini's configuration
    (its file and the environment) five times, a cost replay would otherwise pay on every case. The
    key and URL are always given, so that configuration never changes what a client sends."""
    key = (lamini.Lamini, model, api_key, api_url)  # the class too: a test may replace it
    client = _CLIENTS.get(key)
    if client is None:
        if len(_CLIENTS) >= 64:  # a new local server URL per run: never many, but never unbounded
            _CLIENTS.clear()
        client = _CLIENTS[key] = lamini.Lamini(model, api_key=api_key, api_url=api_url)
    return client
