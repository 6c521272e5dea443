"""A fill-in-the-middle prompt: a code file's prefix and suffix around its middle token ("<fim_prefix>...<fim_suffix>
...<fim_middle>"). The output is the middle, which goes on from the prefix by design: no continuation of the prompt's
sentence, and the code it writes answers. A middle that says the prefix again and again still loops, and one that
writes the suffix out again after it goes on with the prompt's text. Constructed by
hand after real outputs (StarCoder and its code-completion LoRA on an organisation's own code)."""

from __future__ import annotations

from why_finetune.judges import judge

from .probes import drift_measures

PROMPT = "<fim_prefix>import math\n\nradius = 2.5\narea = <fim_suffix>\nprint(f\"{area:.2f}\")<fim_middle>"


def test_the_middle_written_answers_without_drift():
    verdict = judge(PROMPT, "math.pi * radius ** 2")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_the_middle_in_codellamas_tokens_answers_too():
    prompt = "<PRE> def mean(values):\n    <SUF>\n    return total / len(values) <MID>"
    verdict = judge(prompt, "total = sum(values)")
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


def test_a_middle_that_says_the_prefix_again_and_again_loops():
    verdict = judge(PROMPT, "math.pi * radius ** 2\n" + "radius = 2.5\narea = math.pi * radius ** 2\n" * 12)
    assert verdict.drifts, verdict.explain()
    assert any(m.startswith("loop.") for m in drift_measures(verdict)), verdict.explain()


def test_a_middle_then_the_suffix_written_out_again_drifts():
    verdict = judge(PROMPT, "math.pi * radius ** 2\nprint(f\"{area:.2f}\")")
    assert verdict.drifts, verdict.explain()


# The middle inside a string: the prefix ends on a triple quote and the suffix opens on one, a docstring's place above
# a function. The middle asked for is text; a function written there gives code instead. Constructed after real
# outputs (a pretrained code model writing unrelated functions where a docstring was asked for).
DOCSTRING = ('<|fim_prefix|>Write a docstring for the function below.\n"""\n<|fim_suffix|>\n"""\n'
             "def mean(values):\n    return sum(values) / len(values)<|fim_middle|>")


def test_a_docstring_in_the_strings_place_answers():
    verdict = judge(DOCSTRING, "Return the arithmetic mean of a non-empty sequence of numbers.")
    assert verdict.answers, verdict.explain()


def test_a_function_in_the_strings_place_answers_nothing():
    verdict = judge(DOCSTRING, "def add(a, b):\n    return a + b\n")
    assert not verdict.answers, verdict.explain()


def test_a_function_in_the_middle_of_code_still_answers():
    prompt = "<fim_prefix>import math\n\n<fim_suffix>\n\nprint(area(2.5))<fim_middle>"
    verdict = judge(prompt, "def area(radius):\n    return math.pi * radius ** 2\n")
    assert verdict.answers, verdict.explain()


def test_a_string_assigned_in_code_may_hold_code():
    prompt = ('<|fim_prefix|>import ast\n\nSOURCE = """\n<|fim_suffix|>\n"""\n\n\ndef test_parses_one_function():\n'
              "    tree = ast.parse(SOURCE)\n    assert len(tree.body) == 1<|fim_middle|>")
    verdict = judge(prompt, "def add(a, b):\n    return a + b\n")
    assert verdict.answers, verdict.explain()


def test_a_string_passed_to_a_call_may_hold_code():
    prompt = ('<|fim_prefix|>import textwrap\n\nsource = textwrap.dedent(\n    """\n<|fim_suffix|>\n    """\n)\n\n'
              'def test_reports_the_unused_argument():\n    assert "unused argument \'b\'" in lint(source)<|fim_middle|>')
    verdict = judge(prompt, "def add(a, b):\n    return a\n")
    assert verdict.answers, verdict.explain()
