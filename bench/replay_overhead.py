"""Replay: what the offline behaviour suite costs beyond pytest's own start-up, per replayed case.

    .venv/bin/python bench/replay_overhead.py [--rounds 10]

In this repository, as CI runs it: `pytest -m behaviour` against `pytest -m behaviour --collect-only`,
alternating, the best round of each, in CPU time (wall-clock alongside). Their difference is everything
the run adds to collecting: replaying each case through the lamini client and vcrpy, judging it,
comparing its snapshot, the paired checks, the skipped `course` cases and the end-of-run summary.
Divided by the cases that replay (those with a cassette), it is the cost per replayed case. With only
16 cases the difference is a few tenths of a second between runs of two to three seconds, hence the
many rounds. Each round's run is paired with the collection timed right after it, and the figure is the
median of those paired differences: drift on a shared machine hits both alike, where the best round of
each could come from different moments. Their range is given too. bench/scale.py measures the same at
2,000 cases.

The same cost is also timed inside the run (bench/run_clock.py): from the end of the first case that
ran to the end of the summary, divided by the cases replayed in that time. It needs no subtraction, so
it holds still where the paired difference does not.

It is given twice: as is, where the first case also pays for importing lamini (about 1.5 s, once per
run: bench/startup.py measures it), and with lamini imported at start-up in both runs (`-p lamini`),
which leaves the cost that grows with the number of cases.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import project as bench_project  # noqa: E402

TARGET_MS = 5.0


def replayed_cases() -> int:
    from why_finetune.catalogue import load_catalogue

    catalogue = load_catalogue(bench_project.ROOT / "catalogue.yaml")
    return sum(1 for case in catalogue.cases() if (bench_project.ROOT / "cassettes" / f"{case.id}.yaml").is_file())


def measure(rounds: int = 10) -> dict:
    root = bench_project.ROOT
    base = ("-m", "behaviour", "-q", "-p", "no:cacheprovider")
    with tempfile.TemporaryDirectory() as scratch:
        clock = Path(scratch) / "clock.jsonl"
        # The clock plugin in both runs of the pair: its import cancels out; its per-test hooks cost
        # the replay run a few microseconds a test.
        times = bench_project.interleaved(
            {
                "run": (root, base),
                "collect": (root, (*base, "--collect-only")),
                "run, lamini at start-up": bench_project.clocked((root, (*base, "-p", "lamini")), clock),
                "collect, lamini at start-up": bench_project.clocked((root, (*base, "-p", "lamini", "--collect-only")), clock),
            },
            rounds,
        )
        in_run = sorted(bench_project.clock_readings(clock))
    cases = replayed_cases()

    def paired(run: str, collect: str, clock: str) -> list[float]:
        index = 0 if clock == "wall" else 1
        return sorted((r[index] - c[index]) / cases for r, c in zip(times[run]["rounds"], times[collect]["rounds"]))

    def per_case(run: str, collect: str, clock: str = "cpu") -> float:
        return statistics.median(paired(run, collect, clock))

    return {
        "rounds": rounds,
        "cases": cases,
        "times": times,
        "per_case": per_case("run", "collect"),
        "per_case_lamini_preloaded": per_case("run, lamini at start-up", "collect, lamini at start-up"),
        "per_case_lamini_preloaded_wall": per_case("run, lamini at start-up", "collect, lamini at start-up", "wall"),
        "range_lamini_preloaded": _ends(paired("run, lamini at start-up", "collect, lamini at start-up", "cpu")),
        "in_run": statistics.median(in_run),
        "in_run_range": _ends(in_run),
    }


def _ends(values: list[float]) -> tuple[float, float]:
    return values[0], values[-1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args(argv)
    result = measure(args.rounds)
    for name, times in result["times"].items():
        print(f"{name:30} {times['cpu']:6.2f} s CPU, {times['wall']:6.2f} s wall-clock (best of {result['rounds']} rounds)")
    low, high = result["range_lamini_preloaded"]
    print(f"{result['cases']} replayed cases, median of paired rounds: {result['per_case'] * 1000:.1f} ms CPU per "
          f"case as is; {result['per_case_lamini_preloaded'] * 1000:.1f} ms CPU "
          f"({result['per_case_lamini_preloaded_wall'] * 1000:.1f} ms wall-clock; rounds {low * 1000:.1f} to "
          f"{high * 1000:.1f} ms) per case with lamini imported at start-up (target <= {TARGET_MS:g} ms)")
    low, high = result["in_run_range"]
    print(f"timed inside the run (bench/run_clock.py): {result['in_run'] * 1000:.1f} ms CPU per replayed case "
          f"(rounds {low * 1000:.1f} to {high * 1000:.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
