"""What a pytest run of the behaviour suite shows at its end, and the HTML report it can write.

The plugin collects one CaseResult per case (`result_for` builds it, reading the stored snapshot
before the run may rewrite it), then calls `summary_lines` for the terminal summary and, with
--html-report PATH, `write_html_report`.
"""

from __future__ import annotations

from pathlib import Path

from why_finetune.report import snapshots
from why_finetune.report.cells import output_cell
from why_finetune.report.model import CaseResult, Cell, Report, empty_cell, group_rows, pair_info
from why_finetune.report.terminal import SNAPSHOT_WORDS
from why_finetune.report.textwrap_styled import truncate

__all__ = ["CaseResult", "result_for", "summary_lines", "write_html_report", "report_from_results"]


def result_for(case, output: str, provenance: dict, snapshot_path: Path, verdict=None,
               regenerating: bool = False) -> CaseResult:
    """A case's result, with its snapshot status read from `snapshot_path` as it is *now*.

    Call it before data_regression.check, which may rewrite the file. With `regenerating`
    (--force-regen / --regen-all) an absent snapshot is about to be created: "new", not "missing".
    """
    status, stored, _problem = snapshots.status(output, Path(snapshot_path))
    if status == "missing" and regenerating:
        status = "new"
    return CaseResult(case, output, provenance, verdict, status, stored)


def cell_for(result: CaseResult) -> Cell:
    if result.output is None:
        return empty_cell(result.case, result.note or "no output")
    return output_cell(result.case, result.output, result.provenance, verdict=result.verdict,
                       snapshot=(result.snapshot_status, result.snapshot_output), note=result.note)


def report_from_results(results: list[CaseResult], title: str = "Base vs chat: this test run") -> Report:
    cases = [r.case for r in results]
    cells = [cell_for(r) for r in results]
    return Report(
        title=title,
        source="outputs of a pytest run of the behaviour suite (replayed from cassettes unless recording)",
        rows=group_rows(cells, cases),
        pairs={case.pair.id: pair_info(case.pair) for case in cases},
    )


def summary_lines(results: list[CaseResult], width: int = 80) -> list[str]:
    """One line per case that ran: pair, query, form, role, verdicts and snapshot status; then totals."""
    return _lines([cell_for(result) for result in results], width)


def summary_lines_for_report(report: Report, width: int = 80) -> list[str]:
    return _lines([cell for rows in report.by_pair().values() for row in rows for cell in row.cells], width)


def _lines(cells: list[Cell], width: int) -> list[str]:
    if not cells:
        return ["no behaviour case ran"]
    parts = [(*(cell.case_id.split("/") + ["", "", ""])[:3], cell.role) for cell in cells]
    widths = [max(len(p[i]) for p in parts) for i in range(4)]
    lines = []
    for part, cell in zip(parts, cells):
        head = "  ".join(f"{text:<{w}}" for text, w in zip(part, widths)) + "  "
        if cell.output is None:
            tail = cell.note or "no output"
            if tail.startswith("not recorded"):
                tail = "not recorded"
        else:
            verdicts = "not judged"
            if cell.judgement:
                verdicts = ", ".join([
                    "answers" if cell.judgement.answers else "no answer",
                    "drifts" if cell.judgement.drifts else "no drift",
                ])
            tail = f"{verdicts:<19}"
            if cell.snapshot_status:
                tail += "  " + SNAPSHOT_WORDS[cell.snapshot_status]
        lines.append(truncate((head + tail).rstrip(), width, "..."))
    with_output = [cell for cell in cells if cell.output is not None]
    judged = [cell.judgement for cell in with_output if cell.judgement]
    changed = sum(1 for cell in with_output if cell.snapshot_status == "changed")
    total = f"{len(cells)} cases: {sum(j.answers for j in judged)} answer, {sum(j.drifts for j in judged)} drift"
    if changed:
        total += f", {changed} snapshot(s) changed"
    if len(with_output) < len(cells):
        total += f", {len(cells) - len(with_output)} without an output"
    if len(judged) < len(with_output):
        total += f", {len(with_output) - len(judged)} not judged"
    lines.append(total)
    return lines


def write_html_report(path, results: list[CaseResult]) -> Path:
    """Write the run's results as one self-contained HTML file; returns its path."""
    from why_finetune.report.html import write_report

    return write_report(Path(path), report_from_results(results))
