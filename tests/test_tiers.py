"""The test tiers: what a test needs beyond its process is listed in tests/conftest.py, and a test
that starts a process without being listed fails, so `make check` stays in-process and fast."""

import re
import tomllib
from pathlib import Path
from types import SimpleNamespace

import pytest

TIERS = Path(__file__).parent / "conftest.py"
ROOT = Path(__file__).parents[1]


@pytest.fixture
def tiers(pytestconfig):
    """tests/conftest.py, as pytest loaded it (a second import would add a second audit hook)."""
    return next(p for p in pytestconfig.pluginmanager.get_plugins() if getattr(p, "__file__", None) == str(TIERS))


def an_item(*markers):
    return SimpleNamespace(nodeid="tests/test_x.py::test_y",
                           get_closest_marker=lambda name: name if name in markers else None)


@pytest.fixture
def current(monkeypatch, tiers):
    def set_item(item):
        monkeypatch.setitem(tiers._current, "item", item)
    return set_item


def test_an_unlisted_test_that_starts_a_process_fails_naming_the_table(current, tiers):
    current(an_item())
    with pytest.raises(RuntimeError, match=r"tests/test_x.py::test_y starts a process \(python3\).*NEEDS"):
        tiers._no_unlisted_process("subprocess.Popen", ("/usr/bin/python3", ["python3", "-c", "1"], None, None))


def test_an_unlisted_test_that_runs_a_forked_pytest_fails_naming_the_table(current, tiers):
    # tests/recording/forked_pytest.py forks from a helper that is already running: no Popen to see.
    current(an_item())
    with pytest.raises(RuntimeError, match=r"tests/test_x.py::test_y starts a process \(pytest\).*NEEDS"):
        tiers._no_unlisted_process("tests.forked_pytest", ("pytest", ["python", "-m", "pytest"], "/tmp"))


@pytest.mark.parametrize("marker", ["subprocess", "server", "venv", "browser"])
def test_a_listed_test_may_start_a_process(current, tiers, marker):
    current(an_item(marker))
    assert tiers._no_unlisted_process("subprocess.Popen", ("/usr/bin/python3", [], None, None)) is None


def test_the_standard_library_s_own_uname_is_not_a_boundary(current, tiers):
    current(an_item())
    assert tiers._no_unlisted_process("subprocess.Popen", ("uname", ["uname", "-p"], None, None)) is None


def test_every_module_in_the_table_exists_and_names_known_boundaries(tiers):
    for entry, needs in tiers.NEEDS.items():
        module, _, test = entry.partition("::")
        assert (tiers.TESTS / module).is_file(), entry
        assert not test or f"def {test}(" in (tiers.TESTS / module).read_text(encoding="utf-8"), entry
        assert needs and set(needs) <= set(tiers.BOUNDARIES), entry


class CollectedItem(SimpleNamespace):
    def add_marker(self, marker):
        self.markers.append(marker.name)


def test_a_test_listed_by_name_needs_what_it_lists_and_its_neighbours_do_not(tiers, monkeypatch):
    monkeypatch.setattr(tiers, "NEEDS", {"test_x.py::test_starts": ("subprocess",), "test_y.py": ("server",)})
    items = [CollectedItem(path=tiers.TESTS / module, originalname=name, markers=[])
             for module, name in [("test_x.py", "test_starts"), ("test_x.py", "test_stays"), ("test_y.py", "test_any")]]
    tiers.pytest_collection_modifyitems(None, items)
    assert [item.markers for item in items] == [["subprocess"], [], ["server"]]



def recipe(target):
    """The command lines of a Makefile target."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)[1]


def test_make_check_and_the_mutation_run_leave_out_every_boundary_alike_and_make_test_nothing(tiers):
    fast_tier = f"not ({' or '.join(tiers.BOUNDARIES)})"
    assert f'-m "{fast_tier}"' in recipe("check")
    mutmut = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    assert mutmut["pytest_add_cli_args_test_selection"] == ["-m", fast_tier]
    assert " -m \"" not in recipe("test") and "--durations=15" in recipe("test")
