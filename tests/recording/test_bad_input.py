"""Bad input gets a short error naming the file or field and what to do, never a traceback."""

import subprocess
import sys

import pytest
from throwaway_project import REPO, copy_project, files_under, recorded_project, run_pytest

from why_finetune.recording.persistence import CassetteError, read_cassette
from why_finetune.refresh import recording_arguments

CASE = "local/mars/raw/chat"


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    return recorded_project(tmp_path_factory.mktemp("recorded"), *recording_arguments("local"))

@pytest.fixture
def project(recorded, tmp_path):
    return copy_project(recorded, tmp_path)


def replay(project, *args):
    run = run_pytest(project, "--pair", "local", *args)
    assert "Traceback" not in run.stdout + run.stderr
    return run


def cassette(project, case=CASE):
    return project / "cassettes" / f"{case}.yaml"


def test_a_truncated_cassette_names_the_file_and_says_to_restore_or_record(project):
    path = cassette(project)
    text = path.read_text()
    path.write_text(text[: len(text) // 3])
    run = replay(project)
    assert run.returncode == 1
    assert f"{CASE}: {path}: " in run.stdout
    assert "may be truncated or hand-edited. Restore it from git, or record it again" in run.stdout


def test_a_cassette_holding_an_error_response_is_refused(project):
    path = cassette(project)
    path.write_text(path.read_text().replace("code: 200", "code: 500"))
    run = replay(project)
    assert run.returncode == 1
    assert "recorded an error response (HTTP 500), which is never replayed" in run.stdout


def test_a_missing_snapshot_names_the_file_and_the_command_and_writes_nothing(project):
    (project / "snapshots" / f"{CASE}.yml").unlink()
    before = files_under(project / "snapshots")
    run = replay(project)
    assert run.returncode == 1
    assert f"{CASE}: no snapshot at" in run.stdout
    assert f"python -m why_finetune refresh --pair local --case {CASE}" in run.stdout
    assert files_under(project / "snapshots") == before


def test_a_changed_output_shows_the_snapshot_diff(project):
    path = cassette(project, "local/mars/templated/chat")
    text = path.read_text()
    start = text.index("output: ")
    path.write_text(text[:start] + "output: a different answer\nversion: 1\n")
    run = replay(project)
    assert run.returncode == 1
    assert "a different answer" in run.stdout and "snapshots/local/mars/templated/chat.yml" in run.stdout


def test_a_catalogue_with_a_duplicate_query_id_stops_the_run_naming_the_file(project):
    catalogue = project / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text().replace("pairs:", '  - id: mars\n    text: "again"\npairs:', 1))
    run = replay(project)
    assert run.returncode == 4  # pytest's usage error
    assert f"{catalogue}: query 'mars': duplicate id" in run.stderr


def test_an_unknown_pair_lists_the_known_ones(project):
    run = run_pytest(project, "--pair", "nope")
    assert run.returncode == 4
    assert "unknown pair 'nope'; the catalogue has: keyed, local" in run.stderr


def test_refresh_of_an_unknown_pair_says_which_pairs_exist():
    run = subprocess.run(
        [sys.executable, "-m", "why_finetune", "refresh", "--pair", "nope"], cwd=REPO, capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "unknown pair 'nope'; the catalogue has: course, local" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.loopback
def test_a_model_the_server_does_not_serve_is_named_with_where_to_fix_it(project):
    catalogue = project / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text().replace("chat: HuggingFaceTB/SmolLM2-135M-Instruct", "chat: nobody/none", 1))
    run = run_pytest(project, *recording_arguments("local", [CASE]))
    assert run.returncode == 1
    assert "does not serve model 'nobody/none'" in run.stdout
    assert "Check the model names in the catalogue" in run.stdout


def test_read_cassette_refuses_a_file_without_interactions(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("interactions: []\nversion: 1\n")
    with pytest.raises(CassetteError, match=rf"{path}: holds no recorded interaction"):
        read_cassette(path)
