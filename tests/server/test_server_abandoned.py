"""The real server under abandoned load: clients that hang up, clients that reset, requests too big to serve.

One real server (both models loaded) serves the module. Clients speak raw HTTP over sockets so that
the test decides exactly when a connection closes. Nothing here depends on how fast the machine is:
every timeout only bounds a failure, and the assertions are on what the server did (its log lines,
its answers, whether it still burns CPU), not on how long it took.
"""

import http.client
import json
import os
import re
import socket
import struct
import time

import pytest
import requests

from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback

BASE = "google/gemma-3-270m"
CHAT = "HuggingFaceTB/SmolLM2-135M-Instruct"
# Prompts each model continues without ever stopping by itself (see test_server_http), so that a
# request for 1,024 tokens really costs 1,024 tokens: about 25 s for the base model on 2 cores.
ENDLESS = {BASE: "Tell me how to train my dog to sit", CHAT: "1, 2, 3, 4, 5,"}
CLIENT_GONE = "499"  # the status the server logs for a request whose client hung up
REQUEST_LINE = re.compile(r"^[A-Z]+ \S+ (\d{3}|-) \d+ ms$")  # "POST /v1/completions 200 153 ms"


@pytest.fixture(scope="module")
def server():
    with start_server() as running:
        yield running


def address(server):
    host, port = server.url.removeprefix("http://").rsplit(":", 1)
    return host, int(port)


def completion_request(model, prompt, max_new_tokens) -> bytes:
    body = json.dumps({"model_name": model, "prompt": prompt, "max_new_tokens": max_new_tokens}).encode()
    head = (f"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    return head + body


def server_cpu_seconds(server) -> float:
    """CPU time (user + system) the server process has used so far, from /proc."""
    with open(f"/proc/{server.pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for(condition, timeout, what):
    """Poll until condition() is true; fail naming `what` after `timeout` seconds (a bound on failure only)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout} s")
        time.sleep(0.05)


def completion_lines(server) -> list[str]:
    return [line for line in server.stderr_text().splitlines() if line.startswith("POST /v1/completions ")]


def assert_idle(server, window=2.0):
    """The server burns (almost) no CPU: no generation is running any more."""
    before = server_cpu_seconds(server)
    time.sleep(window)  # a measuring window, not a wait for something to happen
    used = server_cpu_seconds(server) - before
    # A running generation uses about one CPU-second per second per thread (two threads per model).
    assert used < 0.3 * window, f"the server used {used:.2f} CPU-s in {window} s: a generation is still running"


needs_proc = pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads CPU time from /proc")


@needs_proc
def test_a_generation_stops_when_its_client_hangs_up(server):
    lines_before = len(completion_lines(server))
    cpu_before = server_cpu_seconds(server)
    client = socket.create_connection(address(server), timeout=10)
    client.sendall(completion_request(BASE, ENDLESS[BASE], 1024))
    # Generating burns CPU and nothing else here does: once a second of it is spent, the model is at work.
    wait_for(lambda: server_cpu_seconds(server) - cpu_before > 1.0, 60, "the generation to start")
    client.close()
    wait_for(lambda: len(completion_lines(server)) > lines_before, 60, "the abandoned request's log line")
    line = completion_lines(server)[lines_before]
    assert line.split()[2] == CLIENT_GONE, f"the server did not notice the client had gone: {line}"
    assert_idle(server)


@needs_proc
def test_a_small_request_is_served_after_a_flood_of_abandoned_large_ones(server):
    # The scenario: many long generations, abandoned; then a 2-token request to the same model.
    floods = [(BASE, 6), (CHAT, 2)]
    lines_before = len(completion_lines(server))
    clients = []
    for model, count in floods:
        for _ in range(count):
            client = socket.create_connection(address(server), timeout=10)
            client.sendall(completion_request(model, ENDLESS[model], 1024))
            clients.append(client)
    cpu_before = server_cpu_seconds(server)
    wait_for(lambda: server_cpu_seconds(server) - cpu_before > 1.0, 60, "the flood to be generating")
    for client in clients:
        client.close()

    # A generous bound: serving the flood to the end would take minutes (6 x 1,024 tokens of the base model).
    response = requests.post(f"{server.url}/v1/completions", timeout=60,
                             json={"model_name": BASE, "prompt": "Hello", "max_new_tokens": 2})
    assert response.status_code == 200 and response.json()["output"]
    wait_for(lambda: len(completion_lines(server)) >= lines_before + len(clients) + 1, 60, "every log line")
    statuses = [line.split()[2] for line in completion_lines(server)[lines_before:]]
    assert sorted(statuses) == sorted([CLIENT_GONE] * len(clients) + ["200"]), statuses
    assert_idle(server)


def test_twenty_prompts_of_1024_tokens_are_refused_naming_the_limit(server):
    response = requests.post(f"{server.url}/v1/completions", timeout=60,
                             json={"model_name": BASE, "prompt": [ENDLESS[BASE]] * 20, "max_new_tokens": 1024})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "20 prompts x 1024" in detail and "2048" in detail, detail


@pytest.mark.parametrize("after_a_request", [False, True], ids=["fresh", "after-keep-alive-request"])
def test_a_client_resetting_an_idle_connection_logs_one_line_and_no_traceback(server, after_a_request):
    log_before = len(server.stderr_text().splitlines())
    client = socket.create_connection(address(server), timeout=30)
    if after_a_request:  # the connection stays open (keep-alive), idle, after its answer
        client.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        response = http.client.HTTPResponse(client)
        response.begin()
        response.read()
        assert response.status == 200
    # SO_LINGER with a zero timeout: close() sends a reset instead of an orderly end of stream.
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()

    def new_lines():  # request lines aside: a request is logged after its answer, so an earlier one may come late
        return [line for line in server.stderr_text().splitlines()[log_before:] if not REQUEST_LINE.match(line)]

    # A traceback would end with the ConnectionResetError line, so it has arrived whole once "reset" shows.
    wait_for(lambda: any("reset" in line.lower() for line in new_lines()), 30, "a log line about the reset")
    lines = new_lines()
    assert not any("Traceback" in line for line in lines), "\n".join(lines)
    assert len(lines) == 1, lines
