"""A refresh through the local server, reviewed with `compare --changed`, as a user would do it.

A throwaway project with two local pairs is recorded and committed to git. Then `refresh` runs
again through the real local server: with nothing changed, with a different max_new_tokens for one
pair, and with one that breaks an expectation. `compare --changed` must show exactly the cases git
sees changed, old beside new, in the terminal, the HTML and the Markdown, and gate on expectations.
Every refresh here reaches one shared local server (WHY_FINETUNE_LOCAL_SERVER), as a user keeping
`why_finetune serve` open would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from forked_pytest import run_pytest_forked
from throwaway_project import REPO

from why_finetune.commands.refresh import recording_arguments
from why_finetune.recording.persistence import read_recording, recording_from_text

CHAT = "local/mars/templated/chat"

CATALOGUE = """
expect: {base: [], chat: [], chat_better: false}
queries:
  - id: mars
    text: "What do you think of Mars?"
    expect:
      local:
        templated:
          chat: [answers]
pairs:
  local:
    backend: local
    base: google/gemma-3-270m
    chat: HuggingFaceTB/SmolLM2-135M-Instruct
    template: "<|im_start|>user\\n{query}<|im_end|>\\n<|im_start|>assistant\\n"
    max_new_tokens: 8
  steady:
    backend: local
    base: google/gemma-3-270m
    chat: HuggingFaceTB/SmolLM2-135M-Instruct
    template: "<|im_start|>user\\n{query}<|im_end|>\\n<|im_start|>assistant\\n"
    max_new_tokens: 8
"""


def environment(env=None) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(Path.home()),  # the model cache
            "PYTHONPATH": str(REPO), "GIT_CONFIG_NOSYSTEM": "1", **(env or {})}


def run(project: Path, *command: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), cwd=project, env=environment(env), capture_output=True, text=True, timeout=900)


def git(project: Path, *args: str) -> str:
    result = run(project, "git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def refresh(project: Path, pair: str, env) -> None:
    result = run(project, sys.executable, "-m", "why_finetune", "refresh", "--pair", pair, env=env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def compare_changed(project: Path, *args: str, env=None) -> subprocess.CompletedProcess:
    return run(project, sys.executable, "-m", "why_finetune", "compare", "--changed", "--width", "100", *args, env=env)


def changed_in_git(project: Path) -> list[str]:
    """The case ids whose cassette git sees changed since HEAD."""
    lines = git(project, "status", "--porcelain", "--", "cassettes").splitlines()
    return sorted(line[3:].removeprefix("cassettes/").removesuffix(".yaml") for line in lines)


@pytest.fixture(scope="module")
def committed(tmp_path_factory, reuse_local_server) -> Path:
    """Both pairs recorded through the local server and committed. Recorded by pytest in recording mode, as
    `refresh` runs it, in a process forked from a warm one (forked_pytest.py): the refreshes under review
    below are the command itself."""
    project = tmp_path_factory.mktemp("committed") / "project"
    (project / "tests").mkdir(parents=True)
    shutil.copy(REPO / "tests" / "behaviour" / "test_behaviour.py", project / "tests")
    (project / "pytest.ini").write_text("[pytest]\naddopts = --block-network -p no:cacheprovider\n")
    (project / "catalogue.yaml").write_text(CATALOGUE)
    for pair in ("local", "steady"):
        recorded = run_pytest_forked(["-q", *recording_arguments(pair)], cwd=project, env=environment(reuse_local_server))
        assert recorded.returncode == 0, recorded.stdout[-3000:] + recorded.stderr[-3000:]
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "recorded")
    return project


@pytest.fixture
def project(committed, tmp_path) -> Path:
    return Path(shutil.copytree(committed, tmp_path / "project"))


def set_catalogue(project: Path, old: str, new: str) -> None:
    path = project / "catalogue.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_a_refresh_that_changes_nothing_shows_no_behaviour_changed(project, reuse_local_server):
    refresh(project, "local", reuse_local_server)
    assert changed_in_git(project) == []
    result = compare_changed(project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No behaviour changed since HEAD (")


def test_a_longer_answer_for_one_pair_shows_exactly_its_changed_cases_old_beside_new(project, tmp_path,
                                                                                    reuse_local_server):
    set_catalogue(project, "max_new_tokens: 8", "max_new_tokens: 14")  # the first pair's: local
    refresh(project, "local", reuse_local_server)
    changed = changed_in_git(project)
    assert changed and all(case.startswith("local/") for case in changed)  # steady was not refreshed
    result = compare_changed(project, "--html", str(tmp_path / "c.html"), "--markdown", str(tmp_path / "c.md"))
    assert result.returncode == 0, result.stdout + result.stderr
    shown = sorted(line.split()[1] for line in result.stdout.splitlines()
                   if line.startswith("━━ ") and line.split()[1].count("/") == 3)
    assert shown == changed
    assert "every expectation that held at HEAD still holds" in " ".join(result.stdout.split())
    page, markdown = (tmp_path / "c.html").read_text(), (tmp_path / "c.md").read_text()
    for case in changed:
        then = recording_from_text(git(project, "show", f"HEAD:cassettes/{case}.yaml"), case).output
        now = read_recording(project / "cassettes" / f"{case}.yaml").output
        assert page.count(f'data-case="{case}"') == 2  # at HEAD, and now
        assert f"<code>{case}</code>" in markdown
        if then == now:  # the request changed (max_new_tokens), and the model stopped before either limit
            assert f"━━ {case} (changed): output unchanged; the recorded request changed" in result.stdout
        else:
            assert f"```text\n{then}\n```" in markdown and f"```text\n{now}\n```" in markdown  # old beside new
    assert any(line.startswith("━━ ") and "output changed" in line for line in result.stdout.splitlines())
    assert "steady/" not in page + markdown + result.stdout


def test_a_refresh_that_breaks_an_expectation_exits_1_even_with_the_expectation_relaxed(project, reuse_local_server):
    # What the refresh's own summary advises when a model no longer does what is expected: write what
    # was measured in the catalogue. One token is no answer; the review must still say what broke.
    set_catalogue(project, "max_new_tokens: 8", "max_new_tokens: 1")
    set_catalogue(project, "chat: [answers]", "chat: []")
    refresh(project, "local", reuse_local_server)
    result = compare_changed(project)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"━━ {CHAT} (changed): chat: answers -> no answer" in result.stdout
    assert f"compare: expectation broken: {CHAT}: chat: expected answers: held at HEAD, fails now" in result.stderr
