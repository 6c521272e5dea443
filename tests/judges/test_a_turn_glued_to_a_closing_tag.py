"""A chat's role label written right after a tag that ends the reply, on the same line ("<answer>108</answer>Human:
In a school play ...", "</s>", "<|im_end|>"), inside a lead-in's block too: the model never wrote its end of turn and
went on with the asker's next turn. It answers, then drifts. Not after markup ("</h3>User: alice"), an opening tag, an
arrow, a reasoning block's close (the reply's own label) or an opening code fence, nor a dotted name's part.
Constructed by hand after real outputs (Qwen2.5-1.5B-Instruct and its GRPO tune answering a word problem in tags, then
writing "Human:" turns)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures

PROMPT = ("Respond in the following format:\n<reasoning>\n...\n</reasoning>\n<answer>\n...\n</answer>\n"
          "A shop sells pens at $3 each. How much do 7 pens cost?")
ANSWER = "<reasoning>\n7 pens at $3 each cost 7 x 3 = 21 dollars.\n</reasoning>\n<answer>21</answer>"


def test_an_asker_turn_glued_to_the_closing_tag_is_a_turn_written_out():
    output = ANSWER + "Human: A train leaves at 9 and arrives at 11. How long is the trip?\n\nAssistant: Two hours."
    verdict = judge(PROMPT, output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "turns.other_speaker" in drift_measures(verdict), verdict.explain()


def test_the_tagged_answer_alone_answers_without_drift():
    verdict = judge(PROMPT, ANSWER)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_label_inside_an_opening_tag_or_after_an_arrow_is_no_turn():
    prompt = "Write the HTML for a chat widget mockup showing one customer message, with no code fence."
    for output in ('<div class="msg msg-in">User: Hi, where is my order #4412?</div>\n<div class="msg">Agent: On its way.</div>',
                   "sequenceDiagram\nBot->>User: Your order has shipped and arrives on Friday."):
        verdict = judge(prompt, output)
        assert "turns.other_speaker" not in drift_measures(verdict), verdict.explain()


def test_an_asker_turn_after_the_closing_tag_inside_a_lead_ins_block_is_a_turn_written_out():
    output = "So, the answer is:\n<answer>7 pens cost 21 dollars.</answer>Human: Write an email to a friend."
    verdict = judge(PROMPT, output)
    assert verdict.drifts and "turns.other_speaker" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Show me a profile card in HTML for the user alice, an admin.",
                 'Example:\n<div class="card"><h3>Profile</h3>User: alice<br>Role: admin</div>', id="markup-before-it"),
    pytest.param(PROMPT, "<think>7 pens at $3 each: 7 x 3 = 21.</think>Assistant: 7 pens cost $21.",
                 id="a-reasoning-blocks-close-before-the-replys-label"),
    pytest.param("How do I show a chat in Discord?",
                 "Wrap it in a code block like this: ```User: hi there! Bot: hello``` and Discord shows it as code.",
                 id="an-opening-code-fence"),
])
def test_a_label_after_markup_a_reasoning_close_or_an_opening_fence_is_no_turn(prompt, output):
    verdict = judge(prompt, output)
    assert not {"turns.other_speaker", "turns.replier_again"} & set(drift_measures(verdict)), verdict.explain()


def test_a_dotted_names_part_is_no_turn():
    verdict = judge("How do I set the database user in the config file?",
                    "Open config.yaml and set `database.user: admin` under the connection section, then restart.")
    assert "turns.other_speaker" not in drift_measures(verdict), verdict.explain()
