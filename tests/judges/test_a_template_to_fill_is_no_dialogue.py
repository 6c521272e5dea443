"""A request that lays out the template of its answer, each field's value a placeholder in brackets ("Answer: [short
answer]\nExplanation: [detailed explanation]"), sets fields to fill, not speakers taking turns: the output filling
both answers without writing another speaker's turn. Labelled lines with sentences for values are still a
dialogue. Constructed after real outputs (Llama-2-7B-chat on open-ended prompts)."""

from __future__ import annotations

from why_finetune.judges import judge
from why_finetune.judges.dialogue import parse_dialogue

TEMPLATE = ("Answer question in the following template:\nAnswer: [short answer]\nExplanation: [detailed explanation]"
            "\n\nWho is the greatest woman in history?")


def test_fields_with_placeholders_for_values_are_no_dialogue():
    assert parse_dialogue(TEMPLATE) is None


def test_filling_the_templates_fields_answers_without_drift():
    output = ("  Answer: Marie Curie\n\nExplanation: Marie Curie was a Polish-born physicist and chemist who made "
              "groundbreaking discoveries in radioactivity and was the first woman to win a Nobel Prize.")
    verdict = judge(f"<s>[INST] {TEMPLATE} [/INST]", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_labelled_lines_with_sentences_are_still_a_dialogue():
    transcript = "Answer: I think it will rain today.\nExplanation: Why do you think so?\nAnswer:"
    assert parse_dialogue(transcript) is not None


def test_stage_directions_in_angle_brackets_are_a_transcripts_turns():
    assert parse_dialogue("Alice: <waves>\nBob: <nods>\nAlice: <smiles>\nBob: <shrugs>") is not None
