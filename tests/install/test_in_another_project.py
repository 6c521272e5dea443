"""why-finetune in another project: installed from a copy of the checkout (then deleted), `init`,
`pytest` and `compare` work in an empty folder, and a project without a catalogue is left alone."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from installed_venv import (
    REPO,
    clean_environment,
    copy_of_checkout,
    loopback_only,
    make_installed_venv,
    missing_build_tools,
    opened_in_checkout,
    run,
)

from why_finetune.catalogue import load_catalogue

PASSING_AND_FAILING = '''
import pytest

@pytest.fixture
def snapshot():  # the same name as one of the behaviour suite's fixtures
    return "the project's own"

@pytest.mark.parametrize("case", [1, 2])  # the same name as the suite's parameter
def test_own_case(case, snapshot):
    assert snapshot == "the project's own"

def test_fails():
    assert 1 == 2
'''

# What pip says when it cannot reach the package index at all (no route, no name resolution).
UNREACHABLE = ("Failed to establish a new connection", "Temporary failure in name resolution",
               "Network is unreachable")


@pytest.fixture
def python(installed_python):
    return installed_python


@pytest.fixture
def empty_project(python, tmp_path):
    project = tmp_path / "project"
    project.mkdir()
    return project


def test_the_package_comes_from_the_venv_not_the_checkout(python, empty_project):
    where = run(python, empty_project, "-c", "import why_finetune; print(why_finetune.__file__)")
    assert where.returncode == 0, where.stderr
    assert str(python.parents[1]) in where.stdout and str(REPO) not in where.stdout


def test_the_package_builds_and_installs_with_only_loopback(tmp_path):
    # After `make setup` nothing more is fetched: the build uses the setuptools and wheel installed
    # beside the tests (requirements.lock), not an isolated build environment filled from the index.
    prefix = loopback_only()
    if not prefix:
        pytest.skip("this machine allows no network namespace (unshare --net), so the build cannot be cut off "
                    "from the network here; test_the_test_environment_can_build_the_package_without_the_index stands")
    python = make_installed_venv(tmp_path, prefix=prefix)
    where = run(python, tmp_path, "-c", "import why_finetune; print(why_finetune.__file__)")
    assert where.returncode == 0, where.stderr
    assert where.stdout.startswith(str(python.parents[1])), where.stdout


def test_the_test_environment_can_build_the_package_without_the_index():
    assert missing_build_tools(Path(sys.executable)) == []


def test_a_venv_without_setuptools_or_wheel_is_named_as_lacking_both(tmp_path):
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "bare")], check=True)
    assert missing_build_tools(tmp_path / "bare" / "bin" / "python") == ["setuptools", "wheel"]


def test_init_then_pytest_skips_each_case_naming_its_command_and_compare_says_nothing_is_recorded(
        python, empty_project):
    init = run(python, empty_project, "-m", "why_finetune", "init")
    assert init.returncode == 0, init.stdout + init.stderr
    written = sorted(p.relative_to(empty_project).as_posix() for p in empty_project.rglob("*") if p.is_file())
    assert written == [".github/workflows/behaviour.yml", "catalogue.yaml", "pytest.ini", "tests/test_behaviour.py"]
    assert "Next:" in init.stdout

    tests = run(python, empty_project, "-m", "pytest", "-rs", "-p", "no:cacheprovider")
    assert tests.returncode == 0, tests.stdout + tests.stderr
    # Every case of the starter catalogue, and one paired check per query and form (half as many).
    cases = len(load_catalogue(empty_project / "catalogue.yaml").cases())
    expected = cases + cases // 2
    assert re.search(rf"\b{expected} skipped\b", tests.stdout) and " passed" not in tests.stdout, tests.stdout
    skips = [line for line in tests.stdout.splitlines() if line.startswith("SKIPPED")]  # "SKIPPED [n] ...: reason"
    assert sum(int(re.match(r"SKIPPED \[(\d+)\]", line)[1]) for line in skips) == expected, skips
    assert all("python -m why_finetune refresh --pair example" in line for line in skips), skips

    compare = run(python, empty_project, "-m", "why_finetune", "compare", "--plain")
    assert compare.returncode == 0, compare.stderr
    assert "pair 'example' has no recordings here" in compare.stdout
    assert opened_in_checkout(empty_project.parent) == []


def test_init_refuses_to_overwrite(python, empty_project):
    (empty_project / "catalogue.yaml").write_text("mine\n")
    init = run(python, empty_project, "-m", "why_finetune", "init")
    assert init.returncode == 1
    assert "catalogue.yaml already exists" in init.stderr
    assert (empty_project / "catalogue.yaml").read_text() == "mine\n"
    assert not (empty_project / "tests").exists()


def test_the_console_script_runs_init(python, empty_project):
    init = run(python, empty_project, str(python.parent / "why-finetune"), "init")
    assert init.returncode == 0, init.stderr
    assert (empty_project / "catalogue.yaml").is_file()


def test_a_project_without_a_catalogue_runs_its_tests_exactly_as_without_the_plugin(python, empty_project):
    (empty_project / "test_own.py").write_text(PASSING_AND_FAILING)
    common = ("-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA")
    with_plugin = run(python, empty_project, *common)
    without = run(python, empty_project, *common, "-p", "no:why_finetune.plugin")
    def outcome(result):
        return [line for line in result.stdout.splitlines() if line.startswith(("PASSED", "FAILED"))]
    assert outcome(with_plugin) == outcome(without) == [
        "PASSED test_own.py::test_own_case[1]", "PASSED test_own.py::test_own_case[2]",
        "FAILED test_own.py::test_fails - assert 1 == 2",
    ]
    assert with_plugin.returncode == without.returncode == 1


def test_a_project_without_a_catalogue_loads_nothing_of_the_suite(python, empty_project):
    (empty_project / "test_own.py").write_text("def test_ok():\n    pass\n")
    (empty_project / "conftest.py").write_text(
        "import sys\n"
        "def pytest_sessionfinish(session):\n"
        "    open('modules.txt', 'w').write('\\n'.join(sorted(sys.modules)))\n"
    )
    result = run(python, empty_project, "-m", "pytest", "-p", "no:cacheprovider", "-q")
    assert result.returncode == 0, result.stdout + result.stderr
    loaded = set((empty_project / "modules.txt").read_text().split())
    assert "why_finetune.plugin" in loaded  # the entry point did load it
    suite = {"why_finetune.catalogue", "why_finetune.plugin.state", "why_finetune.recording", "lamini"}
    assert not suite & loaded


def test_plain_pip_resolves_every_dependency_to_a_wheel_without_torch_or_umap(python, tmp_path):
    # What `pip install <checkout>` would install in a fresh venv, resolved from the package index
    # (--dry-run --ignore-installed: nothing is installed, nothing borrowed counts as installed).
    source = copy_of_checkout(tmp_path / "checkout-copy")
    report = tmp_path / "report.json"
    resolved = subprocess.run(
        [python, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet", "--disable-pip-version-check",
         "--report", str(report), str(source)],
        capture_output=True, text=True, env=clean_environment(tmp_path), timeout=600,
    )
    if resolved.returncode != 0 and any(sign in resolved.stderr for sign in UNREACHABLE):
        pytest.skip("the package index is unreachable from here (offline): this one test asks it what plain pip "
                    "would install; the rest of the suite needs no network")
    assert resolved.returncode == 0, resolved.stdout + resolved.stderr
    installs = {item["metadata"]["name"].lower(): item for item in json.loads(report.read_text())["install"]}
    lamini = tuple(int(part) for part in installs["lamini"]["metadata"]["version"].split(".")[:3])
    assert (3, 0, 4) <= lamini < (3, 4, 4)
    assert not {"torch", "umap", "umap-learn", "evaluate"} & set(installs)
    built_here = [name for name, item in installs.items()
                  if name != "why-finetune" and not item["download_info"]["url"].endswith(".whl")]
    assert built_here == [], f"these would be built from source (a compiler step): {built_here}"


def test_the_audit_sees_a_file_of_the_checkout_being_read(python, empty_project):
    # The proof above is only as good as its audit hook: it must notice a read.
    run(python, empty_project, "-c", f"open({str(REPO / 'README.md')!r}).read()")
    assert opened_in_checkout(empty_project.parent) == [str(REPO / "README.md")]
