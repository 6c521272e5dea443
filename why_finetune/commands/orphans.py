"""`python -m why_finetune orphans [--remove]`: recordings and snapshots that no catalogue case owns.

They pile up when a query or pair is renamed or removed (nothing else ever deletes them), and a
stale cassette is worse than none: it looks like evidence. Listing is the default; --remove deletes.

Only a file the plugin could have written can be an orphan: a regular file with its suffix, at a
case's place (`<pair>/<query>/<form>/<role>`, or the LLM judge's beside it). A README, a `.gitkeep`
or anything else a person put in those folders is never touched, and a cassettes or snapshots folder
that is the project itself, or holds it, is refused outright.
"""

from __future__ import annotations

import sys
from pathlib import Path

from why_finetune.catalogue import FORMS, ROLES, load_catalogue
from why_finetune.project import Project, ProjectError, find_project
from why_finetune.recording.writing import OutsideFolderError, check_inside


class OrphansError(ValueError):
    """The orphans cannot be looked for safely; the message says why in one line."""


def find_orphans(catalogue, project: Project) -> list[Path]:
    from why_finetune.judges.llm_judge import CASSETTE_PREFIX

    cases = {case.id for case in catalogue.cases()}
    owned = cases | {f"{CASSETTE_PREFIX}/{case_id}" for case_id in cases}
    found = []
    for setting, base, suffix in (("cassettes", project.cassettes, ".yaml"), ("snapshots", project.snapshots, ".yml")):
        _refuse_a_folder_holding_the_project(setting, base, project.root)
        for path in sorted(base.rglob(f"*{suffix}")) if base.is_dir() else []:
            case_id = path.relative_to(base).as_posix().removesuffix(suffix)
            if _written_by_the_plugin(path, case_id, CASSETTE_PREFIX) and case_id not in owned:
                found.append(path)
    return found


def _refuse_a_folder_holding_the_project(setting: str, folder: Path, root: Path) -> None:
    if root.resolve().is_relative_to(folder.resolve()):
        raise OrphansError(
            f"the {setting} folder {folder} is the project's folder or holds it, so every file of the project "
            f"would look like a recording; set why_finetune_{setting} to a folder of its own"
        )


def _written_by_the_plugin(path: Path, case_id: str, judge_prefix: str) -> bool:
    """Is `path` a regular file at a place where the plugin writes a case's file?"""
    parts = case_id.split("/")
    if parts[0] == judge_prefix:
        parts = parts[1:]
    if path.is_symlink() or not path.is_file() or len(parts) != 4:
        return False
    pair, query, form, role = parts
    return form in FORMS and role in ROLES and not any(part.startswith(".") for part in parts)


def orphans_command(args) -> int:
    from why_finetune.catalogue import CatalogueError

    try:
        project = find_project()
        orphans = find_orphans(load_catalogue(project.catalogue), project)
    except (CatalogueError, OrphansError, ProjectError) as error:
        print(f"orphans: {error}", file=sys.stderr)
        return 2
    if not orphans:
        print("no orphans: every recording and snapshot belongs to a catalogue case")
        return 0
    if not args.remove:
        for path in orphans:
            print(f"orphan: {_shown(path, project.root)}")
        print(f"{len(orphans)} orphans; remove them with: python -m why_finetune orphans --remove")
        return 0
    print(f"removing {len(orphans)} orphans:")
    for path in orphans:
        print(f"  {_shown(path, project.root)}")
    status = 0
    for path in orphans:
        folder = project.cassettes if path.is_relative_to(project.cassettes) else project.snapshots
        try:
            check_inside(path, folder, project.root)
            path.unlink()
        except (OutsideFolderError, OSError) as error:
            print(f"orphans: not removed: {_shown(path, project.root)}: {getattr(error, 'strerror', None) or error}",
                  file=sys.stderr)
            status = 1
            continue
        print(f"removed: {_shown(path, project.root)}")
    return status


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:  # cassettes or snapshots set outside the project's directory
        return str(path)
