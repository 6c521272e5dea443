"""A project's files as they were at a git revision, read with git itself: nothing is checked out.

`compare --changed REF` needs the recordings, snapshots and catalogue of REF beside those on disk.
git answers from its object store (`git ls-tree`, `git cat-file`), so the work tree, the index and
any uncommitted change stay exactly as they were. Which files differ is decided by their blob ids:
a file on disk is hashed as git hashes it, and only the blobs that differ are read.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

GIT_TIMEOUT = 120  # seconds; reading a few thousand small blobs takes well under one


class RevisionError(ValueError):
    """REF cannot be read; the message is one line saying what to do."""


def blob_id(content: bytes) -> str:
    """The id git gives a file with this content (`git hash-object`), without starting git."""
    return hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()


@dataclass
class Revision:
    ref: str  # as the person wrote it: HEAD, main, origin/main, a commit
    commit: str  # the commit it names
    top: Path  # the repository's top folder
    _blobs: dict[Path, str] = field(default_factory=dict)

    @property
    def short(self) -> str:
        return self.commit[:7]

    def files_under(self, *folders: Path) -> dict[Path, str]:
        """Every file under `folders` at this revision, as real path (symlinks resolved) -> blob id."""
        inside = [folder for folder in (_within(self.top, each) for each in folders) if folder is not None]
        if not inside:
            return {}
        listing = self._git("ls-tree", "-r", "-z", "--full-name", self.commit, "--", *inside).stdout
        found: dict[Path, str] = {}
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            info, _, name = entry.partition(b"\t")
            mode, kind, blob = info.split()
            if kind == b"blob" and mode != b"120000":  # a symlink's blob is where it leads, not a file
                found[self.top / os.fsdecode(name)] = blob.decode()
        self._blobs.update(found)
        return found

    def blob_of(self, path: Path) -> str | None:
        """The blob id of one file at this revision (None: not there)."""
        path = Path(os.path.realpath(path))
        if path not in self._blobs:
            relative = _within(self.top, path)
            if relative is None:
                return None
            listing = self._git("ls-tree", "-z", "--full-name", self.commit, "--", relative).stdout
            info, _, _ = listing.partition(b"\t")
            parts = info.split()
            self._blobs[path] = parts[2].decode() if len(parts) == 3 and parts[1] == b"blob" else ""
        return self._blobs[path] or None

    def read(self, blobs: list[str]) -> dict[str, bytes]:
        """The contents of these blobs, read in one `git cat-file --batch`."""
        wanted = list(dict.fromkeys(blobs))
        if not wanted:
            return {}
        out = self._git("cat-file", "--batch", stdin="".join(f"{blob}\n" for blob in wanted).encode()).stdout
        contents: dict[str, bytes] = {}
        position = 0
        for blob in wanted:
            header_end = out.index(b"\n", position)
            header = out[position:header_end].split()
            position = header_end + 1
            if len(header) != 3:  # "<id> missing"
                continue
            size = int(header[2])
            contents[blob] = out[position:position + size]
            position += size + 1
        return contents

    def text(self, path: Path) -> str | None:
        """One file's text at this revision (None: not there, or not UTF-8)."""
        blob = self.blob_of(path)
        if blob is None:
            return None
        try:
            return self.read([blob]).get(blob, b"").decode("utf-8")
        except UnicodeDecodeError:
            return None

    def _git(self, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
        run = _run_git(self.top, *args, stdin=stdin)
        if run.returncode != 0:
            raise RevisionError(f"git {args[0]} failed at {self.ref}: {_first_line(run.stderr)}")
        return run


def open_revision(folder: Path, ref: str) -> Revision:
    """REF of the git repository holding `folder`, or RevisionError saying in one line what to do."""
    if not ref or ref.startswith("-"):  # never an option of git's
        raise RevisionError(f"{ref!r} is not a revision: give a branch, a tag or a commit, such as HEAD or main")
    top = _run_git(folder, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise RevisionError(
            f"{folder} is not in a git repository, so there is no {ref} to compare with: "
            "commit the recordings with git first (git init; git add -A; git commit), or run compare without --changed"
        )
    commit = _run_git(folder, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}")
    if commit.returncode != 0:
        hint = ("this repository has no commit yet: commit the recordings first"
                if ref == "HEAD" else "give a branch, a tag or a commit that exists (git log --oneline shows them)")
        raise RevisionError(f"no revision {ref!r} in the git repository at {os.fsdecode(top.stdout.strip())}: {hint}")
    return Revision(ref, commit.stdout.decode().strip(), Path(os.path.realpath(os.fsdecode(top.stdout.strip()))))


def _run_git(folder: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-c", "core.quotepath=off", *args], cwd=folder, input=stdin,
                              capture_output=True, timeout=GIT_TIMEOUT)
    except FileNotFoundError:
        raise RevisionError("--changed reads the revision with git, which is not installed: install git") from None
    except subprocess.TimeoutExpired:
        raise RevisionError(f"git {args[0]} did not answer in {GIT_TIMEOUT} s") from None


def _within(top: Path, path: Path) -> str | None:
    """`path` relative to the repository's top (symlinks resolved, as git sees it); None if outside it."""
    real = Path(os.path.realpath(path))
    try:
        return real.relative_to(Path(os.path.realpath(top))).as_posix() or "."
    except ValueError:
        return None


def _first_line(stderr: bytes) -> str:
    lines = os.fsdecode(stderr).strip().splitlines()
    return lines[0] if lines else "no message"
