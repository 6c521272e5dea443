"""Ctrl-C during a refresh: the recording run stops between cases and says what it recorded.

The refresh command runs pytest as a child. Here the child is a stand-in that prints a line as it
starts, waits, and on Ctrl-C prints its summary and exits as pytest does (status 2).
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Both install Python's own Ctrl-C handler, as at an interactive terminal: started from a
# non-interactive shell (as in CI), a process inherits SIGINT ignored.
CHILD = """
import signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
print("child: recording", flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt:
    time.sleep(0.5)  # pytest finishing the case in hand and printing its summary
    print("child: 1 recorded, 3 not recorded", flush=True)
    sys.exit(2)
"""

PARENT = """
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from why_finetune.commands.refresh import run_to_the_end
status, interrupted = run_to_the_end([sys.executable, "-c", sys.argv[1]], cwd=".")
print(f"parent: status={status} interrupted={interrupted}", flush=True)
"""


def start_parent():
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, CHILD], cwd=REPO, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)}, start_new_session=True,  # its own group, like a shell job
    )
    assert parent.stdout.readline() == "child: recording\n"
    return parent


@pytest.mark.parametrize("how", ["to the process", "to its terminal's process group"])
def test_ctrl_c_lets_the_recording_run_print_its_summary_then_says_so(how):
    parent = start_parent()
    if how == "to the process":
        os.kill(parent.pid, signal.SIGINT)
    else:  # what a terminal's Ctrl-C does: the whole foreground group
        os.killpg(parent.pid, signal.SIGINT)
    out, _ = parent.communicate(timeout=30)
    assert out.splitlines() == ["child: 1 recorded, 3 not recorded", "parent: status=2 interrupted=True"]


def test_a_second_ctrl_c_does_not_kill_the_run_before_its_summary():
    parent = start_parent()
    os.kill(parent.pid, signal.SIGINT)
    time.sleep(0.1)
    os.kill(parent.pid, signal.SIGINT)
    out, _ = parent.communicate(timeout=30)
    assert out.splitlines() == ["child: 1 recorded, 3 not recorded", "parent: status=2 interrupted=True"]
