"""Word salad: English words strung with no grammar ("to the of 3 people The is in field, its or. is?. is a ofs thats
the of,s which a network is to the."), as a model pretrained for too short a time writes them. Its words may be the
question's own (network, energy, water), so it is not off topic, and it has no loop; but its function words stand where
no English sentence puts them: "the" before "of", "is", "and" or a full stop; "of" before "is", "to" or "and". Many
such pairs make it no reply, and drift (`text.salad`). Ordinary English, terse notes, code, tables and lists have
almost none. After a 23M-parameter model pretrained from scratch and its SFT.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures


@pytest.mark.parametrize("prompt, output", [
    pytest.param("How does a neural network work?",
                 "to the of 3 people The is in field, its or. is?. is a ofs thats the of,s which a network is to the. "
                 "are or not of, that. is as: a network a is a where of is from, is in, there is the, . is the of and "
                 "network the is for.", id="network"),
    pytest.param("What are the benefits of renewable energy?",
                 "energy. solar? the of energy efficient solar? is the of importance a can to our. and is an to. the "
                 "and? for that. it for its energy is to, a the of renewable the is energy of, power the to of is. "
                 "energy the and solar of and the.", id="energy"),
    pytest.param("Describe the water cycle.",
                 "is possible the of and in. use water in to the, it to and other rain. and with time this a to, the "
                 "is cloud. that it the will be the. in case a water of is the of, you rain the and sea of. the.",
                 id="water"),
])
def test_english_words_with_no_grammar_are_no_reply_and_drift(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers and verdict.drifts, verdict.explain()
    assert "text.salad" in drift_measures(verdict), verdict.explain()


def test_an_answer_then_word_salad_answers_and_drifts():
    output = ("Water evaporates from the sea, condenses into clouds and falls back as rain.\n\n"
              "the of rain is the. and cloud the of is to the, of and sea the is of. the and water of, the is for "
              "the of. is the and of the. rain of is the, and the of cloud.")
    verdict = judge("Describe the water cycle.", output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "text.salad" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Describe the water cycle.",
                 "The sun warms the sea, and the water evaporates. The vapour rises, cools and condenses into clouds. "
                 "The clouds drop the water as rain or snow, and the rivers carry it back to the sea. The rest of the "
                 "water soaks into the ground.", id="ordinary-prose"),
    pytest.param("Write a function that returns the gcd of two numbers.",
                 "def gcd(a, b):\n    while b != 0:\n        a, b = b, a % b\n    return a\n\n# the loop keeps the "
                 "remainder of the division until it is zero", id="code"),
    pytest.param("What is 120% of 30 minus 130% of 20?",
                 "120% of 30 is 36, and 130% of 20 is 26, so the difference is 36 - 26 = 10. The rest of the "
                 "answer is the same: 10.", id="sums"),
    pytest.param("List the parts of a flower.",
                 "Parts of the flower:\n- the petals\n- the sepals\n- the stamen, of which the anther holds the pollen\n"
                 "- the pistil, of the ovary and the stigma", id="a-list"),
    pytest.param("Which word is the article in 'the cat sat'?",
                 "The article is 'the'. In 'the cat sat', the word the comes before the noun, and of the three words "
                 "it is the only article.", id="the-word-the-named"),
    pytest.param("What are people most afraid of?",
                 "What are people scared of? Heights, the dark and spiders are what most fears are made of. Public "
                 "speaking is one more that many people think of, and it is what they dread the most of all.",
                 id="of-stranded-before-a-stop"),
    pytest.param("How do I get along with my in-laws?",
                 "Treat the in-laws as guests, keep the to-do list for the visit short, let the on-call cousin cook, "
                 "and thank the by-now tired hosts. Most of the in-law trouble is about time, so plan the visit well.",
                 id="compounds-after-the"),
    pytest.param("Tóm tắt đoạn văn sau.",
                 "Công an xã Thanh An , huyện Thanh Chương , đã phát hiện bé tử vong . Công an huyện An Sơn , tỉnh Nghệ "
                 "An , vào cuộc . Công an tỉnh An Giang , cùng công an xã , đang điều tra .",
                 id="vietnamese-an"),
])
def test_ordinary_text_is_no_word_salad(prompt, output):
    verdict = judge(prompt, output)
    assert "text.salad" not in drift_measures(verdict), verdict.explain()
