"""A form: four labelled lines or more, each label said once ("Name: Anna\\nAge: 34\\nCity: Oslo\\nJob:"). Its labels
are keys, no speakers of a transcript, and the open one is filled with a value of its own. Constructed for these
tests, not copied from a labelled corpus.
"""

from __future__ import annotations

from why_finetune.judges import judge

FORM = "Name: Anna\nAge: 34\nCity: Oslo\nJob:"


def test_a_value_for_the_forms_open_field_answers_without_drift():
    verdict = judge(FORM, " Nurse")
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_the_value_then_new_keys_of_its_own_is_still_read_as_a_form():
    verdict = judge(FORM, " Nurse\nHobby: climbing\nPet: a cat named Miso")
    assert verdict.answers, verdict.explain()
