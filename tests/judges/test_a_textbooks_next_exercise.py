"""A textbook's next exercise after the reply. A base model trained on textbooks answers, then goes on as the book
does: "## Exercise 1: Write a function that sends an HTTP GET request ..." and its code. That is the prompt's own
genre, a new request: it answers, and it drifts, and the reply part ends at the exercise's label. Only the exercise's
own numbered label is read so: "Question:", "Problem:", "Task 2:", "Practice:" and "Homework:" head parts of replies
(an FAQ, a step list, a lesson plan, a worked problem). Exercises the prompt asks for, or teaching material that holds them (a lesson
plan, a tutorial with practice, a workout), are the reply; an exercise's label that titles the reply, sets no task,
or stands in the reply's code is none. Constructed by hand after a real
output (phi-2 before its Linux-command LoRA)."""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

from .samples import chatml


def alpaca(request: str) -> str:
    return f"### Instruction:\n{request}\n\n### Response:\n"


VENV = alpaca("Set up a virtual environment and install requests.")
ANSWER = ('To set up a virtual environment, run "python -m venv myenv". This creates a folder called "myenv" with '
          'its own Python. Activate it with "source myenv/bin/activate", then install the package with '
          '"pip install requests".\n')


@pytest.mark.parametrize("exercise", [
    "## Exercise 1: Write a function that sends an HTTP GET request to a given URL and returns the response text.\n"
    "```python\nimport requests\ndef get_response(url):\n",
    "**Exercise 1.2.** Find the version of requests installed in the environment.\n",
    "Exercise 3 - Rewrite the commands for Windows.\n",
])
def test_an_answer_then_the_next_exercise_answers_and_drifts(exercise):
    verdict = judge(VENV, ANSWER + exercise)
    assert (verdict.answers, verdict.drifts) == (True, True), verdict.explain()
    assert verdict.evidence[0].span.startswith("To set up"), verdict.explain()


@pytest.mark.parametrize(("prompt", "output"), [
    pytest.param(alpaca("Make me a three-day plan to learn the basics of SQL."),
                 "Day 1: Read about SELECT and WHERE.\nPractice: Write five queries on a sample table.\n\nDay 2: Learn "
                 "JOIN.\nPractice: Join two tables of orders and customers.", id="practice lines of a plan"),
    pytest.param(chatml("Write an FAQ section for my gym's website."),
                 "Here is an FAQ section for your gym.\n\nQuestion: How often should I exercise each week?\nAnswer: "
                 "Three times is a good start.\n\nQuestion: Do you offer classes?\nAnswer: Yes, every evening.",
                 id="an FAQ's questions"),
    pytest.param(chatml("Break down building a to-do app with Flask into steps."),
                 "Here is how to build it.\nTask 1: Install Flask in a virtual environment.\nTask 2: Create a SQLite "
                 "database with a table of tasks.\nTask 3: Write the routes to add and list tasks.", id="a step list"),
    pytest.param(alpaca("Give me three Python exercises for a beginner."),
                 "Exercise 1: Write a function that reverses a list.\nExercise 2: Write a function that counts the "
                 "vowels in a string.\nExercise 3: Write a class for a bank account with deposit and withdraw.",
                 id="exercises asked for"),
    pytest.param(chatml("Make me a 30-minute lesson plan on Python loops for beginners."),
                 "Minutes 0-10: explain for loops with a list of names.\nExercise 1: Write a for loop that prints each "
                 "name.\nMinutes 10-20: explain while loops.\nExercise 2: Write a while loop that counts down from "
                 "ten.\nMinutes 20-30: questions and a recap.", id="exercises in a lesson plan"),
    pytest.param(VENV, ANSWER + "Exercise 4: about ten minutes, once you know the commands.\n", id="a label setting no task"),
    pytest.param(VENV, "Exercise 1: Write the commands to set up a virtual environment and install requests.\n" + ANSWER,
                 id="the reply titled as the exercise"),
    pytest.param(chatml("Write a Python function that computes the mean of a list."),
                 "Here it is:\n```python\ndef mean(xs):\n    # Exercise 1: compute the average of the list\n"
                 "    return sum(xs) / len(xs)\n```", id="a comment in the reply's code"),
])
def test_labels_that_head_parts_of_a_reply_are_no_new_exercise(prompt, output):
    verdict = judge(prompt, output)
    assert "prompt.new_exercise" not in {e.measure for e in verdict.evidence if e.property == "drifts"}, \
        verdict.explain()
