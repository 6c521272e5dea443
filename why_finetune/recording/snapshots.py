"""A case's regression snapshot, `<snapshots>/<case id>.yml`: its path, reading, staging and writing.

A snapshot holds what a case asked of which model, what the model answered and where the answer
came from, in the same readable YAML as the cassettes, so a changed output shows as a line diff.
The plugin checks it (why_finetune.plugin.snapshots); the reports read its status from here.
While recording, a snapshot is staged and written only together with its case's new cassette.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from why_finetune.recording.scrubbing import refuse_secrets
from why_finetune.recording.serializer import dump_readable, load_yaml

SUFFIX = ".yml"


def snapshot_path(root: Path, case_id: str) -> Path:
    return Path(root) / f"{case_id}{SUFFIX}"


def snapshot_data(case, output: str, provenance: dict) -> dict:
    """What a case's snapshot holds. The case and model are named once, at the top."""
    return {
        "case": case.id,
        "model": case.model,
        "prompt": case.prompt,
        "output": output,
        # The recording's date is its cassette's: a snapshot holds what was answered, not when.
        "provenance": {k: v for k, v in provenance.items() if k not in ("case", "model", "recorded")},
    }


def snapshot_text(data: dict) -> str:
    return dump_readable(data)


def stored_snapshot(path: Path) -> tuple[dict | None, str | None]:
    """(the snapshot's data, None), or (None, why there is none). The data is shared: don't change it."""
    if not path.is_file():
        if not path.exists():
            return None, f"no snapshot at {path}"
        # A folder or a FIFO where the snapshot goes is not a missing snapshot, and reading a FIFO would hang.
        kind = "folder" if path.is_dir() else "FIFO" if path.is_fifo() else "special file"
        return None, f"{path}: a {kind} where a snapshot file should be; move it away"
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

    "missing": nothing there; "unreadable": a file that is not a snapshot, or a folder or FIFO where
    one should be, with the problem saying so.
    """
    if not path.exists():
        return "missing", None, None
    stored, problem = stored_output(path)
    if stored is None:
        return "unreadable", None, problem
    return ("unchanged" if stored == output else "changed"), stored, None


class StagedSnapshots:
    """Snapshots waiting for their case's recording to be kept: written with it, or not at all."""

    def __init__(self, secrets: set[str]):
        self._secrets = secrets  # the values never to write, shared with the cassette store
        self._staged: dict[str, tuple[Path, str]] = {}  # case id -> (path, text)

    def stage(self, case_id: str, path: Path, text: str) -> None:
        refuse_secrets(text, self._secrets, str(path))
        self._staged[case_id] = (Path(path), text)

    def take(self, case_id: str) -> tuple[Path, str] | None:
        return self._staged.pop(case_id, None)
