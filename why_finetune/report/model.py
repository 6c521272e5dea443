"""What every view shows: rows of base and chat cells, independent of where the outputs came from.

A `Cell` is one model's output for one prompt, with its verdict, snapshot status and provenance,
or, when there is no output, a note saying why and what to run. A `Row` is one pair, query and
form: the base cell beside the chat cell, plus any extra cells (the ChatGPT answer the lab showed),
and the pair verdict. Verdicts are the judges' own types (judges.Verdict, judges.PairVerdict),
computed by why_finetune.catalogue.case_verdict with the catalogue's thresholds; the views only render them.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from why_finetune.catalogue import Case
from why_finetune.judges.verdict import PairVerdict, Verdict


@dataclass
class Cell:
    case_id: str
    role: str  # "base", "chat", or a label of its own for extra cells
    model: str
    prompt: str
    output: str | None  # None: nothing to show, and `note` says why
    note: str | None = None  # why there is no output, or a warning about the one shown
    verdict: Verdict | None = None
    judge_note: str | None = None  # why there is no verdict
    snapshot_status: str | None = None  # one of catalogue.result.SNAPSHOT_STATUSES; None where snapshots do not apply
    snapshot_output: str | None = None  # the stored snapshot's output, for the diff
    provenance: dict = field(default_factory=dict)
    label: str = ""  # heading for extra cells, e.g. "ChatGPT, as shown in the lab"
    # What is broken and fails the command showing it (an unreadable recording or snapshot, a failed
    # generation): one line naming the file or case and the command that mends it.
    problem: str | None = None
    # What the catalogue expects of this case (expectations.Expectation); None: not known (an extra cell).
    expected: list | None = None

    @property
    def heading(self) -> str:
        return self.label or self.role


@dataclass
class Row:
    pair: str
    query_id: str
    query_text: str
    form: str
    prompt: str
    base: Cell
    chat: Cell
    extras: list[Cell] = field(default_factory=list)
    comparison: PairVerdict | None = None  # does the chat output answer better? None: not both judged
    chat_better_expected: bool | None = None  # does the catalogue expect it to? None: not known

    @property
    def id(self) -> str:
        return f"{self.pair}/{self.query_id}/{self.form}"

    @property
    def cells(self) -> list[Cell]:
        return [self.base, self.chat, *self.extras]


@dataclass(frozen=True)
class PairInfo:
    id: str
    description: str
    base: str
    chat: str
    backend: str


@dataclass
class Report:
    title: str
    source: str  # one line: where the outputs came from
    rows: list[Row]
    pairs: dict[str, PairInfo]
    notes: list[str] = field(default_factory=list)
    generated: str = field(default_factory=lambda: _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"))

    @property
    def problems(self) -> list[str]:
        return [cell.problem for row in self.rows for cell in row.cells if cell.problem]

    def case_ids(self) -> list[str]:
        return [cell.case_id for row in self.rows for cell in row.cells]

    def by_pair(self) -> dict[str, list[Row]]:
        """Rows grouped by pair, pairs with something to show first (catalogue order otherwise)."""
        groups: dict[str, list[Row]] = {}
        for row in self.rows:
            groups.setdefault(row.pair, []).append(row)
        shown = sorted(groups, key=lambda pair: not any(c.output is not None for r in groups[pair] for c in r.cells))
        return {pair: groups[pair] for pair in shown}

    @staticmethod
    def shared_note(rows: list[Row]) -> str | None:
        """The one note every cell of these rows has when none has an output (a pair not recorded)."""
        cells = [cell for row in rows for cell in row.cells]
        notes = {cell.note for cell in cells}
        if cells and all(cell.output is None for cell in cells) and len(notes) == 1:
            return notes.pop()
        return None


def pair_info(pair) -> PairInfo:
    return PairInfo(pair.id, pair.description, pair.base, pair.chat, pair.backend)


def empty_cell(case: Case, note: str) -> Cell:
    return Cell(case.id, case.role, case.model, case.prompt, None, note=note)


def group_rows(cells: list[Cell], cases: list[Case]) -> list[Row]:
    """Rows in catalogue order from one cell per case (cases with no cell get an empty one)."""
    by_id = {cell.case_id: cell for cell in cells}
    rows: dict[tuple[str, str, str], dict] = {}
    for case in cases:
        key = (case.pair.id, case.query.id, case.form)
        entry = rows.setdefault(key, {"case": case})
        entry[case.role] = by_id.get(case.id) or empty_cell(case, "not run")
    result = []
    for (pair, query, form), entry in rows.items():
        case = entry["case"]
        for role in ("base", "chat"):
            if role not in entry:
                entry[role] = empty_cell(Case(case.pair, case.query, form, role), "not run")
        row = Row(pair, query, case.query.text, form, case.prompt, entry["base"], entry["chat"])
        row.comparison = row_comparison(row, case)
        result.append(row)
    return result


def row_comparison(row: Row, case: Case) -> PairVerdict | None:
    """The pair verdict from the row's two cell verdicts, with the case's pair and query thresholds."""
    if row.base.verdict is None or row.chat.verdict is None:
        return None
    from why_finetune.catalogue.case_verdict import pair_verdict

    return pair_verdict(case.pair, case.query, row.base.verdict, row.chat.verdict)


def add_expectations(rows: list[Row], catalogue) -> list[Row]:
    """Mark each row's base and chat cell, and its pair verdict, with what the catalogue expects."""
    from why_finetune.catalogue import CatalogueError
    from why_finetune.catalogue.expectations import chat_better_expected, role_expectations

    for row in rows:
        try:
            pair, query = catalogue.pair(row.pair), catalogue.query(row.query_id)
        except CatalogueError:
            continue
        for cell in (row.base, row.chat):
            cell.expected = role_expectations(catalogue, Case(pair, query, row.form, cell.role))
        row.chat_better_expected = chat_better_expected(catalogue, pair, query, row.form)
    return rows


PROVENANCE_LABELS = (
    ("backend", "backend"),
    ("model_file", "model file"),
    ("runtime", "runtime"),
    ("client", "client"),  # stands for each client's version (provenance_items)
    ("recorded", "recorded"),
    ("generated", "generated"),
    ("published", "published"),
)


def provenance_items(provenance: dict) -> list[tuple[str, str]]:
    """The provenance worth showing, as (label, value), in a fixed order."""
    from why_finetune.clients import registered

    labels: list[tuple[str, str]] = []
    for key, label in PROVENANCE_LABELS:
        labels += [(each.version_key, each.version_label) for each in registered()] if key == "client" else [(key, label)]
    return [(label, str(provenance[key])) for key, label in labels if provenance.get(key)]
