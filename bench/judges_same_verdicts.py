"""Do the judges still say exactly the same? Writes every verdict with all its evidence, to compare byte for byte.

    .venv/bin/python bench/judges_same_verdicts.py OUT.jsonl            # write the verdicts
    .venv/bin/python bench/judges_same_verdicts.py OUT.jsonl --against BEFORE.jsonl

A change that should only make the judges faster must not change what they decide or say. Run this once
on the judges as they were (git stash, or a checkout of the previous commit) and once after the change,
and compare the two files: any difference means the change is not a pure speed-up and must be reverted.
``--against`` does the comparison and names the first output whose verdict differs.

What it judges, in a fixed order:
  * every labelled output the project holds (tests/judges/labelled_sets.py: everything());
  * bench/bench_judges.py's rows: the course outputs, the 4,000-character loops, prose and lines;
  * the outputs recorded in cassettes/.

One line per output: its name, then the verdict's answers, drifts, every score at full float precision
(Verdict.to_dict rounds them to 4 places, which could hide a change) and every piece of evidence with
all its fields.

Verdicts and evidence are the same under any PYTHONHASHSEED (nothing is listed in a set's order;
tests/judges/test_evidence.py checks the one place that did), so two runs compare as they are.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import bench_judges  # noqa: E402
from tests.judges.labelled_sets import everything  # noqa: E402
from why_finetune.judges import judge  # noqa: E402


def named_outputs() -> list[tuple[str, str, str]]:
    """(name, prompt, output) for every output the harness judges."""
    from why_finetune.recording.persistence import read_recording

    items = [(f"labelled:{i.source}:{i.id}", i.prompt, i.output) for i in everything()]
    for row in ("course", "loops", "prose", "stress"):
        outputs = getattr(bench_judges, row)()
        items += [(f"bench:{row}:{n}", prompt, output) for n, (prompt, output) in enumerate(outputs)]
    for path in sorted((ROOT / "cassettes").rglob("*.yaml")):
        recording = read_recording(path)
        items.append((f"cassette:{path.relative_to(ROOT)}", recording.prompt, recording.output))
    return items


def verdict_line(name: str, prompt: str, output: str) -> str:
    verdict = judge(prompt, output)
    # json.dumps writes floats with repr(), every digit: a score that moves in its last place shows.
    return json.dumps(
        {"name": name, "answers": verdict.answers, "drifts": verdict.drifts, "scores": verdict.scores,
         "evidence": [e.to_dict() for e in verdict.evidence]},
        ensure_ascii=False,
    ) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="file to write the verdicts to (one JSON line per output)")
    parser.add_argument("--against", type=Path, help="verdicts written before the change, to compare with")
    args = parser.parse_args(argv)
    lines = [verdict_line(*item) for item in named_outputs()]
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} verdicts written to {args.out}")
    if args.against is None:
        return 0
    before = args.against.read_text(encoding="utf-8").splitlines(keepends=True)
    if before == lines:
        print(f"identical to {args.against}, byte for byte")
        return 0
    if len(before) != len(lines):
        print(f"DIFFERENT: {len(before)} verdicts in {args.against}, {len(lines)} now")
        return 1
    changed = [json.loads(new)["name"] for old, new in zip(before, lines) if old != new]
    print(f"DIFFERENT: {len(changed)} verdicts changed, the first: {changed[0]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
