"""A refresh that fails in an unexpected way still prints no key, anywhere.

pytest prints the values of a failing test's arguments and, with -l, every local variable of the
frames in a traceback; report plugins copy that text into their files. Each test here records a
throwaway project with a fresh random key and a misconfigured URL or a 2xx answer of an unexpected
shape, with -l, --junitxml, --finetune-html and pytest's cache on, then scans everything the run
printed and every file it wrote.
"""

import json
import secrets

import pytest
from scripted_api import ScriptedAPI, answer
from throwaway_project import files_under, run_pytest

from why_finetune.commands.refresh import recording_arguments

pytestmark = pytest.mark.loopback
CASE = "keyed/mars/raw/chat"


@pytest.fixture
def key():
    return secrets.token_urlsafe(24)


@pytest.fixture
def project(project):
    # pytest's cache is one of the places a key could land: this project keeps it on.
    (project / "pytest.ini").write_text("[pytest]\naddopts = --block-network\n")
    return project


def record_and_scan(project, key, url):
    run = run_pytest(
        project, *recording_arguments("keyed", [CASE]), "-l", "--tb=long",
        "--junitxml=junit.xml", "--finetune-html=report.html",
        env={"LAMINI_API_KEY": key, "LAMINI_API_URL": url},
    )
    written = files_under(project)
    reached = [name for name, content in written.items() if key.encode() in content]
    reached += [name for name, text in (("stdout", run.stdout), ("stderr", run.stderr)) if key in text]
    assert not reached, f"the key reached {', '.join(reached)}"  # checked first: the asserts below print stdout
    assert run.returncode == 1, run.stdout + run.stderr  # the case failed, and said so
    assert f"{CASE}: not saved, nothing recorded" in run.stdout  # a first recording: nothing was there
    assert "junit.xml" in written and any(name.startswith(".pytest_cache/") for name in written)
    return run


@pytest.mark.parametrize(
    "url",
    ["127.0.0.1:8800", "http://127.0.0.1:70000", "ftp://127.0.0.1:8800", "http://[::1", "http://127.0.0.1:8800/?k={key}"],
    ids=["no-scheme", "port-out-of-range", "ftp", "unclosed-bracket", "query-string"],
)
def test_a_malformed_url_fails_the_case_in_one_line_without_the_key(project, key, url):
    run = record_and_scan(project, key, url.format(key=key))
    assert "LAMINI_API_URL" in run.stdout  # the message says which setting to fix
    assert "Traceback" not in run.stdout and "During handling" not in run.stdout


@pytest.mark.parametrize("body", [{}, [], "x", None], ids=["object", "array", "string", "null"])
def test_a_2xx_answer_of_the_wrong_shape_fails_the_case_without_the_key(project, key, body):
    api = ScriptedAPI(answer(200, json.dumps(body)))
    try:
        run = record_and_scan(project, key, api.url)
    finally:
        api.close()
    assert "/v1/completions" in run.stdout and "not the output text" in run.stdout


def test_a_key_in_the_url_is_never_printed_with_it(project, key):
    api = ScriptedAPI(answer(200, {}))
    host = api.url.removeprefix("http://")
    try:
        run = record_and_scan(project, key, f"http://user:{key}@{host}")
    finally:
        api.close()
    assert f"http://{host}" in run.stdout  # scheme, host and port: no more


def test_an_answer_holding_the_key_is_refused_and_not_printed(project, key):
    api = ScriptedAPI(answer(200, {"output": f"your key is {key}"}))
    try:
        run = record_and_scan(project, key, api.url)
    finally:
        api.close()
    # One line for the case, naming what happened; not a traceback, nor an error at teardown.
    assert f"{CASE}: {api.url} returned the API key in its output; the recording was not kept" in run.stdout
    assert "Traceback" not in run.stdout and "report this as a bug" not in run.stdout
    assert "at teardown" not in run.stdout and "1 error" in run.stdout and "failed" not in run.stdout
    assert f"{CASE}: not saved, nothing recorded: " in run.stdout


def test_a_key_that_still_reaches_a_report_is_redacted_before_any_reporter_reads_it(project, key):
    # The last line of defence, on its own: a test of the user's that prints the key and fails with it.
    (project / "tests" / "test_leaky.py").write_text(
        "import os\n\n"
        "def test_leaky():\n"
        "    key = os.environ['LAMINI_API_KEY']\n"
        "    print('the key is', key)\n"
        "    assert key == 'something else'\n"
    )
    run = run_pytest(project, "tests/test_leaky.py", "-l", "--junitxml=junit.xml", "-rA",
                     env={"LAMINI_API_KEY": key})
    assert run.returncode == 1
    reached = [name for name, content in files_under(project).items() if key.encode() in content]
    assert not reached and key not in run.stdout + run.stderr
    assert "<redacted key>" in run.stdout


def test_a_key_too_short_to_use_leaves_every_report_as_it_was(project):
    # Such a key is refused before any request; it must not garble the reports of a replay either,
    # nor those of a test that has nothing to do with the models.
    (project / "tests" / "test_unrelated.py").write_text(
        "def test_unrelated():\n"
        "    assert 'Assertion' == 'Assertion error'\n"
    )
    run = run_pytest(project, "tests/test_unrelated.py", "-rA", env={"LAMINI_API_KEY": "Ass"})
    assert run.returncode == 1
    assert "<redacted key>" not in run.stdout
    assert "assert 'Assertion' == 'Assertion error'" in run.stdout
