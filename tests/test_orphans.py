"""Recordings and snapshots that no case owns are found, and removed on request."""

import subprocess
import sys
from pathlib import Path

import pytest

from why_finetune.catalogue import load_catalogue
from why_finetune.commands.orphans import find_orphans
from why_finetune.project import find_project

ROOT = Path(__file__).resolve().parents[1]


def test_the_repository_has_no_orphaned_recordings_or_snapshots():
    project = find_project(ROOT)
    orphans = find_orphans(load_catalogue(project.catalogue), project)
    assert not orphans, f"no case owns: {orphans}; remove them with: python -m why_finetune orphans --remove"


def test_a_file_for_a_removed_query_is_an_orphan_and_owned_files_are_not(tmp_path):
    for name in ("cassettes/local/mars/raw/base.yaml", "cassettes/local/pluto/raw/base.yaml", "snapshots/local/pluto/raw/base.yml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    project = find_project(tmp_path)  # no ini file there: the defaults, under tmp_path
    catalogue = load_catalogue(ROOT / "catalogue.yaml")
    orphans = [p.relative_to(tmp_path).as_posix() for p in find_orphans(catalogue, project)]
    assert orphans == ["cassettes/local/pluto/raw/base.yaml", "snapshots/local/pluto/raw/base.yml"]


def test_the_orphans_command_lists_without_removing():
    result = subprocess.run([sys.executable, "-m", "why_finetune", "orphans"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    assert "no orphans" in result.stdout


def run_orphans(project_root, *args):
    return subprocess.run([sys.executable, "-m", "why_finetune", "orphans", *args], cwd=project_root,
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})


def a_project(tmp_path, ini="[pytest]\n"):
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / "pytest.ini").write_text(ini)
    (tmp_path / "catalogue.yaml").write_bytes((ROOT / "catalogue.yaml").read_bytes())
    for name in ("cassettes/local/mars/raw/base.yaml", "cassettes/local/pluto/raw/base.yaml",
                 "snapshots/local/pluto/raw/base.yml", "cassettes/llm-judge/local/pluto/raw/chat.yaml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("recorded\n")
    return tmp_path


def test_only_files_the_plugin_writes_can_be_orphans(tmp_path):
    project = a_project(tmp_path)
    people_s = ["cassettes/README.md", "cassettes/.gitkeep", "snapshots/.gitkeep", "cassettes/notes.yaml",
                "cassettes/local/pluto/raw/base.yaml.bak", "cassettes/local/pluto/raw/.base.yaml.1234.old",
                "cassettes/local/pluto/weird/base.yaml", "cassettes/local/pluto/raw/sister.yaml",
                "snapshots/local/pluto/base.yml"]
    for name in people_s:
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text("a person's file\n")
    (project / "cassettes" / "local" / "pluto" / "raw" / "chat.yaml").symlink_to(project / "pytest.ini")
    found = [p.relative_to(project).as_posix() for p in find_orphans(load_catalogue(ROOT / "catalogue.yaml"),
                                                                      find_project(project))]
    assert found == ["cassettes/llm-judge/local/pluto/raw/chat.yaml", "cassettes/local/pluto/raw/base.yaml",
                     "snapshots/local/pluto/raw/base.yml"]


def test_remove_lists_what_it_will_delete_then_deletes_only_those(tmp_path):
    project = a_project(tmp_path)
    (project / "cassettes" / "README.md").write_text("what these are\n")
    run = run_orphans(project, "--remove")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[:4] == ["removing 3 orphans:", "  cassettes/llm-judge/local/pluto/raw/chat.yaml",
                                           "  cassettes/local/pluto/raw/base.yaml", "  snapshots/local/pluto/raw/base.yml"]
    left = sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file())
    assert left == ["cassettes/README.md", "cassettes/local/mars/raw/base.yaml", "catalogue.yaml", "pytest.ini"]


@pytest.mark.parametrize("setting", ["why_finetune_snapshots = .", "why_finetune_cassettes = ..",
                                     "why_finetune_snapshots = ./"])
def test_a_recordings_folder_that_is_the_project_or_holds_it_is_refused(tmp_path, setting):
    project = a_project(tmp_path, ini=f"[pytest]\n{setting}\n")
    before = sorted(p.as_posix() for p in project.rglob("*"))
    run = run_orphans(project, "--remove")
    assert run.returncode == 2
    assert run.stderr.startswith("orphans: the ") and "is the project's folder or holds it" in run.stderr
    assert len(run.stderr.splitlines()) == 1
    assert sorted(p.as_posix() for p in project.rglob("*")) == before


def test_orphans_in_a_cassettes_folder_symlinked_outside_the_project_are_not_removed(tmp_path):
    project = a_project(tmp_path / "project")
    outside = tmp_path / "outside"
    (project / "cassettes").rename(outside)
    (project / "cassettes").symlink_to(outside)
    run = run_orphans(project, "--remove")
    assert run.returncode == 1
    assert "orphans: not removed: cassettes/local/pluto/raw/base.yaml: refusing to write in" in run.stderr
    assert (outside / "local" / "pluto" / "raw" / "base.yaml").exists()
