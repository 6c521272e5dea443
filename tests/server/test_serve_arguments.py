"""`serve` checks what it is given before it loads the models (seconds, and gigabytes of memory):
a port that cannot exist is one line, at once. In-process: the model loading is replaced by a failure."""

import argparse

import pytest

from why_finetune.commands import serve as main
from why_finetune.server import models


@pytest.mark.parametrize("port", [99999, 65536, -1])
def test_a_port_outside_0_to_65535_is_one_line_before_any_model_loads(port, monkeypatch, capsys):
    monkeypatch.setattr(models, "load_models", lambda *a, **k: pytest.fail("the models were loaded"))
    status = main.serve_command(argparse.Namespace(host="127.0.0.1", port=port, api_key_env=None))
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("serve: ") and f"--port {port}" in err and "65535" in err
