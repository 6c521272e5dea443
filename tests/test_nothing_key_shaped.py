"""No file of the project holds anything shaped like a key: not a real one, not a fake one that looks
real. Recordings, snapshots, test data, package data and code alike are scanned, so that a copied
source link with a full commit hash, or a test's made-up bearer token, is caught before it is
committed. Tests that need a key make a random one at run time."""

import re
from pathlib import Path

from why_finetune.recording.scrubbing import KEY_SHAPED

ROOT = Path(__file__).resolve().parents[1]
# Hidden folders are tools' (git, environments, caches), except these two, which are the project's.
HIDDEN_BUT_OURS = {".github", ".ci"}
# What .gitignore leaves out besides hidden folders: build output and mutation copies.
NOT_THE_PROJECT = {"mutants", "build", "__pycache__"}
# A run of forty digits or more: a numeric token or account key looks so, and so does a model's long number (the
# digits of a square root said again); KEY_SHAPED wants letters and digits both, so this run is looked for here too.
# KEY_SHAPED itself stays as it is: the scrubbing of recordings uses it, and must not cut a number a model wrote.
# ASCII digits only: a Bengali stuck token ("১০১০...") is no key.
DIGIT_RUN = re.compile(r"[0-9]{40,}")
# mutmut's record of a run, written at the top of its copy of the project, where the fast tests run too.
MUTMUT_RECORD = ("mutmut-stats.json",)


def project_files():
    for path in sorted(ROOT.rglob("*")):
        parts = path.relative_to(ROOT).parts
        folders = parts[:-1]
        if any(part.startswith(".") and part not in HIDDEN_BUT_OURS for part in folders):
            continue
        if parts in {MUTMUT_RECORD}:
            continue
        if path.is_file() and not NOT_THE_PROJECT.intersection(folders) and not parts[0].endswith(".egg-info"):
            yield path


def test_the_scan_covers_code_data_and_recordings():
    scanned = {path.relative_to(ROOT).parts[0] for path in project_files()}
    assert {"why_finetune", "tests", "cassettes", "snapshots", "bench", ".github", ".ci", "README.md"} <= scanned


def test_no_project_file_holds_anything_key_shaped():
    found = []
    for path in project_files():
        text = path.read_text(encoding="utf-8", errors="replace")
        match = KEY_SHAPED.search(text) or DIGIT_RUN.search(text)
        if match:
            found.append(f"{path.relative_to(ROOT)}: {match.group(0)[:12]}...")
    assert not found, "key-shaped text (shorten a commit hash to 12 characters; make test keys at run time; leave out " \
                      "data that holds a run of forty digits):\n" + \
        "\n".join(found)
