"""A reply part that is only an aside in brackets, a note ("(In 50 words)", "(quote the text)") before a drift,
says nothing yet: a base model writes the task's own note and then a new example of the prompt's format. A
bracketed heading over a reply ("[INTRO]" then the reply), an option's letter ("(B)"), and brackets that are the
whole output, a value asked for ("[1, 2, 3]", "[apple, fig, pear]", '(println "Hello")'), are no asides. Read from the brackets alone, in any language. Constructed for these tests, not
copied from a labelled corpus.
"""

from __future__ import annotations

import pytest

from why_finetune.judges import judge

ARTICLE = ("The city council voted on Tuesday to close the old harbour bridge to cars from next spring. Engineers "
           "found cracks in two of its steel supports during a routine inspection in March. Buses and bicycles "
           "will still be allowed to cross until repairs begin. The repairs are expected to take two years.")
SUMMARY = f"Text: {ARTICLE}\nSummary:"


@pytest.mark.parametrize("prompt, output", [
    pytest.param(SUMMARY, "(In 50 words or fewer)\nText: The museum will reopen its east wing in May after a "
                          "two-year renovation. New lighting and climate control were installed.", id="note-then-format"),
    pytest.param(SUMMARY, "（50語以内で要約）\nText: The city council voted on Tuesday to close the old harbour bridge "
                          "to cars from next spring.", id="full-width-then-the-text-again"),
])
def test_an_aside_in_brackets_is_no_reply(prompt, output):
    verdict = judge(prompt, output)
    assert not verdict.answers, verdict.explain()
    assert "reply.aside" in [e.measure for e in verdict.evidence], verdict.explain()


@pytest.mark.parametrize("prompt, output", [
    pytest.param("Write a short bio for an IT professional.",
                 "[INTRO]\n\nA skilled IT professional with ten years of experience in cloud migrations and network "
                 "security, helping small firms move to modern systems.", id="heading-over-the-reply"),
    pytest.param("Which planet is known as the Red Planet?\n(A) Venus\n(B) Mars\n(C) Jupiter\nAnswer:", "(B)",
                 id="option-letter"),
    pytest.param("What does sorted([3, 1, 2]) return in Python?", "[1, 2, 3]", id="a-list-value"),
    pytest.param("Give the colours as a JSON array.", '["red", "green", "blue"]', id="json"),
    # Alone, brackets may hold the value asked for: a list, a call in a Lisp, a label written so, a printed line.
    pytest.param("Sort these words alphabetically and give them as a list: pear, apple, fig.", "[apple, fig, pear]",
                 id="a-word-list"),
    pytest.param("How do I print hello world in Clojure?", '(println "Hello, world!")', id="a-lisp-call"),
    pytest.param("Classify the sentiment as [Positive] or [Negative]: I love this phone.", "[Positive]",
                 id="a-bracketed-label"),
    pytest.param("What does this print?\n\nprint('')", "(an empty line)", id="a-description-of-the-value"),
])
def test_brackets_that_hold_or_head_a_reply_are_no_aside(prompt, output):
    verdict = judge(prompt, output)
    assert verdict.answers, verdict.explain()
