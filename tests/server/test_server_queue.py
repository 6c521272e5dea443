"""Requests to one model are served in arrival order, one prompt at a time: in-process, with a stand-in.

A request holding a list of prompts goes back to the end of the queue after each prompt, so a small
request that arrives behind it waits for one prompt, not for the whole list. A request whose client
has gone is dropped when its turn comes, without generating.
"""

import io
import json
import socket
import threading
import time

import pytest
import requests

from why_finetune.server.app import make_server

pytestmark = pytest.mark.loopback


class GatedModel:
    """Records each prompt it is given; a prompt starting with 'hold' blocks until the test opens the gate."""

    name = "stand/in"
    file_name = "stand-in.gguf"

    def __init__(self):
        self.served = []
        self.gate = threading.Event()

    def complete(self, prompt, max_new_tokens, should_stop=None):
        self.served.append(prompt)
        if prompt.startswith("hold"):
            assert self.gate.wait(30), "the test never opened the gate"
        return prompt.upper()


@pytest.fixture
def app():
    model = GatedModel()
    server = make_server("127.0.0.1", 0, {"stand/in": model}, runtime="stand-in 0", log=io.StringIO())
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    server.model = model
    yield server
    model.gate.set()
    server.shutdown()
    server.server_close()


def wait_for(condition, what, timeout=30):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"{what}: not within {timeout} s"
        time.sleep(0.01)


def send(app, prompt, answers):
    def run():
        response = requests.post(f"{app.url}/v1/completions", timeout=60,
                                 json={"model_name": "stand/in", "prompt": prompt, "max_new_tokens": 1})
        answers[json.dumps(prompt)] = response.json()
    thread = threading.Thread(target=run)
    thread.start()
    return thread


def waiting(app):
    return app.queues["stand/in"].waiting


def test_a_small_request_is_served_between_the_prompts_of_a_large_one_in_arrival_order(app):
    answers = {}
    threads = [send(app, ["hold", "a2", "a3"], answers)]
    wait_for(lambda: app.model.served == ["hold"], "the large request to start")
    threads.append(send(app, "b", answers))
    wait_for(lambda: waiting(app) == 1, "b to queue")
    threads.append(send(app, "c", answers))
    wait_for(lambda: waiting(app) == 2, "c to queue")
    assert app.model.served == ["hold"]  # one model, one prompt at a time
    app.model.gate.set()
    for thread in threads:
        thread.join(60)
    assert app.model.served == ["hold", "b", "c", "a2", "a3"]
    assert answers[json.dumps(["hold", "a2", "a3"])] == [{"output": "HOLD"}, {"output": "A2"}, {"output": "A3"}]
    assert answers['"b"'] == {"output": "B"} and answers['"c"'] == {"output": "C"}


def test_a_queued_request_whose_client_has_gone_is_dropped_without_generating(app):
    answers = {}
    first = send(app, "hold", answers)
    wait_for(lambda: app.model.served == ["hold"], "the first request to start")
    body = json.dumps({"model_name": "stand/in", "prompt": "abandoned", "max_new_tokens": 1}).encode()
    with socket.create_connection(app.server_address[:2], timeout=10) as client:
        client.sendall(b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        wait_for(lambda: waiting(app) == 1, "the abandoned request to queue")
    last = send(app, "after", answers)
    wait_for(lambda: waiting(app) == 2, "the last request to queue")
    app.model.gate.set()
    first.join(60)
    last.join(60)
    assert app.model.served == ["hold", "after"]
    assert answers['"after"'] == {"output": "AFTER"}
    wait_for(lambda: " 499 " in app.log.getvalue(), "the abandoned request's log line")
