"""`compare --live` for real: the local server starts, both models generate, and the views show it."""

import argparse
import io

import pytest

from why_finetune.commands import compare as cli
from why_finetune.project import CATALOGUE_ENV
from why_finetune.server.process import REUSE_ENV

pytestmark = pytest.mark.loopback

SHORT_CATALOGUE = """
queries:
  - id: mars
    text: "What do you think of Mars?"
pairs:
  local:
    backend: local
    base: google/gemma-3-270m
    chat: HuggingFaceTB/SmolLM2-135M-Instruct
    template: "<|im_start|>user\\n{query}<|im_end|>\\n<|im_start|>assistant\\n"
    max_new_tokens: 4
"""


@pytest.fixture
def short_answers(tmp_path, monkeypatch):
    """A project whose local pair answers in 4 tokens: what is tested is the server and the views, not the models."""
    (tmp_path / "catalogue.yaml").write_text(SHORT_CATALOGUE)
    monkeypatch.setenv(CATALOGUE_ENV, str(tmp_path / "catalogue.yaml"))
    return tmp_path


def test_live_compare_generates_the_local_pair_through_the_local_server(short_answers):
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    args = parser.parse_args(["--live", "--pair", "local", "--query", "mars", "--plain",
                              "--snapshots", str(short_answers / "snapshots"), "--html", str(short_answers / "live.html")])
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(args, stdout=out, stderr=err, environ={}) == 0, err.getvalue()
    progress = err.getvalue()
    assert "pair 'local': starting the local server" in progress and "ready at http://127.0.0.1:" in progress
    assert "[4/4] local/mars/templated/chat: " in progress
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["pair", "query", "form", "role", "verdicts", "snapshot"]
    lines = lines[1:]
    assert [line.split()[:4] for line in lines[:4]] == [
        ["local", "mars", "raw", "base"], ["local", "mars", "raw", "chat"],
        ["local", "mars", "templated", "base"], ["local", "mars", "templated", "chat"],
    ]
    assert all(line.endswith("  none") for line in lines[:4])
    text = (short_answers / "live.html").read_text(encoding="utf-8")
    assert "why-finetune local server" in text and "SmolLM2-135M-Instruct.Q4_1.gguf" in text
    assert "generated" in text


def test_compare_live_generates_through_the_running_server(short_answers, shared_local_server, served, monkeypatch):
    monkeypatch.setenv(REUSE_ENV, shared_local_server.url)
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    args = parser.parse_args(["--live", "--pair", "local", "--plain", "--snapshots", str(short_answers / "snapshots")])
    out, err = io.StringIO(), io.StringIO()
    before = served(shared_local_server)
    assert cli.run(args, stdout=out, stderr=err, environ={}) == 0, err.getvalue()
    progress = err.getvalue()
    assert f"pair 'local': using the local server {REUSE_ENV} names" in progress
    assert f"ready at {shared_local_server.url}" in progress
    assert served.since(shared_local_server, before, 4) == 4
