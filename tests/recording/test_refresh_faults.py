"""A refresh against a failing API never loses a good recording, retries what is worth retrying,
and ends with a summary of what was refreshed and what was not, and why.

A project is recorded once for real (through the local server, as a keyed "hosted" pair); each test
then refreshes a copy of it against a small scripted endpoint that fails in one particular way.
"""

import os
import re
import secrets
import time

import pytest
from scripted_api import ScriptedAPI, answer, drop, hang
from throwaway_project import copy_project, files_under, recorded_project, run_pytest

from why_finetune.clients.circuit import GIVE_UP_AFTER
from why_finetune.commands.refresh import recording_arguments
from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback
CASE = "keyed/mars/raw/chat"
ALL_CASES = [f"keyed/mars/{form}/{role}" for form in ("raw", "templated") for role in ("base", "chat")]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    key = secrets.token_urlsafe(16)
    with start_server(api_key=key) as server:
        env = {"LAMINI_API_KEY": key, "LAMINI_API_URL": server.url}
        return recorded_project(tmp_path_factory.mktemp("recorded"), *recording_arguments("keyed"), env=env)

@pytest.fixture
def project(recorded, tmp_path):
    return copy_project(recorded, tmp_path)


FRESH = answer(200, {"output": "a fresh answer"})


def refresh(project, api, *cases):
    try:
        return run_pytest(
            project,
            *recording_arguments("keyed", cases or [CASE]),
            env={"LAMINI_API_KEY": "wf-test-key", "LAMINI_API_URL": api.url, "WHY_FINETUNE_TIMEOUT": "1"},
        )
    finally:
        api.close()


@pytest.mark.parametrize(
    "fault, message",
    [
        (answer(500, {"detail": "boom"}), "refused the request: APIError"),
        (answer(503, {"detail": "busy"}, [("Retry-After", "0")]), "refused the request: UnavailableResourceError"),
        (answer(429, {"detail": "slow down"}, [("Retry-After", "0")]), "refused the request: RateLimitError"),
        (hang, "did not answer within 1 s"),
        (drop, "dropped the connection"),
        (answer(200, "{not json"), "answered with malformed JSON"),
    ],
    ids=["500", "503", "429", "no-answer", "dropped", "malformed-json"],
)
def test_a_failing_refresh_leaves_every_file_byte_identical(project, fault, message):
    before = files_under(project)
    run = refresh(project, ScriptedAPI(fault))
    assert run.returncode == 1
    assert f"{CASE}: not saved, previous recording kept" in run.stdout
    assert message in run.stdout
    assert "/v1/completions" in run.stdout  # the endpoint is named
    assert files_under(project) == before


def test_429_and_503_are_retried_and_only_the_answer_is_recorded(project):
    api = ScriptedAPI(
        answer(429, {"detail": "slow down"}, [("Retry-After", "0")]),
        answer(503, {"detail": "busy"}, [("Retry-After", "0")]),
        FRESH,
    )
    run = refresh(project, api)
    assert run.returncode == 0, run.stdout
    assert api.requests == 3
    assert f"{CASE}: saved" in run.stdout
    cassette = (project / "cassettes" / f"{CASE}.yaml").read_text()
    assert cassette.count("- request:") == 1 and "a fresh answer" in cassette and "429" not in cassette


def test_a_429_without_retry_after_waits_before_retrying(project):
    api = ScriptedAPI(answer(429, {"detail": "slow down"}), FRESH)
    started = time.monotonic()
    run = refresh(project, api)
    assert run.returncode == 0, run.stdout
    assert time.monotonic() - started >= 2  # the first backoff step


def test_retries_are_bounded(project):
    api = ScriptedAPI(answer(429, {"detail": "slow down"}, [("Retry-After", "0")]))
    run = refresh(project, api)
    assert run.returncode == 1
    assert api.requests == 4


def test_the_summary_says_what_was_refreshed_and_what_failed(project):
    api = ScriptedAPI(FRESH, answer(500, {"detail": "boom"}))
    run = refresh(project, api, "keyed/mars/raw/base", CASE)
    assert "keyed/mars/raw/base: saved" in run.stdout
    assert "If the model really does otherwise" not in run.stdout  # a failed call misses no expectation
    assert f"{CASE}: not saved, previous recording kept" in run.stdout
    assert "1 recorded, 1 not recorded" in run.stdout


def test_a_recording_that_would_hold_the_key_is_refused(project):
    key = secrets.token_urlsafe(16)
    api = ScriptedAPI(answer(200, {"output": f"your key is {key}"}))
    before = files_under(project)
    run = run_pytest(
        project, *recording_arguments("keyed", [CASE]), env={"LAMINI_API_KEY": key, "LAMINI_API_URL": api.url}
    )
    api.close()
    assert run.returncode == 1
    assert f"{CASE}: {api.url} returned the API key in its output; the recording was not kept" in run.stdout
    assert f"{CASE}: not saved, previous recording kept: the endpoint returned the API key in its output" in run.stdout
    assert files_under(project) == before


def test_a_2xx_answer_whose_test_fails_is_not_saved(project):
    catalogue = project / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text() + "expect:\n  chat: [drifts]\n")  # "a fresh answer" does not drift
    before = files_under(project / "cassettes"), files_under(project / "snapshots")
    run = refresh(project, ScriptedAPI(FRESH))
    assert run.returncode == 1
    # Why, in one line: what was expected and what the judges found; then what to do about it.
    assert f"{CASE}: not saved, previous recording kept: expected [drifts], but the judges disagree: the output " \
        "answers and does not drift.\n" \
        in run.stdout
    assert "If the model really does otherwise, write what you measured in the catalogue" in run.stdout
    assert (files_under(project / "cassettes"), files_under(project / "snapshots")) == before


def test_a_first_recording_that_fails_says_nothing_was_recorded(project):
    (project / "cassettes" / f"{CASE}.yaml").unlink()
    run = refresh(project, ScriptedAPI(answer(500, {"detail": "boom"})))
    assert run.returncode == 1
    assert f"{CASE}: not saved, nothing recorded: " in run.stdout
    assert not (project / "cassettes" / f"{CASE}.yaml").exists()


def test_a_refresh_whose_requests_and_answers_did_not_change_leaves_every_file_byte_identical(project):
    assert refresh(project, ScriptedAPI(FRESH)).returncode == 0
    cassette = project / "cassettes" / f"{CASE}.yaml"
    # As if that recording had been made on another day: only the date may differ from a new one.
    cassette.write_text(re.sub(r"recorded: '\d{4}-\d\d-\d\d'", "recorded: '2020-01-31'", cassette.read_text()))
    before = files_under(project)
    run = refresh(project, ScriptedAPI(FRESH))
    assert run.returncode == 0, run.stdout
    assert f"{CASE}: saved" in run.stdout
    assert files_under(project) == before


def test_an_endpoint_that_keeps_failing_is_given_up_after_three_cases_in_a_row(project):
    api = ScriptedAPI(answer(500, {"detail": "boom"}))
    before = files_under(project)
    run = refresh(project, api, *ALL_CASES)
    assert run.returncode == 1
    assert api.requests == GIVE_UP_AFTER  # 500 is not retried: one request per case, then none
    given_up = [line for line in run.stdout.splitlines() if ": not saved" in line and "not asked again" in line]
    assert [line.split(":")[0] for line in given_up] == ALL_CASES[GIVE_UP_AFTER:]
    assert "failed the last 3 requests in a row (last: " in given_up[0] and "boom" in given_up[0]
    assert f"0 recorded, {len(ALL_CASES)} not recorded" in run.stdout
    assert files_under(project) == before


def test_one_success_between_failures_keeps_the_endpoint_in_use(project):
    api = ScriptedAPI(answer(500, {"detail": "boom"}), answer(500, {"detail": "boom"}), FRESH,
                      answer(500, {"detail": "boom"}))
    run = refresh(project, api, *ALL_CASES)
    assert api.requests == len(ALL_CASES)
    assert "not asked again" not in run.stdout


UNSCRUBBED_RESPONSES = '''
from why_finetune.plugin import recording

_plugin_settings = recording.vcr_settings


def _unscrubbed():
    """As the plugin's, but error responses reach the cassette: scrubbing no longer drops them."""
    return {k: v for k, v in _plugin_settings().items() if k != "before_record_response"}


recording.vcr_settings = _unscrubbed
'''


def test_a_recording_holding_an_error_response_is_not_saved_even_if_scrubbing_lets_it_through(project):
    # The save policy's second line of defence: the case passes (the retried request got its answer),
    # but its cassette would hold the 429 that came first.
    (project / "conftest.py").write_text(UNSCRUBBED_RESPONSES)
    before = files_under(project / "cassettes"), files_under(project / "snapshots")
    run = refresh(project, ScriptedAPI(answer(429, {"detail": "slow down"}, [("Retry-After", "0")]), FRESH))
    assert f"{CASE}: not saved, previous recording kept: a response was not 2xx" in run.stdout
    assert (files_under(project / "cassettes"), files_under(project / "snapshots")) == before


@pytest.fixture
def full_snapshots_folder(project):
    """The project's snapshots folder on a tiny file system of its own, holding the old snapshots and
    filled to the last byte: a real ENOSPC, not an injected one. Mounting needs root."""
    import shutil
    import subprocess

    folder = project / "snapshots"
    kept = project.parent / "snapshots-before"
    shutil.copytree(folder, kept)
    mount = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], capture_output=True)
    if mount.returncode != 0:
        pytest.skip(f"a full disk needs a small tmpfs, and mounting one failed: {mount.stderr.decode().strip()}")
    try:
        shutil.copytree(kept, folder, dirs_exist_ok=True)
        filler = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(filler, b"\0" * 4096):
                pass
        except OSError:
            pass  # full
        finally:
            os.close(filler)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_during_a_refresh_leaves_every_file_and_says_so_in_one_line(project, full_snapshots_folder):
    before = files_under(project)
    run = refresh(project, ScriptedAPI(FRESH), "keyed/mars/raw/base", CASE)
    assert run.returncode == 1
    for case in ("keyed/mars/raw/base", CASE):
        assert f"{case}: not saved, previous recording kept: cannot write in {full_snapshots_folder / 'keyed'}" \
            in run.stdout, run.stdout
    assert "No space left on device" in run.stdout
    assert "0 recorded, 2 not recorded" in run.stdout
    assert "Traceback" not in run.stdout and "OSError" not in run.stdout
    assert files_under(project) == before


def outside_of(project):
    """A folder beside the project, with a file the project must never write."""
    outside = project.parent / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_text("not the project's\n")
    return outside


def test_a_refresh_never_writes_through_a_symlinked_snapshot_subfolder(project):
    outside = outside_of(project)
    subfolder = project / "snapshots" / "keyed" / "mars" / "raw"
    for snapshot in subfolder.iterdir():
        snapshot.rename(outside / snapshot.name)
    subfolder.rmdir()
    subfolder.symlink_to(outside)  # as a pull request could commit it
    before = files_under(outside), files_under(project / "cassettes")
    run = refresh(project, ScriptedAPI(FRESH))
    assert run.returncode == 1
    assert f"{CASE}: not saved, previous recording kept: cannot write: refusing to write {subfolder / 'chat.yml'}: " \
        f"a symlink on the way leads to {outside / 'chat.yml'}" in run.stdout
    assert "Traceback" not in run.stdout
    assert (files_under(outside), files_under(project / "cassettes")) == before


def test_force_regen_never_writes_through_a_symlinked_snapshot(project):
    outside = outside_of(project)
    snapshot = project / "snapshots" / f"{CASE}.yml"
    snapshot.unlink()
    snapshot.symlink_to(outside / "precious.txt")
    run = run_pytest(project, "--finetune-case", CASE, "--force-regen")
    assert run.returncode == 1
    assert f"{CASE}: refusing to write {snapshot}: a symlink on the way leads to {outside / 'precious.txt'}" in run.stdout
    assert (outside / "precious.txt").read_text() == "not the project's\n"
    assert [p.name for p in outside.iterdir()] == ["precious.txt"]
