"""Rows from the recordings on disk: instant, offline, and no key needed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from why_finetune.catalogue import Case, Catalogue
from why_finetune.report.model import Report, add_expectations, empty_cell, group_rows, pair_info
from why_finetune.report.sources.recorded_cell import not_recorded, recorded_cell


def select_cases(catalogue: Catalogue, pairs: list[str] | None = None, queries: list[str] | None = None) -> list[Case]:
    """The catalogue's cases for the chosen pairs and queries (all when none are chosen).

    Raises CatalogueError for an unknown pair or query id.
    """
    for query_id in queries or ():
        catalogue.query(query_id)
    return [case for case in catalogue.cases(pairs or None) if not queries or case.query.id in queries]


def _names_published_outputs(catalogue: Catalogue, pair_id: str) -> bool:
    """--published shows a pair's published outputs: worth pointing to only for a pair that names some."""
    return bool(catalogue.pair(pair_id).published)


def recorded_report(catalogue: Catalogue, cases: list[Case], cassettes: Path, snapshots: Path) -> Report:
    """The recorded outputs of `cases`. While the course pair has no recordings at all, its rows are
    what the course lab printed in 2023 (its published outputs, marked as such), so the lesson shows."""
    cells = [recorded_cell(case, cassettes, snapshots) for case in cases]
    pairs = {case.pair.id: pair_info(case.pair) for case in cases}
    rows = add_expectations(group_rows(cells, cases), catalogue)
    notes = []
    for pair_id in dict.fromkeys(case.pair.id for case in cases):
        empty = [case for case, cell in zip(cases, cells) if case.pair.id == pair_id and cell.output is None]
        if len(empty) == sum(1 for case in cases if case.pair.id == pair_id):
            how = not_recorded(empty[0]).removeprefix("not recorded — ")
            published = _published_rows(catalogue, pair_id, cases, cassettes, snapshots)
            if published:
                rows = [row for row in rows if row.pair != pair_id] + add_expectations(published, catalogue)
                rows.sort(key=lambda row: list(pairs).index(row.pair))
                pairs[pair_id] = replace(pairs[pair_id], description=(
                    f"Not recorded here, so these are the outputs the course lab printed in August 2023 "
                    f"(published, not recordings) for the {sum(1 for row in published if row.base.output or row.chat.output)} of these prompts it printed. "
                    f"All of them, with the ChatGPT answers the lab showed: python -m why_finetune compare --published"))
                notes.append(f"pair {pair_id!r} has no recordings here: shown is what the course printed in 2023. "
                             f"To record it: {how}.")
                continue
            note = f"pair {pair_id!r} has no recordings here: {how}."
            if empty[0].pair.backend == "hosted" and _names_published_outputs(catalogue, pair_id):
                note += " Meanwhile, see what the course lab printed in 2023: python -m why_finetune compare --published"
            notes.append(note)
    return Report(
        title="Base vs chat: the recorded outputs",
        source=f"recordings in {cassettes} (replayed offline; no key needed)",
        rows=rows,
        pairs=pairs,
        notes=notes,
    )


def _published_rows(catalogue: Catalogue, pair_id: str, cases: list[Case], cassettes: Path, snapshots: Path):
    """The course's published rows for the selected queries (base and chat only), or [] for another pair."""
    from why_finetune.report.sources.published import PublishedError, published_report

    if not catalogue.pair(pair_id).published:
        return []
    queries = list(dict.fromkeys(case.query.id for case in cases if case.pair.id == pair_id))
    try:
        rows = published_report(catalogue, cassettes, snapshots, queries).rows
    except PublishedError:
        return []
    for row in rows:
        row.extras = []
    shown = {row.id for row in rows}
    rest = [case for case in cases if case.pair.id == pair_id and f"{pair_id}/{case.query.id}/{case.form}" not in shown]
    how = not_recorded(rest[0]).removeprefix("not recorded — ") if rest else ""
    note = f"not recorded, and not printed by the course in 2023: {how}"
    return rows + group_rows([empty_cell(case, note) for case in rest], rest) if rows else []
