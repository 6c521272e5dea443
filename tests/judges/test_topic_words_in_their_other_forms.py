"""A question's topic named in a form its crude stem missed, or a topic word read where the question puts it.

- A noun in "-ation" and its verb: advice about "motivation" that says "Stay motivated" names it ("motivat").
  Not a short word that only ends so ("nation", "station"): its stem would be too short to stand for it.
- A word quoted alone is what the request asks about, even a function word: "Expliquez-moi « bien »" is about
  "bien", and a definition of it names it (after Llama-3.1-8B-Instruct's homonym DPO tune).
- A Japanese passage quoted inside an English instruction ("Your dialogue partner responded: "約束を守る人や..."")
  has its topic words in Japanese too, and a Japanese reply names them there (after Gemma-2-2B-jpn-it's Socratic
  LoRA).
Constructed for these tests, not copied from a labelled corpus; each with the near miss that stays off topic.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.text import stem

ADVICE = ("Give me advice about motivation", "Pick one goal, write it down where you will see it every morning, "
          "and stay motivated by ticking off one small step a day until the habit runs itself for weeks on end.")


def test_a_noun_in_ation_and_its_verb_share_a_stem():
    assert stem("motivation") == "motivat" and "motivated".startswith(stem("motivation"))
    assert stem("nation") == "nation" and stem("station") == "station"


def test_advice_naming_the_topic_in_its_verb_form_answers():
    verdict = judge(*ADVICE)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_ramble_naming_no_form_of_it_stays_off_topic():
    verdict = judge(ADVICE[0], "The weather in the mountains was cold that year, and the trains ran late every "
                               "single day while the river froze over and the shops shut early for the winter.")
    assert not verdict.answers, verdict.explain()


@pytest.mark.parametrize("prompt", ["Expliquez-moi « bien » comme si j'avais 5 ans.",
                                    "Expliquez-moi \"bien\" comme si j'avais 5 ans."])
def test_a_quoted_function_word_is_the_topic_a_definition_names(prompt):
    output = ("« Bien » veut dire que quelque chose est agréable ou réussi. Par exemple, si tu as mangé un bon gâteau, "
              "tu dis que c'était bien.")
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_quotation_marks_around_two_quoted_phrases_quote_no_word_between_them():
    # '"Nai?" or "Ie?"': the closing and opening marks around " or " quote nothing.
    verdict = judge('End each reply with "Nai?" or "Ie?" and tell me about rivers.',
                    "Or maybe the weather will change tomorrow and the shops will close early for the holiday season, or not.")
    assert not verdict.answers, verdict.explain()


SOCRATES = ("You are Socrates. Your dialogue partner responded as follows. Please respond in the same style, asking "
            "questions.\n\"約束を守る人や、困ったときに助けてくれる友人の顔が思い浮かびます。\"")


def test_a_japanese_reply_names_the_japanese_passage_an_english_instruction_quotes():
    verdict = judge(SOCRATES, "なるほど。君にとって、どのような約束を守ることが友人の証しなのかね？その友人はどのように助けてくれたのかね？")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_japanese_reply_about_something_else_stays_off_topic():
    verdict = judge(SOCRATES, "今日は天気がとても良いので、公園で散歩をして、そのあとで美味しいラーメンを食べに行きました。とても楽しかったです。")
    assert not verdict.answers, verdict.explain()
