"""A few-shot prompt written on one line, its examples separated by semicolons ("381+997=1378; 984+143=1127; ...;
690+230="), is completed by the answer; a base model goes on past it with the separator and another example of the
same shape ("920; 799+9=798; 7"): a new example of the prompt's format, drift (`prompt.inline_example`). The shape is
read from the examples' characters alone (digits, words, marks), so it holds for sums, translations or any pairs.
Constructed for these tests, not copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

SUMS = ("Here are some examples of addition problems separated by a semicolon: 381+997=1378; 984+143=1127; "
        "408+276=684; 956+53=1009; 690+230=")
WORDS = ("Translate English to French: sea otter => loutre de mer; peppermint => menthe poivrée; plush giraffe => "
         "girafe peluche; cheese =>")


def drift_measures(verdict):
    return [e.measure for e in verdict.evidence if e.property == "drifts"]


@pytest.mark.parametrize("prompt, output", [
    pytest.param(SUMS, "920; 799+9=798; 7", id="a-sum-then-another"),
    pytest.param(SUMS, "920; 512+77=589; 431+", id="a-sum-then-two-more"),
    pytest.param(SUMS, "920; 8+8=16.\nHere", id="a-sum-then-another-closed-by-a-full-stop"),
    pytest.param(WORDS, " fromage; bread => pain; water =>", id="a-word-then-another-pair"),
])
def test_the_answer_then_another_example_on_the_same_line_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.inline_example" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(SUMS, "920", id="the-sum-alone"),
    pytest.param(SUMS, "920; that is 690 plus 230, carrying one into the hundreds.", id="the-sum-then-its-working"),
    pytest.param(WORDS, " fromage; it is the usual word for any cheese in French.", id="a-word-then-a-note"),
])
def test_the_answer_alone_or_with_a_note_after_the_separator_is_no_new_example(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.inline_example" not in drift_measures(verdict), verdict.explain()


# The same examples one a line, the open one last ("...\ncheese =>"): the first line fills it, and a line of the
# examples' shape after it is a new example.
LINES = ("Translate English to French:\n\nsea otter => loutre de mer\npeppermint => menthe poivrée\nplush giraffe => "
         "girafe peluche\ncheese =>")
SUM_LINES = "12 + 7 = 19\n30 + 45 = 75\n8 + 16 = 24\n27 + 38 ="


@pytest.mark.parametrize("prompt, output", [
    pytest.param(LINES, " fromage", id="a-word"),
    pytest.param(SUM_LINES, " 65", id="a-sum"),
    pytest.param(LINES, " fromage\n\nIt is the usual French word for any cheese.", id="a-word-then-a-note"),
])
def test_the_open_example_on_its_own_line_filled_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(LINES, " fromage\nbread => pain\nwater =>", id="a-word-then-another-pair"),
    pytest.param(SUM_LINES, " 65\n14 + 9 = 23\n50 + 50 =", id="a-sum-then-another"),
])
def test_the_answer_then_another_example_on_a_line_of_its_own_answers_and_drifts(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.inline_example" in drift_measures(verdict), verdict.explain()


def test_lines_of_two_shapes_taking_turns_are_no_examples_of_one():
    prompt = "Q: What is 2 + 2?\nA: 4\nQ: What is 3 + 3?\nA: 6\nQ: What is 5 + 5?\nA:"
    verdict = judge(prompt, " 10")
    assert "prompt.inline_example" not in drift_measures(verdict), verdict.explain()
    assert verdict.answers, verdict.explain()


NO_BLANK = ("Translate English to French:\nsea otter => loutre de mer\npeppermint => menthe poivrée\nplush giraffe => "
            "girafe peluche\ncheese =>")
PLURALS = "mouse -> mice\nchild -> children\nfoot -> feet\ngoose ->"
CAPITALS = "France: Paris\nJapan: Tokyo\nBrazil: Brasília\nKenya:"
DASHED = "France - Paris\nJapan - Tokyo\nBrazil - Brasília\nKenya -"
PLAN = "Weekly training plan.\n\nMonday: gym\nTuesday: swim\nWednesday: run\nThursday:"


@pytest.mark.parametrize("prompt, output", [
    pytest.param(NO_BLANK, " fromage", id="the-instruction-right-above-the-examples"),
    pytest.param(PLURALS, " geese", id="a-plural"),
    pytest.param(PLURALS, " goose -> geese", id="the-open-example-said-whole-filled"),
    pytest.param(CAPITALS, " Nairobi", id="labels-each-said-once-are-keys-not-speakers"),
    pytest.param(DASHED, " Nairobi", id="a-dash-between-spaces-is-a-mark"),
    pytest.param(PLAN, " rest day\nNote: keep Sunday free", id="a-note-keyed-as-an-example"),
])
def test_more_layouts_of_examples_one_a_line_filled_answer_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param(NO_BLANK, " fromage\nbread => pain\nwater =>", id="the-instruction-right-above"),
    pytest.param(CAPITALS, " Nairobi\nPeru: Lima\nCanada: Ottawa", id="new-keys"),
    pytest.param(DASHED, " Nairobi\nPeru - Lima", id="dashed"),
])
def test_more_layouts_then_a_new_example_answer_and_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and verdict.drifts, verdict.explain()


def test_new_examples_in_place_of_the_fill_are_no_answer():
    verdict = judge(PLURALS, " tooth -> teeth\nman -> men")
    assert not verdict.answers and verdict.drifts, verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Which of these is a mammal?\nA: Shark\nB: Salmon\nC: Dolphin\nD: Octopus\nAnswer:", "C: Dolphin",
                 id="lettered-options-and-an-answer-field"),
    pytest.param("What does this return?\n\n| name | dept |\n|---|---|\n| Ana | Sales |\n| Ben | IT |\n| Fay | Sales |",
                 "It returns two departments:\n\n| dept |\n|---|\n| Sales |\n| IT |", id="a-table-whose-last-row-is-whole"),
])
def test_lines_that_are_no_examples_left_open_are_not_read_as_such(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.inline_example" not in drift_measures(verdict), verdict.explain()
    assert verdict.answers, verdict.explain()


# A bare sum to complete ("813+124="): the result, then a new sum begun on a line of its own ("1,837\n1,837+") is a
# new example of the prompt's format; the sum said again with its result ("813+124=937") is the working.
@pytest.mark.parametrize("output", ["1,837\n1,837+", "937\n\n512+77=589\n"])
def test_a_new_sum_after_the_result_of_a_bare_one_answers_and_drifts(output):
    verdict = judge("813+124=", output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "prompt.formula_again" in drift_measures(verdict), verdict.explain()


@pytest.mark.parametrize("output", ["937", "937\n813+124=937", "937\n\n813 + 124 = 937, adding the hundreds first."])
def test_the_result_alone_or_with_the_sum_said_again_is_no_new_example(output):
    verdict = judge("813+124=", output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
