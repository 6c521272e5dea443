"""A cassette that could crash or exhaust whatever replays or compares it is refused in one line naming the
file: provenance of the wrong shape, an output that is not text, YAML aliases that expand past any
recording, and a file larger than any recording, which is refused before it is read."""

import json

import pytest

from why_finetune.recording import persistence
from why_finetune.recording.persistence import (
    MAX_CASSETTE_BYTES,
    CassetteError,
    check_cassette,
    read_provenance,
    read_recording,
)

CASE = "local/mars/raw/chat"


@pytest.fixture(autouse=True)
def no_cassette_parsed_yet():
    persistence._PARSED.entries.clear()


def interaction(output="Mars is red."):
    return {
        "request": {"body": json.dumps({"model_name": "m", "prompt": "Tell me about Mars"}),
                    "headers": {"Content-Type": ["application/json"]}, "method": "POST",
                    "uri": "http://127.0.0.1/v1/completions"},
        "response": {"status": {"code": 200, "message": "OK"}, "headers": {"Content-Type": ["application/json"]},
                     "body": {"string": json.dumps({"output": output})}},
    }


def write(tmp_path, provenance=None, output="Mars is red."):
    path = tmp_path / "chat.yaml"
    data = {"provenance": {"case": CASE, "recorded": "2026-01-01"} if provenance is None else provenance,
            "interactions": [interaction(output)], "version": 1}
    path.write_text(json.dumps(data))  # JSON is YAML
    return path


def refused(path, read=check_cassette) -> str:
    with pytest.raises(CassetteError) as error:
        read(path)
    message = str(error.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message


@pytest.mark.parametrize("provenance", [5, "abc", ["a"], {"sources": "abc"}, {"backend": {"nested": 1}}],
                         ids=["number", "text", "list", "sources-text", "nested"])
def test_provenance_of_the_wrong_shape_is_one_line_naming_the_file(tmp_path, provenance):
    path = write(tmp_path, provenance=provenance)
    assert "provenance" in refused(path)
    assert "provenance" in refused(path, read_provenance)


def test_a_lamini_output_that_is_not_text_is_one_line_naming_the_file(tmp_path):
    path = write(tmp_path, output=5)
    refused(path, read_recording)


def test_aliases_that_expand_past_any_recording_are_refused(tmp_path):
    path = tmp_path / "chat.yaml"
    anchors = ['a0: &a0 ["lol"]'] + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 10)]
    document = {"provenance": {"case": CASE}, "interactions": [interaction()], "version": 1}
    lines = [f"{name}: {json.dumps(value)}" for name, value in document.items()]
    path.write_text("\n".join(anchors + lines) + "\nextra: *a9\n")
    assert "alias" in refused(path)


def test_the_size_limit_is_generous_for_a_long_recording_and_named():
    # The longest answer a case can ask for is a few thousand tokens, tens of kilobytes of text.
    assert MAX_CASSETTE_BYTES >= 1024 * 1024


def test_a_cassette_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, output="x" * MAX_CASSETTE_BYTES)
    monkeypatch.setattr(persistence.readable, "load_yaml", lambda text: pytest.fail("parsed"))
    message = refused(path)
    assert f"{MAX_CASSETTE_BYTES:,} bytes" in message


def test_a_cassette_just_under_the_limit_is_read(tmp_path):
    path = write(tmp_path, output="x" * (MAX_CASSETTE_BYTES - 1000))
    assert read_recording(path).output == "x" * (MAX_CASSETTE_BYTES - 1000)
