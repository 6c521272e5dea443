"""Recording for real through the local server, then replaying offline, in a throwaway project.

Each test builds a tiny project (one query, short answers) in a temporary directory and runs
pytest on it in a subprocess, exactly as a user's refresh and replay would run.
"""

import secrets

import pytest
from throwaway_project import files_under, run_pytest

from why_finetune.commands.refresh import recording_arguments
from why_finetune.server.process import start_server

pytestmark = pytest.mark.loopback


def test_a_local_recording_replays_offline_and_matches_its_snapshot(project):
    # This refresh starts its own local server, as every refresh does unless WHY_FINETUNE_LOCAL_SERVER names
    # one; the other refreshes in these tests reuse the test process's shared server.
    recorded = run_pytest(project, *recording_arguments("local"))
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    cassettes = files_under(project / "cassettes")
    assert sorted(cassettes) == [f"local/mars/{form}/{role}.yaml" for form in ("raw", "templated") for role in ("base", "chat")]
    assert sorted(files_under(project / "snapshots")) == [name.replace(".yaml", ".yml") for name in sorted(cassettes)]
    text = cassettes["local/mars/templated/chat.yaml"].decode()
    assert "backend: why-finetune local server" in text and "lamini_client: 3.4.6" in text

    replayed = run_pytest(project, "--finetune-pair", "local")
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr
    assert "4 passed" in replayed.stdout
    assert files_under(project / "cassettes") == cassettes  # replay writes nothing


def test_a_deleted_cassette_is_recorded_again_with_the_same_output(project, reuse_local_server):
    assert run_pytest(project, *recording_arguments("local"), env=reuse_local_server).returncode == 0
    before = files_under(project / "snapshots")
    (project / "cassettes" / "local" / "mars" / "raw" / "base.yaml").unlink()

    assert run_pytest(project, "--finetune-pair", "local").returncode != 0  # replay misses it, and says so
    again = run_pytest(project, *recording_arguments("local", ["local/mars/raw/base"]), env=reuse_local_server)
    assert again.returncode == 0, again.stdout + again.stderr
    assert files_under(project / "snapshots") == before  # same output, same snapshot
    assert run_pytest(project, "--finetune-pair", "local").returncode == 0


def test_a_recording_made_with_a_key_leaves_no_trace_of_it(project):
    key = secrets.token_urlsafe(24)
    with start_server(api_key=key) as server:
        run = run_pytest(project, *recording_arguments("keyed"), env={"LAMINI_API_KEY": key, "LAMINI_API_URL": server.url})
    assert run.returncode == 0, run.stdout + run.stderr
    written = files_under(project)
    assert len([name for name in written if name.startswith("cassettes/keyed/")]) == 4
    for name, content in written.items():
        assert key.encode() not in content, f"the key reached {name}"
    assert key not in run.stdout + run.stderr


def test_a_changed_prompt_misses_its_recording_with_the_field_and_the_command(project, reuse_local_server):
    assert run_pytest(project, *recording_arguments("local"), env=reuse_local_server).returncode == 0
    catalogue = project / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text().replace("of Mars?", "of Mars!"))
    replayed = run_pytest(project, "--finetune-pair", "local", "--finetune-case", "local/mars/raw/chat")
    assert replayed.returncode == 1
    assert "local/mars/raw/chat: the request does not match its recording" in replayed.stdout
    assert "body field 'prompt'" in replayed.stdout
    assert "python -m why_finetune refresh --pair local --case local/mars/raw/chat" in replayed.stdout
