"""How the judges' verdicts read in the views: the words for a cell's two verdicts and a row's pair verdict.

The views render judges.Verdict and judges.PairVerdict as they come (computed in why_finetune.verdicts,
with the catalogue's thresholds, as the tests compute them); nothing here judges.
"""

from __future__ import annotations

from why_finetune.judges.verdict import PairVerdict, Verdict


def verdict_words(verdict: Verdict) -> list[tuple[str, bool]]:
    """The two verdicts as (words, good?) pairs, in the order the views show them."""
    return [
        ("answers" if verdict.answers else "does not answer", verdict.answers),
        ("drifts" if verdict.drifts else "no drift", not verdict.drifts),
    ]


def comparison_words(comparison: PairVerdict) -> tuple[str, bool]:
    """("chat answers better (reply score 0.95 vs base 0.05)", True), for a row's heading."""
    verb = "chat answers better" if comparison.chat_better else "chat does not answer better"
    return f"{verb} (reply score {comparison.chat_score:.2f} vs base {comparison.base_score:.2f})", comparison.chat_better
