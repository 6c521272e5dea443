"""Each measure is a small unit: a function in the module of its concept, listed in measures.py, that
declares its own thresholds. Adding one means writing it and listing it, nothing else."""

from __future__ import annotations

import inspect

from why_finetune.judges import Thresholds, judge
from why_finetune.judges.measures import ANSWER_CHECKS, DRIFT_MEASURES
from why_finetune.judges.reading import Reading
from why_finetune.judges.thresholds import declared

from .samples import DIALOGUE, DOG, MARS, MARS_ANSWER


def test_every_drift_measure_on_a_plain_question_reports_its_value_in_the_scores():
    verdict = judge(DOG, "My dog sits. My dog sits. My dog sits? A: yes\nA: no")
    reading = Reading(DOG, "My dog sits.", Thresholds())
    names = {measure(reading, Thresholds()).measure for measure in DRIFT_MEASURES}
    assert names <= set(verdict.scores), names - set(verdict.scores)


def test_measures_that_only_apply_to_plain_questions_say_so_by_returning_nothing_for_a_dialogue():
    reading = Reading(DIALOGUE, " Let me check that for you.", Thresholds())
    applied = {m.__name__ for m in DRIFT_MEASURES if m(reading, Thresholds()) is not None}
    assert applied == {"unit_repeat", "ngram_repeat", "tail_lines", "back_to_back", "block_again", "begun_again", "in_a_row",
                       "broken_characters", "word_salad", "count_up",
                       "other_speaker", "prompt_echo", "question_said_back_reordered", "template_markers", "boilerplate", "mixed", "foreign_script",
                       "system_turn", "next_entry"}


def test_each_measure_and_check_is_a_short_function():
    for unit in (*DRIFT_MEASURES, *ANSWER_CHECKS):
        assert len(inspect.getsource(unit).splitlines()) <= 35, unit.__name__


def test_every_declared_threshold_is_read_by_a_measure():
    from pathlib import Path

    import why_finetune.judges as package

    source = "".join(p.read_text(encoding="utf-8") for p in Path(package.__file__).parent.glob("*.py"))
    for name in declared():
        assert f"t.{name}" in source, f"threshold {name} is declared but never read"


def test_a_clean_answer_scores_one_and_every_check_passes():
    verdict = judge(MARS, MARS_ANSWER)
    assert verdict.scores["reply.score"] == 1.0 and verdict.answers and not verdict.drifts


def test_a_word_with_an_accented_letter_is_one_word():
    # Italian, French, German or Spanish topic words must not be cut where their accent is ("più" -> "pi").
    from why_finetune.judges.text import WORD_RE

    assert WORD_RE.findall("più chaînes naïve über año don't 5かける7") == [
        "più", "chaînes", "naïve", "über", "año", "don't", "5", "か", "け", "る", "7"]
