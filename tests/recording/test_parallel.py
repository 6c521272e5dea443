"""pytest-xdist: replaying and refreshing with several workers gives what a serial run gives."""

import re
import shutil
import subprocess
import sys

import pytest
from throwaway_project import REPO, files_under, run_pytest

from why_finetune.commands.refresh import recording_arguments

pytestmark = pytest.mark.loopback


def outcome_counts(output: str) -> dict:
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|error)", output)}


def test_replaying_with_four_workers_gives_the_serial_results():
    def replay(*extra):
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "tests/behaviour", "-q", "-p", "no:cacheprovider", *extra],
            cwd=REPO, capture_output=True, text=True, timeout=600,
        )
        summary = run.stdout[run.stdout.find("why-finetune: base vs chat"):]
        return outcome_counts(run.stdout.strip().splitlines()[-1]), summary.splitlines()[1:-1]

    serial, serial_summary = replay()
    assert serial.get("passed", 0) >= 16
    parallel, parallel_summary = replay("-n", "4")
    assert parallel == serial
    assert parallel_summary == serial_summary  # the per-case summary reaches the controller, in catalogue order
    assert any(line.split()[:2] == ["local", "mars"] for line in parallel_summary)


def test_refreshing_with_two_workers_writes_the_same_files_as_a_serial_refresh(project, tmp_path, reuse_local_server):
    parallel = tmp_path / "parallel"
    shutil.copytree(project, parallel)
    serial_run = run_pytest(project, *recording_arguments("local"), env=reuse_local_server)
    # Each worker of the parallel refresh starts a server of its own, as it would for a user.
    parallel_run = run_pytest(parallel, *recording_arguments("local"), "-n", "2")
    assert serial_run.returncode == 0 and parallel_run.returncode == 0, parallel_run.stdout
    assert files_under(parallel / "cassettes") == files_under(project / "cassettes")
    assert files_under(parallel / "snapshots") == files_under(project / "snapshots")
    assert "4 passed" in parallel_run.stdout
