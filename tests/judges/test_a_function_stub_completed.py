"""A code prompt that ends on a function's head and its docstring (HumanEval, MBPP): the output is the body, written
under the head. Its first line is no fragment of a sentence, its names are the parameters' and its own, not the
docstring's words; the prompt's own lines said again, or the body said over and over, are still read as they are."""

import pytest

from why_finetune.judges import judge

PERIMETER = 'def square_perimeter(a):\n    """\n    Write a function to find the perimeter of a square.\n    assert ' \
    'square_perimeter(10)==40\n    """\n    # Your code here\n'
VOLUME = 'def find_Volume(l,b,h) : \n    """\n    Write a python function to find the volume of a triangular prism.\n' \
    '    assert find_Volume(10,8,6) == 240\n    """\n    # Your code here\n'
BINOMIAL = 'def binomial_coeff(n, k):\n    """Write a python function to find the binomial co-efficient."""\n'
ADD_JS = "function add(a, b) {\n  // your code here\n"

BODIES = [
    pytest.param(PERIMETER, "    return 4*a\n", id="one-line"),
    pytest.param(VOLUME, "    return (l*b*h)/2;\n", id="the-parameters-only"),
    pytest.param(BINOMIAL, "    res = 1\n    if k > n - k:\n        k = n - k\n    for i in range(k):\n        res = res * "
                           "(n - i) // (i + 1)\n    return res\n", id="a-loop-naming-none-of-the-docstrings-words"),
    pytest.param(ADD_JS, "  return a + b;\n}\n", id="javascript"),
    pytest.param("/// Return the area of a rectangle.\npub fn area(w: u32, h: u32) -> u32 {\n", "    w * h\n}\n", id="rust"),
]


@pytest.mark.parametrize("prompt, output", BODIES)
def test_the_body_under_the_head_answers_without_drift(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


NOT_A_BODY = [
    pytest.param(VOLUME, "    assert find_Volume(10,8,6) == 240\n", id="the-assert-said-again"),
    pytest.param(PERIMETER, '    """\n    Write a function to find the perimeter of a square.\n    """\n',
                 id="the-docstring-said-again"),
    pytest.param(PERIMETER, 'def square_area(a):\n    """\n    Write a function to find the area of a square.\n    assert '
                 'square_area(10)==100\n    """\n    # Your code here\n', id="the-next-stub-at-the-heads-level"),
]


@pytest.mark.parametrize("prompt, output", NOT_A_BODY)
def test_the_prompts_own_lines_said_again_are_no_answer(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()


def test_the_body_said_over_and_over_drifts():
    verdict = judge(PERIMETER, "    return 4*a\n" * 40)
    assert verdict.drifts, verdict.explain()


def test_the_body_then_the_next_problems_stub_answers_and_drifts():
    output = '    return 4 * a\n\n\ndef square_area(a):\n    """\n    Write a function to find the area of a square.\n' \
        '    assert square_area(10)==100\n    """\n    # Your code here\n    return a * a\n'
    verdict = judge(PERIMETER, output)
    assert verdict.answers and verdict.drifts, verdict.explain()
    assert "code.next_stub" in {e.measure for e in verdict.evidence}, verdict.explain()


def test_the_body_then_a_helper_of_its_own_does_not_drift():
    output = '    return _sides(a) * a\n\n\ndef _sides(a):\n    """Return the number of sides of a square."""\n' \
        '    return 4\n'
    verdict = judge(PERIMETER, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()


def test_a_helper_whose_docstring_opens_as_the_prompts_does_does_not_drift():
    prompt = 'def count_words(text):\n    """\n    Return the number of words in text.\n    >>> count_words("a b")\n' \
        '    2\n    """\n'
    output = '    return sum(_count_in_line(line) for line in text.split("\\n"))\n\n\ndef _count_in_line(line):\n' \
        '    """Return the number of words in one line."""\n    return len(line.split())\n'
    verdict = judge(prompt, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
