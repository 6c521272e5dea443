"""A case's cassette that is a symbolic link to a file outside the cassettes folder (a committed link is
enough) stops the refresh of that case with one line naming it, never with a traceback. A subprocess:
the cassette is saved in the case's teardown, by pytest."""

import json
import secrets

import pytest
from scripted_api import ScriptedAPI, answer
from throwaway_project import run_pytest

from why_finetune.commands.refresh import recording_arguments

pytestmark = pytest.mark.loopback
CASE = "keyed/mars/raw/chat"


def test_a_cassette_linked_outside_is_one_line_naming_it(project, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text("kept as it is\n")
    cassette = project / "cassettes" / f"{CASE}.yaml"
    cassette.parent.mkdir(parents=True)
    cassette.symlink_to(outside)
    api = ScriptedAPI(answer(200, json.dumps({"output": "Mars is a cold red planet, far from the Sun."})))
    try:
        run = run_pytest(project, *recording_arguments("keyed", [CASE]),
                         env={"LAMINI_API_KEY": secrets.token_urlsafe(24), "LAMINI_API_URL": api.url})
    finally:
        api.close()
    printed = run.stdout + run.stderr
    assert run.returncode != 0, printed
    assert "Traceback" not in printed and "ValueError" not in printed, printed
    assert any(str(cassette) in line and CASE in line for line in run.stdout.splitlines()), printed
    assert outside.read_text() == "kept as it is\n"
