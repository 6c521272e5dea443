"""An HTML report asked for a path it cannot be written to (a folder, a folder that does not exist) is
one line naming the path, before any work: from `compare --html` and from pytest's --finetune-html."""

import subprocess
import sys
from pathlib import Path

import pytest
from test_report_cli import compare

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["folder", "missing parent"])
def unwritable(request, tmp_path):
    if request.param == "folder":
        (tmp_path / "out").mkdir()
        return tmp_path / "out"
    return tmp_path / "no" / "such" / "report.html"


def test_compare_html_to_a_path_it_cannot_write_is_one_line_naming_it(recorded, unwritable):
    status, out, err = compare(recorded, "--html", str(unwritable))
    assert status == 2
    assert out == ""  # refused before the comparison
    assert err.count("\n") == 1 and err.startswith("compare: --html ") and str(unwritable) in err


def test_pytest_finetune_html_to_a_path_it_cannot_write_is_a_usage_error_naming_it(recorded, unwritable):
    (recorded.root / "catalogue.yaml").write_text((REPO / "catalogue.yaml").read_text(encoding="utf-8"))
    (recorded.root / "pytest.ini").write_text("[pytest]\n")
    (recorded.root / "test_nothing.py").write_text("def test_nothing():\n    pass\n")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_nothing.py",
                          f"--finetune-html={unwritable}"],
                         cwd=recorded.root, capture_output=True, text=True, timeout=300,
                         env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})
    assert run.returncode == 4, run.stdout + run.stderr  # pytest's usage error
    assert "Traceback" not in run.stdout + run.stderr and "INTERNALERROR" not in run.stdout + run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("ERROR: ")]
    assert len(errors) == 1 and "--finetune-html" in errors[0] and str(unwritable) in errors[0]
