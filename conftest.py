# The behaviour suite's plugin comes from the installed package (its pytest11 entry point), as in
# any project that uses it. This file only serves the tests of the package itself.
import pytest


def pytest_configure(config):
    if not config.pluginmanager.has_plugin("why_finetune.plugin"):
        raise pytest.UsageError(
            "the why_finetune plugin is not installed in this environment: run make setup "
            "(it installs this package with: pip install --no-deps -e .)"
        )
    config.addinivalue_line("markers", "loopback: a test that talks to a server it started on 127.0.0.1")


def pytest_collection_modifyitems(config, items):
    # Tests that run a server of their own may talk to it on loopback, and nowhere else.
    loopback = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost", "::1"])
    for item in items:
        if item.get_closest_marker("loopback"):
            item.add_marker(loopback)
