"""A song asked for sings its chorus again, word for word, after each verse: the block said again is the song's form,
not a loop, wherever the request names the song ("I need lyrics for my band's next single", "For our school play: a
song about ..."); not where it only mentions the word ("lied", a name like Carol, the Song dynasty). The same block said again in a reply to anything else, and a song's one line sung back to back
past the count of a loop, still drift. Constructed by hand after real outputs (Llama-2-7b-chat and its lyrics
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


# A song asked for in any of the ways a request puts it, "一首…的歌", "the theme song for ...": its refrain sung three
# times in a row is the song's form, not a loop.
@pytest.mark.parametrize(("prompt", "output"), [
    ("写一首关于春天的歌。", "春风吹过小河边\n柳树发芽绿满天\n春天来了花儿开满山坡\n春天来了花儿开满山坡\n春天来了花儿开满山坡\n"),
    ("Write the theme song for my podcast about gardening.", "Out in the yard where the tomatoes grow\nWe talk about "
     "the seeds and the rain and the snow\nDig it, grow it, gardening time\nDig it, grow it, gardening time\n"
     "Dig it, grow it, gardening time\n"),
])
def test_a_refrain_sung_three_times_in_a_song_asked_for_is_no_loop(prompt, output):
    verdict = judge(chatml(prompt), output)
    assert "said 3 times in a row" not in verdict.explain(), verdict.explain()
