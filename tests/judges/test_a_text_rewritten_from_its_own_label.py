"""A request to rewrite or edit a text it gives, whose text opens with a label of its own (an email's "Subject:" under
"### Input:"): the text written anew opens with that label too. It is the rewrite asked for, no field of the prompt's
format written again. Not a label each example of a few-shot prompt opens with ("English: ...\nPolish: ...",
where "Polish" is no verb). A second email after it, a summary that opens with a speaker's label, or the template's own
fields written again are still drift.
Constructed after real outputs (AlpacaFarm's LLaMA-7B SFT and PPO models rewriting an email more formally)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .templates import alpaca

EMAIL = "Subject: Day off\nHi Tom,\nCan I take Friday off? My tasks are done.\nThanks,\nAnna"
REWRITTEN = ("Subject: Request for Leave on Friday\nDear Tom,\nI would like to request a day of leave on Friday, as my "
             "tasks are complete.\nKind regards,\nAnna")


@pytest.mark.parametrize("instruction", [
    pytest.param("Rewrite the email in a more formal tone.", id="rewrite"),
    pytest.param("The tone of the email should be changed and rewritten in a more professional manner.",
                 id="rewritten-in-the-passive"),
    pytest.param("Edit this email so that it sounds professional.", id="edit"),
])
def test_the_text_rewritten_under_its_own_label_answers_and_does_not_drift(instruction):
    verdict = judge(alpaca(instruction, EMAIL), REWRITTEN)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("instruction, text, output", [
    pytest.param("Rewrite the email in a more formal tone.", EMAIL,
                 REWRITTEN + "\n\nSubject: Re: Request for Leave on Friday\nDear Anna,\nYes, enjoy your day off.\nTom",
                 id="a-second-email-after-it"),
    pytest.param("Rewrite the email in a more formal tone.", EMAIL,
                 REWRITTEN + "\n\n### Instruction:\nRewrite the note in a friendly tone.", id="the-templates-field-again"),
    pytest.param("Summarize the dialogue.",
                 "#Person1#: Can I take Friday off?\n#Person2#: Are your tasks done?\n#Person1#: Yes, all of them.",
                 "#Person1#: Great, then take Friday off and enjoy it.", id="a-summary-that-writes-a-turn"),
])
def test_more_than_the_text_written_anew_still_drifts(instruction, text, output):
    verdict = judge(alpaca(instruction, text), output)
    assert verdict.drifts, verdict.explain()
    assert drift_measures(verdict), verdict.explain()


def test_a_few_shot_examples_label_opening_the_output_is_a_new_example():
    prompt = ("Translate the following phrases into Polish.\n\nEnglish: Good morning\nPolish: Dzień dobry\n\n"
              "English: Thank you\nPolish:")
    verdict = judge(prompt, "English: See you later\nPolish: Do zobaczenia")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


def test_a_label_said_once_above_a_field_left_open_is_the_format_to_fill():
    verdict = judge("Translate the following into French.\n\nEnglish: Where is the train station?\nFrench:",
                    "English: How much is a ticket?\nFrench: Combien coûte un billet ?")
    assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()
