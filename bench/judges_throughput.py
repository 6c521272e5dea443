"""Judges: outputs judged per second of one core, on the shipped recordings and on 4,000-character loops.

    .venv/bin/python bench/judges_throughput.py [--seconds 2]

The rows and the timing are bench/bench_judges.py's (the judges' own benchmark, target 1,000 outputs per
CPU-second for 4,000-character outputs); this adds a row for the outputs recorded in cassettes/, and one
for a loop in Japanese and one in Chinese (a character a word: about 3,500 words in 4,000 characters).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import bench_judges  # noqa: E402
from bench import project as bench_project  # noqa: E402

TARGET = 1000.0


def shipped_recordings() -> list[tuple[str, str]]:
    from why_finetune.recording.persistence import read_recording

    paths = sorted((bench_project.ROOT / "cassettes").rglob("*.yaml"))
    return [(r.prompt, r.output) for r in map(read_recording, paths)]


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
        return rows
    finally:
        if affinity:
            os.sched_setaffinity(0, affinity)  # the other benchmarks' subprocesses inherit it


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args(argv)
    for name, row in measure(args.seconds).items():
        print(f"{name:24} {row['outputs']:>3} outputs of {row['chars']:>5} chars: {row['per_s']:8,.0f} /s, "
              f"{row['per_cpu_s']:8,.0f} /CPU-s (target {TARGET:,.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
