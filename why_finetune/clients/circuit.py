"""Stop asking an endpoint that keeps failing.

A refresh sends one request per case. Against an endpoint that is down, each case waits for its
timeout and retries before failing, about 14 s, and the run goes on for minutes saying the same
thing. After a few consecutive failures the endpoint is given up for the rest of the run: the
remaining cases fail at once, saying why, and keep their previous recordings like any failed case.
"""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

T = TypeVar("T")

# Three in a row: one failure can be a blip, two can be a slow model; three that each used up their
# retries and timeouts mean the endpoint is down or misconfigured.
GIVE_UP_AFTER = 3


class Circuit:
    """Consecutive failures per endpoint (by its shown URL, never its key), for one process."""

    def __init__(self, give_up_after: int = GIVE_UP_AFTER):
        self.give_up_after = give_up_after
        self._failures: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def given_up(self, endpoint: str) -> str | None:
        """Why `endpoint` is no longer asked, or None while it still is."""
        with self._lock:
            failures = self._failures.get(endpoint, [])
            if len(failures) < self.give_up_after:
                return None
            return (
                f"not sent: {endpoint} failed the last {len(failures)} requests in a row "
                f"(last: {failures[-1]}), so it is not asked again in this run"
            )

    def failed(self, endpoint: str, reason: str) -> None:
        with self._lock:
            self._failures.setdefault(endpoint, []).append(reason)

    def succeeded(self, endpoint: str) -> None:
        with self._lock:
            self._failures.pop(endpoint, None)


    def guard(
        self, shown: str, call: Callable[[], tuple[T | None, str | None]], replaying: bool = False
    ) -> tuple[T | None, str | None]:
        """Run `call` (returning (result, None) or (None, why it failed)) unless `shown` was given up,
        and count its outcome. A replayed call sends nothing, so it is neither refused nor counted."""
        given_up = None if replaying else self.given_up(shown)
        if given_up:
            return None, given_up
        result, failure = call()
        if not replaying:
            if failure is None:
                self.succeeded(shown)
            elif not isinstance(failure, ModelNotServed):  # the endpoint answered: only the name is wrong
                self.failed(shown, failure)
        return result, failure


class ModelNotServed(str):
    """A failure that says the model name is wrong, not that the endpoint is failing."""


CIRCUIT = Circuit()
