"""Rows generated now: the `local` pair through the local server, the `course` pair through the hosted API.

Every call goes through the pair's client (model_call.call_model), inside an in-memory vcrpy
cassette that is never written: it only lets the provenance be read off the real traffic, exactly
as it is for a recording. Progress goes to stderr, so stdout holds only the comparison.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Callable, TextIO, TypeVar

from why_finetune.catalogue import Case
from why_finetune.clients import ROLES, hosted_endpoint, local_endpoint, missing_key, where_hosted
from why_finetune.clients.endpoint import Endpoint
from why_finetune.clients.guard import redacted
from why_finetune.recording.hints import refresh_hint
from why_finetune.report.cells import output_cell
from why_finetune.report.model import Report, empty_cell, group_rows, pair_info

T = TypeVar("T")



class LiveError(RuntimeError):
    """Live generation cannot start; the message says what to do."""


class Progress:
    """Progress as whole lines on stderr, so they interleave cleanly with the local server's own lines."""

    def __init__(self, stream: TextIO | None = None, every: float = 10.0):
        self.stream = stream
        self.every = every

    def line(self, text: str) -> None:
        stream = self.stream or sys.stderr
        stream.write(text + "\n")
        stream.flush()

    def wait(self, label: str, work: Callable[[], T], done: Callable[[T], str] = lambda value: "done") -> T:
        """Run `work`, saying when it starts, every `every` seconds while it runs, and when it ends."""
        outcome: dict = {}

        def target():
            try:
                outcome["value"] = work()
            except BaseException as error:  # re-raised below, in the caller's thread
                outcome["error"] = error

        self.line(f"{label} ...")
        thread = threading.Thread(target=target, daemon=True, name="why-finetune-live")
        started = time.monotonic()
        thread.start()
        while True:
            thread.join(self.every)
            if not thread.is_alive():
                break
            self.line(f"{label}: still running after {time.monotonic() - started:.0f} s")
        elapsed = time.monotonic() - started
        if "error" in outcome:
            self.line(f"{label}: failed after {elapsed:.1f} s")
            raise outcome["error"]
        self.line(f"{label}: {done(outcome['value'])} in {elapsed:.1f} s")
        return outcome["value"]


def _capturing_vcr():
    """A vcrpy instance that records every exchange and writes nothing anywhere."""
    import vcr
    from vcr.persisters.filesystem import CassetteNotFoundError

    class Nowhere:
        @staticmethod
        def load_cassette(cassette_path, serializer):
            raise CassetteNotFoundError()

        @staticmethod
        def save_cassette(cassette_path, cassette_dict, serializer):
            pass

    recorder = vcr.VCR(record_mode="all", decode_compressed_response=True)
    recorder.register_persister(Nowhere)
    return recorder


def generate_with_provenance(case: Case, endpoint: Endpoint) -> tuple[str, dict]:
    import datetime as dt

    from why_finetune.clients import call_model, client_of
    from why_finetune.recording.provenance import provenance

    with _capturing_vcr().use_cassette(f"live/{case.id}") as cassette:
        output = call_model(case, endpoint)
        info = provenance(case.id, case.pair.id, client_of(case.pair), cassette.requests, cassette.responses)
    info["generated"] = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return output, info


def live_report(
    cases: list[Case],
    snapshots: Path,
    progress: Progress | None = None,
    *,
    start_server=None,
    find_endpoint=None,
    generate=generate_with_provenance,
) -> Report:
    """Generate every case now. A pair that cannot be reached gets cells saying why, not a crash."""
    progress = progress or Progress()
    from why_finetune.server.process import REUSE_ENV

    if start_server is None:
        from why_finetune.server.process import local_server as start_server

    endpoints: dict[tuple[str, str], Endpoint | str] = {}  # (pair id, role) -> where to send, or why not
    notes: list[str] = []
    with ExitStack() as stack:
        for pair in {case.pair.id: case.pair for case in cases}.values():
            if pair.backend == "local":
                doing = (f"using the local server {REUSE_ENV} names" if os.environ.get(REUSE_ENV, "").strip()
                         else f"starting the local server (it loads {pair.base} and {pair.chat})")
                server = progress.wait(f"pair {pair.id!r}: {doing}", start_server, lambda server: f"ready at {server.url}")
                stack.callback(server.stop)
                for role in ROLES:
                    endpoints[pair.id, role] = local_endpoint(pair, server.url)
                continue
            # A pair across two endpoints is reached role by role, and generates the side whose key is set.
            apart = pair.across_two_endpoints
            for role in ROLES if apart else ("base",):
                hosted = (find_endpoint or hosted_endpoint)(pair, role)
                named = pair.reached_by(role).named
                if hosted is None:
                    what = f"the {role} model of pair {pair.id!r}" if apart else f"the {pair.id!r} pair"
                    reached: Endpoint | str = (f"not generated — {missing_key(pair, role)} to generate {what} live "
                                               f"(or record it: {refresh_hint(pair.id)})")
                    notes.append(f"{named}: {reached}")
                else:
                    progress.line(f"{named}: {hosted.shown} ({hosted.key_origin})")
                    reached = hosted
                for each in (role,) if apart else ROLES:
                    endpoints[pair.id, each] = reached

        if not any(isinstance(endpoint, Endpoint) for endpoint in endpoints.values()):
            raise LiveError("; ".join(notes) or "no case to generate")
        cells = []
        reachable = [case for case in cases if isinstance(endpoints[case.pair.id, case.role], Endpoint)]
        for number, case in enumerate(reachable, start=1):
            endpoint = endpoints[case.pair.id, case.role]
            assert isinstance(endpoint, Endpoint)  # the reachable cases are those with an Endpoint
            label = f"[{number}/{len(reachable)}] {case.id}"
            try:
                output, info = progress.wait(
                    label, functools.partial(generate, case, endpoint), lambda result: f"{len(result[0].split())} words"
                )
            except Exception as error:  # one failing call must not hide the others
                message = redacted(str(error), endpoint)
                note = f"generation failed: {type(error).__name__}: {message}"
                cells.append(replace(empty_cell(case, note), problem=f"{case.id}: {note}"))
                continue
            cells.append(output_cell(case, output, info, snapshot_root=snapshots))
        cells += [empty_cell(case, why) for case in cases if isinstance(why := endpoints[case.pair.id, case.role], str)]
    return Report(
        title="Base vs chat: generated now",
        source="live generation: " + ", ".join(
            f"{pair.id} via {_served_at(pair)}" for pair in {c.pair.id: c.pair for c in cases}.values()
        ),
        rows=group_rows(cells, cases),
        pairs={case.pair.id: pair_info(case.pair) for case in cases},
        notes=notes,
    )


def _served_at(pair) -> str:
    """"the local server", one endpoint, or both of a pair across two: "base at http://a, chat at http://b"."""
    if pair.backend == "local":
        return "the local server"
    if not pair.across_two_endpoints:
        return where_hosted(pair, "base")
    return " and ".join(f"{role} at {where_hosted(pair, role)}" for role in ROLES)
