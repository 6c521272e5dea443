"""Tests run with the network blocked; a `loopback` test may reach 127.0.0.1, and nothing else.

127.0.0.2 is on this machine too (the whole 127.0.0.0/8 is loopback), so even if the guard let it
through, nothing would leave the machine: the connection would merely be refused, not blocked.
"""

import socket

import pytest


@pytest.fixture
def listener():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    yield server.getsockname()[1]
    server.close()


@pytest.mark.loopback
def test_a_loopback_test_reaches_its_own_server_on_127_0_0_1(listener):
    socket.create_connection(("127.0.0.1", listener), timeout=5).close()


@pytest.mark.loopback
def test_a_loopback_test_reaches_no_other_address(listener):
    with pytest.raises(RuntimeError, match="Network is disabled for host '127.0.0.2'"):
        socket.create_connection(("127.0.0.2", listener), timeout=5)


def test_any_other_test_reaches_nothing_not_even_loopback(listener):
    with pytest.raises(RuntimeError, match="Network is disabled for host '127.0.0.1'"):
        socket.create_connection(("127.0.0.1", listener), timeout=5)
