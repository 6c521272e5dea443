"""Replay consecutive cases through one vcrpy cassette, patched in once.

pytest-recording enters a vcrpy cassette for every test. Entering builds and applies some thirty
patches (vcrpy's stubs for http.client, urllib3, requests, httpx, aiohttp ...), leaving undoes them,
and each new connection inside undoes and redoes them all to build its real counterpart: about a
millisecond per case in all, a fifth of what a replayed case costs (bench/replay_overhead.py).

During replay the cases share one cassette instead. It is entered by the first case of a run of
consecutive cases and left after the last one (the plugin closes it when the next test is not a
case), so no other test, such as a paired check or a test of a server on loopback, runs inside it.
Before each case it is reloaded in place from that case's own file, with the same persister,
matchers and filters as a cassette of its own: a case replays its own recording and nothing else,
and a request that does not match fails the same way. Recording does not use it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

# get_merged_config returns these for vcrpy's context manager; a Cassette does not take them.
_NOT_CASSETTE_ARGUMENTS = ("path_transformer", "func_path_generator", "record_on_exception")


class ReplayDeck:
    """One vcrpy cassette, loaded with one case's recording at a time. `vcr` must replay only
    (record_mode "none")."""

    def __init__(self, vcr, config: dict):
        # vcrpy's settings for every case (our matchers, persister, filters); only the path differs.
        self._merged = vcr.get_merged_config(**config)
        self._merged["before_record_request"] = _filtered_once(self._merged["before_record_request"])
        self.cassette = None
        self._context = None

    def load(self, path: Path):
        """The cassette, holding the recording at `path` (and nothing else), patched in."""
        from vcr.cassette import Cassette, CassetteContextDecorator

        settings = {**self._merged, "path": str(path)}
        if self._context is None:
            context = CassetteContextDecorator.from_args(Cassette, **settings)
            self.cassette = context.__enter__()
            self._context = context
        else:
            # vcrpy's patched classes hold on to the cassette object they were built for: keep the
            # object, give it the state of a cassette freshly loaded from this case's file.
            fresh = Cassette.load(**{k: v for k, v in settings.items() if k not in _NOT_CASSETTE_ARGUMENTS})
            vars(self.cassette).update(vars(fresh))
        return self.cassette

    def close(self) -> None:
        """Undo vcrpy's patches. Replay records nothing, so nothing is saved."""
        context, self._context, self.cassette = self._context, None, None
        if context is not None:
            context.__exit__(None, None, None)


def _filtered_once(before_record_request: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """vcrpy's request filter (a deep copy of the request, then our scrubbing), applied once per request.

    To replay one request vcrpy filters it three times: to ask whether the cassette can answer it,
    then the filtered copy again to ask whether the cassette holds it, then the request again to play
    the answer; a deep copy and a scrub each time, more for the openai client's many headers. The
    copy is only read, to match it against the recordings, so the one made for the request serves the
    third time, and stands for itself the second: scrubbing a scrubbed request changes nothing
    (tests/recording/test_scrubbing.py)."""
    last: list = [None, None]  # the request last filtered (held, so that its id is not reused) and its copy

    def filtered(request):
        if request is last[0] or request is last[1]:
            return last[1]
        last[:] = [request, before_record_request(request)]
        return last[1]

    return filtered
