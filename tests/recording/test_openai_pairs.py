"""An openai pair in a user's project: recorded through the openai client, replayed from its cassettes.

A throwaway project's pair points at a scripted OpenAI-compatible endpoint on loopback, with its key in
the variable the catalogue names. Recorded with -l, --junitxml and the HTML report, then replayed, no
file and no output may hold the key; a request the cassette does not hold fails its case while the
endpoint is still up and the network is not blocked, so only the cassette stands between the case and
the endpoint, and the endpoint counts what reached it.
"""

import json
import secrets

import pytest
from scripted_api import ScriptedAPI
from throwaway_project import files_under, make_project, run_pytest

from why_finetune.commands.refresh import recording_arguments

pytestmark = pytest.mark.loopback

CATALOGUE = """
expect:
  base: []
  chat: []
queries:
  - id: mars
    text: "What do you think of Mars?"
pairs:
  served:
    backend: hosted
    client: openai
    url: "{url}/v1"
    key_variable: SERVED_KEY
    forms: [raw, chat]
    base: base-model
    chat: chat-model
    template: "<user>{{query}}</user>"
    max_new_tokens: 8
"""
CASES = ["served/mars/raw/base", "served/mars/raw/chat", "served/mars/chat/base", "served/mars/chat/chat"]


def openai_answer(handler):
    """Completions and chat completions in OpenAI's shapes, told apart by the route."""
    text = "Mars is a cold desert planet."
    if handler.path.endswith("/chat/completions"):
        choice = {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "length"}
    else:
        choice = {"index": 0, "text": text, "finish_reason": "length"}
    data = json.dumps({"id": "x", "object": "completion", "created": 0, "model": "m", "choices": [choice]}).encode()
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


@pytest.fixture
def api():
    api = ScriptedAPI(openai_answer)
    yield api
    api.close()


@pytest.fixture
def key():
    return "sk-" + secrets.token_urlsafe(24)


def served_project(tmp_path, api):
    project = make_project(tmp_path)
    (project / "catalogue.yaml").write_text(CATALOGUE.format(url=api.url))
    (project / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")  # the cassette is the only guard
    return project


def assert_no_key(project, key, *runs):
    reached = [name for name, content in files_under(project).items() if key.encode() in content]
    reached += [f"output of run {number}" for number, run in enumerate(runs) if key in run.stdout + run.stderr]
    assert not reached, f"the key reached {', '.join(reached)}"


def test_an_openai_pair_is_recorded_through_its_client_and_replayed_without_the_key(tmp_path, api, key):
    project = served_project(tmp_path, api)
    recording = run_pytest(project, *recording_arguments("served"), "-l", "--junitxml=junit.xml",
                           "--finetune-html=report.html", env={"SERVED_KEY": key})
    assert recording.returncode == 0, recording.stdout + recording.stderr
    assert api.requests == 4  # one per case: the paired checks run on replay
    replay = run_pytest(project, "-l", "--junitxml=junit-replay.xml")
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert api.requests == 4  # replay sent nothing
    assert_no_key(project, key, recording, replay)
    assert f"{len(CASES)} passed" in replay.stdout  # and the two paired checks skip: chat_better is off
    assert all((project / "cassettes" / f"{case_id}.yaml").is_file() for case_id in CASES)
    cassette = (project / "cassettes" / "served/mars/chat/chat.yaml").read_text()
    assert "uri: http://127.0.0.1/v1/chat/completions" in cassette  # the chat form: chat completions
    assert "- role: user\n        content: What do you think of Mars?" in cassette  # the query as the user's message
    raw = (project / "cassettes" / "served/mars/raw/base.yaml").read_text()
    assert "uri: http://127.0.0.1/v1/completions" in raw and "prompt: What do you think of Mars?" in raw
    assert "authorization" not in cassette.lower()
    snapshot = (project / "snapshots" / "served/mars/chat/chat.yml").read_text()
    from importlib.metadata import version

    assert f"openai_client: {version('openai')}" in snapshot  # provenance, read from the recorded traffic
    # The paired check and the comparison views read both shapes back: the chat form's prompt is the query.
    from why_finetune.recording.persistence import read_recording

    for case_id, prompt in (("served/mars/chat/chat", "What do you think of Mars?"),
                            ("served/mars/raw/base", "What do you think of Mars?")):
        recorded = read_recording(project / "cassettes" / f"{case_id}.yaml")
        model = "chat-model" if case_id.endswith("/chat") else "base-model"
        assert (recorded.prompt, recorded.model, recorded.output) == (prompt, model, "Mars is a cold desert planet.")


def test_a_request_not_in_its_cassette_fails_the_case_and_reaches_nothing(tmp_path, api, key):
    project = served_project(tmp_path, api)
    recording = run_pytest(project, *recording_arguments("served"), env={"SERVED_KEY": key})
    assert recording.returncode == 0, recording.stdout + recording.stderr
    sent = api.requests
    catalogue = project / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text().replace("max_new_tokens: 8", "max_new_tokens: 9"))
    replay = run_pytest(project, "--finetune-case", "served/mars/chat/chat", env={"SERVED_KEY": key})
    assert replay.returncode == 1, replay.stdout + replay.stderr
    assert ("served/mars/chat/chat: the request does not match its recording "
            "(body field 'max_tokens': sent 9, recorded 8)") in replay.stdout
    assert "python -m why_finetune refresh --pair served --case served/mars/chat/chat" in replay.stdout
    assert api.requests == sent  # the endpoint is up and reachable: nothing went out
    assert_no_key(project, key, recording, replay)


def test_an_unrecorded_openai_pair_without_its_key_skips_naming_the_variable_and_the_command(tmp_path, api):
    project = served_project(tmp_path, api)
    replay = run_pytest(project, "-rs")
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert ("served/mars/chat/chat: not recorded yet. Recording it needs http://127.0.0.1:"
            in replay.stdout)
    assert "set SERVED_KEY and run: python -m why_finetune refresh --pair served" in replay.stdout
    recording = run_pytest(project, *recording_arguments("served"), "-rs")
    assert "recording needs the key in SERVED_KEY. Set SERVED_KEY and run: " \
           "python -m why_finetune refresh --pair served" in recording.stdout
    assert api.requests == 0


def test_refresh_records_an_openai_pair_and_without_its_key_says_which_variable_to_set(tmp_path, api, key):
    import os
    import subprocess
    import sys

    from throwaway_project import REPO

    project = served_project(tmp_path, api)

    def refresh(**env):
        environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(project / "home"),
                       "PYTHONPATH": str(REPO), **env}
        return subprocess.run([sys.executable, "-m", "why_finetune", "refresh", "--pair", "served"], cwd=project,
                              env=environment, capture_output=True, text=True, timeout=300)

    refused = refresh()
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert ("refresh: pair 'served' needs its key in SERVED_KEY: set it and run "
            "python -m why_finetune refresh --pair served") in refused.stderr
    assert api.requests == 0
    recorded = refresh(SERVED_KEY=key)
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    assert "refresh: recording pair 'served' from http://127.0.0.1:" in recorded.stdout
    assert "through the openai client (key from SERVED_KEY)" in recorded.stdout
    assert all((project / "cassettes" / f"{case_id}.yaml").is_file() for case_id in CASES)
    assert_no_key(project, key, refused, recorded)
