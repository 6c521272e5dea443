# The behaviour suite's plugin comes from the installed package's pytest11 entry point, as in any
# project that uses it; the entry point carries the module's name, so this line is then a no-op. It
# registers the plugin from this checkout where the package is not installed (a tool's own copy of
# the repository, an environment built without `make setup`).
import pytest

pytest_plugins = ["why_finetune.plugin"]


def pytest_configure(config):
    config.addinivalue_line("markers", "loopback: a test that talks to a server it started on 127.0.0.1")


def pytest_collection_modifyitems(config, items):
    # Tests that run a server of their own may talk to it on loopback, and nowhere else.
    loopback = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost", "::1"])
    for item in items:
        if item.get_closest_marker("loopback"):
            item.add_marker(loopback)
