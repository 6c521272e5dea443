"""The starter test file as `init` wrote it in release 0.1.0, kept to prove such projects keep passing.

The behaviour suite: every catalogue query, in every form, sent to both models of every pair.

One test per case, named by its stable case id `<pair>/<query>/<form>/<role>`: the output shows
what the catalogue expects of it (the chat model answers, the base model drifts, unless the
catalogue says otherwise), then matches its regression snapshot. One paired test per query and form:
the chat output answers better than the base output. By default everything replays from
cassettes/ and compares with snapshots/.
"""

from why_finetune.expectations import thresholds_for, unmet
from why_finetune.judges import compare_pair


def test_case(outcome, verdict, expectations, snapshot, llm_opinion):
    missed = unmet(expectations, verdict)
    assert not missed, (
        f"{outcome.case.id}: expected [{', '.join(map(str, expectations))}], but the judges disagree: "
        f"the output {'answers' if verdict.answers else 'does not answer'} and "
        f"{'drifts' if verdict.drifts else 'does not drift'}.\nTheir evidence:\n{verdict.explain()}"
    )
    if llm_opinion is not None:  # only with --finetune-llm-judge
        for expected in (e for e in expectations if e.property == "answers"):
            assert llm_opinion.answers == expected.wanted, f"{outcome.case.id}: expected {expected}, but {llm_opinion}"
    snapshot(outcome)


def test_chat_answers_better_than_base(comparison, recorded_pair, catalogue):
    # Runs where the catalogue expects it (chat_better); the plugin marks the other pairs skipped.
    base, chat = recorded_pair["base"], recorded_pair["chat"]
    thresholds = thresholds_for(catalogue, comparison.pair, comparison.query)
    result = compare_pair(base.prompt, base.output, chat.prompt, chat.output, thresholds)
    assert result.chat_better, f"{comparison.id}: {result.message}"
