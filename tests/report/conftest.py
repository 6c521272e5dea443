"""The report's tests get a throwaway project (report_project.py): never the repository's recordings."""

from __future__ import annotations

import pytest
from report_project import SHIPPED_CATALOGUE, Project, typical_output

from why_finetune.catalogue import load_catalogue


@pytest.fixture
def project(tmp_path) -> Project:
    """An empty project: the real catalogue, no recordings, no snapshots."""
    (tmp_path / "cassettes").mkdir()
    (tmp_path / "snapshots").mkdir()
    return Project(tmp_path, load_catalogue(SHIPPED_CATALOGUE))


@pytest.fixture
def recorded(project) -> Project:
    """Every `local` case recorded with a typical output, its snapshot equal to it."""
    for case in project.catalogue.cases(["local"]):
        output = typical_output(case)
        project.record(case.id, output)
        project.snapshot(case.id, output)
    return project
