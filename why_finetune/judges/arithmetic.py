"""A question made of numbers ("What is 6 + 3?", "5かける7は？") has no topic words but its numbers and the
result it asks for: an output about something else names neither. Its own module: it reads the question
(question.py) as the topic measures do not, and question.py reads topic words from topic.py.
"""

from __future__ import annotations

from why_finetune.judges.finding import Finding
from why_finetune.judges.question import SPELLED_NUMBERS, by_value, gives_a_number
from why_finetune.judges.text import excerpt


def numbers(r, t) -> Finding | None:
    """A question made of numbers ("What is 6 + 3?") has no topic words but its numbers: an output of
    ``off_topic_words`` words or more that names none of them, as digits or spelled out, and gives no
    result early, is about something else (GPT-2 after "Question: What is 10 * 5?\\nAnswer:" writes
    about students' grades). An answer need not say the question's numbers again: "The answer is 252.
    Let me know if you have any other math questions." is on topic through its result, given within
    ``number_within_words`` words as reply.gives_the_number asks."""
    if not r.plain:
        return None
    asked = by_value(w for w in r.question.words if w.isdigit()) if r.question.arithmetic else []
    named = 0
    if asked:
        said = set(r.words)
        named = sum(1 for w in asked if w in said or SPELLED_NUMBERS.get(int(w)) in said)
        if not named and gives_a_number(r.units, r.lower, r.own_start, len(r.lower), t.number_within_words,
                                        frozenset(asked)):
            named = 1  # its result stands for the question's numbers

    def describe():
        return excerpt(r.text, 60), (f"off topic: its {r.total} words name none of the question's numbers "
                                     f"({', '.join(asked)}) and give no result in its first {t.number_within_words} words "
                                     f"(threshold {t.off_topic_words} words): '{excerpt(r.text, 60)}'")

    return Finding("topic.numbers", float(bool(asked) and not named), 1.0, describe, 0,
                   "it ends where the text goes off topic", condition_met=r.total >= t.off_topic_words)
