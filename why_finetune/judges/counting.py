"""A loop that counts: "field1, field2, field3, ..." or "1. 2. 3. ..." until the token limit.

A base model stuck on a numbered token writes the same text again and again with only its number
going up by one. Each copy differs from the one before by that number, so no line and no three-word
sequence is said again, and the loop measures (loops.py) see nothing: the copies are often on one
line, and list numbering is not even a word to them.

Read from the characters, with no word list, so the same in any language: the longest run of
integers, each one more than the one before, with the same text between each two, that runs on to
the end of the output and stops inside its next copy ("..., field179, fie"; "... 56. 57. 5"). The
cut-off copy is what tells a loop from a count an answer gives: a count someone asked for ("Count to
thirty", "从一数到二十五") stops at its number, or goes on with a sentence. A count, or a numbered name
said again ("column1, column2, ..., column645"), also loops when it runs on to the very end of the output
not cut, past a hundred copies: an answer may list numbered names itself ("Week 1, ..., Week 52") and
stop, and a base model counting "1, 2, 3, ..., 244" under a question it does not answer stops on a
number as often as inside one. A count whose end the
prompt names ("Write the numbers from 1 to 500", cut off at 300) may be the one asked for: the
measure says so and does not hold. Numbers that do not go up by one (the Fibonacci numbers, primes),
a numbered list of real items or a table's numbered rows (other text between each two numbers) are
no such run.

Cost: only an output whose last characters hold a digit is split into numbers (one regex split, C
code); the run is then walked back from the end, over its own numbers only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from os.path import commonprefix

from why_finetune.judges.finding import Finding
from why_finetune.judges.text import excerpt
from why_finetune.judges.thresholds import threshold

threshold(
    "loop_count_uncut_min", 100,
    """... and a count or a numbered name ("1, 2, 3, ...", "column1, column2, ...") counting up to the very
    end of the output, with no copy cut off, only past this many: an answer may list numbered names itself
    ("Week 1, ..., Week 52", seats A1 to A40) and stop there, while a hundred items is past the longest list
    an answer gives; a model stuck on a number runs on to the token limit, hundreds of copies.""",
)
threshold(
    "loop_count_min", 20,
    """A run of at least this many integers counting up by one, the same text between each two, cut
    off inside its next copy at the end of the output, is a loop that counts. Twice
    ``loop_list_max_items``: an answer's list runs to ten items or so, each saying something of its
    own; twenty bare numbers in a row with nothing of their own between them, running on to the
    token limit, are a model saying one token again with a number on it.""",
)

_NUMBER_RE = re.compile(r"([0-9]+)")
# A count cut off by the token limit has a digit in its last characters (its last number, or the
# number of the copy being cut): outputs that end otherwise are not split into numbers at all.
_TAIL_CHARS = 40


@dataclass(frozen=True)
class Count:
    start: int  # where its first copy starts in the output (the text before its first number included)
    first: int
    last: int
    between: str  # the text between each two numbers (", field")
    numbers: int  # how many numbers the run holds
    cut: bool = True  # it stops inside its next copy (else it runs on to the end, `uncut_min` numbers or more)


def find_count(text: str, uncut_min: int) -> Count | None:
    """The run of integers counting up by one, the same text between each two, that runs on to the end
    of `text` and stops inside its next copy, or, when the run holds `uncut_min` numbers, at one of its
    numbers; None when there is none."""
    body = text.rstrip()
    if not any(c.isdecimal() for c in body[-_TAIL_CHARS:]):
        return None
    parts = _NUMBER_RE.split(body)  # text, number, text, number, ..., text
    numbers, gaps = parts[1::2], parts[::2]
    # The run ends at the last number, or at the one before when the last is the cut copy's ("57. 5").
    for end in (len(numbers) - 1, len(numbers) - 2):
        if end < 1:
            return None
        rest = "".join(parts[2 * end + 2 :])
        found = _run_ending_at(numbers, gaps, end)
        if found is None:
            continue
        begin, between = found
        last = int(numbers[end])
        before = "".join(parts[: 2 * begin + 1])
        # The text each copy opens with before its number ("field" of "SELECT field1", "第" of "第1週"):
        # what the text before the first number and the text between share at their end.
        lead = len(commonprefix([before[::-1], between[::-1]]))
        cut = _cut_off(rest, between, lead, last + 1)
        if cut or (not rest and end - begin + 1 >= uncut_min):
            return Count(len(before) - lead, int(numbers[begin]), last, between, end - begin + 1, cut)
    return None


def _cut_off(rest: str, between: str, lead: int, following: int) -> bool:
    """Whether the output stops inside the count's next copy: `rest` (the text after the run) is the
    start of what comes next (`between`, then the number `following`), and reaches past the text a copy
    ends with into the next one's opening or number (", fie" of ", field180"; ". 5" of ". 58"), letters
    or digits included. A copy's own ending ("週" after "第52", a closing "." after "1. 2. ... 30") is
    where an answer's count stops by itself."""
    next_copy = between + str(following)
    return (len(between) - lead < len(rest) < len(next_copy) and next_copy.startswith(rest)
            and any(map(str.isalnum, rest)))


def _run_ending_at(numbers: list[str], gaps: list[str], end: int) -> tuple[int, str] | None:
    """(index of the run's first number, the text between each two) for the run ending at `end`."""
    between = gaps[end]  # gaps[i] is the text before numbers[i]
    value = int(numbers[end])
    i = end
    while i > 0 and gaps[i] == between and int(numbers[i - 1]) == value - 1:
        i -= 1
        value -= 1
    return (i, between) if i < end else None


def _largest_number(text: str) -> int:
    return max(map(int, _NUMBER_RE.findall(text)), default=-1)


# A prompt that speaks of numbers at all: a digit, or a word of counting, numbering or listing, years, in the languages
# the judges read most ("Count from one to one hundred and fifty", "请从一数到一百二十", "List every year of ..."): bare
# numbers running on to the end of the output, not cut, may be what it asks for.
_SPEAKS_OF_NUMBERS_RE = re.compile(
    r"\d|\b(?:count\w*|numbers?|numerals?|digits?|list\w*|every|each|sequence|hundreds?|thousands?|years?|z\u00e4hl\w*"
    r"|zahl\w*|compt\w*|nombres?|cuent\w*|cont[ae]\w*|n\u00fameros?|numer\w*|\u0441\u0447\u0438\u0442\w*"
    r"|\u0447\u0438\u0441\u043b\w*)\b|[\u6570\u6578\u5e74\u767e\u5343]|\ubc88\ud638|\uc22b\uc790|\uc138\uc5b4",
    re.IGNORECASE)


def _bare_count_unasked(found: Count, prompt_text: str) -> bool:
    """Bare numbers counting from 0 or 1 past a hundred to the very end of the output, not cut, under a prompt that
    speaks of no numbers: a model counting in place of a reply. A run from another number (years, pages), or under a
    prompt that speaks of numbers, may be the list asked for."""
    return found.first <= 1 and _SPEAKS_OF_NUMBERS_RE.search(prompt_text) is None


def count_up(r, t) -> Finding:
    found = find_count(r.text, t.loop_count_uncut_min)
    if found is not None and not found.cut and not any(map(str.isalpha, found.between)) \
            and not _bare_count_unasked(found, r.prompt.text):
        found = None
    n = found.numbers if found else 0
    named = _largest_number(r.prompt.text) if found and n >= t.loop_count_min else -1
    asked = found is not None and named >= found.last

    def describe():
        if found is None:
            return "", f"loops: no count runs on to the end of the output (threshold {t.loop_count_min} numbers)"
        span = excerpt(r.text[found.start :], 60)
        return span, (
            f"loops: counts from {found.first} to {found.last}, '{found.between}' between each two numbers, and "
            + ("stops inside its next copy" if found.cut else
               f"runs on to the end of the output, not cut, past {t.loop_count_uncut_min} numbers")
            + f" ({n} numbers; threshold {t.loop_count_min}): '{span}'"
            + (f"; the prompt names {named}, so the count may be the one it asks for" if asked else "")
        )

    return Finding("loop.count_up", n, t.loop_count_min, describe, found.start if found else None,
                   "it ends where a loop that counts starts", condition_met=not asked)
