"""Scale: the replay cost per case with 2,000 cases, against the same with 20.

    .venv/bin/python bench/scale.py [--rounds 3] [--skip-recording]

A benchmark-only catalogue of 500 generated queries (x 2 forms x 2 roles = 2,000 cases) on the
`local` pair with 8-token answers is recorded once through the local server into
bench/.cache/scale-2000/ and reused while its catalogue is unchanged (cases missing from it are
recorded on the next run). The 20- and 200-case projects are its first 5 and 50 queries, with the
same recordings.

The cost of N cases is the time of a replay run minus the time of a collection-only run of the same
project (`--collect-only`), both with lamini imported at start-up (`-p lamini`), so that its one-off
import (measured by bench/startup.py) is not spread over the cases. It covers everything a case costs:
matching, loading its cassette, the lamini client, judging, the snapshot comparison, pytest's own
per-test work and the end-of-run summary. Runs alternate between the sizes (the smaller ones three
times per round); each run is paired with the collection timed right after it, and each figure is the
median of those paired differences, in CPU time (wall-clock alongside).

Each run is also timed from inside (bench/run_clock.py): from the end of its first case to the end of
its summary, divided by the cases replayed in that time. At 20 cases the paired difference is a few
hundredths of a second, under the noise of two runs of two seconds; the clock inside the run needs no
subtraction and gives the steadier ratio.

Cost per case at 2,000 over cost per case at 20 is the issue's figure. The first cases of a run also
pay one-off costs (modules imported on first use, first connections), which flatter it; the
incremental cost per case from 200 to 2,000 cases over that from 20 to 200 has no one-off part, and
would show anything that grows faster than the number of cases.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import project as bench_project  # noqa: E402

LARGE_QUERIES = 500
LARGE = bench_project.CACHE / "scale-2000"
SMALLER = {20: 5, 200: 50}  # cases: queries, the first ones of the large catalogue
TARGET_RATIO = 1.2


def large_project(skip_recording: bool = False, log=sys.stderr) -> Path:
    """The 2,000-case project, its missing recordings made first (unless skip_recording)."""
    catalogue = bench_project.catalogue_text(LARGE_QUERIES)
    project = bench_project.make_project(LARGE, catalogue)
    missing = sorted(set(bench_project.case_ids(catalogue)) - bench_project.recorded_cases(project))
    if missing and skip_recording:
        raise SystemExit(f"scale: {len(missing)} of 2,000 cases are not recorded in {project}; run without --skip-recording")
    if missing:
        print(f"scale: recording {len(missing)} cases into {project} through the local server "
              f"(once; reused afterwards)", file=log, flush=True)
        seconds = bench_project.record(project, missing, log=log)
        print(f"scale: recorded {len(missing)} cases in {seconds:.0f} s", file=log, flush=True)
    return project


def smaller_project(large: Path, queries: int) -> Path:
    """The first `queries` queries of the large project, with their recordings and snapshots."""
    catalogue = bench_project.catalogue_text(queries)
    project = bench_project.make_project(bench_project.CACHE / f"scale-{queries * 4}", catalogue)
    for kind in ("cassettes", "snapshots"):
        shutil.rmtree(project / kind, ignore_errors=True)
        for number in range(1, queries + 1):
            shutil.copytree(large / kind / "local" / f"q{number:03d}", project / kind / "local" / f"q{number:03d}")
    return project


def measure(rounds: int = 3, skip_recording: bool = False) -> dict:
    large = large_project(skip_recording)
    sizes = {cases: smaller_project(large, queries) for cases, queries in SMALLER.items()}
    sizes[2000] = large
    runs = {}
    with tempfile.TemporaryDirectory() as scratch:
        clocks = {cases: Path(scratch) / f"{cases}.jsonl" for cases in sizes}
        for cases, project in sizes.items():
            # The smaller sizes are cheap and their difference small: three times the rounds, interleaved.
            for repeat in range(1 if cases == 2000 else 3):
                runs[f"run {cases} #{repeat}"] = bench_project.clocked((project, ("-q", "-p", "lamini")), clocks[cases])
                runs[f"collect {cases} #{repeat}"] = bench_project.clocked(
                    (project, ("-q", "-p", "lamini", "--collect-only")), clocks[cases]
                )
        measured = bench_project.interleaved(runs, rounds)
        in_run = {cases: bench_project.clock_readings(clock) for cases, clock in clocks.items()}
    times, differences = {}, {}
    for name, value in measured.items():
        key = name.split(" #")[0]
        best = times.setdefault(key, dict(value))
        best["wall"], best["cpu"] = min(best["wall"], value["wall"]), min(best["cpu"], value["cpu"])
        if name.startswith("run "):
            # Each run paired with the collection timed right after it: drift hits both alike.
            collected = measured[name.replace("run ", "collect ", 1)]["rounds"]
            pairs = differences.setdefault(key.split()[1], {"wall": [], "cpu": []})
            for (run_wall, run_cpu), (collect_wall, collect_cpu) in zip(value["rounds"], collected):
                pairs["wall"].append(run_wall - collect_wall)
                pairs["cpu"].append(run_cpu - collect_cpu)
    result = {"rounds": rounds}
    for cases in sizes:
        run, collect = times[f"run {cases}"], times[f"collect {cases}"]
        cost = statistics.median(differences[str(cases)]["cpu"])
        result[cases] = {
            "run": run,
            "collect": collect,
            "cost": cost,
            "per_case": cost / cases,
            "per_case_wall": statistics.median(differences[str(cases)]["wall"]) / cases,
            "collect_per_case": collect["cpu"] / cases,
            "in_run_per_case": statistics.median(in_run[cases]),
        }
    result["ratio"] = result[2000]["per_case"] / result[20]["per_case"]
    result["ratio_in_run"] = result[2000]["in_run_per_case"] / result[20]["in_run_per_case"]
    low = (result[200]["cost"] - result[20]["cost"]) / 180
    high = (result[2000]["cost"] - result[200]["cost"]) / 1800
    result["incremental"] = {"20-200": low, "200-2000": high, "ratio": high / low}
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-recording", action="store_true", help="fail instead of recording missing cases")
    args = parser.parse_args(argv)
    result = measure(args.rounds, args.skip_recording)
    for cases in (20, 200, 2000):
        row = result[cases]
        print(f"{cases:>5} cases: replay {row['run']['cpu']:.2f} s CPU, collection {row['collect']['cpu']:.2f} s CPU: "
              f"{row['per_case'] * 1000:.2f} ms CPU per case ({row['per_case_wall'] * 1000:.2f} ms wall-clock); "
              f"timed inside the run: {row['in_run_per_case'] * 1000:.2f} ms CPU per case")
    for name, key in (("timed inside the run", "ratio_in_run"), ("replay - collection", "ratio")):
        verdict = "met" if result[key] <= TARGET_RATIO else "NOT MET"
        print(f"per case at 2,000 / per case at 20, {name}: {result[key]:.2f} (target <= {TARGET_RATIO}): {verdict}")
    step = result["incremental"]
    print(f"each case added from 200 to 2,000: {step['200-2000'] * 1000:.2f} ms; from 20 to 200: "
          f"{step['20-200'] * 1000:.2f} ms; ratio {step['ratio']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
