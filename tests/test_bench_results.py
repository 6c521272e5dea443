"""`bench/run.py --write` replaces the generated table of bench/RESULTS.md and keeps the hand-written rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import run

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "RESULTS.md"
FAKE_ROW = ("Fake benchmark", "measured as nothing", "42 ms", "<= 5 ms", "**no**")


def write(monkeypatch, path: Path) -> None:
    """`bench/run.py --write --skip-recording` onto `path`, its benchmarks replaced by one fake row."""
    monkeypatch.setattr(run, "RESULTS", path)
    monkeypatch.setattr(run, "rows", lambda args: [FAKE_ROW])
    assert run.main(["--write", "--skip-recording"]) == 0


def test_hand_written_text_survives_a_write_byte_for_byte(monkeypatch, tmp_path):
    before = "# Benchmark results\r\n\nA hand-written paragraph before the table.\n\n"
    old = f"{run.BEGIN}\n\nMeasured long ago.\n\n| old | table |\n{run.END}\n"
    after = "\n## lamini matrix\n\nHand-written, with trailing spaces  \nand no newline at the end"
    path = tmp_path / "RESULTS.md"
    path.write_bytes((before + old + after).encode("utf-8"))

    write(monkeypatch, path)

    text = path.read_bytes().decode("utf-8")
    assert text.startswith(before)
    assert text.endswith(after)
    generated = text[len(before):len(text) - len(after)]
    assert generated.startswith(run.BEGIN + "\n") and generated.endswith(run.END + "\n")
    assert "| Fake benchmark | measured as nothing | 42 ms |" in generated
    assert "Measured long ago" not in generated and "| old | table |" not in generated

    write(monkeypatch, path)  # a second write replaces the first one's block, not adding another
    assert path.read_bytes().decode("utf-8").count(run.BEGIN) == 1


def test_a_file_without_the_markers_is_refused_not_overwritten(monkeypatch, tmp_path):
    path = tmp_path / "RESULTS.md"
    path.write_text("# Benchmark results\n\nOnly hand-written text.\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="put them around the generated part"):
        write(monkeypatch, path)
    assert path.read_text(encoding="utf-8") == "# Benchmark results\n\nOnly hand-written text.\n"


def test_a_missing_file_is_written_with_its_markers(monkeypatch, tmp_path):
    path = tmp_path / "RESULTS.md"
    write(monkeypatch, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Benchmark results\n\n" + run.BEGIN + "\n") and text.endswith(run.END + "\n")


def test_the_repository_results_keep_their_hand_written_sections():
    text = RESULTS.read_text(encoding="utf-8")
    assert text.count(run.BEGIN) == 1 and text.count(run.END) == 1
    kept = text[text.index(run.END):]
    for section in ("## lamini matrix", "## Mutation testing", "- Judges, 2026-11-29"):
        assert section in kept, f"{section!r} is inside the part --write replaces"
