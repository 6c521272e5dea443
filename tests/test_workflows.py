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


# The only job that may write: the refresh opens a pull request with the new recordings. It pushes its
# branch (contents) and opens the pull request (pull-requests), and its workflow says why, in words.
MAY_WRITE = {("refresh-course.yml", "refresh"): {"contents": "write", "pull-requests": "write"}}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_a_workflow_asks_for_the_least_permissions_it_needs(path):
    workflow = load(path)
    assert workflow.get("permissions") == {"contents": "read"}, f"{path.name}: the default for its jobs is to read"
    for name, job in workflow["jobs"].items():
        permissions = job.get("permissions", workflow.get("permissions"))
        assert permissions is not None, f"{path.name}: job {name!r} leaves its permissions to GitHub's default"
        granted = {scope: level for scope, level in (permissions or {}).items() if level != "none"}
        allowed = MAY_WRITE.get((path.name, name), {"contents": "read"})
        assert granted == allowed or (set(granted) <= {"contents"} and granted.get("contents", "read") == "read"
                                      and (path.name, name) not in MAY_WRITE), (
            f"{path.name}: job {name!r} may only have {allowed}, not {granted}"
        )
        text = path.read_text(encoding="utf-8")
        for scope, level in granted.items():
            if level == "write":
                assert f"{scope}: write to " in text, f"{path.name}: say why job {name!r} writes {scope}"


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


def step_named(workflow: dict, words: str) -> dict:
    found = [step for _, step in steps(workflow) if words in step.get("name", "")]
    assert len(found) == 1, f"no single step named '...{words}...'"
    return found[0]


def test_on_a_pull_request_the_replay_shows_what_changed_against_its_base_in_the_job_summary():
    replay = load(REPO / ".github" / "workflows" / "replay.yml")
    assert "pull_request" in replay["on"]
    step = step_named(replay, "What changed in the models' behaviour")
    assert step["if"] == "github.event_name == 'pull_request' && !cancelled()"
    assert step["env"]["BASE_SHA"] == "${{ github.event.pull_request.base.sha }}"
    assert 'git fetch --no-tags --depth=1 origin "$BASE_SHA"' in step["run"]  # the base, read by git, not checked out
    assert 'compare --changed "$BASE_SHA"' in step["run"] and '--markdown "$GITHUB_STEP_SUMMARY"' in step["run"]


def test_the_refresh_opens_a_pull_request_whose_body_is_what_changed():
    refresh = load(REPO / ".github" / "workflows" / "refresh-course.yml")
    review = step_named(refresh, "What changed in the models' behaviour")
    assert 'compare --changed HEAD --pair course' in review["run"]
    assert '--markdown "$RUNNER_TEMP/review.md"' in review["run"]
    # The key is given to the step that writes the body only so that it is redacted from it.
    assert review["env"] == {"LAMINI_API_KEY": "${{ secrets.LAMINI_API_KEY }}"}
    opened = step_named(refresh, "Open a pull request")
    assert 'gh pr create' in opened["run"] and '--body-file "$RUNNER_TEMP/review.md"' in opened["run"]
    assert "secrets." not in str(opened.get("env"))  # this step never holds the key
    assert "git add -- cassettes snapshots" in opened["run"]


def test_the_starter_workflow_shows_what_changed_on_a_pull_request_too():
    starter = yaml.safe_load((REPO / "why_finetune" / "starter" / "behaviour.yml").read_text(encoding="utf-8"))
    step = step_named(starter, "What changed in the models' behaviour")
    assert step["if"] == "github.event_name == 'pull_request' && !cancelled()"
    assert 'python -m why_finetune compare --changed "$BASE_SHA"' in step["run"]
    assert '--markdown "$GITHUB_STEP_SUMMARY"' in step["run"]


def actionlint() -> str | None:
    for candidate in (REPO / ".venv" / "bin" / "actionlint", shutil.which("actionlint")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    return None


@pytest.mark.skipif(actionlint() is None, reason="actionlint is not installed: make setup installs it")
def test_actionlint_finds_nothing():
    run = subprocess.run([actionlint(), *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.skipif(actionlint() is None, reason="actionlint is not installed: make setup installs it")
def test_actionlint_finds_nothing_in_the_workflow_init_writes(tmp_path):
    starter = (REPO / "why_finetune" / "starter" / "behaviour.yml").read_text(encoding="utf-8")
    written = tmp_path / "behaviour.yml"
    written.write_text(starter.replace("{requirement}", "why-finetune==0.1.0"), encoding="utf-8")
    run = subprocess.run([actionlint(), str(written)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
