"""One case's result, from its test to every report: what was sent, the output, where it came from, its
verdict (computed once, with the catalogue's thresholds) and its snapshot's status.

The plugin builds it when the case's model answers (`result_for`), the `verdict` fixture adds the
verdict, and it travels between pytest-xdist workers as plain data (`to_dict` / `from_dict`). The
terminal summary, the HTML report and `compare` render it; none of them judges again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from why_finetune.catalogue import Case

if TYPE_CHECKING:  # the judges load only when a case is judged
    from why_finetune.judges.verdict import Verdict

SNAPSHOT_STATUSES = ("unchanged", "changed", "new", "missing", "unreadable")


@dataclass
class CaseResult:
    case: Case
    output: str | None  # None: the case produced no output (skipped, or failed before its model answered)
    provenance: dict
    verdict: Verdict | None = None  # the verdict the test asserted on; None: not judged in this run
    snapshot_status: str = "missing"  # one of SNAPSHOT_STATUSES, read before the run may rewrite the snapshot
    snapshot_output: str | None = None  # the stored snapshot's output before this run
    note: str | None = None  # why there is no output, or what is wrong with its snapshot

    def to_dict(self) -> dict:
        """As plain data: xdist sends reports between processes as such."""
        return {
            "case": self.case.id, "output": self.output, "provenance": self.provenance,
            "verdict": None if self.verdict is None else self.verdict.to_dict(),
            "snapshot_status": self.snapshot_status, "snapshot_output": self.snapshot_output, "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict, catalogue) -> CaseResult:
        from why_finetune.judges.verdict import Verdict

        fields = dict(data)
        verdict = fields.pop("verdict", None)
        return cls(catalogue.case(fields.pop("case")), verdict=None if verdict is None else Verdict.from_dict(verdict),
                   **fields)


def result_for(case: Case, output: str, provenance: dict, snapshot_path: Path, regenerating: bool = False,
               cassette_path: Path | None = None) -> CaseResult:
    """A case's result, with its snapshot status read from `snapshot_path` as it is *now*.

    Call it before the snapshot check, which may rewrite the file. With `regenerating`
    (--force-regen / --regen-all) an absent snapshot is about to be created: "new", not "missing".
    With `cassette_path` (the recording replayed), the recording's date joins the provenance.
    """
    from why_finetune.recording import snapshots

    status, stored, problem = snapshots.status(output, Path(snapshot_path))
    if status == "missing" and regenerating:
        status = "new"
    note = None
    if problem and not (regenerating and Path(snapshot_path).is_file()):  # a file is about to be written over
        from why_finetune.recording.hints import regenerate_snapshot_hint

        note = f"{problem}. Write it again from the recording with: {regenerate_snapshot_hint(case.id)}"
    provenance = dict(provenance or {})
    if cassette_path is not None and "recorded" not in provenance:
        from why_finetune.recording.persistence import CassetteError, read_provenance

        try:
            recorded = read_provenance(Path(cassette_path)).get("recorded")
        except (CassetteError, OSError):
            recorded = None
        if recorded:
            provenance["recorded"] = recorded
    return CaseResult(case, output, provenance, None, status, stored, note)


def not_run_result(case: Case, note: str) -> CaseResult:
    """A case that produced no output (skipped, or failed before its model answered), and why.

    pytest's "Skipped: " and a leading "<case id>: " are dropped: the summary line already names the case.
    """
    note = str(note).replace("Skipped: ", "", 1).replace(f"{case.id}: ", "", 1)
    return CaseResult(case, None, {}, note=note)
