"""The hosted key is found where lamini looks for it, plus the course's own variable names."""

import subprocess
import sys
from pathlib import Path

import pytest

from why_finetune.clients.lamini_credentials import DEFAULT_URL, find_credentials

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


def test_an_environment_variable_wins_over_the_lamini_config_file(tmp_path):
    (tmp_path / ".lamini").mkdir()
    (tmp_path / ".lamini" / "configure.yaml").write_text("production:\n  key: from-the-file\n  url: https://file.example\n")
    found = find_credentials({"HOME": str(tmp_path), "LAMINI_API_KEY": KEY, "LAMINI_API_URL": "https://env.example"})
    assert (found.key, found.key_source, found.url, found.url_source) == (
        KEY, "LAMINI_API_KEY", "https://env.example", "LAMINI_API_URL")


def test_the_config_file_url_is_used_with_the_config_file_key(tmp_path):
    (tmp_path / ".lamini").mkdir()
    (tmp_path / ".lamini" / "configure.yaml").write_text(f"production:\n  key: {KEY}\n  url: https://file.example\n")
    found = find_credentials({"HOME": str(tmp_path)})
    assert found.url == "https://file.example" and found.url_source.startswith("the url in ")


def test_refreshing_with_a_malformed_url_stops_in_one_line_naming_the_setting(tmp_path):
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LAMINI_API_KEY": KEY, "LAMINI_API_URL": "http://[::1"}
    result = subprocess.run(
        [sys.executable, "-m", "why_finetune", "refresh", "--pair", "course"],
        env=env, capture_output=True, text=True, timeout=60, cwd=Path(__file__).parents[1],
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "refresh: LAMINI_API_URL is not a valid URL (Invalid IPv6 URL); give one like https://api.lamini.ai"]
    assert "pytest" not in result.stdout  # nothing was started


def test_refreshing_an_unknown_case_stops_before_announcing_anything(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "why_finetune", "refresh", "--pair", "local", "--case", "local/x/y/z"],
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=60,
        cwd=Path(__file__).parents[1],
    )
    assert result.returncode == 2
    assert result.stdout == ""  # no "recording pair ..." line
    assert "local/x/y/z" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_without_a_url_anywhere_the_default_one_is_used_and_named(tmp_path):
    found = find_credentials({"HOME": str(tmp_path), "LAMINI_API_KEY": KEY})
    assert (found.url, found.url_source) == (DEFAULT_URL, "the default URL")


def test_a_trailing_slash_is_dropped_from_the_url(tmp_path):
    found = find_credentials({"HOME": str(tmp_path), "LAMINI_API_KEY": KEY, "LAMINI_API_URL": "https://llm.example/lamini/"})
    assert found.url == "https://llm.example/lamini"


def test_the_course_config_file_is_read_when_there_is_no_lamini_one(tmp_path):
    (tmp_path / ".powerml").mkdir()
    (tmp_path / ".powerml" / "configure_llama.yaml").write_text(f"production:\n  key: {KEY}\n")
    found = find_credentials({"HOME": str(tmp_path)})
    assert found.key == KEY and found.key_source == str(tmp_path / ".powerml" / "configure_llama.yaml")


@pytest.mark.parametrize("text", ["- a list\n", "production: a string\n", "production: [\n"])
def test_a_lamini_config_file_without_a_production_mapping_is_passed_over(tmp_path, text):
    (tmp_path / ".lamini").mkdir()
    (tmp_path / ".lamini" / "configure.yaml").write_text(text)
    (tmp_path / ".powerml").mkdir()
    (tmp_path / ".powerml" / "configure_llama.yaml").write_text(f"production:\n  key: {KEY}\n")
    assert find_credentials({"HOME": str(tmp_path)}).key == KEY


def test_requiring_credentials_without_a_key_says_how_to_give_one_and_what_to_run(tmp_path):
    from why_finetune.clients.lamini_credentials import MissingKeyError, require_credentials

    command = "python -m why_finetune refresh --pair course"
    with pytest.raises(MissingKeyError) as error:
        require_credentials(command, {"HOME": str(tmp_path)})
    assert str(error.value) == (
        "No Lamini API key found, so the hosted models cannot be recorded. "
        "Set LAMINI_API_KEY (the course's POWERML__PRODUCTION__KEY also works) "
        f"and run: {command}"
    )
    assert require_credentials(command, {"HOME": str(tmp_path), "LAMINI_API_KEY": KEY}).key == KEY
