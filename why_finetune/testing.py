"""The public testing API: what a project's behaviour test file calls.

`python -m why_finetune init` writes a test file that uses only this module and the plugin's fixtures
(`outcome`, `verdict`, `expectations`, `snapshot`, `llm_opinion`, `comparison`, `recorded_pair`,
`catalogue`). What the checks say and how they decide lives here, so a new release improves them
in every project without rewriting its test file.
"""

from __future__ import annotations

from why_finetune.catalogue.case_verdict import case_verdict, pair_verdict
from why_finetune.catalogue.expectations import unmet

__all__ = ["assert_expected", "assert_chat_answers_better"]


def assert_expected(outcome, verdict, expectations, llm_opinion=None) -> None:
    """Fail, with the judges' evidence, when the case's output misses what the catalogue expects of it
    (and, with --finetune-llm-judge, when the LLM judge disagrees about whether it answers)."""
    __tracebackhide__ = True  # the failure is the project's test's, not this module's
    missed = unmet(expectations, verdict)
    if missed:
        raise AssertionError(
            f"{outcome.case.id}: expected [{', '.join(map(str, expectations))}], but the judges disagree: "
            f"the output {'answers' if verdict.answers else 'does not answer'} and "
            f"{'drifts' if verdict.drifts else 'does not drift'}.\nTheir evidence:\n{verdict.explain()}"
        )
    if llm_opinion is not None:  # only with --finetune-llm-judge
        for expected in (e for e in expectations if e.property == "answers"):
            if llm_opinion.answers != expected.wanted:
                raise AssertionError(f"{outcome.case.id}: expected {expected}, but {llm_opinion}")


def assert_chat_answers_better(comparison, recorded_pair, catalogue) -> None:
    """Fail, saying why, unless the chat model's recorded output answers better than the base model's."""
    __tracebackhide__ = True
    base, chat = recorded_pair["base"], recorded_pair["chat"]
    # The two cases' verdicts, as their own tests judged them (once per process: case_verdict remembers).
    base_verdict = case_verdict(comparison.case("base"), base.output, base.prompt, catalogue)
    chat_verdict = case_verdict(comparison.case("chat"), chat.output, chat.prompt, catalogue)
    result = pair_verdict(comparison.pair, comparison.query, base_verdict, chat_verdict, catalogue)
    if not result.chat_better:
        raise AssertionError(f"{comparison.id}: {result.message}")
