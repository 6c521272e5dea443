"""A fresh virtual environment with this package installed from a copy of the checkout, not editable.

Installing its dependencies from the package index takes a minute and a half, so the environment
borrows the ones already installed for the tests: a `.pth` file lists their site-packages folders
(Python adds those folders to sys.path, but runs no `.pth` file inside them, so an editable install
of this package there stays inert). The package itself is built from a copy of the checkout, which
is deleted after installing: nothing the installed package runs can come from the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Every file of the repository that any process of a test opened is listed here at exit. The borrowed
# environment is not the checkout's, even where it lives inside it (make setup's .venv).
AUDIT = """
import atexit, os, sys
_repo, _log, _seen = os.environ["AUDIT_REPO"], os.environ["AUDIT_LOG"], set()
_borrowed = tuple(os.environ["AUDIT_BORROWED"].split(os.pathsep))
def _inside(path, folder):
    return path == folder or path.startswith(folder + os.sep)
def _hook(event, args):
    if event in ("open", "os.listdir", "os.scandir") and args and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.path.abspath(os.fsdecode(args[0]))
        if _inside(path, _repo) and not any(_inside(path, folder) for folder in _borrowed):
            _seen.add(path)
sys.addaudithook(_hook)
# Where each process tried to connect, when AUDIT_CONNECTIONS names a file to list them in.
_connections_log, _connections = os.environ.get("AUDIT_CONNECTIONS"), []
def _connect_hook(event, args):
    if event == "socket.connect":
        _connections.append(repr(args[1]))
if _connections_log:
    sys.addaudithook(_connect_hook)
def _write():
    with open(_log, "a", encoding="utf-8") as file:
        file.writelines(f"{path}\\n" for path in sorted(_seen))
    if _connections_log:
        with open(_connections_log, "a", encoding="utf-8") as file:
            file.writelines(f"{address}\\n" for address in _connections)
atexit.register(_write)
"""


def borrowed_site_packages() -> list[str]:
    """The site-packages folders this interpreter sees (the checkout itself is not one)."""
    return [p for p in sys.path if p.rstrip(os.sep).endswith(("site-packages", "dist-packages")) and Path(p).is_dir()]


def make_installed_venv(directory: Path, prefix: Sequence[str] = ()) -> Path:
    """A venv in `directory/venv` with the package installed from a copy of the checkout; returns its python.
    `prefix` runs the install step under a command (loopback_only(), to show it needs no network)."""
    venv = directory / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, cwd=directory)
    python = venv / "bin" / "python"
    site = Path(subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip())
    (site / "borrowed.pth").write_text("\n".join(borrowed_site_packages()) + "\n")
    # The audit hook starts in every process of this venv (sitecustomize runs at start-up).
    (site / "sitecustomize.py").write_text(AUDIT)
    source = copy_of_checkout(directory / "checkout-copy")
    # Built with the borrowed setuptools and wheel (requirements.lock has them), not in pip's isolated
    # build environment, which would fetch setuptools from the package index: after `make setup` the
    # tests need no network. The dependencies are the borrowed ones too, hence --no-deps --no-index.
    missing = missing_build_tools(python)
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed beside the tests, so the package cannot be built "
                    "without the package index: run `make setup` (requirements.lock pins them)")
    install = subprocess.run(
        [*prefix, str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
         "--no-index", "--no-build-isolation", str(source)],
        capture_output=True, text=True, env=clean_environment(directory), cwd=directory,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    shutil.rmtree(source)  # the installed package must not need it
    return python


def missing_build_tools(python: Path) -> list[str]:
    """What of setuptools and wheel the venv's python cannot import (it sees the borrowed ones)."""
    found = subprocess.run(
        [python, "-c", "import importlib.util as u; print(*(n for n in ('setuptools', 'wheel') if u.find_spec(n)))"],
        check=True, capture_output=True, text=True,
    ).stdout.split()
    return [name for name in ("setuptools", "wheel") if name not in found]


def loopback_only() -> list[str]:
    """A command prefix that runs the rest in a network namespace of its own, where only loopback
    exists, when the machine allows one (root, or unprivileged user namespaces); else []."""
    probe = subprocess.run(["unshare", "--net", "--map-root-user", "true"], capture_output=True) \
        if shutil.which("unshare") else None
    if probe is None or probe.returncode != 0:
        return []
    lo_up = "ip link set lo up 2>/dev/null || true; " if shutil.which("ip") else ""
    return ["unshare", "--net", "--map-root-user", "sh", "-c", f'{lo_up}exec "$@"', "loopback-only"]


def copy_of_checkout(source: Path) -> Path:
    """What pip needs to build the package: its metadata, README and code."""
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source)
    shutil.copytree(REPO / "why_finetune", source / "why_finetune", ignore=shutil.ignore_patterns("__pycache__"))
    return source


def clean_environment(directory: Path, **extra) -> dict:
    """No PYTHONPATH (the checkout must not be importable), no keys, a HOME of its own."""
    home = directory / "home"
    home.mkdir(exist_ok=True)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "AUDIT_REPO": str(REPO),
        "AUDIT_BORROWED": os.pathsep.join([sys.prefix, *borrowed_site_packages()]),
        "AUDIT_LOG": str(directory / "opened-in-checkout.txt"),
        **extra,
    }


def run(python: Path, project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [python, *args], cwd=project, env=clean_environment(project.parent), capture_output=True, text=True,
        timeout=300,
    )


def opened_in_checkout(directory: Path) -> list[str]:
    log = directory / "opened-in-checkout.txt"
    return log.read_text(encoding="utf-8").split() if log.is_file() else []
