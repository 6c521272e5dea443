"""Every labelled output the judges are checked against, in one shape (score.Labelled), by source.

* the corpus (tests/judges/data/corpus/*.jsonl): real outputs of base models and their fine-tunes
  from public sources, labelled by reading; its source is the file it is in (one public source a file);
* the 30 published-pairs outputs (GPT-3 vs Self-Instruct, Gemma base vs its LoRA);
* the 25 outputs of the course's later labs (pythia and its fine-tunes);
* the 11 course outputs (Llama-2-7b, Llama-2-7b-chat, ChatGPT), labelled as the course reads them:
  every base output drifts and does not answer, every chat output answers, and on a plain question
  does not drift; the chat turn in the dialogue answers and then writes both sides, so it drifts.

bench/judges_agreement.py writes them as one labelled file for `judge --score`.
"""

from __future__ import annotations

import json
from pathlib import Path

from why_finetune.judges.score import Labelled, read_labelled
from why_finetune.report.sources.published import PUBLISHED_FILE as COURSE_FILE

DATA = Path(__file__).with_name("data")
CORPUS = DATA / "corpus"
PUBLISHED = DATA / "published-pairs-calibration.json"
OTHER_LABS = DATA / "other-labs-calibration.json"
COURSE_BASE = "meta-llama/Llama-2-7b-hf"


def corpus() -> list[Labelled]:
    items: list[Labelled] = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            lines = [_with_source(line, path.stem) for line in handle]
        items.extend(read_labelled(lines, str(path.relative_to(DATA.parent))))
    return items


def _with_source(line: str, source: str) -> str:
    if not line.strip():
        return line
    record = json.loads(line)
    return json.dumps({**record, "source": source})


def published() -> list[Labelled]:
    items = json.loads(PUBLISHED.read_text(encoding="utf-8"))["items"]
    return [_labelled(i, item, "published:" + item["sources"][0]["repo"]) for i, item in enumerate(items, 1)]


def other_labs() -> list[Labelled]:
    items = json.loads(OTHER_LABS.read_text(encoding="utf-8"))["items"]
    return [_labelled(i, item, "course-later-labs") for i, item in enumerate(items, 1)]


def course() -> list[Labelled]:
    records = json.loads(COURSE_FILE.read_text(encoding="utf-8"))["records"]
    items = []
    for i, record in enumerate(records, 1):
        base = record["model"] == COURSE_BASE
        dialogue = record["prompt"].rstrip().endswith("Agent:")
        labels = {"answers": not base, "drifts": base or dialogue, "confidence": "high"}
        name = f"course-{i:02d}-{record['model'].split('/')[-1]}"
        items.append(_labelled(i, {**record, **labels, "id": name}, "course-2023-08"))
    return items


def _labelled(line: int, item: dict, source: str) -> Labelled:
    return Labelled(line, item["id"], item["prompt"], item["output"], item["answers"], item["drifts"], source,
                    item.get("confidence", ""))


def everything() -> list[Labelled]:
    return corpus() + published() + other_labs() + course()


def as_json_lines(items: list[Labelled]) -> str:
    """The items as a labelled file `judge --score` reads (the prompt as sent, its template applied)."""
    return "".join(
        json.dumps({"id": i.id, "source": i.source, "confidence": i.confidence, "prompt": i.prompt,
                    "output": i.output, "answers": i.answers, "drifts": i.drifts}, ensure_ascii=False) + "\n"
        for i in items
    )
