"""Record or replay: each case's cassette, where its request goes, and what came back.

Replay is the default: each case's cassette answers and nothing leaves the process. With
`--record-mode=all` (what `python -m why_finetune refresh` passes) each case calls its model for
real, the local server starting itself for a `local` pair; saving.py decides what is kept.
Both go through a vcrpy cassette of our own, with the same matcher, filters and persister; none of
pytest-recording's fixtures is overridden, so a project's own `vcr` tests run as they did.
"""

from __future__ import annotations

import pytest

from why_finetune.catalogue import Case, Pair
from why_finetune.catalogue.result import CaseResult, result_for
from why_finetune.clients import (
    REPLAY_ENDPOINT,
    ModelCallError,
    call_model,
    client_of,
    hosted_endpoint,
    local_endpoint,
    missing_key,
    needed_key,
    where_hosted,
)
from why_finetune.clients.endpoint import Endpoint
from why_finetune.plugin.cases import case_of, parameter
from why_finetune.plugin.state import RESULT, suite_of
from why_finetune.recording import matching, scrubbing
from why_finetune.recording.hints import refresh_hint
from why_finetune.recording.persistence import CassetteError, CassetteStore, check_cassette
from why_finetune.recording.provenance import provenance
from why_finetune.recording.snapshots import snapshot_path


def register(vcr, store: CassetteStore):
    """What every VCR of ours needs: our matchers, and the store as its persister."""
    for name, matcher in matching.MATCHERS.items():
        vcr.register_matcher(name, matcher)
    vcr.register_persister(store)
    return vcr


def vcr_settings() -> dict:
    return {
        "match_on": matching.MATCH_ON,
        "before_record_request": scrubbing.scrub_request,
        "before_record_response": scrubbing.scrub_response,
        "decode_compressed_response": True,
        "record_on_exception": False,
    }


def fail_on(error_type, function, *args, prefix: str = "", suffix: str = ""):
    """Call `function`; an `error_type` it raises fails the test with its message alone. The test
    fails outside the handler, so pytest does not print the handled error a second time above it."""
    try:
        return function(*args)
    except error_type as error:
        message = f"{prefix}{error}{suffix}"
    pytest.fail(message, pytrace=False)


def mend(hint: str) -> str:
    return f". Restore it from git, or record it again with: {hint}"


# Before a case runs ------------------------------------------------------------------------------

def pytest_runtest_setup(item):
    """Before any fixture: a case, or a paired check, with nothing (or nothing usable) to replay says so
    plainly. Checked here rather than in a fixture, a skipped case costs pytest's skip alone."""
    suite = suite_of(item.config)
    if suite.refreshing:
        return
    case, comparison = case_of(item), parameter(item, "comparison")
    if case is not None:
        _check_recording(case, suite.store, refresh_hint(case.pair.id, case.id))
    elif comparison is not None:  # both recordings are needed: the hint records the whole pair
        for role in ("base", "chat"):
            _check_recording(comparison.case(role), suite.store, refresh_hint(comparison.pair.id))


def _check_recording(case: Case, store: CassetteStore, hint: str) -> None:
    path = store.path_for(case.id)
    if not path.is_file():
        if case.pair.backend == "hosted":
            pytest.skip(
                f"{case.id}: not recorded yet. Recording it needs {where_hosted(case.pair, case.role)}: "
                f"{missing_key(case.pair, case.role)} and run: {refresh_hint(case.pair.id)}"
            )
        pytest.fail(f"{case.id}: no recording at {path}. Record it with: {hint}", pytrace=False)
    fail_on(CassetteError, check_cassette, path, prefix=f"{case.id}: ", suffix=mend(hint))


# A case's cassette, endpoint and outcome ---------------------------------------------------------

@pytest.fixture
def cassette(case, pytestconfig):
    """The vcrpy cassette the case runs in: a new one recording, or the replay deck's."""
    from vcr import VCR

    suite = suite_of(pytestconfig)
    path = suite.store.path_for(case.id)
    if suite.refreshing:
        suite.store.own(path, case.pair.id, case.pair.client)
        # Its text is staged in the store when it closes (this fixture's teardown); saving.py keeps it or not.
        with register(VCR(record_mode="all"), suite.store).use_cassette(str(path), **vcr_settings()) as recording:
            yield recording
        return
    if suite.deck is None:
        from why_finetune.recording.replay_deck import ReplayDeck

        suite.deck = ReplayDeck(register(VCR(record_mode="none"), suite.store), vcr_settings())
    yield suite.deck.load(path)


def close_replay_deck(config) -> None:
    suite = suite_of(config)
    if suite.deck is not None:
        suite.deck.close()


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item, nextitem):
    if nextitem is None or case_of(nextitem) is None:
        close_replay_deck(item.config)  # the next test must not run inside the cases' cassette


def pytest_sessionfinish(session):
    close_replay_deck(session.config)  # a run stopped early (-x, Ctrl-C) ends inside it


@pytest.fixture(scope="session")
def local_server():
    """The project's Lamini-compatible server on a free loopback port, started once per session, or the
    running one WHY_FINETUNE_LOCAL_SERVER names (left running)."""
    from why_finetune.server.process import ServerStartError, local_server

    try:
        server = local_server()
    except ServerStartError as error:
        pytest.fail(str(error), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def endpoint(request, case, pytestconfig) -> Endpoint:
    """Where the case's client sends its request, and with which key: nowhere real during replay.
    An Endpoint never prints its key, so pytest can show this fixture's value in a traceback."""
    return endpoint_for(request, pair=case.pair, role=case.role, label=case.id)


def endpoint_for(request, pair: Pair, role: str, label: str) -> Endpoint:
    if not suite_of(request.config).refreshing:
        return REPLAY_ENDPOINT
    if pair.backend == "local":
        server_url = request.getfixturevalue("local_server").url
        return local_endpoint(pair, server_url)
    endpoint = hosted_endpoint(pair, role)
    if endpoint is None:
        missing = missing_key(pair, role)
        pytest.skip(f"{label}: recording needs {needed_key(pair, role)}. "
                    f"{missing[0].upper()}{missing[1:]} and run: {refresh_hint(pair.id)}")
    assert endpoint is not None  # pytest.skip raised; this tells the type checker so
    return endpoint


@pytest.fixture
def outcome(case, cassette, endpoint, pytestconfig, request) -> CaseResult:
    """Run the case through its pair's client inside its cassette: the case's result, to which the
    `verdict` fixture adds its verdict."""
    from vcr.errors import CannotOverwriteExistingCassetteException

    try:
        output = call_model(case, endpoint)
    except CannotOverwriteExistingCassetteException as miss:
        recorded = miss.cassette.requests if miss.cassette else []
        differences = matching.closest_differences(miss.failed_request, recorded)
        detail = "; ".join(differences) if differences else "the cassette holds no request"
        failure = (
            f"{case.id}: the request does not match its recording ({detail}). "
            f"If the change is intended, record it again with: {refresh_hint(case.pair.id, case.id)}"
        )
    except ModelCallError as error:
        failure = str(error)
    else:
        failure = ""
    if not failure and suite_of(pytestconfig).refreshing and scrubbing.holds_secret(
            [output, cassette.responses], suite_of(pytestconfig).store.secrets):
        # Refused before the verdict and the snapshot, whose writing would stop on it with a traceback.
        failure = f"{case.id}: {endpoint.shown} returned the API key in its output; the recording was not kept"
    if failure:  # failed here, outside the handler: pytest would print the handled error above it
        pytest.fail(failure, pytrace=False)
    suite = suite_of(pytestconfig)
    result = result_for(
        case, output, provenance(case.id, case.pair.id, client_of(case.pair), cassette.requests, cassette.responses),
        snapshot_path(suite.project.snapshots, case.id), regenerating=suite.regenerating,
        cassette_path=None if suite.refreshing else suite.store.path_for(case.id),
    )
    request.node.stash[RESULT] = result  # read before the snapshot check, which may rewrite the file
    return result


@pytest.fixture
def recorded_pair(comparison, pytestconfig):
    """The recorded base and chat outputs of a comparison, read straight from their cassettes."""
    from why_finetune.recording.persistence import read_recording

    store = suite_of(pytestconfig).store
    if store.refreshing:
        # Both recordings must exist first, and with xdist the two cases may still be running on
        # other workers: `refresh` replays the pair right after recording, which runs this check.
        pytest.skip(f"{comparison.id}: paired checks run on replay, right after the recording run")
    recordings = {}
    for role in ("base", "chat"):  # both recordings were checked before any fixture (pytest_runtest_setup)
        recordings[role] = fail_on(CassetteError, read_recording, store.path_for(comparison.case(role).id),
                                   suffix=mend(refresh_hint(comparison.pair.id)))
    return recordings
