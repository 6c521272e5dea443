"""One line per case: pair, query, form, role, verdicts and snapshot status, then the totals.

What the pytest run ends with, what `compare --html` prints, and the "at a glance" end of the
terminal view: the last lines a person sees after the comparison scrolls by.
"""

from __future__ import annotations

from why_finetune.report.model import Cell, Report
from why_finetune.report.views.textwrap_styled import safe, truncate

SNAPSHOT_WORDS = {"unchanged": "snapshot unchanged", "changed": "snapshot CHANGED", "new": "snapshot new",
                  "missing": "no snapshot", "unreadable": "snapshot UNREADABLE"}
# In the one-line-per-case table, under its "snapshot" heading: short enough that the longest pair,
# query and form names still leave the status inside 80 columns.
SNAPSHOT_COLUMN = {"unchanged": "unchanged", "changed": "CHANGED", "new": "new", "missing": "none",
                   "unreadable": "UNREADABLE"}
HEADINGS = ("pair", "query", "form", "role")


def report_lines(report: Report, width: int = 80) -> list[str]:
    """One line per cell of a report; a pair with no output at all gets one line for all its cases."""
    cells, collapsed = [], []
    for pair, rows in report.by_pair().items():
        note = report.shared_note(rows)
        if note:
            count = sum(len(row.cells) for row in rows)
            collapsed.append(truncate(f"{pair}: {count} cases, {_short(note)}", width, "..."))
        else:
            cells += [cell for row in rows for cell in row.cells]
    return (case_lines(cells, width) if cells else []) + collapsed


def _short(note: str) -> str:
    """A note in few words; it may quote a server's error text, shown neutralised."""
    return "not recorded" if note.startswith("not recorded") else safe(note).replace("\n", " ")


def case_lines(cells: list[Cell], width: int) -> list[str]:
    if not cells:
        return ["no behaviour case ran"]
    parts = [(*(cell.case_id.split("/") + ["", "", ""])[:3], cell.role) for cell in cells]
    widths = [max(len(p[i]) for p in [*parts, HEADINGS]) for i in range(4)]
    heading = "  ".join(f"{text:<{w}}" for text, w in zip(HEADINGS, widths)) + "  " + f"{'verdicts':<19}  snapshot"
    lines = [truncate(heading, width, "...")]
    for part, cell in zip(parts, cells):
        head = "  ".join(f"{text:<{w}}" for text, w in zip(part, widths)) + "  "
        if cell.output is None:
            tail = _short(cell.note or "no output")
        else:
            verdicts = "not judged"
            if cell.verdict:
                verdicts = ", ".join([
                    "answers" if cell.verdict.answers else "no answer",
                    "drifts" if cell.verdict.drifts else "no drift",
                ])
            tail = f"{verdicts:<19}"
            if cell.snapshot_status:
                tail += "  " + SNAPSHOT_COLUMN[cell.snapshot_status]
            elif cell.provenance.get("published"):
                tail += "  printed in 2023"

        lines.append(truncate((head + tail).rstrip(), width, "..."))
        if cell.output is not None and cell.verdict and cell.expected:
            from why_finetune.catalogue.expectations import unmet

            missed = unmet(cell.expected, cell.verdict)
            if missed:  # under the verdicts, where a failing case's line is read
                lines.append(truncate(" " * (len(head) - 2) + "^ expected: " + ", ".join(map(str, missed)), width, "..."))
    with_output = [cell for cell in cells if cell.output is not None]
    judged = [cell.verdict for cell in with_output if cell.verdict]
    changed = sum(1 for cell in with_output if cell.snapshot_status == "changed")
    total = f"{len(cells)} case{'' if len(cells) == 1 else 's'}: {sum(j.answers for j in judged)} answer, {sum(j.drifts for j in judged)} drift"
    if changed:
        total += f", {changed} snapshot(s) changed"
    if len(with_output) < len(cells):
        total += f", {len(cells) - len(with_output)} without an output"
    if len(judged) < len(with_output):
        total += f", {len(with_output) - len(judged)} not judged"
    lines.append(total)
    return lines
