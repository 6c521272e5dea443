"""The snapshot check: a case's output and provenance against `<snapshots>/<case id>.yml`."""

from __future__ import annotations

import pytest

from why_finetune.plugin.state import suite_of
from why_finetune.recording.hints import refresh_hint, regenerate_snapshot_hint
from why_finetune.recording.snapshots import snapshot_data, snapshot_path, snapshot_text, stored_snapshot
from why_finetune.recording.writing import OutsideFolderError, check_inside


@pytest.fixture
def snapshot(request, pytestconfig):
    """Compare an outcome with its stored regression snapshot."""
    suite = suite_of(pytestconfig)

    def check(outcome) -> None:
        case = outcome.case
        path = snapshot_path(suite.project.snapshots, case.id)
        expected = snapshot_data(case, outcome.output, outcome.provenance)
        # The same data as the stored snapshot: nothing for pytest-regressions to do. Comparing parsed
        # data spares each case writing its YAML (half a millisecond) and a temporary directory.
        if not suite.refreshing and not suite.regenerating and stored_snapshot(path)[0] == expected:
            return
        text = snapshot_text(expected)
        if suite.refreshing:
            suite.snapshots.stage(case.id, path, text)  # written with the cassette, or not at all
            return
        if not path.exists() and not suite.regenerating:
            pytest.fail(
                f"{case.id}: no snapshot at {path}. Create it with: {refresh_hint(case.pair.id, case.id)}",
                pytrace=False,
            )
        # --force-regen writes over a file that is not a snapshot, but not over a folder or a FIFO.
        problem = None if not path.exists() or (suite.regenerating and path.is_file()) else stored_snapshot(path)[1]
        if problem:
            pytest.fail(
                f"{case.id}: {problem}. Write it again from the recording with: {regenerate_snapshot_hint(case.id)}",
                pytrace=False,
            )
        if not suite.regenerating:
            stored = stored_snapshot(path)[0] or {}
            pytest.fail(snapshot_difference(case, path, stored, expected), pytrace=False)
        try:  # pytest-regressions writes through a symlink: where it leads is checked first
            check_inside(path, suite.project.snapshots, suite.project.root)
        except OutsideFolderError as error:
            pytest.fail(f"{case.id}: {error}", pytrace=False)
        request.getfixturevalue("file_regression").check(text, fullpath=path, encoding="utf-8", newline="\n")

    return check


def snapshot_difference(case, path, stored: dict, now: dict) -> str:
    """What differs from the snapshot, in words, and the commands that accept the change."""
    from why_finetune.report.safe_text import safe
    from why_finetune.report.views.diff import elide, word_diff

    lines = [f"{case.id}: differs from its snapshot {path}"]
    for field in [name for name in now if stored.get(name) != now[name]]:
        if isinstance(now[field], str) and isinstance(stored.get(field), str):
            shown = "".join(
                text if op == "equal" else "..." if op == "skip" else f"[-{text}-]" if op == "delete" else f"{{+{text}+}}"
                for op, text in elide(word_diff(stored[field], now[field]))
            )
            # One line per field; the model's escape sequences shown, not obeyed by the terminal.
            lines.append(safe(f"  {field}: {shown}").replace("\n", "\\n"))
        else:
            lines.append(safe(f"  {field}: was {stored.get(field)!r}, now {now[field]!r}"))
    lines.append(f"If the change is intended, record the case again with: {refresh_hint(case.pair.id, case.id)}")
    lines.append(f"(or keep this recording and write its snapshot with: {regenerate_snapshot_hint(case.id)})")
    return "\n".join(lines)
