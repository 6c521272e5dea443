"""A new example of the prompt's format that brings labels of its own. A base model given "Task: ...
Answer:" (or "指示：... 回答：") writes a line and then a worksheet: "Note: ... / Answer: ..." blocks, the
prompt's own label coming back with another one the prompt never used, said again block after block.
The new example starts at the first of those labelled lines, not at the prompt's label further on: the
reply part is the output's opening line alone. A label used once ("Tip: ...") inside a reply is not a
worksheet. Constructed by hand after real outputs."""

from __future__ import annotations

from why_finetune.judges import judge
from why_finetune.judges.text import word_count

SLEEP = "Task: Give one tip for sleeping better.\nAnswer:"


def _reply_is_the_first_line(verdict, output: str) -> bool:
    """The reply part holds the output's first line and nothing after it."""
    return verdict.scores["reply.words"] == word_count(output.strip().split("\n")[0])


def test_a_word_then_a_worksheet_of_notes_and_answers_is_no_answer():
    output = (" Pillows\nNote: many people sleep badly because the room is too warm for them at night.\n"
              "Answer: keep the room cool.\nNote: the light from a phone screen tells the body it is still day.\n"
              "Answer: put the phone away.")
    verdict = judge(SLEEP, output)
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
    assert _reply_is_the_first_line(verdict, output), verdict.explain()


def test_an_answer_then_a_worksheet_answers_and_drifts():
    output = (" Keep the bedroom cool and dark: you will sleep deeper and wake up less often.\n"
              "Note: a warm room makes sleep lighter.\nAnswer: open a window.\n"
              "Note: caffeine stays in the body for hours.\nAnswer: no coffee after lunch.")
    verdict = judge(SLEEP, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert _reply_is_the_first_line(verdict, output), verdict.explain()


def test_numbered_worksheet_blocks_in_another_script_end_the_reply_part_at_their_first_label():
    prompt = "指示：猫と暮らすための準備を教えてください。\n回答："
    output = ("「準備ですか？」\n1. 〜　説明：「猫は静かな場所を好みますので、寝る場所を先に決めておくと良いでしょう。」\n"
              "回答：「寝床」\n2. 〜　説明：「爪を研ぐ場所がないと、家具が傷だらけになってしまいます。」\n回答：「爪とぎ」")
    verdict = judge(prompt, output)
    assert verdict.drifts, verdict.explain()
    assert _reply_is_the_first_line(verdict, output), verdict.explain()


def test_a_reply_with_one_labelled_tip_is_no_worksheet():
    output = (" Keep the bedroom cool and dark.\nTip: a fan helps in summer, and it hides street noise too.\n"
              "Most people sleep best a little below room temperature.")
    verdict = judge(SLEEP, output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


# --- a section of the template's own kind -------------------------------------------------------------------
# A prompt heading its fields with "###" ("### Instruction:", "### Input:", "### Response:"): after its answer a base
# model writes the template's next section, one the prompt never used ("### Hint:", "### Translation:",
# "###Output:"), on a line of its own. A reply's own markdown headings ("### Tips:", "### Explanation:" after its
# code) are no section of a template, nor is the response's own header opening the output.

ALPACA = ("Below is an instruction that describes a task. Write a response that appropriately completes the "
          "request.\n\n### Instruction:\n{}\n\n### Input:\n\n\n### Response:\n")
ARC = ALPACA.format("Calculate the length of an arc with an angle of 90 degrees and a radius of 5 m.")


def test_a_template_section_after_the_answer_answers_and_drifts():
    for output in ("The arc length is 7.85 m.\n\n### Hint:\nArc length = radius x angle in radians.",
                   "The arc length is 7.85 m.\n\n###Output:\nThe arc length is 7.85 m.",
                   "The arc length is 7.85 m.\n\n### Expected Output:\n7.85 m"):
        verdict = judge(ARC, output)
        assert verdict.answers and verdict.drifts, (output, verdict.explain())
        assert "prompt.format" in [e.measure for e in verdict.evidence if e.property == "drifts"], verdict.explain()


def test_a_replys_own_headings_under_a_template_are_no_new_section():
    outputs = (
        "An arc of 90 degrees is a quarter of the circle.\n\n### Tips:\nConvert the angle to radians first: 90 "
        "degrees is pi/2, so the arc is 5 x pi/2 = 7.85 m.",
        "```python\nimport math\nprint(5 * math.pi / 2)\n```\n\n### Explanation:\nThe arc length is the radius "
        "times the angle in radians, so 5 x pi/2 = 7.85 m.",
        "###Response:\nThe arc length is 5 x pi/2 = 7.85 m.",
    )
    for output in outputs:
        verdict = judge(ARC, output)
        assert verdict.answers and not verdict.drifts, (output, verdict.explain())


# --- the prompt's numbered series continued -----------------------------------------------------------------
# A prompt opening with a numbered label ("Question 1.", "Exercice 1 :", "Q1.") is continued by lines opening with
# that label and the next numbers: the asker's next questions. A step the user numbered is no such series: the
# reply may go on with the next step.

def test_the_next_numbered_questions_of_the_prompts_series_drift():
    output = ("\n\nQuestion 2. Describe what happens to the particles of a solid when it is heated. (4 marks)\n\n"
              "Question 3. Explain why gases can be compressed. (2 marks)")
    verdict = judge("Question 1. Name the three states of matter. (3 marks)", output)
    assert verdict.drifts and not verdict.answers, verdict.explain()


def test_the_next_step_of_a_users_numbered_steps_is_a_reply():
    prompt = "<|im_start|>user\nStep 1: I installed Python 3.12 on Windows. What should I do next?<|im_end|>\n<|im_start|>assistant\n"
    output = "Step 2: open a terminal and run `python -m pip install --upgrade pip` to update pip for Python 3.12."
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
