"""Mutation testing of the code where a silent bug would leak a key or lose a recording.

    make mutation                                  # sets up .venv-mut, then runs this with --fresh
    .venv-mut/bin/python bench/mutation.py [--jobs 2] [--fresh] [--no-run]

mutmut (pinned in bench/mutation-requirements.txt) makes small changes (mutants) to the modules
listed under [tool.mutmut] in pyproject.toml: recording (scrubbing, matching, persistence, the
serializer), credentials, the endpoint value, the report redaction and the circuit breaker. It runs
the fast tests listed there against each mutant; a mutant is killed when a test fails. This script
runs mutmut, then prints per module how many mutants were killed, survived, timed out or were
reached by no test, the kill rate, and every mutant not killed. See a mutant's change with
`.venv-mut/bin/mutmut show NAME`. Results are in bench/RESULTS.md.

mutmut works on a copy of the repository in mutants/ (ignored by git) and remembers what it ran:
a second run only re-tests the functions that changed. --fresh deletes mutants/ first, for figures
from scratch (the ones in bench/RESULTS.md are).
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = [sys.executable, "-m", "mutmut"]
KILLED = {"killed"}  # a test failed (mutmut counts a crash or segfault as killed too)


def results() -> list[tuple[str, str]]:
    """(mutant name, status) for every mutant mutmut knows."""
    text = subprocess.run(
        [*MUTMUT, "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    rows = []
    for line in text.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            rows.append((name, status))
    return rows


def module_of(mutant: str) -> str:
    # why_finetune.recording.scrubbing.x_scrub_request__mutmut_3 -> why_finetune.recording.scrubbing
    return mutant.split(".x")[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier runs (delete mutants/) first")
    parser.add_argument("--no-run", action="store_true", help="only summarise the last run")
    args = parser.parse_args()
    if args.fresh:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    if not args.no_run:
        subprocess.run([*MUTMUT, "run", "--max-children", str(args.jobs)], cwd=ROOT, check=True)
    rows = results()
    if not rows:
        print("no mutants: run without --no-run first")
        return 1
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for name, status in rows:
        counts[module_of(name)][status] += 1
        counts["total"][status] += 1
    statuses = ["killed", "survived", "timeout", "no tests"]
    print(f"\n{'module':40} {'mutants':>7} " + " ".join(f"{s:>8}" for s in statuses) + "  kill rate")
    for module in sorted(counts, key=lambda m: (m == "total", m)):
        counter = counts[module]
        total = sum(counter.values())
        killed = sum(counter[s] for s in KILLED)
        cells = " ".join(f"{counter[s]:>8}" for s in statuses)
        other = {s: n for s, n in counter.items() if s not in statuses}
        print(f"{module:40} {total:>7} {cells}  {killed / total:6.1%}" + (f"  other: {other}" if other else ""))
    left = [(name, status) for name, status in rows if status not in KILLED]
    if left:
        print(f"\nnot killed ({len(left)}):")
        for name, status in left:
            print(f"  {status:9} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
