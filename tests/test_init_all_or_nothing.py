"""`init` writes all its starter files or none: whatever stops it (a file where a folder must go, a
folder it cannot write in, a full disk), it says so in one line and leaves the project as it was, so
that the next `init` finds nothing of its own in the way."""

import argparse
import errno
import os
from pathlib import Path

import pytest

from why_finetune.init import init_command
from why_finetune.project import CATALOGUE_ENV


@pytest.fixture
def in_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(CATALOGUE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def everything(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


def test_a_file_where_a_folder_must_go_is_one_line_and_nothing_is_written(in_folder, capsys):
    (in_folder / ".github").write_text("not a folder")
    assert init_command(argparse.Namespace()) == 1
    out, err = capsys.readouterr()
    assert everything(in_folder) == [".github"]
    assert out == "" and err.count("\n") == 1 and ".github" in err and "nothing was written" in err


def test_a_write_that_fails_half_way_is_undone_and_the_next_init_succeeds(in_folder, monkeypatch, capsys):
    real_replace = os.replace
    calls = []

    def failing_third_rename(source, target):
        calls.append(target)
        if len(calls) == 3:  # two starter files are in place already
            raise OSError(errno.EACCES, "Permission denied")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_third_rename)
    assert init_command(argparse.Namespace()) == 1
    out, err = capsys.readouterr()
    assert everything(in_folder) == []  # no file, no folder of its own left behind
    assert err.count("\n") == 1 and "Permission denied" in err and "nothing was written" in err

    monkeypatch.setattr(os, "replace", real_replace)
    assert init_command(argparse.Namespace()) == 0
    assert "catalogue.yaml" in everything(in_folder)
