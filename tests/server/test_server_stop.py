"""A stop signal ends `serve` wherever it lands in the main thread, even inside socketserver's
handling of a request (seen under load: the server printed the stop as a request error and went on)."""

import signal
import socket
import threading

import pytest

from why_finetune.commands.serve import _raise_stop, _Stop
from why_finetune.server.app import make_server

pytestmark = pytest.mark.loopback


def test_a_stop_raised_while_a_request_is_being_handed_out_ends_serve_forever():
    server = make_server("127.0.0.1", 0, {}, runtime="test runtime")

    def process_request(request, client_address):  # where the main thread was when SIGTERM arrived
        _raise_stop(signal.SIGTERM, None)

    server.process_request = process_request
    # If the stop were swallowed, serve_forever would go on: end it after a while so the test fails, not hangs.
    safety = threading.Timer(10, server.shutdown)
    safety.start()
    client = socket.create_connection(server.server_address[:2])
    try:
        with pytest.raises(_Stop):
            server.serve_forever(poll_interval=0.05)
    finally:
        safety.cancel()
        client.close()
        server.server_close()
