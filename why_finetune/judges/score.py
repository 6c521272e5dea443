"""How far the judges agree with a person's labels: `judge --score LABELLED.jsonl`.

A team labels a few dozen of its own outputs by reading them ("answers": does it, or its first
part, give a relevant response; "drifts": does it loop, echo, continue the prompt's own text or
format, write other speakers' turns or slide off topic) and checks the judges on its domain before
trusting them in CI. Each line: {"prompt", "output", "answers", "drifts"}, optionally "source"
(where the output comes from: agreement is reported per source too), "id" (named in the misses)
and "template" (the template the prompt was sent in, "{prompt}" marking where the prompt goes, as
in "Instruction:\\n{prompt}\\n\\nResponse:\\n"; the judges then see the prompt as the model did).

Agreement is counted per property, not per verdict: answers and drifts are independent, and a
judge right on one and wrong on the other is right half the time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from why_finetune.judges.judging import judge
from why_finetune.judges.thresholds import Thresholds
from why_finetune.judges.verdict import ANSWERS, DRIFTS, Verdict

PROPERTIES = (ANSWERS, DRIFTS)
# Where a template puts the prompt. "{instruction}" is the name many fine-tuning tutorials use.
PROMPT_SLOTS = ("{prompt}", "{instruction}", "{query}")


class LabelledInputError(ValueError):
    """A labelled line that cannot be scored; the message names the line and says what to fix."""


@dataclass(frozen=True)
class Labelled:
    line: int
    id: str
    prompt: str  # as the model saw it (its template applied)
    output: str
    answers: bool
    drifts: bool
    source: str
    confidence: str = ""

    def label(self, prop: str) -> bool:
        return self.answers if prop == ANSWERS else self.drifts


def prompt_as_sent(prompt: str, template: str | None) -> str:
    """The prompt inside its template, when the template marks where the prompt goes."""
    if not template:
        return prompt
    for slot in PROMPT_SLOTS:
        if slot in template:
            return template.replace(slot, prompt)
    return prompt


def read_labelled(lines: Iterable[str], name: str) -> list[Labelled]:
    """Parse labelled JSON lines; a bad line raises LabelledInputError naming `name` and its number, and so do lines
    with no labelled one among them."""
    items = []
    for number, text in enumerate(lines, start=1):
        if text.strip():
            items.append(_parse(text, name, number))
    if not items:
        raise LabelledInputError(f"{name}: no labelled lines; each line is one JSON object with prompt, output, "
                                 "answers and drifts")
    return items


def _parse(text: str, name: str, number: int) -> Labelled:
    where = f"{name}, line {number}"
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LabelledInputError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno}); "
                                 "each line must be one JSON object") from None
    if not isinstance(record, dict):
        raise LabelledInputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    for key, kind in (("prompt", str), ("output", str), ("answers", bool), ("drifts", bool)):
        if key not in record:
            raise LabelledInputError(f"{where}: missing field {key!r}; a labelled line needs prompt, output, "
                                     "answers and drifts")
        if not isinstance(record[key], kind):
            wanted = "a string" if kind is str else "true or false"
            raise LabelledInputError(f"{where}: field {key!r} must be {wanted}, got {json.dumps(record[key])[:40]}")
    for key in ("source", "template", "id"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise LabelledInputError(f"{where}: field {key!r} must be a string when given")
    return Labelled(
        line=number,
        id=record.get("id") or f"line {number}",
        prompt=prompt_as_sent(record["prompt"], record.get("template")),
        output=record["output"],
        answers=record["answers"],
        drifts=record["drifts"],
        source=record.get("source") or "(no source)",
        confidence=str(record.get("confidence") or ""),
    )


@dataclass
class Tally:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PROPERTIES, 0))
    total: int = 0

    def share(self, prop: str) -> float:
        return self.right[prop] / self.total if self.total else 0.0


@dataclass(frozen=True)
class Miss:
    item: Labelled
    prop: str
    verdict: Verdict

    def line(self) -> str:
        """One line: which item, what the label and the judges said, and the evidence that decided it."""
        said = self.verdict.answers if self.prop == ANSWERS else self.verdict.drifts
        evidence = next((e for e in self.verdict.evidence if e.property == self.prop), None)
        why = f" ({evidence.measure} {evidence.value:g} vs {evidence.threshold:g}: {_short(evidence.message)})" \
            if evidence else ""
        return (f"{self.item.id} [{self.item.source}] {self.prop}: labelled {_yes(self.item.label(self.prop))}, "
                f"judged {_yes(said)}{why}")


@dataclass
class Score:
    overall: Tally
    by_source: dict[str, Tally]
    misses: list[Miss]
    verdicts: list[Verdict]

    def below(self, minimum: float) -> list[str]:
        return [p for p in PROPERTIES if self.overall.share(p) < minimum]


def score(items: list[Labelled], thresholds: Thresholds | None = None) -> Score:
    overall = Tally()
    by_source: dict[str, Tally] = {}
    misses: list[Miss] = []
    verdicts: list[Verdict] = []
    for item in items:
        verdict = judge(item.prompt, item.output, thresholds)
        verdicts.append(verdict)
        tallies = (overall, by_source.setdefault(item.source, Tally()))
        for tally in tallies:
            tally.total += 1
        for prop in PROPERTIES:
            said = verdict.answers if prop == ANSWERS else verdict.drifts
            if said == item.label(prop):
                for tally in tallies:
                    tally.right[prop] += 1
            else:
                misses.append(Miss(item, prop, verdict))
    return Score(overall, dict(sorted(by_source.items())), misses, verdicts)


def render(result: Score, name: str) -> str:
    """The report: a table of agreement per property, overall and per source, then each miss."""
    rows = [f"Agreement with the labels in {name} ({result.overall.total} outputs)", "",
            "| source | outputs | answers | drifts |", "|---|---:|---:|---:|"]
    for source, tally in [("all", result.overall), *result.by_source.items()]:
        rows.append(f"| {source} | {tally.total} | {_cell(tally, ANSWERS)} | {_cell(tally, DRIFTS)} |")
    rows += ["", f"Misses ({len(result.misses)}):" if result.misses else "Misses: none"]
    rows += [f"- {miss.line()}" for miss in result.misses]
    return "\n".join(rows) + "\n"


def _cell(tally: Tally, prop: str) -> str:
    return f"{tally.right[prop]}/{tally.total} ({tally.share(prop) * 100:.0f}%)"


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _short(message: str, limit: int = 160) -> str:
    one = " ".join(message.split())
    return one if len(one) <= limit else one[: limit - 3] + "..."
