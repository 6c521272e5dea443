"""A tiny project (one query, 8-token answers) in a temporary directory, and pytest run on it.

Recording tests run pytest in a subprocess on such a project, exactly as a user's refresh and
replay would run, so that nothing they record or break touches the repository's own files. Like a
user's project it has no conftest.py: the installed package's plugin finds catalogue.yaml,
cassettes/ and snapshots/ beside its pytest.ini.
"""

import os
import shutil
from pathlib import Path

from forked_pytest import run_pytest_forked

REPO = Path(__file__).resolve().parents[2]

CATALOGUE = """
queries:
  - id: mars
    text: "What do you think of Mars?"
pairs:
  local:
    backend: local
    base: google/gemma-3-270m
    chat: HuggingFaceTB/SmolLM2-135M-Instruct
    template: "<|im_start|>user\\n{query}<|im_end|>\\n<|im_start|>assistant\\n"
    max_new_tokens: 8
  keyed:
    backend: hosted
    base: google/gemma-3-270m
    chat: HuggingFaceTB/SmolLM2-135M-Instruct
    template: "<|im_start|>user\\n{query}<|im_end|>\\n<|im_start|>assistant\\n"
    max_new_tokens: 8
llm_judge:
  pair: local
  max_new_tokens: 4
"""


def make_project(tmp_path: Path) -> Path:
    (tmp_path / "tests" / "behaviour").mkdir(parents=True)
    shutil.copy(REPO / "tests" / "behaviour" / "test_behaviour.py", tmp_path / "tests" / "behaviour")
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = --block-network -p no:cacheprovider\n")
    (tmp_path / "catalogue.yaml").write_text(CATALOGUE)
    (tmp_path / "home").mkdir()
    return tmp_path


def run_pytest(project, *args, env=None, home=None):
    """Run pytest on the project. Keys come only from `env` or `home`: the caller's own LAMINI_* and
    POWERML__* variables are not passed on. HOME stays the real one unless given, because the
    local server caches the base model's assembled weights under ~/.cache."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home or Path.home()),
        "PYTHONPATH": str(REPO),  # this checkout's package, whichever the environment has installed
        **(env or {}),
    }
    # In a process of its own, forked from one that has imported pytest and lamini already (forked_pytest.py).
    return run_pytest_forked(["tests/behaviour", "-q", *args], cwd=project, env=environment, timeout=600)


def files_under(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def recorded_project(directory: Path, *pytest_args, env=None) -> Path:
    """A new project in `directory`, recorded once with the given pytest options (which must pass)."""
    project = make_project(directory)
    run = run_pytest(project, *pytest_args, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    return project


def copy_project(project: Path, directory: Path) -> Path:
    """A copy to break as a test likes, so that one recording serves a whole module."""
    return Path(shutil.copytree(project, directory / "project"))
