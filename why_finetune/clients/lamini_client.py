"""The one place that calls the lamini client.

Every case, hosted or local, goes through `lamini.Lamini(...).generate(...)` unmodified, so what a
cassette holds is exactly what lamini 3.4.6 sends and receives. lamini 3.4.6 itself has no timeout
and no retries (a hung server hangs it forever; a 429 fails at once), so the `requests` module it
calls is stood in for here by one that gives every call a timeout and urllib3's retries under the
project's policy, and every failure is turned into one sentence naming the case and the endpoint.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata
import time
import types
from typing import Callable, Self

import requests
import requests.adapters
from urllib3.exceptions import MaxRetryError, ResponseError
from urllib3.util.retry import Retry

from why_finetune.clients.circuit import CIRCUIT, Circuit, ModelNotServed
from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import (
    ATTEMPTS,
    REPLAY_ENDPOINT,
    RETRIED_STATUSES,
    guarded_call,
    redacted,
    retry_after,
    timeout_seconds,
    wait_before_retry,
)
from why_finetune.clients.interface import Client


class PolicyRetry(Retry):
    """urllib3's `Retry` following the project's policy (guard.wait_before_retry): 429 and 503 only,
    POST included, never a timeout or a dropped connection, and the last answer returned, not raised.

    urllib3 alone cannot say all of it: its backoff starts at 0 s, it does not honour "Retry-After: 0"
    (it backs off instead), it cuts a long Retry-After short rather than giving up, and it sleeps with
    `time.sleep` itself. So the wait, and whether to wait at all, come from the policy; `sleep` can be
    replaced, so that tests don't wait."""

    def __init__(self, *args, sleep: Callable[[float], None] = time.sleep, **kwargs):
        super().__init__(*args, **kwargs)
        self.sleep_for = sleep

    @classmethod
    def for_policy(cls, sleep: Callable[[float], None] = time.sleep) -> PolicyRetry:
        return cls(
            total=ATTEMPTS - 1,
            connect=0,  # not a refused or timed-out connection,
            read=False,  # nor a read timeout or a dropped connection: raised as they are, as without retries
            other=0,
            redirect=False,  # requests follows redirects itself
            status_forcelist=RETRIED_STATUSES,
            allowed_methods=frozenset({"POST"}),  # lamini sends every generation as one; urllib3 would not retry it
            respect_retry_after_header=False,  # no retry for a 413 that carries one; the wait is ours
            raise_on_status=False,  # out of retries: the answer is returned, and lamini says what it was
            sleep=sleep,
        )

    def new(self, **kw) -> Self:
        retry = super().new(**kw)
        retry.sleep_for = self.sleep_for
        return retry

    def increment(self, method=None, url=None, response=None, error=None, _pool=None, _stacktrace=None) -> Self:
        if error is None and response is not None and self._wait(response, len(self.history)) is None:
            # Not asked again (such as a Retry-After beyond the longest wait): the answer is returned
            # (raise_on_status is off), and lamini says what it was.
            reason = ResponseError(ResponseError.SPECIFIC_ERROR.format(status_code=response.status))
            raise MaxRetryError(_pool, url, reason)  # type: ignore[arg-type]
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def sleep(self, response=None) -> None:
        # Called on the Retry `increment` returned, whose history holds this retry too.
        wait = None if response is None else self._wait(response, len(self.history) - 1)
        if wait is not None:
            self.sleep_for(wait)

    @staticmethod
    def _wait(response, retries_done: int) -> float | None:
        return wait_before_retry(response.status, retry_after(response), retries_done)


class PatientRequests:
    """Stands in for the `requests` module inside lamini: same calls, plus a timeout, and retries by
    urllib3 under the project's policy (PolicyRetry)."""

    def __init__(self, timeout: float, sleep: Callable[[float], None] = time.sleep,
                 session: requests.Session | None = None):
        self.timeout = timeout
        self.sleep = sleep
        self.exceptions = requests.exceptions
        self.session = session  # None: a new session (and connection) per call, as lamini's requests.post makes

    def post(self, url, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        if self.session is not None:
            return self.session.post(url, **kwargs)
        with patient_session(self.sleep) as session:
            return session.post(url, **kwargs)

    def get(self, url, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return requests.get(url, **kwargs)

    def delete(self, url, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        return requests.delete(url, **kwargs)


def patient_session(sleep: Callable[[float], None] = time.sleep) -> requests.Session:
    """A requests Session whose HTTP and HTTPS calls are retried under the project's policy."""
    session = requests.Session()
    adapter = requests.adapters.HTTPAdapter(max_retries=PolicyRetry.for_policy(sleep))
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


@functools.cache
def _replay_session() -> requests.Session:
    """The one session all replayed calls share. Its connection is vcrpy's stand-in, kept from case to
    case while the cases share one cassette (recording/replay_deck.py): a new one would make vcrpy
    undo and redo all its patches. The environment (proxy settings, ~/.netrc) plays no part in an
    answer read from a cassette, and looking it up costs a fifth of a millisecond per case. It retries
    as a live call does, though a cassette never holds an answer worth retrying (scrubbing drops them)."""
    session = patient_session()
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


def complete(
    label: str,
    model: str,
    prompt: str,
    max_new_tokens: int | None,
    endpoint: Endpoint,
    transport: PatientRequests | None = None,
    circuit: Circuit = CIRCUIT,
    sleep: Callable[[float], None] = time.sleep,
) -> str:
    """One lamini completion; `label` (a case id) starts every error message.

    Every failure, expected or not, becomes one ModelCallError sentence, raised without its cause:
    a traceback through lamini's and requests' frames would print their local variables (the
    request headers hold the key) with pytest's -l, and their messages quote the full URL. An
    endpoint that failed several requests in a row is not asked again (why_finetune.clients.circuit)."""
    shown = f"{endpoint.shown}/v1/completions"
    if transport is None:
        session = _replay_session() if endpoint == REPLAY_ENDPOINT else None
        transport = PatientRequests(timeout_seconds(label), sleep, session=session)
    return guarded_call(label, endpoint, shown, lambda: _call(model, prompt, max_new_tokens, endpoint, transport, shown),
                        circuit)


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

    options = {} if max_new_tokens is None else {"max_new_tokens": max_new_tokens}
    client = _lamini_client(lamini, model, endpoint.key, endpoint.url)
    with _standing_in(rest_requests, requests=transport, importlib=_LAMINI_IMPORTLIB):
        return client.generate(prompt, **options)


@contextlib.contextmanager
def _standing_in(module, **names):
    """`module`'s globals replaced by ours for one call, and put back after it: a project's own
    lamini calls in the same process go through lamini's own `requests`, as they would without us."""
    saved = {name: getattr(module, name) for name in names}
    for name, value in names.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)


def _lamini_errors():
    from lamini.error import error

    return error


def _redacted(error: Exception, endpoint: Endpoint) -> str:
    # lamini's messages carry the server's `detail`; a server could echo the key back in it.
    return redacted(str(error), endpoint)


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


class LaminiClient(Client):
    """Lamini's Python client: a prompt to `/v1/completions`; the URL and key from Lamini's own settings."""

    name = "lamini"
    hosted_by = "hosted Lamini API"
    url_elsewhere = "a lamini pair's URL and key come from LAMINI_API_URL and LAMINI_API_KEY (or ~/.lamini/configure.yaml)"
    version_header = "Lamini-Version"
    version_key = "lamini_client"
    version_label = "lamini"

    def complete(self, label, model, prompt, max_tokens, endpoint):
        return complete(label, model, prompt, max_tokens, endpoint)

    def hosted_endpoint(self, pair, environ=None):
        from why_finetune.clients.lamini_credentials import find_credentials

        return find_credentials(environ)

    def needed_key(self, pair):
        return "a Lamini API key"

    def missing_key(self, pair):
        return "set LAMINI_API_KEY"

    def missing_key_message(self, pair, hint):
        from why_finetune.clients.lamini_credentials import MissingKeyError, require_credentials

        try:
            require_credentials(hint)
        except MissingKeyError as error:
            return str(error)
        return super().missing_key_message(pair, hint)

    def recording_from(self, endpoint):
        return f"{endpoint.shown} ({endpoint.key_origin})"  # the project's default client goes unnamed

    def model_sent(self, request):
        return request.get("model_name")

    def read_exchange(self, request, response):
        return request["prompt"], request["model_name"], response["output"]
