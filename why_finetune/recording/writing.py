"""How the project's files reach the disk: atomically, a case's files together, never outside their folder.

Recordings are the project's evidence, so a write may fail but must never half-happen:
- each file is written to a temporary file beside it, then renamed over the old one, so a reader
  (or a killed run) sees the old file or the new one, never half of one;
- a case's cassette and snapshot are replaced together or not at all (`write_together`): every new
  text is on disk before the first rename, and a rename that fails puts back the ones before it;
- a write lands only inside the folder it belongs to (`check_inside`), with every symlink on the way
  followed: a symlink committed in a pull request cannot lead a refresh, `--force-regen` or `init`
  to a file elsewhere.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutsideFolderError(ValueError):
    """A write would land outside its folder; the message is one line naming both."""


def check_inside(path: Path, folder: Path, project_root: Path) -> None:
    """Refuse to write `path` unless, with every symlink followed, it lands inside `folder`.

    `folder` is one of the project's folders (cassettes, snapshots, the project itself). When the
    project's settings put it inside the project, it must also resolve inside the project: a
    `snapshots` that is a symlink to elsewhere is refused. A folder that the settings place outside
    the project (`why_finetune_cassettes = "/data/recordings"`) is the user's own choice and is its
    own boundary."""
    path, folder, project_root = Path(path).absolute(), Path(folder).absolute(), Path(project_root).absolute()
    boundary = folder.resolve()
    if lexically_inside(folder, project_root) and not boundary.is_relative_to(project_root.resolve()):
        raise OutsideFolderError(
            f"refusing to write in {folder}: it is a symlink to {boundary}, outside the project {project_root}; "
            "make it a real folder"
        )
    target = path.resolve()  # follows every symlink on the way, a dangling last one too
    if not target.is_relative_to(boundary):
        raise OutsideFolderError(
            f"refusing to write {path}: a symlink on the way leads to {target}, outside {folder}; "
            "replace the symlink with a real file or folder"
        )


def lexically_inside(path: Path, folder: Path) -> bool:
    """Is `path` inside `folder` as written, symlinks not followed ("a/../b" counts as "b")?"""
    return Path(os.path.normpath(path)).is_relative_to(os.path.normpath(folder))


def write_atomically(path: Path, text: str) -> None:
    """Replace `path` with `text` through a rename, so a reader never sees half a file. A file that
    already holds exactly `text` is left alone."""
    write_together({Path(path): text})


def write_together(files: dict[Path, str]) -> None:
    """Replace every file with its text, or none of them.

    The new texts are all written and flushed before the first rename, so a full disk or a read-only
    folder fails before any file changed. Should a rename fail after others succeeded, those are put
    back from hard links to the old files (a link needs no room for data). A symlink in place of a file
    is replaced by the file, never written through."""
    prepared: list[tuple[Path, str]] = []  # (target, its temporary file)
    new_folders = _missing_folders(Path(path) for path in files)
    try:
        for path, text in files.items():
            path = Path(path)
            if _holds(path, text):
                continue
            try:
                prepared.append((path, _write_temporary(path, text)))
            except OSError as error:
                error.filename = error.filename or str(path)  # which file failed (fsync's error names none)
                raise
    except BaseException:
        for _, temporary in prepared:
            Path(temporary).unlink(missing_ok=True)
        _remove_empty(new_folders)
        raise
    replaced: list[tuple[Path, bool, str | None]] = []  # (target, whether it existed, a link to its old file)
    links: list[str] = []
    try:
        for path, temporary in prepared:
            existed = path.exists() or path.is_symlink()
            old = _link_to_old(path) if existed else None
            if old is not None:
                links.append(old)
            os.replace(temporary, path)
            replaced.append((path, existed, old))
    except BaseException:
        for path, existed, old in reversed(replaced):
            _put_back(path, existed, old)
        for _, temporary in prepared:
            Path(temporary).unlink(missing_ok=True)
        _remove_empty(new_folders)
        raise
    finally:
        for old in links:
            Path(old).unlink(missing_ok=True)


def _missing_folders(paths) -> list[Path]:
    """The folders that writing `paths` would create, deepest first."""
    missing: set[Path] = set()
    for path in paths:
        for folder in path.absolute().parents:
            if folder.exists() or folder.is_symlink():
                break
            missing.add(folder)
    return sorted(missing, key=lambda folder: len(folder.parts), reverse=True)


def _remove_empty(folders: list[Path]) -> None:
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            pass  # not empty (something else wrote there meanwhile), or already gone


def _holds(path: Path, text: str) -> bool:
    try:
        return not path.is_symlink() and path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _write_temporary(path: Path, text: str) -> str:
    """`text` in a hidden temporary file beside `path` (same file system: the rename is atomic), with
    the old file's mode or the mode any new file would get (mkstemp alone would leave it 0600)."""
    try:
        mode = path.stat().st_mode & 0o777 if not path.is_symlink() else _new_file_mode()
    except OSError:
        mode = _new_file_mode()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temporary, mode)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _link_to_old(path: Path) -> str | None:
    """A hard link to the file (or the symlink itself) about to be replaced, to put it back with; None if
    it cannot be had."""
    if not (path.is_symlink() or path.is_file()):
        return None
    old = f"{path.parent}/.{path.name}.{os.getpid()}.old"
    Path(old).unlink(missing_ok=True)
    try:
        os.link(path, old, follow_symlinks=False)  # a symlink is kept as a link, not as its target
    except OSError:  # a file system without hard links: this file cannot be put back, the others still can
        return None
    return old


def _put_back(path: Path, existed: bool, old: str | None) -> None:
    """Undo one rename: the old file again, or no file where there was none."""
    try:
        if old is not None:
            os.replace(old, path)
        elif not existed:
            path.unlink(missing_ok=True)
    except OSError:
        pass  # nothing more can be done here; the caller's error says what failed


def _new_file_mode() -> int:
    umask = os.umask(0)  # the only portable way to read it is to set it, then put it back
    os.umask(umask)
    return 0o666 & ~umask
