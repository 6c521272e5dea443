"""A song asked for sings its chorus again, word for word, after each verse: the block said again is the song's form,
not a loop, wherever the request names the song ("I need lyrics for my band's next single", "For our school play: a
song about ..."); not where it only mentions the word ("lied", a name like Carol, the Song dynasty). The same block
said again in a reply to anything else, and a line of prose said back to back, still drift. Constructed by hand after real outputs (Llama-2-7b-chat and its lyrics
fine-tune)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .probes import drift_measures
from .samples import chatml

CHORUS = "Chorus:\nWe rise with the morning light\nWe hold the line through the night\nNo one can dim this fire\n"
SONG = ("Verse 1:\nI walked the streets of an empty town\nEvery window dark, every shutter down\n\n" + CHORUS +
        "\nVerse 2:\nNow the bells are ringing through the square\nAnd the dust is washing in the rain\n\n" + CHORUS)


def test_a_songs_chorus_after_each_verse_is_no_loop():
    for prompt in ("Write me a song about a town coming back to life, with a strong chorus.",
                   "I need lyrics for my band's next single, about a town coming back to life.",
                   "For our school play: a song about a town coming back to life, with a strong chorus."):
        verdict = judge(chatml(prompt), SONG)
        assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("prompt", [
    "How do I reset my router's network settings?",
    "My coworker lied to me about the router. How do I reset its network settings?",
    "Carol asked me to reset the router. How do I reset its network settings?",
    "I'm writing about the Song dynasty tonight. How do I reset my router's network settings?",
])
def test_the_same_block_said_again_in_a_reply_that_is_no_song_drifts(prompt):
    steps = ("Step 1:\nOpen the settings menu\nChoose the network tab\nPress the reset button\n\n"
             "Step 2:\nWait a minute\n\nOpen the settings menu\nChoose the network tab\nPress the reset button\n")
    verdict = judge(chatml(prompt), steps)
    assert verdict.drifts and "loop.block_again" in drift_measures(verdict), verdict.explain()


# A line of a song sung back to back is the song's; a line of prose said back to back is a loop, in a reply to a
# request that only mentions a song, a name like Carol or the English "lied". Both loop readings take the song asked
# for from the same words.
FIRST_TUNE = ("The first song sung in space was Jingle Bells. In December 1965 the Gemini 6 crew reported a strange "
              "object in a polar orbit, then played the tune on a tiny harmonica and a handful of bells they had "
              "smuggled aboard. Mission control laughed, and the harmonica is now kept at the Smithsonian museum.\n")


@pytest.mark.parametrize("prompt", [
    "What was the first song sung in space?",
    "Carol asked me: which tune was first played in space?",
    "My brother lied to me about it. Which tune was first played in space?",
])
def test_a_line_said_three_times_in_a_reply_that_is_no_song_loops(prompt):
    verdict = judge(chatml(prompt), FIRST_TUNE + "Nobody expected a concert that day.\n" * 3)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert "said 3 times in a row" in verdict.explain(), verdict.explain()


def test_a_line_sung_three_times_in_a_song_asked_for_is_no_loop():
    verdict = judge(chatml("Write me a song about the first tune played in space."),
                    "Verse 1:\nA harmonica floating high above the sea\nA handful of bells and a crew of three\n\n"
                    + "We played it for the stars tonight\n" * 3)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
