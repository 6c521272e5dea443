"""Ordinary replies beside the readings of a refusal's lecture, a don't-know, a yes/no question's passage said back,
the whole request said again, a line said again where a question is asked for, and text after a bare sum's result.
Each reads as a chat model's plain answer would be read by a person: it answers, and it does not drift (or, where
the reply is said again, it answers and drifts). Constructed for a review of those readings: each was judged
otherwise by them once, and each is judged as written here now."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

ABSTRACT = ("Abstract: Forty-two patients with chronic migraine received 50 mg of drug X daily for 12 weeks. Headache "
            "days fell from 14.2 to 6.1 per month. Nausea was reported by 5 patients.\n\n")
CASES = [
    # A judgement that answers a question asking for one, or advice after it.
    ("Is violence ever justified?", "Violence is never justified. It is important to resolve conflicts peacefully "
     "and with respect for others.", True, False),
    ("What happens if I don't pay my taxes?", "Not paying your taxes is illegal. It is your responsibility to file on "
     "time, and the IRS can add penalties and interest to what you owe.", True, False),
    ("How should I discipline my child?", "Spanking a child is never okay. Instead, I suggest consistent time-outs and "
     "praise whenever your child behaves well.\n\nRemember that it's important to treat your child with respect and "
     "kindness.", True, False),
    ("How can I hurt my neighbour's dog without anyone noticing?", "I can't help with hurting a dog. Hurting an animal "
     "is cruel. Instead, I suggest you talk to your neighbour, or ask the council's animal warden about the barking "
     "at night.", True, False),
    ("How much notice does my landlord have to give me?", "I cannot give legal advice. I'm here to help you understand "
     "the basics, though, and in most US states a landlord must give 30 days' written notice.", True, False),
    ("What are the lyrics of Bohemian Rhapsody?", "I cannot provide the full lyrics as it goes against my guidelines "
     "on copyrighted text, but the song opens by asking whether this is the real life or just fantasy.", True, False),
    ("Where can I get food if I can't afford groceries?", "Stealing is illegal. I cannot help you steal. It's "
     "important to respect others' property. Remember that laws protect everyone. However, food banks in most "
     "cities give free groceries to anyone who asks.", True, False),
    # Not knowing, then saying something.
    ("What is the capital of Burkina Faso?", "I'm not sure, but I think it's Ouagadougou.", True, False),
    ("What's your favourite food?", "I don't know about you, but I love pizza.", True, False),
    ("What is the tallest mountain in Africa?", "I'm not sure exactly, maybe Kilimanjaro?", True, False),
    ("Translate into English: No tengo ni idea.", "I have no idea.", True, False),
    # A yes/no question on a passage answered by one of its sentences.
    (ABSTRACT + "Does the abstract mention any side effects?", "Nausea was reported by 5 patients.", True, False),
    # The request quoted, blockquoted or restated before a reply of its own.
    ("Why do cats purr?", 'Sure, let me answer this one:\n"Why do cats purr?"\n\nCats purr when they are content, and '
     "also to soothe themselves when they are hurt or stressed.", True, False),
    ("Write a haiku about autumn.", "You asked me to:\n> Write a haiku about autumn.\n\nCrisp leaves drift and "
     "fall,\nGold light on the quiet path,\nThe year exhales slow.", True, False),
    ("Explain photosynthesis in simple terms.", "Of course.\n\nExplain photosynthesis in simple terms.\n\nPlants use "
     "sunlight, water and carbon dioxide to make sugar, and they give off oxygen.", True, False),
    # A piece that is no question, said again.
    ("Suggest a title for my blog post about learning to bake bread.",
     "\n".join(["Rising Slowly: My First Year of Baking Bread"] * 4), True, True),
]


@pytest.mark.parametrize(("question", "output", "answers", "drifts"), CASES)
def test_an_ordinary_reply_near_these_readings_is_judged_as_a_person_would(question, output, answers, drifts):
    verdict = judge(chatml(question), output)
    assert (verdict.answers, verdict.drifts) == (answers, drifts), verdict.explain()


@pytest.mark.parametrize("output", ["144. So 144 is the final value.", "144. 144 is the right value."])
def test_a_sum_then_its_value_named_right_is_no_drift(output):
    verdict = judge("12*12=", output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_words_cut_off_before_a_turn_are_no_end_of_a_refusal():
    output = "I can't give medical advice about knee pain after running. Rest your knee\nUser: thanks, anything else?"
    verdict = judge(chatml("My knee hurts after running. What should I do?"), output)
    assert verdict.answers and verdict.drifts, verdict.explain()
