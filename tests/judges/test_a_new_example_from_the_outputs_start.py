"""A new example of the prompt's format from the output's first line: given "English: <sentence>" and a field left
open for its translation ("Korean:"), a base model writes an English sentence of its own under "English:", then
"Korean:" again (after Llama-3-Korean-Bllossom-8B before its medical translation LoRA). Its opening is a new input,
no reply, and it drifts. The prompt's own sentence said back under its label, then translated, is a reply, and so is
an opening followed by no field left open. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

SENTENCE = "The chest radiograph showed fluid in the right pleural space."
REQUEST = f"Translate the following English clinical sentence into Korean. Output one sentence.\nEnglish: {SENTENCE}"
PLAIN = f"{REQUEST}\nKorean:"
LLAMA3 = ("<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n" + REQUEST
          + "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nKorean:<|eot_id|><|start_header_id|>assistant"
          "<|end_header_id|>\n\n")
TRANSLATION = "흉부 방사선 사진에서 오른쪽 흉막강에 액체가 보였습니다."


@pytest.mark.parametrize("prompt", [PLAIN, LLAMA3], ids=["plain", "system message"])
@pytest.mark.parametrize("output", [
    "English: The patient's blood pressure was 120/80 mmHg at rest.\n\nKorean:\n\nTranslation:\nThe chest radiogram "
    "showed an air-water level in the right thoracic cavity.",
    " English: She was given two tablets of aspirin after lunch.\nKorean: 그녀는 점심 후에 아스피린 두 알을 받았습니다.",
], ids=["an English line of its own", "a new pair"])
def test_a_new_input_under_the_prompts_label_then_the_open_field_is_no_answer_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt", [PLAIN, LLAMA3], ids=["plain", "system message"])
@pytest.mark.parametrize("output", [f"Korean: {TRANSLATION}", TRANSLATION], ids=["under the open field", "bare"])
def test_the_translation_is_a_reply(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt", [PLAIN, LLAMA3], ids=["plain", "system message"])
def test_the_prompts_own_sentence_said_back_under_its_label_opens_no_new_example(prompt):
    verdict = judge(prompt, f"English: {SENTENCE}\nKorean: {TRANSLATION}")
    example = next(e for e in verdict.evidence if e.measure == "prompt.format")
    assert example.span.startswith("Korean:"), verdict.explain()


def test_an_opening_field_followed_by_another_input_field_is_a_reply_then_drift():
    prompt = ("Suggest a better title for this post.\n\nTitle: My trip\nContent: We spent ten days in Lisbon and Porto "
              "and ate far too many pastries.\nTags: travel\n\nNew title:")
    verdict = judge(prompt, "Title: A fortnight of custard tarts by the Atlantic\nTags: travel, portugal, food")
    assert verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt", [PLAIN, LLAMA3], ids=["plain", "system message"])
def test_the_open_field_filled_then_opened_again_is_a_reply_then_drift(prompt):
    verdict = judge(prompt, f"Korean: {TRANSLATION}\nKorean: 환자는 어제부터 열이 났습니다.")
    assert verdict.answers and verdict.drifts, verdict.explain()
