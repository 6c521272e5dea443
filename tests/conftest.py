"""What each test needs beyond the Python process, as markers, applied here in one place.

    subprocess  starts a process: pytest or the `why_finetune` command on a project, as a user would
    server      starts the local model server (a process of its own, with both models)
    venv        builds a fresh virtual environment and installs the package into it
    browser     drives a real headless Chromium

`make check` runs only the tests that need none of these: the fast tier, for every save.
`make test` runs everything. A test that starts a process without its module being listed below
fails, naming this file, so the fast tier stays fast and the table stays true.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BOUNDARIES = ("subprocess", "server", "venv", "browser")

# Test module (relative to tests/), or one test of it ("module::test_name"), -> what its tests need.
# A module listed whole puts the in-process tests beside its boundary tests in the full tier only;
# where most of a module runs in-process, its boundary tests are listed one by one instead.
NEEDS: dict[str, tuple[str, ...]] = {
    "install/test_in_another_project.py": ("subprocess", "venv"),
    "install/test_openai_pair_in_another_project.py": ("subprocess", "venv", "server"),
    "judges/test_cli.py": ("subprocess",),
    "recording/test_bad_input.py": ("subprocess", "server"),
    "recording/test_cassette_link_outside.py": ("subprocess",),
    "recording/test_compare_changed_after_refresh.py": ("subprocess", "server"),
    "recording/test_endpoint_paths.py": ("subprocess",),
    "recording/test_forked_pytest.py": ("subprocess",),
    "recording/test_key_in_failures.py": ("subprocess",),
    "recording/test_llamacpp_pair.py": ("subprocess", "server"),
    "recording/test_llm_judge.py": ("subprocess", "server"),
    "recording/test_openai_cassettes.py": ("subprocess", "server"),
    "recording/test_openai_client.py": ("subprocess", "server"),
    "recording/test_openai_pairs.py": ("subprocess", "server"),
    "recording/test_third_client.py": ("subprocess", "server"),
    "recording/test_openai_traffic.py": ("subprocess", "server"),
    "recording/test_parallel.py": ("subprocess", "server"),
    "recording/test_record_and_replay.py": ("subprocess", "server"),
    "recording/test_refresh_faults.py": ("subprocess", "server"),
    "recording/test_refresh_from_a_project.py": ("subprocess",),
    "recording/test_replay_deck.py": ("subprocess", "server"),
    "recording/test_reused_local_server_refresh.py": ("subprocess", "server"),
    "recording/test_secrets.py": ("subprocess", "server"),
    "report/test_compare_changed.py": ("subprocess",),  # git reads the revision
    "report/test_html_target.py": ("subprocess",),
    "report/test_compare_changed_in_chromium.py": ("subprocess", "browser"),  # git, then Chromium
    "report/test_report_html_in_chromium.py": ("browser",),
    "report/test_report_live_local_server.py": ("subprocess", "server"),
    "server/test_server_abandoned.py": ("subprocess", "server"),
    "server/test_server_abuse.py": ("subprocess", "server"),
    "server/test_server_http.py": ("subprocess", "server"),
    "server/test_server_lamini_client.py": ("subprocess", "server"),
    "server/test_server_lifecycle.py": ("subprocess", "server"),
    "server/test_server_openai.py": ("subprocess", "server"),
    "server/test_server_stop.py": ("subprocess", "server"),
    # Python's string hashing, which orders sets, is chosen per process.
    "judges/test_evidence.py::test_the_evidence_of_a_question_made_of_numbers_reads_the_same_in_every_process":
        ("subprocess",),
    # These three run the `why_finetune refresh` command, the entry point a user types.
    "test_credentials.py::test_refreshing_the_hosted_pair_without_a_key_stops_before_any_request": ("subprocess",),
    "test_credentials.py::test_refreshing_with_a_malformed_url_stops_in_one_line_naming_the_setting": ("subprocess",),
    "test_credentials.py::test_refreshing_an_unknown_case_stops_before_announcing_anything": ("subprocess",),
    "test_orphans.py": ("subprocess",),
    "test_project.py": ("subprocess",),
    "test_refresh_interrupt.py": ("subprocess",),
    "test_testing_api.py": ("subprocess",),
    "test_workflows.py": ("subprocess",),
}

TESTS = Path(__file__).parent

# Processes that libraries start on their own to learn about the machine (platform.processor() runs
# `uname -p` for the openai client's headers; older lamini releases run `lscpu` at import; ctypes runs
# `ldconfig`): not a boundary a test chose.
INCIDENTAL = {"uname", "lscpu", "ldconfig", "nvidia-smi", "sysctl"}


def pytest_configure(config):
    for name, what in (("subprocess", "starts a process (pytest or the why_finetune command)"),
                       ("server", "starts the local model server"),
                       ("venv", "builds a fresh virtual environment"),
                       ("browser", "drives a real headless Chromium")):
        config.addinivalue_line("markers", f"{name}: the test {what}; not in `make check`")


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = Path(item.path).relative_to(TESTS).as_posix() if Path(item.path).is_relative_to(TESTS) else ""
        for name in (*NEEDS.get(module, ()), *NEEDS.get(f"{module}::{item.originalname}", ())):
            item.add_marker(getattr(pytest.mark, name))


_current: dict = {"item": None}


def _no_unlisted_process(event, args):
    item = _current["item"]
    # tests/recording/forked_pytest.py raises its own event for each pytest it runs in a forked process.
    if item is None or event not in ("subprocess.Popen", "tests.forked_pytest"):
        return
    program = Path(str(args[0])).name
    if program in INCIDENTAL or any(item.get_closest_marker(name) for name in BOUNDARIES):
        return
    _current["item"] = None  # once per test
    raise RuntimeError(
        f"{item.nodeid} starts a process ({program}) but tests/conftest.py does not list its module in "
        "NEEDS: list it there, so that `make check` leaves it out"
    )


sys.addaudithook(_no_unlisted_process)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    _current["item"] = item
    try:
        return (yield)
    finally:
        _current["item"] = None


@pytest.fixture
def scripted():
    """Start a scripted loopback API (tests/recording/scripted_api.py) with `scripted(*steps)`; every one
    started is closed after the test."""
    from tests.recording.scripted_api import ScriptedAPI

    apis = []

    def start(*steps):
        api = ScriptedAPI(*steps)
        apis.append(api)
        return api

    yield start
    for api in apis:
        api.close()



@pytest.fixture(autouse=True)
def _no_reused_local_server_from_outside(monkeypatch):
    """A developer may keep WHY_FINETUNE_LOCAL_SERVER set for their own refreshes; the tests decide
    themselves where a refresh or `compare --live` sends local pairs."""
    monkeypatch.delenv("WHY_FINETUNE_LOCAL_SERVER", raising=False)


@pytest.fixture(scope="session")
def shared_local_server():
    """One local server for this test process (each pytest-xdist worker has its own), started the first
    time a test asks for it. Loading both models costs about 2 s of CPU, and a refresh of a local pair
    starts a server of its own unless WHY_FINETUNE_LOCAL_SERVER names a running one."""
    from why_finetune.server.process import start_server

    with start_server() as server:
        yield server


@pytest.fixture(scope="session")
def reuse_local_server(shared_local_server) -> dict[str, str]:
    """The environment that sends a refresh's local pairs to the shared server, as a user keeping
    `why_finetune serve` open does. For the refreshes whose test is not about the server: the tests of
    its start-up and stop, and one refresh (test_record_and_replay.py), still start their own."""
    from why_finetune.server.process import REUSE_ENV

    return {REUSE_ENV: shared_local_server.url}


class CompletionsServed:
    """How many completions a started local server has answered with 200, read from its log."""

    def __call__(self, server) -> int:
        return sum(line.startswith("POST /v1/completions 200 ") for line in server.stderr_text().splitlines())

    def since(self, server, before: int, expected: int) -> int:
        """Answered since `before`, once `expected` are (or 10 s have passed): the server writes a request's
        log line after its answer, and the line reaches this process through a pipe."""
        import time

        deadline = time.monotonic() + 10
        while self(server) - before < expected and time.monotonic() < deadline:
            time.sleep(0.05)
        return self(server) - before


@pytest.fixture
def served() -> CompletionsServed:
    return CompletionsServed()
