"""The public testing API: the starter test file uses only `why_finetune.testing` and the plugin's
fixtures, and a project whose test file an earlier release wrote keeps passing."""

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from why_finetune.catalogue import load_catalogue
from why_finetune.catalogue.case_verdict import case_verdict
from why_finetune.catalogue.expectations import role_expectations
from why_finetune.catalogue.result import CaseResult
from why_finetune.testing import assert_expected

REPO = Path(__file__).resolve().parents[1]
STARTER = REPO / "why_finetune" / "starter" / "test_behaviour.py"
PREVIOUS_STARTER = REPO / "tests" / "data" / "starter_0_1_0.py"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module} | {
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}


def test_the_starter_test_file_imports_only_the_public_testing_api():
    assert imported_modules(STARTER) == {"why_finetune.testing"}


def test_a_case_that_misses_its_expectation_fails_with_the_judges_evidence():
    catalogue = load_catalogue(REPO / "catalogue.yaml")
    case = catalogue.case("local/mars/templated/chat")
    looping = "What do you think of Mars? " * 20
    verdict = case_verdict(case, looping, catalogue=catalogue)
    with pytest.raises(AssertionError) as failure:
        assert_expected(CaseResult(case, looping, {}), verdict, role_expectations(catalogue, case))
    assert str(failure.value).startswith("local/mars/templated/chat: expected [answers")
    assert "Their evidence:" in str(failure.value)


def test_a_case_that_meets_its_expectations_passes():
    catalogue = load_catalogue(REPO / "catalogue.yaml")
    case = catalogue.case("local/mars/templated/chat")
    answer = ("Mars is the fourth planet from the Sun, a cold desert world with a thin atmosphere. "
              "I think it is fascinating: rovers have found signs that water once flowed there.")
    verdict = case_verdict(case, answer, catalogue=catalogue)
    assert_expected(CaseResult(case, answer, {}), verdict, role_expectations(catalogue, case))


@pytest.mark.parametrize("test_file", [STARTER, PREVIOUS_STARTER], ids=["today's starter", "0.1.0's starter"])
def test_a_project_replays_the_same_with_todays_or_an_earlier_releases_test_file(tmp_path, test_file):
    # A subprocess: a project's own pytest run, as `init` leaves it, with this checkout's package.
    for name in ("catalogue.yaml", "pytest.ini"):
        if (REPO / name).exists():
            shutil.copy(REPO / name, tmp_path / name)
    for folder in ("cassettes/local", "snapshots/local"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    (tmp_path / "tests").mkdir()
    shutil.copy(test_file, tmp_path / "tests" / "test_behaviour.py")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-m", "pytest", "tests", "-q", "-p", "no:cacheprovider", "--block-network",
                          "--finetune-pair", "local"], cwd=tmp_path, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert " passed" in run.stdout and "failed" not in run.stdout


COUNTING_CONFTEST = '''
import json

import why_finetune.judges
import why_finetune.judges.judging as judging

calls = []
real_judge = judging.judge


def counting_judge(prompt, output, thresholds=None):
    calls.append(output)
    return real_judge(prompt, output, thresholds)


judging.judge = why_finetune.judges.judge = counting_judge  # before anything that judges is imported


def pytest_sessionfinish(session):
    with open("judge-calls.json", "w") as file:
        json.dump(calls, file)
'''


def test_each_case_is_judged_once_from_its_test_through_the_paired_check_to_the_summary_and_html(tmp_path):
    # A subprocess: the counting judge must be in place before the plugin first judges.
    shutil.copy(REPO / "catalogue.yaml", tmp_path / "catalogue.yaml")
    for folder in ("cassettes/local", "snapshots/local"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    (tmp_path / "tests").mkdir()
    shutil.copy(STARTER, tmp_path / "tests" / "test_behaviour.py")
    (tmp_path / "conftest.py").write_text(COUNTING_CONFTEST)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    run = subprocess.run([sys.executable, "-m", "pytest", "tests", "-q", "-p", "no:cacheprovider", "--block-network",
                          "--finetune-pair", "local", "--finetune-html", "report.html"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    cases = load_catalogue(tmp_path / "catalogue.yaml").cases(["local"])
    judged = json.loads((tmp_path / "judge-calls.json").read_text())
    assert (tmp_path / "report.html").is_file() and "passed" in run.stdout
    assert len(judged) == len(cases), f"{len(judged)} judge calls for {len(cases)} cases"
