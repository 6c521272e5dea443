"""The behaviour suite's pytest plugin: cases from the catalogue, one cassette and one snapshot each.

A test that asks for the `case` fixture runs once per catalogue case, with the case id as its
test id. Replay is the default: each case's cassette answers, and the network is blocked
(pytest-recording's --block-network, set in pyproject.toml). With `--record-mode=all` (what
`python -m why_finetune refresh` passes) each case calls its model for real, the local server
starting itself for the `local` pair, and the new recording replaces the old one only if the
test passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from why_finetune import client
from why_finetune.catalogue import Case, CatalogueError, Pair, Query, load_catalogue
from why_finetune.credentials import find_credentials
from why_finetune.endpoint import Endpoint
from why_finetune.expectations import chat_better_expected
from why_finetune.recording import matching, scrubbing
from why_finetune.redaction import ReportRedaction
from why_finetune.recording.persistence import CassetteError, CassetteStore, check_cassette, commit, write_atomically
from why_finetune.recording.provenance import provenance
from why_finetune.recording.serializer import dump_readable
from why_finetune.refresh import refresh_hint, regenerate_snapshot_hint
from why_finetune.report.snapshots import stored_snapshot

LOCAL_SERVER_KEY = "local-server-no-key"  # the local server checks no key unless told to


@dataclass(frozen=True)
class Comparison:
    """One query in one form, as sent to both models of a pair: the unit of the paired check."""

    pair: Pair
    query: Query
    form: str

    @property
    def id(self) -> str:
        return f"{self.pair.id}/{self.query.id}/{self.form}"

    def case(self, role: str) -> Case:
        return Case(self.pair, self.query, self.form, role)


@dataclass(frozen=True)
class Outcome:
    """What one case produced: the output text and where it came from."""

    case: Case
    output: str
    provenance: dict


def pytest_addoption(parser):
    group = parser.getgroup("why-finetune")
    group.addoption("--pair", action="append", default=[], help="run only the cases of this pair (repeatable)")
    group.addoption("--case", action="append", default=[], help="run only this case id (repeatable)")
    group.addoption(
        "--llm-judge", action="store_true", default=False,
        help="also ask the catalogue's llm_judge model whether each output answers (recorded like any call)",
    )
    group.addoption(
        "--html-report", metavar="PATH", default=None,
        help="also write this run's base-vs-chat comparison as one self-contained HTML file",
    )


_CONFIG = None  # the session's config, for hooks that are not handed it


def pytest_configure(config):
    global _CONFIG
    _CONFIG = config
    config.addinivalue_line("markers", "behaviour: a case of the behaviour suite (one catalogue query to one model)")
    config.addinivalue_line("markers", "loopback: a test that talks to a server it started on 127.0.0.1")
    root = Path(str(config.rootpath))
    record_mode = config.getoption("--record-mode", default=None) or "none"
    config.why_finetune_store = CassetteStore(root=root / "cassettes", refreshing=record_mode != "none")
    config.why_finetune_snapshots = root / "snapshots"
    config.why_finetune_saved = []  # (case id, "saved" | reason not saved)
    config.why_finetune_results = {}  # case id -> why_finetune.report.model.CaseResult, for the summary
    credentials = find_credentials()
    if credentials:
        config.why_finetune_store.secrets.add(credentials.key)
    config.pluginmanager.register(ReportRedaction(config.why_finetune_store.secrets), "why-finetune-redaction")
    # Check the catalogue and the selection now, so that a mistake stops the run with one line.
    catalogue = _catalogue(config)
    try:
        for name in config.getoption("--pair"):
            catalogue.pair(name)
        for case_id in config.getoption("--case"):
            catalogue.case(case_id)
        if config.getoption("--llm-judge"):
            from why_finetune.llm_judge import grader_from

            grader_from(catalogue)
    except CatalogueError as error:
        raise pytest.UsageError(str(error)) from None


def _catalogue(config):
    if not hasattr(config, "why_finetune_catalogue"):
        try:
            config.why_finetune_catalogue = load_catalogue()
        except CatalogueError as error:
            raise pytest.UsageError(str(error)) from None
    return config.why_finetune_catalogue


def pytest_generate_tests(metafunc):
    if "case" not in metafunc.fixturenames and "comparison" not in metafunc.fixturenames:
        return
    catalogue = _catalogue(metafunc.config)
    try:
        cases = catalogue.cases(metafunc.config.getoption("--pair") or None)
        wanted = metafunc.config.getoption("--case")
        if wanted:
            cases = [catalogue.case(case_id) for case_id in wanted]
    except CatalogueError as error:
        raise pytest.UsageError(str(error)) from None
    if "case" in metafunc.fixturenames:
        # Recording goes through pytest-recording's cassette per case (the vcr mark); replay through
        # the replay deck (see the `cassette` fixture).
        marks = [pytest.mark.behaviour]
        if metafunc.config.why_finetune_store.refreshing:
            marks.append(pytest.mark.vcr)
        metafunc.parametrize("case", [pytest.param(case, id=case.id, marks=marks) for case in cases])
    if "comparison" in metafunc.fixturenames:
        comparisons = {(c.pair.id, c.query.id, c.form): Comparison(c.pair, c.query, c.form) for c in cases}
        metafunc.parametrize(
            "comparison", [_comparison_param(catalogue, c) for c in comparisons.values()]
        )


def _comparison_param(catalogue, comparison: Comparison):
    """A paired check the catalogue does not expect is marked skipped here, from the catalogue's data:
    pytest then skips it before any fixture runs or any recording is read. Every test that takes the
    `comparison` fixture is a paired check, and is skipped alike."""
    marks = [pytest.mark.behaviour]
    if not chat_better_expected(catalogue, comparison.pair, comparison.query, comparison.form):
        marks.append(pytest.mark.skip(
            reason=f"{comparison.id}: the catalogue does not expect the chat model to answer better here"
        ))
    return pytest.param(comparison, id=comparison.id, marks=marks)


def pytest_collection_modifyitems(config, items):
    # Tests that run a server of their own may talk to it on loopback, and nowhere else.
    loopback = pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost", "::1"])
    for item in items:
        if item.get_closest_marker("loopback"):
            item.add_marker(loopback)


def pytest_recording_configure(config, vcr):
    _register(vcr, config.why_finetune_store)


def _register(vcr, store: CassetteStore):
    """What every VCR of ours needs: our matchers, and the store as its persister."""
    for name, matcher in matching.MATCHERS.items():
        vcr.register_matcher(name, matcher)
    vcr.register_persister(store)
    return vcr


def _vcr_settings() -> dict:
    return {
        "match_on": matching.MATCH_ON,
        "before_record_request": scrubbing.scrub_request,
        "before_record_response": scrubbing.scrub_response,
        "decode_compressed_response": True,
        "record_on_exception": False,
    }


@pytest.fixture
def vcr_config():
    return _vcr_settings()


@pytest.fixture
def cassette(request, case, pytestconfig):
    """The vcrpy cassette the case runs in: pytest-recording's when recording, the replay deck's otherwise."""
    store = pytestconfig.why_finetune_store
    if store.refreshing:
        return request.getfixturevalue("vcr")
    deck = getattr(pytestconfig, "why_finetune_deck", None)
    if deck is None:
        from vcr import VCR

        from why_finetune.recording.replay_deck import ReplayDeck

        deck = pytestconfig.why_finetune_deck = ReplayDeck(_register(VCR(record_mode="none"), store), _vcr_settings())
    return deck.load(store.path_for(case.id))


def _close_replay_deck(config) -> None:
    deck = getattr(config, "why_finetune_deck", None)
    if deck is not None:
        deck.close()


@pytest.fixture(scope="module")
def vcr_cassette_dir(pytestconfig):
    return str(pytestconfig.why_finetune_store.root)


@pytest.fixture
def default_cassette_name(request):
    case = request.node.callspec.params.get("case") if hasattr(request.node, "callspec") else None
    return case.id if case else request.node.name


def _param(item, name: str):
    """The value of the parameter `name` ("case" or "comparison") a test was generated with, if any."""
    callspec = getattr(item, "callspec", None)
    return callspec.params.get(name) if callspec else None


def _case_of(item) -> Case | None:
    return _param(item, "case")


def pytest_runtest_setup(item):
    """Before any fixture: a case, or a paired check, with nothing (or nothing usable) to replay says so
    plainly. Checked here rather than in a fixture, a skipped case costs pytest's skip alone."""
    store = item.config.why_finetune_store
    if store.refreshing:
        return
    case, comparison = _case_of(item), _param(item, "comparison")
    if case is not None:
        _check_recording(case, store, refresh_hint(case.pair.id, case.id))
    elif comparison is not None:  # both recordings are needed: the hint records the whole pair
        for role in ("base", "chat"):
            _check_recording(comparison.case(role), store, refresh_hint(comparison.pair.id))


def _check_recording(case: Case, store: CassetteStore, hint: str) -> None:
    path = store.path_for(case.id)
    if not path.is_file():
        if case.pair.backend == "hosted":
            pytest.skip(
                f"{case.id}: not recorded yet. Recording it needs the hosted Lamini API: "
                f"set LAMINI_API_KEY and run: {refresh_hint(case.pair.id)}"
            )
        pytest.fail(f"{case.id}: no recording at {path}. Record it with: {hint}", pytrace=False)
    _fail_on(CassetteError, check_cassette, path, prefix=f"{case.id}: ", suffix=_mend(hint))


def _mend(hint: str) -> str:
    return f". Restore it from git, or record it again with: {hint}"


def _fail_on(error_type, function, *args, prefix: str = "", suffix: str = ""):
    """Call `function`; an `error_type` it raises fails the test with its message alone. The test
    fails outside the handler, so pytest does not print the handled error a second time above it."""
    try:
        return function(*args)
    except error_type as error:
        message = f"{prefix}{error}{suffix}"
    pytest.fail(message, pytrace=False)


@pytest.fixture(scope="session")
def local_server():
    """The project's Lamini-compatible server on a free loopback port, started once per session."""
    from why_finetune.server.process import start_server

    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def endpoint(request, case, pytestconfig) -> Endpoint:
    """Where the case's client sends its request, and with which key: nowhere real during replay.
    An Endpoint never prints its key, so pytest can show this fixture's value in a traceback."""
    return _endpoint(request, pytestconfig, case.pair, case.id)


def _endpoint(request, config, pair: Pair, label: str) -> Endpoint:
    if not config.why_finetune_store.refreshing:
        return client.REPLAY_ENDPOINT
    if pair.backend == "local":
        return Endpoint(request.getfixturevalue("local_server").url, LOCAL_SERVER_KEY, "the local server's default")
    credentials = find_credentials()
    if credentials is None:
        pytest.skip(f"{label}: recording needs a Lamini API key. Set LAMINI_API_KEY and run: {refresh_hint(pair.id)}")
    return credentials


@pytest.fixture
def outcome(case, cassette, endpoint, pytestconfig, request) -> Outcome:
    """Run the case through the lamini client inside its cassette."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    try:
        output = client.generate(case, endpoint)
    except CannotOverwriteExistingCassetteException as miss:
        recorded = miss.cassette.requests if miss.cassette else []
        differences = matching.closest_differences(miss.failed_request, recorded)
        detail = "; ".join(differences) if differences else "the cassette holds no request"
        failure = (
            f"{case.id}: the request does not match its recording ({detail}). "
            f"If the change is intended, record it again with: {refresh_hint(case.pair.id, case.id)}"
        )
    except client.ModelCallError as error:
        failure = str(error)
    else:
        failure = None
    if failure:  # failed here, outside the handler: pytest would print the handled error above it
        pytest.fail(failure, pytrace=False)
    result = Outcome(case, output, provenance(case.id, cassette.requests, cassette.responses))
    request.node.why_finetune_result = _result(pytestconfig, result)
    return result


def _result(config, outcome: Outcome):
    """The case's result for the end-of-run summary; its snapshot status is read before any rewrite."""
    from why_finetune.report.pytest_summary import result_for

    regenerating = bool(config.getoption("--force-regen") or config.getoption("--regen-all"))
    path = config.why_finetune_snapshots / f"{outcome.case.id}.yml"
    store = config.why_finetune_store
    return result_for(
        outcome.case, outcome.output, outcome.provenance, path, regenerating=regenerating,
        cassette_path=None if store.refreshing else store.path_for(outcome.case.id),
    )


@pytest.fixture
def llm_opinion(outcome, request, pytestconfig, vcr_config):
    """With --llm-judge: a chat model's yes/no on whether the output answers, recorded like any call."""
    if not pytestconfig.getoption("--llm-judge"):
        return None
    from vcr import VCR

    from why_finetune.llm_judge import grader_from, read_opinion

    grader = grader_from(_catalogue(pytestconfig))
    store = pytestconfig.why_finetune_store
    label = grader.cassette_id(outcome.case)
    path = store.path_for(label)
    if not store.refreshing:
        if not path.is_file():
            pytest.fail(
                f"{label}: no recording of the LLM judge at {path}. Record it with: "
                f"{refresh_hint(outcome.case.pair.id, outcome.case.id)} -- --llm-judge",
                pytrace=False,
            )
        _fail_on(CassetteError, check_cassette, path, prefix=f"{label}: ",
                 suffix=_mend(f"{refresh_hint(outcome.case.pair.id, outcome.case.id)} -- --llm-judge"))
    recorder = _register(VCR(record_mode="all" if store.refreshing else "none", **vcr_config), store)
    endpoint = _endpoint(request, pytestconfig, grader.pair, label)
    prompt = grader.prompt(outcome.case, outcome.output)
    with recorder.use_cassette(str(path)):
        reply = _fail_on(client.ModelCallError, client.complete, label, grader.model, prompt,
                         grader.max_new_tokens, endpoint)
    return read_opinion(reply)


@pytest.fixture
def expectations(case, pytestconfig) -> list:
    """What the catalogue expects this case's output to show."""
    from why_finetune.expectations import role_expectations

    return role_expectations(_catalogue(pytestconfig), case)


@pytest.fixture
def verdict(outcome, pytestconfig, request):
    """The judges' verdict on the case's output, with the case's thresholds."""
    from why_finetune.expectations import thresholds_for
    from why_finetune.judges import judge

    case = outcome.case
    result = judge(case.prompt, outcome.output, thresholds_for(_catalogue(pytestconfig), case.pair, case.query))
    request.node.why_finetune_verdict = result  # the summary shows this verdict instead of judging again
    return result


@pytest.fixture
def recorded_pair(comparison, pytestconfig):
    """The recorded base and chat outputs of a comparison, read straight from their cassettes."""
    from why_finetune.recording.persistence import read_recording

    store = pytestconfig.why_finetune_store
    if store.refreshing:
        # Both recordings must exist first, and with xdist the two cases may still be running on
        # other workers: `refresh` replays the pair right after recording, which runs this check.
        pytest.skip(f"{comparison.id}: paired checks run on replay, right after the recording run")
    recordings = {}
    for role in ("base", "chat"):  # both recordings were checked before any fixture (pytest_runtest_setup)
        recordings[role] = _fail_on(CassetteError, read_recording, store.path_for(comparison.case(role).id),
                                    suffix=_mend(refresh_hint(comparison.pair.id)))
    return recordings


@pytest.fixture
def snapshot(request, pytestconfig):
    """Compare an outcome with its stored regression snapshot, snapshots/<case id>.yml."""

    def check(outcome: Outcome) -> None:
        store = pytestconfig.why_finetune_store
        path = pytestconfig.why_finetune_snapshots / f"{outcome.case.id}.yml"
        expected = {
            "case": outcome.case.id,
            "model": outcome.case.model,
            "prompt": outcome.case.prompt,
            "output": outcome.output,
            "provenance": {k: v for k, v in outcome.provenance.items() if k not in ("case", "model")},
        }
        regenerating = pytestconfig.getoption("--force-regen") or pytestconfig.getoption("--regen-all")
        # The same data as the stored snapshot: nothing for pytest-regressions to do. Comparing parsed
        # data spares each case writing its YAML (half a millisecond) and a temporary directory.
        if not store.refreshing and not regenerating and stored_snapshot(path)[0] == expected:
            return
        # The same readable YAML as the cassettes, so a changed output shows as a line diff.
        text = dump_readable(expected)
        if store.refreshing:
            store.stage_snapshot(outcome.case.id, path, text)  # written with the cassette, or not at all
            return
        if not path.is_file() and not regenerating:
            pytest.fail(
                f"{outcome.case.id}: no snapshot at {path}. "
                f"Create it with: {refresh_hint(outcome.case.pair.id, outcome.case.id)}",
                pytrace=False,
            )
        problem = None if regenerating or not path.is_file() else stored_snapshot(path)[1]
        if problem:
            pytest.fail(
                f"{outcome.case.id}: {problem}. Write it again from the recording with: "
                f"{regenerate_snapshot_hint(outcome.case.id)}",
                pytrace=False,
            )
        request.getfixturevalue("file_regression").check(text, fullpath=path, encoding="utf-8", newline="\n")

    return check


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when in ("setup", "call") and report.failed:
        lines = report.longreprtext.strip().splitlines()
        item.why_finetune_failure = lines[-1] if lines else "failed"
    elif report.skipped:
        item.why_finetune_failure = f"skipped: {report.longrepr[-1] if isinstance(report.longrepr, tuple) else ''}"
    if report.when == "call":
        item.why_finetune_passed = report.passed
    case = _case_of(item)
    if case and (report.when == "call" or (report.when == "setup" and not report.passed)):
        # Shipped on the report as plain data, so that under pytest-xdist it reaches the controller.
        result = getattr(item, "why_finetune_result", None)
        if result is None:
            from why_finetune.report.pytest_summary import not_run_result

            result = not_run_result(case, getattr(item, "why_finetune_failure", "failed"))
        fields = ("output", "provenance", "snapshot_status", "snapshot_output", "note")
        value = {"case": case.id, **{name: getattr(result, name) for name in fields}}
        verdict = getattr(item, "why_finetune_verdict", None)
        if verdict is not None:
            value["verdict"] = verdict.to_dict()
        report.user_properties.append(("why_finetune_result", value))
    return report


def pytest_runtest_logreport(report):
    for name, value in report.user_properties:
        if name == "why_finetune_result" and _CONFIG is not None:
            from why_finetune.judges.verdict import Verdict
            from why_finetune.report.model import CaseResult

            value = dict(value)
            case = _catalogue(_CONFIG).case(value.pop("case"))
            if value.get("verdict") is not None:
                value["verdict"] = Verdict.from_dict(value["verdict"])
            _CONFIG.why_finetune_results[case.id] = CaseResult(case, **value)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After vcrpy staged a new recording: keep it only if the test passed and all answers were 2xx."""
    try:
        return (yield)
    finally:
        case = _case_of(item)
        store = item.config.why_finetune_store
        if nextitem is None or _case_of(nextitem) is None:
            _close_replay_deck(item.config)  # the next test must not run inside the cases' cassette
        # The case's own cassette, and its LLM judge's if --llm-judge: kept or dropped together.
        staged_all = store.take_all_staged()
        staged = staged_all.get(store.path_for(case.id)) if case else None
        staged_snapshot = store.take_staged_snapshot(case.id) if case else None
        failure = getattr(item, "why_finetune_failure", "the test did not pass")
        if case and store.refreshing:
            if staged is None or not getattr(item, "why_finetune_passed", False):
                result = f"not saved, previous recording kept: {failure.removeprefix(f'{case.id}: ')}"
            elif not all(s.all_2xx for s in staged_all.values()):
                result = "not saved, previous recording kept: a response was not 2xx"
            else:
                for each in staged_all.values():
                    commit(each)
                if staged_snapshot:
                    write_atomically(*staged_snapshot)
                result = "saved"
            item.config.why_finetune_saved.append((case.id, result))


def pytest_sessionfinish(session):
    _close_replay_deck(session.config)  # a run stopped early (-x, Ctrl-C) ends inside it


def pytest_terminal_summary(terminalreporter, config):
    results = list(getattr(config, "why_finetune_results", {}).values())
    if results:
        # Catalogue order, whatever order the (possibly parallel) run finished the cases in.
        order = {case.id: number for number, case in enumerate(_catalogue(config).cases())}
        results.sort(key=lambda result: order.get(result.case.id, len(order)))
        from why_finetune.report.pytest_summary import summary_lines, write_html_report

        terminalreporter.section("why-finetune: base vs chat")
        for line in summary_lines(results):
            terminalreporter.write_line(line)
        if config.getoption("--html-report"):
            path = write_html_report(config.getoption("--html-report"), results)
            terminalreporter.write_line(f"HTML report: {path}")
    if not config.why_finetune_saved:
        return
    saved = sum(1 for _, result in config.why_finetune_saved if result == "saved")
    terminalreporter.section("why-finetune refresh")
    for case_id, result in config.why_finetune_saved:
        terminalreporter.write_line(f"{case_id}: {result}")
    terminalreporter.write_line(f"{saved} recorded, {len(config.why_finetune_saved) - saved} not recorded")
