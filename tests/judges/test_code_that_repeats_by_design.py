"""Code and formulas. Code says its statements' frames and identifiers again by design (an `if` chain, a test's
asserts), a derivation writes its matrix again at each step: a finished code block or displayed formula is not
read for loops, while one cut off at the token limit, the prose around it and a block said again still are; its
lines are no speaker's turns ("user: bool = False,"). A function the request names is defined under that name, in
the language and fence the request asks for: said again by necessity, no echo. Constructed by hand after
real outputs (a Greek SFT model's C++ solution and density matrix, can-ai-code's interview answers)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml, inst

CARDS = "Write a C++ program that reads a word of three letters and prints YES if it is abc, bca or cab."
ORDERS = [("abc", "YES"), ("bca", "YES"), ("cab", "YES"), ("acb", "NO"), ("bac", "NO"), ("cba", "NO")]
IF_CHAIN = "".join(
    f'    if (s[0] == \'{a}\' && s[1] == \'{b}\' && s[2] == \'{c}\') {{\n        cout << "{said}" << endl;\n'
    f"        return 0;\n    }}\n" for (a, b, c), said in ORDERS)
PROGRAM = ("Here is the program:\n\n```cpp\n#include <iostream>\nusing namespace std;\n\nint main() {\n"
           "    string s;\n    cin >> s;\n" + IF_CHAIN + "    return 0;\n}\n```\n\n"
           "It compares the word with each order of the three letters and prints the answer for it.")


def test_a_finished_code_block_that_repeats_its_frames_does_not_loop():
    verdict = judge(chatml(CARDS), PROGRAM)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_code_block_cut_off_in_a_loop_still_loops():
    stuck = '        cout << "YES" << endl;\n' * 40
    output = "Here is the program:\n\n```cpp\nint main() {\n    string s;\n    cin >> s;\n" + stuck
    verdict = judge(chatml(CARDS), output)
    assert verdict.drifts and verdict.evidence[-1].property == "drifts", verdict.explain()
    assert any(e.measure.startswith("loop.") for e in verdict.evidence), verdict.explain()


def test_prose_that_loops_after_a_finished_block_still_loops():
    output = PROGRAM + "\n\n" + "This program is very good and very fast. " * 20
    verdict = judge(chatml(CARDS), output)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert any(e.measure.startswith("loop.") for e in verdict.evidence if e.property == "drifts"), verdict.explain()


NAMED = ("Write simple code. The code must start with ```javascript and end with ```. "
         "Write a javascript function answer() with no inputs that returns the answer to life.")


def test_the_function_the_request_names_defined_with_a_body_answers_without_echo():
    verdict = judge(inst(NAMED), " ```javascript\nfunction answer() {\n  return 42;\n}\n```")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_its_head_alone_or_the_request_said_back_is_still_an_echo():
    for output in [" ```javascript\nfunction answer() {\n}\n```", " " + NAMED]:
        verdict = judge(inst(NAMED), output)
        assert (verdict.answers, verdict.drifts) == (False, True), verdict.explain()


DENSITY = "Compute the reduced density matrix of the second qubit of the state (|00> + |01> + |10>)/sqrt(3)."
THIRDS = r"\begin{pmatrix} \frac{1}{3} & \frac{1}{3} & \frac{1}{3} \\ \frac{1}{3} & \frac{1}{3} & \frac{1}{3} \\ " \
    r"\frac{1}{3} & \frac{1}{3} & \frac{1}{3} \end{pmatrix}"
DERIVATION = ("To compute the reduced density matrix of the second qubit, we proceed as follows:\n\n"
              "1) Write the outer product of the state:\n   $$\\rho = " + THIRDS + "$$\n\n"
              "2) Simplify the matrix:\n   $$\\rho = " + THIRDS + "$$\n\n"
              "So the matrix of the second qubit is:\n$$\\rho_2 = " + THIRDS + "$$")


def test_a_derivation_that_writes_its_matrix_again_does_not_loop():
    verdict = judge(chatml(DENSITY), DERIVATION)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_formula_cut_off_in_a_loop_still_loops():
    output = "To compute the reduced density matrix of the second qubit:\n$$\\rho_2 = " + r"\frac{1}{3} & " * 60
    verdict = judge(chatml(DENSITY), output)
    assert verdict.drifts and any(e.measure.startswith("loop.") for e in verdict.evidence), verdict.explain()


INSTALL = ("```python\ndef install(\n    packages: list[str],\n    user: bool = False,\n"
             "    prompt: str | None = None,\n    input: str = \"\",\n) -> None:\n    \"\"\"Install the packages.\"\"\"\n"
             "    for name in packages:\n        print(name)\n```")
SIGNATURE = "This function installs each package in turn.\n\n" + INSTALL


def test_labels_in_a_finished_code_block_are_no_speakers_turns():
    verdict = judge(chatml("Write a Python function that installs a list of packages."), SIGNATURE)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("intro", ["This function installs each package in turn.\n\n", "Here is the function:\n\n"])
def test_the_askers_turn_after_a_finished_block_is_still_another_speakers(intro):
    output = intro + INSTALL + "\n\nUser: Now make it install them in parallel."
    verdict = judge(chatml("Write a Python function that installs a list of packages."), output)
    assert verdict.drifts and any(e.measure == "turns.other_speaker" for e in verdict.evidence), verdict.explain()


HELLO = "Write a Python program that prints hello."


@pytest.mark.parametrize("output", [
    pytest.param("Here is the program:\n" + "```python\nprint('hello')\n```\n" * 15, id="a-block-said-again"),
    pytest.param("Here is the program:\n```python\n" + "print('hello')\n" * 40 + "```", id="a-block-of-one-line-again"),
    pytest.param("Here are the steps:\n" + "$$x = 2$$\n" * 30, id="a-formula-said-again"),
])
def test_a_finished_block_that_loops_within_or_said_again_still_loops(output):
    verdict = judge(chatml(HELLO), output)
    assert verdict.drifts and any(e.measure.startswith("loop.") for e in verdict.evidence), verdict.explain()


def test_a_doubled_dollar_for_money_opens_no_formula_that_hides_a_loop():
    output = ("A coffee costs about $$5 in most cafes.\n"
              + "".join(f"Coffee number {i} in Oslo costs a lot of money today.\n" for i in range(1, 13))
              + "A large one costs $$7.")
    verdict = judge(chatml("How much does a coffee cost in Oslo?"), output)
    assert verdict.drifts and any(e.measure.startswith("loop.") for e in verdict.evidence), verdict.explain()


def test_turns_in_a_plain_fence_are_still_read():
    output = ("Unplug it for thirty seconds.\n\n```\nUser: It still does not work.\nAssistant: Then hold the reset "
              "button for ten seconds.\n```")
    verdict = judge(chatml("How do I reset my router?"), output)
    assert verdict.drifts and any(e.measure == "turns.other_speaker" for e in verdict.evidence), verdict.explain()


def test_a_stub_under_the_named_functions_head_is_still_an_echo():
    output = " ```javascript\nfunction answer() {\n  return;\n}\n```"
    verdict = judge(inst(NAMED), output)
    assert not verdict.answers, verdict.explain()
