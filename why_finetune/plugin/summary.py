"""Each case's result, shipped on its test report (so that under pytest-xdist it reaches the
controller), then the end-of-run summary and, with --finetune-html, the HTML comparison."""

from __future__ import annotations

import pytest

from why_finetune.plugin import HTML
from why_finetune.plugin.cases import case_of
from why_finetune.plugin.state import FAILURE, PASSED, RESULT, suite_of

PROPERTY = "why_finetune_result"  # the user property a case's result travels in


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when in ("setup", "call") and report.failed:
        item.stash[FAILURE] = _reason(report)
    elif report.skipped:
        item.stash[FAILURE] = f"skipped: {report.longrepr[-1] if isinstance(report.longrepr, tuple) else ''}"
    if report.when == "call":
        item.stash[PASSED] = report.passed
    case = case_of(item)
    if case and (report.when == "call" or (report.when == "setup" and not report.passed)):
        report.user_properties.append((PROPERTY, _result_data(item, case)))
    return report


def _reason(report) -> str:
    """One line saying why the test failed: the first line of its error (a behaviour test's says what
    was expected and what the judges found). Read from the report, which holds no key (redaction)."""
    lines = report.longreprtext.strip().splitlines()
    errors = [line[1:].strip() for line in lines if line.startswith("E ")]  # a traceback's error lines
    if errors:
        return errors[0].removeprefix("AssertionError: ")
    return lines[0] if lines else "failed"  # a failure without a traceback is its message


def _result_data(item, case) -> dict:
    """The case's result as plain data: xdist sends reports between processes as such."""
    result = item.stash.get(RESULT, None)
    if result is None:
        from why_finetune.catalogue.result import not_run_result

        result = not_run_result(case, item.stash.get(FAILURE, "failed"))
    return result.to_dict()


class Summary:
    """Collects the results where the terminal is (the controller, under xdist) and shows them."""

    def __init__(self, config):
        self.config = config

    def pytest_runtest_logreport(self, report):
        for name, value in report.user_properties:
            if name == PROPERTY:
                self._collect(dict(value))

    def _collect(self, value: dict) -> None:
        from why_finetune.catalogue.result import CaseResult

        suite = suite_of(self.config)
        result = CaseResult.from_dict(value, suite.catalogue)
        suite.results[result.case.id] = result

    def pytest_terminal_summary(self, terminalreporter, config):
        suite = suite_of(config)
        if not suite.results:
            return
        # Catalogue order, whatever order the (possibly parallel) run finished the cases in.
        order = {case.id: number for number, case in enumerate(suite.catalogue.cases())}
        results = sorted(suite.results.values(), key=lambda result: order.get(result.case.id, len(order)))
        from why_finetune.report.sources.test_run import summary_lines, write_html_report

        terminalreporter.section("why-finetune: base vs chat")
        for line in summary_lines(results, suite.catalogue):
            terminalreporter.write_line(line)
        if config.getoption(HTML):
            try:
                path = write_html_report(config.getoption(HTML), results, suite.catalogue)
            except OSError as error:  # the folder became unwritable during the run, or the disk is full
                terminalreporter.write_line(f"HTML report: cannot write {config.getoption(HTML)} ({error.strerror})")
            else:
                terminalreporter.write_line(f"HTML report: {path}")
