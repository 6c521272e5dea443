"""Bad input gets a short error naming the file or field and what to do, never a traceback."""

import subprocess
import sys

import pytest
from throwaway_project import REPO, copy_project, files_under, recorded_project, run_pytest

from why_finetune.commands.refresh import recording_arguments
from why_finetune.recording.persistence import CassetteError, read_cassette

CASE = "local/mars/raw/chat"


@pytest.fixture(scope="module")
def recorded(tmp_path_factory, reuse_local_server):
    return recorded_project(tmp_path_factory.mktemp("recorded"), *recording_arguments("local"), env=reuse_local_server)

@pytest.fixture
def project(recorded, tmp_path):
    return copy_project(recorded, tmp_path)


def replay(project, *args):
    run = run_pytest(project, "--finetune-pair", "local", *args)
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


def without_request_block(text: str, name: str) -> str:
    """The cassette text with the request's `name:` block (and its indented lines) left out."""
    lines, out, skipping = text.splitlines(keepends=True), [], False
    in_request = False
    for line in lines:
        if line.startswith("- request:"):
            in_request = True
        elif line.startswith("  response:"):
            in_request = False
        if in_request and line.startswith(f"    {name}:"):
            skipping = True
            continue
        if skipping and line.startswith("      "):
            continue
        skipping = False
        out.append(line)
    return "".join(out)


@pytest.mark.parametrize("field, named", [("headers", "request headers"), ("parsed_body", "request body")])
def test_a_cassette_request_without_a_field_gets_one_line_naming_the_file_and_the_command(project, field, named):
    path = cassette(project)
    path.write_text(without_request_block(path.read_text(), field))
    run = replay(project, "--finetune-case", CASE)
    assert run.returncode == 1
    failure = [line for line in run.stdout.splitlines() if line.startswith(f"{CASE}: {path}")]
    assert failure == [
        f"{CASE}: {path}: interaction 1 has no {named}. Restore it from git, or record it again with: "
        f"python -m why_finetune refresh --pair local --case {CASE}"
    ]
    assert "TypeError" not in run.stdout


def test_a_corrupt_snapshot_gets_one_line_naming_the_file_and_the_command_that_writes_it(project):
    path = project / "snapshots" / f"{CASE}.yml"
    path.write_text("case: [unclosed\n")
    run = replay(project, "--finetune-case", CASE)
    assert run.returncode == 1
    assert f"{CASE}: {path}: not a readable snapshot" in run.stdout
    assert f"Write it again from the recording with: pytest -m behaviour --finetune-case {CASE} --force-regen" in run.stdout
    assert "FILES DIFFER" not in run.stdout


def compare(project, *args):
    return subprocess.run(
        [sys.executable, "-m", "why_finetune", "compare", "--plain", "--pair", "local",
         "--cassettes", str(project / "cassettes"), "--snapshots", str(project / "snapshots"), *args],
        capture_output=True, text=True, cwd=project, timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "WHY_FINETUNE_CATALOGUE": str(project / "catalogue.yaml")},
    )


def test_compare_exits_0_when_every_recording_and_snapshot_reads(project):
    run = compare(project)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""


def test_compare_fails_on_an_unreadable_cassette_naming_it_and_the_command(project):
    path = cassette(project)
    path.write_text(without_request_block(path.read_text(), "headers"))
    run = compare(project)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"compare: {path}: interaction 1 has no request headers. Restore it from git, or record it again with: "
        f"python -m why_finetune refresh --pair local --case {CASE}"
    ]
    assert "Traceback" not in run.stdout + run.stderr


def test_compare_calls_a_corrupt_snapshot_unreadable_not_missing_and_fails(project):
    path = project / "snapshots" / f"{CASE}.yml"
    path.write_text("- just a list\n")
    run = compare(project)
    assert run.returncode == 1
    assert "snapshot UNREADABLE" in run.stdout
    assert run.stderr.splitlines() == [
        f"compare: {path}: not a snapshot (it has no 'output' text). Write it again from the recording with: "
        f"pytest -m behaviour --finetune-case {CASE} --force-regen"
    ]


@pytest.mark.parametrize("regen", [[], ["--force-regen"]])
def test_a_snapshot_path_that_is_a_folder_fails_the_case_saying_so_not_that_it_is_missing(project, regen):
    path = project / "snapshots" / f"{CASE}.yml"
    path.unlink()
    path.mkdir()
    run = replay(project, "--finetune-case", CASE, *regen)
    assert run.returncode == 1
    assert (f"{CASE}: {path}: a folder where a snapshot file should be; move it away. Write it again from the "
            f"recording with: pytest -m behaviour --finetune-case {CASE} --force-regen") in run.stdout
    assert "no snapshot" not in run.stdout and path.is_dir()


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
    case = "local/mars/templated/chat"
    assert f"{case}: differs from its snapshot {project / 'snapshots' / case}.yml" in run.stdout
    assert "  output: " in run.stdout and "{+different+}" in run.stdout and "[-" in run.stdout  # words marked
    assert f"record the case again with: python -m why_finetune refresh --pair local --case {case}" in run.stdout
    assert f"write its snapshot with: pytest -m behaviour --finetune-case {case} --force-regen" in run.stdout
    assert "def check(" not in run.stdout and "FILES DIFFER" not in run.stdout  # no plugin source, no raw diff


def test_a_catalogue_with_a_duplicate_query_id_stops_the_run_naming_the_file(project):
    catalogue = project / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text().replace("pairs:", '  - id: mars\n    text: "again"\npairs:', 1))
    run = replay(project)
    assert run.returncode == 4  # pytest's usage error
    assert f"{catalogue}: query 'mars': duplicate id" in run.stderr


def test_an_unknown_pair_lists_the_known_ones(project):
    run = run_pytest(project, "--finetune-pair", "nope")
    assert run.returncode == 4
    assert "unknown pair 'nope'; the catalogue has: keyed, local" in run.stderr


def test_refresh_of_an_unknown_pair_says_which_pairs_exist():
    run = subprocess.run(
        [sys.executable, "-m", "why_finetune", "refresh", "--pair", "nope"], cwd=REPO, capture_output=True, text=True
    )
    assert run.returncode == 2
    from why_finetune.catalogue import load_catalogue

    known = ", ".join(sorted(load_catalogue(REPO / "catalogue.yaml").pairs))
    assert f"unknown pair 'nope'; the catalogue has: {known}" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.loopback
def test_a_model_the_server_does_not_serve_is_named_with_where_to_fix_it(project, reuse_local_server):
    catalogue = project / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text().replace("chat: HuggingFaceTB/SmolLM2-135M-Instruct", "chat: nobody/none", 1))
    run = run_pytest(project, *recording_arguments("local", [CASE]), env=reuse_local_server)
    assert run.returncode == 1
    assert "does not serve model 'nobody/none'" in run.stdout
    assert "Check the model names in the catalogue" in run.stdout


def test_read_cassette_refuses_a_file_without_interactions(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("interactions: []\nversion: 1\n")
    with pytest.raises(CassetteError, match=rf"{path}: holds no recorded interaction"):
        read_cassette(path)
