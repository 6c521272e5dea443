"""Recording with the local server: tokens per second through the whole path, against xllamacpp alone.

    .venv/bin/python bench/recording_throughput.py [--rounds 2] [--max-new-tokens 128]

Direct: both models loaded in this process exactly as the server loads them (why_finetune.server.models),
each prompt handed straight to xllamacpp (`Server.handle_completions`, the request the server builds).
Whole path: the same prompts through `why_finetune.clients.call_model`, i.e. the unmodified lamini client,
HTTP on loopback, the server (`python -m why_finetune serve`, started by start_server) and xllamacpp.
The prompts are the shipped catalogue's `local` cases (4 queries x 2 forms x 2 models). Passes alternate
between the two (direct, path, direct, path, ...); tokens/s is generated tokens (xllamacpp's count)
over wall-clock seconds, the best pass of each. Both give the same texts (greedy decoding), checked.

`pytest -n 2`: a 40-case catalogue (8-token answers) recorded serially and with two xdist workers
(each worker's session starts its own server, so requests are served by two processes at once),
timed from start to end, server start-up included; the two recordings must hold the same outputs,
case by case.
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import project as bench_project  # noqa: E402

TARGET_RATIO = 0.9
CONCURRENCY = bench_project.CACHE / "concurrency"


def shipped_cases():
    from why_finetune.catalogue import load_catalogue

    return load_catalogue(bench_project.ROOT / "catalogue.yaml").cases(["local"])


def direct_pass(models, cases, max_new_tokens: int) -> tuple[float, int, dict]:
    """(seconds, generated tokens, case id -> text) for one pass straight into xllamacpp."""
    texts, tokens = {}, 0
    started = time.perf_counter()
    for case in cases:
        # What LoadedModel.complete hands the runtime, minus our lock and checks.
        request = {"prompt": case.prompt, "max_tokens": max_new_tokens, "temperature": 0, "top_k": 1,
                   "seed": 0, "cache_prompt": False}
        result = models[case.model]._runtime.handle_completions(request)
        texts[case.id] = result["choices"][0]["text"]
        tokens += int(result["usage"]["completion_tokens"])
    return time.perf_counter() - started, tokens, texts


def path_pass(url: str, cases, max_new_tokens: int) -> tuple[float, dict]:
    """(seconds, case id -> text) for one pass through lamini, HTTP and the server."""
    from dataclasses import replace

    from why_finetune.clients import call_model
    from why_finetune.clients.endpoint import Endpoint

    texts = {}
    started = time.perf_counter()
    for case in cases:
        case = replace(case, pair=replace(case.pair, max_new_tokens=max_new_tokens))
        texts[case.id] = call_model(case, Endpoint(url, "bench-no-key", "none: the server checks none"))
    return time.perf_counter() - started, texts


def measure_path(rounds: int = 2, max_new_tokens: int = 128) -> dict:
    from why_finetune.server.models import load_models
    from why_finetune.server.process import start_server

    cases = shipped_cases()
    import lamini  # noqa: F401  (its one-off import is not part of any pass)

    models = load_models(log=io.StringIO())
    direct, path, tokens, same = [], [], 0, True
    with start_server() as server:
        # Both models once each way, outside the timing: first calls are slower (caches, first connection).
        direct_pass(models, cases[:2], 4)
        path_pass(server.url, cases[:2], 4)
        for _ in range(rounds):
            seconds, tokens, direct_texts = direct_pass(models, cases, max_new_tokens)
            direct.append(seconds)
            seconds, path_texts = path_pass(server.url, cases, max_new_tokens)
            path.append(seconds)
            same = same and path_texts == direct_texts
    models.clear()  # unloaded now rather than at exit
    direct_rate, path_rate = tokens / min(direct), tokens / min(path)
    return {"requests": len(cases), "tokens": tokens, "max_new_tokens": max_new_tokens, "rounds": rounds,
            "direct_tokens_per_s": direct_rate, "path_tokens_per_s": path_rate,
            "ratio": path_rate / direct_rate, "same_texts": same}


def measure_workers(queries: int = 10) -> dict:
    """Record the same small catalogue serially and with `-n 2`; compare times and outputs."""
    from why_finetune.recording.persistence import read_recording

    catalogue = bench_project.catalogue_text(queries)
    ids = bench_project.case_ids(catalogue)
    outputs, seconds = {}, {}
    for name, workers in (("serial", 0), ("-n 2", 2)):
        project = CONCURRENCY / ("serial" if not workers else "workers")
        shutil.rmtree(project, ignore_errors=True)
        bench_project.make_project(project, catalogue)
        seconds[name] = bench_project.record(project, ids, workers=workers)
        outputs[name] = {}
        for case_id in ids:
            recording = read_recording(project / "cassettes" / f"{case_id}.yaml")
            outputs[name][case_id] = (recording.model, recording.prompt, recording.output)
    mixed = [case_id for case_id in ids if outputs["serial"][case_id] != outputs["-n 2"][case_id]]
    return {"cases": len(ids), "serial_s": seconds["serial"], "workers_s": seconds["-n 2"],
            "speedup": seconds["serial"] / seconds["-n 2"], "mixed": mixed}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=128)
    args = parser.parse_args(argv)
    result = measure_path(args.rounds, args.max_new_tokens)
    verdict = "met" if result["ratio"] >= TARGET_RATIO else "NOT MET"
    print(f"{result['requests']} requests, {result['tokens']} tokens: xllamacpp alone {result['direct_tokens_per_s']:.1f} "
          f"tokens/s, whole path {result['path_tokens_per_s']:.1f} tokens/s: {result['ratio']:.3f} "
          f"(target >= {TARGET_RATIO}): {verdict}; same texts: {result['same_texts']}")
    workers = measure_workers()
    print(f"{workers['cases']} cases recorded: serial {workers['serial_s']:.1f} s, -n 2 {workers['workers_s']:.1f} s "
          f"({workers['speedup']:.2f}x); outputs differing from the serial recording: {len(workers['mixed'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
