"""The forked pytest of the recording tests behaves as `python -m pytest` in a fresh process would:
exactly the environment it is given (lamini's settings included, which lamini reads when imported),
its working directory first on sys.path, stdout and stderr apart, pytest's exit status, and the exit
handlers run. Nothing of a run is left in the next one."""

import secrets

from forked_pytest import run_pytest_forked

PROBE = '''
import atexit, os, sys
import lamini

def test_report():
    assert not hasattr(lamini, "leftover"), "left by an earlier run"
    print("key", lamini.api_key, "url", lamini.api_url)
    print("env", " ".join(sorted(os.environ)))
    print("path0", sys.path[0])
    print("to stderr", file=sys.stderr)
    atexit.register(lambda: open("exited.txt", "w").write("yes"))
    lamini.leftover = "from this run"
'''


def test_a_run_sees_exactly_its_environment_and_lamini_reads_its_key_from_it(tmp_path):
    (tmp_path / "test_probe.py").write_text(PROBE)
    key = secrets.token_urlsafe(16)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LAMINI_API_KEY": key, "LAMINI_API_URL": "http://127.0.0.1:9"}
    run = run_pytest_forked(["-q", "-s", "-p", "no:cacheprovider", "test_probe.py"], cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert f"key {key} url http://127.0.0.1:9" in run.stdout
    seen = next(line for line in run.stdout.splitlines() if line.startswith("env ")).split()[1:]
    # Beside what it was given, only what pytest sets for its tests and what Python's start-up may set.
    assert set(env) <= set(seen) and all(n.startswith("PYTEST_") or n == "LC_CTYPE" for n in set(seen) - set(env))
    assert f"path0 {tmp_path}" in run.stdout
    assert "to stderr" in run.stderr and "to stderr" not in run.stdout
    assert (tmp_path / "exited.txt").read_text() == "yes"
    # pytest's plugins were imported as a fresh pytest imports them: no warning that they could not be rewritten
    assert "warning" not in run.stdout.lower(), run.stdout


def test_the_next_run_has_no_key_and_nothing_of_the_last(tmp_path):
    (tmp_path / "test_probe.py").write_text(PROBE)
    for _ in range(2):
        run = run_pytest_forked(["-q", "-s", "-p", "no:cacheprovider", "test_probe.py"], cwd=tmp_path,
                                env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
        assert run.returncode == 0, run.stdout + run.stderr
        assert "key None url None" in run.stdout


def test_a_failing_run_exits_1_and_a_usage_error_4_on_stderr(tmp_path):
    (tmp_path / "test_fails.py").write_text("def test_no():\n    assert False\n")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    assert run_pytest_forked(["-q", "-p", "no:cacheprovider"], cwd=tmp_path, env=env).returncode == 1
    usage = run_pytest_forked(["-q", "--no-such-option"], cwd=tmp_path, env=env)
    assert usage.returncode == 4 and "--no-such-option" in usage.stderr
