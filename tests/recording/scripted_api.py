"""A scripted loopback endpoint: each POST gets the next step of a script, then the last step again.

Tests point a refresh at it to see how the recorder behaves when an API misbehaves in one particular way.
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ScriptedAPI:
    """A loopback endpoint that answers each POST with the next step of a script, then with the last."""

    def __init__(self, *steps):
        self.steps = list(steps)
        self.requests = 0
        self.headers = []  # each POST's request headers, in order
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                api.headers.append(dict(self.headers))
                step = api.steps[min(api.requests, len(api.steps) - 1)]
                api.requests += 1
                step(self)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        # A short poll: shutdown() waits up to one poll interval, and every test closes one of these.
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def answer(status, body, headers=()):
    def step(handler):
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    return step


def hang(handler):
    time.sleep(4)  # longer than the client's timeout in these tests


def drop(handler):
    handler.close_connection = True
    handler.connection.close()


def hang_for(seconds: float):
    """A step that answers nothing for `seconds`, as a slow model would."""

    def step(handler):
        time.sleep(seconds)

    return step
