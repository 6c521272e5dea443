"""Should the key in use reach a pytest report, it is replaced before any reporter reads it."""

from types import SimpleNamespace

import pytest

from why_finetune.catalogue import Pair
from why_finetune.clients import keys_in_use
from why_finetune.recording.redaction import REDACTED, ReportRedaction, redact, redact_report

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


# What is redacted: the keys that are used, and never the placeholder itself ---------------------


def test_redacting_twice_never_redacts_inside_its_own_placeholder():
    # A key may be any text of 8 characters or more, "redacted" among them: the report is redacted
    # twice (when made, when logged), and the second pass must find nothing new in the first one's work.
    secret = "redacted"
    once = redact(f"key {secret} here", [secret])
    assert once == f"key {REDACTED} here"
    assert redact(once, [secret]) == once


def test_one_secret_is_not_found_inside_the_placeholder_left_by_another():
    first, second = "wf-test-" + "q7" * 8, "ted key>"
    assert redact(f"{first} and {second}", [first, second]) == f"{REDACTED} and {REDACTED}"
    assert redact(f"{first} and {second}", [second, first]) == f"{REDACTED} and {REDACTED}"


OPENAI_PAIR = Pair(id="p", backend="hosted", base="b", chat="c", template=None, client="openai", url="http://h/v1",
                   key_variable="P_KEY")


@pytest.mark.parametrize("short", ["e", "Ass", "a" * 7])
def test_a_key_too_short_to_be_used_is_not_redacted_anywhere(tmp_path, short):
    # Refused before any request (endpoint.key_problem), it is never sent, so never written; redacting
    # its few letters would garble every report of the run, even of tests that have nothing to do with it.
    environ = {"HOME": str(tmp_path), "LAMINI_API_KEY": short, "P_KEY": short}
    assert keys_in_use([OPENAI_PAIR], environ) == set()


def test_the_lamini_key_and_every_openai_pairs_key_are_redacted(tmp_path):
    lamini, pair = "wf-test-" + "l4" * 8, "wf-test-" + "o5" * 8
    assert keys_in_use([OPENAI_PAIR], {"HOME": str(tmp_path), "LAMINI_API_KEY": lamini, "P_KEY": pair}) == {lamini, pair}
    assert keys_in_use([], {"HOME": str(tmp_path)}) == set()


def test_redacting_with_no_secret_or_an_empty_one_changes_nothing():
    assert redact("some text", []) == "some text"
    assert redact("some text", [""]) == "some text"
