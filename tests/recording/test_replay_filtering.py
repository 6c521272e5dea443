"""Replaying a request costs one copy and one scrub of it, whatever vcrpy asks of the cassette
(why_finetune/recording/replay_deck.py), and each case still replays its own recording."""

import json
from pathlib import Path

import pytest
from vcr import VCR

from why_finetune.catalogue import load_catalogue
from why_finetune.clients import REPLAY_ENDPOINT, call_model, client_of
from why_finetune.plugin.recording import register, vcr_settings
from why_finetune.recording import scrubbing
from why_finetune.recording.persistence import CassetteStore, read_cassette
from why_finetune.recording.replay_deck import ReplayDeck

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def counted_deck():
    """A replay deck over the shipped cassettes whose scrubbing counts the requests it is given."""
    store = CassetteStore(ROOT / "cassettes")
    scrubbed = []

    def scrub(request):
        scrubbed.append(request)
        return scrubbing.scrub_request(request)

    deck = ReplayDeck(register(VCR(record_mode="none"), store), {**vcr_settings(), "before_record_request": scrub})
    yield store, deck, scrubbed
    deck.close()


def recorded_output(case, path) -> str:
    interaction = read_cassette(path)["interactions"][0]
    request, response = json.loads(interaction["request"]["body"]), json.loads(interaction["response"]["body"]["string"])
    return client_of(case.pair).read_exchange(request, response)[2]


@pytest.mark.parametrize("pair", ["local", "local-openai"])
def test_a_replayed_request_is_scrubbed_once_and_each_case_gets_its_own_answer(counted_deck, pair):
    store, deck, scrubbed = counted_deck
    cases = [case for case in load_catalogue(ROOT / "catalogue.yaml").cases([pair])
             if case.form == "raw" and case.query.id == "mars"]
    outputs = []
    for case in cases:
        deck.load(store.path_for(case.id))
        outputs.append(call_model(case, REPLAY_ENDPOINT))
    # Per case: the recording as it is loaded, and the request the client sent.
    assert len(scrubbed) == 2 * len(cases) == 4
    for case, output in zip(cases, outputs):
        assert output == recorded_output(case, store.path_for(case.id))
    assert outputs[0] != outputs[1]  # the base and chat models answered differently, and each replayed its own
