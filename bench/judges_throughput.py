"""Judges: outputs judged per second of one core, on the shipped recordings and on 4,000-character loops.

    .venv/bin/python bench/judges_throughput.py [--seconds 2]

The rows and the timing are bench/bench_judges.py's (the judges' own benchmark, target 1,000 outputs per
CPU-second for 4,000-character outputs); this adds a row for the outputs recorded in cassettes/, one for a loop
in Japanese and one in Chinese (a character a word: about 3,500 words in 4,000 characters), and one for a new prompt
of one 10,000-character line each call (its reading is cached per prompt, so this is its first-read cost).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import bench_judges  # noqa: E402
from bench import project as bench_project  # noqa: E402
from why_finetune.judges import judge  # noqa: E402

TARGET = 1000.0


def shipped_recordings() -> list[tuple[str, str]]:
    from why_finetune.recording.persistence import read_recording

    paths = sorted((bench_project.ROOT / "cassettes").rglob("*.yaml"))
    return [(r.prompt, r.output) for r in map(read_recording, paths)]


LONG_LINE = "Summarize this: " + "the council met and talked about roads and bridges and money " * 160


def long_prompts(seconds: float) -> dict:
    """A prompt of one 10,000-character line, each call a new one (nothing cached): what reading a long document's
    prompt costs the first time."""
    n, cpu = 0, time.process_time()
    while time.process_time() - cpu < seconds:
        judge(f"{LONG_LINE}{n}", "The council talked about roads and bridges.")
        n += 1
    spent = time.process_time() - cpu
    return {"outputs": 1, "chars": len(LONG_LINE), "per_s": n / spent, "per_cpu_s": n / spent}


def measure(seconds: float = 2.0) -> dict:
    """Rows of (name, outputs, mean characters, outputs/s, outputs/CPU-s), on one CPU like bench_judges."""
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if affinity:
        os.sched_setaffinity(0, {min(affinity)})
    try:
        rows = {}
        for name, items in (("shipped recordings", shipped_recordings()), ("4,000-char loops", bench_judges.loops()),
                            ("Japanese 4,000-char loop", bench_judges.japanese_loop()),
                            ("Chinese 4,000-char loop", bench_judges.chinese_loop())):
            rate, cpu_rate = bench_judges.measure(items, seconds)
            rows[name] = {"outputs": len(items), "chars": sum(len(o) for _, o in items) // len(items),
                          "per_s": rate, "per_cpu_s": cpu_rate}
        rows["10,000-char prompt, new"] = long_prompts(seconds)  # (chars: the prompt's, not the output's)
        return rows
    finally:
        if affinity:
            os.sched_setaffinity(0, affinity)  # the other benchmarks' subprocesses inherit it


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args(argv)
    for name, row in measure(args.seconds).items():
        target = "no target: a prompt's first reading" if name.startswith("10,000") else f"target {TARGET:,.0f}"
        print(f"{name:24} {row['outputs']:>3} outputs of {row['chars']:>5} chars: {row['per_s']:8,.0f} /s, "
              f"{row['per_cpu_s']:8,.0f} /CPU-s ({target})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
