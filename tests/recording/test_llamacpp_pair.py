"""A pair across two of llama.cpp's own servers, as a user with llama-server runs one: one process per GGUF.

Two `xllamacpp.Server`s (llama.cpp's HTTP server, the runtime the local server embeds) serve the base GGUF
and the chat GGUF that `make setup` installs, each on its own loopback port and behind its own random key.
A throwaway project's openai pair names one server per role. It is recorded with the refresh's arguments,
replayed with the network cut to loopback, and every recorded output is what that role's server answers
greedily when asked directly. No test here talks to this project's own server: this one was written by
others, and is what users run.
"""

import html
import json
import secrets
import shutil
import socket
import subprocess
import sys
import urllib.request

import pytest
import yaml
from throwaway_project import REPO, files_under, make_project, run_pytest

from why_finetune.commands.refresh import recording_arguments
from why_finetune.server.models import locate_gemma_3_270m, locate_smollm2_135m_instruct

pytestmark = pytest.mark.loopback  # the test itself asks the two servers directly, for the greedy answers

BASE_MODEL, CHAT_MODEL = "google/gemma-3-270m", "HuggingFaceTB/SmolLM2-135M-Instruct"
MAX_TOKENS = 16
CATALOGUE = """
expect:
  base: []
  chat: []
queries:
  - id: mars
    text: "What do you think of Mars?"
  - id: dog
    text: "How can I train my dog to sit?"
pairs:
  llamacpp:
    backend: hosted
    client: openai
    forms: [raw, templated, chat]
    template: "<|im_start|>user\\n{{query}}<|im_end|>\\n<|im_start|>assistant\\n"
    max_new_tokens: %d
    base: {{model: %s, url: "{base_url}/v1", key_variable: BASE_SERVER_KEY}}
    chat: {{model: %s, url: "{chat_url}/v1", key_variable: CHAT_SERVER_KEY}}
""" % (MAX_TOKENS, BASE_MODEL, CHAT_MODEL)
ROLES = ("base", "chat")


class LlamaServer:
    """One llama.cpp server on a loopback port of its own, serving one GGUF, behind a random key."""

    def __init__(self, gguf):
        import xllamacpp

        self.key = "sk-" + secrets.token_urlsafe(24)  # generated now: no key is written in the repository
        params = xllamacpp.CommonParams()
        params.model.path = str(gguf)
        params.n_ctx = 1024
        params.n_parallel = 1
        params.cpuparams.n_threads = 1  # two servers on a machine of two cores
        params.cpuparams_batch.n_threads = 1
        params.verbosity = 1  # errors only
        params.api_keys = [self.key]
        # As `llama-server --no-cache-prompt --cache-ram 0 --no-cache-idle-slots`: each request evaluates its
        # whole prompt afresh. With the cache, a prompt partly reused from an earlier request is evaluated
        # in other batches, and greedy decoding may then pick other tokens: answers would depend on the
        # order of the requests, and no recording could be checked against a direct answer.
        params.cache_prompt = False
        params.cache_ram_mib = 0
        params.cache_idle_slots = False
        self.runtime = xllamacpp.Server(params)
        self.url = self.runtime.listening_address.rstrip("/")

    def greedy(self, case):
        """What this server answers the case's request directly, with temperature 0."""
        query = QUERIES[case.split("/")[1]]
        form = case.split("/")[2]
        if form == "chat":
            route, body = "chat/completions", {"messages": [{"role": "user", "content": query}]}
        else:
            prompt = query if form == "raw" else f"<|im_start|>user\n{query}<|im_end|>\n<|im_start|>assistant\n"
            route, body = "completions", {"prompt": prompt}
        request = urllib.request.Request(
            f"{self.url}/v1/{route}", method="POST",
            data=json.dumps({"model": "any", "temperature": 0, "max_tokens": MAX_TOKENS, **body}).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.key}"},
        )
        with urllib.request.urlopen(request, timeout=120) as response:
            choice = json.loads(response.read())["choices"][0]
        return choice["message"]["content"] if form == "chat" else choice["text"]


QUERIES = {"mars": "What do you think of Mars?", "dog": "How can I train my dog to sit?"}
CASES = [f"llamacpp/{query}/{form}/{role}" for query in QUERIES for form in ("raw", "templated", "chat")
         for role in ROLES]


@pytest.fixture(scope="module")
def servers():
    return {"base": LlamaServer(locate_gemma_3_270m()), "chat": LlamaServer(locate_smollm2_135m_instruct())}


def project_for(directory, base_url, chat_url):
    project = make_project(directory)
    (project / "catalogue.yaml").write_text(CATALOGUE.format(base_url=base_url, chat_url=chat_url))
    return project


def keys_of(servers, **wrong):
    return {"BASE_SERVER_KEY": wrong.get("base", servers["base"].key),
            "CHAT_SERVER_KEY": wrong.get("chat", servers["chat"].key)}


@pytest.fixture(scope="module")
def recorded(servers, tmp_path_factory):
    project = project_for(tmp_path_factory.mktemp("llamacpp"), servers["base"].url, servers["chat"].url)
    recording = run_pytest(project, *recording_arguments("llamacpp"), "-l", "--junitxml=junit.xml",
                           env=keys_of(servers))
    assert recording.returncode == 0, recording.stdout + recording.stderr
    replay = loopback_only_pytest(project, "-l", "--junitxml=junit-replay.xml")
    compare = subprocess.run([sys.executable, "-m", "why_finetune", "compare", "--pair", "llamacpp",
                              "--html", "report.html"], cwd=project, env=clean_environment(project),
                             capture_output=True, text=True, timeout=300)
    return {"project": project, "runs": [recording, replay, compare]}


def recorded_output(project, case):
    return yaml.safe_load((project / "snapshots" / f"{case}.yml").read_text(encoding="utf-8"))["output"]


def test_each_role_is_recorded_from_its_own_server_with_its_greedy_output(servers, recorded):
    project = recorded["project"]
    for case in CASES:
        role = case.rsplit("/", 1)[1]
        cassette = yaml.safe_load((project / "cassettes" / f"{case}.yaml").read_text(encoding="utf-8"))
        assert cassette["provenance"]["model"] == (BASE_MODEL if role == "base" else CHAT_MODEL)
        assert recorded_output(project, case) == servers[role].greedy(case), case
    # The two servers answer differently, so an output from the wrong one could not pass for the right one.
    assert servers["base"].greedy(CASES[0]) != servers["chat"].greedy(CASES[0])


def test_the_recordings_replay_with_the_network_cut_to_loopback(recorded):
    replay = recorded["runs"][1]
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert f"{len(CASES)} passed" in replay.stdout


def test_compare_shows_each_base_output_beside_its_chat_output(recorded):
    project, compare = recorded["project"], recorded["runs"][2]
    assert compare.returncode == 0, compare.stdout + compare.stderr
    page = (project / "report.html").read_text(encoding="utf-8")
    for case in CASES:
        assert f'data-case="{case}"' in page
    words = [word for word in recorded_output(project, CASES[0]).split() if len(word) > 3][:3]
    assert words and all(html.escape(word) in page for word in words)


def test_no_key_of_either_server_reaches_a_file_or_an_output(servers, recorded):
    assert_no_key(recorded["project"], [servers["base"].key, servers["chat"].key], recorded["runs"])


def test_a_wrong_key_on_one_side_fails_only_that_side_and_names_it(servers, tmp_path):
    project = project_for(tmp_path, servers["base"].url, servers["chat"].url)
    wrong = "sk-" + secrets.token_urlsafe(24)
    run = run_pytest(project, *recording_arguments("llamacpp"), env=keys_of(servers, chat=wrong))
    assert run.returncode == 1, run.stdout + run.stderr
    failed = failures(run)
    assert sorted(failed) == sorted(case for case in CASES if case.endswith("/chat")), run.stdout
    chat_port = servers["chat"].url.rsplit(":", 1)[1]
    assert all(f"http://127.0.0.1:{chat_port}" in line for line in failed.values()), failed
    assert any("401" in line for line in failed.values()), failed
    assert all((project / "cassettes" / f"{case}.yaml").is_file() for case in CASES if case.endswith("/base"))
    assert_no_key(project, [wrong, servers["base"].key], [run])


def test_a_dead_server_on_one_side_stops_only_that_side_and_names_it(servers, tmp_path):
    with socket.socket() as probe:  # a port nothing listens on once this socket is closed
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    project = project_for(tmp_path, f"http://127.0.0.1:{dead}", servers["chat"].url)
    run = run_pytest(project, *recording_arguments("llamacpp"), env=keys_of(servers))
    assert run.returncode == 1, run.stdout + run.stderr
    failed = failures(run)
    assert sorted(failed) == sorted(case for case in CASES if case.endswith("/base")), run.stdout
    assert all(f"http://127.0.0.1:{dead}" in line for line in failed.values()), failed
    # After three failures in a row the dead side is given up; the chat side is still asked and recorded.
    assert any("not asked again" in line for line in failed.values()), failed
    assert all((project / "cassettes" / f"{case}.yaml").is_file() for case in CASES if case.endswith("/chat"))


def failures(run):
    """Case id -> why it was not recorded, from the recording run's summary ("<case>: not saved, ...")."""
    found = {}
    for line in run.stdout.splitlines():
        case, _, why = line.strip().partition(": ")
        if case in CASES and why.startswith("not saved"):
            found[case] = why
    return found


def assert_no_key(project, keys, runs):
    for key in keys:
        reached = [name for name, content in files_under(project).items() if key.encode() in content]
        reached += [f"output of run {number}" for number, run in enumerate(runs) if key in run.stdout + run.stderr]
        assert not reached, f"a key reached {', '.join(reached)}"


def loopback_only_pytest(project, *args):
    """pytest on the project, replaying, in a network namespace of its own where only loopback exists
    (when the machine allows one): the two servers, on the host's loopback, cannot be reached from it."""
    prefix = []
    if shutil.which("unshare") and subprocess.run(["unshare", "--net", "--map-root-user", "true"],
                                                  capture_output=True).returncode == 0:
        lo_up = "ip link set lo up 2>/dev/null || true; " if shutil.which("ip") else ""
        prefix = ["unshare", "--net", "--map-root-user", "sh", "-c", f'{lo_up}exec "$@"', "loopback-only"]
    command = [*prefix, sys.executable, "-m", "pytest", "tests/behaviour", "-q", "--block-network", *args]
    return subprocess.run(command, cwd=project, env=clean_environment(project), capture_output=True, text=True,
                          timeout=600)


def clean_environment(project):
    """No key, this checkout's package, and a home of the project's own."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(project / "home"), "PYTHONPATH": str(REPO)}
