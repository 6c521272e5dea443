"""Throwaway projects for the benchmarks: the behaviour suite, its plugin and a catalogue of our own.

A project is what a user's repository looks like: tests/behaviour/test_behaviour.py copied from this
repository, a pytest.ini that blocks the network, a catalogue.yaml, and the cassettes/ and snapshots/
beside them. pytest runs on it in a subprocess with PYTHONPATH pointing here (this checkout's package;
the plugin registers through the installed package's entry point), as a user's CI would run it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
PYTHON = sys.executable

# 25 subjects x 20 ways of asking = 500 distinct queries, always in the same order.
SUBJECTS = (
    "Mars", "the Moon", "volcanoes", "honey bees", "the Roman Empire", "jazz", "chess", "sourdough bread",
    "ocean tides", "black holes", "the printing press", "penguins", "rainbows", "the Great Wall of China",
    "electric cars", "photosynthesis", "the Olympic Games", "coffee", "glaciers", "the violin",
    "solar panels", "octopuses", "the Sahara", "origami", "lighthouses",
)
ASKINGS = (
    "What do you think of {s}?", "Tell me three facts about {s}.", "Why is {s} interesting?",
    "Explain {s} to a child.", "Write one sentence about {s}.", "What is the history of {s}?",
    "Give me a fun fact about {s}.", "How would you describe {s} to a friend?", "What should I know about {s}?",
    "Is {s} overrated?", "Write a haiku about {s}.", "What are the main features of {s}?",
    "Summarise what you know about {s}.", "Tell me a story about {s}.", "Compare {s} with something familiar.",
    "What questions do scientists ask about {s}?", "List two misconceptions about {s}.",
    "How has {s} changed over time?", "What would a poet say about {s}?", "Teach me something new about {s}.",
)


def query_texts(count: int) -> list[str]:
    texts = [asking.format(s=subject) for subject in SUBJECTS for asking in ASKINGS]
    if count > len(texts):
        raise ValueError(f"at most {len(texts)} generated queries")
    return texts[:count]


# The pair a benchmark catalogue holds for each client: the shipped `local` pair, reached through lamini
# or through the openai client and the local server's OpenAI-compatible routes.
PAIRS = {"lamini": "local", "openai": "local-openai"}


def catalogue_text(queries: int, max_new_tokens: int = 8, client: str = "lamini") -> str:
    """A benchmark catalogue: the shipped `local` pair (8-token answers), `queries` generated queries.

    With client "openai" the pair is `local-openai`: the same models and template through the openai
    client, with the same two forms (raw and templated), so its cases are the lamini ones' counterparts.
    Nothing is expected of any output (the benchmarks time the machinery, not the models), so every
    case passes and is recorded; the paired checks are marked skipped at collection.
    """
    shipped = yaml.safe_load((ROOT / "catalogue.yaml").read_text(encoding="utf-8"))["pairs"]["local"]
    pair = {
        "backend": "local",
        **({"client": "openai", "forms": ["raw", "templated"]} if client == "openai" else {}),
        "base": shipped["base"],
        "chat": shipped["chat"],
        "template": shipped["template"],
        "max_new_tokens": max_new_tokens,
    }
    data = {
        "expect": {"base": [], "chat": [], "chat_better": False},
        "queries": [{"id": f"q{n:03d}", "text": text} for n, text in enumerate(query_texts(queries), start=1)],
        "pairs": {PAIRS[client]: pair},
    }
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def make_project(directory: Path, catalogue: str) -> Path:
    """Create (or refresh the code of) a project in `directory`; its recordings are kept."""
    (directory / "tests" / "behaviour").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "tests" / "behaviour" / "test_behaviour.py", directory / "tests" / "behaviour")
    (directory / "pytest.ini").write_text("[pytest]\naddopts = --block-network -p no:cacheprovider\n")
    path = directory / "catalogue.yaml"
    if not path.is_file() or path.read_text(encoding="utf-8") != catalogue:
        path.write_text(catalogue, encoding="utf-8")
    return directory


def environment(project: Path, extra: dict | None = None) -> dict:
    """A clean environment: no keys; the project's own catalogue (the shipped one in ROOT)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(Path.home())),  # the base model's weights are assembled under ~/.cache
        "PYTHONPATH": str(ROOT),
    }
    return {**env, **(extra or {})}


def pytest_command(project: Path, *args: str) -> list[str]:
    """pytest on a bench project's behaviour suite; elsewhere (this repository), on its own test paths."""
    paths = ["tests/behaviour"] if project != ROOT and (project / "tests" / "behaviour").is_dir() else []
    return [PYTHON, "-m", "pytest", *paths, *args]


def run(project: Path, *args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        pytest_command(project, *args), cwd=project, env=environment(project, env), capture_output=True, text=True,
    )
    if check and result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise RuntimeError(f"pytest {' '.join(args)} failed in {project} (exit {result.returncode}):\n{tail}")
    return result


def timed(project: Path, *args: str, env: dict | None = None) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one pytest run on the project, which must pass.

    CPU time (user + system, of pytest and anything it waited for) is what the run itself costs;
    unlike wall-clock time it does not grow when other processes share the machine.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run(project, *args, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def interleaved(runs: dict[str, tuple], rounds: int) -> dict[str, dict]:
    """Time each named run `rounds` times, alternating between them: name -> {"wall", "cpu"}, best of each.

    Alternating (A B A B ...) rather than (A A B B) lets drift on a shared machine hit every run alike;
    the best (least disturbed) round of each is kept. Each entry is (project, args) or (project, args, env).
    """
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, spec in runs.items():
            project, args, env = spec if len(spec) == 3 else (*spec, None)
            times[name].append(timed(project, *args, env=env))
    return {
        name: {"wall": min(w for w, _ in values), "cpu": min(c for _, c in values), "rounds": values}
        for name, values in times.items()
    }


def clocked(spec: tuple, clock: Path) -> tuple:
    """A run spec (project, args) that also times its cases from inside the run (bench/run_clock.py),
    appending a line per run to `clock`."""
    project, args = spec
    return project, (*args, "-p", "bench.run_clock"), {"WHY_FINETUNE_BENCH_CLOCK": str(clock)}


def clock_readings(clock: Path) -> list[float]:
    """CPU seconds per replayed case, one per run timed with `clocked`, in the order they ran."""
    rows = [json.loads(line) for line in clock.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row["cpu"] / row["replayed"] for row in rows if row["replayed"]]


def recorded_cases(project: Path) -> set[str]:
    root = project / "cassettes"
    return {p.relative_to(root).as_posix().removesuffix(".yaml") for p in root.rglob("*.yaml")} if root.is_dir() else set()


def case_ids(catalogue: str) -> list[str]:
    data = yaml.safe_load(catalogue)
    return [
        f"{pair}/{query['id']}/{form}/{role}"
        for pair in data["pairs"]
        for query in data["queries"]
        for form in ("raw", "templated")
        for role in ("base", "chat")
    ]


def record(project: Path, case_ids_to_record: list[str], workers: int = 0, log=sys.stderr) -> float:
    """Record these cases through the local server (it starts itself), showing progress; returns seconds.

    The run is what `python -m why_finetune refresh --pair <pair>` does (see why_finetune.commands.refresh), for
    the catalogue's one pair.
    """
    from why_finetune.commands.refresh import recording_arguments

    (pair,) = yaml.safe_load((project / "catalogue.yaml").read_text(encoding="utf-8"))["pairs"]
    arguments = recording_arguments(pair) + ["-q"]
    if len(case_ids_to_record) < len(case_ids((project / "catalogue.yaml").read_text(encoding="utf-8"))):
        arguments += [f"--finetune-case={case_id}" for case_id in case_ids_to_record]
    if workers:
        arguments += ["-n", str(workers)]
    output = project / "recording.log"
    wanted = set(case_ids_to_record)
    before = {p: p.stat().st_mtime_ns for p in (project / "cassettes").rglob("*.yaml")} if (project / "cassettes").is_dir() else {}
    started = time.perf_counter()
    with open(output, "w", encoding="utf-8") as log_file:
        process = subprocess.Popen(
            pytest_command(project, *arguments), cwd=project, env=environment(project), stdout=log_file, stderr=subprocess.STDOUT,
        )
        done = threading.Event()

        def progress():
            while not done.wait(10):
                written = sum(
                    1 for p in (project / "cassettes").rglob("*.yaml")
                    if before.get(p) != p.stat().st_mtime_ns
                ) if (project / "cassettes").is_dir() else 0
                elapsed = time.perf_counter() - started
                rate = written / elapsed if elapsed else 0
                left = f", about {(len(wanted) - written) / rate / 60:.1f} min left" if rate else " (loading models)"
                print(f"  recording {project.name}: {written}/{len(wanted)} cases in {elapsed:.0f} s{left}", file=log, flush=True)

        thread = threading.Thread(target=progress, daemon=True)
        thread.start()
        status = process.wait()
        done.set()
        thread.join()
    elapsed = time.perf_counter() - started
    if status != 0:
        tail = "\n".join(output.read_text(encoding="utf-8").strip().splitlines()[-15:])
        raise RuntimeError(f"recording in {project} failed (exit {status}); see {output}:\n{tail}")
    return elapsed
