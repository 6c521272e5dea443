"""A recording is written to a temporary file, then renamed: an interrupted write leaves the old file whole."""

import os

import pytest

from why_finetune.recording.persistence import write_atomically


def test_a_write_interrupted_before_the_rename_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch):
    path = tmp_path / "cassettes" / "case.yaml"
    path.parent.mkdir()
    path.write_text("the previous recording\n")

    def killed(*args):
        raise KeyboardInterrupt  # as if the run were stopped between writing and renaming

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(path, "half of a new recording")
    assert path.read_text() == "the previous recording\n"
    assert [p.name for p in path.parent.iterdir()] == ["case.yaml"]


def test_a_completed_write_replaces_the_file(tmp_path):
    path = tmp_path / "new" / "case.yaml"
    write_atomically(path, "recorded\n")
    write_atomically(path, "recorded again\n")
    assert path.read_text() == "recorded again\n"
    assert [p.name for p in path.parent.iterdir()] == ["case.yaml"]
