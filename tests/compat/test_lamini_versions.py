"""The lamini matrix is listed twice: in .ci/lamini-versions, which .ci/lamini-matrix (and so .ci/run)
reads, and in the `lamini` job of the GitHub workflow. Both must name the same releases."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def listed_versions() -> list[str]:
    lines = (line.split("#", 1)[0].strip() for line in (ROOT / ".ci" / "lamini-versions").read_text().splitlines())
    return [line for line in lines if line]


def test_the_workflow_matrix_lists_the_same_lamini_versions():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "replay.yml").read_text(encoding="utf-8"))
    assert workflow["jobs"]["lamini"]["strategy"]["matrix"]["lamini"] == listed_versions()


def test_the_matrix_covers_the_supported_range():
    versions = [tuple(int(part) for part in version.split(".")) for version in listed_versions()]
    assert versions == sorted(versions)
    assert (3, 0, 4) in versions and (3, 4, 6) in versions  # the supported range's two ends
    assert (3, 4, 3) in versions  # the newest release plain pip installs
