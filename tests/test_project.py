"""The catalogue, cassettes and snapshots are found from the project (its pytest ini file or rootdir),
the same way by the plugin and by the commands, and never from this package's location."""

import subprocess
import sys
from pathlib import Path

import pytest

from why_finetune.project import CATALOGUE_ENV, find_project

REPO = Path(__file__).resolve().parents[1]
HOSTED_CATALOGUE = """
queries:
  - id: mars
    text: "What do you think of Mars?"
pairs:
  keyed:
    backend: hosted
    base: base-model
    chat: chat-model
    template: "[INST]{query}[/INST]"
"""


@pytest.fixture(autouse=True)
def no_override(monkeypatch):
    monkeypatch.delenv(CATALOGUE_ENV, raising=False)


@pytest.mark.parametrize("name, text", [
    ("pytest.ini", "[pytest]\nwhy_finetune_catalogue = behaviour.yaml\nwhy_finetune_cassettes = rec\n"),
    ("pyproject.toml", '[tool.pytest.ini_options]\nwhy_finetune_catalogue = "behaviour.yaml"\nwhy_finetune_cassettes = "rec"\n'),
    ("tox.ini", "[pytest]\nwhy_finetune_catalogue = behaviour.yaml\nwhy_finetune_cassettes = rec\n"),
    ("setup.cfg", "[tool:pytest]\nwhy_finetune_catalogue = behaviour.yaml\nwhy_finetune_cassettes = rec\n"),
])
def test_the_ini_file_sets_the_places_relative_to_its_folder(tmp_path, name, text):
    (tmp_path / name).write_text(text)
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    project = find_project(tmp_path / "sub" / "deeper")
    assert (project.root, project.catalogue, project.cassettes, project.snapshots) == (
        tmp_path, tmp_path / "behaviour.yaml", tmp_path / "rec", tmp_path / "snapshots")


def test_a_pyproject_without_a_pytest_table_is_passed_over_for_an_ini_file_further_up(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "pyproject.toml").write_text("[project]\nname = 'lib'\n")
    assert find_project(tmp_path / "lib").root == tmp_path


def test_without_an_ini_file_the_defaults_sit_in_the_start_folder(tmp_path):
    project = find_project(tmp_path)
    assert project.catalogue == tmp_path / "catalogue.yaml" and project.inifile is None


def test_the_environment_variable_overrides_the_catalogue(tmp_path, monkeypatch):
    monkeypatch.setenv(CATALOGUE_ENV, str(tmp_path / "elsewhere.yaml"))
    assert find_project(tmp_path).catalogue == tmp_path / "elsewhere.yaml"


def test_this_repository_uses_its_root_catalogue():
    assert find_project(REPO / "tests").catalogue == REPO / "catalogue.yaml"


def test_this_repository_runs_the_starter_test_module_unchanged():
    # The course lab's suite is a project like any other: its behaviour tests are what `init` writes.
    starter = REPO / "why_finetune" / "starter" / "test_behaviour.py"
    assert (REPO / "tests" / "behaviour" / "test_behaviour.py").read_text() == starter.read_text()


def _project_with_ini_settings(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\nwhy_finetune_catalogue = "suite/behaviour.yaml"\n'
        'why_finetune_cassettes = "suite/recordings"\n'
    )
    (tmp_path / "suite").mkdir()
    (tmp_path / "suite" / "behaviour.yaml").write_text(HOSTED_CATALOGUE)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_behaviour.py").write_text((REPO / "tests" / "behaviour" / "test_behaviour.py").read_text())
    return tmp_path


def _run(project: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(project), "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_pytest_and_compare_find_the_catalogue_set_in_the_ini_file_from_a_subfolder(tmp_path):
    project = _project_with_ini_settings(tmp_path)
    tests = _run(project, project / "tests", "-m", "pytest", "-p", "no:cacheprovider", "-rs")
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "keyed/mars/raw/base: not recorded yet" in tests.stdout
    compare = _run(project, project / "tests", "-m", "why_finetune", "compare", "--plain", "--width", "400")
    assert compare.returncode == 0, compare.stderr
    assert f"recordings in {project / 'suite' / 'recordings'} " in compare.stdout


def test_a_command_outside_any_project_says_how_to_start_one(tmp_path):
    result = _run(tmp_path, tmp_path, "-m", "why_finetune", "compare")
    assert result.returncode == 2
    assert "no catalogue here" in result.stderr and "python -m why_finetune init" in result.stderr


OWN_VCR_TEST = '''
import pytest
import requests

@pytest.mark.vcr
def test_own_recording():
    assert requests.get("http://example.invalid/own").text == "own recording"
'''
OWN_CASSETTE = """\
interactions:
- request:
    body: null
    headers: {}
    method: GET
    uri: http://example.invalid/own
  response:
    body: {string: own recording}
    headers: {}
    status: {code: 200, message: OK}
version: 1
"""


def test_a_projects_own_vcr_tests_keep_pytest_recordings_defaults_beside_the_suite(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = --block-network -p no:cacheprovider\n")
    (tmp_path / "catalogue.yaml").write_text(HOSTED_CATALOGUE)
    (tmp_path / "tests" / "cassettes" / "test_own").mkdir(parents=True)
    (tmp_path / "tests" / "test_own.py").write_text(OWN_VCR_TEST)
    (tmp_path / "tests" / "cassettes" / "test_own" / "test_own_recording.yaml").write_text(OWN_CASSETTE)
    result = _run(tmp_path, tmp_path, "-m", "pytest", "-q")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


# The plugin loads in every project where the package is installed; options the project declares for
# itself, under the names most likely to be taken, must neither clash with the plugin's nor reach it.
OWN_OPTIONS = '''
def pytest_addoption(parser):
    parser.addoption("--pair", default=None)
    parser.addoption("--case", action="append", default=[])
    parser.addoption("--llm-judge", action="store_true", default=False)
    parser.addoption("--html-report", default=None)
'''
OWN_OPTIONS_TEST = '''
def test_own_options(pytestconfig):
    got = [pytestconfig.getoption(name) for name in ("--pair", "--case", "--llm-judge", "--html-report")]
    assert got == ["mine", ["one", "two"], True, "own.html"]
'''


@pytest.mark.parametrize("with_catalogue", [True, False], ids=["with a catalogue", "without a catalogue"])
def test_a_projects_own_options_named_like_the_old_generic_ones_are_its_own(tmp_path, with_catalogue):
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
    (tmp_path / "tests").mkdir()
    (tmp_path / "conftest.py").write_text(OWN_OPTIONS)
    (tmp_path / "tests" / "test_own.py").write_text(OWN_OPTIONS_TEST)
    if with_catalogue:
        (tmp_path / "catalogue.yaml").write_text(HOSTED_CATALOGUE)
        (tmp_path / "tests" / "test_behaviour.py").write_text(
            (REPO / "tests" / "behaviour" / "test_behaviour.py").read_text())
    own = ["--pair", "mine", "--case", "one", "--case", "two", "--llm-judge", "--html-report", "own.html"]
    result = _run(tmp_path, tmp_path, "-m", "pytest", "-q", "-rs", *own)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
    assert not (tmp_path / "own.html").exists()  # the plugin's HTML report was not asked for
    if with_catalogue:  # the suite still runs, selected by its own options only (a case and its paired check)
        selected = _run(tmp_path, tmp_path, "-m", "pytest", "-q", "-rs", *own,
                        "--finetune-case", "keyed/mars/raw/base", "--finetune-html", "suite.html")
        assert selected.returncode == 0, selected.stdout + selected.stderr
        assert "1 passed, 2 skipped" in selected.stdout and "keyed/mars/raw/base: not recorded yet" in selected.stdout
        assert (tmp_path / "suite.html").is_file()


@pytest.mark.parametrize("command", ["refresh", "orphans", "init"])
def test_an_invalid_pyproject_toml_stops_every_command_in_one_line_naming_it(tmp_path, monkeypatch, capsys, command):
    # pytest refuses to run with it; passed over, a command would use the default folders instead.
    from argparse import Namespace

    from why_finetune.commands.init import init_command
    from why_finetune.commands.orphans import orphans_command
    from why_finetune.commands.refresh import refresh_command

    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options\n")
    monkeypatch.chdir(tmp_path)
    run = {"refresh": lambda: refresh_command(Namespace(pair="local", case=[], pytest_args=[])),
           "orphans": lambda: orphans_command(Namespace(remove=True)),
           "init": lambda: init_command(Namespace())}[command]
    assert run() == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{command}: {tmp_path / 'pyproject.toml'}: not valid TOML (") and err.count("\n") == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["pyproject.toml"]  # nothing written


# Each as pytest (iniconfig) refuses it, whatever section the file holds: the line and what is wrong.
MALFORMED_INI = {
    "a section never closed": ("[pytest\nwhy_finetune_cassettes = rec\n", "1: unexpected value continuation"),
    "a setting twice": ("[pytest]\nwhy_finetune_cassettes = rec\nwhy_finetune_cassettes = other\n",
                        "3: duplicate name 'why_finetune_cassettes'"),
    "a setting outside any section": ("why_finetune_cassettes = rec\n", "1: no section header defined"),
    "a section twice": ("[pytest]\n[pytest]\n", "2: duplicate section 'pytest'"),
}


@pytest.mark.parametrize("name", ["pytest.ini", "tox.ini", "setup.cfg"])
@pytest.mark.parametrize("fault", list(MALFORMED_INI))
def test_a_malformed_ini_file_is_refused_naming_it_and_the_line_as_pytest_does(tmp_path, name, fault):
    # Passed over, its settings would be dropped and the default folders used: pytest refuses to run.
    from why_finetune.project import ProjectError

    text, problem = MALFORMED_INI[fault]
    (tmp_path / name).write_text(text)
    with pytest.raises(ProjectError) as raised:
        find_project(tmp_path)
    message = str(raised.value)
    assert message.startswith(f"{tmp_path / name}:{problem}") and "\n" not in message
    assert "pytest refuses to run with it too" in message


@pytest.mark.parametrize("name", ["pytest.ini", "tox.ini", "setup.cfg"])
def test_an_ini_file_that_is_not_utf8_is_refused_naming_it(tmp_path, name):
    # pytest stops with a UnicodeDecodeError traceback; a command says it in one line.
    from why_finetune.project import ProjectError

    (tmp_path / name).write_bytes(b"[pytest]\nwhy_finetune_cassettes = r\xe9c\n")
    with pytest.raises(ProjectError, match=rf"^{tmp_path / name}: not UTF-8 text \(byte 0xe9 at offset 35\)"):
        find_project(tmp_path)


def test_a_setup_cfg_with_a_plain_pytest_section_is_refused_as_pytest_does(tmp_path):
    from why_finetune.project import ProjectError

    (tmp_path / "setup.cfg").write_text("[pytest]\nwhy_finetune_cassettes = rec\n")
    with pytest.raises(ProjectError, match=rf"^{tmp_path / 'setup.cfg'}: \[pytest\] is not read from setup.cfg; "
                                           r"name the section \[tool:pytest\]"):
        find_project(tmp_path)


def test_a_continued_value_and_comments_read_as_pytest_reads_them(tmp_path):
    (tmp_path / "tox.ini").write_text("# the project's ini\n[pytest]\n; a comment\nwhy_finetune_cassettes = rec\n"
                                      "[other]\nkey = value\n  continued\n")
    assert find_project(tmp_path).cassettes == tmp_path / "rec"


@pytest.mark.parametrize("command", ["compare", "refresh", "orphans", "init"])
def test_a_malformed_tox_ini_stops_every_command_in_one_line_naming_it(tmp_path, monkeypatch, capsys, command):
    import argparse

    from why_finetune.commands import compare as cli
    from why_finetune.commands.init import init_command
    from why_finetune.commands.orphans import orphans_command
    from why_finetune.commands.refresh import refresh_command

    (tmp_path / "tox.ini").write_text("[pytest]\nwhy_finetune_cassettes = rec\nwhy_finetune_cassettes = other\n")
    monkeypatch.chdir(tmp_path)

    def compare():
        parser = argparse.ArgumentParser()
        cli.add_arguments(parser)
        return cli.run(parser.parse_args([]), environ={})

    run = {"compare": compare,
           "refresh": lambda: refresh_command(argparse.Namespace(pair="local", case=[], pytest_args=[])),
           "orphans": lambda: orphans_command(argparse.Namespace(remove=True)),
           "init": lambda: init_command(argparse.Namespace())}[command]
    assert run() == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{command}: {tmp_path / 'tox.ini'}:3: duplicate name") and err.count("\n") == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["tox.ini"]  # nothing written
