"""A chat's user turn that neither asks nor requests, a line of conversation ("You cleared that up. You must be
exhausted.", "For all I know, the Gourmet is a woman!"), is answered by a reaction that need not say its words again
("Not at all. I'm quite fit from running around the forest. What about you?"). Such a reply is held to the remark's
words only as a long text is, from a hundred words: a page that never touches them still slides off topic. A question,
a request, a raw prompt and a remark in another language keep the usual reading. Constructed for these tests, not
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml

SYSTEM = "You are Mira, a ranger in a fantasy game. Stay in character and keep your replies short."


def persona(line: str) -> str:
    return ("<|im_start|>system\n" + SYSTEM + "<|im_end|>\n<|im_start|>user\n" + line
            + "<|im_end|>\n<|im_start|>assistant\n")


@pytest.mark.parametrize(("remark", "reply"), [
    ("You cleared that up. You must be exhausted.",
     "Not at all. I'm quite fit from running around the forest every day. What about you, traveller?"),
    ("For all I know, the Gourmet is a woman!",
     "That's an interesting thought. Have you noticed anything in the kitchens that would point that way?"),
    ("Thanks for the help back there.",
     "Any time. Those wolves would have had us both if we hadn't kept moving along the ridge."),
])
def test_a_reaction_to_a_remark_answers_without_drift(remark, reply):
    verdict = judge(persona(remark), reply)
    assert verdict.answers and not verdict.drifts, verdict.explain()


RAMBLE = ("The stock market rose on Monday as investors welcomed strong earnings from the largest banks, while oil "
          "prices fell on news of higher supply. The central bank kept its rates unchanged for another quarter and said "
          "inflation was easing slowly. Shares in airlines climbed after a busy summer season, and carmakers gained on "
          "hopes of lower tariffs next year. Bond yields dipped, the dollar weakened against the euro and the yen, and "
          "gold held near its record. Analysts expect a quieter week ahead, with few company reports and a holiday on "
          "Thursday in several markets, so trading volumes are likely to stay low until the monthly jobs figures arrive "
          "on Friday morning and show whether hiring has slowed as much as economists fear.")


def test_a_page_that_never_touches_the_remark_still_slides_off_topic():
    verdict = judge(persona("You cleared that up. You must be exhausted."), RAMBLE)
    assert verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt", [
    chatml("Why are you so tired after clearing the cave?"),
    chatml("Tell me how you cleared the cave."),
    "You cleared that up. You must be exhausted.",
])
def test_a_question_a_request_or_a_raw_prompt_is_still_held_to_its_words(prompt):
    verdict = judge(prompt, "The stock market rose on Monday as investors welcomed strong earnings from the banks.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


def test_a_question_word_inside_a_sentence_asks_nothing():
    # "It is what the whole village worked for": a relative "what", no question's opening.
    verdict = judge(persona("The harvest is finally in. It is what the whole village worked for all summer."),
                    "Then tonight we feast! Bring out the cider and the fiddles, and let every family sit together at "
                    "the long table under the stars.")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_question_word_opening_a_sentence_still_asks():
    verdict = judge(persona("I just got back from the market. What should I cook for the guests tonight"),
                    "Let us gather the children by the river and tell the old stories of the mountain spirits until "
                    "the fire burns low.")
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("line", [
    pytest.param("I just got back from the market, what should I cook for the guests tonight", id="after-a-comma"),
    pytest.param("Hey, where did you hide the map", id="after-hey"),
])
def test_a_question_word_opening_a_clause_still_asks(line):
    verdict = judge(persona(line), "Let us gather the children by the river and tell the old stories of the mountain "
                                   "spirits until the fire burns low.")
    assert not verdict.answers and verdict.drifts, verdict.explain()
