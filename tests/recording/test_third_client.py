"""A third client is one module and one registry line: a pair runs through it end to end.

A throwaway project's conftest.py registers a client of its own that sends plain `requests` calls to the
OpenAI completions route. Its pair, served by the local server, is recorded through it with the
refresh's own arguments, then replayed with the network blocked; the recordings name that pair and
that client, and nothing outside `why_finetune/clients/` compares a client's name.
"""

import ast
from pathlib import Path

import pytest
import yaml
from throwaway_project import make_project, run_pytest

from why_finetune.commands.refresh import recording_arguments

REPO = Path(__file__).resolve().parents[2]

CLIENT_MODULE = '''
import requests

from why_finetune import clients
from why_finetune.clients.guard import guarded_call


class PlainClient(clients.Client):
    """OpenAI's completions route through plain requests calls."""

    name = "plain-http"
    local_route = "/openai/v1"
    hosted_by = "plain HTTP API"
    version_header = "X-Plain-Client"
    version_key = "plain_client"
    version_label = "plain"

    def complete(self, label, model, prompt, max_tokens, endpoint):
        def attempt():
            response = requests.post(f"{endpoint.url}/completions", timeout=120,
                                     headers={"X-Plain-Client": "0.1", "Authorization": f"Bearer {endpoint.key}"},
                                     json={"model": model, "prompt": prompt, "max_tokens": max_tokens,
                                           "temperature": 0})
            if response.status_code != 200:
                return None, f"{endpoint.shown} answered {response.status_code}"
            return response.json()["choices"][0]["text"], None
        return guarded_call(label, endpoint, endpoint.shown, attempt)

    def hosted_endpoint(self, pair, environ=None):
        return None

    def needed_key(self, pair):
        return "nothing"

    def missing_key(self, pair):
        return "have it serving"

    def model_sent(self, request):
        return request.get("model")

    def read_exchange(self, request, response):
        return request["prompt"], request["model"], response["choices"][0]["text"]


clients.register(PlainClient())
'''

CATALOGUE = """
expect:
  base: []
  chat: []
queries:
  - id: mars
    text: "What do you think of Mars?"
pairs:
  plain:
    backend: local
    client: plain-http
    base: google/gemma-3-270m
    chat: HuggingFaceTB/SmolLM2-135M-Instruct
    template: "<|im_start|>user\\n{query}<|im_end|>\\n<|im_start|>assistant\\n"
    max_new_tokens: 8
"""


@pytest.fixture(scope="module")
def recorded(tmp_path_factory, reuse_local_server):
    project = make_project(tmp_path_factory.mktemp("third-client"))
    (project / "catalogue.yaml").write_text(CATALOGUE)
    (project / "conftest.py").write_text(CLIENT_MODULE)
    run = run_pytest(project, *recording_arguments("plain", []), env=reuse_local_server)
    assert run.returncode == 0, run.stdout + run.stderr
    return project


def test_a_registered_client_records_its_pair_through_the_local_server(recorded):
    cassette = yaml.safe_load((recorded / "cassettes/plain/mars/templated/chat.yaml").read_text())
    request = cassette["interactions"][0]["request"]
    assert request["uri"].endswith("/openai/v1/completions")
    assert cassette["provenance"]["pair"] == "plain"
    assert cassette["provenance"]["model"] == "HuggingFaceTB/SmolLM2-135M-Instruct"
    assert cassette["provenance"]["plain_client"] == "0.1"  # its version header was kept, as the client declared
    assert cassette["provenance"]["backend"] == "why-finetune local server"


def test_its_recordings_replay_offline_and_match_their_snapshots(recorded):
    run = run_pytest(recorded, "--block-network")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 passed" in run.stdout
    snapshot = yaml.safe_load((recorded / "snapshots/plain/mars/raw/base.yml").read_text())
    assert snapshot["output"].strip(), "the base model's output was recorded"


def test_no_module_outside_clients_compares_a_client_name():
    comparing = []
    for path in sorted((REPO / "why_finetune").rglob("*.py")):
        if "clients" in path.relative_to(REPO / "why_finetune").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                names = [c.value for c in [node.left, *node.comparators] if isinstance(c, ast.Constant)]
                if {"lamini", "openai"} & set(names):
                    comparing.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not comparing, f"a client's name is compared outside clients/: {comparing}"
