"""A refresh through a running local server that WHY_FINETUNE_LOCAL_SERVER names: the cases reach that
server, nothing else is started, and a variable naming no server stops the refresh in one line before
anything is written (`compare --live` through one: tests/report/test_report_live_local_server.py)."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from throwaway_project import REPO, files_under, make_project

from why_finetune.recording.persistence import read_cassette
from why_finetune.server.process import REUSE_ENV, start_server

pytestmark = pytest.mark.loopback


def refresh(project: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(Path.home()),  # the model cache
                   "PYTHONPATH": str(REPO), **env}
    return subprocess.run([sys.executable, "-m", "why_finetune", "refresh", "--pair", "local"], cwd=project,
                          env=environment, capture_output=True, text=True, timeout=600)


def completions_served(server) -> int:
    return sum(line.startswith("POST /v1/completions 200 ") for line in server.stderr_text().splitlines())


def served_since(server, before: int, expected: int) -> int:
    """Completions served since `before`, once `expected` are (or 10 s have passed): the server writes a
    request's log line after its answer, and the line reaches this process through a pipe."""
    deadline = time.monotonic() + 10
    while completions_served(server) - before < expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return completions_served(server) - before


def test_a_refresh_records_through_the_running_server_it_is_pointed_at(tmp_path, shared_local_server):
    project = make_project(tmp_path)
    before = completions_served(shared_local_server)
    run = refresh(project, **{REUSE_ENV: shared_local_server.url})
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert (f"refresh: recording pair 'local' through the local server at {shared_local_server.url} "
            f"({REUSE_ENV})") in run.stdout
    assert served_since(shared_local_server, before, 4) == 4  # the pair's four cases, there and nowhere else
    assert "serve: loading" not in run.stderr  # no server of its own
    cassettes = files_under(project / "cassettes")
    assert len(cassettes) == 4
    for name in cassettes:
        assert len(read_cassette(project / "cassettes" / name)["interactions"]) == 1  # the case's request only


def test_a_refresh_pointed_at_no_server_stops_in_one_line_and_writes_nothing(tmp_path):
    project = make_project(tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    run = refresh(project, **{REUSE_ENV: url})
    assert run.returncode == 2
    assert run.stderr.startswith(f"refresh: {REUSE_ENV}={url!r}: no why-finetune server answers there (")
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert not (project / "cassettes").exists() and not (project / "snapshots").exists()



def test_a_refresh_pointed_at_a_server_that_requires_a_key_stops_in_one_line(tmp_path):
    project = make_project(tmp_path)
    with start_server(api_key=secrets.token_urlsafe(24)) as keyed:
        run = refresh(project, **{REUSE_ENV: keyed.url})
        served = completions_served(keyed)
    assert run.returncode == 2, run.stdout[-2000:] + run.stderr[-2000:]
    assert "that server requires a key (started with --api-key-env)" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert served == 0 and not (project / "cassettes").exists()
