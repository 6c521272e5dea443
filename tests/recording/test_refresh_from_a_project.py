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


def test_ctrl_c_during_a_refresh_prints_what_was_recorded_and_keeps_every_other_file(tmp_path):
    import signal
    import time

    from scripted_api import hang_for

    project = tmp_path / "project"
    (project / "tests").mkdir(parents=True)
    (project / "catalogue.yaml").write_text(CATALOGUE)
    (project / "pytest.ini").write_text("[pytest]\naddopts = --block-network -p no:cacheprovider\n")
    (project / "tests" / "test_behaviour.py").write_text((REPO / "tests" / "behaviour" / "test_behaviour.py").read_text())
    # The first case is answered; the second waits, as a slow hosted model would, until Ctrl-C.
    api = ScriptedAPI(answer(200, {"output": "Mars is red."}), hang_for(60))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "PYTHONPATH": str(REPO),
           "LAMINI_API_KEY": "wf-test-key", "LAMINI_API_URL": api.url}
    # Python's own Ctrl-C handler, as at a terminal (a process started from CI may inherit SIGINT ignored).
    command = [sys.executable, "-c",
               "import signal, sys, runpy; signal.signal(signal.SIGINT, signal.default_int_handler); "
               "sys.argv = ['why_finetune', 'refresh', '--pair', 'keyed']; runpy.run_module('why_finetune', run_name='__main__')"]
    refresh = subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 240
        while api.requests < 2 and time.monotonic() < deadline and refresh.poll() is None:
            time.sleep(0.2)
        assert api.requests == 2, "the second case never started"
        refresh.send_signal(signal.SIGINT)
        out, err = refresh.communicate(timeout=120)
    finally:
        refresh.kill()
        api.close()
    assert refresh.returncode == 130, out + err
    assert out.index("refresh: recording pair 'keyed'") < out.index("test session starts")
    assert "keyed/mars/raw/base: saved" in out and "1 recorded" in out
    assert "refresh: interrupted" in err and "Traceback" not in err
    written = files_under(project)
    assert "cassettes/keyed/mars/raw/base.yaml" in written and "snapshots/keyed/mars/raw/base.yml" in written
    assert not any(name.startswith("cassettes/keyed/mars/raw/chat") for name in written)
