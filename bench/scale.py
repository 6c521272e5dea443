"""Scale: the replay cost per case with 2,000 cases, against the same with 20.

    .venv/bin/python bench/scale.py [--rounds 3] [--skip-recording] [--client lamini] [--client openai]

A benchmark-only catalogue of 500 generated queries (x 2 forms x 2 roles = 2,000 cases) on the
`local` pair with 8-token answers is recorded once through the local server into
bench/.cache/scale-2000/ and reused while its catalogue is unchanged (cases missing from it are
recorded on the next run). The 20- and 200-case projects are its first 5 and 50 queries, with the
same recordings. `--client openai` measures the same cases through the openai client instead: the
`local-openai` pair (the same models, forms raw and templated) on the local server's OpenAI-compatible
routes, recorded into bench/.cache/scale-2000-openai/. Given both clients, the runs alternate between
them too, so that the machine's load hits both alike.

The cost of N cases is the time of a replay run minus the time of a collection-only run of the same
project (`--collect-only`), both with the client's library imported at start-up (`-p lamini`, or
`-p openai`), so that its one-off import (measured by bench/startup.py) is not spread over the cases. It covers everything a case costs:
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
SMALLER = {20: 5, 200: 50}  # cases: queries, the first ones of the large catalogue
TARGET_RATIO = 1.2
CLIENTS = tuple(bench_project.PAIRS)
# What each client's runs import at start-up, in the replay and the collection alike.
PRELOAD = {"lamini": ("-p", "lamini"), "openai": ("-p", "openai")}


def folder(cases: int, client: str) -> Path:
    """Where the project of `cases` cases through `client` lives: scale-2000, scale-2000-openai, ..."""
    return bench_project.CACHE / f"scale-{cases}{'' if client == 'lamini' else '-' + client}"


def large_project(skip_recording: bool = False, log=sys.stderr, client: str = "lamini") -> Path:
    """The 2,000-case project, its missing recordings made first (unless skip_recording)."""
    catalogue = bench_project.catalogue_text(LARGE_QUERIES, client=client)
    project = bench_project.make_project(folder(4 * LARGE_QUERIES, client), catalogue)
    missing = sorted(set(bench_project.case_ids(catalogue)) - bench_project.recorded_cases(project))
    if missing and skip_recording:
        raise SystemExit(f"scale: {len(missing)} of 2,000 cases are not recorded in {project}; run without --skip-recording")
    if missing:
        print(f"scale: recording {len(missing)} cases into {project} through the local server "
              f"(once; reused afterwards)", file=log, flush=True)
        seconds = bench_project.record(project, missing, log=log)
        print(f"scale: recorded {len(missing)} cases in {seconds:.0f} s", file=log, flush=True)
    return project


def smaller_project(large: Path, queries: int, client: str = "lamini") -> Path:
    """The first `queries` queries of the large project, with their recordings and snapshots."""
    catalogue = bench_project.catalogue_text(queries, client=client)
    project = bench_project.make_project(folder(queries * 4, client), catalogue)
    pair = bench_project.PAIRS[client]
    for kind in ("cassettes", "snapshots"):
        shutil.rmtree(project / kind, ignore_errors=True)
        for number in range(1, queries + 1):
            shutil.copytree(large / kind / pair / f"q{number:03d}", project / kind / pair / f"q{number:03d}")
    return project


def measure(rounds: int = 3, skip_recording: bool = False, clients: tuple[str, ...] = ("lamini",)) -> dict:
    """client -> its figures (see main), every client's runs alternating with the others'."""
    sizes = {}
    for client in clients:
        large = large_project(skip_recording, client=client)
        sizes[client] = {cases: smaller_project(large, queries, client) for cases, queries in SMALLER.items()}
        sizes[client][2000] = large
    runs = {}
    with tempfile.TemporaryDirectory() as scratch:
        clocks = {(client, cases): Path(scratch) / f"{client}-{cases}.jsonl" for client in clients for cases in sizes[client]}
        for cases in (*SMALLER, 2000):
            # The smaller sizes are cheap and their difference small: three times the rounds, interleaved.
            for repeat in range(1 if cases == 2000 else 3):
                for client in clients:
                    project, preload = sizes[client][cases], PRELOAD[client]
                    runs[f"run {client} {cases} #{repeat}"] = bench_project.clocked(
                        (project, ("-q", *preload)), clocks[client, cases]
                    )
                    runs[f"collect {client} {cases} #{repeat}"] = bench_project.clocked(
                        (project, ("-q", *preload, "--collect-only")), clocks[client, cases]
                    )
        measured = bench_project.interleaved(runs, rounds)
        in_run = {key: bench_project.clock_readings(clock) for key, clock in clocks.items()}
    return {
        client: figures(client, {name.split(" ", 2)[0] + " " + name.split(" ", 2)[2]: value
                                 for name, value in measured.items() if name.split()[1] == client},
                        {cases: in_run[client, cases] for cases in sizes[client]}, rounds)
        for client in clients
    }


def figures(client: str, measured: dict, in_run: dict, rounds: int) -> dict:
    """One client's figures from its timed runs ("run 20 #0", "collect 20 #0", ...) and in-run clocks."""
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
    result: dict = {"client": client, "rounds": rounds}
    for cases in in_run:
        run, collect = times[f"run {cases}"], times[f"collect {cases}"]
        cost = statistics.median(differences[str(cases)]["cpu"])
        result[cases] = {
            "run": run,
            "collect": collect,
            "cost": cost,
            "per_case": cost / cases,
            "per_case_wall": statistics.median(differences[str(cases)]["wall"]) / cases,
            "per_case_range": (min(differences[str(cases)]["cpu"]) / cases, max(differences[str(cases)]["cpu"]) / cases),
            "collect_per_case": collect["cpu"] / cases,
            "in_run_per_case": statistics.median(in_run[cases]),
            "in_run_range": (min(in_run[cases]), max(in_run[cases])),
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
    parser.add_argument("--client", action="append", choices=CLIENTS,
                        help="the client the cases go through (lamini unless given); give it twice for both, alternating")
    args = parser.parse_args(argv)
    clients = tuple(dict.fromkeys(args.client or ["lamini"]))
    for client, result in measure(args.rounds, args.skip_recording, clients).items():
        print(f"{client} client ({bench_project.PAIRS[client]} pair, `{' '.join(PRELOAD[client])}`):")
        for cases in (20, 200, 2000):
            row = result[cases]
            low, high = row["per_case_range"]
            in_low, in_high = row["in_run_range"]
            print(f"{cases:>5} cases: replay {row['run']['cpu']:.2f} s CPU, collection {row['collect']['cpu']:.2f} s CPU: "
                  f"{row['per_case'] * 1000:.2f} ms CPU per case (rounds {low * 1000:.2f} to {high * 1000:.2f}; "
                  f"{row['per_case_wall'] * 1000:.2f} ms wall-clock); timed inside the run: "
                  f"{row['in_run_per_case'] * 1000:.2f} ms CPU per case (rounds {in_low * 1000:.2f} to {in_high * 1000:.2f})")
        for name, key in (("timed inside the run", "ratio_in_run"), ("replay - collection", "ratio")):
            verdict = "met" if result[key] <= TARGET_RATIO else "NOT MET"
            print(f"per case at 2,000 / per case at 20, {name}: {result[key]:.2f} (target <= {TARGET_RATIO}): {verdict}")
        step = result["incremental"]
        print(f"each case added from 200 to 2,000: {step['200-2000'] * 1000:.2f} ms; from 20 to 200: "
              f"{step['20-200'] * 1000:.2f} ms; ratio {step['ratio']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
