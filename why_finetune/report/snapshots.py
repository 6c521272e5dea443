"""How an output stands against its stored regression snapshot, snapshots/<case id>.yml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from why_finetune.recording.serializer import load_yaml

SUFFIX = ".yml"


def snapshot_path(root: Path, case_id: str) -> Path:
    return Path(root) / f"{case_id}{SUFFIX}"


def stored_snapshot(path: Path) -> tuple[dict | None, str | None]:
    """(the snapshot's data, None), or (None, why there is none). The data is shared: don't change it."""
    if not path.is_file():
        return None, f"no snapshot at {path}"
    try:
        data = _parsed(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        return None, f"{path}: not a readable snapshot ({first_line})"
    if not isinstance(data, dict) or not isinstance(data.get("output"), str):
        return None, f"{path}: not a snapshot (it has no 'output' text)"
    return data, None


def stored_output(path: Path) -> tuple[str | None, str | None]:
    """(the snapshot's output, None), or (None, why there is none)."""
    data, problem = stored_snapshot(path)
    return (None, problem) if data is None else (data["output"], None)


# A replayed case reads its snapshot twice (its summary status, then the snapshot check). The file is
# read each time, but the same text is parsed once: keyed by the text, the cache never answers for a
# file that has changed.
@lru_cache(maxsize=4096)
def _parsed(text: str):
    return load_yaml(text)  # libyaml: read for every case of every run


def status(output: str, path: Path) -> tuple[str, str | None, str | None]:
    """(status, the snapshot's output, problem) for `output` against the snapshot at `path`.

    "missing": no file; "unreadable": a file that is not a snapshot, with the problem saying so.
    """
    if not path.is_file():
        return "missing", None, None
    stored, problem = stored_output(path)
    if stored is None:
        return "unreadable", None, problem
    return ("unchanged" if stored == output else "changed"), stored, None
