"""What a pytest run of the behaviour suite shows at its end, and the HTML report it can write.

The plugin collects one CaseResult per case (`result_for` builds it, reading the stored snapshot
before the run may rewrite it), then calls `summary_lines` for the terminal summary and, with
--finetune-html PATH, `write_html_report`.
"""

from __future__ import annotations

from pathlib import Path

from why_finetune.recording import snapshots
from why_finetune.report.cells import output_cell
from why_finetune.report.model import CaseResult, Cell, Report, add_expectations, empty_cell, group_rows, pair_info
from why_finetune.report.summary import case_lines

__all__ = ["CaseResult", "not_run_result", "result_for", "summary_lines", "write_html_report", "report_from_results"]


def result_for(case, output: str, provenance: dict, snapshot_path: Path, verdict=None,
               regenerating: bool = False, cassette_path: Path | None = None) -> CaseResult:
    """A case's result, with its snapshot status read from `snapshot_path` as it is *now*.

    Call it before the snapshot check, which may rewrite the file. With `regenerating`
    (--force-regen / --regen-all) an absent snapshot is about to be created: "new", not "missing".
    With `cassette_path` (the recording replayed), the recording's date joins the provenance.
    """
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
    return CaseResult(case, output, provenance, verdict, status, stored, note)


def not_run_result(case, note: str) -> CaseResult:
    """A case that produced no output (skipped, or failed before its model answered), and why.

    pytest's "Skipped: " and a leading "<case id>: " are dropped: the summary line already names the case.
    """
    note = str(note).replace("Skipped: ", "", 1).replace(f"{case.id}: ", "", 1)
    return CaseResult(case, None, {}, note=note)


def cell_for(result: CaseResult, catalogue=None) -> Cell:
    """The result as a report cell; with the catalogue, marked with what it expects of the case."""
    if result.output is None:
        cell = empty_cell(result.case, result.note or "no output")
    else:
        cell = output_cell(result.case, result.output, result.provenance, verdict=result.verdict,
                           snapshot=(result.snapshot_status, result.snapshot_output), note=result.note)
    if catalogue is not None:
        from why_finetune.catalogue.expectations import role_expectations

        cell.expected = role_expectations(catalogue, result.case)
    return cell


def report_from_results(results: list[CaseResult], catalogue=None,
                        title: str = "Base vs chat: this test run") -> Report:
    cases = [r.case for r in results]
    rows = group_rows([cell_for(r) for r in results], cases)
    return Report(
        title=title,
        source="outputs of a pytest run of the behaviour suite (replayed from cassettes unless recording)",
        rows=add_expectations(rows, catalogue) if catalogue is not None else rows,
        pairs={case.pair.id: pair_info(case.pair) for case in cases},
    )


def summary_lines(results: list[CaseResult], catalogue=None, width: int = 80) -> list[str]:
    """One line per case that ran: pair, query, form, role, verdicts and snapshot status; then totals.
    With the catalogue, a case whose output misses what it expects gets a line saying what."""
    return case_lines([cell_for(result, catalogue) for result in results], width)


def write_html_report(path, results: list[CaseResult], catalogue=None) -> Path:
    """Write the run's results as one self-contained HTML file; returns its path."""
    from why_finetune.report.html import write_report

    return write_report(Path(path), report_from_results(results, catalogue))
