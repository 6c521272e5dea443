"""A request in the system turn, the user's turn only opening the field for the reply ("Korean:"): the system turn
holds what is asked (after Llama-3-Korean-Bllossom-8B given a medical sentence to translate). The translation, and a
translator's note on its terms after it, answer it. Any other user turn is the question, the system turn only its
setting. Constructed for these tests, not copied from a labelled
corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.text import parse_prompt

SYSTEM = ("Translate the following English clinical sentence into Korean.\nEnglish: The chest X-ray showed fluid in "
          "the lower lobe of the right lung, suggesting pneumonia.")


def llama3(system: str, user: str) -> str:
    return ("<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n" + system
            + "<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n" + user
            + "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")


def chatml(system: str, user: str) -> str:
    return f"<|im_start|>system\n{system}<|im_end|>\n<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n"


TEMPLATES = pytest.mark.parametrize("template", [llama3, chatml], ids=["llama3", "chatml"])
NOTED = ("흉부 엑스레이에서 오른쪽 폐 하엽에 액체가 보여 폐렴이 의심되었습니다.\n\nTranslation note:\n- \"lower lobe\" is "
         "translated as \"하엽\", the usual clinical term.\n- \"pneumonia\" is kept as \"폐렴\" for precision, and the "
         "tone stays formal throughout the sentence.")


@TEMPLATES
def test_a_user_turn_that_only_opens_a_field_asks_what_the_system_turn_asks(template):
    assert parse_prompt(template(SYSTEM, "Korean:")).query == f"{SYSTEM}\nKorean:"


@TEMPLATES
def test_a_translation_with_a_note_on_its_terms_answers(template):
    verdict = judge(template(SYSTEM, "Korean:"), NOTED)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@TEMPLATES
@pytest.mark.parametrize("user", ["What is pneumonia?", "Korean: please translate it now", "Korean",
                                  "Please translate it for me now:"])
def test_any_other_user_turn_is_the_question(template, user):
    assert parse_prompt(template(SYSTEM, user)).query == user
