"""A block of lines said again word for word: three lines or more, one after another, come back in the same order
(``loop.block_again``). Each line is said only twice, so the loop measures see little; the repeat is a block. Code
said again (a fixed function) and a piece asked for (a song's chorus) are not; nor is a pair of lines.
Constructed by hand after a real output (a news-to-JSON LoRA's base model writing its steps twice)."""

from __future__ import annotations

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

NEWSLETTER = ("Analyze this newsletter item:\n\nTitle: Faster trains for the north\nContent: The rail company will "
              "run faster trains between the northern cities from March.\n\nGive me your analysis in three points.")
STEPS = ("1. Open the newsletter in your mail app and find the item.\n2. Read the headline slowly.\n"
         "3. Read the body of the article twice.\n4. Note the key insights on paper.\n5. Write down the action items.")


def test_steps_said_again_under_a_new_heading_drift():
    output = f"### How to analyze this newsletter item:\n\n{STEPS}\n\n### How to test this:\n\n{STEPS}"
    verdict = judge(NEWSLETTER, output)
    assert verdict.drifts, verdict.explain()
    assert "loop.block_again" in drift_measures(verdict), verdict.explain()


def test_an_answer_then_its_first_three_sentences_again_answers_and_drifts():
    answer = ("Faster trains will cut the trip between the northern cities by about twenty minutes. "
              "The change starts in March, so commuters should check the new timetable. "
              "Ticket prices stay the same for now, which makes the faster service good value. "
              "Local businesses near the stations may also gain from more visitors.")
    output = answer + "\n\n" + answer.rsplit(" Local", 1)[0]
    verdict = judge(chatml(NEWSLETTER), output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "loop.block_again" in drift_measures(verdict), verdict.explain()


def test_a_fixed_function_said_again_in_code_is_no_block():
    output = ("Here is your function with the bug fixed:\n\n```python\ndef total(prices):\n    result = 0\n"
              "    for price in prices:\n        result += price\n    return result\n```\n\nAnd with type hints:\n\n"
              "```python\ndef total(prices: list[float]) -> float:\n    result = 0\n    for price in prices:\n"
              "        result += price\n    return result\n```")
    verdict = judge(chatml("Fix my function that sums a list of prices."), output)
    assert "loop.block_again" not in drift_measures(verdict), verdict.explain()


def test_a_songs_chorus_said_again_is_no_block():
    chorus = "Sun on the water, salt in the air,\nSummer is singing, summer is there,\nDancing till midnight, we don't have a care."
    output = (f"The beach is calling, the days are long,\nWe pack our bags and we sing this song.\n\n{chorus}\n\n"
              f"The ice cream's melting, the sand is hot,\nWe'll hold these moments, forget them not.\n\n{chorus}")
    verdict = judge(chatml("Write a song about summer."), output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_two_lines_said_again_are_no_block():
    output = ("Thanks for your question about the trains.\nI hope this helps you plan your trips.\n\n"
              "Faster trains will cut the trip between the northern cities by about twenty minutes from March, and "
              "ticket prices stay the same for now.\n\nThanks for your question about the trains.\n"
              "I hope this helps you plan your trips.")
    verdict = judge(chatml(NEWSLETTER), output)
    assert "loop.block_again" not in drift_measures(verdict), verdict.explain()
