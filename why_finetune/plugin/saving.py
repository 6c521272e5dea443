"""While recording: a case's new cassette (and its LLM judge's, and its snapshot) is kept only if
its test passed and every recorded answer was a 2xx; otherwise the previous files stay as they were.
The files kept are written together or not at all, and only inside their folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from why_finetune.plugin.cases import case_of
from why_finetune.plugin.state import FAILURE, PASSED, RESULT, suite_of
from why_finetune.recording.writing import OutsideFolderError, check_inside, write_together


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After vcrpy staged a new recording (its cassette closes in the case's teardown)."""
    try:
        return (yield)
    finally:
        suite = suite_of(item.config)
        case = case_of(item)
        staged_all = suite.store.take_all_staged()
        refused = suite.store.take_all_refused()
        if case is not None:
            staged_snapshot = suite.snapshots.take(case.id)
            if suite.refreshing:
                result, unwritten = _save(item, case, suite, staged_all, staged_snapshot, refused)
                suite.saved.append((case.id, result))
                if result != "saved" and _misses_expectations(item, case, suite.catalogue):
                    suite.expectations_missed = True
                if unwritten:
                    # The case passed, but its files could not be written: that fails the refresh, in one line.
                    pytest.fail(f"{case.id}: {result}", pytrace=False)


def _save(item, case, suite, staged_all, staged_snapshot, refused) -> tuple[str, bool]:
    """("saved" or why not, whether the case's files were ready but could not be written)."""
    store = suite.store
    path = store.path_for(case.id)
    staged = staged_all.get(path)
    failure = item.stash.get(FAILURE, "the test did not pass")
    # What stays: the case's earlier recording, or, on its first recording, nothing.
    not_saved = "not saved, previous recording kept" if path.is_file() else "not saved, nothing recorded"
    if refused:  # any of the case's cassettes (its own, its LLM judge's): all of them or none
        return f"{not_saved}: {next(iter(refused.values()))}", False
    if staged is None or not item.stash.get(PASSED, False):
        return f"{not_saved}: {failure.removeprefix(f'{case.id}: ')}", False
    if not all(each.all_2xx for each in staged_all.values()):
        return f"{not_saved}: a response was not 2xx", False
    files = {each.path: (each.text, store.root) for each in staged_all.values()}
    if staged_snapshot:
        snapshot, text = staged_snapshot
        files[snapshot] = (text, suite.project.snapshots)
    try:
        for each, (_, folder) in files.items():
            check_inside(each, folder, suite.project.root)
        write_together({each: text for each, (text, _) in files.items()})
    except OutsideFolderError as error:
        return f"{not_saved}: cannot write: {error}", True
    except OSError as error:  # a full disk, a read-only folder, no permission: nothing of the case changed
        where = Path(error.filename or next(iter(files)))
        folder = where if where.is_dir() else where.parent
        return f"{not_saved}: cannot write in {folder}: {error.strerror or type(error).__name__}", True
    return "saved", False


def _misses_expectations(item, case, catalogue) -> bool:
    """Does the judges' verdict on the case miss what the catalogue expects of it?"""
    from why_finetune.catalogue.expectations import role_expectations, unmet

    result = item.stash.get(RESULT, None)
    verdict = None if result is None else result.verdict
    return verdict is not None and bool(unmet(role_expectations(catalogue, case), verdict))


def pytest_terminal_summary(terminalreporter, config):
    suite = suite_of(config)
    saved = suite.saved
    if not saved:
        return
    kept = sum(1 for _, result in saved if result == "saved")
    from why_finetune.report.safe_text import safe

    terminalreporter.section("why-finetune refresh")
    for case_id, result in saved:  # why a case was not saved may quote a model's or a server's words
        terminalreporter.write_line(f"{case_id}: {safe(result)}".replace("\n", " "))
    terminalreporter.write_line(f"{kept} recorded, {len(saved) - kept} not recorded")
    if suite.expectations_missed:
        terminalreporter.write_line(
            "A case is recorded only when its output shows what the catalogue expects. If the model really "
            "does otherwise, write what you measured in the catalogue (expect:, per pair, query and form) "
            "and refresh again."
        )
