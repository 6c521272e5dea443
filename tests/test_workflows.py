"""Every workflow GitHub reads parses, has the shape GitHub requires, and follows the project's rules.

GitHub rejects a whole workflow over one YAML mistake and says so only on its own site, so the
files are checked here: parsed, their structure checked, and, where actionlint is installed (it is
in the development requirements), linted as GitHub would read them.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))


def load(path: Path) -> dict:
    # PyYAML reads the key `on` as the boolean True (YAML 1.1); GitHub reads it as "on".
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: not a mapping"
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(workflow: dict):
    for name, job in workflow["jobs"].items():
        for step in job.get("steps", []):
            yield name, step


def test_there_are_workflows_to_check():
    assert WORKFLOWS


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_workflow_has_the_keys_github_requires(path):
    workflow = load(path)
    assert workflow.get("on"), f"{path.name}: no 'on' trigger"
    assert isinstance(workflow.get("jobs"), dict) and workflow["jobs"], f"{path.name}: no jobs"
    for name, job in workflow["jobs"].items():
        assert "runs-on" in job, f"{path.name}: job {name!r} has no runs-on"
        assert isinstance(job.get("steps"), list) and job["steps"], f"{path.name}: job {name!r} has no steps"
        for step in job["steps"]:
            assert ("uses" in step) != ("run" in step), f"{path.name}: job {name!r}: a step needs one of uses/run"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_workflow_asks_for_the_least_permissions_it_needs(path):
    workflow = load(path)
    for name, job in workflow["jobs"].items():
        permissions = job.get("permissions", workflow.get("permissions"))
        assert permissions is not None, f"{path.name}: job {name!r} leaves its permissions to GitHub's default"
        granted = {scope: level for scope, level in (permissions or {}).items() if level != "none"}
        assert set(granted) <= {"contents"} and granted.get("contents", "read") == "read", (
            f"{path.name}: job {name!r} may only read the repository, not {granted}"
        )


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_failed_install_is_never_hidden(path):
    for name, step in steps(load(path)):
        run = step.get("run", "")
        assert "|| echo" not in run and "|| true" not in run, f"{path.name}: job {name!r} hides a failure: {run!r}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_pip_downloads_are_cached_on_the_lock_file(path):
    for name, step in steps(load(path)):
        if str(step.get("uses", "")).startswith("actions/setup-python"):
            settings = step.get("with", {})
            assert settings.get("cache") == "pip", f"{path.name}: job {name!r} downloads every package every run"
            assert "requirements.lock" in str(settings.get("cache-dependency-path", "")), (
                f"{path.name}: job {name!r}: the pip cache must be keyed on requirements.lock"
            )


def test_the_replay_workflow_runs_the_readme_s_test_command():
    replay = load(REPO / ".github" / "workflows" / "replay.yml")
    assert any("make test" in step.get("run", "") for _, step in steps(replay))
    assert "make test" in (REPO / "README.md").read_text(encoding="utf-8")


def actionlint() -> str | None:
    for candidate in (REPO / ".venv" / "bin" / "actionlint", shutil.which("actionlint")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    return None


@pytest.mark.skipif(actionlint() is None, reason="actionlint is not installed: make setup installs it")
def test_actionlint_finds_nothing():
    run = subprocess.run([actionlint(), *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
