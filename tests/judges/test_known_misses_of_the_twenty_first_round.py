"""Shapes the judges still get wrong, found on held-out sources, kept as strict expected failures: each fails the suite
once the judges get it right, so that the reading that mends it says so. Constructed by hand after real outputs
(Llama-2-7b-chat's clinical-note LoRA, Qwen2.5-1.5B-Instruct before its Thai coaching QLoRA)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import xfail
from .samples import chatml

NOTE = ("<s>[INST] Please summarize the following dialogue.\n\n## Content:\nDoctor: Any pain in your muscles?\n"
        "Patient: No.\nDoctor: Any joint pain or stiffness?\nPatient: No, nothing like that.\n\n## Summary: [/INST]")
HISTORY = ("<s>[INST] Please summarize the following dialogue.\n\n## Content:\nDoctor: How did your parents pass?\n"
           "Patient: My father had an aneurysm at 71, my mother a stroke at 81.\n\n## Summary: [/INST]")


@pytest.mark.parametrize(("prompt", "output", "answers", "drifts"), [
    pytest.param(NOTE, "No muscle pain or weakness.  No joint pain.  No back pain.  No muscle stiffness.  No muscle "
                 "weakness.  No joint stiffness.  No back stiffness.  No back", True, True,
                 id="a few words recombined sentence after sentence to the token limit",
                 marks=xfail("missed: each sentence differs, and its words are all said before")),
    pytest.param(HISTORY, "Father died of an aortic aneurysm at age 71. Mother died of stroke at age 81. 0/0. 0/0. "
                 "0/0. 0/0. ", True, True,
                 id="a sentence of digits said four times in a row",
                 marks=xfail("missed: loop.in_a_row leaves out a stretch of digits only, as a time or a matrix")),
    pytest.param(chatml("ยก Deadlift แล้วหลังงอทุกที แก้ยังไง"),
                 "มีหลายวิธีที่คุณสามารถลองทำ:\n\n1. ฝึกกล้ามเนื้อหลังและขาให้แข็งแรง\n\n2. ฝึกยืดหลังให้ตรงทุกครั้งก่อนยกขึ้น"
                 "\n\n3. ฝึกยืดหลังให้ตรงทุกครั้งก่อนยกขึ้น\n\n4. ฝึกยืดหลังให้ตรง", True, True,
                 id="a Thai list's item said again, then again until cut off",
                 marks=xfail("missed: a Thai phrase is one word, too short a line for a loop")),
])
def test_known_misses(prompt, output, answers, drifts):
    verdict = judge(prompt, output)
    assert (verdict.answers, verdict.drifts) == (answers, drifts), verdict.explain()
