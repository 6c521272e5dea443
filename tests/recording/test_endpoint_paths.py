"""An endpoint with a base path records cassettes that replay; a URL with a query string is refused."""

import pytest
from scripted_api import ScriptedAPI, answer
from throwaway_project import files_under, run_pytest

from why_finetune.commands.refresh import recording_arguments

pytestmark = pytest.mark.loopback
CASE = "keyed/mars/raw/chat"
ANSWER = answer(200, {"output": "Mars is a cold desert planet, and I find it fascinating to read about."})


def test_a_recording_made_under_a_base_path_replays(project):
    api = ScriptedAPI(ANSWER)
    try:
        recording = run_pytest(project, *recording_arguments("keyed", [CASE]),
                               env={"LAMINI_API_KEY": "wf-test-key", "LAMINI_API_URL": f"{api.url}/lamini"})
    finally:
        api.close()
    assert recording.returncode == 0, recording.stdout + recording.stderr
    assert "/lamini/v1/completions" in (project / "cassettes" / f"{CASE}.yaml").read_text()
    replay = run_pytest(project, "--finetune-case", CASE)
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert "1 passed" in replay.stdout


def test_a_url_with_a_query_string_is_refused_before_any_request(project):
    api = ScriptedAPI(ANSWER)
    try:
        run = run_pytest(project, *recording_arguments("keyed", [CASE]),
                         env={"LAMINI_API_KEY": "wf-test-key", "LAMINI_API_URL": f"{api.url}/?region=eu"})
    finally:
        api.close()
    assert run.returncode == 1
    assert "LAMINI_API_URL must not carry a query string" in run.stdout
    assert api.requests == 0
    assert files_under(project / "cassettes") == {} and files_under(project / "snapshots") == {}
