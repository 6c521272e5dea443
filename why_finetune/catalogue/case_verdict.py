"""The behaviour suite's verdicts: a case's output judged with the thresholds its pair and query set in
the catalogue, and a comparison's pair verdict from its two case verdicts.

One computation for everything that shows a verdict: the tests assert on these, and the report
renders them (it never judges with thresholds of its own), so the two cannot disagree.
"""

from __future__ import annotations

from functools import lru_cache

from why_finetune.catalogue import Case, Pair, Query
from why_finetune.catalogue.expectations import thresholds_for
from why_finetune.judges import PairVerdict, Verdict, compare_verdicts, judge


def case_verdict(case: Case, output: str, prompt: str | None = None, catalogue=None) -> Verdict:
    """The judges' verdict on a case's output (sent with `prompt`, the case's own by default)."""
    thresholds = thresholds_for(catalogue, case.pair, case.query)
    prompt = case.prompt if prompt is None else prompt
    if len(output) > REMEMBERED_OUTPUT_CHARS:
        return judge(prompt, output, thresholds)
    return _judged(prompt, output, thresholds)


# A case's test, its paired check, the run's summary and its HTML report all need its verdict: it is
# judged once per process, and remembered. Outputs longer than this are judged each time instead of
# being kept as keys (a recording may hold up to a mebibyte).
REMEMBERED_OUTPUT_CHARS = 64 * 1024


@lru_cache(maxsize=4096)
def _judged(prompt: str, output: str, thresholds) -> Verdict:
    return judge(prompt, output, thresholds)


def pair_verdict(pair: Pair, query: Query, base: Verdict, chat: Verdict, catalogue=None) -> PairVerdict:
    """Does the chat output answer better than the base output? From their verdicts, with the
    pair's and query's thresholds (its margin among them), as the paired test decides it."""
    return compare_verdicts(base, chat, thresholds_for(catalogue, pair, query))
