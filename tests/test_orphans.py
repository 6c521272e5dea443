"""Recordings and snapshots that no case owns are found, and removed on request."""

import subprocess
import sys
from pathlib import Path

from why_finetune.catalogue import load_catalogue
from why_finetune.orphans import find_orphans
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
