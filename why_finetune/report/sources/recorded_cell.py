"""One case's cell from its recording on disk, or a cell saying why there is none."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from why_finetune.catalogue import Case
from why_finetune.clients import missing_key
from why_finetune.recording.hints import refresh_hint
from why_finetune.recording.persistence import CassetteError, CassetteStore, read_recording
from why_finetune.report.cells import output_cell
from why_finetune.report.model import Cell, empty_cell


def not_recorded(case: Case) -> str:
    if case.pair.backend == "hosted":
        return f"not recorded — {missing_key(case.pair, case.role)} and run {refresh_hint(case.pair.id)}"
    return f"not recorded — run {refresh_hint(case.pair.id)} (the local server starts itself)"


def recorded_cell(case: Case, cassettes: Path, snapshots: Path) -> Cell:
    path = CassetteStore(Path(cassettes)).path_for(case.id)
    if not path.is_file():
        if not path.exists():
            return empty_cell(case, not_recorded(case))
        # A folder or a FIFO where the cassette goes is no recording, and reading a FIFO would hang.
        kind = "folder" if path.is_dir() else "FIFO" if path.is_fifo() else "special file"
        problem = (f"{path}: a {kind}, not a cassette file. Move it away, then record the case again with: "
                   f"{refresh_hint(case.pair.id, case.id)}")
        return replace(empty_cell(case, problem), problem=problem)
    try:
        recording = read_recording(path)
    except CassetteError as error:
        problem = f"{error}. Restore it from git, or record it again with: {refresh_hint(case.pair.id, case.id)}"
        return replace(empty_cell(case, problem), problem=problem)
    stale = []
    if recording.prompt != case.prompt:
        stale.append("the prompt")
    if recording.model != case.model:
        stale.append(f"the model ({recording.model})")
    note = None
    if stale:
        note = (
            f"recorded with {' and '.join(stale)} the catalogue no longer sends; "
            f"record it again: {refresh_hint(case.pair.id, case.id)}"
        )
    return output_cell(case, recording.output, recording.provenance, prompt=recording.prompt,
                       snapshot_root=snapshots, note=note)
