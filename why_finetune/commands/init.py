"""`python -m why_finetune init`: put a behaviour guard into the current project.

It writes a starter catalogue (the course lab's four queries and one example pair), the behaviour
test module, and a GitHub Actions workflow that replays the suite on every push. It writes where
the plugin will look (see why_finetune.project), never over an existing file, and prints what to
do next.
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

from why_finetune.project import Project, ProjectError, find_project
from why_finetune.recording.writing import OutsideFolderError, check_inside, lexically_inside, write_together

# Written when the project has no pytest ini file of its own: it fixes pytest's rootdir here, and
# keeps replayed cases off the network.
PYTEST_INI = "[pytest]\naddopts = --block-network\n"


def starter_files(project: Project, requirement: str) -> dict[Path, str]:
    """Each file the starter writes, by path, with its text."""
    starter = resources.files("why_finetune.starter")
    files = {
        project.catalogue: starter.joinpath("catalogue.yaml").read_text(encoding="utf-8"),
        project.root / "tests" / "test_behaviour.py": starter.joinpath("test_behaviour.py").read_text(encoding="utf-8"),
        project.root / ".github" / "workflows" / "behaviour.yml":
            starter.joinpath("behaviour.yml").read_text(encoding="utf-8").replace("{requirement}", requirement),
    }
    if project.inifile is None:
        files[project.root / "pytest.ini"] = PYTEST_INI
    return files


def installed_requirement() -> str:
    """How the workflow installs why-finetune: this version (edit it to a git URL if it is not on an index)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"why-finetune=={version('why-finetune')}"
    except PackageNotFoundError:
        return "why-finetune"


def init_command(args, stdout=None, stderr=None) -> int:
    stdout, stderr = stdout or sys.stdout, stderr or sys.stderr
    try:
        project = find_project()
    except ProjectError as error:
        print(f"init: {error}", file=stderr)
        return 2
    files = starter_files(project, installed_requirement())
    existing = [path for path in files if path.exists() or path.is_symlink()]  # a dangling symlink too
    if existing:
        for path in existing:
            print(f"init: {_shown(path)} already exists; nothing was written", file=stderr)
        print("init: move those files away (or write the rest by hand) and run init again", file=stderr)
        return 1
    problem = _unwritable(files)
    if problem:
        print(f"init: {problem}; nothing was written", file=stderr)
        return 1
    try:
        for path in files:
            check_inside(path, _folder_for(path, project), project.root)
        write_together(files)  # every file, or none: a failed init can simply be run again
    except OutsideFolderError as error:
        print(f"init: {error}; nothing was written", file=stderr)
        return 1
    except OSError as error:
        where = error.filename or project.root
        print(f"init: cannot write {where}: {error.strerror or type(error).__name__}; nothing was written", file=stderr)
        return 1
    for path in files:
        print(f"wrote {_shown(path)}", file=stdout)
    print(NEXT_STEPS.format(catalogue=_shown(project.catalogue)), file=stdout)
    return 0


def _folder_for(path: Path, project: Project) -> Path:
    """The folder a starter file must stay in: the project's, or, for a catalogue the settings put
    elsewhere, that catalogue's own folder."""
    return project.root if lexically_inside(path, project.root) else path.parent


def _unwritable(files) -> str | None:
    """Why some file cannot be written, found before any is: a file where a folder must go, or a
    folder this user cannot write in."""
    for path in files:
        folder = path.parent
        while not folder.exists():
            folder = folder.parent
        if not folder.is_dir():
            return f"{_shown(folder)} is a file, but {_shown(path)} must go inside it as a folder"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"cannot write in {_shown(folder)} (permission denied)"
    return None


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


NEXT_STEPS = """
Next:
  1. In {catalogue}, put your base model and its fine-tune in the pair (and your own queries);
     for models behind vLLM, llama-server, Ollama or OpenAI, see the commented `my-server` pair there.
  2. pytest                                        the cases skip until recorded; each names its command
  3. LAMINI_API_KEY=... python -m why_finetune refresh --pair example
                                                   records every case and writes its snapshot
  4. python -m why_finetune compare                base vs chat, side by side, from the recordings
  5. Commit the catalogue, cassettes/, snapshots/, tests/ and .github/: CI then replays on every push."""
