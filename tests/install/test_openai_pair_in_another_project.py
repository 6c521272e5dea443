"""An openai pair in another project, as its user sets it up: the package installed from a copy of the
checkout (then deleted), `init` in an empty folder, a pair added to the catalogue that points at a
server speaking the OpenAI API (the local server, started by hand with a key), `refresh`, then `pytest`
replays green with the server stopped and the network cut to loopback."""

import os
import random
import re
import secrets
import shutil
import signal
import subprocess
from pathlib import Path

import pytest
import yaml
from installed_venv import REPO, clean_environment, loopback_only, opened_in_checkout

KEY_VARIABLE = "MY_SERVER_KEY"

# What the user adds under `pairs:`: the local models behind the server's OpenAI routes, as vLLM or
# llama-server would serve a base model and its fine-tune, reached through chat completions.
USER_PAIR = """
  mine:
    description: "A base model and its fine-tune behind an OpenAI-compatible server."
    backend: hosted
    client: openai
    url: "{url}/openai/v1"
    key_variable: {key_variable}
    forms: [chat]
    base: google/gemma-3-270m
    chat: HuggingFaceTB/SmolLM2-135M-Instruct
    max_new_tokens: 128
"""

# What the user writes after measuring: the 135M chat model loops on this query (the shipped
# `local-openai` pair says the same of the same model).
TAYLOR_SWIFT_MEASURED = """\
    expect:
      mine:
        chat:
          chat: [drifts]
          chat_better: false
"""


@pytest.fixture(scope="module")
def recorded_project(tmp_path_factory, installed_python):
    """The user's project after `init`, the pair added, a server started and `refresh --pair mine`."""
    directory = tmp_path_factory.mktemp("openai-pair")
    python = installed_python
    project = directory / "project"
    project.mkdir()
    key = secrets.token_urlsafe(24)

    def run(*args, **extra):
        return subprocess.run([python, *args], cwd=project, env=clean_environment(directory, **extra),
                              capture_output=True, text=True, timeout=900)

    init = run("-m", "why_finetune", "init")
    assert init.returncode == 0, init.stdout + init.stderr

    # The server runs where the user's shell runs it: with the key in its environment and the user's
    # HOME, where the base model's weights are assembled on first use.
    server = subprocess.Popen(
        [python, "-m", "why_finetune", "serve", "--port", "0", "--api-key-env", KEY_VARIABLE],
        cwd=project, env={**clean_environment(directory), "HOME": os.environ.get("HOME", str(directory)),
                          KEY_VARIABLE: key},
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, start_new_session=True,
    )
    try:
        url = _listening_url(server)
        catalogue = project / "catalogue.yaml"
        text = catalogue.read_text(encoding="utf-8")
        text = text.replace("    text: \"taylor swift's best friend\"\n",
                            "    text: \"taylor swift's best friend\"\n" + TAYLOR_SWIFT_MEASURED)
        catalogue.write_text(text + USER_PAIR.format(url=url, key_variable=KEY_VARIABLE), encoding="utf-8")

        unrecorded = run("-m", "pytest", "-rs", "-p", "no:cacheprovider")
        refresh = run("-m", "why_finetune", "refresh", "--pair", "mine", **{KEY_VARIABLE: key})
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)
    return {"directory": directory, "python": python, "project": project, "key": key,
            "unrecorded": unrecorded, "refresh": refresh}


def _listening_url(server: subprocess.Popen) -> str:
    """The URL from the server's `listening on <url>` line (it loads both models first)."""
    for line in server.stdout:
        if line.startswith("listening on "):
            return line.split()[2]
    raise AssertionError(f"the server exited ({server.wait()}) before it listened")


def test_before_recording_the_pairs_cases_skip_naming_the_command(recorded_project):
    unrecorded = recorded_project["unrecorded"]
    assert unrecorded.returncode == 0, unrecorded.stdout + unrecorded.stderr
    skips = [line for line in unrecorded.stdout.splitlines() if line.startswith("SKIPPED") and "mine/" in line]
    recordable = [line for line in skips if "not recorded yet" in line]
    # "SKIPPED [n] ...": the 8 cases and the paired checks of 3 queries (not taylor-swift's, not expected).
    assert sum(int(re.match(r"SKIPPED \[(\d+)\]", line)[1]) for line in recordable) == 8 + 3, skips
    assert all("set MY_SERVER_KEY and run: python -m why_finetune refresh --pair mine" in line
               for line in recordable), recordable


def test_refresh_records_every_case_of_the_pair(recorded_project):
    refresh, project = recorded_project["refresh"], recorded_project["project"]
    assert refresh.returncode == 0, refresh.stdout + refresh.stderr
    assert "through the openai client" in refresh.stdout + refresh.stderr
    cases = sorted(p.relative_to(project / "cassettes").as_posix() for p in (project / "cassettes").rglob("*.yaml"))
    queries = ("amazon-agent", "dog-sit", "mars", "taylor-swift")
    assert cases == [f"mine/{query}/chat/{role}.yaml" for query in queries for role in ("base", "chat")]
    assert len(list((project / "snapshots").rglob("*.yml"))) == len(cases)


def test_the_recordings_are_the_models_own_outputs(recorded_project):
    # Greedy generation from the same weights: what the user recorded is what this repository's
    # `local-openai` pair recorded through the same client and route.
    project = recorded_project["project"]
    for path in (project / "snapshots" / "mine").rglob("*.yml"):
        ours = REPO / "snapshots" / "local-openai" / path.relative_to(project / "snapshots" / "mine")
        assert _output(path) == _output(ours), path


def _output(snapshot: Path) -> str:
    return yaml.safe_load(snapshot.read_text(encoding="utf-8"))["output"]


def test_pytest_replays_green_with_the_network_cut_to_loopback(recorded_project):
    directory, project = recorded_project["directory"], recorded_project["project"]
    connections = directory / "connections.txt"
    command = [str(recorded_project["python"]), "-m", "pytest", "-rA", "-p", "no:cacheprovider"]
    replay = subprocess.run(
        [*loopback_only(), *command], cwd=project, capture_output=True, text=True, timeout=300,
        env=clean_environment(directory, AUDIT_CONNECTIONS=str(connections)),
    )
    assert replay.returncode == 0, replay.stdout + replay.stderr
    passed = [line for line in replay.stdout.splitlines() if line.startswith("PASSED") and "mine/" in line]
    # 8 cases, and the paired checks of the three queries whose chat output answers better.
    assert len(passed) == 8 + 3, replay.stdout
    assert not connections.exists() or connections.read_text() == "", connections.read_text()
    assert opened_in_checkout(directory) == []


def test_a_request_that_is_not_recorded_fails_its_case_and_reaches_nothing(recorded_project):
    directory, project = recorded_project["directory"], recorded_project["project"]
    edited = directory / "edited"
    shutil.copytree(project, edited)
    catalogue = edited / "catalogue.yaml"
    catalogue.write_text(catalogue.read_text(encoding="utf-8").replace("max_new_tokens: 128", "max_new_tokens: 64"),
                         encoding="utf-8")
    connections = directory / "connections-edited.txt"
    replay = subprocess.run(
        [*loopback_only(), str(recorded_project["python"]), "-m", "pytest", "-p", "no:cacheprovider",
         "--finetune-case", "mine/mars/chat/chat"],
        cwd=edited, capture_output=True, text=True, timeout=300,
        env=clean_environment(directory, AUDIT_CONNECTIONS=str(connections)),
    )
    assert replay.returncode == 1, replay.stdout + replay.stderr
    assert re.search(r"does not match its recording \(.*max_tokens", replay.stdout), replay.stdout
    assert not connections.exists() or connections.read_text() == "", connections.read_text()


def test_the_key_reaches_no_file_and_no_output(recorded_project):
    key, directory = recorded_project["key"], recorded_project["directory"]
    for name in ("unrecorded", "refresh"):
        result = recorded_project[name]
        assert key not in result.stdout + result.stderr, name
    for path in recorded_project["project"].rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes(), path
    assert opened_in_checkout(directory) == []


def test_the_loopback_only_prefix_leaves_no_other_network():
    prefix = loopback_only()
    if not prefix:
        pytest.skip("this machine allows no network namespace (unshare --net): the connection audit stands alone")
    interfaces = subprocess.run([*prefix, "cat", "/proc/net/dev"], capture_output=True, text=True, check=True).stdout
    names = {line.split(":")[0].strip() for line in interfaces.splitlines()[2:]}
    assert names == {"lo"}
    # And the host's network is not reachable from inside (any port: nothing can even route there).
    reach = subprocess.run(
        [*prefix, "python3", "-c",
         f"import socket; socket.create_connection(('192.0.2.{random.randint(1, 254)}', 80), timeout=2)"],
        capture_output=True, text=True,
    )
    assert reach.returncode != 0 and "unreachable" in reach.stderr.lower(), reach.stderr


def test_the_connection_audit_sees_a_connection(recorded_project):
    # The proofs above that nothing was reached are only as good as this audit: it must notice a try.
    directory = recorded_project["directory"]
    connections = directory / "connections-probe.txt"
    subprocess.run(
        [str(recorded_project["python"]), "-c",
         "import socket\ntry: socket.create_connection(('127.0.0.1', 9), timeout=2)\nexcept OSError: pass"],
        cwd=directory, env=clean_environment(directory, AUDIT_CONNECTIONS=str(connections)), check=True,
    )
    assert connections.read_text() == "('127.0.0.1', 9)\n"
