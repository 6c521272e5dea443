"""A textbook's next exercise after the reply. A base model trained on textbooks answers, then goes on as the book
does: "## Exercise 1: Write a function that sends an HTTP GET request ..." and its code. That is the prompt's own
genre, a new request: it answers, and it drifts, and the reply part ends at the exercise's label. Exercises the
prompt asks for are the reply; a label that sets no task, or one that titles the reply with its own task, is none. Constructed by hand after a
real output (phi-2 before its Linux-command LoRA)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge


def alpaca(request: str) -> str:
    return f"### Instruction:\n{request}\n\n### Response:\n"


ANSWER = ('To set up a virtual environment, run "python -m venv myenv". This creates a folder called "myenv" with '
          'its own Python. Activate it with "source myenv/bin/activate", then install the package with '
          '"pip install requests".\n')


@pytest.mark.parametrize("exercise", [
    "## Exercise 1: Write a function that sends an HTTP GET request to a given URL and returns the response text.\n"
    "```python\nimport requests\ndef get_response(url):\n",
    "**Problem 2.** Find the version of requests installed in the environment.\n",
    "Question 3: What does the activate script change in your shell?\n",
])
def test_an_answer_then_the_next_exercise_answers_and_drifts(exercise):
    verdict = judge(alpaca("Set up a virtual environment and install requests."), ANSWER + exercise)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert verdict.evidence[0].span.startswith("To set up"), verdict.explain()


def test_exercises_the_prompt_asks_for_are_the_reply():
    output = ("Exercise 1: Write a function that reverses a list.\nExercise 2: Write a function that counts the "
              "vowels in a string.\nExercise 3: Write a class for a bank account with deposit and withdraw.")
    verdict = judge(alpaca("Give me three Python exercises for a beginner."), output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()


@pytest.mark.parametrize("output", [
    pytest.param(ANSWER + "Practice: about ten minutes a day until the commands feel natural.\n",
                 id="a label that sets no task"),
    pytest.param("Task: create a virtual environment and install requests.\n" + ANSWER,
                 id="the reply titled with its own task"),
])
def test_a_label_that_sets_no_task_or_titles_the_reply_is_no_new_exercise(output):
    verdict = judge(alpaca("Set up a virtual environment and install requests."), output)
    assert (verdict.answers, verdict.drifts) == (True, False), verdict.explain()
