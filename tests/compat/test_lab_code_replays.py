"""The course lab's own code, replayed from this project's cassettes.

The lab sends each query with `BasicModelRunner(model_name)(prompt)`, after setting `lamini.api_url`
and `lamini.api_key`. This module runs exactly that, for every case in the catalogue, inside a vcrpy
cassette holding the case's recording, replay only, with the network blocked: the runner must send
the recorded request (method, route and JSON body; anything else fails with the field that differed)
and return the recorded output, which must also equal the case's snapshot. The call passes the
pair's `max_new_tokens` when the pair sets one (the local pair: 128); for the course pair it is the
lab's line as the lab wrote it.

lamini exports `BasicModelRunner` from 2.0.1 to 3.0.4, but in 3.0.0 to 3.0.4 it cannot be built:
its base class passes `local_cache_file` to `lamini.Lamini`, which those releases no longer take,
so it raises TypeError before anything is sent. Measured: 2.2.0, 2.2.1, 2.5.2 and 2.5.7 send the recorded request;
2.1.8 sends `out_type` for `output_type`; the runners of 2.0.1, 2.0.16 and 2.1.1 take no
`max_new_tokens`, which the local pair's recordings hold. The environment
`make setup` builds has lamini 3.4.6, which does not export it: there this module skips, and
`.ci/lamini-matrix` runs it under 2.2.0, 2.5.7 and 3.0.4 (see .ci/lamini-versions).
"""

from __future__ import annotations

import importlib.metadata
import os
from pathlib import Path

import pytest
import yaml

from why_finetune.catalogue import load_catalogue
from why_finetune.recording import matching
from why_finetune.recording.persistence import CassetteStore, read_recording

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes"
SNAPSHOTS = ROOT / "snapshots"
# Replay sends nothing anywhere; lamini only needs a URL that parses and a key of some kind.
REPLAY_URL = "http://127.0.0.1:9"
REPLAY_KEY = "replay-no-key"


def _release(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:3] if part.isdigit())


try:
    LAMINI = importlib.metadata.version("lamini")
except importlib.metadata.PackageNotFoundError:
    pytest.skip("lamini is not installed", allow_module_level=True)

if _release(LAMINI) > (3, 0, 4):
    # Decided from the installed metadata, before `import lamini` (two seconds) is paid for nothing.
    pytest.skip(
        f"lamini {LAMINI} does not export BasicModelRunner (2.0.1 to 3.0.4 do); "
        "`.ci/lamini-matrix 2.2.0 2.5.7 3.0.4` runs the lab's code",
        allow_module_level=True,
    )

# 3.0.0 to 3.0.4: exported, but it raises TypeError when built (see the module docstring).
RUNNER_BUILDS = not (3, 0, 0) <= _release(LAMINI) <= (3, 0, 4)

CATALOGUE = load_catalogue()
# The lab's code is lamini's: it replays the pairs recorded through the lamini client.
CASES = [case for case in CATALOGUE.cases() if case.pair.client == "lamini"]


@pytest.fixture
def lab_lamini(monkeypatch):
    """`import lamini`, configured as the lab configured it; nothing from this machine's settings."""
    for name in list(os.environ):
        if name.startswith(("LAMINI", "POWERML", "LLAMA_ENVIRONMENT")):
            monkeypatch.delenv(name)
    # lamini reads ~/.lamini/configure.yaml and ~/.powerml/configure_llama.yaml when they exist:
    # point it at a home that does not exist, so no file outside this repository is read.
    monkeypatch.setenv("HOME", str(ROOT / ".no-home"))
    import lamini

    monkeypatch.setattr(lamini, "api_url", REPLAY_URL)
    monkeypatch.setattr(lamini, "api_key", REPLAY_KEY)
    return lamini


@pytest.fixture
def replay_only():
    """A vcrpy VCR that replays this project's cassettes and never records: our persister and matcher."""
    from vcr import VCR

    vcr = VCR(record_mode="none", match_on=matching.MATCH_ON, decode_compressed_response=True)
    for name, matcher in matching.MATCHERS.items():
        vcr.register_matcher(name, matcher)
    vcr.register_persister(CassetteStore(root=CASSETTES))
    return vcr


def lab_call(lamini, case):
    """The lab's line: BasicModelRunner(model_name)(prompt), plus the pair's token limit if it sets one."""
    options = {} if case.pair.max_new_tokens is None else {"max_new_tokens": case.pair.max_new_tokens}
    return lamini.BasicModelRunner(case.model)(case.prompt, **options)


def recorded(case) -> Path:
    """The case's recording. A hosted pair's may not exist yet (recording it needs a key): skipped;
    a local pair's must (anyone can record it)."""
    path = CASSETTES / f"{case.id}.yaml"
    if not path.is_file():
        hint = f"python -m why_finetune refresh --pair {case.pair.id}"
        if case.pair.backend == "hosted":
            pytest.skip(f"{case.id}: not recorded yet; record it with: {hint}")
        pytest.fail(f"{case.id}: no recording at {path.relative_to(ROOT)}; record it with: {hint}", pytrace=False)
    return path


def snapshot_output(case) -> str:
    data = yaml.safe_load((SNAPSHOTS / f"{case.id}.yml").read_text(encoding="utf-8"))
    return data["output"]


def replay(vcr, path: Path, call):
    """Run `call` inside the cassette at `path`; fail, naming the differing field, on any unrecorded request."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    with vcr.use_cassette(str(path)) as cassette:
        try:
            output = call()
        except CannotOverwriteExistingCassetteException as miss:
            differences = matching.closest_differences(miss.failed_request, cassette.requests)
            pytest.fail(f"{path.relative_to(ROOT)}: a request the recording does not hold: {differences}", pytrace=False)
        assert cassette.all_played, f"{path.relative_to(ROOT)}: the recorded request was never sent"
    return output


@pytest.mark.skipif(not RUNNER_BUILDS, reason=f"lamini {LAMINI}'s BasicModelRunner cannot be built")
@pytest.mark.parametrize("lab_case", CASES, ids=[case.id for case in CASES])
def test_lab_code_replays_the_recording(lab_case, lab_lamini, replay_only):
    # Not named `case`: the behaviour plugin parametrizes that name itself.
    case = lab_case
    path = recorded(case)
    output = replay(replay_only, path, lambda: lab_call(lab_lamini, case))
    assert output == read_recording(path).output
    assert output == snapshot_output(case), f"{case.id}: the output differs from snapshots/{case.id}.yml"


@pytest.mark.skipif(not RUNNER_BUILDS, reason=f"lamini {LAMINI}'s BasicModelRunner cannot be built")
def test_a_request_the_recording_does_not_hold_fails(lab_lamini, replay_only):
    """The other side of the replay test: the lab's call without the local pair's token limit sends a
    body no recording holds, and the cassette refuses it instead of reaching for the network."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    case = next(case for case in CASES if case.pair.max_new_tokens is not None)
    with replay_only.use_cassette(str(recorded(case))) as cassette:
        with pytest.raises(CannotOverwriteExistingCassetteException) as miss:
            lab_lamini.BasicModelRunner(case.model)(case.prompt)
        assert cassette.play_count == 0
    differences = matching.closest_differences(miss.value.failed_request, cassette.requests)
    assert differences == [f"body field 'max_new_tokens': sent <absent>, recorded {case.pair.max_new_tokens}"]


@pytest.mark.skipif(RUNNER_BUILDS, reason=f"lamini {LAMINI}'s BasicModelRunner builds")
def test_lab_runner_fails_before_sending_anything(lab_lamini, replay_only):
    """lamini 3.0.0 to 3.0.4 export BasicModelRunner, but building one raises TypeError: its base class
    passes local_cache_file to lamini.Lamini, which no longer takes it. If a release ever fixes that,
    this test fails and the lab's code replays under it instead."""
    case = next(case for case in CASES if (CASSETTES / f"{case.id}.yaml").is_file())
    with replay_only.use_cassette(str(recorded(case))) as cassette:
        with pytest.raises(TypeError, match="local_cache_file"):
            lab_call(lab_lamini, case)
        assert cassette.play_count == 0


@pytest.mark.skipif(not RUNNER_BUILDS, reason=f"lamini {LAMINI}'s BasicModelRunner cannot be built")
def test_outside_a_cassette_the_lab_code_reaches_no_network(lab_lamini):
    """What stands behind the cassettes: this run blocks the network (pytest-recording's
    --block-network, set in pyproject.toml), so a request no cassette answers cannot leave."""
    case = next(case for case in CASES if (CASSETTES / f"{case.id}.yaml").is_file())
    with pytest.raises(RuntimeError, match="Network is disabled for host '127.0.0.1'"):
        lab_call(lab_lamini, case)
