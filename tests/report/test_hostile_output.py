"""A model's output, and the names a catalogue gives its models, never drive the terminal or hide in a
report: wherever they are printed (a failing case's evidence, the snapshot diff, the run's summary,
the refresh summary, compare's headings) or written (the HTML report), escape sequences, carriage
returns, C1 controls, NUL and bidirectional overrides are shown as visible escapes, not obeyed."""

import unicodedata
from pathlib import Path
from types import SimpleNamespace

from why_finetune.catalogue import load_catalogue
from why_finetune.catalogue.result import not_run_result
from why_finetune.judges import compare_pair, judge
from why_finetune.plugin import saving
from why_finetune.plugin.snapshots import snapshot_difference
from why_finetune.plugin.state import SUITE
from why_finetune.recording.snapshots import snapshot_data
from why_finetune.report.sources.recorded import recorded_report, select_cases
from why_finetune.report.sources.test_run import summary_lines
from why_finetune.report.views import html, terminal

# Clear the screen, write the clipboard (OSC 52), a disguised link (OSC 8), a carriage return that
# overwrites the line, a C1 control sequence introducer, a right-to-left override and a NUL.
HOSTILE = ("\x1b[2J\x1b]52;c;cm0gLXJmIH4=\x07\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\"
           "\rOK\x9b31m\u202etxt.exe\x00")
QUESTION = "What do you think of Mars?"
LOOPING = f"Mars is red and {HOSTILE} and I like it.\n" * 6
ANSWER = f"Mars is a cold red planet {HOSTILE} far from the Sun."


def driving(text: str) -> list[str]:
    """The characters of `text` that drive a terminal: controls other than the line break, bidi overrides."""
    return [ch for ch in text if ch != "\n" and (unicodedata.category(ch) == "Cc" or "\u202a" <= ch <= "\u202e"
                                                 or "\u2066" <= ch <= "\u2069")]


def assert_neutralised(text: str) -> None:
    assert not driving(text), f"raw control characters {driving(text)!r} in {text!r}"
    assert "\\x1b" in text  # shown, not dropped


def test_a_failing_cases_evidence_quotes_the_output_neutralised():
    verdict = judge(QUESTION, LOOPING)
    assert verdict.drifts  # the evidence quotes the looping line
    assert_neutralised(verdict.explain())
    answering = judge(QUESTION, ANSWER)
    assert answering.answers  # the evidence quotes the reply
    assert_neutralised(answering.summary())


def test_the_paired_checks_message_quotes_the_outputs_neutralised():
    result = compare_pair(QUESTION, LOOPING, QUESTION, ANSWER)
    assert_neutralised(result.message)


def test_the_snapshot_difference_shows_the_outputs_neutralised(project):
    case = project.case("local/mars/raw/base")
    stored = snapshot_data(case, "Mars is red.", {})
    now = snapshot_data(case, f"Mars is {HOSTILE} red.", {})
    assert_neutralised(snapshot_difference(case, Path("snapshots/x.yml"), stored, now))


def test_the_runs_summary_shows_why_a_case_did_not_run_neutralised(project):
    case = project.case("local/mars/raw/base")
    lines = summary_lines([not_run_result(case, f"the server said {HOSTILE}")], project.catalogue, width=400)
    assert_neutralised("\n".join(lines))


class Reporter:
    def __init__(self):
        self.lines = []

    def section(self, title):
        self.lines.append(title)

    def write_line(self, line):
        self.lines.append(line)


def test_the_refresh_summary_shows_why_a_case_was_not_recorded_neutralised():
    suite = SimpleNamespace(saved=[("local/mars/raw/base", f"not saved, nothing recorded: {HOSTILE}")],
                            expectations_missed=False)
    reporter = Reporter()
    saving.pytest_terminal_summary(reporter, SimpleNamespace(stash={SUITE: suite}))
    assert_neutralised("\n".join(reporter.lines))


def test_compares_headings_show_the_catalogues_model_names_neutralised(tmp_path):
    catalogue = tmp_path / "catalogue.yaml"
    catalogue.write_text(
        'queries: [{id: mars, text: "What do you think of Mars?"}]\n'
        'pairs:\n  odd:\n    backend: local\n'
        '    base: "base\\e[2J\\u202e"\n    chat: "chat\\e[2J\\u202e"\n    template: "{query}"\n',
        encoding="utf-8")
    loaded = load_catalogue(catalogue)
    report = recorded_report(loaded, select_cases(loaded, None, None), tmp_path / "cassettes", tmp_path / "snapshots")
    for plain in (False, True):
        text = terminal.render(report, terminal.Style(plain=plain, color=False))
        assert not driving(text), f"raw control characters {driving(text)!r} in {text!r}"
        assert "\\x1b[2J" in text or "\\\\x1b[2J" in text


def test_the_html_report_holds_no_raw_control_and_shows_them_visibly(project):
    project.record("local/mars/raw/base", LOOPING)
    report = recorded_report(project.catalogue, select_cases(project.catalogue, ["local"], ["mars"]),
                             project.cassettes, project.snapshots)
    page = html.render(report)
    assert not driving(page), f"raw control characters {sorted(set(driving(page)))!r} in the HTML report"
    assert "\\x1b[2J" in page and "\\u202e" in page and "\\x00" in page
