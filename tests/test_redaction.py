"""Should the key in use reach a pytest report, it is replaced before any reporter reads it."""

from types import SimpleNamespace

import pytest

from why_finetune.redaction import REDACTED, ReportRedaction, redact, redact_report

KEY = "wf-test-" + "r8" * 12  # built at run time: no key-shaped literal in the repository


class Report(SimpleNamespace):
    @property
    def longreprtext(self):
        return str(self.longrepr)


def report(longrepr=None, sections=(), user_properties=()):
    return Report(longrepr=longrepr, sections=list(sections), user_properties=list(user_properties))


def test_every_part_of_a_failure_report_loses_the_key():
    failed = report(
        longrepr=f"E   ValueError: bad key {KEY}\nE   again {KEY}",
        sections=[("Captured stdout call", f"using {KEY}"), ("Captured log", "nothing secret")],
        user_properties=[("result", {"note": f"key {KEY}", "tries": [KEY, 3], "pair": (KEY,)}), ("n", 1)],
    )
    redact_report(failed, [KEY])
    assert failed.longrepr == f"E   ValueError: bad key {REDACTED}\nE   again {REDACTED}"
    assert failed.sections == [("Captured stdout call", f"using {REDACTED}"), ("Captured log", "nothing secret")]
    assert failed.user_properties == [
        ("result", {"note": f"key {REDACTED}", "tries": [REDACTED, 3], "pair": (REDACTED,)}),
        ("n", 1),
    ]


def test_a_report_without_the_key_keeps_its_own_representation():
    longrepr = object()  # pytest's own object, which formats itself with colours and locations
    passed = report(longrepr=longrepr)
    redact_report(passed, [KEY])
    assert passed.longrepr is longrepr


def test_a_skip_reason_loses_the_key():
    skipped = report(longrepr=("tests/x.py", 3, f"Skipped: no server for {KEY}"))
    redact_report(skipped, [KEY])
    assert skipped.longrepr == ("tests/x.py", 3, f"Skipped: no server for {REDACTED}")


def test_every_secret_is_replaced():
    assert redact(f"{KEY} and other-secret-value", [KEY, "other-secret-value"]) == f"{REDACTED} and {REDACTED}"


def test_the_plugin_redacts_with_the_secrets_known_when_the_report_is_made():
    secrets = set()
    plugin = ReportRedaction(secrets)
    secrets.update({KEY, ""})  # the store learns the key after the plugin is registered; "" is no secret
    made = report(longrepr=f"E   {KEY}")
    hook = plugin.pytest_runtest_makereport(item=None, call=None)
    next(hook)
    with pytest.raises(StopIteration) as stop:
        hook.send(made)
    assert stop.value.value is made
    assert made.longrepr == f"E   {REDACTED}"
    logged = report(sections=[("stdout", KEY)])
    plugin.pytest_runtest_logreport(logged)
    assert logged.sections == [("stdout", REDACTED)]
    assert KEY not in repr(plugin)


def test_with_no_secret_known_nothing_is_touched():
    plugin = ReportRedaction({""})
    untouched = report(longrepr="E   text")
    untouched.sections = None  # would fail if read
    plugin.pytest_runtest_logreport(untouched)
    assert untouched.longrepr == "E   text"
