"""The local server under abandoned load: long generations whose clients hang up, then a small request.

    .venv/bin/python bench/abandoned_load.py [--clients 20] [--max-new-tokens 1024] [--abandon-after 3]

Starts the server (`start_server`), opens one connection per client, each asking the base model for
``--max-new-tokens`` tokens of a prompt it continues without end, and closes them all after
``--abandon-after`` seconds. Then it times a 2-token request to the same model, and measures the
server's CPU time over the next ``--idle-window`` seconds (an idle server uses almost none; a running
generation about two CPU-seconds a second). Last, one request holding ``--clients`` such prompts.
Linux only (CPU time from /proc). Figures go to stdout, one per line.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from why_finetune.server.process import start_server  # noqa: E402

BASE = "google/gemma-3-270m"
ENDLESS = "Tell me how to train my dog to sit"  # the base model never stops by itself on it


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def raw_request(body: dict) -> bytes:
    data = json.dumps(body).encode()
    return (b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n" % len(data)) + data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--max-new-tokens", type=int, default=1024)
    parser.add_argument("--abandon-after", type=float, default=3.0)
    parser.add_argument("--idle-window", type=float, default=10.0)
    parser.add_argument("--small-timeout", type=float, default=300.0)
    args = parser.parse_args()

    with start_server() as server:
        host, port = server.url.removeprefix("http://").rsplit(":", 1)
        clients = []
        for _ in range(args.clients):
            client = socket.create_connection((host, int(port)), timeout=10)
            client.sendall(raw_request({"model_name": BASE, "prompt": ENDLESS, "max_new_tokens": args.max_new_tokens}))
            clients.append(client)
        time.sleep(args.abandon_after)
        for client in clients:
            client.close()

        started = time.monotonic()
        try:
            response = requests.post(f"{server.url}/v1/completions", timeout=args.small_timeout,
                                     json={"model_name": BASE, "prompt": "Hello", "max_new_tokens": 2})
            status = str(response.status_code)
        except requests.Timeout:
            status = f"no answer within {args.small_timeout:g} s"
        waited = time.monotonic() - started
        print(f"{args.clients} requests x {args.max_new_tokens} tokens abandoned after {args.abandon_after:g} s; "
              f"then a 2-token request to the same model: {status} after {waited:.1f} s")

        before = cpu_seconds(server.pid)
        time.sleep(args.idle_window)
        used = cpu_seconds(server.pid) - before
        print(f"server CPU in the {args.idle_window:g} s after that: {used:.2f} CPU-s "
              f"({used / args.idle_window:.2f} cores busy)")

        started = time.monotonic()
        try:
            response = requests.post(f"{server.url}/v1/completions", timeout=args.small_timeout,
                                     json={"model_name": BASE, "prompt": [ENDLESS] * args.clients,
                                           "max_new_tokens": args.max_new_tokens})
            answer = f"{response.status_code} {response.json().get('detail', '')[:120] if response.status_code != 200 else ''}"
        except requests.Timeout:
            answer = f"no answer within {args.small_timeout:g} s"
        print(f"one request of {args.clients} prompts x {args.max_new_tokens} tokens: "
              f"{answer.strip()} after {time.monotonic() - started:.1f} s")
        statuses = [line.split()[2] for line in server.stderr_text().splitlines()
                    if line.startswith("POST /v1/completions ")]
        print("logged statuses:", {status: statuses.count(status) for status in sorted(set(statuses))})


if __name__ == "__main__":
    main()
