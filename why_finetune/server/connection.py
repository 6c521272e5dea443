"""Whether the client at the other end of a connection has gone, asked without blocking.

A client that gives up (a timeout, Ctrl-C, a killed test run) closes its socket. Nothing tells the
server until it reads or writes, and while a model generates it does neither, so it checks between
tokens. A closed connection is readable and a peek there reads nothing (end of stream), or fails
(reset); a client that is still waiting has sent nothing more, or its next request (HTTP pipelining),
which stays unread for later. A client that shuts down only its sending side while still expecting
the answer counts as gone: HTTP clients do not do that.
"""

from __future__ import annotations

import select
import socket


def peer_has_closed(connection: socket.socket) -> bool:
    """True if the peer has closed or reset the connection; never blocks, never consumes data."""
    try:
        poller = select.poll()
        poller.register(connection, select.POLLIN)
        if not poller.poll(0):
            return False
        # Readable: data, end of stream, or an error. Peeking leaves any data where it is.
        return connection.recv(1, socket.MSG_PEEK) == b""
    except (OSError, ValueError):  # reset, or the socket is already closed
        return True
