"""A refresh through a running local server that WHY_FINETUNE_LOCAL_SERVER names: the cases reach that
server, nothing else is started, and a variable naming no server stops the refresh in one line before
anything is written (`compare --live` through one: tests/report/test_report_live_local_server.py)."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
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



def test_a_refresh_records_through_the_running_server_it_is_pointed_at(tmp_path, shared_local_server, served):
    project = make_project(tmp_path)
    before = served(shared_local_server)
    run = refresh(project, **{REUSE_ENV: shared_local_server.url})
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert (f"refresh: recording pair 'local' through the local server at {shared_local_server.url} "
            f"({REUSE_ENV})") in run.stdout
    assert served.since(shared_local_server, before, 4) == 4  # the pair's four cases, there and nowhere else
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



def test_a_refresh_pointed_at_a_server_that_requires_a_key_stops_in_one_line(tmp_path, served):
    project = make_project(tmp_path)
    with start_server(api_key=secrets.token_urlsafe(24)) as keyed:
        run = refresh(project, **{REUSE_ENV: keyed.url})
        answered = served(keyed)
    assert run.returncode == 2, run.stdout[-2000:] + run.stderr[-2000:]
    assert "that server requires a key (started with --api-key-env)" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert answered == 0 and not (project / "cassettes").exists()
