"""A line headed by a circled digit ("①", "②"), which Python calls a digit but no number can be read from, is an
item's mark like any other, not a crash: the judge reads every output it is given. Constructed after a real output
(SmolLM2-1.7B-Instruct's finance QLoRA, a list of notes run on into circled numbers)."""

from __future__ import annotations

from why_finetune.judges import judge


def test_a_list_that_goes_on_in_circled_digits_is_judged():
    output = "Key risks:\n1. Interest rates rise.\n2. Demand falls.\n①\n② Margins shrink.\n③ Costs grow."
    verdict = judge("What are the key risks for a retailer?", output)
    assert verdict.answers, verdict.explain()
