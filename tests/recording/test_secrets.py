"""No key reaches a file, a log or the terminal, wherever the key came from.

Each test records a throwaway project with a fresh random key placed in one of the places the
key can come from, against the local server requiring that key, then scans every file the run
wrote and everything it printed.
"""

import secrets

import pytest
from throwaway_project import files_under, run_pytest

from why_finetune.commands.refresh import recording_arguments
from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback


@pytest.fixture(scope="module")
def key():
    return secrets.token_urlsafe(24)


@pytest.fixture(scope="module")
def server(key):
    with start_server(api_key=key) as running:
        yield running


def assert_no_trace(project, run, key):
    for name, content in files_under(project).items():
        if name == "home/.lamini/configure.yaml":
            continue  # where the test itself put the key
        assert key.encode() not in content, f"the key reached {name}"
    assert key not in run.stdout + run.stderr, "the key reached the terminal"


@pytest.mark.parametrize("variable", ["LAMINI_API_KEY", "LAMINI__PRODUCTION__KEY", "POWERML__PRODUCTION__KEY"])
def test_a_key_from_an_environment_variable_leaves_no_trace(project, server, key, variable):
    run = run_pytest(project, *recording_arguments("keyed"), env={variable: key, "LAMINI_API_URL": server.url})
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 passed" in run.stdout
    assert_no_trace(project, run, key)


def test_a_key_from_the_lamini_config_file_leaves_no_trace(project, server, key):
    home = project / "home"
    (home / ".lamini").mkdir(parents=True)
    (home / ".lamini" / "configure.yaml").write_text(f"production:\n  key: {key}\n  url: {server.url}\n")
    run = run_pytest(project, *recording_arguments("keyed"), home=home)
    assert run.returncode == 0, run.stdout + run.stderr
    assert_no_trace(project, run, key)


def test_a_key_in_the_query_string_of_a_custom_url_leaves_no_trace(project, server, key):
    # lamini appends "/v1/completions" to the URL, so the request goes wrong; nothing may leak either way.
    url = f"{server.url}/proxy?key={key}"
    run = run_pytest(project, *recording_arguments("keyed"), env={"LAMINI_API_KEY": key, "LAMINI_API_URL": url})
    assert_no_trace(project, run, key)

