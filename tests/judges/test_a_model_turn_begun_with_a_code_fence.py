"""A chat template whose model turn the prompt begins with an open code fence ("<|im_start|>assistant\n```python\n", as
code benchmarks prefill it): the output is the code inside the fence, the reply, not the user's sentence going on. A
one-line function whose name the request gives answers. Constructed after real outputs (CodeQwen1.5-7B-Chat on
MBPP+)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge
from why_finetune.judges.text import opens_the_models_turn

REQUEST = ('Can you complete the following Python function?\n```python\n"""\nWrite a function that returns the perimeter '
           'of a square given its side length as input.\nassert square_perimeter(10)==40\n"""\n```')
CHATML = ("<|im_start|>system\nYou are an intelligent programming assistant to produce Python algorithmic solutions"
          f"<|im_end|>\n<|im_start|>user\n{REQUEST}\n<|im_end|>\n<|im_start|>assistant\n```python\n")


def test_a_model_turn_begun_with_a_code_fence_is_open():
    assert opens_the_models_turn(CHATML)


def test_a_prompt_ending_in_a_code_fence_of_its_own_has_no_model_turn_open():
    assert not opens_the_models_turn(REQUEST + "\n```python\n")


@pytest.mark.parametrize("output", [
    pytest.param("def square_perimeter(side_length):\n    return 4 * side_length", id="one-line-function"),
    pytest.param("def square_perimeter(a):\n    perimeter = 4 * a\n    return perimeter", id="two-lines"),
])
def test_the_code_in_the_fence_answers(output):
    verdict = judge(CHATML, output)
    assert verdict.answers and not verdict.drifts, verdict.explain()
