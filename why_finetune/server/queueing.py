"""Turns at a model, given in arrival order.

One model generates for one prompt at a time. ``threading.Lock`` promises no order: a request with a
list of prompts releases the lock after each prompt and, still running, takes it straight back before
a waiting thread wakes up, so a small request behind it waits for the whole list. ``ArrivalOrder``
hands the turn directly to the longest-waiting thread instead, and the app takes one turn per prompt:
a request with many prompts goes back to the end of the queue after each one.
"""

from __future__ import annotations

import collections
import threading


class ArrivalOrder:
    """A lock whose waiters get it first come, first served. Use as ``with turns:``."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiters: collections.deque[threading.Event] = collections.deque()
        self._held = False

    @property
    def waiting(self) -> int:
        """How many threads are waiting for their turn."""
        with self._mutex:
            return len(self._waiters)

    def acquire(self) -> None:
        with self._mutex:
            if not self._held:
                self._held = True
                return
            turn = threading.Event()
            self._waiters.append(turn)
        turn.wait()  # release() hands the lock over, still held, to the first waiter

    def release(self) -> None:
        with self._mutex:
            if not self._held:
                raise RuntimeError("release of an ArrivalOrder that is not held")
            if self._waiters:
                self._waiters.popleft().set()
            else:
                self._held = False

    def __enter__(self) -> "ArrivalOrder":
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()
