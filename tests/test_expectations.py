"""Expectations are catalogue data: defaults, then the pair's, then the query's, each per form."""

import pytest

from why_finetune.catalogue import CatalogueError, load_catalogue
from why_finetune.catalogue.expectations import (
    Expectation,
    chat_better_expected,
    role_expectations,
    thresholds_for,
    unmet,
)
from why_finetune.judges import Thresholds

CATALOGUE = """
expect:
  base: [drifts]
  chat: [answers, not drifts]
  chat_better: true
queries:
  - id: q
    text: "What do you think of Mars?"
  - id: odd
    text: "Say something odd"
    thresholds: {answer_min_words: 5}
    expect:
      p:
        templated:
          chat: [drifts]
          chat_better: false
pairs:
  p:
    backend: local
    base: b
    chat: c
    template: "[INST]{query}[/INST]"
    thresholds: {answer_min_words: 3, echo_max: 0.7}
    expect:
      raw:
        chat: [not answers]
"""


@pytest.fixture
def catalogue(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE)
    return load_catalogue(path)


def expected(catalogue, case_id):
    return [str(e) for e in role_expectations(catalogue, catalogue.case(case_id))]


def test_the_top_level_applies_where_nothing_overrides_it(catalogue):
    assert expected(catalogue, "p/q/templated/base") == ["drifts"]
    assert expected(catalogue, "p/q/templated/chat") == ["answers", "not drifts"]


def test_a_pair_overrides_one_form(catalogue):
    assert expected(catalogue, "p/q/raw/chat") == ["not answers"]
    assert expected(catalogue, "p/q/raw/base") == ["drifts"]


def test_a_query_overrides_the_pair_for_one_form(catalogue):
    assert expected(catalogue, "p/odd/templated/chat") == ["drifts"]
    assert expected(catalogue, "p/odd/raw/chat") == ["not answers"]
    pair, odd = catalogue.pair("p"), catalogue.query("odd")
    assert chat_better_expected(catalogue, pair, odd, "templated") is False
    assert chat_better_expected(catalogue, pair, odd, "raw") is True


def test_thresholds_come_from_the_pair_then_the_query(catalogue):
    pair = catalogue.pair("p")
    assert thresholds_for(catalogue, pair, catalogue.query("q")) == Thresholds(answer_min_words=3, echo_max=0.7)
    assert thresholds_for(catalogue, pair, catalogue.query("odd")) == Thresholds(answer_min_words=5, echo_max=0.7)


def test_an_unknown_threshold_stops_loading_naming_the_pair_and_the_nearest_threshold(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE.replace("echo_max: 0.7", "echo_maximum: 0.7"))
    with pytest.raises(CatalogueError, match=r"pair 'p': thresholds: unknown threshold 'echo_maximum'; "
                                             r"did you mean 'echo_max'\?"):
        load_catalogue(path)


def test_an_unknown_property_is_an_error_naming_the_case(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE.replace("base: [drifts]", "base: [rambles]"))
    catalogue = load_catalogue(path)
    with pytest.raises(CatalogueError, match=r"expectation 'rambles' for p/q/raw/base is not one of"):
        role_expectations(catalogue, catalogue.case("p/q/raw/base"))


def test_a_typo_in_an_expect_block_stops_loading(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE.replace("      raw:\n        chat: [not answers]", "      rwa:\n        chat: [not answers]"))
    with pytest.raises(CatalogueError, match=r"pair 'p': unknown key 'rwa' in 'expect'"):
        load_catalogue(path)


class FakeVerdict:
    answers = True
    drifts = True


def test_unmet_lists_exactly_the_expectations_the_verdict_contradicts():
    wanted = [Expectation("answers", True), Expectation("drifts", False), Expectation("answers", False)]
    assert unmet(wanted, FakeVerdict()) == [Expectation("drifts", False), Expectation("answers", False)]
