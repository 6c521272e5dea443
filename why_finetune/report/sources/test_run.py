"""What a pytest run of the behaviour suite shows at its end, and the HTML report it can write.

The plugin collects one CaseResult per case (why_finetune.catalogue.result), then calls `summary_lines`
for the terminal summary and, with --finetune-html PATH, `write_html_report`. A result's verdict is
rendered as it is; only a result built without one (not from a test run) is judged here.
"""

from __future__ import annotations

from pathlib import Path

from why_finetune.catalogue.result import CaseResult
from why_finetune.report.cells import output_cell
from why_finetune.report.model import Cell, Report, add_expectations, empty_cell, group_rows, pair_info
from why_finetune.report.views.summary import case_lines

__all__ = ["summary_lines", "write_html_report", "report_from_results"]


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
    from why_finetune.report.views.html import write_report

    return write_report(Path(path), report_from_results(results, catalogue))
