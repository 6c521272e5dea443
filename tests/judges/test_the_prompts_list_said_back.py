"""A base model given a request that lists items often says the list back, one item a line, with nothing filled
in: "#relevance_score\n#summary\n#key_insights\n#action_items" for a request listing those fields. That is the
prompt echoed (drift) and no answer. Some of the items picked, or the items with their values, are a reply.
Constructed by hand after a real output (a Llama-3.2 news-metadata LoRA's base model)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

FIELDS = ("Analyze this newsletter item: Title: Rust in the kernel. Content: Linux adds more Rust drivers.\n\n"
          "Provide a JSON response with:\n- relevance_score (1-10): How relevant is this to engineers?\n"
          "- summary: One-sentence summary\n- key_insights: List of main takeaways\n- action_items: Next steps")
COLOURS = "Pick the primary colours from this list:\n- red\n- green\n- blue\n- yellow\n- purple"


@pytest.mark.parametrize("output", [
    pytest.param("#relevance_score\n#summary\n#key_insights\n#action_items\n", id="as-hashtags"),
    pytest.param("relevance_score\nsummary\nkey_insights\naction_items", id="bare"),
])
def test_the_prompts_list_said_back_with_nothing_filled_in_drifts_and_does_not_answer(output):
    verdict = judge(chatml(FIELDS), output)
    assert verdict.drifts and not verdict.answers, verdict.explain()
    assert "prompt.items_back" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(COLOURS, "red\nblue\nyellow", id="some-items-picked"),
    pytest.param(FIELDS, '{"relevance_score": 8, "summary": "Linux takes more Rust drivers.", "key_insights": '
                         '["Rust is spreading"], "action_items": ["Learn Rust"]}', id="the-fields-filled-in"),
    pytest.param(FIELDS, '{\n  "relevance_score": 8,\n  "summary": "Linux takes more Rust drivers.",\n  "key_insights": '
                         '["Rust is spreading"],\n  "action_items": ["Learn Rust"]\n}', id="the-fields-filled-in-over-lines"),
    pytest.param(FIELDS, "relevance_score\nkey_insights\nsummary\naction_items", id="the-field-names-in-another-order"),
])
def test_items_picked_or_filled_in_do_not_drift(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert not verdict.drifts, verdict.explain()


# The same on one line, comma-separated: a request for labels from a list, its labels said back in order, or said
# back and round again.
LABELS = ('Return only one line of comma-separated labels from the allowed set.\n\nAllowed labels:\n'
          '- "bug": A reported error.\n- "enhancement": A new feature.\n- "documentation": Docs to improve.\n'
          '- "question": A user question.\n- "maintenance": Routine tasks.\n- "security": Security concerns.\n\n'
          'Issue: The login page crashes when the password field is empty.')


@pytest.mark.parametrize("output", [
    pytest.param("bug, enhancement, documentation, question, maintenance, security, bug, enhancement, docum",
                 id="round-again-to-the-token-limit"),
    pytest.param("bug, enhancement, question, maintenance, security, enhancement, question, maint",
                 id="one-left-out-then-round-again"),
    pytest.param("bug, enhancement, documentation, question, maintenance, security, bug, enhancement, docs,",
                 id="round-again-cut-in-a-description"),
])
def test_the_prompts_labels_said_back_on_one_line_drift_and_do_not_answer(output):
    verdict = judge(chatml(LABELS), output)
    assert verdict.drifts and not verdict.answers, verdict.explain()
    assert "prompt.items_back" in {e.measure for e in verdict.evidence if e.property == "drifts"}, verdict.explain()


SKILLS = ("Which of these skills does the job ad below ask for? Answer with a comma-separated list.\n"
          "- Python: writing scripts and services\n- SQL: querying relational databases\n"
          "- Docker: packaging apps in containers\n- Kubernetes: running containers at scale\n\n"
          "Ad: We need someone who writes Python services, queries our Postgres database in SQL, ships them in Docker "
          "and runs them on Kubernetes.")


@pytest.mark.parametrize("prompt, output", [
    pytest.param(LABELS, "bug, question, security, enhancement", id="four-labels-the-last-out-of-order"),
    pytest.param(LABELS, "bug, security, maintenance, question", id="four-labels-in-another-order"),
    pytest.param(SKILLS, "Python, SQL, Docker, Kubernetes", id="every-item-asked-for-applies"),
])
def test_items_picked_in_any_order_or_all_of_them_once_answer_without_drift(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param("bug", marks=pytest.mark.xfail(strict=True, reason=(
        "question kind: 'Return ... labels from the allowed set' is not read as a request to classify, so one label "
        "is too short, and copied from the listed labels an echo"))),
    "bug, security",
    "bug, question, security",
])
def test_labels_picked_from_the_list_answer_without_drift(output):
    verdict = judge(chatml(LABELS), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
