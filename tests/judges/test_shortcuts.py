"""The judges' shortcuts give what the long way gives.

Judging a 4,000-character loop a thousand times a second takes shortcuts: work done once per output
and reused by several measures, and what a loop says again looked up once. Each shortcut here is
checked against the plain computation it stands for, on outputs where the two could part: a loop
that copies the prompt, a loop that does not, prose, a partial copy. (bench/judges_same_verdicts.py
checks every verdict and its evidence before and after a change, on every output the project holds.)
"""

from __future__ import annotations

import pytest

from why_finetune.judges import Thresholds
from why_finetune.judges.echo import echo_coverage, prompt_grams
from why_finetune.judges.reading import Reading

from .samples import DOG, MARS

OUTPUTS = {
    "a loop that copies the prompt": "Tell me how to train my dog to sit. " * 12,
    "a loop that copies part of it": "I will train my dog to sit on the mat today.\n" * 9,
    "a loop of its own": "I think we should go there. I think we could stay there. " * 10,
    "prose": ("Hold a treat above its nose and move it back slowly: the head follows the food and the "
              "hindquarters fold. Reward the moment it sits, then release it and try again."),
    "a copy at the end only": "Patience is everything with a puppy, so keep sessions short. how to train my dog",
}


@pytest.mark.parametrize("output", OUTPUTS.values(), ids=OUTPUTS.keys())
@pytest.mark.parametrize("prompt", [DOG, MARS])
def test_the_loop_finders_index_tells_which_three_word_sequences_the_prompt_has(prompt, output):
    reading = Reading(prompt, output, Thresholds())
    words = reading.words
    wanted = prompt_grams(reading.prompt.text)[2]
    assert reading.loops.grams_in(wanted) == [gram in wanted for gram in zip(words, words[1:], words[2:])]


@pytest.mark.parametrize("output", OUTPUTS.values(), ids=OUTPUTS.keys())
@pytest.mark.parametrize("prompt", [DOG, MARS])
def test_the_echo_share_read_through_the_loop_finders_index_is_the_share_of_the_words_themselves(prompt, output):
    reading = Reading(prompt, output, Thresholds())
    shared = echo_coverage(reading.prompt.text, reading.words, reading.loops.grams_in)
    assert shared == echo_coverage(reading.prompt.text, reading.words)


def test_an_output_that_copies_the_prompt_has_a_share_to_compare():
    # Guards the two tests above from comparing nothing with nothing.
    reading = Reading(DOG, OUTPUTS["a loop that copies the prompt"], Thresholds())
    assert echo_coverage(reading.prompt.text, reading.words, reading.loops.grams_in) > 0.9
