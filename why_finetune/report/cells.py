"""One case's output made into a cell: judged, checked against its snapshot, with its provenance."""

from __future__ import annotations

from pathlib import Path

from why_finetune.catalogue import Case
from why_finetune.judges.verdict import Verdict
from why_finetune.recording import snapshots
from why_finetune.recording.hints import regenerate_snapshot_hint
from why_finetune.report.model import Cell


def output_cell(
    case: Case,
    output: str,
    provenance: dict,
    *,
    prompt: str | None = None,
    snapshot_root: Path | None = None,
    snapshot: tuple[str, str | None] | None = None,
    verdict: Verdict | None = None,
    note: str | None = None,
) -> Cell:
    """A cell for `case` showing `output`.

    The snapshot status comes from `snapshot` ((status, stored output)) if given, else from the
    file under `snapshot_root`; the verdict is `verdict` if given (the one the test asserted on),
    else the case's verdict with its catalogue thresholds (why_finetune.catalogue.case_verdict).
    """
    prompt = case.prompt if prompt is None else prompt
    judge_note = None
    if verdict is None:
        verdict, judge_note = case_verdict_or_note(case, output, prompt)
    status, stored = snapshot if snapshot else (None, None)
    if snapshot is None and snapshot_root is not None:
        status, stored, problem = snapshots.status(output, snapshots.snapshot_path(snapshot_root, case.id))
        if problem:
            problem = f"{problem}. Write it again from the recording with: {regenerate_snapshot_hint(case.id)}"
            note = "; ".join(filter(None, [note, problem]))
    else:
        problem = None
    return Cell(
        case_id=case.id,
        role=case.role,
        model=case.model,
        prompt=prompt,
        output=output,
        note=note,
        verdict=verdict,
        judge_note=judge_note,
        snapshot_status=status,
        snapshot_output=stored,
        provenance=dict(provenance or {}),
        problem=problem,
    )


def case_verdict_or_note(case: Case, output: str, prompt: str | None = None) -> tuple[Verdict | None, str | None]:
    """(verdict, None), or (None, why not): one bad output must not hide every other cell."""
    try:
        from why_finetune.catalogue.case_verdict import case_verdict

        return case_verdict(case, output, prompt), None
    except Exception as error:
        return None, f"not judged: the judge failed ({type(error).__name__}: {error})"
