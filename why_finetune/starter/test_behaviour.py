"""The behaviour suite: every catalogue query, in every form, sent to both models of every pair.

One test per case, named by its stable case id `<pair>/<query>/<form>/<role>`: the output shows
what the catalogue expects of it (the chat model answers, the base model drifts, unless the
catalogue says otherwise), then matches its regression snapshot. One paired test per query and form:
the chat output answers better than the base output. By default everything replays from
cassettes/ and compares with snapshots/.

The fixtures come from the why-finetune plugin, the checks from `why_finetune.testing`: a new
release improves what they check and say without a change to this file.
"""

from why_finetune.testing import assert_chat_answers_better, assert_expected


def test_case(outcome, verdict, expectations, snapshot, llm_opinion):
    assert_expected(outcome, verdict, expectations, llm_opinion)
    snapshot(outcome)


def test_chat_answers_better_than_base(comparison, recorded_pair, catalogue):
    # Runs where the catalogue expects it (chat_better); the plugin marks the other pairs skipped.
    assert_chat_answers_better(comparison, recorded_pair, catalogue)
