"""The course's published 2023 outputs, as rows beside which today's recordings can be read.

data/course-outputs-2023-08.json is a copy of the project's reference file: what the lab's
notebooks printed in August 2023 (Llama-2-7b-hf, Llama-2-7b-chat-hf, and the ChatGPT answer the
lab showed for comparison), each with the public notebooks it was read from. It is reference
data, never a recording: these cells have no snapshot status. Where the course pair has been
recorded here, the recording is added to the row, so the lab's output and today's sit together.
"""

from __future__ import annotations

import json
from pathlib import Path

from why_finetune.catalogue import Case, Catalogue, Pair, Query
from why_finetune.recording.hints import refresh_hint
from why_finetune.recording.persistence import CassetteStore
from why_finetune.report.cells import case_verdict_or_note
from why_finetune.report.model import Cell, Report, Row, add_expectations, pair_info, row_comparison
from why_finetune.report.sources.recorded_cell import recorded_cell

PUBLISHED_FILE = Path(__file__).with_name("data") / "course-outputs-2023-08.json"
# The published outputs the package holds, by the name a pair gives them (`published:` in the catalogue).
PUBLISHED_SETS = {"course-2023-08": PUBLISHED_FILE}
EXTRA_LABELS = {"chat-gpt": "ChatGPT, as the lab showed it"}
PUBLISHED_WHEN = "August 2023, by the course lab (hosted Lamini API)"


class PublishedError(ValueError):
    """The published outputs file cannot be used; the message names the file."""


def load_records(path: Path = PUBLISHED_FILE) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        records = data["records"]
        for record in records:
            record["model"], record["prompt"], record["output"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise PublishedError(f"{path}: not a published-outputs file ({type(error).__name__}: {error})") from None
    return records


def _place(record: dict, pair: Pair, catalogue: Catalogue) -> tuple[str, str] | None:
    """(query id, form) of a record's prompt, or None if the catalogue does not send it."""
    for query in catalogue.queries:
        for form in ("raw", "templated"):
            if pair.prompt(query, form) == record["prompt"]:
                return query.id, form
    return None


def published_cell(record: dict, pair: Pair, query: Query, form: str, role: str) -> Cell:
    # The course pair's thresholds, as its recordings would be judged; "chat-gpt" is judged as a chat output.
    case = Case(pair, query, form, role if role in ("base", "chat") else "chat")
    verdict, judge_note = case_verdict_or_note(case, record["output"], record["prompt"])
    sources = record.get("sources") or []
    return Cell(
        case_id=f"{pair.id}/{query.id}/{form}/{role}",  # role "chat-gpt" for the lab's ChatGPT answer
        role=role,
        model=record["model"],
        prompt=record["prompt"],
        output=record["output"],
        verdict=verdict,
        judge_note=judge_note,
        provenance={
            "published": PUBLISHED_WHEN,
            "sources": sources,
        },
        label=EXTRA_LABELS.get(record["model"], "") if role not in ("base", "chat") else "",
    )


def published_pair(catalogue: Catalogue) -> Pair:
    """The catalogue's pair that names published outputs (`published:`); PublishedError when none does."""
    for pair in catalogue.pairs.values():
        if pair.published:
            return pair
    raise PublishedError(f"{catalogue.path}: no pair names published outputs; add 'published: course-2023-08' "
                         "to the pair the course lab used")


def published_file(pair: Pair) -> Path:
    """The file of the published outputs a pair names; PublishedError, naming the field, when the package
    holds no such set."""
    path = PUBLISHED_SETS.get(pair.published or "")
    if path is None:
        raise PublishedError(f"pair {pair.id!r}: field 'published': {pair.published!r} is not a set of published "
                             f"outputs this package holds ({', '.join(PUBLISHED_SETS)})")
    return path


def published_report(
    catalogue: Catalogue,
    cassettes: Path,
    snapshots: Path,
    queries: list[str] | None = None,
    path: Path | None = None,
) -> Report:
    pair = published_pair(catalogue)
    path = path or published_file(pair)
    for query_id in queries or ():
        catalogue.query(query_id)
    placed: dict[tuple[str, str], dict[str, Cell]] = {}
    unplaced = 0
    for record in load_records(path):
        where = _place(record, pair, catalogue)
        if where is None:
            unplaced += 1
            continue
        role = "base" if record["model"] == pair.base else "chat" if record["model"] == pair.chat else record["model"]
        placed.setdefault(where, {})[role] = published_cell(record, pair, catalogue.query(where[0]), where[1], role)

    rows, recorded_now = [], 0
    store = CassetteStore(Path(cassettes))
    for query in catalogue.queries:
        for form in ("raw", "templated"):
            cells = placed.get((query.id, form))
            if not cells or (queries and query.id not in queries):
                continue
            base, chat = (cells.pop(role) if role in cells else _not_published(pair, query.id, form, role)
                          for role in ("base", "chat"))
            extras = list(cells.values())
            for role in ("base", "chat"):
                case = Case(pair, query, form, role)
                if store.path_for(case.id).is_file():
                    now = recorded_cell(case, cassettes, snapshots)
                    now.label = f"{case.model}, recorded here"
                    now.role = f"{role}-now"
                    now.case_id = f"{case.id}#now"
                    extras.append(now)
                    recorded_now += 1
            row = Row(pair.id, query.id, query.text, form, pair.prompt(query, form), base, chat, extras)
            row.comparison = row_comparison(row, Case(pair, query, form, "base"))
            rows.append(row)

    notes = [f"{len(rows)} of the catalogue's prompts were printed by the lab; the others have no published output."]
    if not recorded_now:
        notes.append(
            f"The course pair has not been recorded here, so only the 2023 outputs are shown. To add today's outputs: "
            f"set LAMINI_API_KEY and run {refresh_hint(pair.id)}. The offline stand-in pair: python -m why_finetune compare --pair local"
        )
    if unplaced:
        notes.append(f"{unplaced} published output(s) answer prompts the catalogue does not send; not shown.")
    return Report(
        title="What the course lab printed in 2023",
        source=f"the course's published outputs ({Path(path).name}), with the notebooks they were read from",
        rows=add_expectations(rows, catalogue),
        pairs={pair.id: pair_info(pair)},
        notes=notes,
    )


def _not_published(pair: Pair, query_id: str, form: str, role: str) -> Cell:
    return Cell(f"{pair.id}/{query_id}/{form}/{role}", role, pair.model(role), "", None,
                note="the lab printed no output for this prompt")
