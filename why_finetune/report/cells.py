"""One case's output made into a cell: judged, checked against its snapshot, with its provenance."""

from __future__ import annotations

from pathlib import Path

from why_finetune.catalogue import Case
from why_finetune import snapshots
from why_finetune.report.judging import from_verdict, judge_output
from why_finetune.report.model import Cell


def output_cell(
    case: Case,
    output: str,
    provenance: dict,
    *,
    prompt: str | None = None,
    snapshot_root: Path | None = None,
    snapshot: tuple[str, str | None] | None = None,
    verdict=None,
    note: str | None = None,
) -> Cell:
    """A cell for `case` showing `output`.

    The snapshot status comes from `snapshot` ((status, stored output)) if given, else from the
    file under `snapshot_root`; the judgement from `verdict` (a judges.Verdict or a Judgement) if
    given, else from the judges with the case's thresholds.
    """
    prompt = case.prompt if prompt is None else prompt
    if verdict is not None:
        judgement, judge_note = from_verdict(verdict), None
    else:
        judgement, judge_note = judge_output(prompt, output, case)
    status, stored = snapshot if snapshot else (None, None)
    if snapshot is None and snapshot_root is not None:
        status, stored, problem = snapshots.status(output, snapshots.snapshot_path(snapshot_root, case.id))
        if problem:
            note = "; ".join(filter(None, [note, problem]))
    return Cell(
        case_id=case.id,
        role=case.role,
        model=case.model,
        prompt=prompt,
        output=output,
        note=note,
        judgement=judgement,
        judge_note=judge_note,
        snapshot_status=status,
        snapshot_output=stored,
        provenance=dict(provenance or {}),
    )
