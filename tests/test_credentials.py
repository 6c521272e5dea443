"""The hosted key is found where lamini looks for it, plus the course's own variable names."""

import subprocess
from pathlib import Path
import sys

from why_finetune.credentials import DEFAULT_URL, find_credentials

KEY = "wf-test-credential"


def test_no_key_anywhere_means_no_credentials(tmp_path):
    assert find_credentials({"HOME": str(tmp_path)}) is None


def test_lamini_api_key_wins_over_the_course_variable(tmp_path):
    found = find_credentials({"HOME": str(tmp_path), "LAMINI_API_KEY": KEY, "POWERML__PRODUCTION__KEY": "other"})
    assert (found.key, found.key_source, found.url) == (KEY, "LAMINI_API_KEY", DEFAULT_URL)


def test_the_course_variables_still_work(tmp_path):
    env = {"HOME": str(tmp_path), "POWERML__PRODUCTION__KEY": KEY, "POWERML__PRODUCTION__URL": "https://llm.example/"}
    found = find_credentials(env)
    assert (found.key, found.url) == (KEY, "https://llm.example")


def test_the_lamini_config_file_is_read(tmp_path):
    (tmp_path / ".lamini").mkdir()
    (tmp_path / ".lamini" / "configure.yaml").write_text(f"production:\n  key: {KEY}\n")
    found = find_credentials({"HOME": str(tmp_path)})
    assert found.key == KEY and found.key_source.endswith("configure.yaml")


def test_credentials_never_print_their_key(tmp_path):
    found = find_credentials({"HOME": str(tmp_path), "LAMINI_API_KEY": KEY})
    assert KEY not in repr(found) and KEY not in str(found)


def test_refreshing_the_hosted_pair_without_a_key_stops_before_any_request(tmp_path):
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "why_finetune", "refresh", "--pair", "course"],
        env=env, capture_output=True, text=True, timeout=60, cwd=Path(__file__).parents[1],
    )
    assert result.returncode == 2
    assert "LAMINI_API_KEY" in result.stderr
    assert "python -m why_finetune refresh --pair course" in result.stderr
    assert "Traceback" not in result.stderr
    assert "pytest" not in result.stdout  # nothing was started
