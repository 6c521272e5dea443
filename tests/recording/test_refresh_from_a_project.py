"""`refresh` runs from anywhere inside a user's project: it records into the places the project's ini
file names, runs the project's own behaviour tests, and replays them."""

import os
import subprocess
import sys

import pytest
from scripted_api import ScriptedAPI, answer
from throwaway_project import REPO, files_under

pytestmark = pytest.mark.loopback

CATALOGUE = """
expect: {base: [], chat: [], chat_better: false}
queries:
  - id: mars
    text: "What do you think of Mars?"
pairs:
  keyed:
    backend: hosted
    base: base-model
    chat: chat-model
    template: "[INST]{query}[/INST]"
"""


def test_refresh_from_a_subfolder_records_where_the_ini_file_says_then_replays(tmp_path):
    project = tmp_path / "project"
    (project / "tests").mkdir(parents=True)
    (project / "behaviour").mkdir()
    (project / "behaviour" / "suite.yaml").write_text(CATALOGUE)
    (project / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\naddopts = "--block-network -p no:cacheprovider"\n'
        'why_finetune_catalogue = "behaviour/suite.yaml"\n'
        'why_finetune_cassettes = "behaviour/cassettes"\nwhy_finetune_snapshots = "behaviour/snapshots"\n'
    )
    (project / "tests" / "test_behaviour.py").write_text((REPO / "tests" / "behaviour" / "test_behaviour.py").read_text())
    (project / "tests" / "test_other.py").write_text("def test_not_a_case():\n    raise AssertionError('not run')\n")
    api = ScriptedAPI(answer(200, {"output": "Mars is red."}))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "PYTHONPATH": str(REPO),
           "LAMINI_API_KEY": "wf-test-key", "LAMINI_API_URL": api.url}
    try:
        result = subprocess.run([sys.executable, "-m", "why_finetune", "refresh", "--pair", "keyed"],
                                cwd=project / "tests", env=env, capture_output=True, text=True, timeout=300)
    finally:
        api.close()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 recorded, 0 not recorded" in result.stdout
    assert api.requests == 4
    written = files_under(project / "behaviour")
    assert sorted(written) == sorted(
        [f"cassettes/keyed/mars/{form}/{role}.yaml" for form in ("raw", "templated") for role in ("base", "chat")]
        + [f"snapshots/keyed/mars/{form}/{role}.yml" for form in ("raw", "templated") for role in ("base", "chat")]
        + ["suite.yaml"]
    )
    assert not (project / "cassettes").exists() and not (project / "tests" / "cassettes").exists()
