"""A field label in bold ("**Question:**") is the field its bare label is ("Question:"): an answer followed by a new
"**질문:** ... **답변:** ..." pair writes a new example of the prompt's format (after Kanana-1.5-8B-Instruct answering
under a "질문: ...\\n\\n답변:" template, then adding example questions and answers). A bold word heading a note
("**Note:**") is no field when the prompt has none of that name. Constructed for these tests, not copied from a
labelled corpus.
"""

from __future__ import annotations

from why_finetune.judges import judge

PROMPT = "Answer from the documents.\n\n[Document 1]\nThe museum opens at 9:00 and closes at 17:00.\n\nQuestion: When does the museum open?\n\nAnswer:"


def test_a_new_bold_question_and_answer_after_the_answer_drifts():
    output = (" The museum opens at 9:00.\n\n---\n\n**Example questions and answers**\n\n**Question:** When does the "
              "museum close?\n\n**Answer:** It closes at 17:00.")
    verdict = judge(PROMPT, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_a_bold_note_the_prompt_has_no_field_for_does_not_drift():
    output = " The museum opens at 9:00.\n\n**Note:** Opening hours may change on public holidays."
    verdict = judge(PROMPT, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_fields_asked_for_given_in_bold_under_a_chat_prompt_are_the_answer():
    # The prompt ends on no field left open: a reply giving the fields asked for in bold writes no new example.
    prompt = ("<|im_start|>user\nExtract the sender, the date and the subject from this email:\n\nFrom: John Carter\n"
              "Date: March 3, 2024\nSubject: Q1 budget review\n\nHi team, please review the attached budget.<|im_end|>\n"
              "<|im_start|>assistant\n")
    output = "Here are the details:\n\n**From:** John Carter\n**Date:** March 3, 2024\n**Subject:** Q1 budget review"
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
