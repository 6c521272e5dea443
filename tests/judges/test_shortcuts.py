"""The judges' shortcuts give what the long way gives.

Judging a 4,000-character loop a thousand times a second takes shortcuts: work done once per output
and reused by several measures, and what a loop says again looked up once. Each shortcut here is
checked against the plain computation it stands for, on outputs where the two could part: a loop
that copies the prompt, a loop of long lines (read in stretches said again), a loop that does not, prose, a
partial copy. (bench/judges_same_verdicts.py
checks every verdict and its evidence before and after a change, on every output the project holds.)
"""

from __future__ import annotations

from itertools import accumulate

import pytest

from why_finetune.judges import Thresholds, loops
from why_finetune.judges.echo import echo_coverage, prompt_grams
from why_finetune.judges.reading import Reading

from .samples import DOG, MARS

OUTPUTS = {
    "a loop that copies the prompt": "Tell me how to train my dog to sit. " * 12,
    "a loop of long lines that copies the prompt": ("Tell me how to train my dog to sit, and how to teach it to wait at "
                                                    "the door before a walk. " * 8),
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
    assert reading.loops.grams_in(wanted) == bytes(gram in wanted for gram in zip(words, words[1:], words[2:]))


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


def test_a_loop_of_long_lines_is_read_in_stretches_said_again():
    # Guards the tests above from never reading a stretch said again (copied, not looked up).
    assert Reading(DOG, OUTPUTS["a loop of long lines that copies the prompt"], Thresholds()).loops.copied


def _looked_up_one_by_one(keys) -> tuple[dict, list[int]]:
    first: dict = {}
    return first, [first.setdefault(key, i) for i, key in enumerate(keys)]


@pytest.mark.parametrize("output", [
    "日本について。\n" + "日本の首都は東京です。東京には多くの人が住んでいます。はい。東京は日本の中心です。" * 30,
    "中国的首都是北京。北京有很多名胜古迹。" * 12 + "好。" + "北京是中国的政治和文化中心。每年有很多游客来北京旅游。" * 12,
    # A line between the first lines and their copies, and a line said again apart from the lines it follows.
    "北京是中国的首都城市。北京有很多名胜古迹和博物馆。" + "好。" + "北京是中国的首都城市。北京有很多名胜古迹和博物馆。" * 6,
    "北京是中国的首都城市。北京有很多名胜古迹和博物馆以及公园。" * 2 + "北京有很多名胜古迹和博物馆以及公园。" * 3
    + "北京是中国的首都城市。北京有很多名胜古迹和博物馆以及公园。" * 3,
    "Sure. " + "The dog sat down and then the dog stood up and the dog sat down again. Good dog, good dog. " * 20,
    "Sure. " + "".join(f"The dog sits down when I ask it to. It waits for a treat and then it stands up again. "
                       f"It will {verb} now and then it will sit down again to wait for more. "
                       for verb in ["go", "stay", "go", "wait"] * 6),
])
def test_the_sequences_of_lines_said_again_are_found_where_they_first_occurred_as_if_each_were_looked_up(output):
    # The sequences of a stretch of lines said again are copied from its first copy's, not looked up one by one:
    # where each first occurred is the same as looking each up, for three words and for six characters.
    reading = Reading("Tell me about it.", output, Thresholds())
    words, lens = reading.words, [len(unit.words) for unit in reading.units]
    copied = loops._copied_stretches(loops._first_index([unit.words for unit in reading.units]), lens,
                                     list(accumulate(lens, initial=0)))
    assert copied  # (the outputs are long stretches said again)
    first, sources = _looked_up_one_by_one(zip(words, words[1:], words[2:]))
    assert loops._first_occurrences(words, (0, 1, 2), 2, copied) == (first, sources)
    assert (reading.loops.gram_first, reading.loops.gram_sources) == (first, sources)
    assert loops._first_occurrences(sources, (0, 3), 5, copied) == _looked_up_one_by_one(zip(sources, sources[3:]))
