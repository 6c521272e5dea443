"""Deterministic, offline judges: does a model's output answer its prompt, or drift?

    from why_finetune.judges import judge, compare_pair, Thresholds
    v = judge("What do you think of Mars?", output)
    v.answers, v.drifts, v.scores, v.evidence, v.explain()

No model calls, no network, standard library only. Modules, one job each:
text (templates, cleaning, words, lines), loops, echo (the prompt coming back), dialogue (turns),
topic, thresholds, verdict (result types), judging (putting them together), cli (JSON lines).
"""

from why_finetune.judges.judging import compare_pair, judge
from why_finetune.judges.thresholds import Thresholds
from why_finetune.judges.verdict import Evidence, PairVerdict, Verdict

__all__ = ["Evidence", "PairVerdict", "Thresholds", "Verdict", "compare_pair", "judge"]
