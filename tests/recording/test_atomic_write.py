"""A recording is written to a temporary file, then renamed: an interrupted write leaves the old file whole."""

import os

import pytest

from why_finetune.recording.writing import write_atomically


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


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_gives_any_new_file(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        write_atomically(tmp_path / "case.yaml", "recorded\n")
    finally:
        os.umask(old)
    assert (tmp_path / "case.yaml").stat().st_mode & 0o777 == mode


def test_a_replaced_file_keeps_its_mode(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text("old\n")
    path.chmod(0o640)
    write_atomically(path, "new\n")
    assert path.stat().st_mode & 0o777 == 0o640


def test_writing_the_same_text_again_leaves_the_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "case.yaml"
    write_atomically(path, "recorded\n")

    def no_write(*args):
        raise AssertionError("rewrote a file whose text did not change")

    monkeypatch.setattr(os, "replace", no_write)
    write_atomically(path, "recorded\n")
    assert path.read_text() == "recorded\n"


def test_a_new_case_s_directories_are_created(tmp_path):
    path = tmp_path / "cassettes" / "local" / "new-query" / "raw" / "chat.yaml"
    write_atomically(path, "recorded\n")
    assert path.read_text() == "recorded\n"


def test_the_temporary_file_is_hidden_beside_the_target_and_never_looks_like_a_recording(tmp_path, monkeypatch):
    renamed = []
    real_replace = os.replace

    def replace(source, target):
        renamed.append(source)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    write_atomically(tmp_path / "chat.yaml", "recorded\n")
    temporary = os.path.basename(renamed[0])
    assert os.path.dirname(renamed[0]) == str(tmp_path)  # same file system: the rename is atomic
    assert temporary.startswith(".chat.yaml.") and temporary.endswith(".tmp")


def test_text_is_written_as_utf_8(tmp_path):
    write_atomically(tmp_path / "chat.yaml", "output: Qu'est-ce que c'est ? \u00e9\u4e2d\n")
    assert (tmp_path / "chat.yaml").read_bytes() == "output: Qu'est-ce que c'est ? \u00e9\u4e2d\n".encode("utf-8")
