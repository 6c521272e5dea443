"""A question made of numbers ("What is 6 + 3?", "5かける7は？") has no topic words but its numbers and the
result it asks for: an output about something else names neither. Its own module: it reads the question
(question.py) as the topic measures do not, and question.py reads topic words from topic.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    asked = by_value(w for w in r.question.words if w.isdecimal()) if r.question.arithmetic else []
    named = 0
    if asked:
        said = r.vocabulary
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


# A prompt of numbers and operators alone ("813+124=", "45 * 12 = ?"): a sum and nothing else. Its operands hold no
# operator, so the pattern reads it in one pass.
_BARE_SUM_RE = re.compile(r"[\d,. \t]+(?:[-+*/×÷^][\d,. \t]+)+=?[ \t?]*")
_OPERATOR_RE = re.compile(r"[-+*/×÷^=?]")
_RESULT_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# A number in words ("one less than a thousand").
_SPELLED_NUMBER_RE = re.compile(r"\b(?:" + "|".join(SPELLED_NUMBERS.values()) + r"|hundred|thousand|million)\b")
# A sentence on the result or the sum: it refers back to it ("That's one less than a thousand.", "The result is a
# repeating decimal."), names the operation or a number in words ("这是两个数的和。"), or closes with an offer ("Let me
# know if you need help with anything else!").
_ON_THE_SUM_RE = re.compile(
    r"^\s*(?:that|this|it)(?:'s| is| was| equals| means)\b|\b(?:sum|result|total|product|difference|quotient|answer|correct|value|right|"
    r"equals?|plus|minus|times|divided|multiplied|decimal|fraction|let me know|hope (?:this|that) helps|feel free|"
    r"anything else)\b|和|结果|答案|等于|合計|答え", re.IGNORECASE)


@lru_cache(maxsize=256)
def _a_bare_sum(query: str) -> bool:
    """Is the prompt numbers and operators alone, a digit in each operand (no letter anywhere: cheap test first)?"""
    if any(c.isalpha() for c in query) or not _BARE_SUM_RE.fullmatch(query.strip()):
        return False
    return all(any(c.isdecimal() for c in part) for part in _OPERATOR_RE.split(query) if part.strip())


def _numbers_in(text: str) -> set[str]:
    """The numbers written in digits, thousands' commas and a closing full stop dropped ("1,827." -> "1827")."""
    return {m.group().replace(",", "").rstrip(".") for m in _RESULT_NUMBER_RE.finditer(text)}


def after_the_result(r, t) -> Finding | None:
    """A prompt of numbers and operators alone ("813+124=") asks for the result and nothing else: after a first
    sentence giving a number, a sentence of words naming none of the prompt's numbers is the output's own text, off
    the question ("1,827. The number of days in", "1337. I love you.", "719. The number 719 is a composite": the
    result's other properties), where a sentence on the sum names one ("813 plus 124 makes 937"), refers back to it
    ("That's one less than a thousand."), names the operation ("937 is the sum of the two") or a number in words, or
    closes with an offer ("Let me know ...")."""
    if not r.plain:
        return None
    units = [u for u in r.units if u.end > r.own_start] if _a_bare_sum(r.prompt.query) else []
    result = _numbers_in(units[0].text) if units else set()
    named = _numbers_in(r.prompt.query)
    off = next((u for u in units[1:] if any(c.isalpha() for c in u.text) and not _numbers_in(u.text) & named
                and not _ON_THE_SUM_RE.search(u.text) and not _SPELLED_NUMBER_RE.search(u.text.lower())),
               None) if result else None
    shown = excerpt(r.text[off.start :], 60) if off else ""
    return Finding(
        "topic.after_the_result", float(off is not None), 1.0,
        lambda: (shown, f"after the result, a sentence naming none of the sum's numbers nor the operation: '{shown}'"
                 if shown else "after the result, a sentence naming none of the sum's numbers nor the operation: no"),
        off.start if off else None, "it ends where the text after the result starts",
    )
