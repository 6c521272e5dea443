"""A worked answer may first restate the problem's data under a lead-in that announces it ("We are given the following
relationships:", "Given:"), each statement word for word, then work from it: the statements are the working's first
step, not more of the prompt. The same statements with no working after them, or with a new question after them,
still continue the prompt. Constructed by hand after real outputs (Qwen3-0.6B and its GSM8K tune)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

PROBLEM = ("Toulouse has twice as many sheep as Charleston. Charleston has 4 times as many sheep as Seattle. How many "
           "sheep do Toulouse, Charleston, and Seattle have together if Seattle has 20 sheep?\n\nPlease think step-by-step "
           "and then write the final numerical answer in the format '#### <answer>'.")
GIVEN = ("- Toulouse has twice as many sheep as Charleston.\n- Charleston has 4 times as many sheep as Seattle.\n"
         "- Seattle has 20 sheep.\n\n")
WORK = ("Let's break this down step-by-step:\n\n1. Charleston = 4 x 20 = 80\n2. Toulouse = 2 x 80 = 160\n"
        "3. Total = 160 + 80 + 20 = 260\n\n#### 260")


@pytest.mark.parametrize("lead_in", ["We are given the following relationships:\n\n", "Given:\n"])
def test_the_data_restated_under_its_lead_in_then_worked_answers_without_drift(lead_in):
    verdict = judge(chatml(PROBLEM), lead_in + GIVEN + WORK)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_data_restated_then_a_new_question_continues_the_prompt():
    output = ("We are given the following relationships:\n\n" + GIVEN +
              "How many sheep does Charleston have if Seattle has 30 sheep?")
    verdict = judge(chatml(PROBLEM), output)
    assert verdict.drifts and "prompt.opening" in drift_measures(verdict), verdict.explain()


def test_the_data_restated_under_another_lead_in_still_continues_the_prompt():
    verdict = judge(chatml(PROBLEM), "Here is the problem again:\n\n" + GIVEN + WORK)
    assert verdict.drifts and "prompt.opening" in drift_measures(verdict), verdict.explain()
