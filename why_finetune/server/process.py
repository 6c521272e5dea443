"""Start the local server as a child process and wait until it listens.

    with start_server(api_key="test-key") as server:
        Lamini("google/gemma-3-270m", api_url=server.url, api_key="test-key").generate("Hi")

The child is ``python -m why_finetune serve --port 0`` (a free port). The key, if any, reaches it only
through its environment (variable WHY_FINETUNE_SERVER_KEY), never its command line. The child's stderr (loading progress,
warnings, errors) is copied to this process's stderr as it arrives; its one line per request is kept
but not echoed. ``RunningServer.stderr_text()`` has all of it, and start-up errors end with its tail.
"""

from __future__ import annotations

import atexit
import collections
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

KEY_ENV = "WHY_FINETUNE_SERVER_KEY"
READY_PREFIX = "listening on "
_PROJECT_ROOT = Path(__file__).resolve().parents[2]  # the directory holding the why_finetune package


class ServerStartError(RuntimeError):
    """The server exited or did not become ready in time; the message ends with its stderr tail."""


class RunningServer:
    """A started server: ``.url``, ``.stop()``, and a context manager that stops it on exit."""

    def __init__(self, process: subprocess.Popen, url: str, stdout_lines: list, stderr_lines: collections.deque,
                 threads: list):
        self.process = process
        self.url = url
        self._stdout_lines = stdout_lines
        self._stderr_lines = stderr_lines
        self._threads = threads
        atexit.register(self.stop)

    @property
    def pid(self) -> int:
        return self.process.pid

    def stdout_text(self) -> str:
        """What the child wrote to stdout so far (normally just its `listening on` line)."""
        return "".join(self._stdout_lines)

    def stderr_text(self) -> str:
        """What the child wrote to stderr so far (its last 5000 lines)."""
        return "".join(self._stderr_lines)

    def stop(self, timeout: float = 15) -> int | None:
        """Stop the child (SIGTERM, then SIGKILL after ``timeout`` s); returns its exit status. Idempotent."""
        atexit.unregister(self.stop)
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        _close(self.process.stdin)
        for thread in self._threads:
            thread.join(timeout=5)
        return self.process.returncode

    def __enter__(self) -> "RunningServer":
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.process.poll() is None else f"exited {self.process.returncode}"
        return f"<RunningServer {self.url} pid={self.process.pid} {state}>"


# The server's one line per request ("POST /v1/completions 200 153 ms"): kept, not echoed.
_REQUEST_LINE = re.compile(r"^[A-Z]+ \S+ (\d{3}|-) \d+ ms$")


def _copy_stderr(stream, lines: collections.deque) -> None:
    for line in iter(stream.readline, ""):
        lines.append(line)
        if _REQUEST_LINE.match(line.rstrip("\n")):
            continue
        try:
            sys.stderr.write(line)
            sys.stderr.flush()
        except (OSError, ValueError):  # our stderr was closed or swapped (e.g. by pytest's capture)
            pass
    stream.close()


def _read_stdout(stream, lines: list, ready: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        if len(lines) < 1000:
            lines.append(line)
        if line.startswith(READY_PREFIX):
            ready.put(line[len(READY_PREFIX):].strip())
    stream.close()
    ready.put(None)  # the child closed its stdout: it has exited


def _close(stream) -> None:
    try:
        if stream is not None and not stream.closed:
            stream.close()
    except OSError:
        pass


def _wait(process: subprocess.Popen, timeout: float) -> int | str:
    try:
        return process.wait(timeout)
    except subprocess.TimeoutExpired:
        return "unknown (it closed its stdout)"


def start_server(api_key: str | None = None, timeout: float = 180) -> RunningServer:
    """Start ``python -m why_finetune serve --port 0`` and return once it listens.

    Raises ServerStartError, with the child's last stderr lines, if it exits first or is not ready
    within ``timeout`` seconds (the child is then killed).
    """
    command = [sys.executable, "-m", "why_finetune", "serve", "--host", "127.0.0.1", "--port", "0"]
    env = {key: value for key, value in os.environ.items() if key != KEY_ENV}
    if api_key is not None:
        if not api_key:
            raise ValueError("api_key must be a non-empty string or None")
        command += ["--api-key-env", KEY_ENV]
        env[KEY_ENV] = api_key
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_PROJECT_ROOT), env.get("PYTHONPATH")]))
    env["PYTHONUNBUFFERED"] = "1"
    env["WHY_FINETUNE_SERVER_EXIT_WITH_STDIN"] = "1"  # the child stops when this process goes away

    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,  # never written; its end of file tells the child we are gone
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    stdout_lines: list = []
    stderr_lines: collections.deque = collections.deque(maxlen=5000)
    ready: queue.Queue = queue.Queue()
    threads = [
        threading.Thread(target=_copy_stderr, args=(process.stderr, stderr_lines), daemon=True,
                         name=f"why-finetune-server-{process.pid}-stderr"),
        threading.Thread(target=_read_stdout, args=(process.stdout, stdout_lines, ready), daemon=True,
                         name=f"why-finetune-server-{process.pid}-stdout"),
    ]
    for thread in threads:
        thread.start()

    started = time.monotonic()
    try:
        url = ready.get(timeout=timeout)
    except queue.Empty:
        url = None
        problem = f"did not print '{READY_PREFIX}...' within {timeout:g} s"
    else:
        problem = f"exited with status {_wait(process, 10)} before listening" if url is None else ""
    if url is None:
        if process.poll() is None:
            process.kill()
            process.wait()
        _close(process.stdin)
        for thread in threads:
            thread.join(timeout=5)
        tail = "".join(list(stderr_lines)[-30:]).rstrip() or "(nothing)"
        raise ServerStartError(
            f"the why-finetune server ({' '.join(command[1:])}) {problem} "
            f"after {time.monotonic() - started:.1f} s; the end of its stderr:\n{tail}"
        )
    return RunningServer(process, url, stdout_lines, stderr_lines, threads)


# Set to a running `why_finetune serve` (e.g. http://127.0.0.1:8800): refreshes and `compare --live` send
# local pairs there instead of starting a server of their own, which loads both models each time. For
# many refreshes in a row, and for a test suite that runs many: the server must be on loopback and
# started without --api-key-env (local pairs send the local server's default key).
REUSE_ENV = "WHY_FINETUNE_LOCAL_SERVER"


class ReusedServerError(ServerStartError):
    """REUSE_ENV names no usable server; the message is one line saying what to do."""


class ReusedServer:
    """A server this process did not start: ``.url``; ``.stop()`` leaves it running."""

    def __init__(self, url: str):
        self.url = url

    def stop(self, timeout: float = 15) -> None:
        return None

    def __repr__(self) -> str:
        return f"<ReusedServer {self.url}>"


def reused_server(url: str, models) -> ReusedServer:
    """The server at `url` (the value of REUSE_ENV), once it is seen to be a why-finetune server on loopback
    serving `models` without a key; otherwise ReusedServerError in one line saying what to do."""
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    # A value holding a user or password is never shown whole: the password would reach the terminal or a log.
    shown = url.strip() if "@" not in parts.netloc else f"{parts.scheme}://…@{parts.netloc.rpartition('@')[2]}"

    def refuse(problem: str) -> ReusedServerError:
        return ReusedServerError(f"{REUSE_ENV}={shown!r}: {problem}; start one with `python -m why_finetune serve "
                                 f"--port 8800` and set {REUSE_ENV}=http://127.0.0.1:8800, or unset {REUSE_ENV}")

    try:
        port = parts.port
    except ValueError:
        port = None
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if parts.scheme != "http" or not port or parts.path not in ("", "/") or parts.query or "@" in parts.netloc:
        raise refuse("not the address of a local server (http://HOST:PORT, no user or password)")
    if not loopback:
        raise refuse(f"{host} is not a loopback address")
    try:
        status, body = _ask(host, port, "GET", "/health")
        health = json.loads(body) if status == 200 else None
        if isinstance(health, dict) and health.get("status") == "ok" and isinstance(health.get("models"), list):
            missing = [model for model in models if model not in health["models"]]
            if missing:
                raise refuse(f"it does not serve {', '.join(missing)}")
            # Local pairs send the local server's default key: a server started with --api-key-env refuses them.
            if _ask(host, port, "POST", "/v1/completions", b"{}")[0] == 401:
                raise refuse("that server requires a key (started with --api-key-env); local pairs send none")
            return ReusedServer(f"http://{parts.netloc}")
    except OSError as error:  # refused, or no whole answer in time
        raise refuse(f"no why-finetune server answers there ({error.strerror or error})") from None
    except (ValueError, RecursionError):  # not HTTP, or a body that is not JSON (or nested past parsing)
        pass
    raise refuse("what answers there is not a why-finetune server (its /health is not one)")


#: How long the check may take in all, however slowly the other end answers.
_ASK_SECONDS = 5.0
_ASK_LIMIT = 64 * 1024


def _ask(host: str, port: int, method: str, path: str, body: bytes = b"") -> tuple[int, bytes]:
    """One HTTP/1.0 request over a plain socket: (status, body). Not through http.client: a refresh asks
    for the server inside its first case's cassette, and vcrpy would record these requests there. The
    whole exchange has one deadline, and the answer is read up to its Content-Length (or the close)."""
    import socket

    from why_finetune.clients import LOCAL_SERVER_KEY

    deadline = time.monotonic() + _ASK_SECONDS
    request = (f"{method} {path} HTTP/1.0\r\nHost: {'[' + host + ']' if ':' in host else host}:{port}\r\n"
               f"Authorization: Bearer {LOCAL_SERVER_KEY}\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    with socket.create_connection((host, port), timeout=_ASK_SECONDS) as connection:
        connection.sendall(request)
        answer = b""
        while len(answer) < _ASK_LIMIT:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no whole answer in 5 s")
            connection.settimeout(left)
            chunk = connection.recv(65536)
            if not chunk:
                break
            answer += chunk
            head, blank, rest = answer.partition(b"\r\n\r\n")
            length = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head) if blank else None
            if length and len(rest) >= int(length.group(1)):
                break
    head, _, rest = answer.partition(b"\r\n\r\n")
    status = head.split(b" ", 2)[1:2]
    if not head.startswith(b"HTTP/1.") or not status or not status[0].isdigit():
        raise ValueError("not an HTTP answer")
    return int(status[0]), rest


def local_server(environ=None) -> RunningServer | ReusedServer:
    """The server local pairs are sent to: the one REUSE_ENV names, or a new one (stop it when done)."""
    from why_finetune.server.models import SERVED_MODELS

    url = (os.environ if environ is None else environ).get(REUSE_ENV, "").strip()
    return reused_server(url, list(SERVED_MODELS)) if url else start_server()
