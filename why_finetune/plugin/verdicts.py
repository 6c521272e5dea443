"""What the catalogue expects of a case, the judges' verdict on its output, and (with --finetune-llm-judge)
a chat model's yes/no on whether the output answers, recorded and replayed like any call."""

from __future__ import annotations

import pytest

from why_finetune.clients import ModelCallError, client_of
from why_finetune.plugin import LLM_JUDGE
from why_finetune.plugin.recording import endpoint_for, fail_on, mend, register, vcr_settings
from why_finetune.plugin.state import suite_of
from why_finetune.recording.hints import refresh_hint
from why_finetune.recording.persistence import CassetteError, check_cassette


@pytest.fixture
def expectations(case, pytestconfig) -> list:
    """What the catalogue expects this case's output to show."""
    from why_finetune.catalogue.expectations import role_expectations

    return role_expectations(suite_of(pytestconfig).catalogue, case)


@pytest.fixture
def verdict(outcome, pytestconfig, request):
    """The judges' verdict on the case's output, with the case's thresholds (as the report computes it)."""
    from why_finetune.catalogue.case_verdict import case_verdict

    outcome.verdict = case_verdict(outcome.case, outcome.output, catalogue=suite_of(pytestconfig).catalogue)
    return outcome.verdict  # the case's result carries it to the summary and the report: judged once


@pytest.fixture
def llm_opinion(outcome, request, pytestconfig):
    """With --finetune-llm-judge: a chat model's yes/no on whether the output answers, recorded like any call."""
    if not pytestconfig.getoption(LLM_JUDGE):
        return None
    from vcr import VCR

    from why_finetune.judges.llm_judge import grader_from, read_opinion

    suite = suite_of(pytestconfig)
    grader = grader_from(suite.catalogue)
    store = suite.store
    label = grader.cassette_id(outcome.case)
    path = store.path_for(label)
    if not store.refreshing:
        if not path.is_file():
            pytest.fail(
                f"{label}: no recording of the LLM judge at {path}. Record it with: "
                f"{refresh_hint(outcome.case.pair.id, outcome.case.id)} -- --finetune-llm-judge",
                pytrace=False,
            )
        fail_on(CassetteError, check_cassette, path, prefix=f"{label}: ",
                suffix=mend(f"{refresh_hint(outcome.case.pair.id, outcome.case.id)} -- --finetune-llm-judge"))
    store.own(path, grader.pair.id, grader.pair.client)
    recorder = register(VCR(record_mode="all" if store.refreshing else "none", **vcr_settings()), store)
    endpoint = endpoint_for(request, grader.pair, "chat", label)  # the grader is a chat model
    prompt = grader.prompt(outcome.case, outcome.output)
    with recorder.use_cassette(str(path)):
        reply = fail_on(ModelCallError, client_of(grader.pair).complete, label, grader.model, prompt,
                        grader.max_new_tokens, endpoint)
    return read_opinion(reply)
