"""The last line of defence: no test report carries the key in use.

Values that hold the key never print it (why_finetune.clients.endpoint), and the client turns every failure
into one sentence without a traceback. Should a key still reach a report (a library's message, a
plugin's variable shown by -l), this replaces it before the terminal, junitxml, the HTML report or
any other reporter reads the report. It does so twice: as soon as the report is made, and again
first thing when it is logged, after every other plugin (ours too) has added to it.
"""

from __future__ import annotations

import functools
import re

import pytest

from why_finetune.recording.scrubbing import REDACTED


class ReportRedaction:
    """A pytest plugin object: registered with the set of exact values that must never be shown."""

    def __init__(self, secrets: set[str]):
        self._secrets = secrets  # shared with the cassette store: one set of values never to write

    def __repr__(self) -> str:
        return f"ReportRedaction({len(self._secrets)} values)"

    # trylast: the innermost wrapper, so the report is redacted before any other wrapper sees it.
    @pytest.hookimpl(wrapper=True, trylast=True)
    def pytest_runtest_makereport(self, item, call):
        report = yield
        self._redact(report)
        return report

    # tryfirst: before the terminal, junitxml and our own summary read the report.
    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_logreport(self, report):
        self._redact(report)

    def _redact(self, report) -> None:
        secrets = [secret for secret in self._secrets if secret]
        if secrets:
            redact_report(report, secrets)


def redact_report(report, secrets) -> None:
    if report.longrepr is not None and not isinstance(report.longrepr, tuple):
        text = report.longreprtext
        if _holds(text, secrets):
            report.longrepr = redact(text, secrets)
    elif isinstance(report.longrepr, tuple):  # a skip: (path, line, reason)
        report.longrepr = tuple(redact(part, secrets) if isinstance(part, str) else part for part in report.longrepr)
    report.sections = [(title, redact(content, secrets)) for title, content in report.sections]
    report.user_properties = [(name, _redact_value(value, secrets)) for name, value in report.user_properties]


def redact(text: str, secrets) -> str:
    """`text` with every secret replaced by the placeholder, never inside a placeholder already there:
    a report is redacted twice, and a key may be a word of the placeholder itself ("redacted")."""
    secrets = tuple(sorted({secret for secret in secrets if secret}))
    if not secrets:  # an empty pattern would match between every two characters
        return text
    pattern = _any_of(secrets)
    return REDACTED.join(pattern.sub(REDACTED, piece) for piece in text.split(REDACTED))


@functools.lru_cache(maxsize=16)
def _any_of(secrets: tuple[str, ...]) -> re.Pattern:
    # One pass over the text, longest first: no replacement is searched again for another secret.
    return re.compile("|".join(re.escape(secret) for secret in sorted(secrets, key=len, reverse=True)))


def _holds(text: str, secrets) -> bool:
    return any(secret in text for secret in secrets)


def _redact_value(value, secrets):
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {key: _redact_value(item, secrets) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_redact_value(item, secrets) for item in value)
    return value
