"""Deterministic, offline judges: does a model's output answer its prompt, or drift?

    from why_finetune.judges import judge, compare_pair, Thresholds
    v = judge("What do you think of Mars?", output)
    v.answers, v.drifts, v.scores, v.evidence, v.explain()

No model calls, no network, standard library only. Modules, one job each:
text (templates, cleaning, words, lines), question (what it asks for), reading (an output read once),
the measures by concept: loops, counting (a loop that counts: "column1, column2, ..."), echo (the prompt coming back), dialogue (turns and Q&A threads),
topic, template (markers), not_text (error text, placeholders, gibberish), reply (the reply part and
the checks that it answers); measures (the list of them), finding (a measure's outcome), thresholds
(declared by the measures), verdict (result types), judging (putting them together), pieces (requests for a piece of writing),
llm_judge (the optional LLM's opinion). The `judge` command is why_finetune/commands/judge.py.
"""

from why_finetune.judges import measures  # noqa: F401  (importing the measures declares their thresholds)
from why_finetune.judges.judging import compare_pair, compare_verdicts, judge
from why_finetune.judges.thresholds import Thresholds
from why_finetune.judges.verdict import Evidence, PairVerdict, Verdict

__all__ = ["Evidence", "PairVerdict", "Thresholds", "Verdict", "compare_pair", "compare_verdicts", "judge"]
