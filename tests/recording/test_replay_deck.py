"""Replay runs consecutive cases through one vcrpy cassette (why_finetune/recording/replay_deck.py).

Sharing it must change nothing a user can see: each case replays its own recording and nothing
else, and no other test runs inside it.
"""

import shutil

import pytest
from throwaway_project import copy_project, recorded_project, run_pytest

from why_finetune.commands.refresh import recording_arguments

pytestmark = pytest.mark.loopback

CASSETTES = "cassettes/local/mars/templated"

# A test module collected after the behaviour suite's: a plain HTTP request to a server of its own.
# Inside a vcrpy cassette with nothing recorded for it, it would fail instead of reaching the server.
LATER_TEST = '''
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests


class Hello(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args):
        pass


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_request_after_the_cases_reaches_the_real_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        assert requests.get(f"http://127.0.0.1:{server.server_port}/", timeout=10).text == "hello"
    finally:
        server.shutdown()
'''


@pytest.fixture(scope="module")
def recorded(tmp_path_factory, reuse_local_server):
    return recorded_project(tmp_path_factory.mktemp("recorded"), *recording_arguments("local"), env=reuse_local_server)


def test_each_case_replays_its_own_recording_and_no_other(recorded, tmp_path):
    project = copy_project(recorded, tmp_path)
    base, chat = project / CASSETTES / "base.yaml", project / CASSETTES / "chat.yaml"
    # Swapped: both recordings are still there, each in the other case's file.
    shutil.move(base, tmp_path / "base.yaml")
    shutil.move(chat, base)
    shutil.move(tmp_path / "base.yaml", chat)

    run = run_pytest(project, "--finetune-pair", "local", "-p", "no:randomly")
    assert run.returncode == 1
    for role in ("base", "chat"):
        assert f"local/mars/templated/{role}: the request does not match its recording" in run.stdout
    assert "body field 'model_name'" in run.stdout
    assert "2 passed" in run.stdout and "2 errors" in run.stdout  # the raw cases still replay


def test_a_test_after_the_cases_does_not_run_inside_their_cassette(recorded, tmp_path):
    project = copy_project(recorded, tmp_path)
    (project / "tests" / "behaviour" / "test_later.py").write_text(LATER_TEST)

    run = run_pytest(project, "--finetune-pair", "local", "-p", "no:randomly", "-rA")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "PASSED tests/behaviour/test_later.py::test_a_request_after_the_cases_reaches_the_real_server" in run.stdout
