"""`python -m why_finetune orphans [--remove]`: recordings and snapshots that no catalogue case owns.

They pile up when a query or pair is renamed or removed (nothing else ever deletes them), and a
stale cassette is worse than none: it looks like evidence. Listing is the default; --remove deletes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from why_finetune.catalogue import load_catalogue
from why_finetune.project import Project, ProjectError, find_project


def find_orphans(catalogue, project: Project) -> list[Path]:
    from why_finetune.llm_judge import CASSETTE_PREFIX

    cases = {case.id for case in catalogue.cases()}
    owned = cases | {f"{CASSETTE_PREFIX}/{case_id}" for case_id in cases}
    found = []
    for base, suffix in ((project.cassettes, ".yaml"), (project.snapshots, ".yml")):
        for path in sorted(base.rglob("*")) if base.is_dir() else []:
            if path.is_file() and path.relative_to(base).as_posix().removesuffix(suffix) not in owned:
                found.append(path)
    return found


def orphans_command(args) -> int:
    from why_finetune.catalogue import CatalogueError

    try:
        project = find_project()
        orphans = find_orphans(load_catalogue(project.catalogue), project)
    except (CatalogueError, ProjectError) as error:
        print(f"orphans: {error}", file=sys.stderr)
        return 2
    for path in orphans:
        if args.remove:
            path.unlink()
        print(f"{'removed' if args.remove else 'orphan'}: {_shown(path, project.root)}")
    if not orphans:
        print("no orphans: every recording and snapshot belongs to a catalogue case")
    return 0


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:  # cassettes or snapshots set outside the project's directory
        return str(path)
