"""`python -m why_finetune init` writes its starter where the plugin will look, and never over a file."""

import argparse
import errno
import os
from pathlib import Path

import pytest
import yaml

from why_finetune.commands.init import init_command
from why_finetune.project import CATALOGUE_ENV

STARTER = Path(__file__).resolve().parents[1] / "why_finetune" / "starter"


@pytest.fixture
def in_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(CATALOGUE_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def written(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_in_a_project_with_pytest_settings_it_writes_where_they_say_and_adds_no_ini_file(in_folder, capsys):
    (in_folder / "pyproject.toml").write_text('[tool.pytest.ini_options]\nwhy_finetune_catalogue = "qa/behaviour.yaml"\n')
    (in_folder / "src").mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(in_folder / "src")  # from a subfolder: the project is found as pytest finds it
        assert init_command(argparse.Namespace()) == 0
    assert written(in_folder) == [".github/workflows/behaviour.yml", "pyproject.toml", "qa/behaviour.yaml",
                                  "tests/test_behaviour.py"]
    assert "python -m why_finetune refresh --pair example" in capsys.readouterr().out


def test_nothing_is_written_when_any_starter_file_exists(in_folder, capsys):
    (in_folder / ".github" / "workflows").mkdir(parents=True)
    (in_folder / ".github" / "workflows" / "behaviour.yml").write_text("mine")
    assert init_command(argparse.Namespace()) == 1
    assert written(in_folder) == [".github/workflows/behaviour.yml"]
    assert ".github/workflows/behaviour.yml already exists" in capsys.readouterr().err


def test_the_starter_catalogue_holds_the_lab_s_four_queries_and_one_pair():
    data = yaml.safe_load((STARTER / "catalogue.yaml").read_text())
    assert [q["id"] for q in data["queries"]] == ["dog-sit", "mars", "taylor-swift", "amazon-agent"]
    assert list(data["pairs"]) == ["example"]


def test_the_starter_workflow_replays_on_push_and_may_only_read_the_repository():
    workflow = yaml.safe_load((STARTER / "behaviour.yml").read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert "push" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    runs = [step.get("run", "") for step in workflow["jobs"]["behaviour"]["steps"]]
    assert any(run.strip() == "python -m pytest -m behaviour" for run in runs)


def test_the_starters_commented_openai_pair_is_a_valid_pair_once_uncommented(tmp_path):
    from why_finetune.catalogue import load_catalogue

    text = (STARTER / "catalogue.yaml").read_text(encoding="utf-8")
    assert "  # my-server:\n" in text
    text = text.replace("  # my-server:\n", "  my-server:\n").replace("\n  #   ", "\n    ")
    (tmp_path / "catalogue.yaml").write_text(text, encoding="utf-8")
    pair = load_catalogue(tmp_path / "catalogue.yaml").pair("my-server")
    assert (pair.client, pair.url, pair.key_variable, pair.forms) == (
        "openai", "http://127.0.0.1:8000/v1", "MY_SERVER_KEY", ("raw", "templated", "chat"))


@pytest.mark.parametrize("name", ["catalogue.yaml", "tests/test_behaviour.py"])
def test_a_dangling_symlink_in_place_of_a_starter_file_counts_as_a_file_and_nothing_is_written(in_folder, capsys, name):
    outside = in_folder.parent / f"{in_folder.name}-outside"
    outside.mkdir()
    (in_folder / name).parent.mkdir(parents=True, exist_ok=True)
    (in_folder / name).symlink_to(outside / "created-by-init")
    assert init_command(argparse.Namespace()) == 1
    assert f"{name} already exists; nothing was written" in capsys.readouterr().err
    assert list(outside.iterdir()) == []
    assert written(in_folder) == []


def test_a_symlinked_folder_leading_outside_the_project_is_refused_and_nothing_is_written(in_folder, capsys):
    outside = in_folder.parent / f"{in_folder.name}-outside"
    outside.mkdir()
    (in_folder / "tests").symlink_to(outside)
    assert init_command(argparse.Namespace()) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"init: refusing to write {in_folder / 'tests' / 'test_behaviour.py'}: a symlink on the way")
    assert error.endswith("nothing was written\n") and len(error.splitlines()) == 1
    assert list(outside.iterdir()) == []
    assert written(in_folder) == []


# All or nothing: whatever stops init (a file where a folder must go, a folder it cannot write in, a
# full disk), it says so in one line and leaves the project as it was, so the next init finds nothing
# of its own in the way.


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
