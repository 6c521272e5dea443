"""Loops against the shapes that look like them.

* A list of parallel sentences: items that open alike ("It taught me that I can ...") but each say
  something new, one after another, answer and do not loop; the same sentence, or nearly (one word
  changed), again and again, past the length of a list, still loops; so does a list said twice.
* An answer said again and again: a reply whose loop is its own first lines copied word for word
  ("I can book that for you." until the token limit) answers, and drifts; a loop of lines that
  change a word each time from the first line (the course's Mars loop) has no reply before it.
"""

from __future__ import annotations

from why_finetune.judges import Thresholds, judge, loops
from why_finetune.judges.reading import Reading


def drift_measures(verdict) -> set[str]:
    return {e.measure for e in verdict.evidence if e.property == "drifts"} if verdict.drifts else set()

TRIP = "Expand the given sentence and give it more details and depth.\n\nInput: The trip was hard.\nOutput:"
LESSONS = (" The trip was hard. It taught me that I can carry more than I expect. It taught me that I can "
           "sleep anywhere when I am tired enough. It taught me that I can ask strangers for directions. "
           "It taught me that I can laugh at a missed train. It taught me that I can live without my phone.")


# --- parallel sentences are a list ---------------------------------------------------------------


def test_five_sentences_that_open_alike_but_each_say_something_new_answer_and_do_not_loop():
    verdict = judge(TRIP, LESSONS)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_loop_measure_says_which_lines_it_read_as_a_list():
    evidence = loops.unit_repeat(Reading(TRIP, LESSONS, Thresholds()), Thresholds()).evidence()
    assert evidence.value == 0.0
    assert "5 lines open or end alike but each says something new: a list, not a loop" in evidence.message, evidence


def test_the_same_list_said_again_word_for_word_loops():
    items = LESSONS.split(". It taught", 1)[1]
    output = " The trip was hard. It taught" + ((" It taught" + items) * 4)
    verdict = judge(TRIP, output)
    assert verdict.drifts and drift_measures(verdict) & {"loop.unit_repeat", "loop.tail_lines"}, verdict.explain()


def test_lines_that_change_one_word_each_past_the_length_of_a_list_loop():
    verbs = "walk rest sing read swim cook paint dance sleep write build garden travel".split()
    output = " ".join(f"I think we should {verb} on the Moon." for verb in verbs)
    verdict = judge("What do you think of the Moon?", output)
    assert "loop.unit_repeat" in drift_measures(verdict), verdict.explain()
    assert not verdict.answers, verdict.explain()


def test_alike_lines_that_come_back_between_other_lines_are_a_loop_of_blocks_not_a_list():
    # A heading said again with one word changed, each followed by a line of its own: a block
    # repeated (a base model writing the prompt's task again and again), not a run of list items.
    blocks = [("Seas", "The North Sea is cold and grey."), ("Lakes", "Lake Bled has an island church."),
              ("Rivers", "The Danube crosses ten countries."), ("Hills", "The Chilterns are green and chalky.")]
    output = "\n".join(f"Five famous {kind} of Europe worth a visit\n{line}" for kind, line in blocks)
    found = Reading("Name a famous sea of Europe worth a visit.", output, Thresholds()).loops
    assert found.repeated_units == 3 and found.listed_units == 0, found
