"""A pytest plugin for the benchmarks: the CPU time a run spends on its cases, measured inside the run.

    WHY_FINETUNE_BENCH_CLOCK=<file.jsonl> pytest -p bench.run_clock ...

Timing a whole run and subtracting a collection-only run leaves a difference of a few hundredths of a
second for 20 cases, under the noise of two runs of two seconds each. This clock needs no subtraction.
It starts when the first test that ran (was not skipped) has finished, so that test's one-off costs
are left out: modules imported on first use, the first cassette. It stops when pytest starts to
unconfigure, after the end-of-run summary and before pytest's garbage collection at exit (its check
for unraisable exceptions: about a tenth of a second with lamini's modules loaded, once per run, and
landing in or out of a later hook's timing by chance). Everything each later case costs is inside:
its test, its share of the paired checks (skipped ones too), and its line in the summary. Tests run
before the first case that ran are outside (in the shipped suite, the skipped `course` cases).

Each run appends one JSON line to the file: {"replayed": cases that ran after the clock started,
"tests": tests started after it, "cpu": seconds, "wall": seconds}. A case is a test that uses the `case`
fixture. A run in which no test ran (--collect-only) writes nothing.
"""

from __future__ import annotations

import json
import os
import time

import pytest

_started: tuple[float, float] | None = None
_ran_first = False
_cases: set[str] = set()
_replayed = 0
_tests = 0


def pytest_collection_modifyitems(items):
    _cases.update(item.nodeid for item in items if "case" in getattr(item, "fixturenames", ()))


def pytest_runtest_logstart(nodeid, location):
    global _tests
    _tests += _started is not None  # every test, skipped ones too (a skip mark stops setup hooks)


def pytest_runtest_logreport(report):
    global _ran_first, _replayed
    if report.when == "call" and not report.skipped:  # a test that ran (a skip in its body did not)
        _ran_first = True
        _replayed += _started is not None and report.nodeid in _cases


def pytest_runtest_logfinish(nodeid, location):
    global _started
    if _started is None and _ran_first:
        _started = (time.process_time(), time.perf_counter())


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    path = os.environ.get("WHY_FINETUNE_BENCH_CLOCK")
    if not path or _started is None:
        return
    cpu, wall = time.process_time() - _started[0], time.perf_counter() - _started[1]
    with open(path, "a", encoding="utf-8") as file:
        file.write(json.dumps({"replayed": _replayed, "tests": _tests, "cpu": cpu, "wall": wall}) + "\n")
