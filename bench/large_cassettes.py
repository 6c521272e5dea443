"""compare's memory and time when a cassette is large: what a cassette at the size limit costs, and that
a far larger one costs nothing more than a normal project (it is refused before it is read).

    .venv/bin/python bench/large_cassettes.py [--oversize-mb 200]

Three throwaway projects, each the shipped catalogue's `local` pair with every case recorded (a short
typical output), differing in one cassette: as recorded; with an output that brings its file just under
`MAX_CASSETTE_BYTES`; and a file of `--oversize-mb` megabytes. For each, `python -m why_finetune compare
--plain` runs in its own process, and its peak resident memory (from wait4) and wall time are printed,
one line each. Linux only (peak RSS in kilobytes, as Linux gives it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from why_finetune.catalogue import load_catalogue  # noqa: E402
from why_finetune.recording import serializer  # noqa: E402
from why_finetune.recording.persistence import MAX_CASSETTE_BYTES, CassetteStore  # noqa: E402

LARGE_CASE = "local/mars/raw/base"


def cassette_text(case, output: str) -> str:
    body = {"model_name": case.model, "prompt": case.prompt, "output_type": None, "max_tokens": None}
    return serializer.serialize({
        "provenance": {"case": case.id, "pair": case.pair.id, "model": case.model, "recorded": "2026-12-01"},
        "interactions": [{
            "request": {"body": json.dumps(body), "headers": {"Content-Type": ["application/json"]},
                        "method": "POST", "uri": "http://127.0.0.1:8800/v1/completions"},
            "response": {"status": {"code": 200, "message": "OK"}, "headers": {"Content-Type": ["application/json"]},
                         "body": {"string": json.dumps({"output": output})}},
        }],
        "version": 1,
    })


def make_project(directory: Path) -> tuple[Path, list]:
    directory.mkdir(parents=True)
    shutil.copy(ROOT / "catalogue.yaml", directory / "catalogue.yaml")
    (directory / "pytest.ini").write_text("[pytest]\n")
    catalogue = load_catalogue(directory / "catalogue.yaml")
    store = CassetteStore(directory / "cassettes")
    cases = catalogue.cases(["local"])
    for case in cases:
        path = store.path_for(case.id)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(cassette_text(case, "Mars is the fourth planet from the Sun. " * 5), encoding="utf-8")
    return directory, cases


def at_the_limit(case) -> str:
    """The cassette whose output brings its file closest under the limit (words and line breaks, as a
    model writes them)."""
    unit = "the base model loops on and on\n"
    low, high = 0, MAX_CASSETTE_BYTES // len(unit) + 1
    while low < high:  # the most repetitions whose cassette fits
        middle = (low + high + 1) // 2
        if len(cassette_text(case, unit * middle).encode()) <= MAX_CASSETTE_BYTES:
            low = middle
        else:
            high = middle - 1
    return cassette_text(case, unit * low)


# Run from a small Python of its own: a child's peak RSS counts the memory of the process it was forked
# from, and this one holds the projects' texts.
_MEASURE = """
import resource, subprocess, sys, time
started = time.monotonic()
status = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.monotonic() - started, status)
"""


def measure(project: Path) -> tuple[float, float, int]:
    """(peak RSS in MB, wall seconds, exit status) of one `compare --plain --pair local` in `project`."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "why_finetune", "compare", "--plain", "--pair", "local"]
    out = subprocess.run([sys.executable, "-c", _MEASURE, *command], cwd=project, env=environment,
                         capture_output=True, text=True, check=True).stdout.split()
    return int(out[0]) / 1024, float(out[1]), int(out[2])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oversize-mb", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        normal, cases = make_project(Path(scratch) / "normal")
        limit, _ = make_project(Path(scratch) / "limit")
        large = next(case for case in cases if case.id == LARGE_CASE)
        text = at_the_limit(large)
        CassetteStore(limit / "cassettes").path_for(LARGE_CASE).write_text(text, encoding="utf-8")
        oversize, _ = make_project(Path(scratch) / "oversize")
        path = CassetteStore(oversize / "cassettes").path_for(LARGE_CASE)
        with open(path, "w", encoding="utf-8") as file:  # a real cassette, its output padded to the size asked
            file.write(cassette_text(large, "x"))
            file.write("padding: |\n" + ("  " + "y" * 1022 + "\n") * (args.oversize_mb * 1024))
        print(f"{len(cases)} cases; size limit {MAX_CASSETTE_BYTES:,} bytes")
        for name, project, size in (("normal", normal, None), ("at the limit", limit, len(text.encode())),
                                    ("oversize", oversize, path.stat().st_size)):
            measure(project)  # once to warm the file cache and the imports' .pyc
            rss, seconds, status = measure(project)
            shown = f", the large cassette {size:,} bytes" if size else ""
            print(f"{name}{shown}: peak RSS {rss:.0f} MB, {seconds:.1f} s, exit status {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
