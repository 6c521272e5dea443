"""An answer that gives its subject a name and goes on about it: "Describe a fictional person." answered "The fictional
person I am describing is called Alex." and then three paragraphs on Alex, who is what was asked for though the
paragraphs never say "fictional" or "person" again. A name the first sentence naming the question gives (a word
written with a capital past the sentence's first, three letters or more, said again after it) carries the topic as
the answer's own longer terms do, whatever its length. Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

ALEX = ("The fictional person I am describing is called Alex. Alex is a 32-year-old graphic designer who lives in a big "
        "city. Alex is very creative and loves to develop and realise design ideas. She has a weakness for colours "
        "and shapes and finds inspiration in nature and art.\n\nAlex is very sociable and has a large group of friends "
        "with whom she likes to spend time. She is also very active in the local art scene and often visits "
        "exhibitions and workshops to improve her skills and make new contacts.\n\nAlex has an open and curious "
        "nature and is always ready to try new things and to learn. She likes to travel and has already visited many "
        "parts of the world to get to know different cultures and ways of life. In her free time she paints, reads "
        "novels and cooks for her friends on Sunday evenings.")
MAX = ("Der fiktive Mensch, den ich beschreibe, heißt Max. Max ist ein ruhiger und besonnener Holzschnitzer, der in "
       "einem kleinen Dorf am Rand der Berge lebt und seine Tage in der Werkstatt verbringt. Seine Figuren aus Holz "
       "sind in der ganzen Gegend bekannt, und wer ihn besucht, bekommt oft eine kleine Lektion im Schnitzen.\n\n"
       "Max ist bescheiden, obwohl er sehr begabt ist. Am Abend sitzt Max gern vor dem Haus, raucht eine Pfeife und "
       "erzählt den Kindern des Dorfes Geschichten von früher, von harten Wintern und langen Sommern auf der Alm. "
       "Im Dorf sagen alle, dass man von Max nicht nur das Handwerk lernt, sondern auch Geduld und Ruhe.")


@pytest.mark.parametrize(("prompt", "output"), [
    ("Describe a fictional person.\nAnswer:\n", ALEX),
    ("Beschreibe einen fiktiven Menschen.\nAntwort:\n", MAX),
])
def test_paragraphs_about_the_instance_the_answer_names_stay_on_topic(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_only_a_name_carries_the_topic_and_a_page_after_it_still_slides_off_topic():
    # "car" in the first sentence, said again in the page, is no name: written in lower case it is held to the
    # five letters a term needs.
    output = ("The fictional person I am describing is called Alex and drives a car. Car prices and the stock market "
              "rose on Monday, car sales too, as investors "
              "welcomed strong earnings from the largest banks, while oil prices fell on news of higher supply. The "
              "central bank kept its rates unchanged for another quarter and said inflation was easing slowly. "
              "Shares in airlines climbed after a busy summer season, and carmakers gained on hopes of lower tariffs "
              "next year. Bond yields dipped, the dollar weakened against the euro and the yen, and gold held near "
              "its record. Analysts expect a quieter week ahead, with few company reports and a holiday on Thursday "
              "in several markets, so trading volumes are likely to stay low until the monthly jobs figures arrive.")
    verdict = judge("Describe a fictional person.\nAnswer:\n", output)
    assert verdict.drifts and "topic.trailing_gap" in [e.measure for e in verdict.evidence], verdict.explain()
