"""pytest on a throwaway project, in a process of its own that skips Python's start-up and `import lamini`.

A recording test runs pytest in another process, as a user's refresh or replay runs: its own
environment (the keys it is given and no others), its own working directory, its own stdout, stderr
and exit status, and nothing it does can leak into the test's process. A fresh interpreter costs
about 2.5 s of CPU before pytest starts, most of it `import lamini` (pandas, openai); forty recording
tests pay it once or more each. So one helper process per test session imports those once and then
forks a child per run: the child sets the run's environment, working directory and output files,
runs pytest.main as `python -m pytest` would, runs the exit handlers and exits with pytest's status.

What a fresh interpreter does at start-up from the environment is redone in the child: lamini reads
LAMINI_API_KEY, LAMINI_API_URL and its other settings when it is imported, so the child re-imports
it (importlib.reload) after setting the run's environment; the helper itself runs with the same
PYTHONPATH as run_pytest gives (this checkout). Tests about start-up itself, signals or the
`why_finetune` command still start a fresh interpreter (see their modules).
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Raised in the test's process for each run, as subprocess.Popen raises its own event: tests/conftest.py
# sees it, so a test that runs pytest this way must be listed there as starting a process.
AUDIT_EVENT = "tests.forked_pytest"

# What the helper imports once, beyond pytest's plugins: what a replay or a refresh imports while
# running a case (the plugin imports them lazily). None of them is a pytest plugin.
PRELOAD = ("lamini", "openai", "requests", "yaml", "jsonschema")


class _Preload:
    """Imports PRELOAD inside a pytest session of an empty folder, as the plugin would in a run: pytest's
    plugins (why_finetune's, xdist, anyio, pytest-recording) are then imported through its assertion
    rewriting, as in a fresh process, and a child's pytest neither warns that they were imported
    before it nor runs them unrewritten."""

    def pytest_configure(self, config):
        import importlib

        for name in PRELOAD:
            importlib.import_module(name)


def _helper() -> None:
    """The helper's loop: one JSON request per line on stdin; for each, two JSON lines on its stdout
    (the child's pid when it starts, its exit status when it ends)."""
    import pytest

    replies = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # the children get their own; nothing else writes here
    with tempfile.TemporaryDirectory(prefix="forked-pytest-preload-") as empty:
        Path(empty, "pytest.ini").write_text("[pytest]\n")
        os.chdir(empty)
        pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", empty], plugins=[_Preload()])
        os.chdir(REPO)
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(request)  # never returns
        replies.write(json.dumps({"pid": pid}) + "\n")
        _, status = os.waitpid(pid, 0)
        replies.write(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}) + "\n")


def _child(request: dict) -> None:
    code = 70  # EX_SOFTWARE, if anything below fails before pytest gives its own status
    try:
        for fd, path in ((0, os.devnull), (1, request["stdout"]), (2, request["stderr"])):
            os.dup2(os.open(path, os.O_RDONLY if fd == 0 else os.O_WRONLY | os.O_CREAT | os.O_TRUNC), fd)
        os.environ.clear()
        os.environ.update(request["env"])
        os.chdir(request["cwd"])
        sys.path[0] = request["cwd"]  # `python -m pytest` puts the working directory first
        import importlib

        importlib.reload(sys.modules["lamini"])  # its settings are read from the environment at import
        import pytest

        code = int(pytest.main(request["args"]))
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        try:
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


class _Helper:
    """The helper process, started on first use, one per test process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None

    def run(self, args: list[str], cwd: Path, env: dict, timeout: float) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "pytest", *args]
        sys.audit(AUDIT_EVENT, "pytest", command, str(cwd))
        with self.lock, tempfile.TemporaryDirectory(prefix="forked-pytest-") as outputs:
            process = self._started()
            stdout, stderr = Path(outputs, "stdout"), Path(outputs, "stderr")
            request = {"args": args, "cwd": str(cwd), "env": env, "stdout": str(stdout), "stderr": str(stderr)}
            process.stdin.write(json.dumps(request) + "\n")
            process.stdin.flush()
            pid = json.loads(process.stdout.readline())["pid"]
            reply: list[str] = []
            reader = threading.Thread(target=lambda: reply.append(process.stdout.readline()), daemon=True)
            reader.start()
            reader.join(timeout)
            if not reply:
                os.kill(pid, signal.SIGKILL)
                reader.join()
                raise subprocess.TimeoutExpired(command, timeout)
            return subprocess.CompletedProcess(
                command, json.loads(reply[0])["returncode"],
                stdout.read_text(encoding="utf-8", errors="replace"),
                stderr.read_text(encoding="utf-8", errors="replace"),
            )

    def _started(self) -> subprocess.Popen:
        if self.process is None or self.process.poll() is not None:
            env = {**os.environ, "PYTHONPATH": str(REPO)}
            self.process = subprocess.Popen(
                [sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
                cwd=REPO,
            )
            atexit.register(self._stop)
        return self.process

    def _stop(self) -> None:
        """Ends the helper and waits for it, so that its time and its children's are counted as ours."""
        if self.process is not None:
            self.process.stdin.close()  # its loop ends at end of input
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


HELPER = _Helper()


def run_pytest_forked(args: list[str], cwd: Path, env: dict, timeout: float = 600) -> subprocess.CompletedProcess:
    """`python -m pytest *args` in `cwd` with exactly `env`, as subprocess.run(capture_output=True, text=True)."""
    return HELPER.run(list(args), Path(cwd), dict(env), timeout)


if __name__ == "__main__":
    _helper()
